"""Rollup tables: the figures reports read, written only by the aggregation tasks.

Every cell carries its whole dimension key (campaign, venue with its country and locality, month,
audience, gender, age band), so that a report filters and groups one table with no join. Figures
of answers are kept twice: per session (`SessionCell`s, what a refresh replaces when a session
changes, and what a purged session carries over), and added up per month (`MonthCell`s, what
reports read), so that a report's cost depends on the venues, months and questions, never on the
number of sessions or answers. Figures per question and per choice, the most rows by far, are
kept per month only: their session cells (`QuizQuestionCell`, `QuizChoiceCell`,
`SurveyChoiceCell`) hold only what a purged session carries over
(`reach.recount.tables.MONTH_ONLY`). The source tables stay the
truth: `reach_rebuild` can always write these again from them.

Sums are kept as integers (correct answers and questions asked, not mean percentages) so that a
rebuild compares exactly with what is stored and figures add up across cells.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from workshops.models.choices import AgeBand, Audience, Gender


class Dimensions(models.Model):
    """Where, when and whom a figure is about."""

    # Derived rows, written in bulk (a first rebuild writes hundreds of thousands): no index of
    # their own, since every table's unique key or index starts with them, and no constraint
    # checked per row at commit. Django's on_delete still deletes them with their campaign or
    # venue, and only the services write them.
    campaign = models.ForeignKey(
        "workshops.CampaignPage",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    venue = models.ForeignKey(
        "workshops.Venue",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    country = models.CharField(_("country"), max_length=2)
    locality = models.CharField(_("locality"), max_length=120)
    month = models.DateField(_("month"), help_text=_("First day of the month, at the venue."))
    audience = models.CharField(_("audience"), max_length=32, choices=Audience.choices)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.locality} {self.month:%Y-%m} {self.audience}/{self.gender}/{self.age_band}"


class ReachCell(Dimensions):
    """People reached, attendances and joined participants of one campaign at one venue, for one
    month, audience, gender and age band.

    People are counted once per group: a cell holds, for each group, the most people any one of its
    sessions counted in it, in the month of the group's first session. Attendances add up every
    session.
    """

    people = models.PositiveIntegerField(_("people reached"))
    attendances = models.PositiveIntegerField(_("attendances"))
    joined = models.PositiveIntegerField(_("joined with the code"))

    class Meta:
        verbose_name = _("reach cell")
        verbose_name_plural = _("reach cells")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "venue", "month", "audience", "gender", "age_band"],
                name="reach_cell_once",
            )
        ]
        indexes = [models.Index(fields=["campaign", "month"])]


class SessionRollup(models.Model):
    """What one session counted, and when its figures were last refreshed."""

    session = models.OneToOneField(
        "workshops.Session", on_delete=models.CASCADE, primary_key=True, related_name="rollup"
    )
    campaign = models.ForeignKey(
        "workshops.CampaignPage", on_delete=models.CASCADE, related_name="+"
    )
    venue = models.ForeignKey("workshops.Venue", on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))
    headcount = models.PositiveIntegerField(
        _("headcount"), null=True, help_text=_("Empty when the trainer recorded none.")
    )
    joined = models.PositiveIntegerField(_("joined with the code"))
    attendances = models.PositiveIntegerField(_("attendances"))
    refreshed_at = models.DateTimeField(_("refreshed at"))

    class Meta:
        verbose_name = _("session rollup")
        verbose_name_plural = _("session rollups")
        indexes = [models.Index(fields=["campaign", "refreshed_at"])]

    def __str__(self) -> str:
        return f"{self.session_id}: {self.attendances}"


# Every session cell is unique per session and kind of person, then per its own keys; every month
# cell per place, month and kind of person, then per the same keys.
IN_SESSION = ("session", "audience", "gender", "age_band")
IN_MONTH = ("campaign", "venue", "month", "audience", "gender", "age_band")


class SessionCell(Dimensions):
    """A figure of one session, for the people of one audience, gender and age band in it.

    Phone answers take the participant's own role, gender and age band; paper sheets, which carry
    none, take the session's audience and age band and an unstated gender.
    """

    session = models.ForeignKey(
        "workshops.Session",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,  # the unique key starts with it
        db_constraint=False,  # derived rows, see `Dimensions`
    )

    class Meta:
        abstract = True


class MonthCell(Dimensions):
    """The figures of every session of a campaign at a venue in one month, for one audience,
    gender and age band: the sum of their session cells, rewritten with them."""

    class Meta:
        abstract = True


class QuizFigures(models.Model):
    """Attempts at one quiz in one phase, their scores, and (post-test rows) the matched pairs."""

    quiz_key = models.UUIDField(_("quiz key"))
    phase = models.CharField(_("phase"), max_length=4)
    attempts = models.PositiveIntegerField(_("attempts on a phone"))
    paper_sheets = models.PositiveIntegerField(_("paper answer sheets"))
    passed = models.PositiveIntegerField(_("passed"))
    correct = models.PositiveIntegerField(_("correct answers"))
    questions = models.PositiveIntegerField(_("questions answered"))
    pairs = models.PositiveIntegerField(_("post-tests matched to a pre-test"))
    pair_pre_correct = models.PositiveIntegerField()
    pair_pre_questions = models.PositiveIntegerField()
    pair_post_correct = models.PositiveIntegerField()
    pair_post_questions = models.PositiveIntegerField()

    class Meta:
        abstract = True


class QuizQuestionFigures(models.Model):
    """How many answered one question of a quiz in one phase, and how many got it right."""

    quiz_key = models.UUIDField(_("quiz key"))
    phase = models.CharField(_("phase"), max_length=4)
    question_key = models.CharField(_("question key"), max_length=36)
    answered = models.PositiveIntegerField(_("answered"))
    correct = models.PositiveIntegerField(_("correct"))

    class Meta:
        abstract = True


class QuizChoiceFigures(models.Model):
    """How many chose one choice of a quiz question: wrong choices chosen often show
    misconceptions."""

    quiz_key = models.UUIDField(_("quiz key"))
    phase = models.CharField(_("phase"), max_length=4)
    question_key = models.CharField(_("question key"), max_length=36)
    choice_key = models.CharField(_("choice key"), max_length=36)
    count = models.PositiveIntegerField(_("chosen"))

    class Meta:
        abstract = True


class SurveyFigures(models.Model):
    """Responses to one survey in one phase."""

    survey_key = models.UUIDField(_("survey key"))
    phase = models.CharField(_("phase"), max_length=4)
    responses = models.PositiveIntegerField(_("responses"))

    class Meta:
        abstract = True


class SurveyChoiceFigures(models.Model):
    """How many chose one answer (a choice, a point of a scale or of a rating) of a survey
    question. Free texts are never rolled up: they stay with the session's trainer."""

    survey_key = models.UUIDField(_("survey key"))
    phase = models.CharField(_("phase"), max_length=4)
    question_key = models.CharField(_("question key"), max_length=36)
    choice_key = models.CharField(_("choice key"), max_length=36)
    count = models.PositiveIntegerField(_("chosen"))

    class Meta:
        abstract = True


# Per session: what a refresh replaces. Indexed by place and month too, to add up month cells.


class QuizCell(SessionCell, QuizFigures):
    """`QuizFigures` of one session."""

    class Meta:
        verbose_name = _("quiz cell")
        verbose_name_plural = _("quiz cells")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_SESSION, "quiz_key", "phase"], name="quiz_cell_once"
            )
        ]
        indexes = [models.Index(fields=["campaign", "venue", "month"], name="quiz_cell_place")]


class QuizQuestionCell(SessionCell, QuizQuestionFigures):
    """`QuizQuestionFigures` of one purged session (the live ones' are counted per month only)."""

    class Meta:
        verbose_name = _("quiz question cell")
        verbose_name_plural = _("quiz question cells")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_SESSION, "quiz_key", "phase", "question_key"],
                name="quiz_question_cell_once",
            )
        ]
        indexes = [
            models.Index(fields=["campaign", "venue", "month"], name="quiz_question_cell_place")
        ]


class QuizChoiceCell(SessionCell, QuizChoiceFigures):
    """`QuizChoiceFigures` of one purged session (the live ones' are counted per month only)."""

    class Meta:
        verbose_name = _("quiz choice cell")
        verbose_name_plural = _("quiz choice cells")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_SESSION, "quiz_key", "phase", "question_key", "choice_key"],
                name="quiz_choice_cell_once",
            )
        ]
        indexes = [
            models.Index(fields=["campaign", "venue", "month"], name="quiz_choice_cell_place")
        ]


class SurveyCell(SessionCell, SurveyFigures):
    """`SurveyFigures` of one session."""

    class Meta:
        verbose_name = _("survey cell")
        verbose_name_plural = _("survey cells")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_SESSION, "survey_key", "phase"], name="survey_cell_once"
            )
        ]
        indexes = [models.Index(fields=["campaign", "venue", "month"], name="survey_cell_place")]


class SurveyChoiceCell(SessionCell, SurveyChoiceFigures):
    """`SurveyChoiceFigures` of one purged session (the live ones' are counted per month only)."""

    class Meta:
        verbose_name = _("survey choice cell")
        verbose_name_plural = _("survey choice cells")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_SESSION, "survey_key", "phase", "question_key", "choice_key"],
                name="survey_choice_cell_once",
            )
        ]
        indexes = [
            models.Index(fields=["campaign", "venue", "month"], name="survey_choice_cell_place")
        ]


# Per month: what reports read. The unique key, campaign first, also serves a report.


class QuizMonthCell(MonthCell, QuizFigures):
    """`QuizFigures` of a month."""

    class Meta:
        verbose_name = _("quiz cell by month")
        verbose_name_plural = _("quiz cells by month")
        constraints = [
            models.UniqueConstraint(fields=[*IN_MONTH, "quiz_key", "phase"], name="quiz_month_once")
        ]


class QuizQuestionMonthCell(MonthCell, QuizQuestionFigures):
    """`QuizQuestionFigures` of a month."""

    class Meta:
        verbose_name = _("quiz question cell by month")
        verbose_name_plural = _("quiz question cells by month")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_MONTH, "quiz_key", "phase", "question_key"],
                name="quiz_question_month_once",
            )
        ]


class QuizChoiceMonthCell(MonthCell, QuizChoiceFigures):
    """`QuizChoiceFigures` of a month."""

    class Meta:
        verbose_name = _("quiz choice cell by month")
        verbose_name_plural = _("quiz choice cells by month")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_MONTH, "quiz_key", "phase", "question_key", "choice_key"],
                name="quiz_choice_month_once",
            )
        ]


class SurveyMonthCell(MonthCell, SurveyFigures):
    """`SurveyFigures` of a month."""

    class Meta:
        verbose_name = _("survey cell by month")
        verbose_name_plural = _("survey cells by month")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_MONTH, "survey_key", "phase"], name="survey_month_once"
            )
        ]


class SurveyChoiceMonthCell(MonthCell, SurveyChoiceFigures):
    """`SurveyChoiceFigures` of a month."""

    class Meta:
        verbose_name = _("survey choice cell by month")
        verbose_name_plural = _("survey choice cells by month")
        constraints = [
            models.UniqueConstraint(
                fields=[*IN_MONTH, "survey_key", "phase", "question_key", "choice_key"],
                name="survey_choice_month_once",
            )
        ]
