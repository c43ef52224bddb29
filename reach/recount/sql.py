"""Plain SQL built by name, the same on PostgreSQL and SQLite.

A statement travels with its parameters (`Query`). A model's table is named by its model
(`Source`: `Source(Attempt, "t")` is `"quizzes_attempt" t`, and `t["session"]` its column
`t."session_id"`), and a SELECT is declared as a mapping from each output column's name to its
expression (`Select`), so that the parts of a UNION line up by name: a column a part does not give
is filled in by the layout it is rendered with (the zero of a count). Identifiers that come from
models are quoted with the connection's `quote_name`. `Dialect` holds the few forms that differ
between the two databases.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import connection


@dataclass(frozen=True)
class Query:
    """SQL and its parameters; `+` joins two."""

    sql: str
    params: list = field(default_factory=list)

    def __add__(self, other: "Query") -> "Query":
        return Query(f"{self.sql} {other.sql}", [*self.params, *other.params])


Expression = str | Query  # SQL, with its parameters when it has any


def sql(text: str, *params) -> Query:
    return Query(text, list(params))


def _query(expression: Expression) -> Query:
    return expression if isinstance(expression, Query) else Query(expression)


def joined(parts: Iterable[Expression], separator: str) -> Query:
    parts = [_query(part) for part in parts]
    return Query(
        separator.join(part.sql for part in parts), [p for part in parts for p in part.params]
    )


def union(*parts: Query) -> Query:
    return joined(parts, " UNION ALL ")


def where(*conditions: Query) -> Query:
    """A WHERE clause of the conditions that are not empty; none at all when every one is."""
    conditions = [condition for condition in conditions if condition.sql]
    if not conditions:
        return sql("")
    return sql("WHERE") + joined(conditions, " AND ")


def quoted(name: str) -> str:
    return connection.ops.quote_name(name)


class Source:
    """A model's table under an alias in a statement: `str(source)` is what FROM and JOIN take
    (`"quizzes_attempt" t`), `source[field_name]` a column by its model field (`t."session_id"`;
    a foreign key by its name or its attname)."""

    def __init__(self, model: type, alias: str):
        self.model = model
        self.alias = alias

    def __str__(self) -> str:
        return f"{quoted(self.model._meta.db_table)} {self.alias}"

    def __getitem__(self, field_name: str) -> str:
        return f"{self.alias}.{quoted(self.model._meta.get_field(field_name).column)}"


@dataclass(frozen=True)
class Select:
    """A SELECT declared by name: `columns` maps each output column to its expression, `source`
    is the FROM clause (joins included), `where` its conditions, `group_by` the output columns
    it groups by."""

    columns: Mapping[str, Expression]
    source: Expression
    where: tuple[Query, ...] = ()
    group_by: tuple[str, ...] = ()

    def query(self, layout: Mapping[str, str | None] | None = None) -> Query:
        """The statement, its columns in the order of `layout`, which also says what a column
        this SELECT does not give is (for example "0"; None: every part must give it). Without
        a layout, the columns come as declared."""
        if layout is None:
            layout = dict.fromkeys(self.columns)
        if unknown := set(self.columns) - set(layout):
            raise ValueError(f"columns {sorted(unknown)} are not among {list(layout)}")
        expressions = []
        for name, default in layout.items():
            if name not in self.columns and default is None:
                raise ValueError(f"column {name} is not given")
            expression = _query(self.columns.get(name, default))
            expressions.append(Query(f"{expression.sql} AS {quoted(name)}", expression.params))
        order = list(layout)
        grouped = ", ".join(str(order.index(name) + 1) for name in self.group_by)
        return (
            sql("SELECT")
            + joined(expressions, ", ")
            + sql("FROM")
            + _query(self.source)
            + where(*self.where)
            + sql(f"GROUP BY {grouped}" if grouped else "")
        )


class Dialect:
    """The few SQL forms that differ between PostgreSQL and SQLite."""

    def __init__(self) -> None:
        self.postgres = connection.vendor == "postgresql"

    def among(self, column: str, ids: list[int]) -> Query:
        """`column` is one of `ids` (one parameter, however many)."""
        if self.postgres:
            return Query(f"{column} = ANY(%s::bigint[])", [ids])
        return Query(f"{column} IN (SELECT value FROM json_each(%s))", [json.dumps(ids)])  # noqa: S608

    def rows(self, alias: str, columns: dict[str, str], rows: list[dict]) -> Query:
        """A relation of the given rows; `columns` maps each column to its PostgreSQL type.
        PostgreSQL takes one array per column, unnested side by side: the planner counts the
        elements of an array it is given, where it would guess a hundred rows of a JSON
        parameter (and, counting thousands of sessions' answers, join them one by one through
        an index rather than hash them). SQLite takes one JSON parameter."""
        if self.postgres:
            arrays = ", ".join(f"%s::{kind}[]" for kind in columns.values())
            values = [[row.get(name) for row in rows] for name in columns]
            return Query(f"unnest({arrays}) AS {alias}({', '.join(columns)})", values)
        data = json.dumps(rows, default=str)
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
