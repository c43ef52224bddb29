"""The tables counted from answers, counted by the database and compared there with what is stored.

A million answers must cost about what one GROUP BY over them costs, so they never come to Python:
each table is a SELECT (`DatabaseCount.query`) that the services insert from, and the rebuild
compares the stored rows with in the same statement (`DatabaseCount.differing_keys`). The statements
are the same on PostgreSQL and SQLite but for a few forms (`_Dialect`). What Python counted from
few rows comes in as JSON: the sessions' places, the pairs that only a code makes, the paper
tallies' per-question figures.

A table's rows add up "contributions" (`_contributions`): partial counts of the phone answers,
paper tallies and pairs, and the stored rows of purged sessions, each with a `presence` (a row
exists where the presences of its key add up to more than 0; a choice ticked 0 times on paper
makes none). The answers of quizzes are grouped once by session, person, question and set of
choices (`qa`), and the questions and the choices are counted from those groups; survey answers
likewise (`sa`).
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection

from quizzes.models import Phase
from reach.recount.tables import (
    PLACE,
    QUIZ,
    QUIZ_CHOICE,
    QUIZ_QUESTION,
    SURVEY,
    SURVEY_CHOICE,
    Rows,
    Table,
)
from workshops.models.choices import Gender


class _Dialect:
    """The few SQL forms that differ between PostgreSQL and SQLite."""

    def __init__(self) -> None:
        self.postgres = connection.vendor == "postgresql"

    def among(self, column: str, ids: list[int]) -> "Query":
        """`column` is one of `ids` (one parameter, however many)."""
        if self.postgres:
            return Query(f"{column} = ANY(%s::bigint[])", [ids])
        return Query(f"{column} IN (SELECT value FROM json_each(%s))", [json.dumps(ids)])  # noqa: S608

    def rows(self, alias: str, columns: dict[str, str], rows: list[dict]) -> "Query":
        """A relation of the given rows (passed as one JSON parameter); `columns` maps each
        column to its PostgreSQL type."""
        data = json.dumps(rows, default=str)
        if self.postgres:
            spec = ", ".join(f"{name} {kind}" for name, kind in columns.items())
            return Query(f"jsonb_to_recordset(%s::jsonb) AS {alias}({spec})", [data])
        picked = ", ".join(f"json_extract(value, '$.{name}') AS {name}" for name in columns)
        return Query(f"(SELECT {picked} FROM json_each(%s)) AS {alias}", [data])  # noqa: S608

    def json_list(self, columns: list[str]) -> str:
        """The columns' values as the text of a JSON list."""
        if self.postgres:
            return f"json_build_array({', '.join(columns)})::text"
        return f"json_array({', '.join(columns)})"

    def length(self, column: str) -> str:
        """How many elements the JSON list in `column` has."""
        return f"{'jsonb' if self.postgres else 'json'}_array_length({column})"

    def elements(self, rows: str, longest: int) -> tuple[str, str]:
        """A join giving a row per element of the JSON list `choice_keys` of `rows` (which tell
        its `length`), and that element as text. PostgreSQL joins the positions up to the longest
        list: unnesting with a set-returning function would make it guess a hundred elements a
        list, and plan for that many rows."""
        if self.postgres:
            return (
                f"JOIN generate_series(0, {int(longest) - 1}) AS k(i) ON k.i < {rows}.length",
                f"{rows}.choice_keys ->> k.i",
            )
        return f"CROSS JOIN json_each({rows}.choice_keys) AS k", "k.value"


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


@dataclass(frozen=True)
class Query:
    """SQL and its parameters; `+` joins two."""

    sql: str
    params: list = field(default_factory=list)

    def __add__(self, other: "Query") -> "Query":
        return Query(f"{self.sql} {other.sql}", [*self.params, *other.params])


def _q(sql: str, *params) -> Query:
    return Query(sql, list(params))


def _union(*parts: Query) -> Query:
    return Query(
        " UNION ALL ".join(part.sql for part in parts),
        [param for part in parts for param in part.params],
    )


def _where(*conditions: Query) -> Query:
    conditions = [condition for condition in conditions if condition.sql]
    if not conditions:
        return _q("")
    return Query(
        "WHERE " + " AND ".join(condition.sql for condition in conditions),
        [param for condition in conditions for param in condition.params],
    )


_PLACES = {
    "session_id": "bigint",
    "campaign_id": "bigint",
    "venue_id": "bigint",
    "country": "text",
    "locality": "text",
    "month": "date",
    "purged": "integer",
}
_PLACED = ", ".join(f"p.{name}" for name in PLACE)


def _own(table: Table) -> tuple[str, ...]:
    """A session cell's key after the session and its place: the person, then the table's own."""
    return table.key[1 + len(PLACE) :]


def _total(name: str, *, named: bool = True) -> str:
    """The sum of a column, added up as integers: PostgreSQL adds up big integers (what COUNT and
    SUM give) as numerics, several times slower."""
    return f"SUM(CAST({name} AS integer))" + (f" AS {name}" if named else "")


def _prefixed(alias: str, names: Iterable[str]) -> str:
    return ", ".join(f"{alias}.{name}" for name in names)


class DatabaseCount:
    """What the database counts of a `Recount`: its tables of answers (`FROZEN_TABLES`). Reads
    the recount's `places`, `sessions`, `live`, `code_pairs` and `paper_questions`."""

    def query(self, table: Table, *, frozen: bool = True) -> Query:
        """A SELECT of the counted rows of one of `FROZEN_TABLES`, in `Table.columns` order:
        counted from the answers of the live sessions and, unless `frozen` is False, carried over
        as stored for the purged ones; placed where each session is now."""
        own = ", ".join(_own(table))
        sums = ", ".join(_total(name) for name in table.values)
        values = ", ".join(f"x.{name}" for name in table.values)
        exists = _total("presence", named=False)
        return (
            self._with(table)
            + _q(
                f"SELECT x.session_id, {_PLACED}, {_prefixed('x', _own(table))}, {values} "  # noqa: S608
                f"FROM (SELECT session_id, {own}, {sums} FROM ("
            )
            + self._contributions(table, frozen=frozen)
            + _q(
                f") c GROUP BY session_id, {own} HAVING {exists} > 0) x "
                "JOIN p ON p.session_id = x.session_id"
            )
        )

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
        scope = _q("") if self.live is None else self._sql.among("f.session_id", self.sessions)
        place_differs = " OR ".join(f"f.{name} <> p.{name}" for name in PLACE)
        comparisons = []
        for tag, table in enumerate(tables):
            own = ", ".join(_own(table))
            key = self._sql.json_list(
                [*_PLACED.split(", "), *(f"d.{name}" for name in _own(table))]
            )
            values = ", ".join(table.values)
            negated = ", ".join(f"-f.{name}" for name in table.values)
            sums = ", ".join(_total(name) for name in (*table.values, "presence"))
            differ = " OR ".join(f"d.{name} <> 0" for name in table.values)
            comparisons.append(
                _q(
                    f"SELECT {tag} AS tag, d.session_id, {key} AS key "  # noqa: S608
                    f"FROM (SELECT session_id, {own}, "
                    "SUM(stored_row) AS stored_row, SUM(misplaced) AS misplaced, "
                    f"{sums} FROM (SELECT session_id, {own}, "
                    f"presence, 0 AS stored_row, 0 AS misplaced, {values} FROM ("
                )
                + self._contributions(table, frozen=True)
                + _q(
                    f") c UNION ALL SELECT f.session_id, {_prefixed('f', _own(table))}, 0, 1, "  # noqa: S608
                    f"CASE WHEN {place_differs} THEN 1 ELSE 0 END, {negated} "
                    f"FROM {table.db_table} f JOIN p ON p.session_id = f.session_id"
                )
                + _where(scope)
                + _q(
                    f") u GROUP BY session_id, {own}) d JOIN p ON p.session_id = d.session_id "
                    "WHERE (d.presence > 0) <> (d.stored_row > 0) OR d.misplaced > 0 OR "
                    f"{differ}"
                )
            )
        query = (
            self._with(*tables)
            + _q("SELECT tag, session_id, COUNT(*), MIN(key) FROM (")
            + _union(*comparisons)
            + _q(") x GROUP BY tag, session_id ORDER BY tag, session_id")
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
        values = ", ".join(f"f.{name}" for name in table.values)
        query = (
            self._with()
            + _q(
                f"SELECT f.session_id, {_PLACED}, {_prefixed('f', _own(table))}, {values} "  # noqa: S608
                f"FROM {table.db_table} f JOIN p ON p.session_id = f.session_id"
            )
            + _where(self._purged("f.session_id"))
        )
        with connection.cursor() as cursor:
            cursor.execute(query.sql, query.params)
            return table.from_db(cursor.fetchall())

    # --- building blocks ------------------------------------------------------------------------

    @cached_property
    def _sql(self) -> _Dialect:
        return _Dialect()

    def _with(self, *tables: Table) -> Query:
        """WITH the sessions' places (`p`) and the answers the tables count (`qa`, `sa`)."""
        places = self._sql.rows(
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
                }
                for place in self.places.values()
            ],
        )
        ctes = [_q("p AS (SELECT * FROM") + places + _q(")")]
        if {QUIZ_QUESTION, QUIZ_CHOICE} & set(tables):
            ctes.append(_q("qa AS (") + self._quiz_answers() + _q(")"))
        if SURVEY_CHOICE in tables:
            ctes.append(_q("sa AS (") + self._survey_answers() + _q(")"))
        return Query(
            "WITH " + ", ".join(cte.sql for cte in ctes),
            [param for cte in ctes for param in cte.params],
        )

    def _contributions(self, table: Table, *, frozen: bool) -> Query:
        """What adds up to the table's rows: session_id, the person and the table's own keys
        (`_own`), `presence` (a row exists where the presences of its key add up to more than 0),
        then the table's values; the place follows from the session."""
        live = _LIVE[table](self)
        if not frozen:
            return live
        values = ", ".join(f"f.{name}" for name in table.values)
        carried = _q(
            f"SELECT f.session_id, {_prefixed('f', _own(table))}, 1, {values} "  # noqa: S608
            f"FROM {table.db_table} f"
        ) + _where(self._purged("f.session_id"))
        return _union(live, carried)

    def _purged(self, column: str) -> Query:
        """The condition that `column` is a purged session of the recount."""
        if self.live is None:
            return _q(f"{column} IN (SELECT session_id FROM p WHERE purged = 1)")  # noqa: S608
        return self._sql.among(column, [pk for pk, place in self.places.items() if place.purged])

    def _live(self, column: str) -> Query:
        """The condition that `column` is a live session (none when every session counts)."""
        return _q("") if self.live is None else self._sql.among(column, self.live)

    def _paper_live(self) -> Query:
        """The condition that a paper tally (`pa`, of session `s`) is of a live session."""
        if self.live is None:
            return _q("s.participant_data_purged_at IS NULL")
        return self._live("pa.session_id")

    @cached_property
    def _longest(self) -> dict[str, int]:
        """The most choices one answer holds, of quizzes and of surveys (PostgreSQL only)."""
        if not self._sql.postgres:
            return {}
        longest = {}
        for kind, answers, parent in (
            ("quiz", "quizzes_answer", "quizzes_attempt t ON t.id = a.attempt_id"),
            ("survey", "surveys_responseanswer", "surveys_response t ON t.id = a.response_id"),
        ):
            query = _q(
                f"SELECT COALESCE(MAX(jsonb_array_length(a.choice_keys)), 0) FROM {answers} a"  # noqa: S608
            )
            if self.live is not None:  # the answers of some sessions only
                query += _q(f"JOIN {parent}") + _where(self._live("t.session_id"))
            with connection.cursor() as cursor:
                cursor.execute(query.sql, query.params)
                longest[kind] = cursor.fetchone()[0]
        return longest

    def _quiz_answers(self) -> Query:
        """`qa`: phone answers by session, person, quiz, phase, question and set of choices."""
        return (
            _q(
                "SELECT t.session_id, pt.role AS audience, pt.gender, pt.age_band, t.quiz_key, "  # noqa: S608
                "t.phase, a.question_key, a.choice_keys, a.is_correct, COUNT(*) AS n, "
                f"{self._sql.length('a.choice_keys')} AS length "
                "FROM quizzes_answer a "
                "JOIN quizzes_attempt t ON t.id = a.attempt_id "
                "JOIN workshops_participant pt ON pt.id = t.participant_id"
            )
            + _where(self._live("t.session_id"))
            + _q("GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9")
        )

    def _survey_answers(self) -> Query:
        """`sa`: survey answers with choices (free texts are never rolled up), by session,
        person, survey, phase, question and set of choices."""
        return (
            _q(
                "SELECT r.session_id, pt.role AS audience, pt.gender, pt.age_band, r.survey_key, "  # noqa: S608
                "r.phase, a.question_key, "
                f"a.choice_keys, COUNT(*) AS n, {self._sql.length('a.choice_keys')} AS length "
                "FROM surveys_responseanswer a "
                "JOIN surveys_response r ON r.id = a.response_id "
                "JOIN workshops_participant pt ON pt.id = r.participant_id"
            )
            + _where(_q(f"{self._sql.length('a.choice_keys')} > 0"), self._live("r.session_id"))
            + _q("GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")
        )

    # --- what adds up to each table's rows, for the live sessions -----------------------------
    # Each gives session_id, the person (audience, gender, age_band), the table's own keys,
    # presence, then the table's values, named as the table's columns.

    def _quiz_rows(self) -> Query:
        """Attempts and scores per person, paper sheets, and the pairs: by phone (a participant
        who took both tests) and by code, on the post-test's row (which its attempt makes)."""
        pair = (
            "SELECT post.session_id, pt.role, pt.gender, pt.age_band, post.quiz_key, post.phase, "
            "0, 0, 0, 0, 0, 0, COUNT(*), SUM(pre.correct_count), SUM(pre.question_count), "
            "SUM(post.correct_count), SUM(post.question_count) FROM quizzes_attempt post "
            "JOIN workshops_participant pt ON pt.id = post.participant_id JOIN"
        )
        code_pairs = self._sql.rows(
            "cp",
            {"post_id": "bigint", "pre_id": "bigint"},
            [{"post_id": post, "pre_id": pre} for post, pre in self.code_pairs],
        )
        grouped = _q("GROUP BY 1, 2, 3, 4, 5, 6")
        return _union(
            _q(
                "SELECT t.session_id, pt.role AS audience, pt.gender, pt.age_band, t.quiz_key, "
                "t.phase, 1 AS presence, COUNT(*) AS attempts, 0 AS paper_sheets, "
                "SUM(CASE WHEN t.passed THEN 1 ELSE 0 END) AS passed, "
                "SUM(t.correct_count) AS correct, SUM(t.question_count) AS questions, "
                "0 AS pairs, 0 AS pair_pre_correct, 0 AS pair_pre_questions, "
                "0 AS pair_post_correct, 0 AS pair_post_questions FROM quizzes_attempt t "
                "JOIN workshops_participant pt ON pt.id = t.participant_id"
            )
            + _where(self._live("t.session_id"))
            + grouped,
            _q(
                "SELECT pa.session_id, s.audience, %s, s.age_band, pa.quiz_key, pa.phase, 1, 0, "
                "pa.sheets, 0, 0, 0, 0, 0, 0, 0, 0 "
                "FROM quizzes_papertally pa JOIN workshops_session s ON s.id = pa.session_id",
                Gender.NOT_STATED.value,
            )
            + _where(self._paper_live()),
            _q(
                f"{pair} quizzes_attempt pre ON pre.participant_id = post.participant_id "
                "AND pre.quiz_key = post.quiz_key AND pre.session_id = post.session_id "
                "AND pre.phase = %s",
                Phase.PRE.value,
            )
            + _where(_q("post.phase = %s", Phase.POST.value), self._live("post.session_id"))
            + grouped,
            _q(pair)
            + code_pairs
            + _q("ON cp.post_id = post.id JOIN quizzes_attempt pre ON pre.id = cp.pre_id")
            + grouped,
        )

    def _quiz_question_rows(self) -> Query:
        """Per question: answered and correct, on phones and, for questions with one right
        answer, on paper."""
        paper = self._sql.rows(
            "e",
            {
                "tally_id": "bigint",
                "question_key": "text",
                "answered": "bigint",
                "correct": "bigint",
            },
            self.paper_questions,
        )
        return _union(
            _q(
                "SELECT session_id, audience, gender, age_band, quiz_key, phase, question_key, "
                "1 AS presence, n AS answered, CASE WHEN is_correct THEN n ELSE 0 END AS correct "
                "FROM qa"
            ),
            _q(
                "SELECT pa.session_id, s.audience, %s, s.age_band, pa.quiz_key, pa.phase, "
                "e.question_key, 1, e.answered, e.correct FROM",
                Gender.NOT_STATED.value,
            )
            + paper
            + _q(
                "JOIN quizzes_papertally pa ON pa.id = e.tally_id "
                "JOIN workshops_session s ON s.id = pa.session_id"
            ),
        )

    def _quiz_choice_rows(self) -> Query:
        """Per choice: how many ticked it, on phones and on paper (a row for a choice ticked at
        least once)."""
        join, element = self._sql.elements("qa", self._longest.get("quiz", 0))
        return _union(
            _q(
                "SELECT qa.session_id, qa.audience, qa.gender, qa.age_band, qa.quiz_key, "  # noqa: S608
                f"qa.phase, qa.question_key, {element} AS choice_key, qa.n AS presence, "
                f"qa.n AS count FROM qa {join}"
            ),
            _q(
                "SELECT pa.session_id, s.audience, %s, s.age_band, pa.quiz_key, pa.phase, "
                "pc.question_key, pc.choice_key, pc.count, pc.count "
                "FROM quizzes_paperchoicecount pc JOIN quizzes_papertally pa "
                "ON pa.id = pc.tally_id JOIN workshops_session s ON s.id = pa.session_id",
                Gender.NOT_STATED.value,
            )
            + _where(self._paper_live()),
        )

    def _survey_rows(self) -> Query:
        return (
            _q(
                "SELECT r.session_id, pt.role AS audience, pt.gender, pt.age_band, r.survey_key, "
                "r.phase, 1 AS presence, "
                "COUNT(*) AS responses FROM surveys_response r "
                "JOIN workshops_participant pt ON pt.id = r.participant_id"
            )
            + _where(self._live("r.session_id"))
            + _q("GROUP BY 1, 2, 3, 4, 5, 6")
        )

    def _survey_choice_rows(self) -> Query:
        join, element = self._sql.elements("sa", self._longest.get("survey", 0))
        return _q(
            "SELECT sa.session_id, sa.audience, sa.gender, sa.age_band, sa.survey_key, sa.phase, "  # noqa: S608
            f"sa.question_key, {element} AS choice_key, sa.n AS presence, sa.n AS count "
            f"FROM sa {join}"
        )


_LIVE = {
    QUIZ: DatabaseCount._quiz_rows,
    QUIZ_QUESTION: DatabaseCount._quiz_question_rows,
    QUIZ_CHOICE: DatabaseCount._quiz_choice_rows,
    SURVEY: DatabaseCount._survey_rows,
    SURVEY_CHOICE: DatabaseCount._survey_choice_rows,
}
