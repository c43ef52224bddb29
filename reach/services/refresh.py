"""Asking for refreshes: the outbox row a change writes, the queueing of a session's refresh (one
waiting at a time, spaced by how long the last one took, kept in the cache), a coordinator's
recount of a whole campaign (one queued or running at a time, a lock in the cache), and the sweep
that refreshes what a lost task left in the outbox. Never raises for a broker or cache that is
down: the outbox row waits for the sweep."""

import contextlib
import enum
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from reach.models import SessionChange
from reach.services.rollups import session_refresh
from workshops.cache_locks import CacheLock, cache_lock_release, cache_lock_take

# One logger for the whole package, by the name the services had as one module: `demo_load` and
# the benchmarks quieten "reach.services".
logger = logging.getLogger(__package__)

QUEUED_SECONDS = 60  # a queued refresh lost with its worker is retried after this, or swept
REFRESH_SPACING = 5  # a session's refreshes start at least 5 times the last one's duration apart
TIMING_SECONDS = 600  # how long the duration of a session's last refresh is remembered
# How long a campaign's "refresh now" holds back the next one at most: well past the task's time
# limit (reach.tasks.campaign_refresh), for a recount that waited in the queue first. A whole
# rebuild of 1,000,000 answers takes about 20 s (docs/performance.md).
CAMPAIGN_REFRESH_LOCK_SECONDS = 15 * 60


def _queued_key(session_id: int) -> str:
    return f"reach:refresh-queued:{session_id}"


def _timing_key(session_id: int) -> str:
    return f"reach:refresh-timing:{session_id}"


def _refresh_wait(session_id: int) -> float:
    """Seconds until the session may be recounted again. Its recounts start at least
    `REFRESH_SPACING` times the last one's duration apart, and never more than the interval
    apart: a busy worker spends at most a fifth of its time on a session that changes
    without pause, and a small session, quick to count, is counted again almost at once."""
    interval = settings.REACH_REFRESH_INTERVAL_SECONDS
    timing = cache.get(_timing_key(session_id)) if interval > 0 else None
    if not timing:
        return 0.0
    started, took = timing
    spacing = min(interval, REFRESH_SPACING * took)
    return max(0.0, min(spacing, started + spacing - time.time()))


def session_change_record(*, session_id: int, reason: str) -> SessionChange:
    """Note, inside the caller's transaction, that a session's figures must be refreshed; once
    the transaction commits, ask a worker to refresh them."""
    change = SessionChange.objects.create(session_id=session_id, reason=reason)
    transaction.on_commit(lambda: session_refresh_request(session_id=session_id))
    return change


def session_refresh_request(*, session_id: int) -> bool:
    """Queue one refresh of a session unless one is already waiting (a burst of submissions asks
    once), to start once the spacing after the last one's start has passed (`_refresh_wait`: a
    burst does not keep the worker recounting the session back to back). Never raises: with the
    broker or cache down, the outbox row waits for the sweep."""
    from reach.tasks import session_refresh

    key = _queued_key(session_id)
    try:
        if not cache.add(key, 1, timeout=QUEUED_SECONDS):
            return False
        session_refresh.apply_async((session_id,), countdown=_refresh_wait(session_id) or None)
        return True
    except Exception:
        logger.warning("reach refresh of session %s not queued; the sweep will do it", session_id)
        with contextlib.suppress(Exception):  # the cache is down too: the key expires
            cache.delete(key)
        return False


def partition_refresh_request(*, campaign_id: int, venue_id: int) -> None:
    """Queue a recount of a campaign at a venue; if the broker is down, the nightly rebuild
    repairs it (a deleted session leaves no outbox row for the sweep)."""
    from reach.tasks import partition_refresh

    try:
        partition_refresh.delay(campaign_id, venue_id)
    except Exception:
        logger.warning("reach refresh of campaign %s at venue %s not queued", campaign_id, venue_id)


class CampaignRefresh(enum.Enum):
    """What became of a coordinator's "refresh now"."""

    QUEUED = "queued"
    UNDER_WAY = "under way"  # a recount of the campaign is already queued or running
    NOT_QUEUED = "not queued"  # the broker is down


def _campaign_lock_key(campaign_id: int) -> str:
    return f"reach:campaign-refresh:{campaign_id}"


def campaign_refresh_request(*, campaign_id: int) -> CampaignRefresh:
    """Queue a recount of every session of a campaign (the report's "refresh now"), unless one is
    already queued or running: ten presses, or ten coordinators, queue one recount. The lock is
    released when the recount ends (`campaign_refresh_finished`), or expires after
    `CAMPAIGN_REFRESH_LOCK_SECONDS`. With the cache down nothing can be deduplicated, and the
    recount is queued (a broker on the same Redis is down too, and the coordinator is told)."""
    from reach.tasks import campaign_refresh

    key = _campaign_lock_key(campaign_id)
    lock = cache_lock_take(key, timeout=CAMPAIGN_REFRESH_LOCK_SECONDS)
    if lock is CacheLock.HELD:
        return CampaignRefresh.UNDER_WAY
    try:
        campaign_refresh.delay(campaign_id)
        return CampaignRefresh.QUEUED
    except Exception:
        logger.warning("reach refresh of campaign %s not queued", campaign_id)
        if lock is CacheLock.TAKEN:
            cache_lock_release(key)
        return CampaignRefresh.NOT_QUEUED


def campaign_refresh_finished(*, campaign_id: int) -> None:
    """A worker has recounted a campaign (or given up): "refresh now" queues a recount again."""
    cache_lock_release(_campaign_lock_key(campaign_id))


def _timing_write(session_id: int, started: float, took: float) -> None:
    if settings.REACH_REFRESH_INTERVAL_SECONDS > 0:
        cache.set(_timing_key(session_id), (started, took), timeout=TIMING_SECONDS)


def session_refresh_started(*, session_id: int) -> float:
    """A worker begins refreshing: changes committed from now on queue another refresh, spaced
    after this one's start by the last one's duration. Returns the start time."""
    started = time.time()
    try:
        timing = cache.get(_timing_key(session_id))
        _timing_write(session_id, started, timing[1] if timing else 0.0)
        cache.delete(_queued_key(session_id))
    except Exception:
        logger.warning("reach refresh key of session %s not cleared", session_id)
    return started


def session_refresh_finished(*, session_id: int, started: float) -> None:
    """A worker has refreshed: how long it took spaces the session's next refreshes."""
    with contextlib.suppress(Exception):  # without it, the next refresh is not held back
        _timing_write(session_id, started, time.time() - started)


def changes_sweep(*, older_than_seconds: int = 60) -> list[int]:
    """Refresh the sessions whose outbox rows are older than a minute: their queued refresh was
    lost (broker down, worker killed). Returns the sessions refreshed."""
    cutoff = timezone.now() - timezone.timedelta(seconds=older_than_seconds)
    stale = sorted(
        set(
            SessionChange.objects.filter(created_at__lt=cutoff).values_list("session_id", flat=True)
        )
    )
    for session_id in stale:
        session_refresh(session_id=session_id)
    if stale:
        logger.warning("reach sweep refreshed %s session(s) whose refresh was lost", len(stale))
    return stale
