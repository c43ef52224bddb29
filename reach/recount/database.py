"""The tables counted from answers, counted by the database and compared there with what is stored.

A million answers must cost about what one GROUP BY over them costs, so they never come to Python:
each table is a SELECT (`DatabaseCount.query`) that the services insert from, and the rebuild
compares the stored rows with in the same statement (`DatabaseCount.differences`). The statements
are the same on PostgreSQL and SQLite but for a few forms (`reach.recount.sql.Dialect`). What
Python counted from few rows comes in as parameters (`Dialect.rows`): the sessions' places, the
pairs that only a code makes, the paper tallies' per-question figures.

A table's rows add up its contributions (`reach.recount.contributions`, declared by column name):
partial counts of the phone answers, paper tallies and pairs, and here the stored rows of purged
sessions, carried over, and, to compare, the stored rows negated.
"""

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.db.models import F, Q, Value

from quizzes.models import Answer, Attempt
from reach.recount.contributions import (
    CONTRIBUTIONS,
    contribution_keys,
    contribution_layout,
    own_keys,
    quiz_answers,
    survey_answers,
)
from reach.recount.sql import Dialect, Query, Select, Source, quoted, sql, union, where
from reach.recount.tables import (
    MONTHLY,
    PLACE,
    QUIZ_CHOICE,
    QUIZ_QUESTION,
    SURVEY_CHOICE,
    Rows,
    Table,
)
from surveys.models import Response, ResponseAnswer

Position = tuple[int, int, dt.date]  # campaign, venue, month


@dataclass
class Differences:
    """The rows of a table that a recount and the stored rows disagree on: how many of each
    session, and a few of their keys."""

    EXAMPLES = 5

    by_session: dict[int, int] = field(default_factory=dict)
    examples: list[tuple] = field(default_factory=list)

    @classmethod
    def of(cls, keys: list[tuple]) -> "Differences":
        """The differences of keys that start with the session."""
        found = cls(examples=keys[: cls.EXAMPLES])
        for key in keys:
            found.by_session[key[0]] = found.by_session.get(key[0], 0) + 1
        return found

    @property
    def total(self) -> int:
        return sum(self.by_session.values())


_PLACES = {
    "session_id": "bigint",
    "campaign_id": "bigint",
    "venue_id": "bigint",
    "country": "text",
    "locality": "text",
    "month": "date",
    "purged": "integer",
    "slot": "bigint",
}


def _names(names: Iterable[str]) -> str:
    return ", ".join(quoted(name) for name in names)


def _total(name: str, *, named: bool = True) -> str:
    """The sum of a column, added up as integers: PostgreSQL adds up big integers (what COUNT and
    SUM give) as numerics, several times slower."""
    return f"SUM(CAST({quoted(name)} AS integer))" + (f" AS {quoted(name)}" if named else "")


def _placed(table: Table, rows: Source | str) -> dict[str, str]:
    """Every column of a table, in order: the place from the session's (`p`), the rest from
    `rows` (a table's rows, or the alias of rows that name its columns)."""
    return {
        name: f"p.{quoted(name)}"
        if name in PLACE
        else (rows[name] if isinstance(rows, Source) else f"{rows}.{quoted(name)}")
        for name in table.columns
    }


class DatabaseCount:
    """What the database counts of a `Recount`: its tables of answers (`FROZEN_TABLES`). Reads
    the recount's `places`, `sessions`, `live`, `code_pairs`, `paper_questions` and
    `paper_held`."""

    _GROUPED = ("qa", "sa")  # the answers grouped once (`_with`), as temporary tables
    _grouped_kept = False  # whether they are kept in temporary tables (`answers_grouped`)

    @contextlib.contextmanager
    def answers_grouped(self):
        """Group the answers once, for every statement of this count run inside: each statement
        that counts quiz questions or choices, or survey answers, otherwise groups them again
        (`qa`, `sa`: at a million answers, more than a second each time, the most of what a
        full rebuild spent). They are kept in temporary tables of the same names, which the
        statements read instead, made in the caller's transaction and dropped at its end at the
        latest (ON COMMIT DROP: nothing outlives the transaction in a pooled server
        connection). PostgreSQL only: the embedded SQLite database holds a few classes, and
        groups them per statement as before."""
        if not connection.in_atomic_block:
            raise RuntimeError("the grouped answers live in a transaction: run inside atomic()")
        if self._grouped_kept or not self.dialect.postgres:
            yield
            return
        with connection.cursor() as cursor:
            for name, select in zip(self._GROUPED, (quiz_answers, survey_answers), strict=True):
                query = self._with() + select(self, by_month=True).query()
                cursor.execute(
                    f"CREATE TEMPORARY TABLE {name} ON COMMIT DROP AS {query.sql}", query.params
                )
        self._grouped_kept = True
        try:
            yield
        finally:  # after an error the transaction's rollback drops them
            self._grouped_kept = False
        with connection.cursor() as cursor:  # another count may group them again
            for name in self._GROUPED:
                cursor.execute(f"DROP TABLE {name}")

    def query(self, table: Table, *, frozen: bool = True) -> Query:
        """A SELECT of the counted rows of one of `FROZEN_TABLES`, in `Table.columns` order:
        counted from the answers of the live sessions and, unless `frozen` is False, carried over
        as stored for the purged ones; placed where each session is now."""
        return self._with(table, by_month=False) + self._counted(table, frozen=frozen)

    def month_query(self, table: Table) -> Query:
        """A SELECT of the rows of one of `FROZEN_TABLES` added up per month, in the columns of
        its month table (`MONTHLY`): how the tables kept per month only (`MONTH_ONLY`) are
        written, from the answers of this count's sessions, which must be every session of
        those months."""
        return self._with(table, by_month=True) + self._counted_by_month(table)

    def month_differences(
        self, tables: Iterable[Table], months: Q
    ) -> dict[Table, tuple[int, set[Position]]]:
        """Per table kept per month only, how many of the stored month rows (those `months`
        selects) differ from the rows counted from this count's sessions (missing, extra, or
        other values), and the months they are in; the count's sessions must be every session
        of those months. One statement for every table: the answers are grouped once, and the
        stored rows go, negated, into the GROUP BY that adds up the counted ones."""
        tables = list(tables)
        comparisons = []
        for tag, table in enumerate(tables):
            monthly = MONTHLY[table]
            values = {f"value_{number}": name for number, name in enumerate(monthly.values)}
            counted = Select(
                {name: f"c.{quoted(name)}" for name in monthly.key}
                | {"counted": "1", "stored": "0"}
                | {alias: f"c.{quoted(name)}" for alias, name in values.items()},
                sql("(") + self._counted_by_month(table) + sql(") c"),
            ).query()
            stored = (
                monthly.model.objects.filter(months)
                .values(*monthly.key)
                .annotate(
                    counted=Value(0),
                    stored=Value(1),
                    **{alias: F(name) * -1 for alias, name in values.items()},
                )
                .order_by()
            )
            stored_sql, stored_params = stored.query.sql_with_params()
            key = _names(monthly.key)
            sums = ", ".join(f"SUM({alias}) AS {alias}" for alias in values)
            differ = " OR ".join(f"{alias} <> 0" for alias in values)
            comparisons.append(
                sql(f"SELECT {tag} AS tag, campaign_id, venue_id, month FROM (SELECT {key}, ")  # noqa: S608
                + sql(f"SUM(counted) AS counted, SUM(stored) AS stored, {sums} FROM (")
                + counted
                + Query(f"UNION ALL {stored_sql}", list(stored_params))
                + sql(f") u GROUP BY {key}) d WHERE (counted > 0) <> (stored > 0) OR {differ}")
            )
        query = (
            self._with(*tables, by_month=True)
            + sql("SELECT tag, campaign_id, venue_id, month, COUNT(*) FROM (")
            + union(*comparisons)
            + sql(") x GROUP BY tag, campaign_id, venue_id, month")
        )
        found: dict[Table, dict[Position, int]] = {table: {} for table in tables}
        with connection.cursor() as cursor:
            cursor.execute(query.sql, query.params)
            for tag, campaign_id, venue_id, month, count in cursor.fetchall():
                table = tables[tag]
                month = MONTHLY[table].model._meta.get_field("month").to_python(month)
                found[table][(campaign_id, venue_id, month)] = count
        return {table: (sum(by.values()), set(by)) for table, by in found.items()}

    def differences(self, tables: Iterable[Table]) -> dict[Table, "Differences"]:
        """Per table (of `FROZEN_TABLES`), the rows on which this recount and what is stored for
        its sessions (every stored row, after a full recount) disagree: a row only one of them
        has, with other values, or stored at a place its session has left (such a row counts
        once).

        One statement compares them in the database, the recount's rows never built on their
        own: the stored rows go, negated, into the GROUP BY that adds up the counted ones. Only a
        count per session and one key per session come back, however many rows differ, and
        tables counted from the same answers (quiz questions and choices) read them once."""
        tables = list(tables)
        comparisons = [self._comparison(tag, table) for tag, table in enumerate(tables)]
        query = (
            self._with(*tables, by_month=False)
            + sql("SELECT tag, session_id, COUNT(*), MIN(key) FROM (")
            + union(*comparisons)
            + sql(") x GROUP BY tag, session_id ORDER BY tag, session_id")
        )
        found = {table: Differences() for table in tables}
        with connection.cursor() as cursor:
            cursor.execute(query.sql, query.params)
            for tag, session_id, rows, key in cursor.fetchall():
                differences = found[tables[tag]]
                differences.by_session[session_id] = rows
                if len(differences.examples) < Differences.EXAMPLES:
                    example = (session_id, *json.loads(key))
                    differences.examples.append(tables[tag].key_from_db(example))
        return found

    def frozen_rows(self, table: Table) -> Rows:
        """The rows of one of `FROZEN_TABLES` that the purged sessions carry over, placed where
        their session is now."""
        if not any(place.purged for place in self.places.values()):
            return {}
        f = Source(table.model, "f")
        query = (
            self._with()
            + Select(
                _placed(table, f),
                f"{f} JOIN p ON p.session_id = {f['session_id']}",
                where=(self._purged(f["session_id"]),),
            ).query()
        )
        with connection.cursor() as cursor:
            cursor.execute(query.sql, query.params)
            return table.from_db(cursor.fetchall())

    # --- building blocks, and what the contributions read -----------------------------------

    @cached_property
    def dialect(self) -> Dialect:
        return Dialect()

    @cached_property
    def _slots(self) -> dict[tuple, int]:
        """Per place and month, its first session: where the answers are grouped by month, it
        stands for every session there (its place is theirs, and the place is all that the rows
        grouped by month look up)."""
        slots: dict[tuple, int] = {}
        for session_id in sorted(self.places):
            slots.setdefault(self.places[session_id].place, session_id)
        return slots

    def _with(self, *tables: Table, by_month: bool = False) -> Query:
        """WITH the sessions' places (`p`) and the answers the tables count (`qa`, `sa`), unless
        they are kept grouped already (`answers_grouped`, grouped by month). `by_month`: the
        statement adds its rows up per month, so the answers of the sessions of one place and
        month may be grouped together (`slot`)."""
        slots = self._slots
        places = self.dialect.rows(
            "p",
            _PLACES,
            [
                {
                    "session_id": place.session_id,
                    "campaign_id": place.campaign_id,
                    "venue_id": place.venue_id,
                    "country": place.country,
                    "locality": place.locality,
                    "month": place.month.isoformat(),
                    "purged": int(place.purged),
                    "slot": slots[place.place],
                }
                for place in self.places.values()
            ],
        )
        ctes = [sql("p AS (SELECT * FROM") + places + sql(")")]
        regroup = not (self._grouped_kept and by_month)
        if {QUIZ_QUESTION, QUIZ_CHOICE} & set(tables) and regroup:
            ctes.append(sql("qa AS (") + quiz_answers(self, by_month=by_month).query() + sql(")"))
        if SURVEY_CHOICE in tables and regroup:
            ctes.append(sql("sa AS (") + survey_answers(self, by_month=by_month).query() + sql(")"))
        return Query(
            "WITH " + ", ".join(cte.sql for cte in ctes),
            [param for cte in ctes for param in cte.params],
        )

    def _counted(self, table: Table, *, frozen: bool) -> Query:
        """`query` without its WITH clause (`_with`), to be part of a larger statement."""
        keys = _names(contribution_keys(table))
        sums = ", ".join(_total(name) for name in table.values)
        added_up = (
            sql(f"(SELECT {keys}, {sums} FROM (")  # noqa: S608
            + self._contributions(table, frozen=frozen)
            + sql(
                f") c GROUP BY {keys} HAVING {_total('presence', named=False)} > 0) x "
                "JOIN p ON p.session_id = x.session_id"
            )
        )
        return Select(_placed(table, "x"), added_up).query()

    def _counted_by_month(self, table: Table) -> Query:
        """`month_query` without its WITH clause: the contributions added up per month straight
        away, not per session first (a row exists where its presences add up to more than 0,
        per session or per month alike: a presence is never negative)."""
        monthly = MONTHLY[table]
        columns = {
            name: f"p.{quoted(name)}" if name in PLACE else f"c.{quoted(name)}"
            for name in monthly.key
        } | {name: f"SUM(CAST(c.{quoted(name)} AS integer))" for name in monthly.values}
        added_up = (
            sql("(")
            + self._contributions(table, frozen=True)
            + sql(") c JOIN p ON p.session_id = c.session_id")
        )
        query = Select(columns, added_up, group_by=monthly.key).query()
        return query + sql(f"HAVING SUM(CAST(c.{quoted('presence')} AS integer)) > 0")

    def _contributions(
        self, table: Table, *, frozen: bool, compared: Select | None = None
    ) -> Query:
        """What adds up to the table's rows, lined up by name (`contribution_layout`): the live
        sessions' counts, unless `frozen` is False the purged sessions' rows as stored, and the
        stored rows a comparison sets against them (`compared`)."""
        parts = CONTRIBUTIONS[table](self)
        if frozen:
            parts.append(self._carried(table))
        extra = ()
        if compared is not None:
            parts.append(compared)
            extra = ("stored_row", "misplaced")
        columns = contribution_layout(table, *extra)
        return union(*(part.query(columns) for part in parts))

    def _carried(self, table: Table) -> Select:
        """The stored rows of the purged sessions, which can no longer be counted."""
        f = Source(table.model, "f")
        return Select(
            {name: f[name] for name in (*contribution_keys(table), *table.values)}
            | {"presence": "1"},
            str(f),
            where=(self._purged(f["session_id"]),),
        )

    def _comparison(self, tag: int, table: Table) -> Query:
        """The keys of the table's rows (of the recount's sessions) where the counted and the
        stored rows differ, tagged `tag`: the stored rows go in negated, with `stored_row` 1 and
        `misplaced` 1 when their session has moved since."""
        f = Source(table.model, "f")
        scope = sql("") if self.live is None else self.dialect.among(f["session_id"], self.sessions)
        misplaced = " OR ".join(f"{f[name]} <> p.{quoted(name)}" for name in PLACE)
        stored = Select(
            {name: f[name] for name in contribution_keys(table)}
            | {"stored_row": "1", "misplaced": f"CASE WHEN {misplaced} THEN 1 ELSE 0 END"}
            | {name: f"-{f[name]}" for name in table.values},
            f"{f} JOIN p ON p.session_id = {f['session_id']}",
            where=(scope,),
        )
        keys = _names(contribution_keys(table))
        sums = ", ".join(_total(name) for name in (*table.values, "presence"))
        added_up = (
            sql(
                f"(SELECT {keys}, SUM(stored_row) AS stored_row, SUM(misplaced) AS misplaced, "  # noqa: S608
                f"{sums} FROM ("
            )
            + self._contributions(table, frozen=True, compared=stored)
            + sql(f") u GROUP BY {keys}) d JOIN p ON p.session_id = d.session_id")
        )
        key = self.dialect.json_list(
            [*(f"p.{quoted(name)}" for name in PLACE), *(f"d.{quoted(n)}" for n in own_keys(table))]
        )
        differ = " OR ".join(f"d.{quoted(name)} <> 0" for name in table.values)
        return Select(
            {"tag": str(tag), "session_id": "d.session_id", "key": key},
            added_up,
            where=(sql(f"(d.presence > 0) <> (d.stored_row > 0) OR d.misplaced > 0 OR {differ}"),),
        ).query()

    def _purged(self, column: str) -> Query:
        """The condition that `column` is a purged session of the recount."""
        if self.live is None:
            return sql(f"{column} IN (SELECT session_id FROM p WHERE purged = 1)")  # noqa: S608
        return self.dialect.among(column, [pk for pk, place in self.places.items() if place.purged])

    def live_only(self, column: str) -> Query:
        """The condition that `column` is a live session (none when every session counts)."""
        return sql("") if self.live is None else self.dialect.among(column, self.live)

    def paper_live_only(self, pa: Source, s: Source) -> Query:
        """The condition that a paper tally (`pa`, of session `s`) is of a live session."""
        if self.live is None:
            return sql(f"{s['participant_data_purged_at']} IS NULL")
        return self.live_only(pa["session"])

    def paper_counted(self, pa: Source) -> Query:
        """The condition that a paper tally (`pa`) counts: it is not held back for a
        coordinator's review (none when no tally is)."""
        if not self.paper_held:
            return sql("")
        return sql("NOT (") + self.dialect.among(pa["id"], self.paper_held) + sql(")")

    @cached_property
    def longest(self) -> dict[str, int]:
        """The most choices one answer holds, of quizzes and of surveys (PostgreSQL only)."""
        if not self.dialect.postgres:
            return {}
        if self._grouped_kept:  # the grouped answers tell it at once
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT (SELECT COALESCE(MAX(length), 0) FROM qa), "
                    "(SELECT COALESCE(MAX(length), 0) FROM sa)"
                )
                quiz, survey = cursor.fetchone()
            return {"quiz": quiz, "survey": survey}
        longest = {}
        for kind, answer, parent, link in (
            ("quiz", Answer, Attempt, "attempt"),
            ("survey", ResponseAnswer, Response, "response"),
        ):
            a, t = Source(answer, "a"), Source(parent, "t")
            query = sql(f"SELECT COALESCE(MAX(jsonb_array_length({a['choice_keys']})), 0) FROM {a}")  # noqa: S608
            if self.live is not None:  # the answers of some sessions only
                query += sql(f"JOIN {t} ON {t['id']} = {a[link]}") + where(
                    self.live_only(t["session"])
                )
            with connection.cursor() as cursor:
                cursor.execute(query.sql, query.params)
                longest[kind] = cursor.fetchone()[0]
        return longest
