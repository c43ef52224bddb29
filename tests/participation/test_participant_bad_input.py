"""Whatever a participant's phone sends, they get a clear answer and nothing saved is lost."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt
from tests.participation.test_participant_journey import PROFILE, join, take
from tests.participation.test_participant_languages import page_translated, quiz_translated
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_NOBODY,
    C_TEACHER,
    C_TRUSTED_ADULT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
    quiz_form_data,
)
from tests.workshops.factories import SessionFactory
from workshops.models import Participant, Session
from workshops.services import session_close, session_open, session_post_test_open

pytestmark = pytest.mark.django_db


def quiz_page(client, session):
    page = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert "form" in page.context
    return page


def test_an_unknown_code_in_the_link_says_no_open_session_has_it(client, open_session):
    response = client.get(reverse("join_code", args=["ZZZZZZZZ"]))
    assert response.status_code == 404
    assert "No open session has this code" in response.text


def test_a_mistyped_code_is_refused_with_the_same_clear_message(client, open_session):
    response = client.post(reverse("join"), {"code": "hello!?"})
    assert response.status_code == 404
    assert "No open session has this code" in response.text
    assert "hello!?" in response.text  # what was typed stays in the box


def test_a_closed_sessions_link_says_the_session_has_ended(client, open_session):
    session_close(session=open_session)
    response = client.get(reverse("join_code", args=[open_session.join_code]))
    assert response.status_code == 410
    assert "This session has ended" in response.text


def test_answers_from_a_page_shown_before_the_close_count_and_end_with_the_help_contacts(
    client, open_session
):
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    session_post_test_open(session=open_session)
    page = quiz_page(client, open_session)
    session_close(session=open_session)
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    assert response["Location"] == reverse("quiz:next", args=[open_session.join_code])
    end = client.get(response["Location"], follow=True)
    assert "This session has ended. Your answers have arrived and count." in end.text
    assert "If you need help" in end.text
    assert sorted(Attempt.objects.values_list("phase", flat=True)) == ["post", "pre"]


def test_answers_arriving_after_the_grace_period_are_refused_plainly_and_earlier_ones_kept(
    client, open_session, settings
):
    settings.LATE_ANSWERS_GRACE_HOURS = 24
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    session_post_test_open(session=open_session)
    page = quiz_page(client, open_session)
    session_close(session=open_session)
    Session.objects.filter(pk=open_session.pk).update(
        closed_at=timezone.now() - dt.timedelta(hours=25)
    )
    response = client.post(
        page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT), follow=True
    )
    assert response.status_code == 410
    assert "These answers arrived too late" in response.text
    assert "within 24 hours of the end" in response.text
    assert "If you need help" in response.text
    assert list(Attempt.objects.values_list("phase", flat=True)) == ["pre"]


def test_late_answers_with_a_forged_or_missing_time_are_refused(client, open_session):
    """A page shown after the close is refused too: tests/quizzes/test_content_cache.py."""
    join(client, open_session)
    page = quiz_page(client, open_session)
    session_close(session=open_session)
    for ticket in ("1700000000:forged", ""):
        data = {**quiz_form_data(page.context, ALL_RIGHT), "ticket": ticket}
        response = client.post(page.request["PATH_INFO"], data)
        assert response["Location"] == reverse("quiz:late", args=[open_session.join_code])
    assert not Attempt.objects.exists()


def test_a_device_that_joined_another_session_is_not_taken_for_a_participant_here(
    client, tree, open_session
):
    join(client, open_session)
    other = session_open(
        session=SessionFactory(campaign=tree.campaign, modules=[tree.module], language="en")
    )
    response = client.get(reverse("quiz:next", args=[other.join_code]))
    assert response.status_code == 302
    assert response["Location"] == reverse("join_code", args=[other.join_code])
    assert Participant.objects.filter(session=other).count() == 0


def test_a_forged_participant_cookie_is_ignored(open_session):
    client = Client()
    client.cookies["faro_participant"] = f"{open_session.pk}:1"
    response = client.get(reverse("quiz:next", args=[open_session.join_code]))
    assert response["Location"] == reverse("join_code", args=[open_session.join_code])


def test_a_choice_from_another_question_is_refused_and_the_other_answers_kept(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    tampered = {Q_SINGLE: [C_TEACHER], Q_MULTIPLE: [C_TEACHER], Q_TRUE_FALSE: ["false"]}
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, tampered))
    assert response.status_code == 400
    assert "does not belong to this question" in response.text
    assert f'value="{C_TEACHER}" checked' in response.text  # the valid tick is still there
    assert Attempt.objects.count() == 0


def test_a_missing_answer_is_asked_for_and_the_given_answers_kept(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    partial = {Q_SINGLE: [C_TRUSTED_ADULT], Q_TRUE_FALSE: ["false"]}
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, partial))
    assert response.status_code == 400
    assert "Choose at least one answer to this question." in response.text
    assert f'value="{C_TRUSTED_ADULT}" checked' in response.text
    assert Attempt.objects.count() == 0
    # The same form, completed, is accepted with the same attempt key.
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    assert response.status_code == 302
    assert str(Attempt.objects.get().key) == page.context["form"]["key"].value()


def test_a_form_for_a_version_the_quiz_never_had_is_answered_again(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    data = {**quiz_form_data(page.context, ALL_RIGHT), "revision": "999999"}
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 400
    assert "This quiz changed while you were answering" in response.text
    assert Attempt.objects.count() == 0


def test_a_huge_body_gets_a_clear_message_and_saves_nothing(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    data = {**quiz_form_data(page.context, ALL_RIGHT), "padding": "x" * 200_000}
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 413
    assert "That was too much to send" in response.text
    assert Attempt.objects.count() == 0


def test_too_many_fields_get_the_same_clear_message(client, open_session):
    join(client, open_session)
    page = quiz_page(client, open_session)
    data = quiz_form_data(page.context, ALL_RIGHT)
    data.update({f"f{number}": "" for number in range(3000)})
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 413
    assert Attempt.objects.count() == 0


def test_about_you_without_role_or_age_asks_for_them_and_keeps_the_rest(client, open_session):
    url = reverse("join_code", args=[open_session.join_code])
    response = client.post(url, {**PROFILE, "role": "", "age_band": ""})
    assert response.status_code == 400
    assert "Choose what describes you best." in response.text
    assert "Choose your age group." in response.text
    assert 'value="female" checked' in response.text
    assert Participant.objects.count() == 0


def test_half_a_secret_code_is_refused_with_a_clear_message(client, open_session):
    url = reverse("join_code", args=[open_session.join_code])
    response = client.post(url, {**PROFILE, "birth_month": "", "birthplace_initial": "?"})
    assert response.status_code == 400
    assert "Answer all four code questions, or leave all four empty." in response.text
    assert "Type a letter, for example M." in response.text
    assert Participant.objects.count() == 0


def test_joining_without_agreeing_is_not_possible(client, open_session):
    url = reverse("join_code", args=[open_session.join_code])
    assert 'name="agree" value="yes"' in client.get(url).text  # the "I agree" button
    response = client.post(url, {**PROFILE, "agree": ""})
    assert response.status_code == 400
    assert "Read what we ask and why, and agree, before you continue." in response.text
    assert Participant.objects.count() == 0


def test_the_post_test_cannot_be_taken_before_the_trainer_opens_it(client, open_session):
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    quiz_key = Attempt.objects.get().quiz_key
    response = client.get(reverse("quiz:take", args=[open_session.join_code, "post", quiz_key]))
    assert response["Location"] == reverse("quiz:wait", args=[open_session.join_code])


def test_another_tab_sending_other_answers_to_a_quiz_already_taken_is_told_the_first_count(
    client, open_session
):
    join(client, open_session)
    first = quiz_page(client, open_session)
    second_tab = Client()
    second_tab.cookies = client.cookies
    second = quiz_page(second_tab, open_session)
    client.post(first.request["PATH_INFO"], quiz_form_data(first.context, ALL_RIGHT))
    response = second_tab.post(
        second.request["PATH_INFO"],
        quiz_form_data(second.context, {**ALL_RIGHT, Q_SINGLE: [C_NOBODY]}),
    )
    # Both tabs carry this person's one key for the quiz: the first answers stand, and the page
    # says the new ones were not saved.
    assert response.status_code == 409
    assert "The first answers count" in response.text
    assert Attempt.objects.get().correct_count == 3


@pytest.fixture
def spanish_session(tree, quiz):
    """An open Spanish session of a campaign written in English and Spanish."""
    page_translated(tree.campaign, "es", slug="golondrina-es", title="Golondrina")
    quiz_translated(quiz, "es", title="Adultos de confianza")
    return session_open(
        session=SessionFactory(campaign=tree.campaign, modules=[tree.module], language="es")
    )


def test_errors_come_in_the_sessions_language_to_a_phone_that_chose_none(client, spanish_session):
    join(client, spanish_session)
    page = quiz_page(client, spanish_session)
    partial = {Q_SINGLE: [C_TRUSTED_ADULT], Q_TRUE_FALSE: ["false"]}
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, partial))
    assert response.status_code == 400
    assert "Elige al menos una respuesta para esta pregunta." in response.text
    assert '<html lang="es">' in response.text


def test_errors_come_in_the_language_the_participant_chose(client, spanish_session):
    client.cookies["django_language"] = "ro"
    response = client.post(reverse("join"), {"code": "nope"})
    assert response.status_code == 404
    assert "Intrați într-o sesiune" in response.text
    client.cookies["django_language"] = "es"
    ended = client.get(reverse("join_code", args=[spanish_session.join_code]))
    assert ended.status_code == 200
    session_close(session=spanish_session)
    ended = client.get(reverse("join_code", args=[spanish_session.join_code]))
    assert ended.status_code == 410
    assert "Esta sesión terminó" in ended.text


def test_a_pre_test_sent_after_the_post_test_is_not_counted(client, open_session):
    join(client, open_session)
    pre_page = quiz_page(client, open_session)
    session_post_test_open(session=open_session)
    take(client, open_session, ALL_RIGHT)  # the post-test: the pre-test was skipped
    response = client.post(
        pre_page.request["PATH_INFO"], quiz_form_data(pre_page.context, ALL_RIGHT)
    )
    assert response.status_code == 302
    assert list(Attempt.objects.values_list("phase", flat=True)) == ["post"]
