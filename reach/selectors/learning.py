"""What participants learned: quiz scores before and after, gain on matched pairs, and each
question with the wrong answer chosen most."""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum

from quizzes.models import Quiz, QuizModule
from quizzes.questions import content_of as quiz_content
from reach.models import (
    QuizChoiceMonthCell,
    QuizMonthCell,
    QuizQuestionMonthCell,
)
from reach.selectors.scope import MINOR_BANDS, SMALL, Filters, cells_of
from workshops.models import CampaignPage


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


def localized(model, keys: set[uuid.UUID], language: str) -> dict[uuid.UUID, object]:
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
        cells_of(QuizMonthCell, campaign, filters)
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
    found = localized(Quiz, set(quizzes), language)
    modules = defaultdict(list)
    for quiz_key, title in (
        QuizModule.objects.filter(quiz__in=list(found.values()))
        .order_by("sort_order")
        .values_list("quiz__translation_key", "module__title")
    ):
        modules[quiz_key].append(title)
    per_question: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in (
        cells_of(QuizQuestionMonthCell, campaign, filters)
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
