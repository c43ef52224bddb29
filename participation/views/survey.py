"""The survey step of the participant flow, under /join/<code>/survey/: same rules as the quizzes
(one page, no JavaScript, a resend counts once, never cached, the participant's language)."""

import uuid

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from participation.answers import answer_key, answer_ticket, ticket_issued
from participation.services import StepRefused, step_check, survey_answers_submit
from participation.steps import participant_next_step, step_url
from participation.views.participants import participant_page
from participation.views.quiz import refused
from surveys.disclosure import disclosure_terms
from surveys.forms import SurveyForm
from surveys.models import Survey, SurveyPhase
from surveys.questions import SurveyContent, content_at
from surveys.selectors import (
    participant_is_minor,
    participant_surveys,
    survey_localized,
    survey_variants,
)
from surveys.services import ResponseSubmission
from workshops.services import session_content_pin
from workshops.snippets import posted_revision_id, variant_of_revision
from workshops.submissions import SubmissionConflict


def _submitted_content(
    request: HttpRequest, session, survey_key: uuid.UUID
) -> tuple[Survey, int, SurveyContent] | None:
    """The survey and revision a submitted form was built from, when it is the version the
    session asks; None for a form built from another version (or a tampered one)."""
    revision_id = posted_revision_id(request.POST)
    survey = variant_of_revision(
        session=session,
        variants=survey_variants(survey_key=survey_key, live_only=False),
        revision_id=revision_id,
    )
    if survey is None or session_content_pin(session=session, variant=survey) != revision_id:
        return None
    return survey, revision_id, content_at(survey, revision_id)


@require_http_methods(["GET", "POST"])
@participant_page(late=True)
def take(
    request: HttpRequest, phase: str, survey_key: uuid.UUID, *, session, participant, language
) -> HttpResponse:
    """Show a survey (GET) or save the answers to it (POST), once."""
    asked = participant_surveys(participant=participant, session=session)
    if phase not in SurveyPhase.values or survey_key not in asked[phase]:
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
        step = participant_next_step(participant=participant, session=session)
        if (step.kind, step.phase, step.key) != ("survey", phase, survey_key):
            return redirect(step_url(session, step))
    # Free text by the participant's own age: an adult in a mixed session may be asked it.
    minors = participant_is_minor(participant)
    context = {"session": session, "phase": phase, "stale": False}
    status = 200
    submitted = (
        _submitted_content(request, session, survey_key) if request.method == "POST" else None
    )
    if request.method == "POST" and submitted is None:
        context["stale"], status = True, 400
    if submitted is not None:
        survey, revision_id, content = submitted
        questions = content.for_session(minors=minors)
        form = SurveyForm(request.POST, questions=questions)
        if form.is_valid():
            answers = form.answers()
            submission = ResponseSubmission(
                key=form.cleaned_data["key"],
                survey=survey,
                revision_id=revision_id,
                questions=questions,
                phase=phase,
                answers=answers,
                # Only free texts are flagged: without one, the campaign's words are not read.
                disclosure_terms=disclosure_terms(campaign=session.campaign)
                if any(isinstance(value, str) for value in answers.values())
                else (),
            )
            try:
                survey_answers_submit(
                    participant=participant, session=session, submission=submission, issued=issued
                )
            except StepRefused as refusal:
                return refused(session, refusal)
            except SubmissionConflict:
                return render(
                    request, "participation/quiz/conflict.html", {"session": session}, status=409
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("quiz:next", code=session.join_code)
        status = 400
    else:
        survey = survey_localized(survey_key=survey_key, languages=[language, session.language])
        if survey is None:
            raise Http404
        # The version the session opened with, not the one editors published since.
        revision_id = session_content_pin(session=session, variant=survey)
        content = content_at(survey, revision_id)
        key = answer_key(participant=participant, kind="survey", phase=phase, item=survey_key)
        form = SurveyForm(
            questions=content.for_session(minors=minors),
            initial={
                "key": key,
                "revision": revision_id,
                "ticket": answer_ticket(key=key),
            },
        )
    context.update({"content": content, "form": form})
    return render(request, "participation/survey/take.html", context, status=status)
