"""The trainer space: plan sessions, open them with a join code and QR code, count who came.

Trainers change only their own sessions; coordinators read the sessions of the campaigns they
coordinate; administrators read all. A session someone may not see is a 404, so that nobody
learns which sessions exist; a session they may see but not change is a 403 on every change.
"""

from datetime import timedelta
from functools import wraps

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from participation.forms import (
    ExpectedSizeForm,
    HeadcountFormSet,
    SessionForm,
    headcount_initial,
)
from participation.selectors import session_progress, session_room
from quizzes.selectors import session_quiz_translations
from surveys.selectors import session_survey_results, session_survey_translations
from workshops import services
from workshops.models import CampaignCoordinator, FigureKind, Participant, Session
from workshops.privacy import MINOR_BANDS
from workshops.roles import user_is_trainer, user_may_enter_trainer_space
from workshops.selectors import (
    SessionAccess,
    campaigns_planned_by,
    figure_review_of,
    referral_contacts,
    session_access,
    sessions_by_state,
    sessions_visible,
    titles_localized,
)
from workshops.snippets import asked_versions, content_answered

LOGIN_URL = reverse_lazy("trainer:login")


def trainer_space(view):
    """Signed in, and a trainer, coordinator or administrator; private, never cached."""

    @wraps(view)
    @login_required(login_url=LOGIN_URL)
    @never_cache
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not user_may_enter_trainer_space(request.user):
            raise PermissionDenied(_("The trainer space is for trainers and coordinators."))
        return view(request, *args, **kwargs)

    return wrapper


def session_for_request(request: HttpRequest, pk: int, *, change: bool = False) -> Session:
    """The session if the user may read it (404 otherwise) or, with `change`, change it (403)."""
    session = get_object_or_404(
        Session.objects.select_related("venue", "group", "campaign", "trainer"), pk=pk
    )
    access = session_access(user=request.user, session=session)
    if access is SessionAccess.NONE:
        raise Http404
    if change and access is not SessionAccess.CHANGE:
        raise PermissionDenied(_("Only the session's trainer can change it."))
    return session


def figure_review_tell(request: HttpRequest, review) -> bool:
    """Tell the trainer who just saved a figure that it waits for a coordinator's review, if it
    does; True when it was told."""
    if review is None or not review.is_waiting:
        return False
    messages.warning(
        request,
        _(
            "Saved, but %(figure)s is far above the %(planned)s people this session was planned "
            "for: it does not count in the reports until a coordinator of the campaign approves "
            "it. If it is a typing mistake, correct it."
        )
        % {"figure": review.figure, "planned": review.planned_size},
    )
    return True


def _join_url(request: HttpRequest, session: Session) -> str:
    return request.build_absolute_uri(reverse("join_code", args=[session.join_code]))


def _qr(url: str) -> segno.QRCode:
    """Medium error correction survives a glare on the projector screen; never a micro QR."""
    return segno.make(url, error="m", micro=False)


def _qr_svg(url: str, *, title: str) -> str:
    """The join URL as a QR code: scalable SVG, quiet zone included, readable from the back row."""
    return _qr(url).svg_inline(
        omitsize=True, border=4, title=title, svgclass="qr-code", lineclass=None
    )


@require_GET
@trainer_space
def session_list(request: HttpRequest) -> HttpResponse:
    sessions = sessions_by_state(sessions=sessions_visible(user=request.user))
    everything = [session for group in sessions.values() for session in group]
    titles = titles_localized(pages={session.campaign for session in everything})
    for session in everything:
        session.campaign_title = titles[session.campaign_id]
    is_trainer = user_is_trainer(request.user)
    has_campaigns = is_trainer and campaigns_planned_by(trainer=request.user).exists()
    return render(
        request,
        "participation/trainer/session_list.html",
        {
            "sections": [
                {"state": "open", "title": _("Open now"), "sessions": sessions["open"]},
                {"state": "planned", "title": _("Upcoming"), "sessions": sessions["planned"]},
                {"state": "closed", "title": _("Past"), "sessions": sessions["closed"]},
            ],
            "has_sessions": bool(everything),
            "can_plan": has_campaigns,
            # A trainer who belongs to no campaign is told whom to ask.
            "no_campaign": is_trainer and not has_campaigns,
            # Coordinators and admins read other people's sessions: say whose each one is.
            "show_trainer": not is_trainer,
        },
    )


@require_http_methods(["GET", "POST"])
@trainer_space
def session_create(request: HttpRequest) -> HttpResponse:
    if not user_is_trainer(request.user):
        raise PermissionDenied(_("Only trainers plan sessions."))
    form = SessionForm(request.POST or None, trainer=request.user)
    if not form.campaigns:
        # Nothing to plan for: say whom to ask rather than show a form with no campaign.
        return render(request, "participation/trainer/no_campaign.html")
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_create(
                trainer=request.user, plan=form.plan(), by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Session planned. Open it when the workshop starts."))
            return redirect("trainer:session_detail", pk=session.pk)
    return render(
        request, "participation/trainer/session_form.html", {"form": form, "session": None}
    )


@require_GET
@trainer_space
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = session_for_request(request, pk)
    session_modules = list(session.session_modules.select_related("module", "revision"))
    attendance = list(session.attendance.all())
    titles = titles_localized(pages=[session.campaign, *(sm.module for sm in session_modules)])
    session.campaign_title = titles[session.campaign_id]
    for item in session_modules:
        item.title = titles[item.module_id]
    context = {
        "session": session,
        "can_change": session_access(user=request.user, session=session) is SessionAccess.CHANGE,
        "session_modules": session_modules,
        "attendance": attendance,
        "headcount": sum(cell.count for cell in attendance),
        # Figures far above the plan: waiting for a coordinator, approved or rejected (and why).
        "figure_reviews": list(session.figure_reviews.all()),
        # Which version of its quizzes and surveys it asks (pinned when it opened).
        "asked_versions": asked_versions(
            session=session,
            contents=[
                *session_quiz_translations(session=session),
                *session_survey_translations(session=session),
            ],
            languages=[get_language(), session.language],
        ),
    }
    context["edited_since"] = any(version.edited_since for version in context["asked_versions"])
    if session.is_open and context["can_change"] and context["edited_since"]:
        context["may_take_latest"] = not content_answered(session)
    if not session.is_planned:
        joined = minors = None
        if context["can_change"]:
            # Who joined, anonymous, so that the trainer can remove those who are not in the room.
            context["joiners"] = list(
                session.participants.order_by("joined_at", "pk").only(
                    "pk", "session_id", "role", "age_band", "joined_at", "removed_at", "from_paper"
                )
            )
            present = [joiner for joiner in context["joiners"] if joiner.removed_at is None]
            # Sheets typed in from paper are listed, but are not phones that joined.
            joined = sum(not joiner.from_paper for joiner in present)
            minors = session.age_band in MINOR_BANDS or any(
                joiner.age_band in MINOR_BANDS for joiner in present
            )
        context["progress"] = session_progress(session=session, joined=joined)
        # The class's quiz results, as the projector shows them: folded until asked for.
        context["room"] = session_room(
            session=session,
            languages=[get_language(), session.language],
            joined=joined,
            minors=minors,
        )
        # Free texts only for the session's trainer and its campaign's coordinators; the
        # disclosure flags (with the referral contacts) only for the trainer, who is in the room.
        is_trainer = context["can_change"]
        reads_texts = (
            is_trainer
            or CampaignCoordinator.objects.filter(
                user=request.user, campaign_id=session.campaign_id
            ).exists()
        )
        results = session_survey_results(
            session=session,
            language=get_language(),
            with_texts=reads_texts,
            with_flags=is_trainer,
        )
        context["survey_results"] = results
        if is_trainer and any(result.flagged for result in results):
            context["disclosures"] = True
            context["referral_contacts"] = referral_contacts(
                session=session, language=get_language()
            )
    if session.is_open:
        join_url = _join_url(request, session)
        context["join_url"] = join_url
        context["qr_svg"] = _qr_svg(join_url, title=_("QR code to join the session"))
    return render(request, "participation/trainer/session_detail.html", context)


@require_http_methods(["GET", "POST"])
@trainer_space
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    session = session_for_request(request, pk, change=True)
    if session.is_closed:
        messages.error(request, _("A closed session can no longer be edited."))
        return redirect("trainer:session_detail", pk=session.pk)
    form = SessionForm(request.POST or None, trainer=session.trainer, session=session)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_update(session=session, plan=form.plan(), by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Session saved."))
            return redirect("trainer:session_detail", pk=session.pk)
    return render(
        request, "participation/trainer/session_form.html", {"form": form, "session": session}
    )


# The field the confirmation page sends: the trainer opens an off-schedule session knowingly.
OPEN_CONFIRMED = "off_schedule_confirmed"


def session_off_schedule(session: Session) -> str | None:
    """Whether a planned session opened now opens "early" or "late": more than
    SESSION_EARLY_OPEN_HOURS before or after its scheduled start; None when on time."""
    if not session.is_planned:
        return None
    margin = timedelta(hours=settings.SESSION_EARLY_OPEN_HOURS)
    now = timezone.now()
    if now < session.scheduled_start - margin:
        return "early"
    if now > session.scheduled_start + margin:
        return "late"
    return None


@require_POST
@trainer_space
def session_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a planned session; off schedule, only once the trainer confirms the planned date."""
    session = session_for_request(request, pk, change=True)
    off_schedule = session_off_schedule(session)
    if off_schedule and not request.POST.get(OPEN_CONFIRMED):
        return render(
            request,
            "participation/trainer/session_open_confirm.html",
            {
                "session": session,
                "early": off_schedule == "early",
                "confirmed_field": OPEN_CONFIRMED,
            },
        )
    try:
        session = services.session_open(session=session, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Session open. Participants join with the code %(code)s.")
            % {"code": session.join_code_display},
        )
    return redirect("trainer:session_detail", pk=session.pk)


@require_http_methods(["POST"])
@trainer_space
def session_post_test_open(request: HttpRequest, pk: int) -> HttpResponse:
    """The workshop is over: participants' phones move on to the post-test."""
    session = session_for_request(request, pk, change=True)
    try:
        services.session_post_test_open(session=session, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Post-test open: participants can take it now."))
    return redirect("trainer:session_detail", pk=session.pk)


@require_POST
@trainer_space
def session_content_latest(request: HttpRequest, pk: int) -> HttpResponse:
    """Move an open session that nobody has answered yet to the latest version of its content."""
    session = session_for_request(request, pk, change=True)
    try:
        services.session_content_repin(session=session, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("This session now asks the latest version of its quizzes and surveys.")
        )
    return redirect("trainer:session_detail", pk=session.pk)


@require_POST
@trainer_space
def session_participant_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove a participant who joined but is not in the room: they no longer count, their
    place is free, and their phone is sent back to the welcome page."""
    session = session_for_request(request, pk, change=True)
    chosen = request.POST.get("participant", "")
    participant = (
        Participant.objects.filter(session=session, pk=int(chosen)).first()
        if chosen.isdigit()
        else None
    )
    if participant is None:
        messages.error(request, _("This participant did not join this session."))
    else:
        try:
            services.participant_remove(session=session, participant=participant, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Participant %(label)s removed: they no longer count, and their place is free.")
                % {"label": participant.label},
            )
    return redirect(reverse("trainer:session_detail", args=[session.pk]) + "#joiners-title")


@require_http_methods(["GET"])
@trainer_space
def session_live(request: HttpRequest, pk: int) -> HttpResponse:
    """The live panel alone, for the session page to refresh every few seconds."""
    session = session_for_request(request, pk)
    return render(
        request,
        "participation/trainer/_live_panel.html",
        {"session": session, "progress": session_progress(session=session)},
    )


@require_http_methods(["GET", "POST"])
@trainer_space
def session_close(request: HttpRequest, pk: int) -> HttpResponse:
    session = session_for_request(request, pk, change=True)
    if session.is_closed:
        return redirect("trainer:session_detail", pk=session.pk)
    if request.method == "POST":
        services.session_close(session=session, by=request.user)
        messages.success(request, _("Session closed: its join code no longer works."))
        return redirect("trainer:session_headcount", pk=session.pk)
    return render(request, "participation/trainer/session_close.html", {"session": session})


@require_http_methods(["GET", "POST"])
@trainer_space
def session_delete(request: HttpRequest, pk: int) -> HttpResponse:
    session = session_for_request(request, pk, change=True)
    if not session.is_planned:
        messages.error(request, _("Only a planned session can be deleted; close this one instead."))
        return redirect("trainer:session_detail", pk=session.pk)
    if request.method == "POST":
        services.session_delete(session=session, by=request.user)
        messages.success(request, _("Session deleted."))
        return redirect("trainer:session_list")
    return render(request, "participation/trainer/session_delete.html", {"session": session})


@require_http_methods(["GET", "POST"])
@trainer_space
def session_headcount(request: HttpRequest, pk: int) -> HttpResponse:
    session = session_for_request(request, pk, change=True)
    if request.method == "POST":
        formset = HeadcountFormSet(request.POST, prefix="rows")
        size_form = ExpectedSizeForm(request.POST)
        if formset.is_valid() and size_form.is_valid():
            try:
                services.attendance_record(
                    session=session,
                    rows=formset.rows(),
                    expected_size=size_form.cleaned_data["expected_size"],
                    by=request.user,
                )
            except ValidationError as error:
                formset.non_form_errors().extend(error.messages)
            else:
                review = figure_review_of(session=session, kind=FigureKind.HEADCOUNT)
                if not figure_review_tell(request, review):
                    messages.success(request, _("Headcount saved."))
                return redirect("trainer:session_detail", pk=session.pk)
    else:
        formset = HeadcountFormSet(initial=headcount_initial(session), prefix="rows")
        size_form = ExpectedSizeForm(initial={"expected_size": session.expected_size})
    return render(
        request,
        "participation/trainer/session_headcount.html",
        {"session": session, "formset": formset, "size_form": size_form},
    )


def _projector_context(session: Session) -> dict:
    """What the projector's live part shows: how many joined, the phase, the class's results."""
    return {
        "session": session,
        "room": session_room(session=session, languages=[get_language(), session.language]),
    }


@require_GET
@trainer_space
def session_projector(request: HttpRequest, pk: int) -> HttpResponse:
    """For a classroom projector: the code and QR code, as large as the screen allows while the
    room joins; then how many joined, the phase and the class's results, which update live."""
    session = session_for_request(request, pk)
    if session.is_planned:
        messages.info(request, _("Open the session to show its join code."))
        return redirect("trainer:session_detail", pk=session.pk)
    context = _projector_context(session)
    if session.is_open:
        join_url = _join_url(request, session)
        context.update(
            {
                "join_url": join_url,
                # What people type in their browser: the host and path, without the scheme.
                "join_address": request.get_host() + reverse("join"),
                "qr_svg": _qr_svg(join_url, title=_("QR code to join the session")),
            }
        )
    return render(request, "participation/trainer/session_projector.html", context)


@require_GET
@trainer_space
def session_projector_live(request: HttpRequest, pk: int) -> HttpResponse:
    """The projector's live part alone, for its script to refresh every few seconds."""
    session = session_for_request(request, pk)
    if session.is_planned:
        raise Http404
    return render(
        request,
        "participation/trainer/_projector_live.html",
        _projector_context(session),
    )


@require_GET
@trainer_space
def session_qr(request: HttpRequest, pk: int) -> HttpResponse:
    """The QR code alone, as an SVG file to download or print."""
    session = session_for_request(request, pk)
    if not session.is_open:
        raise Http404
    qr = _qr(_join_url(request, session))
    response = HttpResponse(content_type="image/svg+xml")
    qr.save(response, kind="svg", border=4, scale=10, xmldecl=True)
    response["Content-Disposition"] = f'inline; filename="join-{session.join_code}.svg"'
    return response
