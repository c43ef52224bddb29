"""Joining a session: the code, then one page with what is asked and why, and "about you".

Everything a participant sees is in their language, never cached, and asks for nothing that
names them. From the QR code to saved answers a phone makes four requests: this page, its form
(which counts the participant and sends them straight to their first step), the quiz, its
answers; typing the code adds two (the code page and its form).
"""

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from participation.forms import ParticipantForm
from participation.steps import participant_next_step, step_url
from participation.views.participants import (
    device_remember,
    join_client,
    join_limited,
    join_throttled,
    participant_forget,
    participant_page,
    participant_remember,
    session_for_adults,
)
from workshops.selectors import session_by_join_code, session_languages, session_welcome
from workshops.services import SessionFull, SessionStateError, participant_join
from workshops.throttle import (
    JoinLimited,
    join_admit,
    join_failure_record,
    join_failures_exceeded,
    join_handoff,
)


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Session code"),
        max_length=20,
        help_text=_("Eight letters and numbers, shown by your trainer. For example 7K3D-9QXA."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "enterkeyhint": "go",
                "class": "form-control join-code-input",
            }
        ),
    )

    def clean_code(self):
        session = session_by_join_code(text=self.cleaned_data["code"])
        if session is None:
            raise forms.ValidationError(
                _(
                    "No open session has this code. Check it with your trainer: the session may "
                    "not have started yet, or it has already ended."
                ),
                code="unknown",
            )
        self.session = session
        return session.join_code


@never_cache
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    """Type a code and reach the session's welcome page, at its canonical address."""
    client = join_client(request)
    if request.method == "POST" and join_failures_exceeded(client):
        return device_remember(join_throttled(request), request=request)
    form = JoinForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        return redirect("join_code", code=form.cleaned_data["code"])
    if form.is_bound and form.has_error("code", "unknown"):
        join_failure_record(client)
    context = {"form": form, "left": request.GET.get("left") == "1"}
    status = 404 if form.is_bound else 200
    response = render(request, "participation/join.html", context, status=status)
    return device_remember(response, request=request)


@require_http_methods(["GET", "POST"])
@participant_page(joined=False)
def welcome(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """What is asked and why, in words that suit the audience, then "about you" (role, age band,
    optional gender and code) in the same form: "I agree" sends it, counts the participant and
    sends them straight to their first step; "No, thank you" leaves.

    Someone who already joined from this device goes on where they were.
    """
    if participant is not None:
        return redirect(
            step_url(session, participant_next_step(participant=participant, session=session))
        )
    return _welcome_or_join(request, session=session, language=language)


@require_http_methods(["GET", "POST"])
@participant_page(joined=False)
def about_you(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """The address "about you" had when it was a page of its own (`?agree=yes`): a bookmark goes
    to the welcome page, and a form a phone showed before the pages became one still joins."""
    if request.method == "GET" or participant is not None:
        return redirect("join_code", code=session.join_code)
    return _welcome_or_join(request, session=session, language=language)


def _welcome_or_join(request: HttpRequest, *, session, language: str) -> HttpResponse:
    """The welcome page with its form (to fill in, or to correct), or the join the form sends."""
    form = ParticipantForm(request.POST or None, session=session)
    if form.is_bound and form.is_valid():
        client = join_client(request)
        try:
            participant = participant_join(
                session=session,
                profile=form.profile(language=language),
                join_key=form.cleaned_data["join_key"],
                admit=lambda locked: join_admit(client, session=locked),
            )
        except SessionStateError:
            return render(request, "participation/join_ended.html", status=410)
        except SessionFull:
            return render(request, "participation/join_full.html", status=409)
        except JoinLimited as limited:
            return join_limited(request, limited.reason)
        # Straight to the first step, worked out here (no hop through "next step"): someone new
        # has answered nothing yet. A double tap's other copy may have; the step's page checks.
        step = participant_next_step(participant=participant, session=session, done=set())
        response = redirect(step_url(session, step))
        participant_remember(response, request=request, participant=participant)
        return response
    context = {
        "session": session,
        "welcome": session_welcome(session=session, language=language),
        "form": form,
        "adults": session_for_adults(session),
        "languages": [
            (code, get_language_info(code)["name_local"])
            for code in session_languages(session=session)
        ],
        "language": language,
        "code_days": settings.PARTICIPANT_CODE_RETENTION_DAYS,
        "smallest_group": settings.REACH_SMALLEST_GROUP,
    }
    status = 400 if form.is_bound else 200
    return render(request, "participation/join_welcome.html", context, status=status)


@require_http_methods(["POST"])
@participant_page(joined=False)
def next_person(request: HttpRequest, *, session, participant, language) -> HttpResponse:
    """Hand the device to the next person: this one is forgotten here (their answers stay), and
    the device may join the session once more (a shared tablet)."""
    if participant is not None:
        join_handoff(join_client(request), session=session)
    response = redirect("join_code", code=session.join_code)
    participant_forget(response, session=session)
    return response
