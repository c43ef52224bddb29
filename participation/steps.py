"""The participant's steps through a session, and the rules between them.

Before the workshop, its quizzes, then the surveys asked before it; once the trainer opens the
post-test, the post-tests, then the surveys asked after; then the end. `participant_next_step`
says where a participant is; the services (`participation.services`) refuse, under a lock, what the
steps do not allow, whatever a crafted request sends.
"""

import uuid
from dataclasses import dataclass

from django.urls import reverse

from quizzes.models import Phase
from quizzes.selectors import session_quizzes
from surveys.selectors import participant_surveys
from workshops.models import Participant, Session


@dataclass(frozen=True)
class Step:
    """What a participant does next: a quiz or a survey of a phase, wait for the post-test, or
    finish."""

    kind: str  # "quiz", "survey", "wait" or "done"
    phase: str = ""
    key: uuid.UUID | None = None  # the quiz's or the survey's translation key


def participant_next_step(
    *,
    participant: Participant,
    session: Session,
    quizzes: dict[str, list[uuid.UUID]] | None = None,
    done: set[tuple[str, uuid.UUID]] | None = None,
) -> Step:
    """Before the workshop its quizzes, then its surveys; once the trainer opens the post-test,
    the post-tests, then the surveys asked after; then the end.

    Once the post-test is open, nothing is offered "before" any more: a latecomer has already
    heard the workshop. Surveys are read only when the quizzes of the phase are done, and only
    those written for the participant's role and age band are offered. A closed session asks
    nothing more: its phones still sending what they kept go to the end.
    """
    if session.is_closed:
        return Step("done")
    if done is None:
        done = set(participant.attempts.values_list("phase", "quiz_key"))
    quizzes = quizzes if quizzes is not None else session_quizzes(session=session)
    phases = [Phase.POST] if session.post_test_is_open else [Phase.PRE]
    for phase in phases:
        for key in quizzes[phase]:
            if (phase, key) not in done:
                return Step("quiz", phase, key)
    surveys = participant_surveys(participant=participant, session=session)
    answered = set(participant.survey_responses.values_list("phase", "survey_key"))
    for phase in phases:
        for key in surveys[phase]:
            if (phase, key) not in answered:
                return Step("survey", phase, key)
    if not session.post_test_is_open and (quizzes[Phase.POST] or surveys[Phase.POST]):
        return Step("wait")
    return Step("done")


def step_url(session: Session, step: Step) -> str:
    """Where a participant does a step of the flow."""
    if step.kind == "quiz":
        return reverse(
            "quiz:take",
            kwargs={"code": session.join_code, "phase": step.phase, "quiz_key": step.key},
        )
    if step.kind == "survey":
        return reverse(
            "survey:take",
            kwargs={"code": session.join_code, "phase": step.phase, "survey_key": step.key},
        )
    return reverse(f"quiz:{step.kind}", kwargs={"code": session.join_code})
