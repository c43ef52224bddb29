"""Redis (broker and cache) stops during a burst of submissions: every one is saved and answered
quickly, and once Redis is back the sweep brings the rollups to the exact recount."""

import threading
import time

import pytest
import redis
from django.conf import settings
from django.db.models import Sum

from quizzes.models import Attempt
from reach.models import QuizCell, SessionChange, SessionRollup
from tests.faults.conftest import (
    Phone,
    needs_services,
    new_key,
    rollup_differences,
    until,
    web_start,
    worker_start,
)

pytestmark = [
    needs_services,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONES = 24
# Each submission's answer with Redis down, measured at well under a second on the 2-core machine;
# the bound leaves room for a loaded CI machine, and a hang (a timeout waiting for Redis per call)
# would pass it.
ANSWER_WITHIN_SECONDS = 5.0


def submit_all(phones, session) -> list[tuple[int, float]]:
    """Every phone opens its quiz, then all send at once; each answer's status and time."""
    forms = [phone.quiz_form(session) for phone in phones]
    start = threading.Barrier(len(phones))
    answers: list[tuple[int, float] | None] = [None] * len(phones)

    def send(index: int) -> None:
        path, data = forms[index]
        data["key"] = [new_key()]
        start.wait()
        sent = time.monotonic()
        response = phones[index].post(path, data)
        answers[index] = (response.status_code, time.monotonic() - sent)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(phones))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_submissions_with_redis_down_are_saved_answered_quickly_and_counted_once_it_is_back(
    processes, redis_server, open_session
):
    session = open_session  # room for twice its expected 30: the 24 phones join
    env = {
        "REDIS_URL": redis_server.url,
        "REACH_SWEEP_SECONDS": "1",
        "REACH_SWEEP_AFTER_SECONDS": "1",
    }
    web = web_start(processes, **env)
    worker = worker_start(processes, **env)
    beat = processes.start("beat", **env)
    phones = [Phone(web.url) for _ in range(PHONES)]
    for phone in phones:
        phone.join(session)
    # Redis stops once the joins are counted and the worker holds no task: kombu cannot hand a
    # task it holds back to a Redis that is gone and stops the worker (a deployment restarts it,
    # see docs/architecture.md); what this test shows is the submissions made while it is down.
    broker = redis.Redis.from_url(redis_server.url)
    until(
        lambda: (
            not SessionChange.objects.exists()
            and not broker.hlen("unacked")
            and not broker.llen(settings.CELERY_TASK_DEFAULT_QUEUE)
        ),
        timeout=30,
        what="the worker to count the joins",
        logs=[worker],
    )

    redis_server.stop()
    answers = submit_all(phones, session)

    assert [status for status, _ in answers] == [302] * PHONES, answers
    slowest = max(took for _, took in answers)
    assert slowest < ANSWER_WITHIN_SECONDS, f"slowest answer took {slowest:.2f} s"
    assert Attempt.objects.filter(session=session).count() == PHONES
    assert SessionChange.objects.filter(session=session).exists(), "waiting for the sweep"
    print(f"\n{PHONES} submissions with Redis down: slowest answer {slowest:.2f} s")

    redis_server.start()
    until(
        lambda: not SessionChange.objects.exists() and not rollup_differences(),
        timeout=60,
        what="the sweep to count every submission once Redis is back",
        logs=[worker, beat, web.log],
    )
    assert rollup_differences() == {}
    assert SessionRollup.objects.get(session=session).joined == PHONES
    counted = QuizCell.objects.filter(session=session).aggregate(attempts=Sum("attempts"))
    assert counted["attempts"] == PHONES
