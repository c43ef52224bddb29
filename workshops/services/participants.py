"""Writes: a participant joining an open session."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from workshops.models import Gender, Participant, Session, SessionState
from workshops.services.sessions import SessionStateError


@dataclass(frozen=True)
class ParticipantProfile:
    """What a participant tells about themselves: nothing that names them."""

    role: str
    age_band: str
    language: str
    gender: str = Gender.NOT_STATED
    sgic: str = ""


@transaction.atomic
def participant_join(*, session: Session, profile: ParticipantProfile) -> Participant:
    """Count a new participant in a session, while its join code works."""
    if not Session.objects.filter(pk=session.pk, state=SessionState.OPEN).exists():
        raise SessionStateError(_("This session has ended: it no longer accepts participants."))
    return Participant.objects.create(
        session=session,
        role=profile.role,
        age_band=profile.age_band,
        gender=profile.gender or Gender.NOT_STATED,
        language=profile.language,
        sgic=profile.sgic,
    )
