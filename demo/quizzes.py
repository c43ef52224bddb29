"""Demo quizzes (demo/content/quizzes.yaml): one per demo module, in every language of its
campaign.

Idempotent like the rest of the demo: a module that already has a quiz in the source language
keeps it. Question and choice keys are derived from the module and the position of the question,
so the translations share them with their source, as translations made in the admin do. The
translations are made through wagtail-localize (demo/translations.py).
"""

import json
import uuid

from django.db import transaction
from wagtail.models import Locale

from demo import content
from demo.translations import Outcome, translation_ensure
from quizzes.models import Quiz, QuizModule
from workshops.models import CampaignPage, WorkshopModulePage

KEY_NAMESPACE = uuid.UUID("5f1d7a52-3c1e-4d59-9a8e-6f0b3d1c2a90")


def _key(*parts) -> str:
    return str(uuid.uuid5(KEY_NAMESPACE, "/".join(str(part) for part in parts)))


def _questions(data: dict, lang: str, module_slug: str) -> str:
    """The quiz's StreamField content in one language, with keys that do not depend on it."""
    blocks = []
    for number, question in enumerate(data["questions"]):
        value = {"text": question["text"][lang], "explanation": question["explanation"][lang]}
        if question["type"] == "true_false":
            value["answer"] = "true" if question["answer"] else "false"
        else:
            value["choices"] = [
                {
                    "type": "item",
                    "id": _key(module_slug, number, index),
                    "value": {"text": choice["text"][lang], "correct": choice["correct"]},
                }
                for index, choice in enumerate(question["choices"])
            ]
        blocks.append({"type": question["type"], "id": _key(module_slug, number), "value": value})
    return json.dumps(blocks)


def _fields(data: dict, lang: str, module_slug: str) -> dict:
    return {
        "title": data["title"][lang],
        "introduction": data["introduction"][lang],
        "questions": _questions(data, lang, module_slug),
    }


def _publish(quiz: Quiz) -> Quiz:
    quiz.save_revision().publish()
    return quiz


def quiz_ensure(
    campaign: CampaignPage, data: dict, languages: list[str], log: list[Outcome]
) -> Quiz:
    """A module's demo quiz in the campaign's source language and its translations."""
    source_lang, *other_langs = languages
    locales = {lang: Locale.objects.get(language_code=lang) for lang in languages}
    module = WorkshopModulePage.objects.child_of(campaign).get(slug=data["module"])
    # The demo's own quiz of the module, known by its first question's key: a module may have
    # other quizzes (an editor's, the benchmark's) that the demo data do not describe.
    first_question = _key(data["module"], 0)
    source = next(
        (
            quiz
            for quiz in Quiz.objects.filter(
                locale=locales[source_lang], quiz_modules__module=module
            ).order_by("pk")
            if any(block.id == first_question for block in quiz.questions)
        ),
        None,
    )
    if source is None:
        source = Quiz(
            locale=locales[source_lang],
            use=data["use"],
            pass_mark=data["pass_mark"],
            **_fields(data, source_lang, data["module"]),
        )
        source.quiz_modules = [QuizModule(module=module)]
        source.save()
        _publish(source)
    for lang in other_langs:
        log.append(
            translation_ensure(
                source,
                locales[lang],
                _fields(data, lang, data["module"]),
                place=f"quizzes.yaml, {campaign.slug}[{data['module']}]",
            )
        )
    return source


def campaign_languages(campaign: CampaignPage) -> list[str]:
    """The demo campaign's languages, its source language first."""
    for data in content.campaigns():
        if data["slug"][data["source_language"]] == campaign.slug:
            source = data["source_language"]
            return [source, *(lang for lang in data["languages"] if lang != source)]
    return []


@transaction.atomic
def demo_quizzes_ensure(*, campaigns: list[CampaignPage], log: list[Outcome]) -> list[Quiz]:
    """The demo quizzes of the demo campaigns, each in its campaign's languages; each
    translation's outcome goes to `log`."""
    return [
        quiz_ensure(campaign, data, campaign_languages(campaign), log)
        for campaign in campaigns
        for data in content.quizzes().get(campaign.slug, [])
    ]
