"""The demo's translations are wagtail-localize translations, and editors can translate pages:
the demo's and their own."""

import json
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo.translations import DemoTranslationError, translation_ensure
from quizzes.models import Quiz
from surveys.models import Survey
from tests.shared_data import building, content_token_renew, module_transaction, order_guard
from tests.workshops.factories import section, stream
from workshops.models import CampaignPage, ManualPage, WorkshopModulePage
from workshops.stream_ids import stream_fields

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_password_file(settings, tmp_path):
    settings.DEMO_ACCOUNTS_FILE = tmp_path / "demo-accounts.json"


def demo_load() -> str:
    out = StringIO()
    call_command("demo_load", "--no-accounts", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def _loaded_once(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """One `demo_load` for the module's tests that only start from what it makes
    (tests/shared_data.py)."""
    accounts = tmp_path_factory.mktemp("demo-translations") / "demo-accounts.json"
    with (
        override_settings(DEMO_ACCOUNTS_FILE=accounts),
        module_transaction(request, django_db_blocker),
    ):
        with building(django_db_blocker):
            output = demo_load()
        yield output


@pytest.fixture
def loaded(_loaded_once, db) -> str:
    """What one `demo_load --no-accounts` run made, in this test's transaction; its output."""
    content_token_renew()
    return _loaded_once


_shared_data_order = order_guard("loaded")


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def untranslated_locale(page: Page) -> Locale:
    done = page.get_translations(inclusive=True).values("locale")
    return Locale.objects.exclude(id__in=done).order_by("language_code").first()


def english_golondrina() -> CampaignPage:
    return CampaignPage.objects.get(slug="golondrina", locale__language_code="en")


def start_translation(admin_client, page: Page, target: Locale, **data) -> None:
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"locales": [target.pk], **data})
    assert response.status_code == 302, response.text[:2000]


def test_a_demo_translation_that_does_not_mirror_its_source_names_the_place(tree):
    tree.module.body = stream(section("First.</p><p>Second."))
    tree.module.save_revision().publish()

    with pytest.raises(DemoTranslationError) as error:
        translation_ensure(
            tree.module,
            locale("es"),
            {"title": "Mi cuerpo es mío", "body": stream(section("Solo uno."))},
            place="golondrina.yaml, modules[my-body-is-mine]",
        )

    message = str(error.value)
    assert "golondrina.yaml, modules[my-body-is-mine]" in message
    assert "body[0].text: 1 string(s) in es where en has 2" in message
    assert not tree.module.get_translation_or_none(locale("es"))


# --- The tests below share one `demo_load` run per module and worker (`loaded`), each in a
# transaction of its own that is rolled back: they read what it made, change it, or run it again on
# top of it and check what the later run did. The test above does not run it: it comes first, so
# that it still starts from an empty database (`order_guard`).


def test_demo_load_run_again_makes_each_translation_once(loaded):
    first = loaded
    counts = (
        TranslationSource.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
        Revision.objects.count(),
    )

    second = demo_load()

    assert "Translations through wagtail-localize: " in first
    assert "Translations through wagtail-localize" not in second
    assert "Block ids added" not in second
    assert (
        TranslationSource.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
        Revision.objects.count(),
    ) == counts


def _as_an_older_demo_load_left_it() -> None:
    """No wagtail-localize records, and StreamField blocks with ids only at the top (different
    in each language), as the demo was before its translations went through wagtail-localize."""
    TranslationSource.objects.all().delete()
    StringTranslation.objects.all().delete()

    def strip(value, top: bool):
        if isinstance(value, list):
            return [strip(item, top) for item in value]
        if isinstance(value, dict):
            if value.get("type") == "item" and "value" in value and "id" in value:
                return strip(value["value"], False)
            stripped = {key: strip(item, False) for key, item in value.items() if key != "id"}
            if top and "type" in value:
                stripped["id"] = str(uuid.uuid4())
            return stripped
        return value

    for model in (CampaignPage, WorkshopModulePage, ManualPage, Quiz, Survey):
        for instance in model.objects.all():
            fields = {
                field.name: json.dumps(strip(list(getattr(instance, field.name).raw_data), True))
                for field in stream_fields(model)
            }
            model.objects.filter(pk=instance.pk).update(**fields)
            Revision.objects.filter(pk=instance.latest_revision_id).update(
                content={**instance.latest_revision.content, **fields}
            )


def test_demo_load_links_the_translations_an_older_demo_load_made_by_copying(admin_client, loaded):
    english = ManualPage.objects.child_of(english_golondrina()).get(kind="facilitator")
    spanish_title = english.get_translation(locale("es")).title
    _as_an_older_demo_load_left_it()
    with pytest.raises(TypeError), transaction.atomic():  # the editor's 500, rolled back
        TranslationSource.get_or_create_from_instance(ManualPage.objects.get(pk=english.pk))

    output = demo_load()

    assert "Block ids added to " in output
    assert "made earlier without it now linked to it" in output
    spanish = english.get_translation(locale("es")).specific
    assert spanish.title == spanish_title
    assert Translation.objects.filter(
        source__object_id=english.translation_key, target_locale=locale("es")
    ).exists()
    english.refresh_from_db()
    assert [block.id for block in spanish.chapters] == [block.id for block in english.chapters]
    start_translation(admin_client, english, untranslated_locale(english))
    again = demo_load()
    assert "Block ids added" not in again and "linked" not in again


def test_an_editor_starts_a_translation_of_an_english_demo_manual_page(admin_client, loaded):
    manual = ManualPage.objects.child_of(english_golondrina()).get(kind="facilitator")
    target = untranslated_locale(manual)

    start_translation(admin_client, manual, target)

    translated = manual.get_translation(target).specific
    assert Translation.objects.filter(
        source__object_id=manual.translation_key, target_locale=target, enabled=True
    ).exists()
    assert len(translated.chapters) == len(manual.chapters)
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert editor.status_code == 200


def test_an_editor_translates_a_demo_campaign_with_its_subtree(admin_client, loaded):
    campaign = english_golondrina()
    target = untranslated_locale(campaign)

    start_translation(admin_client, campaign, target, include_subtree="on")

    translated = campaign.get_translation(target)
    assert translated.get_children().count() == campaign.get_children().count()
    for child in campaign.get_children():
        assert Translation.objects.filter(
            source__object_id=child.translation_key, target_locale=target
        ).exists(), child.title


def test_the_spanish_demo_module_follows_its_english_source_through_sync(
    admin_client, django_capture_on_commit_callbacks, loaded
):
    english = WorkshopModulePage.objects.child_of(english_golondrina()).first()
    spanish = english.get_translation(locale("es")).specific
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=locale("es"), enabled=True
    )
    source = translation.source
    assert StringTranslation.objects.filter(locale=locale("es"), data=spanish.title).exists()
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]

    english.duration_minutes = 75
    english.body.append(("section", {"heading": "", "text": "<p>A closing circle.</p>"}))
    english.save_revision().publish()
    english.refresh_from_db()
    source.refresh_from_db()
    assert source.last_updated_at < english.last_published_at  # the translation is out of date

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    spanish.refresh_from_db()
    assert spanish.duration_minutes == 75
    assert len(spanish.body) == len(english.body)
    assert spanish.body[-1].value["text"].source == "<p>A closing circle.</p>"
    assert (
        spanish.title
        == StringTranslation.objects.get(
            locale=locale("es"), context__object_id=english.translation_key, context__path="title"
        ).data
    )
    assert spanish.title != english.title


def test_the_demo_quizzes_and_surveys_are_translated_through_wagtail_localize(admin_client, loaded):
    for model in (Quiz, Survey):
        for translated in model.objects.exclude(locale=Locale.get_default()):
            assert Translation.objects.filter(
                source__object_id=translated.translation_key,
                target_locale=translated.locale,
                enabled=True,
            ).exists(), translated
            assert translated.live
    spanish_quiz = Quiz.objects.filter(locale=locale("es")).first()
    edit_url = reverse("wagtailsnippets_quizzes_quiz:edit", args=[spanish_quiz.pk])
    assert admin_client.get(edit_url).status_code == 200
