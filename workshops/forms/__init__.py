"""Forms of the workshops app, by who fills them in: trainers (sessions) and participants."""

from workshops.forms.participants import ParticipantForm
from workshops.forms.sessions import (
    ExpectedSizeForm,
    HeadcountFormSet,
    SessionForm,
    headcount_initial,
)

__all__ = [
    "ExpectedSizeForm",
    "HeadcountFormSet",
    "ParticipantForm",
    "SessionForm",
    "headcount_initial",
]
