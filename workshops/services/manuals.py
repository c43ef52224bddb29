"""Writes for workshop content: the stored PDF of each manual."""

import logging
import mimetypes
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

from workshops.models import ManualPage, ManualPdf

logger = logging.getLogger(__name__)


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
        if default_storage.exists(name):
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


def manual_pdf_render(*, page: ManualPage) -> bytes:
    """The manual's live content as a PDF, without facilitator notes on a handout."""
    from weasyprint import HTML

    language = page.locale.language_code
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
            },
        )
    return HTML(
        string=html, base_url="http://faro.invalid/", url_fetcher=local_url_fetcher()
    ).write_pdf(pdf_tags=True)


def manual_pdf_generate(*, page_id: int) -> ManualPdf | None:
    """Render and store the PDF of a live manual, unless the stored one is already current.

    Returns None when the page is no longer live (unpublished or deleted since the task was
    sent). The file is named after the revision, so a download in progress keeps its file while a
    newer one is written; the older file is removed once the row points at the new one.
    """
    page = ManualPage.objects.live().filter(pk=page_id).select_related("locale").first()
    if page is None:
        return None
    existing = ManualPdf.objects.filter(page=page).first()
    if existing and existing.is_current():
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


def manual_pdf_ensure(*, page: ManualPage) -> ManualPdf:
    """The current stored PDF of a live manual, rendering it now only if none is stored yet.

    Normally the worker has made it when the page was published; this fallback covers a worker
    that is down or behind, so that a visitor always gets the PDF of what the page shows.
    """
    stored = ManualPdf.objects.filter(page=page).first()
    if stored and stored.is_current():
        return stored
    return manual_pdf_generate(page_id=page.pk)
