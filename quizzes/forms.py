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
