"""What lets a phone keep its answers on a weak connection, as the server sees it: one answer key
per person and quiz, the same on every load; a signed time on every form; the service worker and
the offline page under the session's join path; the page script's JSON answers; late answers
counted during the grace period after the close, refused plainly after it. (The browser side:
tests/e2e/test_weak_wifi_journey.py.)"""

import datetime as dt
import json
import re
import uuid

import pytest
from django.contrib.staticfiles import finders
from django.db.models import Sum
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from participation.answers import answer_ticket, late_answers_allowed, ticket_issued
from quizzes.models import Attempt
from reach.models import QuizCell
from surveys.models import Response
from tests.participation.test_participant_journey import join, take
from tests.participation.test_participant_languages import (  # noqa: F401 (a fixture)
    page_translated,
    quiz_translated,
    romanian_session,
)
from tests.quizzes.factories import ALL_RIGHT, quiz_form_data
from tests.surveys.factories import ANSWERS, SurveyFactory, survey_form_data
from workshops.models import Session
from workshops.services import session_close, session_post_test_open

pytestmark = pytest.mark.django_db

SCRIPT = {"HTTP_ACCEPT": "application/json"}


def quiz_page(client, session):
    return client.get(reverse("quiz:next", args=[session.join_code]), follow=True)


def key_of(page) -> str:
    return str(page.context["form"]["key"].value())


def test_a_quiz_keeps_one_answer_key_per_person_across_reloads(client, open_session):
    join(client, open_session)
    first, again = quiz_page(client, open_session), quiz_page(client, open_session)
    assert key_of(first) == key_of(again)  # what the phone kept is found again after a reload
    other = Client()
    join(other, open_session)
    assert key_of(quiz_page(other, open_session)) != key_of(first)


def test_the_pre_and_post_test_of_one_quiz_have_different_keys(client, open_session):
    join(client, open_session)
    before = quiz_page(client, open_session)
    take(client, open_session, ALL_RIGHT)
    session_post_test_open(session=open_session)
    after = quiz_page(client, open_session)
    assert "/post/" in after.request["PATH_INFO"]
    assert key_of(after) != key_of(before)


def test_a_forms_ticket_says_when_it_was_shown_and_cannot_be_moved_to_another_key(open_session):
    shown = timezone.now().replace(microsecond=0)
    key = "6a0c3f9e-1d2b-4c1a-9a57-0000000000aa"
    ticket = answer_ticket(key=uuid.UUID(key), now=shown)
    assert ticket_issued(key=key, ticket=ticket) == shown
    assert ticket_issued(key="6a0c3f9e-1d2b-4c1a-9a57-0000000000bb", ticket=ticket) is None
    assert ticket_issued(key=key, ticket=ticket.replace(":", ":9", 1)) is None
    assert ticket_issued(key="not a key", ticket=ticket) is None
    assert ticket_issued(key=key, ticket=None) is None


def test_late_answers_count_only_for_a_form_shown_before_the_close_within_the_grace(
    open_session, settings
):
    settings.LATE_ANSWERS_GRACE_HOURS = 24
    before = timezone.now() - dt.timedelta(minutes=5)
    session = session_close(session=open_session)
    assert late_answers_allowed(session=session, issued=before)
    assert not late_answers_allowed(session=session, issued=None)
    assert not late_answers_allowed(session=session, issued=timezone.now() + dt.timedelta(1))
    a_day_later = session.closed_at + dt.timedelta(hours=24, seconds=1)
    assert not late_answers_allowed(session=session, issued=before, now=a_day_later)


def test_the_quiz_page_keeps_answers_with_its_scripts_and_says_so_in_spanish(
    client, tree, quiz, open_session
):
    page_translated(tree.campaign, "es", slug="golondrina-es", title="Golondrina")
    quiz_translated(quiz, "es", title="Adultos de confianza")
    Session.objects.filter(pk=open_session.pk).update(language="es")
    join(client, open_session)
    page = quiz_page(client, open_session)
    html = page.content.decode()
    assert '<html lang="es">' in html
    assert re.search(r'name="ticket" value="\d+:[^"]+"', html)
    assert "data-answers" in html
    assert "/static/js/outbox.js" in html and "/static/js/answers.js" in html
    code = open_session.join_code
    assert f'data-service-worker="/join/{code}/sw.js"' in html
    assert f'data-join-path="/join/{code}/"' in html
    assert "Sin conexión: tus respuestas están guardadas en este teléfono" in html


def test_the_service_worker_is_served_under_the_join_path_with_files_that_exist(
    client, open_session
):
    response = client.get(reverse("quiz:service_worker", args=[open_session.join_code]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    script = response.content.decode()
    assert 'importScripts("/static/js/outbox.js")' in script
    files = json.loads(re.search(r"var FILES = (\[.*?\]);", script).group(1))
    assert "/static/css/faro.css" in files
    for file in files:
        assert finders.find(file.removeprefix("/static/")), file
    assert "faro-answers" in script  # the Background Sync it answers


def test_the_offline_page_speaks_the_participants_language(client, romanian_session):  # noqa: F811
    join(client, romanian_session, role="single_mothers", age_band="18+")
    page = client.get(reverse("quiz:offline", args=[romanian_session.join_code]))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert '<html lang="ro">' in page.content.decode()
    assert "Nicio conexiune" in page.content.decode()


def test_the_page_script_is_answered_in_json_with_where_to_go(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    url = page.request["PATH_INFO"]
    response = client.post(url, quiz_form_data(page.context, ALL_RIGHT), **SCRIPT)
    attempt = Attempt.objects.get()
    assert response.json() == {
        "next": reverse("quiz:result", args=[open_session.join_code, attempt.key]),
        "refused": False,
    }
    again = client.post(url, quiz_form_data(page.context, ALL_RIGHT), **SCRIPT)
    assert again.json()["next"] == response.json()["next"]  # a resend counts once
    assert Attempt.objects.count() == 1


def test_answers_with_a_gap_get_the_page_of_errors_not_json(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, {}), **SCRIPT)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_the_script_is_told_when_answers_came_after_the_grace(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    session_close(session=open_session)
    Session.objects.filter(pk=open_session.pk).update(
        closed_at=timezone.now() - dt.timedelta(hours=30)
    )
    response = client.post(
        page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT), **SCRIPT
    )
    assert response.json() == {
        "next": reverse("quiz:late", args=[open_session.join_code]),
        "refused": True,
    }
    assert Attempt.objects.count() == 0


def test_a_survey_answered_before_the_close_counts_when_it_arrives_after(
    client, tree, open_session
):
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    page = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert "/survey/" in page.request["PATH_INFO"]
    session_close(session=open_session)
    response = client.post(
        page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS), follow=True
    )
    assert response.status_code == 200
    assert "This session has ended. Your answers have arrived and count." in response.text
    assert Response.objects.filter(survey__translation_key=survey.translation_key).count() == 1


def test_a_late_attempt_counts_in_the_figures(
    client, open_session, django_capture_on_commit_callbacks
):
    join(client, open_session)
    page = quiz_page(client, open_session)
    session_close(session=open_session)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    cells = QuizCell.objects.filter(session=open_session, phase="pre")
    assert cells.aggregate(n=Sum("attempts"))["n"] == 1


def test_a_waiting_phone_is_sent_to_the_end_with_the_help_contacts_when_the_session_closes(
    client, open_session
):
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    session_close(session=open_session)
    answer = client.get(reverse("quiz:progress", args=[open_session.join_code])).json()
    end = client.get(answer["next"], follow=True)
    assert end.status_code == 200
    assert "This session has ended" in end.text
    assert "If you need help" in end.text


def test_the_too_late_page_names_the_close_and_the_grace_and_an_unknown_code_is_404(
    client, open_session
):
    session_close(session=open_session)
    page = client.get(reverse("quiz:late", args=[open_session.join_code]))
    assert page.status_code == 410
    assert "within 24 hours of the end" in page.text
    assert client.get(reverse("quiz:late", args=["ZZZZZZZZ"])).status_code == 404
