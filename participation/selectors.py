"""Reads that combine a session's quizzes and surveys: the trainer's live panel, the projector."""

from dataclasses import dataclass

from django.db.models import Count, Sum

from quizzes.models import Attempt, PaperTally, Phase
from quizzes.selectors import ClassQuizResults, session_class_results, session_quizzes
from surveys.selectors import session_surveys
from workshops.models import FigureKind, Session
from workshops.privacy import MINOR_BANDS, smallest_group
from workshops.selectors import figure_held_back


@dataclass(frozen=True)
class SessionProgress:
    """How far the participants of a session are, for the trainer's live panel.

    Each figure says what it counts: phones (a person who changed phones counts once per phone)
    or, on paper, people (a sheet per person and quiz: the most sheets counted for one quiz of
    the test, not the sheets of all its quizzes added up)."""

    joined: int  # phones that joined (the trainer's removals not counted)
    pre_done: int  # phones that did every pre-test
    post_done: int  # phones that did every post-test
    pre_quizzes: int
    post_quizzes: int
    pre_paper: int = 0  # people who did the pre-test on paper (if the sheets count)
    post_paper: int = 0
    pre_surveys: int = 0  # surveys asked before the workshop
    post_surveys: int = 0
    pre_survey_done: int = 0  # phones that answered every survey asked before the workshop
    post_survey_done: int = 0


def _participants_done(session: Session, phase: str, quiz_count: int) -> int:
    if not quiz_count:
        return 0
    return (
        Attempt.objects.filter(session=session, phase=phase, participant__removed_at__isnull=True)
        .values("participant")
        .annotate(taken=Count("quiz_key", distinct=True))
        .filter(taken__gte=quiz_count)
        .count()
    )


def _surveys_done(session: Session, phase: str, survey_count: int) -> int:
    if not survey_count:
        return 0
    return (
        session.survey_responses.filter(phase=phase, participant__removed_at__isnull=True)
        .values("participant")
        .annotate(answered=Count("survey_key", distinct=True))
        .filter(answered__gte=survey_count)
        .count()
    )


def session_progress(*, session: Session, joined: int | None = None) -> SessionProgress:
    """Phones that joined, and that finished every pre-test, post-test and survey of each phase
    (those the trainer removed not counted), and people who answered on paper. `joined`: how
    many joined, when the caller has counted them."""
    quizzes = session_quizzes(session=session)
    pre, post = len(quizzes[Phase.PRE]), len(quizzes[Phase.POST])
    paper: dict[str, int] = {}
    for phase, sheets in (
        PaperTally.objects.filter(session=session)
        # As in the reports: sheets held back for a coordinator's review do not count.
        .exclude(figure_held_back(kind=FigureKind.PAPER, quiz_key="quiz_key", phase="phase"))
        .values("phase", "quiz_key")
        .annotate(sheets=Sum("sheets"))
        .values_list("phase", "sheets")
    ):
        paper[phase] = max(paper.get(phase, 0), sheets)
    surveys = session_surveys(session=session)
    return SessionProgress(
        joined=(
            session.participants.filter(removed_at__isnull=True).count()
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
        pre_survey_done=_surveys_done(session, Phase.PRE, len(surveys[Phase.PRE])),
        post_survey_done=_surveys_done(session, Phase.POST, len(surveys[Phase.POST])),
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
        joined = session.participants.filter(removed_at__isnull=True).count()
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
