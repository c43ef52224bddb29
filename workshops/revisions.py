"""Which version of a translated snippet a participant's form was built from."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Revision


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
