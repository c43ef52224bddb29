"""Surveys, written by editors in Wagtail: satisfaction and attitude questions asked in the
participant flow, before the workshop, after it, or both.

A survey is a translatable snippet with drafts and revisions, like a quiz, and keeps its
responses meaningful after edits the same way: stable keys for questions and choices (see
`surveys.blocks`) and the revision used recorded with each response.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from surveys.blocks import SurveyQuestionsBlock
from surveys.forms import SurveyAdminForm


class SurveyUse(models.TextChoices):
    """When a survey is asked; the values are the phases of the participant flow."""

    BEFORE = "pre", _("Before the workshop")
    AFTER = "post", _("After the workshop")
    BOTH = "both", _("Before and after the workshop")


class Survey(
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """Questions on what participants thought of the workshop and what they believe."""

    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown to participants above the questions."),
    )
    campaign = models.ForeignKey(
        "workshops.CampaignPage",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Asked in every session of the campaign. Or choose modules below."),
    )
    use = models.CharField(
        _("asked"), max_length=8, choices=SurveyUse.choices, default=SurveyUse.AFTER
    )
    free_text_for_minors = models.BooleanField(
        _("ask free-text questions to minors"),
        default=False,
        help_text=_(
            "Off by default: participants under 18 are not asked free-text questions, whatever "
            "the session."
        ),
    )
    # Lists of SurveyAudience and AgeBand values (surveys.audiences.survey_fits); empty: everyone.
    audiences = models.JSONField(_("written for"), default=list, blank=True)
    age_bands = models.JSONField(_("age groups"), default=list, blank=True)
    questions = StreamField(SurveyQuestionsBlock(), verbose_name=_("questions"))

    panels = [
        FieldPanel("title"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("campaign"),
                InlinePanel("survey_modules", label=_("Module")),
                FieldPanel("use"),
                FieldPanel("audiences"),
                FieldPanel("age_bands"),
                FieldPanel("free_text_for_minors"),
            ],
            heading=_("Where and when it is asked"),
        ),
        FieldPanel("questions"),
    ]

    base_form_class = SurveyAdminForm
    search_fields = [index.SearchField("title"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["title", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_preview_template(self, request, mode_name):
        return "surveys/survey_preview.html"


class SurveyModule(Orderable):
    """A module after (or before) which a survey is asked."""

    survey = ParentalKey(Survey, on_delete=models.CASCADE, related_name="survey_modules")
    module = models.ForeignKey(
        "workshops.WorkshopModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="survey_links",
    )

    panels = [PageChooserPanel("module", page_type="workshops.WorkshopModulePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("survey module")
        verbose_name_plural = _("survey modules")
        constraints = [
            models.UniqueConstraint(fields=["survey", "module"], name="survey_module_once")
        ]


class SurveyPhase(models.TextChoices):
    PRE = "pre", _("Before the workshop")
    POST = "post", _("After the workshop")


class Response(models.Model):
    """One participant's answers to one survey in one phase.

    `key` is made when the form is rendered: sending the same form twice finds the same response.
    """

    key = models.UUIDField(_("response key"), unique=True)
    participant = models.ForeignKey(
        "workshops.Participant", on_delete=models.CASCADE, related_name="survey_responses"
    )
    session = models.ForeignKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="survey_responses"
    )
    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="responses")
    survey_key = models.UUIDField(_("survey key"))
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    phase = models.CharField(_("phase"), max_length=4, choices=SurveyPhase.choices)
    answers_digest = models.CharField(max_length=64, editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "survey_key", "phase"], name="response_once_per_phase"
            )
        ]
        indexes = [models.Index(fields=["session", "phase"])]

    def __str__(self) -> str:
        return f"{self.get_phase_display()} · {self.survey_key}"


class ResponseAnswer(models.Model):
    """The answer to one question of a response, under the question's stable key: chosen keys
    (Likert point, rating, choices) or a text."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question_key = models.CharField(_("question key"), max_length=36)
    choice_keys = models.JSONField(_("choice keys"), default=list, blank=True)
    text = models.TextField(_("text"), blank=True, max_length=1000)
    flagged = models.BooleanField(
        _("flagged for the trainer"),
        default=False,
        help_text=_("The text contains one of the campaign's disclosure words."),
    )

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question_key"], name="response_answer_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_key}: {', '.join(self.choice_keys) or self.text[:40]}"
