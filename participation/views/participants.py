"""What every participant page shares: finding the session by its code, recognising the person
on this device, their language, and the rules for their requests.

A participant is remembered by a signed cookie scoped to the session's join URL: it holds their
random `cookie_key` and nothing else (no sequential id, which would tell how many joined). Reloading
a page, or opening the link again later, finds the same participant instead of counting a new one;
a cookie that is forged, of another session or of an older format is ignored (a new device), and
so is the cookie of a participant the trainer removed (they are sent to the welcome page).

A closed session's participant is still recognised, for the grace period after the close, by the
views that take or show the answers a phone kept while it was offline (`late`): they count, and the
participant sees the end with the help contacts (`participation.answers`).

A participant page's script (`static/js/answers.js`) sends answers with `Accept:
application/json`: a redirect is then answered `{"next": url, "refused": false}`, so that the phone
goes on with one request, as a browser following the redirect would (`refused`: the answers came
too late, and `next` says so).

The join pages also give every device a random device cookie, which names nobody and is never
stored: the limits on wrong codes and on joins count by it, under a keyed hash, in the cache
(`workshops.throttle`).
"""

import re
import secrets
import uuid
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core import signing
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseRedirectBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from participation.answers import late_answers_until
from workshops import join_codes
from workshops.client import client_address
from workshops.models import AgeBand, Participant, Session, SessionState
from workshops.selectors import (
    session_by_join_code,
    session_closed_by_join_code,
    session_languages,
)
from workshops.throttle import JoinClient, join_failure_record, join_failures_exceeded

COOKIE_NAME = "faro_participant"
COOKIE_SALT = "faro.participant"
COOKIE_MAX_AGE = 12 * 60 * 60  # a school day: sessions are opened and closed within it
DEVICE_COOKIE_NAME = "faro_device"
DEVICE_COOKIE_PATH = "/join/"
_DEVICE_VALUE = re.compile(r"[0-9a-f]{32}")
# A quiz of thirty questions with every box ticked is a few kilobytes; anything far larger is not
# a form a participant sent.
MAX_BODY_BYTES = 64 * 1024


def join_path(session: Session) -> str:
    return reverse("join_code", args=[session.join_code])


def participant_remember(response: HttpResponse, *, request: HttpRequest, participant) -> None:
    response.set_signed_cookie(
        COOKIE_NAME,
        participant.cookie_key.hex,
        salt=COOKIE_SALT,
        max_age=_cookie_max_age(),
        path=join_path(participant.session),
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def _cookie_max_age() -> int:
    """A school day, and the grace period after it for the answers a phone kept offline."""
    return COOKIE_MAX_AGE + settings.LATE_ANSWERS_GRACE_HOURS * 60 * 60


def participant_forget(response: HttpResponse, *, session: Session) -> None:
    response.delete_cookie(COOKIE_NAME, path=join_path(session), samesite="Lax")


def _remembered_key(request: HttpRequest) -> uuid.UUID | None:
    """The cookie key this device holds (a forged or old-format cookie is ignored)."""
    try:
        value = request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT, max_age=_cookie_max_age())
        return uuid.UUID(hex=value)
    except (KeyError, ValueError, signing.BadSignature):
        return None


def participant_of(request: HttpRequest, session: Session) -> Participant | None:
    """The participant this device joined the session as, if any (a forged cookie, or one of a
    removed participant, is ignored)."""
    key = _remembered_key(request)
    if key is None:
        return None
    return Participant.objects.filter(
        cookie_key=key, session_id=session.pk, removed_at__isnull=True
    ).first()


def participant_by_join_code(request: HttpRequest, code: str) -> Participant | None:
    """The participant this device joined as, with their session, when that session is the open
    one with this code: a joined participant's request finds both in one query."""
    key, normalized = _remembered_key(request), join_codes.code_normalize(code)
    if key is None or normalized is None:
        return None
    try:
        return Participant.objects.select_related("session").get(
            cookie_key=key,
            removed_at__isnull=True,
            session__state=SessionState.OPEN,
            session__join_code=normalized,
        )
    except Participant.DoesNotExist:
        return None


def late_participant(request: HttpRequest, code: str) -> tuple[Participant, Session] | None:
    """The participant this device joined as in the session with this code that was closed
    last, with that session, while it takes late answers (`participation.answers`)."""
    if _remembered_key(request) is None:
        return None
    closed = session_closed_by_join_code(text=code)
    if closed is None:
        return None
    until = late_answers_until(closed)
    if until is None or timezone.now() > until:
        return None
    participant = participant_of(request, closed)
    if participant is None:
        return None
    participant.session = closed
    return participant, closed


def _device_of(request: HttpRequest) -> str | None:
    value = request.COOKIES.get(DEVICE_COOKIE_NAME, "")
    return value if _DEVICE_VALUE.fullmatch(value) else None


def device_remember(response: HttpResponse, *, request: HttpRequest) -> HttpResponse:
    """Give a device that has none the random device cookie the join limits count by."""
    if _device_of(request) is None:
        response.set_cookie(
            DEVICE_COOKIE_NAME,
            secrets.token_hex(16),
            max_age=COOKIE_MAX_AGE,
            path=DEVICE_COOKIE_PATH,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response


def join_client(request: HttpRequest) -> JoinClient:
    """Who sends this request, as the join limits count: the address, and the device cookie."""
    return JoinClient(address=client_address(request), device=_device_of(request))


def session_for_adults(session: Session) -> bool:
    """Whether a session's participants are adults: after joining, its pages speak to them as
    adults (the templates choose the adults' wording with `adults`); before a session is known,
    the words suit children and adults alike."""
    return session.age_band == AgeBand.ADULTS


def language_for(request: HttpRequest, session: Session) -> str:
    """The language of a session's participant pages: the participant's own choice if they made
    one and the campaign is published in it, else the session's, else the campaign's first; so
    that a page's instructions and its questions are in one language.

    The campaign's languages are kept on the request: the page's language switcher offers only
    those (`participant_base.html`).
    """
    offered = session_languages(session=session)
    request.participant_languages = offered
    chosen = (
        translation.get_language() if settings.LANGUAGE_COOKIE_NAME in request.COOKIES else None
    )
    language = next(
        (code for code in (chosen, session.language) if code and (code in offered or not offered)),
        offered[0] if offered else session.language,
    )
    if language != translation.get_language():
        translation.activate(language)
    request.LANGUAGE_CODE = language
    return language


def join_throttled(request: HttpRequest) -> HttpResponse:
    """Too many wrong codes from here lately: wait, or ask the trainer."""
    minutes = max(1, settings.JOIN_FAILURE_WINDOW_SECONDS // 60)
    response = render(
        request, "participation/join_throttled.html", {"minutes": minutes}, status=429
    )
    response["Retry-After"] = str(settings.JOIN_FAILURE_WINDOW_SECONDS)
    return response


def join_limited(request: HttpRequest, reason: str) -> HttpResponse:
    """This device already joined the session (and was not handed on), or too many joined it
    from this address: say what to do."""
    return render(request, "participation/join_limited.html", {"reason": reason}, status=429)


def session_unavailable(request: HttpRequest, code: str, client: JoinClient) -> HttpResponse:
    """A code that finds no open session: ended (410) or never valid (404), said plainly. Only a
    code sent with a form counts as a wrong one: a GET may come from anyone's page."""
    from participation.views.join import JoinForm

    closed = session_closed_by_join_code(text=code)
    if closed is not None:
        if request.method == "POST" and participant_of(request, closed) is not None:
            # Answers kept on a phone past the grace period after the close: say so.
            return answers_refused(redirect("quiz:late", code=closed.join_code))
        return render(request, "participation/join_ended.html", status=410)
    if request.method == "POST":
        join_failure_record(client)
    form = JoinForm({"code": code})
    form.is_valid()
    return render(request, "participation/join.html", {"form": form}, status=404)


def body_too_large(request: HttpRequest) -> HttpResponse | None:
    """A clear 413 page for a request body no participant form produces; None when it is fine."""
    try:
        too_large = int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES
        if not too_large:
            request.POST  # noqa: B018 (parse now, to catch Django's own limits here)
    except (RequestDataTooBig, TooManyFieldsSent):
        too_large = True
    if too_large:
        return render(request, "participation/join_too_large.html", status=413)
    return None


def answers_refused(response: HttpResponse) -> HttpResponse:
    """Mark a redirect that refuses the answers sent (they came too late): the page script is
    told, and does not say they were sent."""
    response.answers_refused = True
    return response


def _for_script(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A redirect answered to our page script as `{"next": url, "refused": bool}` (see the
    module's docstring)."""
    if (
        request.method == "POST"
        and isinstance(response, HttpResponseRedirectBase)
        and request.headers.get("Accept") == "application/json"
    ):
        refused = getattr(response, "answers_refused", False)
        return JsonResponse({"next": response["Location"], "refused": refused})
    return response


def participant_page(*, joined: bool = True, late: bool = False) -> Callable:
    """Decorate a participant view: the session is found by its code (canonical form), the page is
    in the participant's language and never cached, oversized bodies are refused, and, when
    `joined`, the device must have joined the session (else it is sent to the welcome page).
    A `late` view also finds a closed session's participant during its grace period.

    The view receives `session`, `participant` (or None) and `language` as keyword arguments.
    """

    def decorator(view):
        @wraps(view)
        @never_cache
        def wrapper(request: HttpRequest, code: str, *args, **kwargs):
            response = _for_script(request, _answer(request, code, *args, **kwargs))
            return device_remember(response, request=request)

        def _answer(request: HttpRequest, code: str, *args, **kwargs) -> HttpResponse:
            participant = participant_by_join_code(request, code)
            # Else this device joined no one in the open session with this code, if there is one.
            session = participant.session if participant else session_by_join_code(text=code)
            if session is None and late and (found := late_participant(request, code)):
                participant, session = found
            client = join_client(request)
            if participant is None and join_failures_exceeded(client):
                # Right or wrong, a code typed by a client that guessed too much gets the same
                # answer; only a device that already joined this session carries on.
                return join_throttled(request)
            if session is None:
                return session_unavailable(request, code, client)
            language = language_for(request, session)
            if code != session.join_code:
                return redirect("join_code", code=session.join_code)
            if request.method == "POST" and (refused := body_too_large(request)):
                return refused
            if joined and participant is None:
                return redirect("join_code", code=session.join_code)
            return view(
                request,
                *args,
                session=session,
                participant=participant,
                language=language,
                **kwargs,
            )

        return wrapper

    return decorator
