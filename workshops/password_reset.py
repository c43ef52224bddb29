"""Password resets of the Wagtail admin, limited so that nobody can flood a mailbox, or the mail
server, with reset links (the admin's form is `WAGTAILADMIN_USER_PASSWORD_RESET_FORM`).

Within `PASSWORD_RESET_WINDOW_SECONDS`, a client address may ask `PASSWORD_RESET_ADDRESS_LIMIT`
times, and an account is sent at most `PASSWORD_RESET_ACCOUNT_LIMIT` links; beyond that nothing is
sent. The page that follows says the same whatever happened, as it does for an address without an
account, so asking tells nothing about accounts. The counts live in the cache only, under keyed
hashes; a cache that is down counts nothing, and resets are then not limited.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache
from wagtail.admin.forms.auth import PasswordResetForm

from workshops.client import client_address

logger = logging.getLogger(__name__)


def _key(kind: str, value: object) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256)
    return f"{kind}:{digest.hexdigest()[:32]}"


def _asked_within_limit(kind: str, value: object, limit: int) -> bool:
    """Count one more request of this kind for this value; whether it is within the limit."""
    key = _key(kind, value)
    window = settings.PASSWORD_RESET_WINDOW_SECONDS
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, timeout=window)
        return True
    return int(count or 0) <= limit


class LimitedPasswordResetForm(PasswordResetForm):
    """Wagtail's form, sending no more than the limits allow."""

    def save(self, *args, request=None, **kwargs):
        if request is not None and not _asked_within_limit(
            "password-reset-address", client_address(request), settings.PASSWORD_RESET_ADDRESS_LIMIT
        ):
            logger.warning("Password reset not sent: too many asked from one address")
            return
        super().save(*args, request=request, **kwargs)

    def get_users(self, email):
        for user in super().get_users(email):
            if _asked_within_limit(
                "password-reset-account", user.pk, settings.PASSWORD_RESET_ACCOUNT_LIMIT
            ):
                yield user
            else:
                logger.warning("Password reset not sent: too many asked for one account")
