"""Searching the modules and manuals."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_a_module_by_a_word_in_its_body(tree, client):
    response = client.get("/en/search/", {"q": "hand of trust"})

    assert response.status_code == 200
    assert response.context["results_count"] == 1
    assert "My body is mine" in response.text
    assert tree.module.url in response.text


def test_search_finds_a_manual_by_a_word_in_a_chapter(tree, client):
    response = client.get("/en/search/", {"q": "chairs"})

    assert [page.title for page in response.context["results"]] == ["Golondrina facilitator manual"]


def test_search_leaves_out_pages_of_other_languages(tree, client):
    response = client.get("/es/search/", {"q": "trust"})

    assert response.context["results_count"] == 0


def test_search_says_so_when_nothing_matches(tree, client):
    response = client.get("/en/search/", {"q": "zebra"})

    assert response.status_code == 200
    assert response.context["results_count"] == 0


def test_search_page_without_a_query_shows_the_form(tree, client):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.text


def test_search_does_not_find_a_handout_by_its_facilitator_notes(tree, client):
    by_note = client.get("/en/search/", {"q": "aloud"})
    by_text = client.get("/en/search/", {"q": "believes"})

    assert by_note.context["results_count"] == 0
    assert [page.title for page in by_text.context["results"]] == ["Your body, your rules"]
