"""With a real worker on the real broker: what a participant submits reaches the report."""

import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from config.celery_app import app
from config.health import HEARTBEAT_CACHE_KEY, worker_status
from reach.models import SessionChange
from tests.deploy.conftest import wait_for

# serialized_rollback: an earlier transactional test may have flushed what migrations create
# (the default locale, the root page), and the world is built on them.
pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FRESH_WITHIN_SECONDS = 5


@pytest.fixture
def worker(processes):
    """A worker from platform/worker, ready, with this process sending tasks to its broker."""
    cache.delete(HEARTBEAT_CACHE_KEY)
    log = processes.start("worker", "--concurrency", "1")
    wait_for(
        lambda: worker_status().get("sender") == "worker start",
        timeout=60,
        what="the worker to start",
        logs=[log],
    )
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield log
    app.conf.task_always_eager = eager


def test_a_submission_appears_in_the_report_within_five_seconds(client, people, world, worker):
    client.force_login(people.coordinator)
    url = reverse("reports:campaign", args=[world.campaign.slug])

    def post_tests_counted():
        knowledge = client.get(url).context["report"].knowledge
        return knowledge and knowledge[0].post_attempts == 1

    world.join(0, "teachers", "female", "18+")  # an adult: one person's figures may be shown
    world.submit(0, "pre", 1)
    submitted = time.monotonic()
    world.submit(0, "post", 0)  # committed: its refresh is on the broker now
    wait_for(
        post_tests_counted,
        timeout=FRESH_WITHIN_SECONDS,
        what="the post-test to appear in the report",
        logs=[worker],
    )
    took = time.monotonic() - submitted
    report = client.get(url).context["report"]
    assert report.total.people == 1
    assert report.knowledge[0].pairs == 1
    assert not SessionChange.objects.exists(), "the worker absorbed every change"
    print(f"submission to report: {took:.2f} s")
