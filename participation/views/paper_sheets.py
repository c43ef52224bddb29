"""Paper mode, one sheet at a time: the trainer types in one answer sheet of a quiz or a survey
on their phone, and it is saved as a phone's answers are (a paper participant and its attempt or
response, `participation.services`), so paper gives scores, pre/post pairs by code and survey
results. The form comes back empty for the next sheet, with the last one's score and a way to
take it back."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from participation.forms.paper import PaperQuizSheetForm, PaperSurveySheetForm
from participation.services import (
    StepNotInSession,
    paper_quiz_sheet_submit,
    paper_sheet_remove,
    paper_survey_sheet_submit,
)
from participation.views.trainer import session_for_request, trainer_space
from quizzes.forms import FIELD_PREFIX
from quizzes.models import Answer, Attempt, Phase, Quiz
from quizzes.questions import QuizContent
from quizzes.questions import content_at as quiz_content_at
from quizzes.selectors import quiz_localized, session_quizzes
from quizzes.services import AttemptSubmission
from surveys.disclosure import disclosure_terms
from surveys.forms import SURVEY_FIELD_PREFIX
from surveys.models import Response, ResponseAnswer, Survey
from surveys.questions import SurveyQuestion
from surveys.questions import content_at as survey_content_at
from surveys.selectors import session_has_minors, session_surveys, survey_localized
from surveys.services import ResponseSubmission
from workshops.models import Participant, Session
from workshops.services import session_content_pin
from workshops.submissions import SubmissionConflict


def _session_quiz(
    session: Session, phase: str, quiz_key: uuid.UUID
) -> tuple[Quiz, int, QuizContent]:
    """The quiz as the session asks it: in its language, at the revision it pinned (what the
    sheets printed)."""
    if phase not in Phase.values or quiz_key not in session_quizzes(session=session)[phase]:
        raise Http404
    quiz = quiz_localized(quiz_key=quiz_key, languages=[session.language])
    if quiz is None:
        raise Http404
    revision_id = session_content_pin(session=session, variant=quiz)
    return quiz, revision_id, quiz_content_at(quiz, revision_id)


def _session_survey(
    session: Session, phase: str, survey_key: uuid.UUID
) -> tuple[Survey, int, tuple[SurveyQuestion, ...], str]:
    """The survey as printed for the session: its pinned revision, without free text when minors
    may be among its people (never typed in from paper for them)."""
    if survey_key not in session_surveys(session=session).get(phase, ()):
        raise Http404
    survey = survey_localized(survey_key=survey_key, languages=[session.language])
    if survey is None:
        raise Http404
    revision_id = session_content_pin(session=session, variant=survey)
    content = survey_content_at(survey, revision_id)
    return (
        survey,
        revision_id,
        content.for_session(minors=session_has_minors(session)),
        content.title,
    )


def _removed_sheet(session: Session, request: HttpRequest) -> Participant | None:
    """The sheet just taken back (`?again=<key>`), to fill the form with it again."""
    try:
        key = uuid.UUID(request.GET.get("again", ""))
    except ValueError:
        return None
    return Participant.objects.filter(
        session=session, join_key=key, from_paper=True, removed_at__isnull=False
    ).first()


def _person_initial(participant: Participant) -> dict:
    return {
        "role": participant.role,
        "age_band": participant.age_band,
        "gender": participant.gender,
        "code": participant.sgic,
    }


def _quiz_answers_initial(
    participant: Participant, content: QuizContent, *, phase: str, quiz_key: uuid.UUID
) -> dict:
    """The answers of a sheet taken back, as the form's initial values."""
    multiple = {question.key: question.multiple for question in content.questions}
    initial = {}
    for question_key, choice_keys in Answer.objects.filter(
        attempt__participant=participant, attempt__phase=phase, attempt__quiz_key=quiz_key
    ).values_list("question_key", "choice_keys"):
        if question_key in multiple and choice_keys:
            initial[FIELD_PREFIX + question_key] = (
                choice_keys if multiple[question_key] else choice_keys[0]
            )
    return initial


def _survey_answers_initial(
    participant: Participant, questions: tuple[SurveyQuestion, ...], *, phase: str, survey_key
) -> dict:
    """The answers of a survey sheet taken back, as the form's initial values."""
    asked = {question.key: question for question in questions}
    initial = {}
    for question_key, choice_keys, text in ResponseAnswer.objects.filter(
        response__participant=participant,
        response__phase=phase,
        response__survey_key=survey_key,
    ).values_list("question_key", "choice_keys", "text"):
        question = asked.get(question_key)
        if question is None:
            continue
        if question.free_text:
            initial[SURVEY_FIELD_PREFIX + question_key] = text
        elif choice_keys:
            initial[SURVEY_FIELD_PREFIX + question_key] = (
                choice_keys if question.multiple else choice_keys[0]
            )
    return initial


def _last_sheet(session: Session, request: HttpRequest, model) -> Attempt | Response | None:
    """The sheet saved just before (`?saved=<key>`), while it still counts: it can be taken back."""
    try:
        key = uuid.UUID(request.GET.get("saved", ""))
    except ValueError:
        return None
    return model.objects.filter(
        key=key,
        session=session,
        participant__from_paper=True,
        participant__removed_at__isnull=True,
    ).first()


def _sheets_entered(session: Session, model, **step) -> int:
    return model.objects.filter(
        session=session, participant__from_paper=True, participant__removed_at__isnull=True, **step
    ).count()


def _refusal(form, error: Exception) -> None:
    """Say on the form why the sheet was not saved; what was typed stays."""
    if isinstance(error, SubmissionConflict):
        form.add_error(
            None,
            _(
                "This form was already saved as a sheet with other answers. To change that sheet, "
                "take it back and enter it again."
            ),
        )
    else:
        form.add_error(None, error)


@require_http_methods(["GET", "POST"])
@trainer_space
def session_paper_sheet(
    request: HttpRequest, pk: int, phase: str, quiz_key: uuid.UUID
) -> HttpResponse:
    """Type in one quiz sheet: scored and saved as a paper participant's attempt, then the empty
    form again for the next one."""
    session = session_for_request(request, pk, change=True)
    quiz, revision_id, content = _session_quiz(session, phase, quiz_key)
    if request.method == "POST":
        form = PaperQuizSheetForm(request.POST, questions=content.questions, session=session)
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
                attempt, _new = paper_quiz_sheet_submit(
                    session=session,
                    profile=form.profile(language=session.language),
                    submission=submission,
                )
            except StepNotInSession:
                raise Http404 from None
            except (ValidationError, SubmissionConflict) as error:
                _refusal(form, error)
            else:
                number = _sheets_entered(session, Attempt, quiz_key=quiz_key, phase=phase)
                messages.success(
                    request,
                    _("Sheet %(number)s saved: %(correct)s of %(questions)s correct.")
                    % {
                        "number": number,
                        "correct": attempt.correct_count,
                        "questions": attempt.question_count,
                    },
                )
                url = reverse("trainer:session_paper_sheet", args=[session.pk, phase, quiz_key])
                return redirect(f"{url}?saved={attempt.key}")
    else:
        initial = {"key": uuid.uuid4(), "revision": revision_id}
        again = _removed_sheet(session, request)
        if again is not None:
            initial.update(_person_initial(again))
            initial.update(_quiz_answers_initial(again, content, phase=phase, quiz_key=quiz_key))
        form = PaperQuizSheetForm(questions=content.questions, session=session, initial=initial)
    context = {
        "session": session,
        "form": form,
        "title": content.title,
        "phase": phase,
        "kind": "quiz",
        "entered": _sheets_entered(session, Attempt, quiz_key=quiz_key, phase=phase),
        "last": _last_sheet(session, request, Attempt),
    }
    return render(
        request,
        "participation/trainer/session_paper_sheet.html",
        context,
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
@trainer_space
def session_paper_survey_sheet(
    request: HttpRequest, pk: int, phase: str, survey_key: uuid.UUID
) -> HttpResponse:
    """Type in one survey sheet: saved as a paper participant's response, so the session's
    survey results and the reports count it; then the empty form again."""
    session = session_for_request(request, pk, change=True)
    survey, revision_id, questions, title = _session_survey(session, phase, survey_key)
    if request.method == "POST":
        form = PaperSurveySheetForm(request.POST, questions=questions, session=session)
        if form.is_valid():
            answers = form.answers()
            submission = ResponseSubmission(
                key=form.cleaned_data["key"],
                survey=survey,
                revision_id=revision_id,
                questions=questions,
                phase=phase,
                answers=answers,
                disclosure_terms=disclosure_terms(campaign=session.campaign)
                if any(isinstance(value, str) for value in answers.values())
                else (),
            )
            try:
                response, _new = paper_survey_sheet_submit(
                    session=session,
                    profile=form.profile(language=session.language),
                    submission=submission,
                )
            except StepNotInSession:
                raise Http404 from None
            except (ValidationError, SubmissionConflict) as error:
                _refusal(form, error)
            else:
                number = _sheets_entered(session, Response, survey_key=survey_key, phase=phase)
                messages.success(request, _("Sheet %(number)s saved.") % {"number": number})
                url = reverse(
                    "trainer:session_paper_survey_sheet", args=[session.pk, phase, survey_key]
                )
                return redirect(f"{url}?saved={response.key}")
    else:
        initial = {"key": uuid.uuid4(), "revision": revision_id}
        again = _removed_sheet(session, request)
        if again is not None:
            initial.update(_person_initial(again))
            initial.update(
                _survey_answers_initial(again, questions, phase=phase, survey_key=survey_key)
            )
        form = PaperSurveySheetForm(questions=questions, session=session, initial=initial)
    context = {
        "session": session,
        "form": form,
        "title": title,
        "phase": phase,
        "kind": "survey",
        "entered": _sheets_entered(session, Response, survey_key=survey_key, phase=phase),
        "last": _last_sheet(session, request, Response),
    }
    return render(
        request,
        "participation/trainer/session_paper_sheet.html",
        context,
        status=400 if form.is_bound else 200,
    )


@require_POST
@trainer_space
def session_paper_sheet_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """Take back a sheet typed in by mistake, and show its form filled with it, to enter it
    again as it should be (or leave it out)."""
    session = session_for_request(request, pk, change=True)
    try:
        key = uuid.UUID(request.POST.get("sheet", ""))
        participant = paper_sheet_remove(session=session, key=key, by=request.user)
    except ValueError:
        messages.error(request, _("This sheet is not one of this session's paper sheets."))
        return redirect("trainer:session_paper", pk=session.pk)
    except ValidationError as error:  # not a sheet of this session, or a state that forbids it
        messages.error(request, error.messages[0])
        return redirect("trainer:session_paper", pk=session.pk)
    messages.success(
        request, _("The sheet was taken back: it no longer counts. Correct it and save it again.")
    )
    attempt = participant.attempts.values_list("phase", "quiz_key").first()
    if attempt is not None:
        url = reverse("trainer:session_paper_sheet", args=[session.pk, *attempt])
    else:
        response = participant.survey_responses.values_list("phase", "survey_key").first()
        if response is None:
            return redirect("trainer:session_paper", pk=session.pk)
        url = reverse("trainer:session_paper_survey_sheet", args=[session.pk, *response])
    return redirect(f"{url}?again={key}")
