"""The month cells: what reports read.

A month cell holds the sum of the session cells with the same place (campaign, venue, country,
locality), month, kind of person and own keys, and exists where one of them does. The tables kept
per month only (`MONTH_ONLY`: quiz questions, quiz choices, survey answers) have no session cells
but a purged session's: their month cells are the sum of the rows counted from the answers of
the month's sessions, which `DatabaseCount.month_query` gives and
`DatabaseCount.month_differences` compares.
`reach.services.rollups` writes both tiers in one transaction; this module gives what it writes
the other month cells from, and what the nightly rebuild compares them with. A refresh rewrites
only the months its sessions were and are in (`Months`): a report's cost then follows the venues
and months, not the sessions.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Q, Sum, Value

from reach.recount.database import Position
from reach.recount.sql import Query
from reach.recount.tables import FROZEN_TABLES, MONTH_ONLY, MONTHLY, Table


@dataclass
class Months:
    """Which month cells to write again: some months of some partitions (a campaign at a venue),
    every month of others; `everything` for all of them."""

    positions: set[Position] = field(default_factory=set)
    partitions: set[tuple[int, int]] = field(default_factory=set)
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.positions or self.partitions)

    def campaigns(self) -> set[int]:
        """The campaigns of these months (not for `everything`)."""
        return {position[0] for position in self.positions} | {
            campaign_id for campaign_id, _venue in self.partitions
        }

    def q(self) -> Q:
        if self.everything:
            return Q()
        where = Q(pk__in=[])
        for campaign_id, venue_id, month in sorted(self.positions):
            where |= Q(campaign_id=campaign_id, venue_id=venue_id, month=month)
        for campaign_id, venue_id in sorted(self.partitions):
            where |= Q(campaign_id=campaign_id, venue_id=venue_id)
        return where


def months_stored(session_ids: Iterable[int]) -> set[Position]:
    """The months the stored session cells of these sessions are in (one query): where a refresh
    that moves or empties them must write the month cells again."""
    session_ids = list(session_ids)
    if not session_ids:
        return set()
    queries = [
        table.model.objects.filter(session_id__in=session_ids)
        .values_list("campaign_id", "venue_id", "month")
        .order_by()
        for table in FROZEN_TABLES
        if table not in MONTH_ONLY  # a session with answers has quiz or survey cells
    ]
    return set(queries[0].union(*queries[1:]))


def month_rows(session_table: Table, months: Months) -> Query:
    """A SELECT of the month rows of these months, added up from the session table, in the month
    table's column order."""
    monthly = MONTHLY[session_table]
    rows = (
        session_table.model.objects.filter(months.q())
        .values(*monthly.key)
        .annotate(**{f"total_{name}": Sum(name) for name in monthly.values})
        .order_by()
    )
    sql, params = rows.query.sql_with_params()
    return Query(sql, list(params))


def month_differences(session_table: Table, months: Months) -> tuple[int, set[Position]]:
    """How many of these months' stored month rows differ from the sum of their session rows
    (missing, extra, or other values), and the months they are in. One statement: the stored
    rows go, negated, into the GROUP BY that adds up the session rows."""
    monthly = MONTHLY[session_table]
    values = {f"value_{number}": name for number, name in enumerate(monthly.values)}

    def rows(model, sign: int):
        return (
            model.objects.filter(months.q())
            .values(*monthly.key)
            .annotate(
                counted=Value(int(sign > 0)),
                stored=Value(int(sign < 0)),
                **{alias: F(name) * sign for alias, name in values.items()},
            )
            .order_by()
        )

    both = rows(session_table.model, 1).union(rows(monthly.model, -1), all=True)
    union, params = both.query.sql_with_params()
    key = ", ".join(monthly.key)
    sums = ", ".join(f"SUM({alias}) AS {alias}" for alias in values)
    differ = " OR ".join(f"{alias} <> 0" for alias in values)
    sql = (
        f"SELECT campaign_id, venue_id, month, COUNT(*) FROM (SELECT {key}, "  # noqa: S608
        f"SUM(counted) AS counted, SUM(stored) AS stored, {sums} FROM ({union}) u "
        f"GROUP BY {key}) d WHERE (counted > 0) <> (stored > 0) OR {differ} "
        "GROUP BY campaign_id, venue_id, month"
    )
    found: dict[Position, int] = defaultdict(int)
    month_field = monthly.model._meta.get_field("month")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for campaign_id, venue_id, month, count in cursor.fetchall():
            found[(campaign_id, venue_id, month_field.to_python(month))] += count
    return sum(found.values()), set(found)
