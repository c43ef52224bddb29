"""Quizzes, written by editors in Wagtail, and the attempts participants make at them.

A quiz is a translatable snippet with drafts and revisions. An attempt records the revision the
participant saw, and its answers are stored under the stable keys of questions and choices (see
`quizzes.blocks`), so editing or translating a quiz later never changes what a past attempt means.

A post-test paired with a pre-test by the participants' self-generated codes keeps that pair
(`Attempt.code_paired_pre`) once the codes are erased (`reach.retention.participant_codes_erase`):
the pair figures stay what they were, without the codes.
"""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
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

from quizzes.blocks import QuestionsBlock


class QuizUse(models.TextChoices):
    """When a quiz is asked in the sessions of the modules it tests."""

    PRE = "pre", _("Pre-test only")
    POST = "post", _("Post-test only")
    BOTH = "both", _("Pre-test and post-test")


class Phase(models.TextChoices):
    """Before the workshop or after it."""

    PRE = "pre", _("Pre-test")
    POST = "post", _("Post-test")


class Quiz(
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """Questions with choices, correct answers and explanations, asked before and after modules."""

    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown to participants above the questions."),
    )
    use = models.CharField(
        _("asked as"), max_length=8, choices=QuizUse.choices, default=QuizUse.BOTH
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of questions to answer correctly to pass."),
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"))

    panels = [
        FieldPanel("title"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                InlinePanel("quiz_modules", label=_("Module"), min_num=1),
                FieldPanel("use"),
                FieldPanel("pass_mark"),
            ],
            heading=_("What it tests, and when"),
        ),
        FieldPanel("questions"),
    ]

    search_fields = [index.SearchField("title"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_preview_template(self, request, mode_name):
        return "quizzes/quiz_preview.html"

    def get_preview_context(self, request, mode_name):
        from quizzes.forms import QuizForm
        from quizzes.questions import questions_of

        context = super().get_preview_context(request, mode_name)
        context["form"] = QuizForm(questions=questions_of(self), initial={"key": uuid.uuid4()})
        return context


class QuizModule(Orderable):
    """A module a quiz tests: the quiz is asked in every session that delivers the module."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="quiz_modules")
    module = models.ForeignKey(
        "workshops.WorkshopModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="quiz_links",
    )

    panels = [PageChooserPanel("module", page_type="workshops.WorkshopModulePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("quiz module")
        verbose_name_plural = _("quiz modules")
        constraints = [models.UniqueConstraint(fields=["quiz", "module"], name="quiz_module_once")]


class Attempt(models.Model):
    """One participant's answers to one quiz in one phase, scored when it was submitted.

    `key` is made when the quiz form is rendered: sending the same form twice finds the same
    attempt instead of counting a second one.
    """

    key = models.UUIDField(_("attempt key"), unique=True)
    participant = models.ForeignKey(
        "workshops.Participant", on_delete=models.CASCADE, related_name="attempts"
    )
    session = models.ForeignKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    quiz_key = models.UUIDField(
        _("quiz key"), help_text=_("The quiz's translation key: the same in every language.")
    )
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    phase = models.CharField(_("phase"), max_length=4, choices=Phase.choices)
    correct_count = models.PositiveSmallIntegerField(_("correct answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    passed = models.BooleanField(_("passed"))
    answers_digest = models.CharField(max_length=64, editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    # Indexed only where set (see Meta): most attempts never have one, and inserting them costs
    # no index write.
    code_paired_pre = models.ForeignKey(
        "self",
        verbose_name=_("pre-test paired by code"),
        null=True,
        blank=True,
        editable=False,
        db_index=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "On a post-test: the pre-test its self-generated code paired it with, kept when the "
            "codes were erased."
        ),
    )

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "quiz_key", "phase"], name="attempt_once_per_phase"
            ),
            models.CheckConstraint(
                condition=models.Q(correct_count__lte=models.F("question_count")),
                name="attempt_score_within_questions",
            ),
        ]
        indexes = [
            models.Index(fields=["session", "phase"]),
            models.Index(
                fields=["code_paired_pre"],
                condition=models.Q(code_paired_pre__isnull=False),
                name="attempt_code_paired_pre",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_phase_display()} {self.correct_count}/{self.question_count}"

    @property
    def score_percent(self) -> int:
        return round(100 * self.correct_count / self.question_count) if self.question_count else 0


class Answer(models.Model):
    """The choices made for one question of an attempt, under the question's stable key."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_key = models.CharField(_("question key"), max_length=36)
    choice_keys = models.JSONField(_("choice keys"), default=list)
    is_correct = models.BooleanField(_("correct"))

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_key"], name="answer_once_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_key}: {', '.join(self.choice_keys)}"


class PaperTally(models.Model):
    """Paper answers to one quiz in one phase of a session, counted by the trainer: how many
    sheets came back, and per question how many ticked each choice.

    Classes without phones still count: each sheet is an attempt in the reports, and the counts
    feed the per-question figures. A tally is replaced as a whole when the trainer corrects it.
    """

    session = models.ForeignKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="paper_tallies"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="paper_tallies")
    quiz_key = models.UUIDField(_("quiz key"))
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    phase = models.CharField(_("phase"), max_length=4, choices=Phase.choices)
    sheets = models.PositiveIntegerField(_("answer sheets"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("paper tally")
        verbose_name_plural = _("paper tallies")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "quiz_key", "phase"], name="paper_tally_once_per_phase"
            ),
            models.CheckConstraint(condition=models.Q(sheets__gt=0), name="paper_tally_sheets"),
        ]

    def __str__(self) -> str:
        return f"{self.get_phase_display()}: {self.sheets}"


class PaperChoiceCount(models.Model):
    """How many paper sheets ticked one choice of one question."""

    tally = models.ForeignKey(PaperTally, on_delete=models.CASCADE, related_name="counts")
    question_key = models.CharField(_("question key"), max_length=36)
    choice_key = models.CharField(_("choice key"), max_length=36)
    count = models.PositiveIntegerField(_("ticks"))

    class Meta:
        verbose_name = _("paper choice count")
        verbose_name_plural = _("paper choice counts")
        constraints = [
            models.UniqueConstraint(
                fields=["tally", "question_key", "choice_key"], name="paper_count_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_key}/{self.choice_key}: {self.count}"
