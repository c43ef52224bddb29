"""Writes: a participant joining an open session."""

import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from workshops import outbox
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
    *, session: Session, profile: ParticipantProfile, join_key: uuid.UUID | None = None
) -> Participant:
    """Count a new participant in a session, while its join code works.

    The same join form sent twice (a double tap) finds the participant the first one counted.
    """
    if join_key is not None:
        existing = Participant.objects.filter(join_key=join_key, session=session).first()
        if existing is not None:
            return existing
    if not Session.objects.filter(pk=session.pk, state=SessionState.OPEN).exists():
        raise SessionStateError(_("This session has ended: it no longer accepts participants."))
    try:
        with transaction.atomic():
            # One join at a time per session, so that the cap holds however many arrive at once.
            locked = Session.objects.select_for_update().get(pk=session.pk)
            if Participant.objects.filter(session=locked).count() >= locked.participant_cap:
                raise SessionFull(
                    _("This session is full: ask your trainer, who can raise its expected size.")
                )
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
        # Both copies arrived at once: the other one counted this person.
        return Participant.objects.get(join_key=join_key, session=session)
