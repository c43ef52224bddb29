"""What the Wagtail admin shows editors in every language: plural names of our models, readable
states in the snippet lists, and avatars that the browser can load."""

import re

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from django.utils.functional import Promise

from tests.surveys.factories import SurveyFactory

pytestmark = pytest.mark.django_db

OUR_APPS = ("workshops", "quizzes", "surveys", "participation", "reach", "demo")


def our_models() -> list:
    return [
        model
        for app in OUR_APPS
        if apps.is_installed(app)
        for model in apps.get_app_config(app).get_models()
    ]


def test_every_model_of_ours_has_a_translatable_name_and_plural():
    """Django's default plural adds an "s" to the translated name: "sesións", "locațies"."""
    models = our_models()
    assert len(models) > 30, "the apps' models were not found"
    missing = [
        model.__name__
        for model in models
        if "verbose_name_plural" not in model._meta.original_attrs
        or not isinstance(model._meta.verbose_name_plural, Promise)
        or not isinstance(model._meta.verbose_name, Promise)
    ]
    assert missing == []


@pytest.mark.parametrize(("language", "made_up"), [("es", "lugars"), ("ro", "locațies")])
def test_the_venue_list_names_venues_in_a_real_plural(people, language, made_up):
    editor = Client()
    editor.force_login(people.editor)

    response = editor.get(
        reverse("wagtailsnippets_workshops_venue:list"), HTTP_ACCEPT_LANGUAGE=language
    )

    assert response.status_code == 200
    assert f'lang="{language}"' in response.text
    assert made_up not in response.text.lower()


def test_the_quiz_list_shows_each_quizs_state_as_a_word_not_true(people, quiz):
    editor = Client()
    editor.force_login(people.editor)

    response = editor.get(reverse("wagtailsnippets_quizzes_quiz:list"))

    assert response.status_code == 200
    assert quiz.title in response.text
    assert not re.search(r"<td[^>]*>\s*(True|False)\s*</td>", response.text)
    assert re.search(r'class="w-status[^"]*"[^>]*>\s*live\s*<', response.text)


def test_the_survey_list_shows_each_surveys_state_as_a_word_not_true(people, tree):
    SurveyFactory(campaign=tree.campaign)
    editor = Client()
    editor.force_login(people.editor)

    response = editor.get(reverse("wagtailsnippets_surveys_survey:list"))

    assert response.status_code == 200
    assert not re.search(r"<td[^>]*>\s*(True|False)\s*</td>", response.text)
    assert re.search(r'class="w-status[^"]*"[^>]*>\s*live\s*<', response.text)


def test_the_admin_shows_avatars_without_asking_gravatar(people):
    """A Gravatar is a broken image wherever that host is blocked or out of reach, and tells it
    who uses the admin."""
    admin = Client()
    admin.force_login(people.admin)

    response = admin.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    avatars = re.findall(r'<img[^>]*class="[^"]*avatar[^"]*"[^>]*>', response.text) or re.findall(
        r'<img[^>]*src="[^"]*avatar[^"]*"[^>]*>', response.text
    )
    assert avatars, "the page shows no avatar: the test looks at the wrong page"
    assert "gravatar" not in response.text
    assert all('src="/static/' in avatar for avatar in avatars)
