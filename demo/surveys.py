"""Demo surveys (demo/content/surveys.yaml): a satisfaction and an attitude survey per demo
campaign, in every language of the campaign. Idempotent: a campaign's survey with the same source
title is kept as it is. Keys derive from the campaign and positions, so translations share them.
The translations are made through wagtail-localize (demo/translations.py)."""

import json
import uuid

from django.db import transaction
from wagtail.models import Locale

from demo import content
from demo.quizzes import campaign_languages
from demo.translations import Outcome, translation_ensure
from surveys.models import Survey
from workshops.models import CampaignPage

KEY_NAMESPACE = uuid.UUID("0b6c2f7e-8d3a-4f51-a2c9-7e5d1b4a9c30")


def _key(*parts) -> str:
    return str(uuid.uuid5(KEY_NAMESPACE, "/".join(str(part) for part in parts)))


def demo_disagree_keys() -> set[str]:
    """The keys of the demo statements worded so that disagreeing is the hoped-for answer (the
    demo history makes their answers move that way after the workshop)."""
    return {
        _key(f"{slug}/{number}", index)
        for slug, surveys in content.surveys().items()
        for number, data in enumerate(surveys)
        for index, question in enumerate(data["questions"])
        if question.get("hoped_for") == "disagree"
    }


def _questions(data: dict, lang: str, prefix: str) -> str:
    blocks = []
    for number, question in enumerate(data["questions"]):
        value = {"text": question["text"][lang], "required": question["required"]}
        if question["type"] in ("single", "multiple"):
            value["choices"] = [
                {"type": "item", "id": _key(prefix, number, index), "value": choice[lang]}
                for index, choice in enumerate(question["choices"])
            ]
        if question["type"] == "rating":
            value["low_label"] = question["low_label"][lang]
            value["high_label"] = question["high_label"][lang]
        blocks.append({"type": question["type"], "id": _key(prefix, number), "value": value})
    return json.dumps(blocks)


def _fields(data: dict, lang: str, prefix: str) -> dict:
    return {
        "title": data["title"][lang],
        "introduction": data["introduction"][lang],
        "questions": _questions(data, lang, prefix),
    }


def survey_ensure(
    campaign: CampaignPage, number: int, data: dict, languages: list[str], log: list[Outcome]
) -> Survey:
    source_lang, *other_langs = languages
    locales = {lang: Locale.objects.get(language_code=lang) for lang in languages}
    prefix = f"{campaign.slug}/{number}"
    source = Survey.objects.filter(
        locale=locales[source_lang], campaign=campaign, title=data["title"][source_lang]
    ).first()
    if source is None:
        source = Survey(
            locale=locales[source_lang],
            campaign=campaign,
            use=data["use"],
            free_text_for_minors=data["free_text_for_minors"],
            **_fields(data, source_lang, prefix),
        )
        source.save()
        source.save_revision().publish()
    for lang in other_langs:
        log.append(
            translation_ensure(
                source,
                locales[lang],
                _fields(data, lang, prefix),
                place=f"surveys.yaml, {campaign.slug}[{number}]",
            )
        )
    return source


@transaction.atomic
def demo_surveys_ensure(*, campaigns: list[CampaignPage], log: list[Outcome]) -> list[Survey]:
    """The demo surveys of the demo campaigns, each in its campaign's languages; each
    translation's outcome goes to `log`."""
    return [
        survey_ensure(campaign, number, data, campaign_languages(campaign), log)
        for campaign in campaigns
        for number, data in enumerate(content.surveys().get(campaign.slug, []))
    ]
