"""GET /health/: is the platform able to serve? For compose, Kubernetes and operators.

Answers 200 when the database and the broker respond, 503 otherwise, as JSON. It also reports when
a Celery worker last ran its heartbeat task (informational: a web process stays healthy while the
worker restarts). It is served by a middleware placed first, so that probes work whatever Host
header they send and without touching sessions or CSRF.
"""

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

HEALTH_PATH = "/health/"
HEARTBEAT_CACHE_KEY = "faro:worker-heartbeat"


def database_status() -> dict:
    """Run a trivial query on the default database."""
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means unhealthy; the reason goes in the answer
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}


def broker_status() -> dict:
    """Connect to the Celery broker once, with a short timeout."""
    from config.celery_app import app

    started = time.perf_counter()
    transport = app.conf.broker_url.split("://", 1)[0]
    if transport == "filesystem":
        folder = Path(app.conf.broker_transport_options["data_folder_in"])
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".health"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            return {"ok": False, "transport": transport, "error": exc.__class__.__name__}
    else:
        try:
            with app.connection_for_write() as conn:
                conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
        except Exception as exc:  # any failure means unhealthy
            return {"ok": False, "transport": transport, "error": exc.__class__.__name__}
    return {
        "ok": True,
        "transport": transport,
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }


def heartbeat_record(*, worker: str, sender: str) -> dict:
    """Store the time of a worker's heartbeat, and who asked for it, in the shared cache."""
    beat = {"worker": worker, "sender": sender, "at": timezone.now().isoformat()}
    cache.set(HEARTBEAT_CACHE_KEY, beat, timeout=None)
    return beat


def worker_status() -> dict:
    """When a worker last ran the heartbeat task, if ever."""
    try:
        beat = cache.get(HEARTBEAT_CACHE_KEY)
    except Exception as exc:  # a cache outage is reported, not raised
        return {"seen": False, "error": exc.__class__.__name__}
    if not beat:
        return {"seen": False}
    age = timezone.now() - datetime.fromisoformat(beat["at"])
    return {
        "seen": True,
        "worker": beat["worker"],
        "sender": beat.get("sender"),
        "seconds_ago": round(age.total_seconds()),
    }


def health(request: HttpRequest) -> JsonResponse:
    database = database_status()
    broker = broker_status()
    ok = database["ok"] and broker["ok"]
    response = JsonResponse(
        {
            "status": "ok" if ok else "unavailable",
            "mode": settings.RUNTIME_MODE,
            "database": database,
            "broker": broker,
            "worker": worker_status(),
        },
        status=200 if ok else 503,
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Serve /health/ before host validation, sessions and authentication."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health(request)
        return self.get_response(request)
