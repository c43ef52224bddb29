"""The full rebuild and the checks: recount everything, compare it with the stored rollups (in the
database for the tables of answers), replace only what differs, then compare and repair the month
cells; `stored_differences` compares a recount with what is stored without writing anything."""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from django.db import connection, connections, transaction
from django.db.models import Max, Q
from django.utils import timezone

from reach.models import ReachCell, SessionChange, SessionRollup
from reach.recount import (
    MONTH_ONLY,
    QUIZ,
    REACH,
    SESSION,
    SESSION_TABLES,
    SURVEY,
    Recount,
    Rows,
    Table,
    month_count,
    recount,
)
from reach.recount.database import Differences
from reach.recount.months import Months, month_differences
from reach.recount.tables import MONTHLY
from reach.services.rollups import (
    months_of,
    months_write,
    partitions_filter,
    rows_replace,
    rows_write,
    venues_lock,
)
from workshops.models import Venue

# One logger for the whole package, by the name the services had as one module: `demo_load` and
# the benchmarks quieten "reach.services".
logger = logging.getLogger(__package__)

REBUILD_WORK_MEM = "256MB"  # PostgreSQL memory per hash table (and sort) of the nightly rebuild


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


# The session tables compared per session, one at a time; the tables kept per month only
# (`MONTH_ONLY`) are compared per month, together (each kind of answer is grouped once).
_COMPARED = ((SESSION,), (QUIZ,), (SURVEY,))


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
    stored = REACH.stored(partitions_filter(result.partitions))
    if differing := _differences(stored, result.counted[REACH]):
        differences[ReachCell.__name__] = len(differing)
    months = Months(everything=True) if result.live is None else Months(months_of(result))
    if not months:
        return differences
    for session_table, monthly in MONTHLY.items():
        if session_table in MONTH_ONLY:
            continue
        if rows := month_differences(session_table, months)[0]:
            differences[monthly.model.__name__] = rows
    count = result if months.everything else month_count(months)
    for table, (rows, _positions) in count.month_differences(MONTH_ONLY, months.q()).items():
        if rows:
            differences[MONTHLY[table].model.__name__] = rows
    return differences


def _rebuild_settings() -> None:
    """PostgreSQL: room for the rebuild's hash tables (the GROUP BYs of a million answers stay in
    memory), no JIT compilation (it costs more than it saves on these statements), and parallel
    workers priced as free: the planner otherwise reads a million answers in one process, since
    it guesses (wrongly) that grouping them leaves as many rows, while two workers join them in
    two thirds of the time. Only for the rebuild's transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL work_mem = '{REBUILD_WORK_MEM}'")
            cursor.execute("SET LOCAL jit = off")
            cursor.execute("SET LOCAL parallel_setup_cost = 0")
            cursor.execute("SET LOCAL parallel_tuple_cost = 0")


T = TypeVar("T")


def _alongside_possible() -> bool:
    """Whether a check may run on a database connection of its own, beside the rebuild's: on
    PostgreSQL, and only where every row it reads is committed, that is where the rebuild's
    transaction is the outermost (the nightly task, `manage.py reach_rebuild`). Inside another
    transaction (a test's) a second connection would not see that transaction's rows."""
    return connection.vendor == "postgresql" and connection.get_autocommit()


def _alongside(executor: ThreadPoolExecutor, check: Callable[[], T]) -> Future:
    """Run a check that only reads in a thread of its own, on a connection of its own, in a
    transaction with the rebuild's settings, while the rebuild goes on; its connection is closed
    when it is done."""

    def run() -> T:
        try:
            with transaction.atomic():
                _rebuild_settings()
                return check()
        finally:
            connections.close_all()  # this thread's connections only

    return executor.submit(run)


def _months_stored() -> bool:
    return any(monthly.model.objects.exists() for monthly in MONTHLY.values())


def _rebuild_months(report: Rebuild, result: Recount, month_only: Future | None = None) -> None:
    """Compare every month cell with the sum of its session cells (repaired already), or, for
    the tables kept per month only, with what the full recount `result` counts from the answers
    (`month_only`: that comparison, started already beside the rest), and write the months that
    differ again; month tables still empty are written at once."""
    if month_only is None and not _months_stored():
        # One statement per table kept per month only: the answers are grouped once for them.
        with result.answers_grouped():
            writes = months_write(Months(everything=True), result)
        for name, written in writes.items():
            if written:
                report.differences[name] = written
        return
    found = {
        session_table: month_differences(session_table, Months(everything=True))
        for session_table in MONTHLY
        if session_table not in MONTH_ONLY
    }
    found |= (
        result.month_differences(MONTH_ONLY, Q()) if month_only is None else month_only.result()
    )
    repair = Months()
    for session_table, (rows, positions) in found.items():
        if rows:
            name = MONTHLY[session_table].model.__name__
            report.differences[name] = rows
            report.examples[name] = sorted(positions)[: Differences.EXAMPLES]
            repair.positions |= positions
    if repair:
        months_write(repair, month_count(repair))


def rollups_rebuild(*, progress=None) -> Rebuild:
    """Recount everything, compare with the stored rollups and replace what differs.

    Refreshes wait while it runs (it locks every venue), so that nothing written meanwhile is
    mistaken for a difference. The tables of answers are counted and compared in the database;
    only the sessions and partitions that differ are counted again and replaced, and a table
    with no rows at all (a first rebuild) is written at once, without comparing. Last, every
    month cell is compared with the sum of its (repaired) session cells, or, for the tables kept
    per month only, with what the answers count (on PostgreSQL, outside any other transaction:
    on a second connection, from the start), and the months that differ are written again.
    `progress(step, steps, label)` is told as it goes.
    """
    report = Rebuild()
    steps = 3 + len(SESSION_TABLES) + 1
    alongside = _alongside_possible()
    with transaction.atomic(), ThreadPoolExecutor(max_workers=1) as executor:
        _rebuild_settings()
        venues_lock(set(Venue.objects.values_list("pk", flat=True)))
        absorbed = SessionChange.objects.aggregate(upto=Max("pk"))["upto"]
        if progress:
            progress(1, steps, "recount")
        result = recount(None)
        month_only = None
        if alongside and _months_stored():
            # Checking the month cells of the tables kept per month only against the answers is
            # most of a nightly rebuild: it runs on a connection of its own meanwhile. It reads
            # the answers and those month cells, which nothing writes before it is done (the
            # refreshes wait on the venues), and the purged sessions' shares, which the repair
            # below writes back as they were.
            month_only = _alongside(executor, lambda: result.month_differences(MONTH_ONLY, Q()))
        changed_sessions: set[int] = set()
        changed_partitions: set[tuple[int, int]] = set()
        compared: dict[Table, Differences] = {}
        tables = (*SESSION_TABLES, REACH)
        empty = {table for table in tables if not table.model.objects.exists()}
        for step, table in enumerate(tables, start=2):
            if progress:
                progress(step, steps, table.model._meta.verbose_name)
            name = table.model.__name__
            if table in MONTH_ONLY:
                # Counted per month, with the month cells; its session cells are what purged
                # sessions carry over, which no recount can check.
                continue
            if table in empty:
                # Nothing stored (a first rebuild): every counted row is new, written at once.
                if written := rows_write(result, table, frozen=True):
                    report.differences[name] = written
                    report.examples[name] = list(table.model.objects.values_list(*table.key)[:5])
                continue
            if table is REACH:
                keys = _differences(REACH.stored(), result.counted[REACH])
                changed_partitions = {(key[0], key[1]) for key in keys}
                total, examples = len(keys), keys[: Differences.EXAMPLES]
            else:
                if table not in compared:
                    compared |= _session_differences(result, _compared_with(table))
                changed_sessions |= compared[table].by_session.keys()
                total, examples = compared[table].total, compared[table].examples
            if total:
                report.differences[name] = total
                report.examples[name] = examples
        # The month cells are compared and repaired last, from the repaired session cells.
        if len(changed_sessions) > len(result.sessions) / 2:
            # Most of it differs: writing everything again costs less than recounting those
            # sessions one by one.
            rows_replace(result, months_too=False)
        elif changed_sessions or changed_partitions:
            changed = recount(sorted(changed_sessions), partitions=changed_partitions)
            rows_replace(changed, months_too=False)
        if progress:
            progress(steps - 1, steps, "month cells")
        _rebuild_months(report, result, month_only)
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
    quote = connection.ops.quote_name
    tables = [
        quote(table.db_table)
        for table in (*SESSION_TABLES, REACH, *MONTHLY.values())
        if table.model.__name__ in written
    ]
    if connection.vendor == "postgresql" and tables:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {', '.join(tables)}")
