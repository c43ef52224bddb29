"""Translated snippets with revisions (quizzes and surveys): one in every language it is written
in, the one to show in a participant's language, the version a session asks, and the version a
posted form was built from.

Opening a session pins the live revision of every translation of every quiz and survey it asks
(`Session.content_pins`): editors' later changes never reach it, and its pre-test and post-test
ask the same questions. A translation first published after the session opened is pinned when it
is first asked. The apps that own the snippets register them here (`pinnable_register`), so that
workshops, below them, pins them without knowing them.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
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


@dataclass(frozen=True)
class Pinnable:
    """A kind of translated snippet that sessions ask, as its app registers it."""

    model: type
    asked: Callable  # (session) -> the translation keys the session asks
    answered: Callable  # (session) -> whether anyone answered one of them in the session


_pinnables: dict[str, Pinnable] = {}


def pinnable_register(model, *, asked: Callable, answered: Callable) -> None:
    """Pin this kind of snippet in the sessions that ask it (each app, when it starts)."""
    _pinnables[model._meta.label_lower] = Pinnable(model=model, asked=asked, answered=answered)


def pinnables() -> list[Pinnable]:
    return list(_pinnables.values())


def content_answered(session) -> bool:
    """Whether anyone answered a quiz or survey in the session (on a phone or on paper)."""
    return any(pinnable.answered(session) for pinnable in pinnables())


def pin_key(variant) -> str:
    """Where a translation's pin is kept in `Session.content_pins`."""
    return f"{variant._meta.label_lower}:{variant.pk}"


def live_pins(session) -> dict[str, int]:
    """The live revision of every translation of every snippet the session asks: what opening
    it pins. One query per kind of snippet."""
    pins = {}
    for pinnable in pinnables():
        keys = list(pinnable.asked(session))
        live = pinnable.model.objects.filter(translation_key__in=keys, live=True)
        for pk, revision_id in live.values_list("pk", "live_revision_id"):
            pins[f"{pinnable.model._meta.label_lower}:{pk}"] = revision_id
    return pins


def pinned_revision_id(session, variant) -> int | None:
    """The revision of this translation the session pinned; None when it pinned none."""
    return (session.content_pins or {}).get(pin_key(variant))


def asked_revision_id(session, variant) -> int | None:
    """The revision of this translation the session asks: the one it pinned, else (not pinned
    yet) the live one; None for a translation neither pinned nor published."""
    pinned = pinned_revision_id(session, variant)
    if pinned is not None:
        return pinned
    return variant.live_revision_id if variant.live else None


def variant_of_revision(*, session, variants: list, revision_id: int | None):
    """The translation (one of `variants`) whose asked revision a posted form was built from;
    None for a form built from another revision (an older or newer version than the session
    asks, or a tampered form). Costs no query."""
    if revision_id is None:
        return None
    return next(
        (v for v in variants if asked_revision_id(session, v) == revision_id),
        None,
    )


@dataclass(frozen=True)
class AskedVersion:
    """Which version of one quiz or survey a session asks, for its trainer."""

    title: str
    revision_id: int  # of the translation in the session's language (else the nearest)
    dated: datetime | None  # when that version was published (saved, for one replaced since)
    edited_since: bool  # a translation the session pinned was published again (or withdrawn)


def asked_versions(
    *, session, contents: Iterable[list], languages: list[str]
) -> list[AskedVersion]:
    """For each snippet (all its translations, published or not, in `contents`), the version
    the session asks and whether editors changed it since it was pinned. The live versions are
    dated by the snippets themselves; those replaced since cost one query in all."""
    rows = []
    for variants in contents:
        asked = [v for v in variants if asked_revision_id(session, v) is not None]
        if not asked:
            continue
        shown = snippet_preferred([v for v in asked if v.live] or asked, languages=languages)
        version = snippet_preferred(asked, languages=[session.language])
        revision_id = asked_revision_id(session, version)
        live = version.live and version.live_revision_id == revision_id
        edited = any(
            not v.live or v.live_revision_id != pinned_revision_id(session, v)
            for v in variants
            if pinned_revision_id(session, v) is not None
        )
        rows.append((shown.title, revision_id, version.last_published_at if live else None, edited))
    replaced = [revision_id for _title, revision_id, dated, _edited in rows if dated is None]
    saved_at = (
        dict(Revision.objects.filter(pk__in=replaced).values_list("pk", "created_at"))
        if replaced
        else {}
    )
    return [
        AskedVersion(title, revision_id, dated or saved_at.get(revision_id), edited)
        for title, revision_id, dated, edited in rows
    ]


def posted_revision_id(data) -> int | None:
    try:
        return int(data.get("revision", ""))
    except ValueError:
        return None
