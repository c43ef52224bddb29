"""GET /health/: what compose, Kubernetes and an operator's monitoring see."""

import pytest
from django.core.cache import cache
from django.db.utils import OperationalError

from config import health
from config.celery_app import app

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_heartbeat_yet():
    cache.delete(health.HEARTBEAT_CACHE_KEY)


def test_health_answers_200_with_database_and_broker_up(client):
    response = client.get("/health/")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["broker"] == {**body["broker"], "ok": True}
    assert body["broker"]["transport"] in ("redis", "filesystem")
    assert response["Cache-Control"] == "no-store"


def test_health_answers_probes_that_use_an_ip_address_as_host(client):
    response = client.get("/health/", HTTP_HOST="10.42.0.17:8000")

    assert response.status_code == 200


def test_health_reports_503_when_the_broker_is_unreachable(client, monkeypatch):
    # Port 9 (discard) has nothing listening on loopback: the connection is refused.
    monkeypatch.setattr(app.conf, "broker_url", "redis://127.0.0.1:9/0")

    response = client.get("/health/")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["broker"]["ok"] is False
    assert body["broker"]["error"]
    assert body["database"]["ok"] is True


def test_health_reports_503_when_the_database_fails(client, monkeypatch):
    class BrokenConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(health, "connection", BrokenConnection())

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["database"] == {"ok": False, "error": "OperationalError"}


def test_health_says_when_no_worker_has_been_seen(client):
    response = client.get("/health/")

    assert response.json()["worker"] == {"seen": False}


def test_health_reports_the_last_worker_heartbeat(client):
    health.heartbeat_record(worker="worker-1", sender="beat")

    worker = client.get("/health/").json()["worker"]

    assert worker["seen"] is True
    assert worker["worker"] == "worker-1"
    assert worker["seconds_ago"] <= 5


def test_health_sets_no_cookie(client):
    response = client.get("/health/")

    assert not response.cookies
