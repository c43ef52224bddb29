"""Every block of a StreamField carries an id, at every level: top-level blocks, the blocks of a
stream inside a struct (a manual chapter's content), and each item of a list (an activity's steps,
a safeguarding note's contacts).

wagtail-localize names each translatable string by the ids of the blocks around it, so a block
without an id makes "Translate" fail, and a list item without one is left out of the translation.
Wagtail itself adds ids only to the top-level blocks when content is saved as raw JSON (by code, an
import, a factory); the editor's form gives every block one. `stream_ids_fill` runs before every
save of a model with StreamFields and adds what is missing. Ids are only ever added, never changed:
they are what translations, quiz answers and survey answers refer to.
"""

import uuid
from collections.abc import Callable
from functools import cache

from django.db import models
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

# Makes an id for a block from its place in the field, e.g. "chapters[0].content[2].contacts[1]".
IdFor = Callable[[str], str]


def random_id(place: str) -> str:
    return str(uuid.uuid4())


def stream_with_ids(
    stream_block: blocks.StreamBlock,
    raw: list,
    id_for: IdFor = random_id,
    *,
    place: str = "",
    places: dict[str, str] | None = None,
) -> list:
    """A copy of raw StreamField data (a list of {"type", "value", "id"} dicts) where every block
    and list item has an id: its own, else `id_for(its place)`. When `places` is given, it is
    filled with each id's place, to name a block in a message."""
    return _Walk(id_for, {} if places is None else places).stream(stream_block, raw, place)


class _Walk:
    def __init__(self, id_for: IdFor, places: dict[str, str]):
        self.id_for = id_for
        self.places = places

    def _id(self, item: dict, place: str) -> str:
        block_id = item.get("id") or self.id_for(place)
        self.places[block_id] = place
        return block_id

    def block(self, block: blocks.Block, value, place: str):
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value, place)
        if isinstance(block, blocks.ListBlock):
            return self.list(block, value, place)
        if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
            return {
                name: self.block(block.child_blocks[name], child, f"{place}.{name}")
                if name in block.child_blocks
                else child
                for name, child in value.items()
            }
        return value

    def stream(self, block: blocks.StreamBlock, value, place: str):
        if not isinstance(value, list):
            return value
        items = []
        for index, item in enumerate(value):
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                item_place = f"{place}[{index}]"
                item = {
                    **item,
                    "value": self.block(
                        block.child_blocks[item["type"]], item.get("value"), item_place
                    ),
                    "id": self._id(item, item_place),
                }
            items.append(item)
        return items

    def list(self, block: blocks.ListBlock, value, place: str):
        if not isinstance(value, list):
            return value
        items = []
        for index, item in enumerate(value):
            item_place = f"{place}[{index}]"
            if not list_item_in_block_format(item):
                item = {"type": "item", "value": item}
            items.append(
                {
                    **item,
                    "value": self.block(block.child_block, item["value"], item_place),
                    "id": self._id(item, item_place),
                }
            )
        return items


def list_item_in_block_format(item) -> bool:
    """Whether a raw list item is {"type": "item", "value": ..., "id": ...} (the id may be
    missing), rather than a bare value."""
    return (
        isinstance(item, dict)
        and item.get("type") == "item"
        and "value" in item
        and set(item) <= {"type", "value", "id"}
    )


@cache
def stream_fields(model: type[models.Model]) -> tuple[StreamField, ...]:
    return tuple(field for field in model._meta.concrete_fields if isinstance(field, StreamField))


def raw_stream(field: StreamField, instance: models.Model) -> list:
    """The field's content on the instance as raw JSON data, ids as they are (none added)."""
    value = field.value_from_object(instance)
    return list(value.raw_data) if isinstance(value, StreamValue) else []


def stream_ids_fill(instance: models.Model, id_for: IdFor = random_id) -> list[str]:
    """Give every block of the instance's StreamFields an id; the names of the fields changed."""
    changed = []
    for field in stream_fields(type(instance)):
        raw = raw_stream(field, instance)
        filled = stream_with_ids(field.stream_block, raw, id_for, place=field.name)
        if filled != raw:
            setattr(instance, field.attname, filled)
            changed.append(field.name)
    return changed
