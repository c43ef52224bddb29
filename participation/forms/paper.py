"""The trainer's forms for one paper sheet at a time: the sheet's answers as the participant's
form has them, and what the sheet tells of its person (the session's audience and age band unless
changed, a gender if given, the self-generated code if written)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.forms.participants import (
    PARTICIPANT_GENDERS,
    session_age_bands,
    session_roles,
)
from quizzes.forms import QuizForm
from surveys.forms import SurveyForm
from workshops.models import AgeBand, Gender, Session
from workshops.services import ParticipantProfile
from workshops.sgic import sgic_parse


class PaperSheetPersonForm(forms.Form):
    """Who filled in the sheet, as far as it tells; the answers' fields come from the quiz or
    survey form it is mixed into."""

    role = forms.ChoiceField(label=_("Role"), choices=())
    age_band = forms.ChoiceField(label=_("Age band"), choices=())
    gender = forms.ChoiceField(
        label=_("Gender (if written)"), choices=PARTICIPANT_GENDERS, required=False
    )
    code = forms.CharField(
        label=_("Code written on the sheet (optional)"),
        help_text=_(
            "Five characters, as in M052B: it pairs this person's pre-test sheet with their "
            "post-test sheet."
        ),
        max_length=12,
        required=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "size": 6}
        ),
    )

    def __init__(self, *args, session: Session, **kwargs):
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("role", session.audience)
        initial.setdefault("gender", Gender.NOT_STATED)
        if session.age_band != AgeBand.ALL_AGES:
            initial.setdefault("age_band", session.age_band)
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = session_roles(session)
        self.fields["age_band"].choices = session_age_bands(session)

    def person_fields(self) -> list[forms.BoundField]:
        return [self["role"], self["age_band"], self["gender"]]

    def clean_code(self) -> str:
        text = self.cleaned_data["code"].strip()
        if not text:
            return ""
        try:
            return sgic_parse(text)
        except ValueError:
            raise forms.ValidationError(
                _(
                    "This is not a code: a letter, two digits for the birth month, one digit "
                    "for the older brothers and sisters, and a letter (for example M052B). Leave "
                    "it empty if the sheet has none."
                ),
                code="sgic",
            ) from None

    def profile(self, *, language: str) -> ParticipantProfile:
        data = self.cleaned_data
        return ParticipantProfile(
            role=data["role"],
            age_band=data["age_band"],
            gender=data["gender"] or Gender.NOT_STATED,
            language=language,
            sgic=data["code"],
        )


class PaperQuizSheetForm(PaperSheetPersonForm, QuizForm):
    """One quiz sheet: a field per question, as on a phone, and who filled it in."""


class PaperSurveySheetForm(PaperSheetPersonForm, SurveyForm):
    """One survey sheet: a field per question printed, as on a phone, and who filled it in."""
