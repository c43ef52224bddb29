"""Forms of the workshops app, by who fills them in: trainers (sessions) and participants."""

from participation.forms.participants import ParticipantForm
from participation.forms.sessions import (
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
