"""Reads of the reach app: the figures of the coordinator reports, the exports and the API.

Everything here reads the rollup tables only, one grouped query per table or chart, so a report
costs the same number of queries whatever the number of answers behind it.

Privacy: in a breakdown, a row that counts minors and fewer than five people shows "<5"; when that
leaves a single hidden row, the next smallest row is hidden too, so that no hidden figure can be
worked out from the total and the rows shown (DESIGN.md, section 5).
"""

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from quizzes.models import Quiz, QuizModule
from quizzes.questions import content_of as quiz_content
from reach.models import (
    QuizCell,
    QuizChoiceCell,
    QuizQuestionCell,
    ReachCell,
    SessionChange,
    SessionRollup,
    SurveyCell,
    SurveyChoiceCell,
)
from surveys.models import Survey
from surveys.questions import content_of as survey_content
from workshops.models import CampaignPage, Venue
from workshops.models.choices import AgeBand, Audience, Gender
from workshops.roles import user_is_coordinator

SMALL = 5  # fewer people than this, with minors among them, is shown as "<5"
MINOR_BANDS = (AgeBand.CHILDREN_6_9, AgeBand.CHILDREN_10_13, AgeBand.TEENS_14_17, AgeBand.ALL_AGES)


def campaigns_reported(*, user) -> QuerySet[CampaignPage]:
    """The campaigns whose reports a user reads: a coordinator's own, every one for admins."""
    campaigns = CampaignPage.objects.order_by("title")
    if not (user.is_authenticated and user.is_active):
        return campaigns.none()
    if user.is_superuser:
        return campaigns
    if user_is_coordinator(user):
        return campaigns.filter(coordinators__user=user).distinct()
    return campaigns.none()


def campaign_reported(*, user, slug: str) -> CampaignPage | None:
    """One campaign whose reports the user reads, with its targets; None if they may not."""
    return campaigns_reported(user=user).filter(slug=slug).prefetch_related("audiences").first()


@dataclass(frozen=True)
class Filters:
    """What a coordinator narrowed the report to; empty means everything."""

    countries: tuple[str, ...] = ()
    localities: tuple[str, ...] = ()
    venues: tuple[int, ...] = ()
    audiences: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    age_bands: tuple[str, ...] = ()
    month_from: dt.date | None = None
    month_to: dt.date | None = None

    def q(self) -> Q:
        where = Q()
        for name, values in (
            ("country", self.countries),
            ("locality", self.localities),
            ("venue_id", self.venues),
            ("audience", self.audiences),
            ("gender", self.genders),
            ("age_band", self.age_bands),
        ):
            if values:
                where &= Q(**{f"{name}__in": values})
        if self.month_from:
            where &= Q(month__gte=self.month_from)
        if self.month_to:
            where &= Q(month__lte=self.month_to)
        return where

    @property
    def active(self) -> bool:
        return self != Filters()


def _cells(model, campaign: CampaignPage, filters: Filters) -> QuerySet:
    return model.objects.filter(filters.q(), campaign=campaign)


def _minor_people():
    return Coalesce(Sum("people", filter=Q(age_band__in=MINOR_BANDS)), 0)


@dataclass
class Figure:
    """One row of a breakdown: people reached and attendances, or hidden when too few."""

    key: object
    label: str
    people: int
    attendances: int
    joined: int = 0
    minors: int = 0
    hidden: bool = False

    @property
    def people_shown(self) -> str:
        return f"<{SMALL}" if self.hidden else number_format(self.people, force_grouping=True)

    @property
    def attendances_shown(self) -> str:
        return "–" if self.hidden else number_format(self.attendances, force_grouping=True)


@dataclass
class Breakdown:
    """Figures by one dimension, with their total; rows too small to show are hidden."""

    dimension: str
    title: str
    rows: list[Figure]
    total: Figure

    @property
    def export_name(self) -> str:
        return f"by-{self.dimension.replace('_', '-')}"

    @property
    def largest(self) -> int:
        return max((row.people for row in self.rows if not row.hidden), default=0)


def suppress(rows: list[Figure], total: Figure) -> None:
    """Hide rows with minors and fewer than five people, and one more row when a single hidden
    row could otherwise be worked out as the total minus the rows shown."""
    for row in rows:
        row.hidden = bool(row.minors) and row.people < SMALL
    hidden = [row for row in rows if row.hidden]
    if len(hidden) == 1:
        shown = sorted((row for row in rows if not row.hidden), key=lambda row: row.people)
        if shown:
            shown[0].hidden = True
    total.hidden = bool(total.minors) and total.people < SMALL


DIMENSIONS = {
    "country": _("Country"),
    "locality": _("Locality"),
    "venue": _("Venue"),
    "audience": _("Audience"),
    "gender": _("Gender"),
    "age_band": _("Age band"),
    "month": _("Month"),
}


def _labels(dimension: str, keys: list, venues: dict[int, str]) -> dict:
    if dimension == "venue":
        return {key: venues.get(key, str(key)) for key in keys}
    if dimension == "audience":
        return {key: str(Audience(key).label) if key in Audience.values else key for key in keys}
    if dimension == "gender":
        return {key: str(Gender(key).label) if key in Gender.values else key for key in keys}
    if dimension == "age_band":
        return {key: str(AgeBand(key).label) if key in AgeBand.values else key for key in keys}
    if dimension == "country":
        from django_countries import countries

        return {key: countries.name(key) or key for key in keys}
    if dimension == "month":
        return {key: f"{key:%Y-%m}" for key in keys}
    return {key: key for key in keys}


def reach_breakdown(
    *, campaign: CampaignPage, filters: Filters, dimension: str, venues: dict[int, str]
) -> Breakdown:
    """People reached, attendances and joined participants by one dimension (one query)."""
    column = "venue_id" if dimension == "venue" else dimension
    grouped = list(
        _cells(ReachCell, campaign, filters)
        .values(column)
        .annotate(
            minors=_minor_people(),
            n_people=Sum("people"),
            n_attendances=Sum("attendances"),
            n_joined=Sum("joined"),
        )
        .order_by(column)
    )
    labels = _labels(dimension, [row[column] for row in grouped], venues)
    rows = [
        Figure(
            row[column],
            labels[row[column]],
            row["n_people"],
            row["n_attendances"],
            row["n_joined"],
            row["minors"],
        )
        for row in grouped
    ]
    if dimension != "month":
        rows.sort(key=lambda row: (-row.people, str(row.label)))
    total = Figure(
        None,
        str(_("Total")),
        sum(row.people for row in rows),
        sum(row.attendances for row in rows),
        sum(row.joined for row in rows),
        sum(row.minors for row in rows),
    )
    suppress(rows, total)
    return Breakdown(dimension, str(DIMENSIONS[dimension]), rows, total)


@dataclass
class Target:
    audience: str
    label: str
    people: int
    target: int | None
    hidden: bool = False

    @property
    def percent(self) -> int | None:
        return round(100 * self.people / self.target) if self.target else None


def reach_targets(*, campaign: CampaignPage, by_audience: Breakdown) -> list[Target]:
    """People reached per audience against the campaign's targets (audiences without a target
    are listed too, and audiences with a target but nobody reached yet)."""
    targets = {row.audience: row.target_reach for row in campaign.audiences.all()}
    reached = {row.key: row for row in by_audience.rows}
    rows = []
    for audience in list(targets) + [key for key in reached if key not in targets]:
        figure = reached.get(audience)
        label = str(Audience(audience).label) if audience in Audience.values else audience
        rows.append(
            Target(
                audience,
                label,
                figure.people if figure else 0,
                targets.get(audience),
                hidden=bool(figure and figure.hidden),
            )
        )
    return rows


@dataclass
class Freshness:
    refreshed_at: dt.datetime | None
    waiting: int  # changes not yet absorbed by the rollups
    sessions: int


def reach_freshness(*, campaign: CampaignPage) -> Freshness:
    rollups = SessionRollup.objects.filter(campaign=campaign).aggregate(
        at=Max("refreshed_at"), n=Count("pk")
    )
    waiting = SessionChange.objects.filter(session__campaign=campaign).count()
    return Freshness(rollups["at"], waiting, rollups["n"])


# --- knowledge --------------------------------------------------------------------------------


@dataclass
class QuestionFigure:
    key: str
    text: str
    pre_answered: int = 0
    pre_correct: int = 0
    post_answered: int = 0
    post_correct: int = 0
    misconception: str = ""  # the wrong answer chosen most after the workshop
    misconception_count: int = 0

    @property
    def pre_percent(self) -> int | None:
        return round(100 * self.pre_correct / self.pre_answered) if self.pre_answered else None

    @property
    def post_percent(self) -> int | None:
        return round(100 * self.post_correct / self.post_answered) if self.post_answered else None


@dataclass
class QuizFigure:
    quiz_key: uuid.UUID
    title: str
    modules: list[str]
    pre_attempts: int = 0
    post_attempts: int = 0
    pre_paper: int = 0
    post_paper: int = 0
    pre_correct: int = 0
    pre_questions: int = 0
    post_correct: int = 0
    post_questions: int = 0
    post_passed: int = 0
    pairs: int = 0
    pair_pre_correct: int = 0
    pair_pre_questions: int = 0
    pair_post_correct: int = 0
    pair_post_questions: int = 0
    minors: bool = False
    questions: list[QuestionFigure] = field(default_factory=list)

    @property
    def hidden(self) -> bool:
        """Scores of fewer than five minors are not shown."""
        return self.minors and self.post_attempts + self.pre_attempts < SMALL

    @staticmethod
    def _percent(part: int, whole: int) -> float | None:
        return 100 * part / whole if whole else None

    @property
    def pre_mean(self) -> float | None:
        return self._percent(self.pre_correct, self.pre_questions)

    @property
    def post_mean(self) -> float | None:
        return self._percent(self.post_correct, self.post_questions)

    @property
    def pass_rate(self) -> float | None:
        return self._percent(self.post_passed, self.post_attempts)

    @property
    def gain(self) -> float | None:
        """Knowledge gain in percentage points, on the post-tests matched to a pre-test."""
        if not self.pairs:
            return None
        return self._percent(self.pair_post_correct, self.pair_post_questions) - self._percent(
            self.pair_pre_correct, self.pair_pre_questions
        )

    @property
    def match_rate(self) -> float | None:
        return self._percent(self.pairs, self.post_attempts)


def _localized(model, keys: set[uuid.UUID], language: str) -> dict[uuid.UUID, object]:
    """Each snippet (quiz or survey) in the reader's language, else its source (one query)."""
    found: dict[uuid.UUID, object] = {}
    for item in model.objects.filter(translation_key__in=keys).select_related("locale"):
        chosen = found.get(item.translation_key)
        if chosen is None or item.locale.language_code == language:
            found[item.translation_key] = item
    return found


def knowledge(*, campaign: CampaignPage, filters: Filters, language: str) -> list[QuizFigure]:
    """Per quiz: attempts, mean scores before and after, pass rate, gain on matched pairs; per
    question: correct before and after and the most chosen wrong answer (four queries)."""
    quizzes: dict[uuid.UUID, dict] = defaultdict(lambda: defaultdict(int))
    for row in (
        _cells(QuizCell, campaign, filters)
        .values("quiz_key", "phase")
        .annotate(
            attempts=Sum("attempts"),
            paper=Sum("paper_sheets"),
            passed=Sum("passed"),
            correct=Sum("correct"),
            questions=Sum("questions"),
            pairs=Sum("pairs"),
            pair_pre_correct=Sum("pair_pre_correct"),
            pair_pre_questions=Sum("pair_pre_questions"),
            pair_post_correct=Sum("pair_post_correct"),
            pair_post_questions=Sum("pair_post_questions"),
            minors=Count("pk", filter=Q(age_band__in=MINOR_BANDS)),
        )
    ):
        figures = quizzes[row["quiz_key"]]
        phase = row["phase"]
        figures[f"{phase}_attempts"] += row["attempts"]
        figures[f"{phase}_paper"] += row["paper"]
        figures[f"{phase}_correct"] += row["correct"]
        figures[f"{phase}_questions"] += row["questions"]
        figures["minors"] += row["minors"]
        if phase == "post":
            figures["post_passed"] += row["passed"]
            for name in (
                "pairs",
                "pair_pre_correct",
                "pair_pre_questions",
                "pair_post_correct",
                "pair_post_questions",
            ):
                figures[name] += row[name]
    if not quizzes:
        return []
    found = _localized(Quiz, set(quizzes), language)
    modules = defaultdict(list)
    for quiz_key, title in (
        QuizModule.objects.filter(quiz__in=list(found.values()))
        .order_by("sort_order")
        .values_list("quiz__translation_key", "module__title")
    ):
        modules[quiz_key].append(title)
    per_question: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in (
        _cells(QuizQuestionCell, campaign, filters)
        .values("quiz_key", "phase", "question_key")
        .annotate(answered=Sum("answered"), correct=Sum("correct"))
    ):
        key = (row["quiz_key"], row["question_key"])
        per_question[key][f"{row['phase']}_answered"] += row["answered"]
        per_question[key][f"{row['phase']}_correct"] += row["correct"]
    chosen: dict[tuple, dict[str, int]] = defaultdict(dict)
    for row in (
        _cells(QuizChoiceCell, campaign, filters)
        .filter(phase="post")
        .values("quiz_key", "question_key", "choice_key")
        .annotate(n=Sum("count"))
    ):
        chosen[(row["quiz_key"], row["question_key"])][row["choice_key"]] = row["n"]
    results = []
    for quiz_key, figures in quizzes.items():
        quiz = found.get(quiz_key)
        content = quiz_content(quiz) if quiz else None
        figure = QuizFigure(
            quiz_key,
            quiz.title if quiz else str(quiz_key),
            modules.get(quiz_key, []),
            **{k: v for k, v in figures.items() if k != "minors"},
            minors=bool(figures["minors"]),
        )
        for question in content.questions if content else ():
            counts = per_question.get((quiz_key, question.key), {})
            wrong = [
                (n, choice.text)
                for choice in question.choices
                if not choice.correct
                and (n := chosen.get((quiz_key, question.key), {}).get(choice.key, 0))
            ]
            top = max(wrong, default=(0, ""))
            figure.questions.append(
                QuestionFigure(
                    question.key,
                    question.text,
                    counts.get("pre_answered", 0),
                    counts.get("pre_correct", 0),
                    counts.get("post_answered", 0),
                    counts.get("post_correct", 0),
                    str(top[1]),
                    top[0],
                )
            )
        results.append(figure)
    results.sort(key=lambda figure: figure.title)
    return results


# --- surveys ----------------------------------------------------------------------------------


@dataclass
class SurveyQuestionFigure:
    text: str
    kind: str
    choices: list[tuple[str, int]]  # (label, count)

    @property
    def answered(self) -> int:
        return sum(count for _label, count in self.choices)


@dataclass
class SurveyFigure:
    survey_key: uuid.UUID
    title: str
    phase: str
    responses: int
    minors: bool
    questions: list[SurveyQuestionFigure]

    @property
    def hidden(self) -> bool:
        return self.minors and self.responses < SMALL


def survey_results(
    *, campaign: CampaignPage, filters: Filters, language: str
) -> list[SurveyFigure]:
    """Per survey and phase: responses, and for each question how many chose each answer
    (three queries). Free texts stay in the sessions, with their trainers."""
    responses = {
        (row["survey_key"], row["phase"]): row
        for row in _cells(SurveyCell, campaign, filters)
        .values("survey_key", "phase")
        .annotate(n=Sum("responses"), minors=Count("pk", filter=Q(age_band__in=MINOR_BANDS)))
    }
    if not responses:
        return []
    chosen: dict[tuple, int] = {}
    for row in (
        _cells(SurveyChoiceCell, campaign, filters)
        .values("survey_key", "phase", "question_key", "choice_key")
        .annotate(n=Sum("count"))
    ):
        key = (row["survey_key"], row["phase"], row["question_key"], row["choice_key"])
        chosen[key] = row["n"]
    found = _localized(Survey, {key for key, _phase in responses}, language)
    results = []
    for (survey_key, phase), row in sorted(responses.items(), key=lambda item: item[0][1]):
        survey = found.get(survey_key)
        if survey is None:
            continue
        questions = [
            SurveyQuestionFigure(
                question.text,
                question.kind,
                [
                    (str(label), chosen.get((survey_key, phase, question.key, key), 0))
                    for key, label in question.choices
                ],
            )
            for question in survey_content(survey).questions
            if not question.free_text
        ]
        results.append(
            SurveyFigure(survey_key, survey.title, phase, row["n"], bool(row["minors"]), questions)
        )
    return results


# --- the whole report ---------------------------------------------------------------------------


@dataclass
class Report:
    campaign: CampaignPage
    filters: Filters
    freshness: Freshness
    targets: list[Target]
    breakdowns: dict[str, Breakdown]
    knowledge: list[QuizFigure]
    surveys: list[SurveyFigure]

    @property
    def total(self) -> Figure:
        return self.breakdowns["audience"].total

    @property
    def trend(self) -> Breakdown:
        return self.breakdowns["month"]


def campaign_venues(*, campaign: CampaignPage) -> dict[int, str]:
    """The venues that appear in a campaign's figures, by id (one query)."""
    return dict(
        Venue.objects.filter(
            pk__in=ReachCell.objects.filter(campaign=campaign).values("venue_id")
        ).values_list("pk", "name")
    )


def campaign_report(
    *,
    campaign: CampaignPage,
    filters: Filters,
    language: str,
    venues: dict[int, str] | None = None,
) -> Report:
    if venues is None:
        venues = campaign_venues(campaign=campaign)
    breakdowns = {
        dimension: reach_breakdown(
            campaign=campaign, filters=filters, dimension=dimension, venues=venues
        )
        for dimension in DIMENSIONS
    }
    return Report(
        campaign=campaign,
        filters=filters,
        freshness=reach_freshness(campaign=campaign),
        targets=reach_targets(campaign=campaign, by_audience=breakdowns["audience"]),
        breakdowns=breakdowns,
        knowledge=knowledge(campaign=campaign, filters=filters, language=language),
        surveys=survey_results(campaign=campaign, filters=filters, language=language),
    )


def filter_choices(*, campaign: CampaignPage, venues: dict[int, str]) -> dict[str, list]:
    """The values a campaign's figures hold, to offer as filters (one query)."""
    rows = (
        ReachCell.objects.filter(campaign=campaign)
        .values_list("country", "locality", "month")
        .distinct()
    )
    countries, localities, months = set(), set(), set()
    for country, locality, month in rows:
        countries.add(country)
        localities.add(locality)
        months.add(month)
    return {
        "countries": sorted(_labels("country", sorted(countries), venues).items()),
        "localities": sorted((name, name) for name in localities),
        "venues": sorted(venues.items(), key=lambda item: item[1]),
        "months": sorted(months),
    }


def report_headline(report: Report) -> dict:
    """The report's headline figures as plain data (the API, `reach_report --json`); hidden
    figures are None."""
    total = report.total
    return {
        "campaign": report.campaign.slug,
        "title": report.campaign.title,
        "demo_data": report.campaign.demo_data,
        "refreshed_at": report.freshness.refreshed_at,
        "waiting": report.freshness.waiting,
        "sessions": report.freshness.sessions,
        "people": None if total.hidden else total.people,
        "attendances": None if total.hidden else total.attendances,
        "audiences": [
            {
                "audience": row.audience,
                "label": row.label,
                "people": None if row.hidden else row.people,
                "target": row.target,
                "percent": None if row.hidden else row.percent,
            }
            for row in report.targets
        ],
        "quizzes": [
            {
                "quiz_key": str(quiz.quiz_key),
                "title": quiz.title,
                "pre_attempts": quiz.pre_attempts,
                "post_attempts": quiz.post_attempts,
                "paper_sheets": quiz.pre_paper + quiz.post_paper,
                "mean_before": None if quiz.hidden else _round(quiz.pre_mean),
                "mean_after": None if quiz.hidden else _round(quiz.post_mean),
                "pass_rate": None if quiz.hidden else _round(quiz.pass_rate),
                "matched_pairs": None if quiz.hidden else quiz.pairs,
                "match_rate": None if quiz.hidden else _round(quiz.match_rate),
                "gain": None if quiz.hidden else _round(quiz.gain),
            }
            for quiz in report.knowledge
        ],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
