"""Figures kept between refreshes.

What a report computes from a campaign's rollups alone (its protected cells, and what the
unfiltered report adds up from them: the breakdowns' totals, the quizzes' and surveys' totals, the
question, choice and survey answer sums) changes only when a refresh writes those rollups, yet a
report at a million answers spent two thirds of its time computing it again on every view. It is
kept in the cache under the campaign's generation: a token that every write of the campaign's
rollups renews, in its transaction and again once it has committed (`rollups_written`, called by
`reach.services.rollups`), so that the next report computes it afresh and every later one reads
it. A report that read the rollups while a refresh was writing them keeps what it read under the
old generation, which nobody asks for again. With the cache down, everything is computed, as
before; a generation lost with the cache only costs one computation. Where reports read a
replica (DATABASE_REPLICA_URL), which may lag behind the write that renewed a generation, nothing
is kept: every view computes its figures, as before.

Only what is the same for every reader is kept: the cells before any filter (the privacy rule
protects them whole), sums over every cell, never names in a language or anything of a user. An
unfiltered view reads the totals alone: reading back every cell with its members took a report
at a million answers as long as computing them (a filtered view still reads the cells).
"""

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, router, transaction

from reach.models import ReachCell
from reach.privacy import smallest_group

logger = logging.getLogger(__name__)

T = TypeVar("T")

GENERATION_SECONDS = 7 * 24 * 3600  # a generation nobody renewed for a week is made again
KEPT_SECONDS = 3600  # a kept figure is computed again at least this often
_EVERY = "reach:generation:every"  # renewed by writes of every campaign (a rebuild)


def _campaign_key(campaign_id: int) -> str:
    return f"reach:generation:{campaign_id}"


def _generation(campaign_id: int) -> str | None:
    """The campaign's current generation (made if there is none yet); None if the cache is
    down."""
    keys = [_EVERY, _campaign_key(campaign_id)]
    try:
        found = cache.get_many(keys)
        for key in keys:
            if key not in found:
                cache.add(key, uuid.uuid4().hex, timeout=GENERATION_SECONDS)
        if len(found) < len(keys):
            found = cache.get_many(keys)  # what another process may have added first
    except Exception:
        return None
    if len(found) < len(keys):
        return None
    return ".".join(found[key] for key in keys)


def kept(campaign_id: int, name: str, compute: Callable[[], T]) -> T:
    """What `compute()` gives for the campaign's rollups as they are now: from the cache when
    this generation of them has been computed already."""
    if router.db_for_read(ReachCell) != DEFAULT_DB_ALIAS:
        # Read from a replica (config/db_routers.py), which may still be behind the write that
        # renewed the generation: what it gives now would be kept as the new generation's.
        return compute()
    generation = _generation(campaign_id)
    if generation is None:
        return compute()
    key = f"reach:kept:{campaign_id}:{name}:{generation}:{smallest_group()}"
    with contextlib.suppress(Exception):
        found = cache.get(key)
        if found is not None:
            return found
    value = compute()
    with contextlib.suppress(Exception):
        cache.set(key, value, timeout=KEPT_SECONDS)
    return value


def rollups_written(campaign_ids: Iterable[int] | None) -> None:
    """Inside the transaction that writes rollups of these campaigns (of every campaign when
    None): their kept figures are computed again at the next report. The generations are renewed
    now and again once the transaction commits: what a report computes in between, from the rows
    as they were, goes under a generation nobody asks for after the commit."""
    keys = [_EVERY] if campaign_ids is None else [_campaign_key(pk) for pk in set(campaign_ids)]

    def renew() -> None:
        try:
            cache.delete_many(keys)
        except Exception:
            # Kept figures outlive this write until they expire (`KEPT_SECONDS`).
            logger.warning("kept report figures of %s not renewed: the cache is down", keys)

    renew()
    transaction.on_commit(renew)
