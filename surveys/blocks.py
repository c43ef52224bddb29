"""The question blocks a survey is written with.

As in quizzes, every question is a StreamField block and every choice a ListBlock item, so both
carry a UUID that stays the same through rewording, reordering and translation: responses are
stored under those keys. A Likert item has five fixed points ("1" to "5"), a rating eleven
("0" to "10").
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

LIKERT_POINTS = (
    ("1", _("Strongly disagree")),
    ("2", _("Disagree")),
    ("3", _("Neither agree nor disagree")),
    ("4", _("Agree")),
    ("5", _("Strongly agree")),
)
RATING_POINTS = tuple(str(point) for point in range(11))


class SurveyQuestionBlock(blocks.StructBlock):
    """What every survey question has: its text and whether an answer is required."""

    text = blocks.TextBlock(label=_("question"), max_length=300)
    required = blocks.BooleanBlock(label=_("an answer is required"), required=False, default=True)


class LikertQuestionBlock(SurveyQuestionBlock):
    class Meta:
        icon = "list-ol"
        label = _("Agreement (5 points)")
        help_text = _(
            "A statement to agree or disagree with, from 'strongly disagree' to "
            "'strongly agree'. Asked before and after, it shows a change of attitude."
        )
        preview_value = {"text": "If someone hurts me, it is never my fault.", "required": True}


class ChoiceSurveyQuestionBlock(SurveyQuestionBlock):
    choices = blocks.ListBlock(
        blocks.CharBlock(label=_("choice"), max_length=200),
        label=_("choices"),
        min_num=2,
        max_num=10,
    )


class SingleChoiceSurveyQuestionBlock(ChoiceSurveyQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        preview_value = {
            "text": "How did you find the workshop?",
            "choices": ["Very useful", "Useful", "Not useful"],
            "required": True,
        }


class MultipleChoiceSurveyQuestionBlock(ChoiceSurveyQuestionBlock):
    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")
        preview_value = {
            "text": "Which activities did you like?",
            "choices": ["The hand of trust", "The role play", "The discussion"],
            "required": False,
        }


class RatingQuestionBlock(SurveyQuestionBlock):
    low_label = blocks.CharBlock(label=_("label of 0"), max_length=60, default=_("Not at all"))
    high_label = blocks.CharBlock(label=_("label of 10"), max_length=60, default=_("Completely"))

    class Meta:
        icon = "order"
        label = _("Rating 0 to 10")
        preview_value = {
            "text": "Would you recommend this workshop to a friend?",
            "low_label": "Not at all",
            "high_label": "Completely",
            "required": True,
        }


class FreeTextQuestionBlock(SurveyQuestionBlock):
    required = blocks.BooleanBlock(label=_("an answer is required"), required=False, default=False)

    class Meta:
        icon = "pilcrow"
        label = _("Free text")
        help_text = _(
            "Not asked in sessions for minors unless the survey allows it. Answers are shown only "
            "to the session's trainer and the campaign's coordinators."
        )
        preview_value = {"text": "What would you change in the workshop?", "required": False}


class SurveyQuestionsBlock(blocks.StreamBlock):
    likert = LikertQuestionBlock()
    single = SingleChoiceSurveyQuestionBlock()
    multiple = MultipleChoiceSurveyQuestionBlock()
    rating = RatingQuestionBlock()
    free_text = FreeTextQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 40
