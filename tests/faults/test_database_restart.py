"""PostgreSQL restarts while a participant submits: a clear "send again" page in their language,
nothing stored half-way, and the same form sent again once the database is back counts once."""

import pytest

from tests.faults.conftest import Phone, needs_services, page_form, web_start

pytestmark = [
    needs_services,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def stored(cluster, table: str) -> int:
    return int(cluster.psql(f"SELECT count(*) FROM {table}"))  # noqa: S608 (our table names)


def test_a_submission_during_a_database_restart_is_refused_whole_and_can_be_sent_again(
    processes, postgres_cluster, open_session
):
    postgres_cluster.copy_of_test_database()
    web = web_start(processes, DATABASE_URL=postgres_cluster.url)
    phone = Phone(web.url)
    phone.http.headers["Accept-Language"] = "es"
    phone.join(open_session)
    path, data = phone.quiz_form(open_session)

    tables = ("quizzes_attempt", "quizzes_answer", "reach_sessionchange")
    before = {table: stored(postgres_cluster, table) for table in tables}

    postgres_cluster.stop()
    refused = phone.post(path, data)

    assert refused.status_code == 503
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.headers["Cache-Control"] == "no-store"
    assert "No pudimos guardar esto ahora" in refused.text, refused.text[:3000]
    again = page_form(refused.text, having="key")
    assert again.action == path
    assert again.fields == data, "the page carries the answers to send them again"

    postgres_cluster.start()
    assert {table: stored(postgres_cluster, table) for table in tables} == before
    assert before["quizzes_attempt"] == 0

    sent_again = phone.post(again.action, again.fields)
    assert sent_again.status_code == 302, sent_again.text[:3000]
    assert "/results/" in sent_again.headers["Location"]
    assert stored(postgres_cluster, "quizzes_attempt") == 1
    assert stored(postgres_cluster, "quizzes_answer") == 3

    once_more = phone.post(again.action, again.fields)
    assert once_more.headers["Location"] == sent_again.headers["Location"]
    assert stored(postgres_cluster, "quizzes_attempt") == 1
