"""The demo's translations, made as an editor makes them: through wagtail-localize.

For a source page or snippet and a language, `translation_ensure` takes the source's
TranslationSource (its text cut into segments), opens a Translation into the language, gives every
segment its translation from the demo data, and saves the translated page or snippet with
wagtail-localize's `save_target`, then publishes it. Editing the English page afterwards leaves the
translation behind its source until someone syncs it, as for any translated page.

A segment is named by its place: the field, the ids of the blocks around it, and its order there
(rich text is cut into one segment per paragraph or list item). The text in the other language is
cut the same way, from an instance that carries the source's block ids, and each string pairs with
the source's at the same place. The demo data mirror the source block for block; where they do
not, loading stops with the file and the place, rather than leave English text in a translation.

A database loaded by an older demo_load has translations made without wagtail-localize: they are
linked the same way, their own text being the translation.
"""

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.db import models, transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Revision, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from workshops.stream_ids import raw_stream, stream_fields, stream_ids_fill, stream_with_ids

REPAIR_NAMESPACE = uuid.UUID("3e9b5d27-7c41-4f8a-b6d0-91a2c4e8f573")


class DemoTranslationError(Exception):
    """The demo data in one language do not mirror their source where a translation needs it."""


@dataclass(frozen=True)
class Outcome:
    instance: models.Model
    made: bool = False  # created through wagtail-localize now
    linked: bool = False  # existed without wagtail-localize, and is now linked to it


def translation_ensure(source: models.Model, locale: Locale, fields: dict, place: str) -> Outcome:
    """The source's translation into a locale, made through wagtail-localize with the given field
    values (the demo data in that language) if it is missing, or linked to wagtail-localize if it
    exists without. `place` names the data in messages: "golondrina.yaml, modules[my-body]"."""
    if isinstance(source, Page):
        source = source.specific
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        if isinstance(existing, Page):
            existing = existing.specific
        if Translation.objects.filter(
            source__object_id=source.translation_key,
            source__locale_id=source.locale_id,
            target_locale=locale,
        ).exists():
            return Outcome(existing)
        # A translation an older demo_load made by copying: its text is the translation.
        fields = {name: _field_value(existing, name) for name in fields}
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    strings_translate(translation_source, locale, fields, place)
    translation, _created = Translation.objects.update_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    # publish=False, then publish here: save_target publishes when the transaction commits,
    # and the demo's later steps (and tests) need the translation live now.
    translation.save_target(publish=False)
    target = translation.get_target_instance()
    if isinstance(target, Page):
        target = target.specific
    target.get_latest_revision().publish()
    target.refresh_from_db()
    return Outcome(target, made=existing is None, linked=existing is not None)


def _field_value(instance: models.Model, name: str):
    field = instance._meta.get_field(name)
    if isinstance(field, StreamField):
        return raw_stream(field, instance)
    return field.value_from_object(instance)


def strings_translate(
    translation_source: TranslationSource, locale: Locale, fields: dict, place: str
) -> int:
    """Store the translation into `locale` of every string of the source, paired with the strings
    of `fields` (the translatable fields' values in that language) by place and order."""
    target, block_places = _shaped_like_source(translation_source, fields, place)
    translated = defaultdict(list)
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            translated[segment.path].append(segment.string.data)
    originals = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=translation_source)
        .select_related("string", "context")
        .order_by("order")
    ):
        originals[segment.context.path].append(segment)
    mismatched = [
        (path, len(originals.get(path, ())), len(translated.get(path, ())))
        for path in sorted(set(originals) | set(translated))
        if len(originals.get(path, ())) != len(translated.get(path, ()))
    ]
    if mismatched:
        source_lang = translation_source.locale.language_code
        details = "; ".join(
            f"{_readable(path, block_places)}: {theirs} string(s) in {locale.language_code} "
            f"where {source_lang} has {ours}"
            for path, ours, theirs in mismatched
        )
        raise DemoTranslationError(
            f"{place}: the {locale.language_code} text does not mirror {source_lang} "
            f"(rich text pairs by paragraph and list item): {details}"
        )
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for path, segments in originals.items()
            for segment, text in zip(segments, translated[path], strict=True)
        ],
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=["data", "translation_type"],
    )
    return sum(len(segments) for segments in originals.values())


def _shaped_like_source(
    translation_source: TranslationSource, fields: dict, place: str
) -> tuple[models.Model, dict[str, str]]:
    """The source as wagtail-localize froze it, with the given field values in the other
    language: each StreamField block takes the id of the source's block at the same place."""
    instance = translation_source.as_instance()
    block_places: dict[str, str] = {}
    for name, value in fields.items():
        field = instance._meta.get_field(name)
        if isinstance(field, StreamField):
            source_raw = raw_stream(field, instance)
            # Names the source's blocks by place, for messages.
            stream_with_ids(field.stream_block, source_raw, place=name, places=block_places)
            raw = json.loads(value) if isinstance(value, str) else value
            # The same form as the source's (list items as blocks), then the source's ids.
            raw = stream_with_ids(field.stream_block, raw, place=name)
            value = _ids_copied(source_raw, raw, place, name, block_places)
        setattr(instance, field.attname, value)
    return instance, block_places


def _ids_copied(source, target, place: str, where: str, block_places: dict[str, str]):
    """The target's raw blocks with the ids of the source's blocks at the same places; the two
    must have the same blocks, of the same types, in the same order. `place` names the data and
    `where` the block in messages."""
    if isinstance(source, list) and isinstance(target, list):
        if len(source) != len(target):
            raise DemoTranslationError(
                f"{place}, {where}: {len(target)} blocks or items where the source has "
                f"{len(source)}"
            )
        return [
            _ids_copied(ours, theirs, place, where, block_places)
            for ours, theirs in zip(source, target, strict=True)
        ]
    if isinstance(source, dict) and isinstance(target, dict):
        if "id" in source and "id" in target and "value" in target:
            where = block_places.get(source["id"], where)
            if source.get("type") != target.get("type"):
                raise DemoTranslationError(
                    f"{place}, {where}: a {target.get('type')} block where the source has "
                    f"a {source.get('type')}"
                )
            return {
                **target,
                "id": source["id"],
                "value": _ids_copied(source["value"], target["value"], place, where, block_places),
            }
        return {
            name: _ids_copied(source[name], value, place, where, block_places)
            if name in source
            else value
            for name, value in target.items()
        }
    return target


def _readable(path: str, block_places: dict[str, str]) -> str:
    """A segment's path with block ids replaced by their places: "body[2].text"."""
    parts = path.split(".")
    for index in range(len(parts) - 1, -1, -1):
        if parts[index] in block_places:
            return ".".join([block_places[parts[index]], *parts[index + 1 :]])
    return path


@transaction.atomic
def stream_ids_repair() -> int:
    """Give an id to every block that has none, in the live content and the latest revision of
    every page and snippet (an older demo_load saved nested blocks without): the ids derive from
    the object's translation key and the block's place, so that a page and its translations get
    the same. Returns how many objects changed; none the second time."""
    repaired = 0
    for model in apps.get_models():
        fields = stream_fields(model)
        if not fields or not issubclass(model, TranslatableMixin):
            continue
        for instance in model._default_manager.all():

            def id_for(place: str, key=instance.translation_key) -> str:
                return str(uuid.uuid5(REPAIR_NAMESPACE, f"{key}/{place}"))

            changed = stream_ids_fill(instance, id_for)
            if changed:
                model._default_manager.filter(pk=instance.pk).update(
                    **{name: getattr(instance, name) for name in changed}
                )
            revision = getattr(instance, "latest_revision", None)
            if _revision_ids_fill(revision, fields, id_for) or changed:
                repaired += 1
    return repaired


def _revision_ids_fill(revision: Revision | None, fields, id_for) -> bool:
    if revision is None:
        return False
    content = dict(revision.content)
    for field in fields:
        raw = content.get(field.name)
        data = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(data, list):
            continue
        filled = stream_with_ids(field.stream_block, data, id_for, place=field.name)
        if filled != data:
            content[field.name] = json.dumps(filled) if isinstance(raw, str) else filled
    if content == revision.content:
        return False
    Revision.objects.filter(pk=revision.pk).update(content=content)
    return True
