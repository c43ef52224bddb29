"""Paper mode, in the trainer space: print the session's quizzes and surveys as answer sheets for
classes without phones (with an answer key for the trainer), and enter what came back from the
quizzes as counts per question and choice (the class tally). Sheets typed in one by one are in
`participation.views.paper_sheets`; the class tally is for the other sheets."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from participation.views.trainer import figure_review_tell, session_for_request, trainer_space
from quizzes.forms import PaperTallyForm
from quizzes.models import Attempt, PaperTally, Phase
from quizzes.questions import content_at as quiz_content_at
from quizzes.questions import content_at_revision
from quizzes.selectors import quiz_localized, session_quizzes
from quizzes.services import PaperTallyEntry, paper_tally_record
from surveys.models import Response
from surveys.questions import content_at as survey_content_at
from surveys.selectors import session_has_minors, session_surveys, survey_localized
from workshops.models import FigureKind
from workshops.selectors import SessionAccess, figure_review_of, session_access
from workshops.services import session_content_pin


def _sheets_entered(model, session, key_field: str) -> dict[tuple[str, uuid.UUID], int]:
    """Per phase and quiz (or survey), the sheets typed in one by one that still count."""
    return {
        (phase, key): n
        for phase, key, n in model.objects.filter(
            session=session, participant__from_paper=True, participant__removed_at__isnull=True
        )
        .values("phase", key_field)
        .annotate(n=Count("pk"))
        .values_list("phase", key_field, "n")
    }


@require_GET
@trainer_space
def session_paper(request: HttpRequest, pk: int) -> HttpResponse:
    """The answer sheets to print (in the session's language) and what was counted so far."""
    session = session_for_request(request, pk)
    tallies = {(tally.phase, tally.quiz_key): tally for tally in session.paper_tallies.all()}
    reviews = {
        (review.phase, review.quiz_key): review
        for review in session.figure_reviews.filter(kind=FigureKind.PAPER)
    }
    # Sheets typed in one by one; the class tallies count the others (no sheet in both).
    entered = _sheets_entered(Attempt, session, "quiz_key")
    sheets = []
    for phase, keys in session_quizzes(session=session).items():
        for key in keys:
            quiz = quiz_localized(quiz_key=key, languages=[session.language])
            if quiz is None:
                continue
            sheets.append(
                {
                    "phase": phase,
                    "quiz_key": key,
                    # As the session asks it: the revision it pinned, as phones and sheets score.
                    "content": quiz_content_at(
                        quiz, session_content_pin(session=session, variant=quiz)
                    ),
                    "tally": tallies.get((phase, key)),
                    "review": reviews.get((phase, key)),
                    "entered": entered.get((phase, key), 0),
                }
            )
    minors = session_has_minors(session)
    entered = _sheets_entered(Response, session, "survey_key")
    survey_sheets = []
    for phase, keys in session_surveys(session=session).items():
        for key in keys:
            survey = survey_localized(survey_key=key, languages=[session.language])
            if survey is not None:
                content = survey_content_at(
                    survey, session_content_pin(session=session, variant=survey)
                )
                survey_sheets.append(
                    {
                        "phase": phase,
                        "survey_key": key,
                        "content": content,
                        "questions": content.for_session(minors=minors),
                        "entered": entered.get((phase, key), 0),
                    }
                )
    context = {
        "session": session,
        "sheets": sheets,
        "survey_sheets": survey_sheets,
        "can_change": session_access(user=request.user, session=session) is SessionAccess.CHANGE,
    }
    return render(request, "participation/trainer/session_paper.html", context)


@require_http_methods(["GET", "POST"])
@trainer_space
def session_paper_tally(
    request: HttpRequest, pk: int, phase: str, quiz_key: uuid.UUID
) -> HttpResponse:
    """Enter (or correct) the counts from the paper sheets of one quiz in one phase."""
    session = session_for_request(request, pk, change=True)
    if phase not in Phase.values or quiz_key not in session_quizzes(session=session)[phase]:
        raise Http404
    existing = (
        PaperTally.objects.filter(session=session, quiz_key=quiz_key, phase=phase)
        .select_related("quiz")
        .prefetch_related("counts")
        .first()
    )
    if existing is not None:
        quiz, revision_id = existing.quiz, existing.revision_id
        content = content_at_revision(revision_id)
        initial = {"sheets": existing.sheets}
        initial.update(
            {
                PaperTallyForm.field_name(count.question_key, count.choice_key): count.count
                for count in existing.counts.all()
            }
        )
    else:
        quiz = quiz_localized(quiz_key=quiz_key, languages=[session.language])
        if quiz is None:
            raise Http404
        # The revision the session asks, as phones and single sheets are scored.
        revision_id = session_content_pin(session=session, variant=quiz)
        content, initial = quiz_content_at(quiz, revision_id), {}
    form = PaperTallyForm(request.POST or None, questions=content.questions, initial=initial)
    if form.is_bound and form.is_valid():
        entry = PaperTallyEntry(
            quiz=quiz,
            revision_id=revision_id,
            content=content,
            phase=phase,
            sheets=form.cleaned_data["sheets"],
            ticks=form.ticks(),
        )
        try:
            paper_tally_record(session=session, entry=entry, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            review = figure_review_of(
                session=session, kind=FigureKind.PAPER, quiz_key=quiz_key, phase=phase
            )
            if not figure_review_tell(request, review):
                messages.success(
                    request,
                    _("Paper answers saved: %(sheets)s sheets count as attempts.")
                    % {"sheets": entry.sheets},
                )
            return redirect("trainer:session_paper", pk=session.pk)
    context = {"session": session, "form": form, "content": content, "phase": phase}
    return render(
        request,
        "participation/trainer/session_paper_tally.html",
        context,
        status=400 if form.is_bound else 200,
    )
