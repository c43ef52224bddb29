"""Locks kept in the shared cache, so that a piece of slow work (a manual's PDF, a campaign's
recount) is done by one process at a time, whichever web process or worker asks.

A lock is a key added atomically (`cache.add`: Redis's SET NX) with a timeout that outlives the
work: the holder deletes it when the work ends, and a holder killed half-way frees it when it
expires. A cache that is down (django-redis reads Redis that is down as empty and stores nothing)
can hold no lock: `cache_lock_take` then answers UNAVAILABLE, never raises, and the caller decides
whether to do the work anyway (availability) or not at all.

The embedded mode's file cache adds by checking then writing, so there two processes taking the
same lock at the very same instant may both get it; Redis and the in-memory cache never do.
"""

import contextlib
import enum
import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


class CacheLock(enum.Enum):
    TAKEN = "taken"  # by the caller, who must release it when the work ends
    HELD = "held"  # by someone else, now
    UNAVAILABLE = "unavailable"  # the cache is down: nobody can hold a lock


def cache_lock_take(key: str, *, timeout: int, holder: object = 1) -> CacheLock:
    """Take the lock `key` for at most `timeout` seconds, storing `holder` under it."""
    try:
        for _attempt in range(2):
            if cache.add(key, holder, timeout=timeout):
                return CacheLock.TAKEN
            if cache.get(key) is not None:
                return CacheLock.HELD
            # Nothing there: released between the two calls (try once more), or a cache that is
            # down and reads as empty.
    except Exception:
        logger.warning("cache lock %s not taken: the cache is unavailable", key)
    return CacheLock.UNAVAILABLE


def cache_lock_holder(key: str) -> object | None:
    """What the holder of the lock `key` stored; None when nobody holds it, or the cache is down."""
    try:
        return cache.get(key)
    except Exception:
        return None


def cache_lock_release(key: str, *, holder: object | None = None) -> None:
    """Release the lock `key`; with `holder`, only if it is still that holder's (a holder that ran
    past the timeout must not free the lock of whoever took it next). Never raises: a lock that
    cannot be deleted expires."""
    with contextlib.suppress(Exception):
        if holder is None or cache.get(key) == holder:
            cache.delete(key)
