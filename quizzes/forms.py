"""The quiz form: all of a quiz's questions on one page, as plain radio buttons and checkboxes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from quizzes.questions import Question

FIELD_PREFIX = "q-"


class QuizForm(forms.Form):
    """One field per question, named after the question's stable key.

    The attempt key is made when the form is first shown and travels with it, so that sending the
    form twice is recognised; the revision says which version of the quiz the participant read.
    """

    key = forms.UUIDField(widget=forms.HiddenInput)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # When the form was shown, signed (participation.answers): a closed session still takes it for
    # a while if it was shown before the close.
    ticket = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)

    def __init__(self, *args, questions: tuple[Question, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for number, question in enumerate(questions, start=1):
            choices = [(choice.key, choice.text) for choice in question.choices]
            if question.multiple:
                field = forms.MultipleChoiceField(
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={
                        "required": _("Choose at least one answer to this question."),
                        "invalid_choice": _(
                            "One of these answers does not belong to this question. Choose again."
                        ),
                    },
                )
            else:
                field = forms.ChoiceField(
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Choose an answer to this question."),
                        "invalid_choice": _(
                            "This answer does not belong to this question. Choose again."
                        ),
                    },
                )
            field.label = question.text
            field.question = question
            field.number = number
            self.fields[FIELD_PREFIX + question.key] = field

    def question_fields(self) -> list[forms.BoundField]:
        return [self[FIELD_PREFIX + question.key] for question in self.questions]

    def answers(self) -> dict[str, frozenset[str]]:
        """Question key → chosen choice keys, from a valid form."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data[FIELD_PREFIX + question.key]
            answers[question.key] = frozenset(value if question.multiple else [value])
        return answers


class PaperTallyForm(forms.Form):
    """The trainer's count of paper sheets: how many came back, and for each question how many
    ticked each choice. Empty boxes count as zero."""

    sheets = forms.IntegerField(
        label=_("Answer sheets collected"),
        min_value=1,
        max_value=2000,
        error_messages={"required": _("Enter how many answer sheets came back.")},
    )

    def __init__(self, *args, questions: tuple[Question, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.question_errors: dict[str, str] = {}
        for question in questions:
            for choice in question.choices:
                field = forms.IntegerField(
                    label=choice.text, min_value=0, max_value=2000, required=False
                )
                field.widget.attrs.update({"inputmode": "numeric", "class": "form-control tally"})
                self.fields[self.field_name(question.key, choice.key)] = field

    @staticmethod
    def field_name(question_key: str, choice_key: str) -> str:
        return f"t-{question_key}-{choice_key}"

    def question_rows(self) -> list[dict]:
        """Each question with its bound count fields, for the template."""
        return [
            {
                "question": question,
                "number": number,
                "fields": [self[self.field_name(question.key, c.key)] for c in question.choices],
                "error": self.question_errors.get(question.key, ""),
            }
            for number, question in enumerate(self.questions, start=1)
        ]

    def clean(self):
        cleaned = super().clean()
        sheets = cleaned.get("sheets")
        if sheets:
            from quizzes.services import paper_tally_errors

            self.question_errors = paper_tally_errors(
                questions=self.questions, sheets=sheets, ticks=self.ticks()
            )
            if self.question_errors:
                raise forms.ValidationError(
                    _("Some questions have more ticks than sheets: check the counts marked below."),
                    code="ticks",
                )
        return cleaned

    def ticks(self) -> dict[tuple[str, str], int]:
        return {
            (question.key, choice.key): self.cleaned_data.get(
                self.field_name(question.key, choice.key)
            )
            or 0
            for question in self.questions
            for choice in question.choices
        }
