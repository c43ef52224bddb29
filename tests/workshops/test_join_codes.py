"""Join codes: easy to read and type, hard to guess, unique while open, dead once closed."""

import math

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from tests.workshops.factories import SessionFactory
from workshops import join_codes, services
from workshops.models import Session, SessionState
from workshops.selectors import session_by_join_code


def test_the_alphabet_is_crockford_base32_without_letters_that_look_like_digits():
    assert len(set(join_codes.ALPHABET)) == 32
    assert not set("ILOU") & set(join_codes.ALPHABET)
    assert set("0123456789") <= set(join_codes.ALPHABET)


def test_a_generated_code_has_eight_characters_from_the_alphabet_and_2_to_the_40_possibilities():
    codes = {join_codes.code_generate() for _ in range(500)}
    assert all(len(code) == 8 and set(code) <= set(join_codes.ALPHABET) for code in codes)
    assert len(codes) == 500
    assert math.log2(len(join_codes.ALPHABET) ** join_codes.LENGTH) >= 40


def test_codes_are_shown_as_two_groups_of_four():
    assert join_codes.code_format("7K3D9QXA") == "7K3D-9QXA"


@pytest.mark.parametrize(
    "typed",
    ["7K3D-9QXA", "7k3d9qxa", " 7K3D 9QXA ", "7k3d-9qxa\n", "7K3D_9QXA"],
)
def test_typed_codes_are_read_whatever_the_case_dashes_and_spaces(typed):
    assert join_codes.code_normalize(typed) == "7K3D9QXA"


def test_letters_that_look_like_digits_are_read_as_those_digits():
    assert join_codes.code_normalize("ABOD-I2L4") == "AB0D1214"


@pytest.mark.parametrize("typed", ["", "7K3D", "7K3D-9QXA-1", "7K3D-9QX!", "ÅK3D9QXA", "UUUUUUUU"])
def test_text_that_cannot_be_a_code_is_refused(typed):
    assert join_codes.code_normalize(typed) is None


def test_opening_a_session_gives_it_a_code_and_a_planned_session_has_none(tree):
    session = SessionFactory(campaign=tree.campaign, modules=[tree.module])
    assert session.join_code == ""
    opened = services.session_open(session=session)
    assert opened.state == SessionState.OPEN
    assert join_codes.code_normalize(opened.join_code) == opened.join_code


def test_two_open_sessions_cannot_share_a_code_but_closed_sessions_free_theirs(tree):
    first = services.session_open(session=SessionFactory(campaign=tree.campaign))
    second = SessionFactory(campaign=tree.campaign)
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.filter(pk=second.pk).update(state="open", join_code=first.join_code)
    services.session_close(session=first)
    Session.objects.filter(pk=second.pk).update(state="open", join_code=first.join_code)
    assert session_by_join_code(text=first.join_code).pk == second.pk


def test_opening_draws_again_when_the_code_is_taken_by_an_open_session(tree, monkeypatch):
    taken = services.session_open(session=SessionFactory(campaign=tree.campaign)).join_code
    draws = iter([taken, taken, "NEWC0DE1"])
    monkeypatch.setattr(join_codes, "code_generate", lambda: next(draws))
    opened = services.session_open(session=SessionFactory(campaign=tree.campaign))
    assert opened.join_code == "NEWC0DE1"


def test_a_code_finds_its_session_only_while_the_session_is_open(tree):
    session = SessionFactory(campaign=tree.campaign)
    session = services.session_open(session=session)
    assert session_by_join_code(text=session.join_code_display.lower()).pk == session.pk
    services.session_close(session=session)
    assert session_by_join_code(text=session.join_code) is None


def test_the_join_page_refuses_a_closed_sessions_code_with_a_clear_message(client, tree):
    session = services.session_open(session=SessionFactory(campaign=tree.campaign))
    assert client.get(reverse("join_code", args=[session.join_code])).status_code == 200
    services.session_close(session=session)
    response = client.post(reverse("join"), {"code": session.join_code_display})
    assert response.status_code == 404
    assert "No open session has this code" in response.text
    assert session.join_code_display in response.text  # what was typed stays in the box


def test_a_code_typed_loosely_leads_to_the_sessions_one_address(client, tree):
    session = services.session_open(session=SessionFactory(campaign=tree.campaign))
    response = client.post(reverse("join"), {"code": session.join_code_display.lower()})
    assert response.status_code == 302
    assert response["Location"] == reverse("join_code", args=[session.join_code])
