"""Participants stay anonymous, their pages are never cached, and the quiz page is light enough
for a cheap phone on a poor connection."""

import gzip
import re
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client
from django.urls import reverse

from quizzes.models import Attempt
from tests.participation.test_participant_journey import PROFILE, join, take
from tests.quizzes.factories import ALL_RIGHT, quiz_form_data
from workshops.models import Participant
from workshops.services import session_post_test_open

pytestmark = pytest.mark.django_db

# Column name parts that would identify a person or their device.
IDENTIFYING = {"ip", "ipaddress", "address", "agent", "useragent", "ua", "name", "email", "mail"}
IDENTIFYING |= {"phone", "telephone", "surname", "firstname", "lastname", "device", "fingerprint"}

QUIZ_PAGE_BUDGET_BYTES = 30 * 1024


def participant_tables() -> list[str]:
    """Participant's table and every table that points at it, found from the models, so that a
    new kind of participant data is checked without editing this test."""
    tables = {Participant._meta.db_table}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.is_relation and field.many_to_one and field.related_model is Participant:
                tables.add(model._meta.db_table)
    return sorted(tables)


def test_no_participant_table_has_a_column_for_an_ip_address_user_agent_or_name():
    tables = participant_tables()
    assert {"workshops_participant", "quizzes_attempt"} <= set(tables)
    with connection.cursor() as cursor:
        for table in tables:
            for column in connection.introspection.get_table_description(cursor, table):
                parts = set(column.name.lower().split("_"))
                assert not parts & IDENTIFYING, f"{table}.{column.name} could identify someone"


def test_every_participant_page_says_no_store(client, open_session):
    code = open_session.join_code
    pages = [reverse("join"), reverse("join_code", args=[code])]
    responses = [client.get(url) for url in pages]
    join(client, open_session)
    result = take(client, open_session, ALL_RIGHT)
    responses.append(result)
    responses.append(client.get(reverse("quiz:wait", args=[code])))
    session_post_test_open(session=open_session)
    responses.append(client.get(reverse("quiz:next", args=[code]), follow=True))
    for response in responses:
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"], response.request["PATH_INFO"]


def test_the_quiz_page_with_its_scripts_and_service_worker_weighs_under_30_kb_compressed(
    client, open_session
):
    join(client, open_session)
    page = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    html = page.content.decode()
    references = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assets = [ref for ref in references if ref.endswith((".css", ".js", ".svg", ".png", ".woff2"))]
    for ref in references:
        assert not urlsplit(ref).netloc, f"third-party or absolute request: {ref}"
    total = len(gzip.compress(page.content))
    # The service worker the page registers, and what it imports (already counted: outbox.js).
    worker = client.get(reverse("quiz:service_worker", args=[open_session.join_code]))
    assert worker.status_code == 200
    total += len(gzip.compress(worker.content))
    assert "/static/js/answers.js" in assets and "/static/js/outbox.js" in assets
    for asset in assets:
        path = finders.find(asset.removeprefix("/static/"))
        assert path, asset
        with open(path, "rb") as file:
            total += len(gzip.compress(file.read()))
    assert total <= QUIZ_PAGE_BUDGET_BYTES, f"{total} bytes compressed"


def test_the_pages_of_an_assembly_cost_a_fixed_number_of_queries(
    open_session, django_assert_max_num_queries
):
    """What every phone of an assembly costs once the first has shown the content (kept in each
    process, workshops.content_cache), none of it growing with the questions or the people: the
    welcome page, the session and the content token (the campaign's title, its languages and the
    venue from memory); joining, the session and the token, the session locked, the people in it
    and this form's earlier join in one count, the participant and the outbox row (the first step
    worked out from the plan in memory); the quiz page, the participant with their session, the
    token and their attempts; the answers, the participant with their session, the token, the
    attempt, all its answers in one insert and the outbox row, with no lock on the participant
    until the post-test opens (participation.services) and no lookup before the insert. Here the
    test's transaction adds a savepoint and its release to each write."""
    first = Client()
    join(first, open_session)
    take(first, open_session, ALL_RIGHT)
    phone = Client()
    welcome_url = reverse("join_code", args=[open_session.join_code])
    with django_assert_max_num_queries(2):
        welcome = phone.get(welcome_url)
    assert welcome.status_code == 200
    data = {**PROFILE, "join_key": welcome.context["form"]["join_key"].value()}
    with django_assert_max_num_queries(6 + 2):
        joined = phone.post(welcome_url, data)
    assert joined.status_code == 302
    with django_assert_max_num_queries(3):
        page = phone.get(joined.url)
    assert page.status_code == 200
    with django_assert_max_num_queries(5 + 2):
        response = phone.post(joined.url, quiz_form_data(page.context, ALL_RIGHT))
    assert response.status_code == 302
    assert Attempt.objects.filter(participant__session=open_session).count() == 2


def test_after_the_workshop_the_submission_holds_the_participant_for_the_step_rules(
    client, open_session, django_assert_num_queries
):
    """Once the post-test is open, a "before" answer is refused after an "after" one: the
    participant is locked while that is checked, one statement more than before it opened."""
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    session_post_test_open(session=open_session)
    url = client.get(reverse("quiz:next", args=[open_session.join_code]))["Location"]
    page = client.get(url)
    with django_assert_num_queries(6 + 2):
        response = client.post(url, quiz_form_data(page.context, ALL_RIGHT))
    assert response.status_code == 302
