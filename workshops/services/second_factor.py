"""Writes of the two-step sign-in: an account's authenticator app (TOTP, RFC 6238) and its backup
codes, kept as django-otp devices; setting up, renewing and resetting are in the audit log.

What holds:
- An authenticator is set up only while the account has no confirmed device, so a password alone
  never adds a device to an account that has one.
- A backup code works once; a new set replaces the whole old one.
- A wrong code counts against the device it was typed for, and each one doubles the wait before
  that device takes another (django-otp's throttling: 1, 2, 4, 8... seconds, in the database, so
  signing out and in again does not start over). While a device makes the account wait, no code
  is tried on it at all, right or wrong.
- A 6-digit code is tried on the authenticator only, anything else on the backup codes only: one
  mistyped code never counts twice.
"""

import math
import re

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import user_has_device
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import LogFormatter, log

BACKUP_CODES = 10
AUTHENTICATOR_NAME = "authenticator"
BACKUP_CODES_NAME = "backup codes"

ENROL = "workshops.second_factor.enrol"
BACKUP_CODES_RENEW = "workshops.second_factor.backup_codes"
RESET = "workshops.second_factor.reset"

# Who reset an account's second factor, as the audit log says it.
BY_ADMINISTRATOR, BY_ACCOUNT, BY_COMMAND = "administrator", "account", "command"


class CodeRefused(Exception):
    """The code was not right, or (`wait_seconds` > 0) the device takes no code for a while."""

    def __init__(self, wait_seconds: int = 0):
        super().__init__(wait_seconds)
        self.wait_seconds = wait_seconds


class AlreadyEnrolled(Exception):
    """The account has a second factor already: only an administrator's reset, or the account
    itself once it gave its code, can replace it."""


class NotEnrolled(Exception):
    """The account has no authenticator: it sets one up first."""


def code_normalize(code: str) -> str:
    """What people type: spaces and dashes (backup codes are shown as abcd-efgh) do not count,
    nor does case."""
    return re.sub(r"[\s-]+", "", code).lower()


def account_enrolled(user: AbstractBaseUser) -> bool:
    """Whether the account has a confirmed authenticator or set of backup codes."""
    return user_has_device(user, confirmed=True)


def backup_codes_left(user: AbstractBaseUser) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def authenticator_start(*, user: AbstractBaseUser) -> TOTPDevice:
    """The authenticator the account is setting up: a new random key, or the one shown before if
    the account has not confirmed it yet (so reloading the page keeps the same QR code)."""
    with transaction.atomic():
        if account_enrolled(user):
            raise AlreadyEnrolled
        device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def authenticator_confirm(*, user: AbstractBaseUser, code: str) -> tuple[TOTPDevice, list[str]]:
    """Confirm the authenticator being set up with a code it shows; give the account its first
    backup codes. Raises CodeRefused (the wrong code is counted) or AlreadyEnrolled."""
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=user, confirmed=False)
            .order_by("pk")
            .first()
        )
        if device is None or account_enrolled(user):
            raise AlreadyEnrolled
        refusal = _code_try(device, code_normalize(code))
        if refusal is None:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=user, confirmed=False).delete()
            codes = _backup_codes_replace(user)
            log(instance=_model_instance(user), action=ENROL, user=user, data=_about(user))
    if refusal is not None:
        raise refusal  # after the transaction: the wrong code stays counted
    return device, codes


def code_verify(*, user: AbstractBaseUser, code: str) -> Device:
    """The account's device that takes this code (a backup code is used up), or CodeRefused."""
    code = code_normalize(code)
    model = TOTPDevice if re.fullmatch(r"\d{6}", code) else StaticDevice
    refusal = CodeRefused()
    with transaction.atomic():
        for device in model.objects.devices_for_user(user, confirmed=True).select_for_update():
            refusal = _code_try(device, code)
            if refusal is None:
                return device
    raise refusal


def backup_codes_renew(*, user: AbstractBaseUser) -> list[str]:
    """A new set of backup codes for an account that has an authenticator; the old set stops
    working. The codes are returned to be shown once: only the database keeps them."""
    with transaction.atomic():
        if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
            raise NotEnrolled
        codes = _backup_codes_replace(user)
        log(instance=_model_instance(user), action=BACKUP_CODES_RENEW, user=user, data=_about(user))
    return codes


def second_factor_reset(
    *, user: AbstractBaseUser, by: AbstractBaseUser | None, how: str = BY_ADMINISTRATOR
) -> int:
    """Remove the account's authenticator and backup codes: it signs in with its password and
    sets up a new authenticator (where two-step sign-in is required, at once). Its sessions that
    gave a code lose it. Returns how many devices were removed; recorded in the audit log."""
    with transaction.atomic():
        removed = 0
        for model in (TOTPDevice, StaticDevice):
            devices = model.objects.filter(user=user)
            removed += devices.filter(confirmed=True).count()
            devices.delete()
        log(
            instance=_model_instance(user),
            action=RESET,
            user=by,
            data={**_about(user), "how": how, "devices": removed},
        )
    return removed


def _code_try(device: Device, code: str) -> CodeRefused | None:
    """None if the device took the code; otherwise why not (a wrong code is counted by
    django-otp, a device that makes the account wait is not asked at all)."""
    allowed, why = device.verify_is_allowed()
    if not allowed:
        until = (why or {}).get("locked_until")
        wait = math.ceil((until - timezone.now()).total_seconds()) if until else 1
        return CodeRefused(wait_seconds=max(wait, 1))
    return None if device.verify_token(code) else CodeRefused()


def _backup_codes_replace(user: AbstractBaseUser) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_CODES_NAME, confirmed=True)
    codes: set[str] = set()
    while len(codes) < BACKUP_CODES:
        codes.add(StaticToken.random_token())  # 8 characters of base32: 40 random bits
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return sorted(codes)


def _model_instance(user: AbstractBaseUser) -> AbstractBaseUser:
    """The account itself, where a view passes `request.user`: a lazy object (two, with
    django-otp's middleware), in which Wagtail's log would not find the model it logs for."""
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


def _about(user: AbstractBaseUser) -> dict:
    # The username as it was: an entry must read the same once the account is renamed or gone.
    return {"account": user.get_username()}


# How the admin's Site history report reads the entries.


class SecondFactorLogFormatter(LogFormatter):
    def describe(self, data: dict) -> str:
        return str(self.message)

    def format_message(self, log_entry) -> str:
        try:
            return self.describe(log_entry.data)
        except (KeyError, TypeError, ValueError):
            return str(self.message)


class SecondFactorEnrolled(SecondFactorLogFormatter):
    label = gettext_lazy("Two-step sign-in set up")
    message = gettext_lazy("Two-step sign-in set up")

    def describe(self, data: dict) -> str:
        return _("%(account)s set up two-step sign-in") % {"account": data["account"]}


class BackupCodesRenewed(SecondFactorLogFormatter):
    label = gettext_lazy("Backup codes renewed")
    message = gettext_lazy("Backup codes renewed")

    def describe(self, data: dict) -> str:
        return _("%(account)s made new backup codes") % {"account": data["account"]}


class SecondFactorReset(SecondFactorLogFormatter):
    label = gettext_lazy("Two-step sign-in reset")
    message = gettext_lazy("Two-step sign-in reset")

    def describe(self, data: dict) -> str:
        account = data["account"]
        if data["how"] == BY_ACCOUNT:
            return _("%(account)s removed their authenticator to set up a new one") % {
                "account": account
            }
        if data["how"] == BY_COMMAND:
            return _("Two-step sign-in of %(account)s reset from the command line") % {
                "account": account
            }
        return _("Two-step sign-in of %(account)s reset by an administrator") % {"account": account}


FORMATTERS = {
    ENROL: SecondFactorEnrolled,
    BACKUP_CODES_RENEW: BackupCodesRenewed,
    RESET: SecondFactorReset,
}
