"""Writing rollups: recount some sessions (and the partitions, a campaign at a venue, they are in)
and replace their rows and the month cells of their months (for the tables kept per month only,
counted again from the answers of every session of those months).

Each refresh replaces the rows of the sessions and partitions it recounted, in one transaction,
after locking the venues involved: two refreshes of the same place run one after the other, a
worker killed half way leaves the old rows, and running one twice writes the same rows again. Only
outbox rows the refresh has absorbed are deleted.
"""

from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils import timezone

from reach.models import ReachCell, SessionChange, SessionRollup
from reach.recount import (
    FROZEN_TABLES,
    MONTH_ONLY,
    REACH,
    SESSION,
    SESSION_TABLES,
    Recount,
    Table,
    month_count,
    recount,
)
from reach.recount.database import DatabaseCount
from reach.recount.months import Months, Position, month_rows, months_stored
from reach.recount.tables import MONTHLY
from reach.selectors.kept import rollups_written
from workshops.models import Session, Venue


def venues_lock(venue_ids: set[int]) -> None:
    """Serialise the refreshes of the same places (PostgreSQL row locks, in a fixed order;
    SQLite writes one transaction at a time anyway)."""
    list(Venue.objects.select_for_update().filter(pk__in=venue_ids).order_by("pk").values("pk"))


def partitions_filter(partitions: set[tuple[int, int]]) -> Q:
    """The rows of these partitions (campaign, venue)."""
    where = Q(pk__in=[])
    for campaign_id, venue_id in partitions:
        where |= Q(campaign_id=campaign_id, venue_id=venue_id)
    return where


def _insert_from(table: Table, query) -> int:
    """Insert a table's rows straight from a SELECT of its columns in order; returns how many."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(table.column(name)) for name in table.columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(table.db_table)} ({columns}) "  # noqa: S608
            f"SELECT * FROM ({query.sql}) counted",
            query.params,
        )
        return cursor.rowcount


def rows_write(result: Recount, table: Table, *, frozen: bool = False) -> int:
    """Write a table's counted rows (of the recounted sessions or partitions); the database
    writes the rows of answers it counted itself, straight from the recount's query. Returns how
    many rows it wrote."""
    if table is SESSION:
        instances = SESSION.instances(result.counted[SESSION], refreshed_at=timezone.now())
    elif table is REACH:
        instances = REACH.instances(result.counted[REACH])
    else:
        return _insert_from(table, result.query(table, frozen=frozen))
    return len(table.model.objects.bulk_create(instances, 2000))


def months_of(result: Recount) -> set[Position]:
    """The months the recounted sessions are in now."""
    return {(place.campaign_id, place.venue_id, place.month) for place in result.places.values()}


def months_write(months: Months, count: DatabaseCount) -> dict[str, int]:
    """Write the month cells of these months again: added up from the session cells (which must
    be written already), and for the tables kept per month only from the answers `count`
    counts (every session of those months: `month_count`, or a full recount for every month).
    Returns how many rows it wrote in each table."""
    written = {}
    rollups_written(None if months.everything else months.campaigns())
    for session_table, monthly in MONTHLY.items():
        monthly.model.objects.filter(months.q()).delete()
        if session_table in MONTH_ONLY:
            rows = count.month_query(session_table)
        else:
            rows = month_rows(session_table, months)
        written[monthly.model.__name__] = _insert_from(monthly, rows)
    return written


def month_only_rows_keep(result: Recount) -> None:
    """Write the session cells of the tables kept per month only for the recounted sessions,
    counted from their answers: what they carry over once those answers are deleted (a purge,
    `reach.retention`). The sessions must still be live in `result`."""
    for table in MONTH_ONLY:
        table.model.objects.filter(session_id__in=result.sessions).delete()
        rows_write(result, table, frozen=False)


def rows_replace(
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
        months = Months(months_stored(result.sessions) | months_of(result), set(whole))
    for table in SESSION_TABLES:
        carried = result.frozen_rows(table) if table in FROZEN_TABLES else {}
        # The purged sessions' rows are read before they are deleted, and written back as read.
        stored = table.model.objects.all()
        if not everything:
            stored = stored.filter(session_id__in=result.sessions)
        stored.delete()
        if table not in MONTH_ONLY:  # those are counted straight into their month cells
            rows_write(result, table)
        table.model.objects.bulk_create(table.instances(carried), 2000)
    if months:
        count = result if everything else month_count(months, known=result)
        # The tables kept per month only are counted from the same answers: grouped once.
        with count.answers_grouped():
            months_write(months, count)
    reach = ReachCell.objects.all()
    if not everything:
        reach = reach.filter(partitions_filter(result.partitions))
    reach.delete()
    rows_write(result, REACH)
    rollups_written(None if everything else {campaign for campaign, _venue in result.partitions})


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
        rows_replace(result, whole=set(partitions))
        if absorbed is not None:
            SessionChange.objects.filter(session_id__in=session_ids, pk__lte=absorbed).delete()
    return result


def session_refresh(*, session_id: int) -> Recount:
    return sessions_refresh(session_ids=[session_id])


def partition_refresh(*, campaign_id: int, venue_id: int) -> Recount:
    """Recount a campaign at a venue, for example after one of its sessions was deleted."""
    return sessions_refresh(session_ids=[], partitions={(campaign_id, venue_id)})


def campaign_refresh(*, campaign_id: int) -> Recount:
    """Recount every session of a campaign."""
    session_ids = list(Session.objects.filter(campaign_id=campaign_id).values_list("pk", flat=True))
    return sessions_refresh(session_ids=session_ids)
