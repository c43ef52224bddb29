"""Writes of the reach app: the outbox, and the rollups written from a recount of the source.

Each refresh replaces the rows of the sessions and partitions (a campaign at a venue) it recounted,
in one transaction, after locking the venues involved: two refreshes of the same place run one
after the other, a worker killed half way leaves the old rows, and running one twice writes the
same rows again. Only outbox rows the refresh has absorbed are deleted.
"""

import contextlib
import logging
import secrets
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils import timezone

from reach.models import ApiToken, ReachCell, SessionChange, SessionRollup
from reach.models.tokens import TOKEN_PREFIX, token_hash
from reach.recount import (
    FROZEN_TABLES,
    QUIZ,
    QUIZ_CHOICE,
    QUIZ_QUESTION,
    REACH,
    SESSION,
    SESSION_TABLES,
    SURVEY,
    SURVEY_CHOICE,
    Recount,
    Rows,
    Table,
    recount,
)
from reach.recount.database import Differences
from reach.recount.months import (
    Months,
    Position,
    month_differences,
    month_rows,
    months_stored,
)
from reach.recount.tables import MONTHLY
from workshops.models import Session, Venue

logger = logging.getLogger(__name__)

QUEUED_SECONDS = 60  # a queued refresh lost with its worker is retried after this, or swept
REFRESH_SPACING = 5  # a session's refreshes start at least 5 times the last one's duration apart
TIMING_SECONDS = 600  # how long the duration of a session's last refresh is remembered
REBUILD_WORK_MEM = "256MB"  # PostgreSQL memory per hash table (and sort) of the nightly rebuild


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


def campaign_refresh_request(*, campaign_id: int) -> bool:
    """Queue a recount of every session of a campaign (the report's "refresh now")."""
    from reach.tasks import campaign_refresh

    try:
        campaign_refresh.delay(campaign_id)
        return True
    except Exception:
        logger.warning("reach refresh of campaign %s not queued", campaign_id)
        return False


def campaign_refresh(*, campaign_id: int) -> Recount:
    session_ids = list(Session.objects.filter(campaign_id=campaign_id).values_list("pk", flat=True))
    return sessions_refresh(session_ids=session_ids)


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


def venues_lock(venue_ids: set[int]) -> None:
    """Serialise the refreshes of the same places (PostgreSQL row locks, in a fixed order;
    SQLite writes one transaction at a time anyway)."""
    list(Venue.objects.select_for_update().filter(pk__in=venue_ids).order_by("pk").values("pk"))


def _partition_filter(partitions: set[tuple[int, int]]) -> Q:
    where = Q(pk__in=[])
    for campaign_id, venue_id in partitions:
        where |= Q(campaign_id=campaign_id, venue_id=venue_id)
    return where


def _rows_write(result: Recount, table: Table, *, frozen: bool = False) -> int:
    """Write a table's counted rows (of the recounted sessions or partitions); the database
    writes the rows of answers it counted itself, straight from the recount's query. Returns how
    many rows it wrote."""
    if table is SESSION:
        instances = SESSION.instances(result.counted[SESSION], refreshed_at=timezone.now())
    elif table is REACH:
        instances = REACH.instances(result.counted[REACH])
    else:
        query = result.query(table, frozen=frozen)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table.db_table} ({', '.join(table.columns)}) "  # noqa: S608
                f"SELECT * FROM ({query.sql}) counted",
                query.params,
            )
            return cursor.rowcount
    return len(table.model.objects.bulk_create(instances, 2000))


def _months_of(result: Recount) -> set[Position]:
    """The months the recounted sessions are in now."""
    return {(place.campaign_id, place.venue_id, place.month) for place in result.places.values()}


def _months_write(months: Months) -> dict[str, int]:
    """Write the month cells of these months again, added up from the session cells (which must
    be written already). Returns how many rows it wrote in each table."""
    written = {}
    with connection.cursor() as cursor:
        for session_table, monthly in MONTHLY.items():
            monthly.model.objects.filter(months.q()).delete()
            query = month_rows(session_table, months)
            cursor.execute(
                f"INSERT INTO {monthly.db_table} ({', '.join(monthly.columns)}) "  # noqa: S608
                f"SELECT * FROM ({query.sql}) added_up",
                query.params,
            )
            written[monthly.model.__name__] = cursor.rowcount
    return written


def _rows_replace(
    result: Recount, *, whole: set[tuple[int, int]] = frozenset(), months_too: bool = True
) -> None:
    """Replace the rows of the recounted sessions and partitions (every row, after a full
    recount), and the month cells of the months those sessions were and are in, and of every
    month of the `whole` partitions (one of their sessions was deleted); the rebuild, which
    compares every month cell afterwards, passes `months_too=False`."""
    everything = result.live is None
    if not months_too:
        months = Months()
    elif everything:
        months = Months(everything=True)
    else:
        months = Months(months_stored(result.sessions) | _months_of(result), set(whole))
    for table in SESSION_TABLES:
        carried = result.frozen_rows(table) if table in FROZEN_TABLES else {}
        # The purged sessions' rows are read before they are deleted, and written back as read.
        stored = table.model.objects.all()
        if not everything:
            stored = stored.filter(session_id__in=result.sessions)
        stored.delete()
        _rows_write(result, table)
        table.model.objects.bulk_create(table.instances(carried), 2000)
    if months:
        _months_write(months)
    reach = ReachCell.objects.all()
    if not everything:
        reach = reach.filter(_partition_filter(result.partitions))
    reach.delete()
    _rows_write(result, REACH)


def sessions_refresh(*, session_ids: list[int], partitions: set[tuple[int, int]] = frozenset()):
    """Recount some sessions (and the partitions they are in, were in, or leave) and replace
    their rollups; delete the outbox rows the recount absorbed."""
    with transaction.atomic():
        previous = set(
            SessionRollup.objects.filter(session_id__in=session_ids).values_list(
                "campaign_id", "venue_id"
            )
        )
        current = set(
            Session.objects.filter(pk__in=session_ids).values_list("campaign_id", "venue_id")
        )
        involved = previous | current | set(partitions)
        venues_lock({venue_id for _campaign, venue_id in involved})
        absorbed = SessionChange.objects.filter(session_id__in=session_ids).aggregate(
            upto=Max("pk")
        )["upto"]
        result = recount(session_ids, partitions=involved)
        _rows_replace(result, whole=set(partitions))
        if absorbed is not None:
            SessionChange.objects.filter(session_id__in=session_ids, pk__lte=absorbed).delete()
    return result


def session_refresh(*, session_id: int) -> Recount:
    return sessions_refresh(session_ids=[session_id])


def partition_refresh(*, campaign_id: int, venue_id: int) -> Recount:
    """Recount a campaign at a venue, for example after one of its sessions was deleted."""
    return sessions_refresh(session_ids=[], partitions={(campaign_id, venue_id)})


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


@dataclass
class Rebuild:
    """What a full rebuild found: per table, the rows that differed from a fresh recount."""

    differences: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.differences.values())


def _differences(stored: Rows, counted: Rows) -> list[tuple]:
    return [key for key in stored.keys() | counted.keys() if stored.get(key) != counted.get(key)]


# The session tables, compared a group at a time: quiz questions and choices read the same answers.
_COMPARED = ((SESSION,), (QUIZ,), (QUIZ_QUESTION, QUIZ_CHOICE), (SURVEY,), (SURVEY_CHOICE,))


def _session_differences(result: Recount, tables: tuple[Table, ...]) -> dict[Table, Differences]:
    """Per session table, the rows that the recount and the stored rows of its sessions (every
    stored row, after a full recount) disagree on. The tables of answers compare in the
    database."""
    if tables == (SESSION,):
        scope = {} if result.live is None else {"session_id__in": result.sessions}
        stored = SESSION.stored(**scope)
        return {SESSION: Differences.of(_differences(stored, result.counted[SESSION]))}
    return result.differences(tables)


def _compared_with(table: Table) -> tuple[Table, ...]:
    return next(tables for tables in _COMPARED if table in tables)


def stored_differences(result: Recount) -> dict[str, int]:
    """Per table, how many rows of a recount differ from the stored rows of its sessions and
    partitions (a check, for example that a purge left every figure as it was)."""
    differences = {}
    for tables in _COMPARED:
        for table, found in _session_differences(result, tables).items():
            if found.total:
                differences[table.model.__name__] = found.total
    stored = REACH.stored(_partition_filter(result.partitions))
    if differing := _differences(stored, result.counted[REACH]):
        differences[ReachCell.__name__] = len(differing)
    months = Months(everything=True) if result.live is None else Months(_months_of(result))
    for session_table, monthly in MONTHLY.items():
        if months and (rows := month_differences(session_table, months)[0]):
            differences[monthly.model.__name__] = rows
    return differences


def _rebuild_settings() -> None:
    """PostgreSQL: room for the rebuild's hash tables (the GROUP BYs of a million answers stay in
    memory), and no JIT compilation (it costs more than it saves on these statements). Only for
    the rebuild's transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL work_mem = '{REBUILD_WORK_MEM}'")
            cursor.execute("SET LOCAL jit = off")


def _rebuild_months(report: Rebuild) -> None:
    """Compare every month cell with the sum of its session cells (repaired already) and write
    the months that differ again; month tables still empty are written at once."""
    if not any(monthly.model.objects.exists() for monthly in MONTHLY.values()):
        for name, written in _months_write(Months(everything=True)).items():
            if written:
                report.differences[name] = written
        return
    repair = Months()
    for session_table, monthly in MONTHLY.items():
        rows, positions = month_differences(session_table, Months(everything=True))
        if rows:
            name = monthly.model.__name__
            report.differences[name] = rows
            report.examples[name] = sorted(positions)[: Differences.EXAMPLES]
            repair.positions |= positions
    if repair:
        _months_write(repair)


def rollups_rebuild(*, progress=None) -> Rebuild:
    """Recount everything, compare with the stored rollups and replace what differs.

    Refreshes wait while it runs (it locks every venue), so that nothing written meanwhile is
    mistaken for a difference. The tables of answers are counted and compared in the database;
    only the sessions and partitions that differ are counted again and replaced, and a table
    with no rows at all (a first rebuild) is written at once, without comparing. Last, every
    month cell is compared with the sum of its (repaired) session cells, and the months that
    differ are written again. `progress(step, steps, label)` is told as it goes.
    """
    report = Rebuild()
    steps = 3 + len(SESSION_TABLES) + 1
    with transaction.atomic():
        _rebuild_settings()
        venues_lock(set(Venue.objects.values_list("pk", flat=True)))
        absorbed = SessionChange.objects.aggregate(upto=Max("pk"))["upto"]
        if progress:
            progress(1, steps, "recount")
        result = recount(None)
        changed_sessions: set[int] = set()
        changed_partitions: set[tuple[int, int]] = set()
        compared: dict[Table, Differences] = {}
        tables = (*SESSION_TABLES, REACH)
        empty = {table for table in tables if not table.model.objects.exists()}
        for step, table in enumerate(tables, start=2):
            if progress:
                progress(step, steps, table.model._meta.verbose_name)
            name = table.model.__name__
            if table in empty:
                # Nothing stored (a first rebuild): every counted row is new, written at once.
                if written := _rows_write(result, table, frozen=True):
                    report.differences[name] = written
                    report.examples[name] = list(table.model.objects.values_list(*table.key)[:5])
                continue
            if table is REACH:
                keys = _differences(REACH.stored(), result.counted[REACH])
                changed_partitions = {(key[0], key[1]) for key in keys}
                total, examples = len(keys), keys[: Differences.EXAMPLES]
            else:
                if table not in compared:
                    together = tuple(t for t in _compared_with(table) if t not in empty)
                    compared |= _session_differences(result, together)
                changed_sessions |= compared[table].by_session.keys()
                total, examples = compared[table].total, compared[table].examples
            if total:
                report.differences[name] = total
                report.examples[name] = examples
        # The month cells are compared and repaired last, from the repaired session cells.
        if len(changed_sessions) > len(result.sessions) / 2:
            # Most of it differs: writing everything again costs less than recounting those
            # sessions one by one.
            _rows_replace(result, months_too=False)
        elif changed_sessions or changed_partitions:
            changed = recount(sorted(changed_sessions), partitions=changed_partitions)
            _rows_replace(changed, months_too=False)
        if progress:
            progress(steps - 1, steps, "month cells")
        _rebuild_months(report)
        SessionRollup.objects.update(refreshed_at=timezone.now())
        if absorbed is not None:
            SessionChange.objects.filter(pk__lte=absorbed).delete()
        if progress:
            progress(steps, steps, "done")
    if report.total:
        logger.warning(
            "reach rebuild repaired %s rollup row(s): %s", report.total, report.differences
        )
        _statistics_refresh(written=set(report.differences))
    return report


def _statistics_refresh(*, written: set[str]) -> None:
    """PostgreSQL: sample again the rollup tables a rebuild wrote rows to (by model name), so that
    the next report is planned with how many rows there are now (a first rebuild fills empty
    tables; planned as empty, the report sorted its cells instead of hashing them and took half
    again as long, until autovacuum came round)."""
    tables = [
        table.db_table
        for table in (*SESSION_TABLES, REACH, *MONTHLY.values())
        if table.model.__name__ in written
    ]
    if connection.vendor == "postgresql" and tables:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {', '.join(tables)}")


def api_token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """A new API token for `user`; returns it with its secret, which is shown once only."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name.strip(), key_hash=token_hash(secret), hint=secret[:10]
    )
    return token, secret


def api_token_revoke(*, user, token_id: int) -> bool:
    """Delete one of the user's tokens; False when they have no such token."""
    deleted, _rows = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return bool(deleted)


def api_token_user(*, secret: str):
    """The active user a token belongs to, noting when it was used; None for anything else."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(secret), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timezone.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
