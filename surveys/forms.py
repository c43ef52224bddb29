"""Forms of the surveys app: the editors' survey form in the admin, the participants' survey."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from surveys.audiences import SURVEY_AGE_BANDS, SurveyAudience

FREE_TEXT_MAX_LENGTH = 1000


class SurveyAdminForm(WagtailAdminModelForm):
    """A survey is asked somewhere: in a campaign's sessions, or after some modules; of the
    participants it is written for."""

    audiences = forms.MultipleChoiceField(
        label=_("Written for"),
        choices=SurveyAudience.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Only these participants are asked it. None chosen: everyone."),
    )
    age_bands = forms.MultipleChoiceField(
        label=_("Age groups"),
        choices=SURVEY_AGE_BANDS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Only participants of these ages are asked it. None chosen: every age."),
    )

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("survey_modules")
        has_modules = (
            formset is not None
            and formset.is_valid()
            and any(
                form.cleaned_data.get("module") and not form.cleaned_data.get("DELETE")
                for form in formset.forms
            )
        )
        if not cleaned.get("campaign") and not has_modules:
            self.add_error(
                "campaign", _("Choose the campaign this survey belongs to, or some modules.")
            )
        return cleaned


SURVEY_FIELD_PREFIX = "s-"


class SurveyForm(forms.Form):
    """One field per question asked, named after its stable key; optional questions may stay
    empty. The response key travels with the form, as a quiz's attempt key does."""

    key = forms.UUIDField(widget=forms.HiddenInput)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # When the form was shown, signed (participation.answers): a closed session still takes it for
    # a while if it was shown before the close.
    ticket = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        messages = {
            "required": _("This question needs an answer."),
            "invalid_choice": _("This answer does not belong to this question. Choose again."),
        }
        for number, question in enumerate(questions, start=1):
            if question.free_text:
                field = forms.CharField(
                    widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}),
                    max_length=FREE_TEXT_MAX_LENGTH,
                    error_messages={
                        **messages,
                        "max_length": _("Please keep it under %(limit_value)d characters."),
                    },
                )
            elif question.multiple:
                field = forms.MultipleChoiceField(
                    choices=question.choices,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages=messages,
                )
            else:
                field = forms.ChoiceField(
                    choices=question.choices, widget=forms.RadioSelect, error_messages=messages
                )
            field.required = question.required
            field.label = question.text
            field.question = question
            field.number = number
            self.fields[SURVEY_FIELD_PREFIX + question.key] = field

    def question_fields(self) -> list[forms.BoundField]:
        return [self[SURVEY_FIELD_PREFIX + question.key] for question in self.questions]

    def answers(self) -> dict[str, tuple[str, ...] | str]:
        """Question key → chosen keys, or the text; unanswered optional questions are left out."""
        answers: dict[str, tuple[str, ...] | str] = {}
        for question in self.questions:
            value = self.cleaned_data.get(SURVEY_FIELD_PREFIX + question.key)
            if not value:
                continue
            if question.free_text:
                answers[question.key] = value.strip()
            else:
                answers[question.key] = tuple(value) if question.multiple else (value,)
        return answers
