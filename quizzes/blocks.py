"""The question blocks a quiz is written with.

Every question is a block of the quiz's StreamField and every choice an item of a ListBlock, so
both carry the UUID Wagtail gives each block. Those UUIDs are the stable keys answers are stored
under: rewording, reordering or translating a question keeps its key, and a new question gets a
new one. True/false questions have two fixed keys, "true" and "false".
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("choice"), max_length=200)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)

    class Meta:
        icon = "tick"
        label = _("Choice")


class ChoiceQuestionBlock(blocks.StructBlock):
    """A question answered by picking among written choices."""

    text = blocks.TextBlock(label=_("question"), max_length=300)
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("choices"), min_num=2, max_num=8)
    explanation = blocks.TextBlock(
        label=_("explanation"),
        max_length=500,
        help_text=_("Shown to the participant after they send their answers."),
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        message = self.correct_count_error(correct)
        if message:
            raise StructBlockValidationError(block_errors={"choices": ValidationError(message)})
        return value

    def correct_count_error(self, correct: int) -> str | None:
        """The editor's error when a question has the wrong number of correct choices."""
        return None


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    def correct_count_error(self, correct: int) -> str | None:
        if correct != 1:
            return _("Mark exactly one choice as correct.")
        return None

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        form_classname = "quiz-question"
        preview_value = {
            "text": "Who can you talk to if someone makes you feel unsafe?",
            "choices": [
                {"text": "A trusted adult, like a teacher", "correct": True},
                {"text": "Nobody: it is a secret", "correct": False},
            ],
            "explanation": "A trusted adult can help you. Secrets that make you feel bad are "
            "never yours to keep.",
        }


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    def correct_count_error(self, correct: int) -> str | None:
        if correct < 1:
            return _("Mark at least one choice as correct.")
        return None

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")
        form_classname = "quiz-question"
        preview_value = {
            "text": "Which of these are warning signs of a false job offer?",
            "choices": [
                {"text": "They keep your passport", "correct": True},
                {"text": "You must pay a fee to get the job", "correct": True},
                {"text": "You sign a written contract you can read", "correct": False},
            ],
            "explanation": "Nobody may keep your documents, and a real employer does not charge "
            "you to work.",
        }


class TrueFalseQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("statement"), max_length=300)
    answer = blocks.ChoiceBlock(
        label=_("the statement is"),
        choices=[("true", _("True")), ("false", _("False"))],
    )
    explanation = blocks.TextBlock(
        label=_("explanation"),
        max_length=500,
        help_text=_("Shown to the participant after they send their answers."),
    )

    class Meta:
        icon = "help"
        label = _("True or false")
        form_classname = "quiz-question"
        preview_value = {
            "text": "If an adult asks you to keep a secret that worries you, you must keep it.",
            "answer": "false",
            "explanation": "You never have to keep a secret that makes you feel unsafe.",
        }


class QuestionsBlock(blocks.StreamBlock):
    single = SingleChoiceQuestionBlock()
    multiple = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 30
