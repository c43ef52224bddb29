"""Signed-in accounts: the second step of signing in, and signing out after idle time.

Every account signs in to the trainer space (children's free texts), the reports or the Wagtail
admin. `SigninMiddleware` runs after django-otp's `OTPMiddleware` and, before any view, keeps two
rules for a signed-in account:

- **Idle.** An account that sent no request for `STAFF_SESSION_IDLE_MINUTES` is signed out, and
  signs in again (both steps) to go on. The time of its last request is kept in its session,
  written at most once a minute. Participants have no account, and are never affected.
- **Second step.** An account owes its second factor when `TWO_FACTOR_REQUIRED` is on or it has
  set up an authenticator (which its session learns when it signs in). Until it gives one in this
  session it reaches the sign-in steps and sign-out only: every page of the trainer space, the
  reports and the admin sends it to the code step (or, the first time, to setting up an
  authenticator), whichever sign-in page took its password, and anywhere else it is nobody. The
  reach API reads its bearer token, never the session.

Both run in `process_view`, where the URL is resolved: a form sent after the idle time is answered
by the sign-in page, which the view asks for once the account is signed out.
"""

import functools
import time
from urllib.parse import urlencode

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import ngettext

from workshops.services.second_factor import account_enrolled

ENROLLED_KEY = "faro_second_factor_enrolled"
LAST_SEEN_KEY = "faro_last_seen"

# What an account that owes its second step may still open.
SIGNIN_STEPS = frozenset(
    {
        "trainer:login",
        "trainer:logout",
        "trainer:two_factor_verify",
        "trainer:two_factor_setup",
        "wagtailadmin_login",
        "wagtailadmin_logout",
    }
)
# Where the pages behind a sign-in start: these send an account that owes its second step to it.
GUARDED_AREAS = ("trainer:session_list", "reports:home", "wagtailadmin_home")


@functools.cache
def _guarded_prefixes() -> tuple[str, ...]:
    return tuple(reverse(name) for name in GUARDED_AREAS)


def _now() -> float:
    return time.time()


def second_step_owed(request: HttpRequest) -> bool:
    """Whether the signed-in account must still give its second factor in this session."""
    user = request.user
    if not user.is_authenticated or getattr(user, "otp_device", None) is not None:
        return False
    return settings.TWO_FACTOR_REQUIRED or request.session.get(ENROLLED_KEY, False)


def second_step_done(request: HttpRequest, device) -> None:
    """The account gave a code `device` took: the session is signed in with both steps, under a
    new session key (whoever knew the old one, from before the second step, is not)."""
    django_otp.login(request, device)
    request.session.cycle_key()
    request.session[ENROLLED_KEY] = True


def enrolment_forget(request: HttpRequest) -> None:
    """The account no longer has a second factor (reset): where it is optional, it owes none."""
    request.session[ENROLLED_KEY] = False


@receiver(user_logged_in)
def _signed_in(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    request.session[ENROLLED_KEY] = account_enrolled(user)
    request.session[LAST_SEEN_KEY] = int(_now())


class SigninMiddleware:
    """Signs idle accounts out, and holds an account at the second step until it gives it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None
        if self._idle_signed_out(request):
            return None  # the view sees a visitor who is not signed in, and asks them to
        if not second_step_owed(request):
            return None
        if request.resolver_match.view_name in SIGNIN_STEPS:
            return None
        if request.path.startswith(_guarded_prefixes()):
            return self._to_second_step(request)
        # Elsewhere (public pages, documents, the participants' pages) a password alone is nobody.
        anonymous = AnonymousUser()
        request.user = anonymous

        async def auser():
            return anonymous

        request.auser = auser
        return None

    @staticmethod
    def _idle_signed_out(request: HttpRequest) -> bool:
        minutes = settings.STAFF_SESSION_IDLE_MINUTES
        if minutes <= 0:
            return False
        now = int(_now())
        seen = request.session.get(LAST_SEEN_KEY)
        if seen is not None and now - seen > minutes * 60:
            logout(request)
            messages.info(
                request,
                ngettext(
                    "You were signed out after %(minutes)s minute without activity. Sign in "
                    "again to go on.",
                    "You were signed out after %(minutes)s minutes without activity. Sign in "
                    "again to go on.",
                    minutes,
                )
                % {"minutes": minutes},
            )
            return True
        if seen is None or now - seen >= min(60, minutes * 30):
            request.session[LAST_SEEN_KEY] = now
        return False

    @staticmethod
    def _to_second_step(request: HttpRequest) -> HttpResponseRedirect:
        enrolled = request.session.get(ENROLLED_KEY)
        url = reverse("trainer:two_factor_verify" if enrolled else "trainer:two_factor_setup")
        if request.method == "GET":
            # Back to the page asked for once the step is done; a form sent meanwhile is not
            # sent again.
            url = f"{url}?{urlencode({'next': request.get_full_path()})}"
        return HttpResponseRedirect(url)
