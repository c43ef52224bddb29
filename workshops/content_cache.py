"""What the participant flow reads of the content on every request (which quizzes and surveys a
session asks, the languages its campaign is published in, its title and the venue the welcome page
names, and a quiz's or survey's translations with their questions), kept in each process's memory
for as long as none of it changes.

The one row of `ContentVersion` holds a token. Every save or deletion of a quiz, a survey, the
modules they are asked after, a session's modules, a locale or a venue, and every publication or
unpublication of a campaign, replaces the token in the same transaction (publishing and
unpublishing save the quiz or survey), and values are kept under the
token read before them: a process never uses a copy older than the content the database holds,
so a publish is honoured by the next request in every process, as when nothing was kept. A
rolled-back change rolls its token back with it. A request reads the token once, at its first
lookup (again after a change it makes itself).

Changes that bypass model signals (`QuerySet.update`, `bulk_create`, SQL) on those tables must
call `content_changed()` themselves. Sessions are never kept: whether a session is open, and
whether its post-test is, is read with each request.
"""

import threading
import uuid
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.core.signals import request_finished, request_started
from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save

T = TypeVar("T")

MAX_ENTRIES = 4096  # far more than the quizzes and sessions in use at once; beyond it, start over

_lock = threading.Lock()
_entries: dict[Hashable, object] = {}
_entries_token: str | None = None

_UNREAD = object()
_request = threading.local()  # the token of the request this thread serves, once read


def content_version() -> str | None:
    """The current token; None when there is none (nothing is kept then)."""
    from workshops.models import ContentVersion

    # Read on every participant request: a plain statement costs a tenth of an ORM query.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {ContentVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else None


def _token() -> str | None:
    token = getattr(_request, "token", None)
    if token is None:  # not serving a request: read it each time
        return content_version()
    if token is _UNREAD:
        token = _request.token = content_version()
    return token


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """The value `compute()` returns for `key` with the content as it is now: from this process's
    memory when it was computed under the current token, else computed (and kept).

    Kept values are shared by every request and thread of the process: never change them.
    """
    global _entries_token
    token = _token()
    if token is None:
        return compute()
    try:
        return _entries[(token, key)]  # type: ignore[return-value]
    except KeyError:
        pass
    value = compute()
    with _lock:
        if token != _entries_token or len(_entries) >= MAX_ENTRIES:
            _entries.clear()
            _entries_token = token
        _entries[(token, key)] = value
    return value


def variants_remembered(
    model, *, translation_key: uuid.UUID, parse: Callable, live_only: bool = True
) -> list:
    """A translated snippet in every language it is written in (`snippet_variants`), kept like
    any value here; the live variants' content is parsed by `parse` before other threads share
    them. Read them, never change them."""
    from workshops.snippets import snippet_variants

    def read() -> tuple:
        variants = tuple(snippet_variants(model, translation_key=translation_key, live_only=False))
        for variant in variants:
            if variant.live:
                parse(variant)
        return variants

    variants = remembered((model._meta.label, "variants", translation_key), read)
    return [variant for variant in variants if variant.live or not live_only]


def content_changed(**kwargs) -> None:
    """Replace the token, in the caller's transaction: what processes kept is no longer used."""
    from workshops.models import ContentVersion

    token = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.get_or_create(pk=1, defaults={"token": token})
    if getattr(_request, "token", None) is not None:
        _request.token = _UNREAD  # this request reads what it changed


def _session_modules_changed(*, action: str, **kwargs) -> None:
    if action.startswith("post_"):
        content_changed()


def _request_started(**kwargs) -> None:
    _request.token = _UNREAD


def _request_finished(**kwargs) -> None:
    _request.token = None


def watch(*models) -> None:
    """Replace the token whenever one of these models is saved or deleted: each app names, when
    it starts, the models the participant flow reads through this cache."""
    for model in models:
        uid = f"content_cache:{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}:delete")


def _campaign_published(*, instance, **kwargs) -> None:
    """A campaign published or unpublished in a language: the languages its sessions offer."""
    from workshops.models import CampaignPage

    if isinstance(instance, CampaignPage):
        content_changed()


def receivers_connect() -> None:
    """Watch the sessions' modules, the locales and the campaigns' languages, and read the token
    once per request; the quizzes and surveys apps watch their own models (`watch`)."""
    from wagtail.models import Locale
    from wagtail.signals import page_published, page_unpublished

    from workshops.models import CampaignPage, Session, SessionModule, Venue

    watch(SessionModule, Locale, Venue)  # a venue: the welcome page names it
    page_published.connect(_campaign_published, dispatch_uid="content_cache:campaign:published")
    page_unpublished.connect(_campaign_published, dispatch_uid="content_cache:campaign:unpublished")
    post_delete.connect(
        content_changed, sender=CampaignPage, dispatch_uid="content_cache:campaign:delete"
    )
    m2m_changed.connect(
        _session_modules_changed,
        sender=Session.modules.through,
        dispatch_uid="content_cache:session-modules",
    )
    request_started.connect(_request_started, dispatch_uid="content_cache:started")
    request_finished.connect(_request_finished, dispatch_uid="content_cache:finished")
