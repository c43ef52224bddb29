"""Coordinator reports read their figures from a PostgreSQL replica (DATABASE_REPLICA_URL).

Only the reports and the reach API read there, and only the rollup tables (reach/models/rollups.py),
which only the aggregation tasks write: a figure on the replica is at most its replication lag
behind, as it is at most a refresh behind anyway. Everything else stays on the primary: the
participant flow, the trainer space, the admin, every write, and every read of the Celery refresh,
sweep and rebuild (tasks, even when run eagerly, and reads inside a transaction stay there).

How the router knows: `ReportReplicaMiddleware` marks a request whose URL is a report's or the
reach API's (URL namespaces `reports` and `reach_api`) while it is answered, in a context
variable; `report_reads()` does the same around any other code. Settings install both only when
DATABASE_REPLICA_URL is set: without it nothing changes.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from celery import current_task
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

REPLICA_DB_ALIAS = "replica"
# The URL namespaces of the views that read reports (reach/urls.py, reach/api.py).
REPORT_NAMESPACES = frozenset({"reports", "reach_api"})
# The module of the rollup models: the tables reports read and only the aggregation tasks write.
ROLLUP_MODULE = "reach.models.rollups"

_report_reads: ContextVar[bool] = ContextVar("faro_report_reads", default=False)


@contextmanager
def report_reads() -> Iterator[None]:
    """Inside, reads of the rollup tables go to the replica (outside a transaction)."""
    token = _report_reads.set(True)
    try:
        yield
    finally:
        _report_reads.reset(token)


def report_reads_wanted() -> bool:
    return _report_reads.get()


class ReportReplicaRouter:
    """Rollup reads of the reports to the replica; everything else to the primary."""

    def db_for_read(self, model, **hints) -> str | None:
        if not (_report_reads.get() and model.__module__ == ROLLUP_MODULE):
            return None
        # A task (the refresh, the sweep, the rebuild, a PDF), even one run eagerly inside a
        # report's request, reads what it recounts from the primary; and inside a transaction on
        # the primary, a read must see what that transaction wrote.
        if current_task or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return None
        return REPLICA_DB_ALIAS

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        # The replica is a copy of the primary: an object read from either relates to any other.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints) -> bool:
        # The replica follows the primary's schema by replication; nothing migrates it.
        return db == DEFAULT_DB_ALIAS


class ReportReplicaMiddleware:
    """While a report's or the reach API's view runs, its rollup reads go to the replica."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self.serves_reports(request):
            return self.get_response(request)
        with report_reads():
            return self.get_response(request)

    @staticmethod
    def serves_reports(request: HttpRequest) -> bool:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return bool(REPORT_NAMESPACES.intersection(match.namespaces))
