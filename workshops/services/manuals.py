"""Writes for workshop content: the stored PDF of each manual.

A manual's PDF is rendered once per published revision, wherever it is asked for: by the worker
when the manual is published, or by the first download that finds no current file (the worker is
down or behind). A lock in the cache, keyed by the page and its revision, lets one process render
it; a download meanwhile gets the previous revision's file, or a "being made" answer, and never
waits for a render of its own. With the cache down nothing can be locked: a download then gets the
previous revision's file if there is one, and renders only when there is none.
"""

import logging
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import get_language_info

from workshops.cache_locks import CacheLock, cache_lock_release, cache_lock_take
from workshops.models import ManualPage, ManualPdf
from workshops.private_files import media_is_public

logger = logging.getLogger(__name__)

# How long a revision's render is locked at most: past the task's time limit (workshops.tasks) and
# gunicorn's (WEB_TIMEOUT), so that a render killed half-way frees the revision after this.
RENDER_LOCK_SECONDS = 300
# What a download that finds the PDF being made and no earlier one asks the visitor to wait: a
# render takes 3 to 4 s.
PDF_RETRY_AFTER_SECONDS = 10


class PdfResourceRefused(ValueError):
    """A manual asked WeasyPrint for something outside our own static and media files."""


def _local_file(url: str) -> tuple[bytes, str] | None:
    """The bytes and type of one of our static or media files named by a URL, if it is one."""
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.STATIC_URL):
        name = path.removeprefix(settings.STATIC_URL)
        found = finders.find(name)
        if not found and settings.STATIC_ROOT and (Path(settings.STATIC_ROOT) / name).is_file():
            found = str(Path(settings.STATIC_ROOT) / name)
        if found:
            return Path(found).read_bytes(), mimetypes.guess_type(found)[
                0
            ] or "application/octet-stream"
    elif path.startswith(settings.MEDIA_URL):
        name = path.removeprefix(settings.MEDIA_URL)
        # /media/ names public files only, as behind the proxy: a private file is never fetched.
        if media_is_public(name) and default_storage.exists(name):
            with default_storage.open(name, "rb") as file:
                return file.read(), mimetypes.guess_type(name)[0] or "application/octet-stream"
    return None


def local_url_fetcher():
    """A WeasyPrint URL fetcher that serves our static and media files and refuses the rest.

    A PDF is made by a worker with no business on the network: an image or stylesheet from
    elsewhere would make rendering slow, fragile and a way to probe internal addresses.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFilesOnly(URLFetcher):
        def fetch(self, url, headers=None):
            found = _local_file(url)
            if found is None:
                raise PdfResourceRefused(f"Not a local static or media file: {url}")
            content, content_type = found
            return URLFetcherResponse(url, content, {"Content-Type": content_type})

    return LocalFilesOnly()


def public_root_url() -> str:
    """Our public address, for what is made without a request to read it from (a PDF rendered by
    the worker): WAGTAILADMIN_BASE_URL, which a deployment sets to the address people use. The
    Wagtail Site's hostname is not it: with a single site it is never read for routing and stays
    the "localhost" it was created with."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def manual_pdf_render(*, page: ManualPage) -> bytes:
    """The manual's live content as a PDF, without facilitator notes on a handout."""
    from weasyprint import HTML

    language = page.locale.language_code
    url_parts = page.get_url_parts()
    root_url = public_root_url()
    with translation.override(language):
        html = render_to_string(
            "workshops/manual_pdf.html",
            {
                "page": page,
                "campaign": page.get_parent().specific,
                "audience": page.audience,
                "medium": "pdf",
                "generated_on": timezone.localdate(),
                "language_name": get_language_info(language)["name_local"],
                "site_root_url": root_url,
                "online_url": f"{root_url}{url_parts[2]}" if url_parts else None,
            },
        )
    return HTML(
        string=html, base_url="http://faro.invalid/", url_fetcher=local_url_fetcher()
    ).write_pdf(pdf_tags=True)


def _render_key(page: ManualPage) -> str:
    return f"workshops:manual-pdf-render:{page.pk}:{page.live_revision_id}"


def _queued_key(page: ManualPage) -> str:
    return f"workshops:manual-pdf-queued:{page.pk}:{page.live_revision_id}"


def _stored_current(page: ManualPage) -> tuple[ManualPdf | None, bool]:
    """The page's stored PDF, and whether it is of its live revision."""
    stored = ManualPdf.objects.filter(page=page).first()
    return stored, bool(stored and stored.is_current())


def _render_and_store(page: ManualPage) -> ManualPdf:
    """Render and store the live revision's PDF (the caller holds its lock, or no lock can be
    had), unless the lock's previous holder stored it meanwhile.

    The file is named after the revision, so a download in progress keeps its file while a newer
    one is written; the older file is removed once the row points at the new one.
    """
    existing, current = _stored_current(page)
    if current:
        return existing
    revision_id = page.live_revision_id
    # The page row holds the published content; drafts live in revisions and never reach a PDF.
    content = manual_pdf_render(page=page)
    name = default_storage.save(
        f"manuals/pdf/{page.pk}-{revision_id}-{page.locale.language_code}.pdf",
        ContentFile(content),
    )
    old_name = existing.file.name if existing else None
    with transaction.atomic():
        stored, _ = ManualPdf.objects.update_or_create(
            page=page, defaults={"revision_id": revision_id, "file": name, "size": len(content)}
        )
    if old_name and old_name != name:
        transaction.on_commit(lambda: default_storage.delete(old_name))
    logger.info(
        "Stored the PDF of manual %s (revision %s, %d bytes)", page.pk, revision_id, len(content)
    )
    return stored


def manual_pdf_generate(*, page_id: int) -> ManualPdf | None:
    """Render and store the PDF of a live manual, unless the stored one is already current.

    Returns None when the page is no longer live (unpublished or deleted since the task was
    sent), or when its revision is being rendered elsewhere now: whoever renders it stores it.
    """
    page = ManualPage.objects.live().filter(pk=page_id).select_related("locale").first()
    if page is None:
        return None
    existing, current = _stored_current(page)
    if current:
        return existing
    key = _render_key(page)
    lock = cache_lock_take(key, timeout=RENDER_LOCK_SECONDS)
    if lock is CacheLock.HELD:
        return None
    try:
        return _render_and_store(page)
    finally:
        if lock is CacheLock.TAKEN:
            cache_lock_release(key)


def _render_queue(page: ManualPage) -> None:
    """Ask the PDF worker to render the live revision, once per revision however many downloads
    ask, so that the file is made even if the request rendering it now dies half-way. Not with
    the cache down: the broker usually is too, and each download would wait for its timeout."""
    from workshops.tasks import manual_pdf_generate as manual_pdf_task

    key = _queued_key(page)
    if cache_lock_take(key, timeout=RENDER_LOCK_SECONDS) is not CacheLock.TAKEN:
        return
    try:
        manual_pdf_task.delay(page.pk)
    except Exception:
        logger.warning("The PDF of manual %s could not be queued", page.pk)
        cache_lock_release(key)


@dataclass(frozen=True)
class ManualPdfDownload:
    """What a download of a manual's PDF gets: a stored file, or None while the first one is
    made; `current` is False for a previous revision's file, given while the live one is made."""

    stored: ManualPdf | None
    current: bool


def manual_pdf_ensure(*, page: ManualPage) -> ManualPdfDownload:
    """The stored PDF of a live manual for a download, rendered in this request only if nobody
    renders it already and no earlier revision's file can be given meanwhile.

    Normally the worker has made it when the page was published; this covers a worker that is
    down or behind. Of simultaneous downloads of a revision without a file, one renders it; the
    others get the previous revision's file, or nothing yet (the caller answers "being made").
    """
    stored, current = _stored_current(page)
    if current:
        return ManualPdfDownload(stored, current=True)
    previous = stored if stored and stored.file.storage.exists(stored.file.name) else None
    key = _render_key(page)
    lock = cache_lock_take(key, timeout=RENDER_LOCK_SECONDS)
    if lock is CacheLock.TAKEN or (lock is CacheLock.UNAVAILABLE and previous is None):
        try:
            return ManualPdfDownload(_render_and_store(page), current=True)
        finally:
            if lock is CacheLock.TAKEN:
                cache_lock_release(key)
    _render_queue(page)
    return ManualPdfDownload(previous, current=False)
