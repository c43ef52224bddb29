"""Content names in the reader's language: figures belong to a campaign's source page (sessions
point at it), but reports, exports, the donor PDF and the API name the campaign, its partner
organisation and its modules as their translation in the language asked for says, else as the
source does. Each lookup is one query, whatever the number of campaigns or modules."""

from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from workshops.models import CampaignPage, WorkshopModulePage


def _translations(model, language: str) -> QuerySet:
    """The live translations of a page type in one language."""
    return model.objects.filter(locale__language_code=language, live=True)


def campaigns_named(*, campaigns: list[CampaignPage], language: str) -> dict[int, CampaignPage]:
    """Each campaign (by its pk) as its live translation in `language`, else itself (one
    query)."""
    named = {campaign.pk: campaign for campaign in campaigns}
    keys = {campaign.translation_key: campaign.pk for campaign in campaigns}
    if keys:
        for translation in _translations(CampaignPage, language).filter(
            translation_key__in=list(keys)
        ):
            named[keys[translation.translation_key]] = translation
    return named


def campaign_named(*, campaign: CampaignPage, language: str) -> CampaignPage:
    """The campaign as its live translation in `language` names it, else itself (one query)."""
    return campaigns_named(campaigns=[campaign], language=language)[campaign.pk]


def module_title_in(language: str, module_field: str = "module") -> Coalesce:
    """An annotation: the title of the module (the page that `module_field` points at) in its
    live translation in `language`, else its own title; a subquery of the same query."""
    translated = _translations(WorkshopModulePage, language).filter(
        translation_key=OuterRef(f"{module_field}__translation_key")
    )
    return Coalesce(Subquery(translated.values("title")[:1]), f"{module_field}__title")
