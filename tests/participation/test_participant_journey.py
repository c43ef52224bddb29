"""A participant's way through a session: code, welcome, about you, pre-test, results, the wait
for the workshop, post-test, and the help resources at the end."""

import pytest
from django.test import Client
from django.urls import reverse

from quizzes.models import Answer, Attempt
from reach.models import SessionChange
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_NOBODY,
    C_TRUSTED_ADULT,
    ONE_RIGHT,
    Q_SINGLE,
    quiz_form_data,
)
from workshops.models import Audience, Participant, Session
from workshops.services import session_post_test_open

pytestmark = pytest.mark.django_db

PROFILE = {
    "agree": "yes",
    "role": "students",
    "age_band": "10-13",
    "gender": "female",
    "mother_initial": "m",
    "birth_month": "3",
    "older_siblings": "1",
    "birthplace_initial": "Bogotá",
}


def join(client, session, **profile):
    """Type the code, read what is asked and why, say who you are and agree: the participant is
    counted and sent on to their first step."""
    response = client.post(reverse("join"), {"code": session.join_code_display.lower()})
    assert response.status_code == 302
    welcome = client.get(response.url)
    assert welcome.status_code == 200
    response = client.post(response.url, {**PROFILE, **profile})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def take(client, session, answers):
    """Follow the flow to the quiz it offers now and answer it; returns the result page."""
    page = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert page.status_code == 200
    assert "form" in page.context, page.content.decode()[:2000]
    response = client.post(page.request["PATH_INFO"], quiz_form_data(page.context, answers))
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.get(response.url)


class Phone:
    """A browser that follows redirects itself, as a phone does, counting its requests."""

    def __init__(self, client):
        self.client, self.requests = client, 0

    def get(self, url, expect=200):
        self.requests += 1
        response = self.client.get(url)
        assert response.status_code == expect, response.content.decode()[:2000]
        return response

    def post(self, url, data, expect=302):
        self.requests += 1
        response = self.client.post(url, data)
        assert response.status_code == expect, response.content.decode()[:2000]
        return response

    def from_the_welcome_page_to_saved_answers(self, welcome_url: str) -> None:
        """Agree and say who you are on the welcome page, then answer the quiz it leads to."""
        welcome = self.get(welcome_url)
        joined = self.post(
            welcome_url, {**PROFILE, "join_key": welcome.context["form"]["join_key"].value()}
        )
        quiz = self.get(joined.url)
        saved = self.post(joined.url, quiz_form_data(quiz.context, ALL_RIGHT))
        assert saved.url.startswith(
            reverse(
                "quiz:result", args=[quiz.context["session"].join_code, Attempt.objects.get().key]
            )
        )


def test_a_phone_from_the_qr_code_to_saved_answers_takes_four_requests(client, open_session):
    phone = Phone(client)
    phone.from_the_welcome_page_to_saved_answers(
        reverse("join_code", args=[open_session.join_code])
    )
    assert phone.requests == 4
    assert Answer.objects.filter(attempt__participant=Participant.objects.get()).exists()


def test_a_phone_that_types_the_code_reaches_saved_answers_in_six_requests(client, open_session):
    phone = Phone(client)
    phone.get(reverse("join"))
    typed = phone.post(reverse("join"), {"code": open_session.join_code_display.lower()})
    phone.from_the_welcome_page_to_saved_answers(typed.url)
    assert phone.requests == 6
    assert Attempt.objects.filter(participant=Participant.objects.get()).count() == 1


def test_links_to_the_old_about_you_and_next_step_pages_still_work(open_session):
    """A bookmark, or a phone that showed the old "about you" page before the pages became one."""
    code = open_session.join_code
    bookmark = Client().get(reverse("join_about", args=[code]), {"agree": "yes"})
    assert bookmark["Location"] == reverse("join_code", args=[code])
    phone = Client()
    # The old page's form: its consent given on the page before, in a hidden field.
    joined = phone.post(reverse("join_about", args=[code]), {**PROFILE, "agree": "True"})
    assert joined.status_code == 302 and "/pre/" in joined.url
    assert Participant.objects.count() == 1
    assert phone.get(reverse("quiz:next", args=[code]))["Location"] == joined.url


def test_participant_goes_from_code_to_pre_and_post_scores_and_help(client, open_session):
    join(client, open_session)
    participant = Participant.objects.get()
    assert (participant.role, participant.age_band, participant.gender) == (
        "students",
        "10-13",
        "female",
    )
    assert participant.sgic == "M031B"

    pre = take(client, open_session, ONE_RIGHT)
    assert pre.status_code == 200
    assert "There is no mark." in pre.text
    assert "1/3" not in pre.text
    assert "It is never your fault." not in pre.text  # the explanation waits for the post-test

    waiting = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert waiting.request["PATH_INFO"] == reverse("quiz:wait", args=[open_session.join_code])
    assert "Time for the workshop" in waiting.content.decode()

    session_post_test_open(session=open_session)
    post = take(client, open_session, ALL_RIGHT)
    assert ">1/3</span>" in post.text and ">3/3</span>" in post.text
    assert "It is never your fault." in post.text  # the explanation

    done = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert done.request["PATH_INFO"] == reverse("quiz:done", args=[open_session.join_code])
    assert "If you need help" in done.content.decode()

    attempts = {a.phase: a for a in Attempt.objects.all()}
    assert (attempts["pre"].correct_count, attempts["post"].correct_count) == (1, 3)
    assert attempts["post"].passed and not attempts["pre"].passed
    assert Answer.objects.filter(
        attempt=attempts["pre"], question_key=Q_SINGLE
    ).get().choice_keys == [C_NOBODY]
    assert SessionChange.objects.filter(session=open_session, reason="attempt").count() == 2


def test_reloading_or_reopening_the_link_continues_without_counting_again(client, open_session):
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    again = client.get(reverse("join_code", args=[open_session.join_code]), follow=True)
    assert again.request["PATH_INFO"] == reverse("quiz:wait", args=[open_session.join_code])
    assert Participant.objects.count() == 1


def test_the_same_answers_sent_twice_count_once(client, open_session):
    join(client, open_session)
    page = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    data = quiz_form_data(page.context, ALL_RIGHT)
    first = client.post(page.request["PATH_INFO"], data)
    second = client.post(page.request["PATH_INFO"], data)
    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    assert Attempt.objects.count() == 1
    assert SessionChange.objects.filter(reason="attempt").count() == 1


def test_the_same_key_with_other_answers_is_a_conflict_and_keeps_the_first(client, open_session):
    join(client, open_session)
    page = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    client.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    changed = quiz_form_data(page.context, {**ALL_RIGHT, Q_SINGLE: [C_NOBODY]})
    response = client.post(page.request["PATH_INFO"], changed)
    assert response.status_code == 409
    assert "The first answers count" in response.content.decode()
    attempt = Attempt.objects.get()
    assert attempt.answers.get(question_key=Q_SINGLE).choice_keys == [C_TRUSTED_ADULT]


def test_every_audience_a_session_can_have_is_a_role_a_participant_can_choose(client, open_session):
    for audience in Audience.values:
        Session.objects.filter(pk=open_session.pk).update(audience=audience)
        about = client.get(reverse("join_code", args=[open_session.join_code]))
        offered = [value for value, _label in about.context["form"].fields["role"].choices]
        assert offered[0] == audience  # offered first, and suggested
        assert about.context["form"]["role"].value() == audience


def test_a_double_tap_on_continue_counts_one_participant(open_session):
    first, second = Client(), Client()
    url = reverse("join_code", args=[open_session.join_code])
    about = first.get(url)
    data = {**PROFILE, "join_key": about.context["form"]["join_key"].value()}
    assert first.post(url, data).status_code == 302
    assert second.post(url, data).status_code == 302  # the resend, without the first's cookie
    assert Participant.objects.count() == 1
    # The resending phone is that same participant: it goes on to the pre-test.
    assert "/pre/" in second.get(reverse("quiz:next", args=[open_session.join_code]))["Location"]
