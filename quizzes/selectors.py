"""Reads: which quizzes a session asks, a participant's attempts, and pre/post matching.

A quiz is identified by its translation key: the same quiz in English and in Spanish is one quiz,
shown in the participant's language where it is translated.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple, Protocol, TypeVar

from django.db.models import Count, Exists, OuterRef, QuerySet, Sum, TextField
from django.db.models.functions import Cast

from quizzes.models import Attempt, PaperTally, Phase, Quiz, QuizModule, QuizUse
from quizzes.questions import content_of
from workshops.content_cache import remembered, variants_remembered
from workshops.models import Participant, Session
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
