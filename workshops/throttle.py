"""Wrong join codes, counted per client for a few minutes, so that nobody can try codes by the
thousand (DESIGN.md, section 5).

Only failures count: a whole school behind one address joins freely, however many phones it
has, and even a class mistyping now and then stays far below the limit. The client is known by
a keyed hash of its address that changes every day and lives in the cache only; nothing about
it is stored with participants.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone


def client_key(request: HttpRequest) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    day = timezone.now().strftime("%Y-%m-%d")
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{day}:{address}".encode(), hashlib.sha256)
    return f"join-failures:{digest.hexdigest()[:32]}"


def join_failures_exceeded(request: HttpRequest) -> bool:
    """Whether this client typed too many wrong codes lately."""
    return (cache.get(client_key(request)) or 0) >= settings.JOIN_FAILURES_ALLOWED


def join_failure_record(request: HttpRequest) -> None:
    """Count one wrong code for this client; the count expires a window after the first one."""
    key = client_key(request)
    window = settings.JOIN_FAILURE_WINDOW_SECONDS
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.add(key, 1, timeout=window)
