"""The participant quiz flow, under /join/<code>/: pre-tests, the wait for the workshop,
post-tests, results with explanations, and the help resources at the end.

All of a quiz's questions are on one page. On a cheap phone with a poor connection, one page is
one download and one submission: no answer is lost between screens, nothing needs JavaScript, and
a dropped connection costs one resend (which the attempt key makes safe) rather than a question.
"""

import uuid

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from participation.answers import answer_key, answer_ticket, ticket_issued
from participation.services import (
    StepNotInSession,
    StepNotOpenYet,
    StepRefused,
    StepTooLate,
    quiz_answers_submit,
    step_check,
)
from participation.steps import participant_next_step, step_url
from participation.views.participants import (
    answers_refused,
    participant_page,
    session_for_adults,
)
from quizzes.forms import QuizForm
from quizzes.models import Attempt, Phase, Quiz
from quizzes.questions import QuizContent, content_at, content_at_revision
from quizzes.selectors import participant_attempts, quiz_localized, quiz_variants, session_quizzes
from quizzes.services import AttemptSubmission
from workshops.selectors import referral_contacts
from workshops.services import session_content_pin
from workshops.snippets import posted_revision_id, variant_of_revision
from workshops.submissions import SubmissionConflict


def refused(session, refusal: StepRefused) -> HttpResponse:
    """Where a submission the steps do not allow sends the participant."""
    if isinstance(refusal, StepNotInSession):
        raise Http404
    if isinstance(refusal, StepNotOpenYet):
        return redirect("quiz:wait", code=session.join_code)
    if isinstance(refusal, StepTooLate):
        return answers_refused(redirect("quiz:late", code=session.join_code))
    return redirect("quiz:next", code=session.join_code)


@require_http_methods(["GET"])
@participant_page(late=True)
def next_step(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """Send the participant to what they have to do now."""
    step = participant_next_step(participant=participant, session=session)
    return redirect(step_url(session, step))


def _submitted_content(
    request: HttpRequest, session, quiz_key: uuid.UUID
) -> tuple[Quiz, int, QuizContent] | None:
    """The quiz and revision a submitted form was built from, when it is the version the session
    asks; None for a form built from another version (or a tampered one)."""
    revision_id = posted_revision_id(request.POST)
    quiz = variant_of_revision(
        session=session,
        variants=quiz_variants(quiz_key=quiz_key, live_only=False),
        revision_id=revision_id,
    )
    # A translation first asked by this form is pinned now (unless another phone just did).
    if quiz is None or session_content_pin(session=session, variant=quiz) != revision_id:
        return None
    return quiz, revision_id, content_at(quiz, revision_id)


@require_http_methods(["GET", "POST"])
@participant_page(late=True)
def take(
    request: HttpRequest, phase: str, quiz_key: uuid.UUID, *, session, participant, language
) -> HttpResponse:
    """Show a quiz (GET) or score and save the answers to it (POST), once."""
    quizzes = session_quizzes(session=session)
    if phase not in Phase.values or quiz_key not in quizzes[phase]:
        raise Http404
    issued = None
    if request.method == "POST":
        issued = ticket_issued(key=request.POST.get("key"), ticket=request.POST.get("ticket"))
        try:  # before reading the form; the service checks again, under a lock
            step_check(
                participant=participant, session=session, phase=phase, asked=True, issued=issued
            )
        except StepRefused as refusal:
            return refused(session, refusal)
    else:
        taken = {
            (taken_phase, taken_quiz): key
            for taken_phase, taken_quiz, key in participant.attempts.values_list(
                "phase", "quiz_key", "key"
            )
        }
        if (phase, quiz_key) in taken:
            return redirect("quiz:result", code=session.join_code, key=taken[(phase, quiz_key)])
        step = participant_next_step(
            participant=participant, session=session, quizzes=quizzes, done=set(taken)
        )
        if (step.kind, step.phase, step.key) != ("quiz", phase, quiz_key):
            # This also keeps a post-test closed until the trainer opens it.
            return redirect(step_url(session, step))
    context = {"session": session, "phase": phase, "stale": False}
    status = 200
    submitted = _submitted_content(request, session, quiz_key) if request.method == "POST" else None
    if request.method == "POST" and submitted is None:
        # The form is not of the version this session asks: start again from that one.
        context["stale"] = True
        status = 400
    if submitted is not None:
        quiz, revision_id, content = submitted
        form = QuizForm(request.POST, questions=content.questions)
        if form.is_valid():
            submission = AttemptSubmission(
                key=form.cleaned_data["key"],
                quiz=quiz,
                revision_id=revision_id,
                content=content,
                phase=phase,
                answers=form.answers(),
            )
            try:
                attempt, _created = quiz_answers_submit(
                    participant=participant, session=session, submission=submission, issued=issued
                )
            except StepRefused as refusal:
                return refused(session, refusal)
            except SubmissionConflict as conflict:
                return render(
                    request,
                    "participation/quiz/conflict.html",
                    {"session": session, "attempt": conflict.saved},
                    status=409,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if session.is_closed:  # late answers: the end, with the help contacts
                    return redirect("quiz:next", code=session.join_code)
                return redirect("quiz:result", code=session.join_code, key=attempt.key)
        status = 400
    else:
        quiz = quiz_localized(quiz_key=quiz_key, languages=[language, session.language])
        if quiz is None:
            raise Http404
        # The version the session opened with, not the one editors published since.
        revision_id = session_content_pin(session=session, variant=quiz)
        content = content_at(quiz, revision_id)
        key = answer_key(participant=participant, kind="quiz", phase=phase, item=quiz_key)
        form = QuizForm(
            questions=content.questions,
            initial={
                "key": key,
                "revision": revision_id,
                "ticket": answer_ticket(key=key),
            },
        )
    context.update({"quiz": quiz, "content": content, "form": form})
    return render(request, "participation/quiz/take.html", context, status=status)


def _answers_shown(attempt: Attempt) -> list[dict]:
    """For each question of the attempt, as the participant saw it: their answer and the right
    one (the template shows the explanation)."""
    content = content_at_revision(attempt.revision_id)
    chosen = {answer.question_key: set(answer.choice_keys) for answer in attempt.answers.all()}
    return [
        {
            "question": question,
            "chosen": chosen.get(question.key, set()),
            "correct": question.is_correct(frozenset(chosen.get(question.key, ()))),
        }
        for question in content.questions
    ]


@require_http_methods(["GET"])
@participant_page(late=True)
def result(request: HttpRequest, key: uuid.UUID, *, session, participant, language) -> HttpResponse:
    """Once the participant has taken the post-test of a quiz: their score before (when this phone
    took the pre-test) and after, and for each question their answer, the right one and why.

    Until then, a pre-test's result is thanks and what comes next: no mark (the welcome page
    promises none) and no right answers (they would give the post-test away). A quiz asked only
    before the workshop keeps its answers for the workshop to discuss.
    """
    attempt = participant.attempts.filter(key=key).first()
    if attempt is None:
        raise Http404
    other = participant.attempts.filter(
        quiz_key=attempt.quiz_key, phase=Phase.PRE if attempt.phase == Phase.POST else Phase.POST
    ).first()
    before, after = (attempt, other) if attempt.phase == Phase.PRE else (other, attempt)
    context = {
        "session": session,
        "attempt": attempt,
        "before": before,
        "after": after,
        "next_url": reverse("quiz:next", kwargs={"code": session.join_code}),
    }
    if after is None:
        context["asked_again"] = attempt.quiz_key in session_quizzes(session=session)[Phase.POST]
    else:
        context["questions"] = _answers_shown(attempt)
    return render(request, "participation/quiz/result.html", context)


@require_http_methods(["GET"])
@participant_page()
def wait(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """Between the tests: the workshop is happening; the participant asks again when the trainer
    says the last quiz is open."""
    step = participant_next_step(participant=participant, session=session)
    if step.kind != "wait":
        return redirect(step_url(session, step))
    return render(request, "participation/quiz/wait.html", {"session": session})


@require_http_methods(["GET"])
@participant_page(late=True)
def done(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """The end: for each quiz the participant took after the workshop, their score before and
    after, and where to find help. A pre-test with no post-test shows no score (see `result`)."""
    step = participant_next_step(participant=participant, session=session)
    if step.kind != "done":
        return redirect(step_url(session, step))
    taken: dict[uuid.UUID, dict] = {}
    for attempt in participant_attempts(participant=participant):
        taken.setdefault(attempt.quiz_key, {})[attempt.phase] = attempt
    results = []
    for phases in taken.values():
        after = phases.get(Phase.POST)
        if after is None:
            continue
        # Named in the page's language where the quiz is written in it (from the content cache).
        shown = quiz_localized(
            quiz_key=after.quiz.translation_key, languages=[language, session.language]
        )
        results.append(
            {
                "title": shown.title if shown else after.quiz.title,
                "before": phases.get(Phase.PRE),
                "after": after,
            }
        )
    context = {
        "session": session,
        "adults": session_for_adults(session),
        "results": results,
        "contacts": referral_contacts(session=session, language=language),
    }
    return render(request, "participation/quiz/done.html", context)
