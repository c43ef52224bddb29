"""Translated snippets with revisions (quizzes and surveys): one in every language it is written
in, the one to show in a participant's language, and the version a posted form was built from."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Revision


def snippet_variants(model, *, translation_key: uuid.UUID, live_only: bool = True) -> list:
    """The snippet with this translation key in every language it is written in."""
    variants = model.objects.filter(translation_key=translation_key).select_related("locale")
    return list(variants.filter(live=True) if live_only else variants)


def snippet_preferred(variants: list, *, languages: list[str]):
    """Of a snippet's live variants, the one in the first of these languages that has it, else the
    default language, else any; None when there is none."""
    preference = [*languages, settings.LANGUAGE_CODE]

    def rank(variant) -> int:
        code = variant.locale.language_code
        return preference.index(code) if code in preference else len(preference)

    return min(variants, key=rank, default=None)


def variant_of_revision(*, variants: list, revision_id: int | None):
    """The translation (one of `variants`) that the revision belongs to, and whether it is that
    translation's live revision; None when the revision is not one of theirs (a tampered or
    unknown form). Costs no query when the revision is live."""
    if revision_id is None:
        return None
    for variant in variants:
        if variant.live and variant.live_revision_id == revision_id:
            return variant, True
    if not variants:
        return None
    revision = Revision.objects.filter(
        pk=revision_id,
        content_type=ContentType.objects.get_for_model(type(variants[0])),
        object_id__in=[str(variant.pk) for variant in variants],
    ).first()
    if revision is None:
        return None
    return next(v for v in variants if str(v.pk) == revision.object_id), False


def posted_revision_id(data) -> int | None:
    try:
        return int(data.get("revision", ""))
    except ValueError:
        return None
