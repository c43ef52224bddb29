"""Writing many rows at once without the ORM's per-object work: for generated data (benchmarks).

`BulkRows` buffers rows of one table as plain tuples and writes them with PostgreSQL's COPY (psycopg
3, `Cursor.copy` and `Copy.write_row`) or, on other databases, with one multi-row INSERT;
`PrimaryKeys` hands out primary keys in advance, so that rows can point at rows not written yet.
No signal is sent and no `save()` runs: callers keep the database consistent themselves.
"""

from collections.abc import Iterator

from django.db import connection


class PrimaryKeys:
    """Primary keys of one table taken in advance, `block` at a time, in ascending order.

    On PostgreSQL they come from the table's sequence, so that concurrent inserts never take them.
    Elsewhere they follow the largest key in the table: call this inside a transaction that has
    already written, so that it holds the database's write lock (SQLite) while it inserts them.
    """

    def __init__(self, model, block: int):
        self.table, self.block = model._meta.db_table, block
        self.pool: list[int] = []
        self.next_free: int | None = None

    def take(self) -> int:
        if not self.pool:
            self._refill()
        return self.pool.pop()

    def _refill(self) -> None:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                    [self.table, self.block],
                )
                self.pool = sorted((row[0] for row in cursor.fetchall()), reverse=True)
                return
            if self.next_free is None:
                table = connection.ops.quote_name(self.table)
                cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608
                self.next_free = cursor.fetchone()[0]
        self.pool = list(range(self.next_free + self.block - 1, self.next_free - 1, -1))
        self.next_free += self.block


class BulkRows:
    """Rows of one table waiting to be written, each a tuple in the order of `columns` (column
    names, such as `session_id`). Values are Python values, except JSON columns: JSON text."""

    def __init__(self, model, columns: tuple[str, ...]):
        self.model, self.columns = model, columns
        self.rows: list[tuple] = []
        self.written = 0

    def write(self, *, copy: bool) -> None:
        """Write the waiting rows, with COPY (PostgreSQL only) or with an INSERT."""
        if not self.rows:
            return
        quote = connection.ops.quote_name
        table = quote(self.model._meta.db_table)
        names = ", ".join(quote(column) for column in self.columns)
        with connection.cursor() as cursor:
            if copy:
                with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as stream:
                    for row in self.rows:
                        stream.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(self.columns))
                cursor.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608
                    self._prepared(),
                )
        self.written += len(self.rows)
        self.rows = []

    def _prepared(self) -> Iterator[tuple]:
        """Values as the database takes them (UUIDs, times); text, JSON included, as it is."""
        fields = [self.model._meta.get_field(column) for column in self.columns]
        for row in self.rows:
            yield tuple(
                value if isinstance(value, str) else f.get_db_prep_save(value, connection)
                for f, value in zip(fields, row, strict=True)
            )
