"""Reads that combine a session's quizzes and surveys: the trainer's live panel."""

from dataclasses import dataclass

from django.db.models import Count, Sum

from quizzes.models import Attempt, PaperTally, Phase
from quizzes.selectors import session_quizzes
from surveys.selectors import session_surveys
from workshops.models import FigureKind, Session
from workshops.selectors import figure_held_back


@dataclass(frozen=True)
class SessionProgress:
    """How far the participants of a session are, for the trainer's live panel."""

    joined: int
    pre_done: int
    post_done: int
    pre_quizzes: int
    post_quizzes: int
    pre_paper: int = 0  # answer sheets counted by the trainer, each an attempt (if it counts)
    post_paper: int = 0
    surveys: int = 0  # surveys asked in the session, before and after counted apart
    survey_done: int = 0  # participants who answered all of them


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


def session_progress(*, session: Session, joined: int | None = None) -> SessionProgress:
    """Participants who joined, and who finished every pre-test and every post-test (those the
    trainer removed not counted). `joined`: how many joined, when the caller has counted them."""
    quizzes = session_quizzes(session=session)
    pre, post = len(quizzes[Phase.PRE]), len(quizzes[Phase.POST])
    paper = dict(
        PaperTally.objects.filter(session=session)
        # As in the reports: sheets held back for a coordinator's review do not count.
        .exclude(figure_held_back(kind=FigureKind.PAPER, quiz_key="quiz_key", phase="phase"))
        .values("phase")
        .annotate(sheets=Sum("sheets"))
        .values_list("phase", "sheets")
    )
    surveys = session_surveys(session=session)
    survey_count = len(surveys[Phase.PRE]) + len(surveys[Phase.POST])
    survey_done = 0
    if survey_count:
        survey_done = (
            session.survey_responses.filter(participant__removed_at__isnull=True)
            .values("participant")
            .annotate(answered=Count("pk"))
            .filter(answered__gte=survey_count)
            .count()
        )
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
        surveys=survey_count,
        survey_done=survey_done,
    )
