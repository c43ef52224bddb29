"""A whole assembly submits at once to a running server: every attempt is saved once, the rollups
count each, and a form sent several times at once still counts once."""

import threading
import time

import pytest
from django.db.models import Sum

from quizzes.models import Answer, Attempt
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

ASSEMBLY = 200
REPLAYING_PHONES = 20
COPIES = 5


@pytest.fixture
def assembly(open_session):
    """The suite's open session, expecting a school assembly of 200."""
    open_session.expected_size = ASSEMBLY
    open_session.save(update_fields=["expected_size"])
    return open_session


def at_once(sends: list) -> list:
    """Run the calls in threads released together; their results in order."""
    start = threading.Barrier(len(sends))
    results: list = [None] * len(sends)

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = sends[index]()
        except Exception as error:  # shown in the test's failure, not lost in a thread
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(sends))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def joined_phones(web, session, count: int) -> list[Phone]:
    """Phones that joined, a few at a time, as a class does."""
    phones = [Phone(web.url) for _ in range(count)]
    for batch in range(0, count, 20):
        joined = at_once([phone_joins(phone, session) for phone in phones[batch : batch + 20]])
        assert joined == [True] * len(joined), joined
    return phones


def phone_joins(phone: Phone, session):
    def join() -> bool:
        phone.join(session)
        return True

    return join


def sending(phone: Phone, path: str, data: dict):
    def send():
        response = phone.post(path, data)
        return response.status_code, response.headers.get("Location")

    return send


@pytest.mark.long
def test_two_hundred_simultaneous_submissions_give_two_hundred_attempts_counted_once(
    processes, assembly
):
    web = web_start(processes, workers=3)
    worker = worker_start(processes)
    phones = joined_phones(web, assembly, ASSEMBLY)
    forms = [phone.quiz_form(assembly) for phone in phones]

    started = time.monotonic()
    answers = at_once(
        [sending(phone, path, data) for phone, (path, data) in zip(phones, forms, strict=True)]
    )
    took = time.monotonic() - started

    assert [answer[0] for answer in answers] == [302] * ASSEMBLY, answers
    assert all("/results/" in location for _, location in answers)
    assert Attempt.objects.filter(session=assembly).count() == ASSEMBLY
    assert Answer.objects.filter(attempt__session=assembly).count() == ASSEMBLY * 3
    print(f"\n{ASSEMBLY} simultaneous submissions answered in {took:.1f} s")
    until(
        lambda: not SessionChange.objects.exists() and not rollup_differences(),
        timeout=60,
        what="the worker to count every submission",
        logs=[worker, web.log],
    )
    assert SessionRollup.objects.get(session=assembly).joined == ASSEMBLY
    counted = QuizCell.objects.filter(session=assembly).aggregate(attempts=Sum("attempts"))
    assert counted["attempts"] == ASSEMBLY


def test_the_same_form_sent_several_times_at_once_counts_once(processes, assembly):
    web = web_start(processes, workers=3)
    worker = worker_start(processes)
    phones = joined_phones(web, assembly, REPLAYING_PHONES)
    sends = []
    for phone in phones:
        path, data = phone.quiz_form(assembly)
        data["key"] = [new_key()]  # the same key in every copy of this phone's form
        sends += [sending(phone, path, data)] * COPIES

    answers = at_once(sends)

    assert {answer[0] for answer in answers} == {302}, answers
    for phone_index in range(REPLAYING_PHONES):
        copies = answers[phone_index * COPIES : (phone_index + 1) * COPIES]
        assert len({location for _, location in copies}) == 1, "every copy shows the same result"
    assert Attempt.objects.filter(session=assembly).count() == REPLAYING_PHONES
    until(
        lambda: not SessionChange.objects.exists() and not rollup_differences(),
        timeout=60,
        what="the worker to count every submission",
        logs=[worker, web.log],
    )
    counted = QuizCell.objects.filter(session=assembly).aggregate(attempts=Sum("attempts"))
    assert counted["attempts"] == REPLAYING_PHONES
