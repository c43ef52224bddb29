"""What the participant flow keeps in memory (workshops.content_cache) is never older than the
database: a closed session refuses at once, and publishing, unpublishing or linking a quiz or a
survey is honoured by the next request, as when nothing was kept (a session already open keeps
the version of a quiz it opened with)."""

import datetime as dt
import json
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from participation.answers import answer_ticket
from quizzes.models import Attempt, QuizModule
from tests.content import publish
from tests.participation.test_participant_journey import join, take
from tests.quizzes.factories import ALL_RIGHT, Q_TRUE_FALSE, QUESTIONS, QuizFactory, quiz_form_data
from tests.surveys.factories import SurveyFactory
from tests.workshops.factories import SessionFactory, WorkshopModulePageFactory
from workshops import content_cache
from workshops.models import ContentVersion, SessionModule
from workshops.services import session_close, session_open, session_post_test_open

pytestmark = pytest.mark.django_db


def quiz_page(client, session):
    """The quiz the flow offers now, shown (which keeps the session's plan and the quiz)."""
    page = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert "form" in page.context, page.request["PATH_INFO"]
    return page


def test_a_closed_session_is_closed_at_once_to_forms_shown_after_it(client, open_session):
    """Only answers a phone kept from before the close still count (participation.answers):
    the close is seen at once, not when a cached copy of the session expires."""
    join(client, open_session)
    page = quiz_page(client, open_session)
    data = quiz_form_data(page.context, ALL_RIGHT)
    session_close(session=open_session)
    shown_after = timezone.now() + dt.timedelta(seconds=2)
    data["ticket"] = answer_ticket(key=uuid.UUID(data["key"]), now=shown_after)
    response = client.post(page.request["PATH_INFO"], data)
    assert response["Location"] == reverse("quiz:late", args=[open_session.join_code])
    assert not Attempt.objects.exists()
    ended = client.get(reverse("join_code", args=[open_session.join_code]))
    assert ended.status_code == 410


def session_opened_now(tree):
    return session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="en",
            scheduled_start=timezone.now(),
        )
    )


def test_a_quiz_published_again_is_shown_at_once_and_a_form_of_the_last_version_still_counts(
    client, tree, open_session, quiz
):
    """Shown at once in the sessions opened from then on; the sessions already open keep the
    version they opened with (tests/participation/test_pinned_content.py)."""
    join(client, open_session)
    before = quiz_page(client, open_session)
    questions = json.loads(json.dumps(QUESTIONS))
    questions[2]["value"]["text"] = "Secrets that make you feel bad must be kept."
    questions[2]["value"]["answer"] = "true"
    quiz.questions = json.dumps(questions)
    quiz.save_revision().publish()
    quiz.refresh_from_db()

    opened_since = session_opened_now(tree)
    phone = Client()
    join(phone, opened_since)
    after = quiz_page(phone, opened_since)
    assert after.context["form"]["revision"].value() == quiz.live_revision_id
    assert "Secrets that make you feel bad must be kept." in after.text
    # The form shown before the publish is scored as that version asked it.
    response = client.post(before.request["PATH_INFO"], quiz_form_data(before.context, ALL_RIGHT))
    assert response.status_code == 302
    attempt = Attempt.objects.get()
    assert attempt.revision_id == before.context["form"]["revision"].value()
    assert (attempt.correct_count, attempt.question_count) == (3, 3)


def test_a_form_of_the_new_version_is_scored_by_it(client, tree, open_session, quiz):
    join(client, open_session)
    quiz_page(client, open_session)
    questions = json.loads(json.dumps(QUESTIONS))
    questions[2]["value"]["answer"] = "true"
    quiz.questions = json.dumps(questions)
    quiz.save_revision().publish()

    opened_since = session_opened_now(tree)
    phone = Client()
    join(phone, opened_since)
    page = quiz_page(phone, opened_since)
    phone.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    attempt = Attempt.objects.get()
    assert attempt.answers.get(question_key=Q_TRUE_FALSE).is_correct is False
    assert attempt.correct_count == 2


def test_an_unpublished_quiz_is_no_longer_asked_or_saved(client, open_session, quiz):
    join(client, open_session)
    page = quiz_page(client, open_session)
    quiz.unpublish()
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    assert response.status_code == 404
    assert not Attempt.objects.exists()


def test_a_quiz_newly_published_for_the_sessions_module_is_asked_next(client, tree, open_session):
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    second = QuizFactory(modules=[tree.module], title="Safe and unsafe secrets")
    page = quiz_page(client, open_session)
    assert page.context["quiz"].pk == second.pk


def test_a_quiz_linked_to_the_sessions_module_is_asked_next(client, tree, open_session):
    other = QuizFactory(title="Safe and unsafe secrets")  # tests no module yet
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    assert client.get(reverse("quiz:next", args=[open_session.join_code])).url.endswith("/wait/")
    QuizModule.objects.create(quiz=other, module=tree.module)
    assert quiz_page(client, open_session).context["quiz"].pk == other.pk


def test_a_module_added_to_the_session_brings_its_quiz(client, tree, open_session):
    module = publish(WorkshopModulePageFactory(parent=tree.campaign, title="Safe secrets"))
    other = QuizFactory(modules=[module], title="Safe and unsafe secrets")
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    assert client.get(reverse("quiz:next", args=[open_session.join_code])).url.endswith("/wait/")
    SessionModule.objects.create(session=open_session, module=module, sort_order=1)
    assert quiz_page(client, open_session).context["quiz"].pk == other.pk


def test_a_survey_published_for_the_campaign_is_asked_at_once(client, tree, open_session):
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    session_post_test_open(session=open_session)
    take(client, open_session, ALL_RIGHT)
    assert "/done/" in client.get(reverse("quiz:next", args=[open_session.join_code])).url
    SurveyFactory(campaign=tree.campaign)
    assert "/survey/" in client.get(reverse("quiz:next", args=[open_session.join_code])).url


def test_a_change_made_by_another_process_is_seen_by_the_next_request(client, tree, open_session):
    """Another process's change replaces the token in the database, where every process reads
    it. Here the link is deleted without this process's signals, and the token replaced as that
    process would have done."""
    join(client, open_session)
    page = quiz_page(client, open_session)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {QuizModule._meta.db_table}")  # noqa: S608
    # Until the token changes, this process goes on with the plan it read (so it was kept).
    assert quiz_page(client, open_session).context["quiz"].pk == page.context["quiz"].pk
    ContentVersion.objects.update(token=uuid.uuid4().hex)
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    assert response.status_code == 404
    assert not Attempt.objects.exists()


def test_what_was_read_is_kept_until_the_content_changes():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    content_cache.content_changed()
    assert content_cache.remembered(("a test", 1), compute) == 1
    assert content_cache.remembered(("a test", 1), compute) == 1
    content_cache.content_changed()
    assert content_cache.remembered(("a test", 1), compute) == 2


def test_without_a_token_nothing_is_kept():
    ContentVersion.objects.all().delete()
    calls = []
    for _ in range(2):
        content_cache.remembered(("a test", 2), lambda: calls.append(1))
    assert len(calls) == 2


def test_modules_added_to_a_session_replace_the_token(tree):
    token = content_cache.content_version()
    other = SessionFactory(campaign=tree.campaign)
    other.modules.add(tree.module, through_defaults={"sort_order": 1})
    assert content_cache.content_version() != token
