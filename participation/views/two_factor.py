"""Two-step sign-in, for every account (the Wagtail admin's sign-in sends here too): the code step
after the password, setting up an authenticator app the first time, backup codes shown once, and
the account's page to renew them or move to a new phone.

Who owes the second step, and what it guards, is `workshops.signin`; the devices are written by
`workshops.services.second_factor`. Every page here is private and never cached.
"""

from base64 import b32encode
from functools import wraps
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from participation.forms.two_factor import SigninCodeForm
from workshops import signin
from workshops.roles import user_may_enter_trainer_space
from workshops.services import second_factor
from workshops.services.second_factor import AlreadyEnrolled, CodeRefused, NotEnrolled

LOGIN_URL = reverse_lazy("trainer:login")
# With this many backup codes left or fewer, the account is told to make new ones.
BACKUP_CODES_FEW = 3


def signed_in(view):
    """Signed in with a password at least; private, never cached."""

    @wraps(view)
    @login_required(login_url=LOGIN_URL)
    @never_cache
    def wrapper(request: HttpRequest, *args, **kwargs):
        return view(request, *args, **kwargs)

    return wrapper


def _next_url(request: HttpRequest) -> str:
    """Where the account was going: a page of this site, else its home (the trainer space, or
    the admin for editors)."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    if user_may_enter_trainer_space(request.user):
        return reverse("trainer:session_list")
    return reverse("wagtailadmin_home")


def _with_next(url: str, next_url: str) -> str:
    return f"{url}?{urlencode({'next': next_url})}"


def _refusal_message(refused: CodeRefused) -> str:
    if refused.wait_seconds:
        return ngettext(
            "Too many wrong codes. Wait %(seconds)s second, then type the code your app shows.",
            "Too many wrong codes. Wait %(seconds)s seconds, then type the code your app shows.",
            refused.wait_seconds,
        ) % {"seconds": refused.wait_seconds}
    return _(
        "That code is not right. Type the 6 digits your authenticator app shows now (check that "
        "the phone's clock is right), or one of your backup codes."
    )


def _backup_codes_page(request: HttpRequest, codes: list[str], *, next_url: str) -> HttpResponse:
    """The backup codes, this once: they are not kept anywhere the account can read them again."""
    shown = [f"{code[:4]}-{code[4:]}" for code in codes]
    return render(
        request,
        "participation/trainer/two_factor_backup_codes.html",
        {"codes": shown, "next": next_url},
    )


@require_http_methods(["GET", "POST"])
@signed_in
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """The second step: a code from the authenticator app, or a backup code."""
    next_url = _next_url(request)
    if not signin.second_step_owed(request):
        return redirect(next_url)
    if not second_factor.account_enrolled(request.user):
        if settings.TWO_FACTOR_REQUIRED:
            return redirect(_with_next(reverse("trainer:two_factor_setup"), next_url))
        signin.enrolment_forget(request)  # reset meanwhile by an administrator
        return redirect(next_url)
    form = SigninCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = second_factor.code_verify(user=request.user, code=form.cleaned_data["code"])
        except CodeRefused as refused:
            form.add_error("code", _refusal_message(refused))
        else:
            signin.second_step_done(request, device)
            if isinstance(device, StaticDevice):
                left = second_factor.backup_codes_left(request.user)
                used = ngettext(
                    "You signed in with a backup code: it no longer works. %(count)s backup code "
                    "is left.",
                    "You signed in with a backup code: it no longer works. %(count)s backup codes "
                    "are left.",
                    left,
                ) % {"count": left}
                if left <= BACKUP_CODES_FEW:
                    advice = _("Make new ones on your two-step sign-in page.")
                    used = f"{used} {advice}"
                messages.warning(request, used)
            return redirect(next_url)
    return render(
        request,
        "participation/trainer/two_factor_verify.html",
        {"form": form, "next": next_url, "issuer": settings.OTP_TOTP_ISSUER},
    )


@require_http_methods(["GET", "POST"])
@signed_in
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app: scan the QR code (or type the key), confirm with a code; the
    backup codes follow, shown once."""
    next_url = _next_url(request)
    try:
        device = second_factor.authenticator_start(user=request.user)
    except AlreadyEnrolled:
        if signin.second_step_owed(request):
            return redirect(_with_next(reverse("trainer:two_factor_verify"), next_url))
        messages.info(request, _("Two-step sign-in is already set up for your account."))
        return redirect("trainer:two_factor")
    form = SigninCodeForm(request.POST or None, backup_codes=False)
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = second_factor.authenticator_confirm(
                user=request.user, code=form.cleaned_data["code"]
            )
        except CodeRefused as refused:
            form.add_error("code", _refusal_message(refused))
        except AlreadyEnrolled:
            return redirect(_with_next(reverse("trainer:two_factor_verify"), next_url))
        else:
            signin.second_step_done(request, device)
            return _backup_codes_page(request, codes, next_url=next_url)
    key = b32encode(device.bin_key).decode().rstrip("=")
    return render(
        request,
        "participation/trainer/two_factor_setup.html",
        {
            "form": form,
            "next": next_url,
            "qr_svg": segno.make(device.config_url, error="m", micro=False).svg_inline(
                omitsize=True,
                border=4,
                title=_("QR code to scan with your authenticator app"),
                svgclass="qr-code",
                lineclass=None,
            ),
            "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
            "required": settings.TWO_FACTOR_REQUIRED,
        },
    )


@require_http_methods(["GET"])
@signed_in
def two_factor(request: HttpRequest) -> HttpResponse:
    """The account's two-step sign-in: whether it is set up, how many backup codes are left."""
    enrolled = second_factor.account_enrolled(request.user)
    return render(
        request,
        "participation/trainer/two_factor.html",
        {
            "enrolled": enrolled,
            "backup_codes_left": second_factor.backup_codes_left(request.user) if enrolled else 0,
            "required": settings.TWO_FACTOR_REQUIRED,
        },
    )


@require_POST
@signed_in
def two_factor_backup_codes(request: HttpRequest) -> HttpResponse:
    """A new set of backup codes, shown once; the old ones stop working."""
    try:
        codes = second_factor.backup_codes_renew(user=request.user)
    except NotEnrolled:
        messages.error(request, _("Set up an authenticator app first: backup codes come with it."))
        return redirect("trainer:two_factor_setup")
    return _backup_codes_page(request, codes, next_url=reverse("trainer:two_factor"))


@require_POST
@signed_in
def two_factor_remove(request: HttpRequest) -> HttpResponse:
    """Move to a new phone: the current authenticator and backup codes stop working, and the
    account sets up the new one."""
    second_factor.second_factor_reset(
        user=request.user, by=request.user, how=second_factor.BY_ACCOUNT
    )
    signin.enrolment_forget(request)
    messages.success(
        request,
        _("Your old authenticator and backup codes no longer work. Set up your new phone now."),
    )
    return redirect("trainer:two_factor_setup")
