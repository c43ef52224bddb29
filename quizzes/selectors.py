"""Reads: which quizzes a session asks, a participant's attempts, and pre/post matching.

A quiz is identified by its translation key: the same quiz in English and in Spanish is one quiz,
shown in the participant's language where it is translated.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, TypeVar

from django.db.models import Count, Exists, OuterRef, QuerySet, Sum, TextField
from django.db.models.functions import Cast

from quizzes.models import Answer, Attempt, PaperTally, Phase, Quiz, QuizModule, QuizUse
from quizzes.questions import content_at_revision, content_of
from workshops.content_cache import remembered, variants_remembered
from workshops.models import Participant, Session
from workshops.privacy import figure_withheld
from workshops.sgic import sgic_elements
from workshops.snippets import snippet_preferred

USES_BY_PHASE = {
    Phase.PRE: (QuizUse.PRE, QuizUse.BOTH),
    Phase.POST: (QuizUse.POST, QuizUse.BOTH),
}


def session_quizzes(*, session: Session) -> dict[str, list[uuid.UUID]]:
    """The live quizzes testing a session's modules, by phase, in the order of the modules."""
    plan = remembered(("session quizzes", session.pk), lambda: _session_quizzes(session))
    return {phase: list(keys) for phase, keys in plan.items()}


def _session_quizzes(session: Session) -> dict[str, tuple[uuid.UUID, ...]]:
    module_order = {
        key: index
        for index, key in enumerate(
            session.session_modules.order_by("sort_order", "pk").values_list(
                "module__translation_key", flat=True
            )
        )
    }
    links = (
        QuizModule.objects.filter(module__translation_key__in=module_order, quiz__live=True)
        .order_by("sort_order", "pk")
        .values_list("quiz__translation_key", "quiz__use", "module__translation_key")
    )
    first_module: dict[str, dict[uuid.UUID, int]] = {Phase.PRE: {}, Phase.POST: {}}
    for quiz_key, use, module_key in links:
        position = module_order[module_key]
        for phase, uses in USES_BY_PHASE.items():
            if use in uses:
                found = first_module[phase]
                found[quiz_key] = min(found.get(quiz_key, position), position)
    return {
        phase: tuple(sorted(found, key=lambda key, found=found: (found[key], str(key))))
        for phase, found in first_module.items()
    }


def session_quiz_keys(session: Session) -> list[uuid.UUID]:
    """Every quiz the session asks, before or after the workshop."""
    plan = session_quizzes(session=session)
    return list(dict.fromkeys([*plan[Phase.PRE], *plan[Phase.POST]]))


def session_quizzes_answered(session: Session) -> bool:
    """Whether anyone answered a quiz in the session, on a phone or on paper."""
    return (
        Attempt.objects.filter(session=session).exists()
        or PaperTally.objects.filter(session=session).exists()
    )


def session_quiz_translations(*, session: Session) -> list[list[Quiz]]:
    """Each quiz the session asks, in every language it is written in (published or not): for
    `workshops.snippets.asked_versions`."""
    return [quiz_variants(quiz_key=key, live_only=False) for key in session_quiz_keys(session)]


def quiz_variants(*, quiz_key: uuid.UUID, live_only: bool = True) -> list[Quiz]:
    """The quiz with this key in every language it is written in.

    The quizzes are shared with other requests of this process (workshops.content_cache): read
    them, never change them.
    """
    return variants_remembered(
        Quiz, translation_key=quiz_key, parse=content_of, live_only=live_only
    )


def quiz_localized(*, quiz_key: uuid.UUID, languages: list[str]) -> Quiz | None:
    """The live quiz with this key in the first of these languages that has it (else any)."""
    return snippet_preferred(quiz_variants(quiz_key=quiz_key), languages=languages)


def participant_attempts(*, participant: Participant) -> QuerySet[Attempt]:
    return participant.attempts.select_related("quiz").order_by("submitted_at", "pk")


@dataclass(frozen=True)
class ScoredAttempt:
    attempt_id: int
    participant_id: int
    sgic: str
    score_percent: float


@dataclass(frozen=True)
class Pair:
    """A post-test and the pre-test of the same person, and how they were recognised."""

    quiz_key: uuid.UUID
    pre: ScoredAttempt
    post: ScoredAttempt
    by: str  # "participant" (same phone) or "code" (the self-generated code)

    @property
    def gain(self) -> float:
        return self.post.score_percent - self.pre.score_percent


@dataclass(frozen=True)
class Matching:
    pairs: list[Pair]
    post_count: int

    @property
    def match_rate(self) -> float | None:
        """The share of post-tests matched to a pre-test; None when there is no post-test."""
        return len(self.pairs) / self.post_count if self.post_count else None


class _Coded(Protocol):
    """An attempt as code matching sees it."""

    attempt_id: int
    sgic: str


T = TypeVar("T", bound=_Coded)


def _near(code: str, tolerance: int) -> list[tuple]:
    """Keys two codes share exactly when they differ in at most `tolerance` (0 or 1) of their
    four elements: the elements themselves, or the elements with one of them left out."""
    elements = sgic_elements(code)
    if tolerance == 0:
        return [elements]
    return [(*elements[:index], None, *elements[index + 1 :]) for index in range(len(elements))]


def _match_by_code(posts: list[T], pres: list[T], tolerance: int) -> list[tuple[T, T]]:
    """Pair a post-test and a pre-test when each is the other's only candidate within the
    tolerance; a code that fits several pre-tests (or a pre-test that fits several post-tests) is
    ambiguous and stays unmatched."""
    pres_near: dict[tuple, list[T]] = defaultdict(list)
    for pre in pres:
        for key in _near(pre.sgic, tolerance):
            pres_near[key].append(pre)
    fits: dict[int, list[T]] = {}
    for post in posts:
        found = {
            pre.attempt_id: pre
            for key in _near(post.sgic, tolerance)
            for pre in pres_near.get(key, ())
        }
        fits[post.attempt_id] = list(found.values())
    fitted_by: dict[int, int] = defaultdict(int)
    for found in fits.values():
        for pre in found:
            fitted_by[pre.attempt_id] += 1
    return [
        (post, fits[post.attempt_id][0])
        for post in posts
        if len(fits[post.attempt_id]) == 1 and fitted_by[fits[post.attempt_id][0].attempt_id] == 1
    ]


def _pairs_by_code(posts: list[T], pres: list[T]) -> list[tuple[T, T]]:
    """Of the post-tests and pre-tests of one quiz in one session that no phone paired, those an
    equal code pairs, then those a code differing in one element pairs; never a test without a
    code."""
    posts = [post for post in posts if post.sgic]
    pres = [pre for pre in pres if pre.sgic]
    pairs: list[tuple[T, T]] = []
    for tolerance in (0, 1):
        found = _match_by_code(posts, pres, tolerance)
        paired = {attempt.attempt_id for pair in found for attempt in pair}
        posts = [post for post in posts if post.attempt_id not in paired]
        pres = [pre for pre in pres if pre.attempt_id not in paired]
        pairs += found
    return pairs


def prepost_matching(*, session_ids: list[int] | None) -> Matching:
    """Match post-tests to pre-tests of the same quiz and session: first by participant (the same
    phone), then by the pair kept when the codes were erased (`Attempt.code_paired_pre`), then by
    an exactly equal self-generated code, then by a code differing in one element.
    `session_ids` None matches in every session.
    """
    attempts = Attempt.objects.all()
    if session_ids is not None:
        attempts = attempts.filter(session_id__in=session_ids)
    rows = attempts.values_list(
        "pk",
        "session_id",
        "quiz_key",
        "phase",
        "participant_id",
        "participant__sgic",
        "correct_count",
        "question_count",
        "code_paired_pre_id",
    )
    groups: dict[tuple[int, uuid.UUID], dict[str, list[ScoredAttempt]]] = defaultdict(
        lambda: {Phase.PRE: [], Phase.POST: []}
    )
    kept_pairs: dict[int, int] = {}  # post-test → pre-test, as the code paired them
    for pk, session_id, quiz_key, phase, participant_id, sgic, correct, total, kept in rows:
        groups[(session_id, quiz_key)][phase].append(
            ScoredAttempt(pk, participant_id, sgic, 100 * correct / total if total else 0.0)
        )
        if kept is not None:
            kept_pairs[pk] = kept
    pairs: list[Pair] = []
    post_count = 0
    for (_session_id, quiz_key), by_phase in groups.items():
        pres, posts = by_phase[Phase.PRE], by_phase[Phase.POST]
        post_count += len(posts)
        pre_by_participant = {pre.participant_id: pre for pre in pres}
        matched_pres: set[int] = set()
        unmatched: list[ScoredAttempt] = []
        for post in posts:
            pre = pre_by_participant.get(post.participant_id)
            if pre is None:
                unmatched.append(post)
                continue
            pairs.append(Pair(quiz_key, pre, post, "participant"))
            matched_pres.add(pre.attempt_id)
        open_pres = {pre.attempt_id: pre for pre in pres if pre.attempt_id not in matched_pres}
        by_code: list[ScoredAttempt] = []
        for post in unmatched:
            pre = open_pres.pop(kept_pairs.get(post.attempt_id), None)
            if pre is None:
                by_code.append(post)
            else:
                pairs.append(Pair(quiz_key, pre, post, "code"))
        pairs += [
            Pair(quiz_key, pre, post, "code")
            for post, pre in _pairs_by_code(by_code, list(open_pres.values()))
        ]
    return Matching(pairs=pairs, post_count=post_count)


class _Unpaired(NamedTuple):
    attempt_id: int
    sgic: str


def _phone_paired(attempt: str = "") -> Exists:
    """Whether the same participant took the other phase of the attempt's quiz in its session;
    `attempt` is the path to the attempt from the one filtered ("" for itself)."""
    return Exists(
        Attempt.objects.filter(
            participant_id=OuterRef(f"{attempt}participant_id"),
            quiz_key=OuterRef(f"{attempt}quiz_key"),
            session_id=OuterRef(f"{attempt}session_id"),
        ).exclude(phase=OuterRef(f"{attempt}phase"))
    )


def prepost_code_pairs(*, session_ids: list[int] | None) -> list[tuple[int, int]]:
    """The (post-test, pre-test) attempt ids that `prepost_matching` pairs by code, found among
    the attempts no phone paired only: for counting the pairs without reading every attempt.

    The pairs kept when the codes were erased (`Attempt.code_paired_pre`), then the pairs the
    codes make among the other attempts (of participants with a code who took one of the two
    tests). Erasing a session's codes erases all of them, so a kept pair's attempts have no code
    left to pair otherwise; a kept pair that a phone has paired since (an answer sent late from a
    phone's queue) gives way to the phone's pair, as it would have with the codes.
    """
    scope = {} if session_ids is None else {"session_id__in": session_ids}
    kept = list(
        Attempt.objects.filter(code_paired_pre__isnull=False, **scope)
        .filter(~_phone_paired(), ~_phone_paired("code_paired_pre__"))
        .values_list("pk", "code_paired_pre_id")
    )
    taken = {attempt for pair in kept for attempt in pair}
    attempts = Attempt.objects.exclude(participant__sgic="").filter(~_phone_paired(), **scope)
    groups: dict[tuple[int, str], dict[str, list[_Unpaired]]] = defaultdict(
        lambda: {Phase.PRE: [], Phase.POST: []}
    )
    # The quiz key as text: it only groups, and a UUID made for each row costs more than the rest.
    quiz_key = Cast("quiz_key", output_field=TextField())
    for pk, session_id, key, phase, sgic in attempts.annotate(key_text=quiz_key).values_list(
        "pk", "session_id", "key_text", "phase", "participant__sgic"
    ):
        if pk not in taken:
            groups[(session_id, key)][phase].append(_Unpaired(pk, sgic))
    return kept + [
        (post.attempt_id, pre.attempt_id)
        for by_phase in groups.values()
        if by_phase[Phase.PRE] and by_phase[Phase.POST]
        for post, pre in _pairs_by_code(by_phase[Phase.POST], by_phase[Phase.PRE])
    ]


def session_attempt_counts(*, session: Session) -> dict[str, int]:
    """Attempts per phase as the reports count them: submitted on a phone, plus paper sheets."""
    counts = dict(
        Attempt.objects.filter(session=session)
        .values("phase")
        .annotate(n=Count("pk"))
        .values_list("phase", "n")
    )
    for phase, sheets in (
        PaperTally.objects.filter(session=session)
        .values("phase")
        .annotate(sheets=Sum("sheets"))
        .values_list("phase", "sheets")
    ):
        counts[phase] = counts.get(phase, 0) + sheets
    return {phase: counts.get(phase, 0) for phase in Phase.values}


# --- a session's class results, for the trainer's projector and session page -----------------


@dataclass(frozen=True)
class QuestionFigures:
    """How the people who took a quiz in one phase answered one of its questions."""

    answered: int
    correct: int
    wrong_choice: str  # the wrong answer chosen most; "" when nobody chose a wrong answer
    wrong_count: int

    @property
    def percent_correct(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0

    @property
    def percent_wrong_choice(self) -> int:
        return round(100 * self.wrong_count / self.answered) if self.answered else 0


@dataclass(frozen=True)
class PhaseFigures:
    """A quiz in one phase of a session: how many people took it and, unless they are too few
    to show (`withheld`), their mean score and each question's figures."""

    people: int
    withheld: bool
    mean_percent: int | None = None
    questions: dict[str, QuestionFigures] = field(default_factory=dict)

    @property
    def shown(self) -> bool:
        return self.people > 0 and not self.withheld


@dataclass(frozen=True)
class QuestionRow:
    """One question, with the class's figures before and after the workshop (None: not shown)."""

    key: str
    text: str
    pre: QuestionFigures | None
    post: QuestionFigures | None


@dataclass(frozen=True)
class ClassQuizResults:
    """How the class did in one quiz of a session, before and after the workshop."""

    quiz_key: uuid.UUID
    title: str
    pre: PhaseFigures
    post: PhaseFigures
    questions: list[QuestionRow]

    @property
    def gain(self) -> int | None:
        """The mean score after minus the mean score before, in points; None unless both show."""
        if not (self.pre.shown and self.post.shown):
            return None
        return self.post.mean_percent - self.pre.mean_percent


@dataclass
class _Tally:
    """The answers to one quiz in one phase, added up as they are read."""

    people: set[int] = field(default_factory=set)
    scores: dict[int, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    answered: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    wrong: dict[str, list[list[str]]] = field(default_factory=lambda: defaultdict(list))


@dataclass(frozen=True)
class _Text:
    text: str
    choices: dict[str, str]  # choice key → its text
    correct: frozenset[str]


def _quiz_texts(
    quiz_key: uuid.UUID, languages: list[str], revision_ids: set[int]
) -> tuple[str, dict[str, _Text]]:
    """The quiz's title and its questions, in order: from the live quiz in the first of
    `languages` that has it, then, for questions or choices it no longer has, from the revisions
    the attempts recorded (`revision_ids`)."""
    contents = []
    shown = quiz_localized(quiz_key=quiz_key, languages=languages)
    if shown is not None:
        contents.append(content_of(shown))
    contents += [content_at_revision(revision_id) for revision_id in sorted(revision_ids)]
    questions: dict[str, _Text] = {}
    for content in contents:
        for question in content.questions:
            text = questions.setdefault(
                question.key, _Text(question.text, {}, question.correct_keys)
            )
            for choice in question.choices:
                text.choices.setdefault(choice.key, choice.text)
    return (contents[0].title if contents else ""), questions


def _phase_figures(tally: _Tally | None, texts: dict[str, _Text], minors: bool) -> PhaseFigures:
    if tally is None:
        return PhaseFigures(people=0, withheld=False)
    people = len(tally.people)
    if figure_withheld(people=people, minors=minors):
        return PhaseFigures(people=people, withheld=True)
    questions = {}
    for key, answered in tally.answered.items():
        correct = texts[key].correct if key in texts else frozenset()
        chosen: dict[str, int] = defaultdict(int)
        for choice_keys in tally.wrong[key]:
            for choice in choice_keys:
                if choice not in correct:
                    chosen[choice] += 1
        choices = texts[key].choices if key in texts else {}
        # The wrong answer chosen most; on a tie, the first in the question's order.
        order = {choice: index for index, choice in enumerate(choices)}
        most = min(chosen, key=lambda c: (-chosen[c], order.get(c, len(order))), default=None)
        questions[key] = QuestionFigures(
            answered=answered,
            correct=tally.correct[key],
            wrong_choice=str(choices.get(most, "")) if most else "",
            wrong_count=chosen[most] if most else 0,
        )
    mean = sum(right / total for right, total in tally.scores.values()) / people
    return PhaseFigures(
        people=people, withheld=False, mean_percent=round(100 * mean), questions=questions
    )


def session_class_results(
    *, session: Session, languages: list[str], minors: bool
) -> list[ClassQuizResults]:
    """Per quiz of a session, how the class answered before and after the workshop: per question
    the share correct and the wrong answer chosen most, and the mean scores.

    Read from the session's attempts in one query, those of participants the trainer removed left
    out. With `minors` among the session's people, a quiz in a phase that fewer than K distinct
    people took shows no figure (`workshops.privacy`). Texts come from the content cache or, for
    questions the live quiz no longer has, from the revisions the attempts recorded.
    """
    rows = Answer.objects.filter(
        attempt__session=session, attempt__participant__removed_at__isnull=True
    ).values_list(
        "attempt__quiz_key",
        "attempt__phase",
        "attempt__participant_id",
        "attempt__revision_id",
        "question_key",
        "choice_keys",
        "is_correct",
    )
    tallies: dict[tuple[uuid.UUID, str], _Tally] = defaultdict(_Tally)
    revisions: dict[uuid.UUID, set[int]] = defaultdict(set)
    for quiz_key, phase, person, revision_id, question_key, choice_keys, is_correct in rows:
        tally = tallies[(quiz_key, phase)]
        tally.people.add(person)
        tally.answered[question_key] += 1
        score = tally.scores[person]
        score[1] += 1
        if is_correct:
            score[0] += 1
            tally.correct[question_key] += 1
        else:
            tally.wrong[question_key].append(choice_keys)
        revisions[quiz_key].add(revision_id)
    plan = session_quizzes(session=session)
    results = []
    for quiz_key in dict.fromkeys([*plan[Phase.PRE], *plan[Phase.POST], *revisions]):
        pre, post = tallies.get((quiz_key, Phase.PRE)), tallies.get((quiz_key, Phase.POST))
        title, texts = _quiz_texts(quiz_key, languages, set())
        answered = {key for tally in (pre, post) if tally for key in tally.answered}
        if not title or not answered <= texts.keys():
            # Edited since (or unpublished): the revisions the class answered know the rest.
            title, texts = _quiz_texts(quiz_key, languages, revisions[quiz_key])
        before = _phase_figures(pre, texts, minors)
        after = _phase_figures(post, texts, minors)
        order = [*texts, *sorted(answered - texts.keys())]
        results.append(
            ClassQuizResults(
                quiz_key=quiz_key,
                title=title,
                pre=before,
                post=after,
                questions=[
                    QuestionRow(
                        key=key,
                        text=texts[key].text if key in texts else "",
                        pre=before.questions.get(key),
                        post=after.questions.get(key),
                    )
                    for key in order
                    if key in answered or key in texts
                ],
            )
        )
    return results
