"""Reads for workshop content."""

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from workshops.models import ManualPage, WorkshopModulePage


def content_search(*, query: str, locale: Locale):
    """Live modules and manuals in one language that match the query, best first."""
    pages = (
        Page.objects.live().filter(locale=locale).type(WorkshopModulePage, ManualPage).specific()
    )
    return get_search_backend().search(query, pages)
