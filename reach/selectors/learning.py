"""What participants learned: quiz scores before and after, gain on matched pairs, and each
question with the wrong answer chosen most.

Each quiz's figures in each phase add up the campaign's protected quiz cells (`reach.privacy`):
about K people at least, counted as who sent the test (on a phone or on paper) and, after the
workshop, whose two tests were paired. The per-question and per-choice figures add up the same
cells' rows: a cell a filter leaves out leaves its questions out too.
"""

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Q, Sum

from quizzes.models import Quiz, QuizModule
from quizzes.questions import content_of as quiz_content
from reach.models import (
    QuizChoiceMonthCell,
    QuizMonthCell,
    QuizQuestionMonthCell,
)
from reach.privacy import PLACE, ProtectedCell, cells_protect, cells_total
from reach.recount.tables import QUIZ
from reach.selectors.kept import kept
from reach.selectors.names import module_title_in
from reach.selectors.scope import Filters, cells_of
from workshops.models import CampaignPage

QUIZ_MEASURES = QUIZ.values  # what a quiz cell adds up, as the rollups name it


def _quiz_people(values) -> int:
    """Who sent the test; after the workshop, the gain rests on the pairs alone."""
    people = values["attempts"] + values["paper_sheets"]
    return min(people, values["pairs"]) if values["pairs"] else people


def series_admitted(
    protected: dict[tuple, list[ProtectedCell]], filters: Filters, series: tuple[str, ...]
) -> tuple[dict[tuple, ProtectedCell], Q]:
    """Per series, the total of the protected cells the filters admit; and the rollup rows a
    query of the same series' detail tables must leave out besides the filters: those of cells the
    filters do not admit, though the rows' own dimensions would pass them."""
    totals, left_out = {}, Q(pk__in=[])
    for key, cells in protected.items():
        admitted = [cell for cell in cells if filters.admits(cell.place)]
        if admitted:
            totals[key] = cells_total(admitted)
        for cell in cells:
            if cell.masked or not filters.admits(cell.place):
                for member in cell.members:
                    if filters.admits(member):
                        left_out |= Q(**dict(zip(series, key, strict=True)), **member)
    return totals, left_out


def series_admitted_kept(
    campaign_id: int,
    name: str,
    protect: Callable[[], dict[tuple, list[ProtectedCell]]],
    filters: Filters,
    series: tuple[str, ...],
) -> tuple[dict[tuple, ProtectedCell], Q]:
    """`series_admitted` of the campaign's protected cells, kept under `name` (`kept`).
    Unfiltered, its outcome is kept as well: the same for every reader until the next refresh,
    and a few totals to read back instead of every cell with its members (at a million answers,
    reading the cells back took most of a report's time)."""

    def admitted() -> tuple[dict[tuple, ProtectedCell], Q]:
        return series_admitted(kept(campaign_id, name, protect), filters, series)

    return admitted() if filters.active else kept(campaign_id, f"{name}-admitted", admitted)


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
    # Paper sheets count in `answered` and `correct` for a question with one right answer only:
    # a tally of ticks cannot tell who got every right answer of the others.
    paper_counted: bool = False

    @property
    def pre_percent(self) -> int | None:
        return round(100 * self.pre_correct / self.pre_answered) if self.pre_answered else None

    @property
    def post_percent(self) -> int | None:
        return round(100 * self.post_correct / self.post_answered) if self.post_answered else None


COUNTS = (
    "pre_attempts",
    "post_attempts",
    "pre_paper",
    "post_paper",
    "pre_correct",
    "pre_questions",
    "post_correct",
    "post_questions",
    "post_passed",
    "pairs",
    "pair_pre_correct",
    "pair_pre_questions",
    "pair_post_correct",
    "pair_post_questions",
)


@dataclass
class QuizFigure:
    """A quiz's figures before and after; when hidden, every count is None and no question is
    listed."""

    quiz_key: uuid.UUID
    title: str
    modules: list[str]
    pre_attempts: int | None = 0
    post_attempts: int | None = 0
    pre_paper: int | None = 0
    post_paper: int | None = 0
    pre_correct: int | None = 0
    pre_questions: int | None = 0
    post_correct: int | None = 0
    post_questions: int | None = 0
    post_passed: int | None = 0
    pairs: int | None = 0
    pair_pre_correct: int | None = 0
    pair_pre_questions: int | None = 0
    pair_post_correct: int | None = 0
    pair_post_questions: int | None = 0
    hidden: bool = False
    questions: list[QuestionFigure] = field(default_factory=list)

    def mask(self) -> None:
        for name in COUNTS:
            setattr(self, name, None)
        self.questions = []
        self.hidden = True

    @property
    def paper_sheets(self) -> int | None:
        return None if self.hidden else self.pre_paper + self.post_paper

    def _percent(self, part: str, whole: str) -> float | None:
        if self.hidden or not getattr(self, whole):
            return None
        return 100 * getattr(self, part) / getattr(self, whole)

    @property
    def pre_mean(self) -> float | None:
        return self._percent("pre_correct", "pre_questions")

    @property
    def post_mean(self) -> float | None:
        return self._percent("post_correct", "post_questions")

    @property
    def pass_rate(self) -> float | None:
        return self._percent("post_passed", "post_attempts")

    @property
    def gain(self) -> float | None:
        """Knowledge gain in percentage points, on the post-tests matched to a pre-test."""
        if self.hidden or not self.pairs:
            return None
        return self._percent("pair_post_correct", "pair_post_questions") - self._percent(
            "pair_pre_correct", "pair_pre_questions"
        )

    @property
    def match_rate(self) -> float | None:
        return self._percent("pairs", "post_attempts")


def localized(model, keys: set[uuid.UUID], language: str) -> dict[uuid.UUID, object]:
    """Each snippet (quiz or survey) in the reader's language, else its source (one query)."""
    found: dict[uuid.UUID, object] = {}
    for item in model.objects.filter(translation_key__in=keys).select_related("locale"):
        chosen = found.get(item.translation_key)
        if chosen is None or item.locale.language_code == language:
            found[item.translation_key] = item
    return found


def _quiz_figures(totals: dict[tuple, ProtectedCell]) -> dict[uuid.UUID, dict]:
    quizzes: dict[uuid.UUID, dict] = defaultdict(lambda: defaultdict(int))
    for (quiz_key, phase), total in totals.items():
        figures, values = quizzes[quiz_key], total.values
        figures["masked"] |= total.masked
        figures[f"{phase}_attempts"] += values["attempts"]
        figures[f"{phase}_paper"] += values["paper_sheets"]
        figures[f"{phase}_correct"] += values["correct"]
        figures[f"{phase}_questions"] += values["questions"]
        if phase == "post":
            figures["post_passed"] += values["passed"]
            for name in (
                "pairs",
                "pair_pre_correct",
                "pair_pre_questions",
                "pair_post_correct",
                "pair_post_questions",
            ):
                figures[name] += values[name]
    return quizzes


def knowledge(*, campaign: CampaignPage, filters: Filters, language: str) -> list[QuizFigure]:
    """Per quiz: attempts, mean scores before and after, pass rate, gain on matched pairs; per
    question: correct before and after and the most chosen wrong answer (five queries)."""
    series = ("quiz_key", "phase")

    def protect() -> dict[tuple, list[ProtectedCell]]:
        rows = QuizMonthCell.objects.filter(campaign=campaign).values(
            *PLACE, *series, *QUIZ_MEASURES
        )
        return cells_protect(rows, measures=QUIZ_MEASURES, people=_quiz_people, series=series)

    totals, left_out = series_admitted_kept(campaign.pk, "quiz", protect, filters, series)
    quizzes = _quiz_figures(totals)
    if not quizzes:
        return []
    found = localized(Quiz, set(quizzes), language)
    modules = defaultdict(list)
    for quiz_key, title in (
        QuizModule.objects.filter(quiz__in=list(found.values()))
        .order_by("sort_order")
        .annotate(title=module_title_in(language))
        .values_list("quiz__translation_key", "title")
    ):
        modules[quiz_key].append(title)

    def questions() -> tuple[dict, dict]:
        per_question: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in (
            cells_of(QuizQuestionMonthCell, campaign, filters)
            .exclude(left_out)
            .values("quiz_key", "phase", "question_key")
            .annotate(answered=Sum("answered"), correct=Sum("correct"))
        ):
            key = (row["quiz_key"], row["question_key"])
            per_question[key][f"{row['phase']}_answered"] += row["answered"]
            per_question[key][f"{row['phase']}_correct"] += row["correct"]
        chosen: dict[tuple, dict[str, int]] = defaultdict(dict)
        for row in (
            cells_of(QuizChoiceMonthCell, campaign, filters)
            .filter(phase="post")
            .exclude(left_out)
            .values("quiz_key", "question_key", "choice_key")
            .annotate(n=Sum("count"))
        ):
            chosen[(row["quiz_key"], row["question_key"])][row["choice_key"]] = row["n"]
        return {key: dict(counts) for key, counts in per_question.items()}, dict(chosen)

    # Unfiltered, the sums are every cell's but those left out to protect a few (which follow
    # from the rollups too): the same for every reader until the next refresh.
    per_question, chosen = (
        questions() if filters.active else kept(campaign.pk, "questions", questions)
    )
    results = []
    for quiz_key, figures in quizzes.items():
        quiz = found.get(quiz_key)
        content = quiz_content(quiz) if quiz else None
        masked = figures.pop("masked")
        figure = QuizFigure(
            quiz_key, quiz.title if quiz else str(quiz_key), modules.get(quiz_key, []), **figures
        )
        if masked:
            figure.mask()
            results.append(figure)
            continue
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
                    paper_counted=not question.multiple,
                )
            )
        results.append(figure)
    results.sort(key=lambda figure: figure.title)
    return results


# --- surveys ----------------------------------------------------------------------------------
