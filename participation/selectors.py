"""Reads that combine a session's quizzes and surveys: the trainer's live panel, the projector."""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Count, Sum

from quizzes.models import Attempt, PaperTally, Phase
from quizzes.selectors import ClassQuizResults, session_class_results, session_quizzes
from surveys.selectors import session_surveys, surveys_for
from workshops.models import FigureKind, Session
from workshops.privacy import MINOR_BANDS, smallest_group
from workshops.selectors import figure_held_back


@dataclass(frozen=True)
class SessionProgress:
    """How far the participants of a session are, for the trainer's live panel.

    Each figure says what it counts: phones (a person who changed phones counts once per phone)
    or, on paper, people (a sheet per person and quiz: the most sheets counted for one quiz of
    the test, not the sheets of all its quizzes added up)."""

    joined: int  # phones that joined (the trainer's removals and paper sheets not counted)
    pre_done: int  # phones that did every pre-test
    post_done: int  # phones that did every post-test
    pre_quizzes: int
    post_quizzes: int
    # People who did the pre-test on paper (if the sheets count): class tallies and the sheets
    # typed in one by one.
    pre_paper: int = 0
    post_paper: int = 0
    pre_surveys: int = 0  # surveys asked before the workshop
    post_surveys: int = 0
    pre_survey_done: int = 0  # phones that answered every survey asked of them before it
    post_survey_done: int = 0


def _participants_done(session: Session, phase: str, quiz_count: int) -> int:
    if not quiz_count:
        return 0
    return (
        Attempt.objects.filter(
            session=session,
            phase=phase,
            participant__removed_at__isnull=True,
            participant__from_paper=False,
        )
        .values("participant")
        .annotate(taken=Count("quiz_key", distinct=True))
        .filter(taken__gte=quiz_count)
        .count()
    )


def _surveys_done(session: Session, surveys: dict[str, list]) -> dict[str, int]:
    """Per phase, the phones that answered every survey of that phase written for them (their
    role and age band: `surveys.selectors.surveys_for`). A phone that has no survey of the phase
    to answer is done with it: the trainer waits for nobody who has nothing to answer."""
    if not any(surveys.values()):
        return {}
    # One query: every phone with the surveys it answered (a row per survey, or one row of
    # nothing for a phone that answered none).
    people: dict[int, tuple[str, str]] = {}
    answered: dict[tuple[int, str], set] = defaultdict(set)
    for participant, role, age_band, phase, survey_key in (
        session.participants.filter(removed_at__isnull=True, from_paper=False)
        .values_list(
            "pk", "role", "age_band", "survey_responses__phase", "survey_responses__survey_key"
        )
        .distinct()
    ):
        people[participant] = (role, age_band)
        if survey_key is not None:
            answered[participant, phase].add(survey_key)
    done: dict[str, int] = defaultdict(int)
    asked: dict[tuple[str, str], dict[str, list]] = {}
    for participant, (role, age_band) in people.items():
        if (role, age_band) not in asked:
            asked[role, age_band] = surveys_for(session=session, role=role, age_band=age_band)
        for phase, keys in asked[role, age_band].items():
            if surveys[phase] and answered[participant, phase].issuperset(keys):
                done[phase] += 1
    return done


def session_progress(*, session: Session, joined: int | None = None) -> SessionProgress:
    """Phones that joined, and that finished every pre-test, post-test and survey of each phase
    (those the trainer removed not counted), and people who answered on paper. `joined`: how
    many joined, when the caller has counted them."""
    quizzes = session_quizzes(session=session)
    pre, post = len(quizzes[Phase.PRE]), len(quizzes[Phase.POST])
    tallied = (
        PaperTally.objects.filter(session=session)
        # As in the reports: sheets held back for a coordinator's review do not count.
        .exclude(figure_held_back(kind=FigureKind.PAPER, quiz_key="quiz_key", phase="phase"))
        .values("phase", "quiz_key")
        .annotate(sheets=Sum("sheets"))
        .values_list("phase", "quiz_key", "sheets")
    )
    # The sheets typed in one by one (none of them is also in a class tally), in the same query.
    typed_in = (
        Attempt.objects.filter(
            session=session, participant__from_paper=True, participant__removed_at__isnull=True
        )
        .values("phase", "quiz_key")
        .annotate(sheets=Count("pk"))
        .values_list("phase", "quiz_key", "sheets")
    )
    paper_by_quiz: Counter = Counter()
    for phase, quiz_key, sheets in tallied.union(typed_in, all=True):
        paper_by_quiz[phase, quiz_key] += sheets
    paper: dict[str, int] = {}
    for (phase, _quiz_key), sheets in paper_by_quiz.items():
        paper[phase] = max(paper.get(phase, 0), sheets)
    surveys = session_surveys(session=session)
    surveys_done = _surveys_done(session, surveys)
    return SessionProgress(
        joined=(
            session.participants.filter(removed_at__isnull=True, from_paper=False).count()
            if joined is None
            else joined
        ),
        pre_done=_participants_done(session, Phase.PRE, pre),
        post_done=_participants_done(session, Phase.POST, post),
        pre_quizzes=pre,
        post_quizzes=post,
        pre_paper=paper.get(Phase.PRE, 0),
        post_paper=paper.get(Phase.POST, 0),
        pre_surveys=len(surveys[Phase.PRE]),
        post_surveys=len(surveys[Phase.POST]),
        pre_survey_done=surveys_done.get(Phase.PRE, 0),
        post_survey_done=surveys_done.get(Phase.POST, 0),
    )


@dataclass(frozen=True)
class SessionRoom:
    """What the projector shows the room, and the trainer's session page too: how many joined,
    where the session is, and the class's quiz results."""

    joined: int
    phase: str  # "before" (the pre-test), "workshop" (everyone took it) or "after"
    results: list[ClassQuizResults]

    @property
    def smallest_group(self) -> int:
        """K: with minors in the room, no figure rests on fewer people."""
        return smallest_group()

    @property
    def has_figures(self) -> bool:
        """Whether some quiz shows figures (or is withheld): there is something to discuss."""
        return any(r.pre.people or r.post.people for r in self.results)


def session_minors(*, session: Session) -> bool:
    """Whether the session's people include minors: its age band, or a participant's."""
    if session.age_band in MINOR_BANDS:
        return True
    return session.participants.filter(removed_at__isnull=True, age_band__in=MINOR_BANDS).exists()


def session_room(
    *,
    session: Session,
    languages: list[str],
    joined: int | None = None,
    minors: bool | None = None,
) -> SessionRoom:
    """How many joined, the phase, and per quiz the class's results (`session_class_results`),
    with no figure about fewer than K people when minors are among them. `joined` and `minors`:
    what the caller has read already (`session_minors`)."""
    if joined is None:
        joined = session.participants.filter(removed_at__isnull=True, from_paper=False).count()
    if minors is None:
        minors = session_minors(session=session)
    results = session_class_results(session=session, languages=languages, minors=minors)
    pre_tests = set(session_quizzes(session=session)[Phase.PRE])
    if session.post_test_is_open or session.is_closed:
        phase = "after"
    elif joined and all(r.pre.people >= joined for r in results if r.quiz_key in pre_tests):
        phase = "workshop"  # everyone in the room took the pre-test (or there is none)
    else:
        phase = "before"
    return SessionRoom(joined=joined, phase=phase, results=results)
