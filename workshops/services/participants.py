"""Writes: a participant joining an open session, and the trainer removing one who is not in
the room."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from workshops import audit, outbox
from workshops.models import Gender, Participant, Session, SessionState
from workshops.services.sessions import SessionStateError


class SessionFull(Exception):
    """More people tried to join than the session has room for (Session.participant_cap)."""


@dataclass(frozen=True)
class ParticipantProfile:
    """What a participant tells about themselves: nothing that names them."""

    role: str
    age_band: str
    language: str
    gender: str = Gender.NOT_STATED
    sgic: str = ""


def participant_join(
    *,
    session: Session,
    profile: ParticipantProfile,
    join_key: uuid.UUID | None = None,
    admit: Callable[[Session], None] | None = None,
) -> Participant:
    """Count a new participant in a session, while its join code works.

    The same join form sent twice (a double tap) finds the participant the first one counted.
    `admit`, called with the locked session just before the participant is made, may refuse the
    join by raising (the limits per device and per address, `workshops.throttle.join_admit`);
    nothing is written then.

    Every phone of an assembly joins through here, so it costs four statements in one
    transaction: the session locked (one join at a time per session, so that the cap holds however
    many arrive at once), then, in one statement, how many are in it and whether this form already
    joined someone, then the participant and the outbox row. The count must follow the lock, in
    a statement of its own: under READ COMMITTED a statement sees the rows committed before it
    started, and a count read with the lock would miss the joins committed while it waited.
    """
    try:
        with transaction.atomic():
            locked = Session.objects.select_for_update().get(pk=session.pk)
            # Paper sheets the trainer typed in take no phone's place.
            counts = {"present": Count("pk", filter=Q(removed_at__isnull=True, from_paper=False))}
            if join_key is not None:
                counts["same_form"] = Max("pk", filter=Q(join_key=join_key))
            found = Participant.objects.filter(session=locked).aggregate(**counts)
            if found.get("same_form") is not None:
                # A double tap: the other copy joined first (even if the session closed since).
                return Participant.objects.get(pk=found["same_form"])
            if locked.state != SessionState.OPEN:
                raise SessionStateError(
                    _("This session has ended: it no longer accepts participants.")
                )
            if found["present"] >= locked.participant_cap:
                raise SessionFull(
                    _("This session is full: ask your trainer, who can raise its expected size.")
                )
            if admit is not None:
                admit(locked)
            participant = Participant.objects.create(
                session=session,
                role=profile.role,
                age_band=profile.age_band,
                gender=profile.gender or Gender.NOT_STATED,
                language=profile.language,
                sgic=profile.sgic,
                join_key=join_key,
            )
            # Without a headcount, the people who joined are the session's reach.
            outbox.session_change_announce(session_id=session.pk, reason="joined")
            return participant
    except IntegrityError:
        # Both copies arrived at once (SQLite locks no rows): the other one counted this person.
        return Participant.objects.get(join_key=join_key, session=session)


def participant_remove(
    *, session: Session, participant: Participant, by: AbstractBaseUser | None
) -> Participant:
    """The trainer saw that this participant is not in the room: they stop counting (their
    cookie, their place, their figures), in one transaction with the audit entry and the
    announcement that the session's figures change. Removing twice changes nothing."""
    with transaction.atomic():
        locked = Session.objects.select_for_update().get(pk=session.pk)
        if locked.state != SessionState.OPEN:
            raise SessionStateError(
                _("Participants can be removed only while the session is open.")
            )
        participant = Participant.objects.select_for_update().get(pk=participant.pk, session=locked)
        if participant.removed_at is not None:
            return participant
        participant.removed_at = timezone.now()
        participant.save(update_fields=["removed_at"])
        audit.session_log(
            session=locked,
            action=audit.PARTICIPANT_REMOVE,
            by=by,
            data={
                "participant": participant.label,
                "joined": Participant.objects.filter(
                    session=locked, removed_at__isnull=True
                ).count(),
            },
        )
        outbox.session_change_announce(session_id=locked.pk, reason="removed")
    return participant
