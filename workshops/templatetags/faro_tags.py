"""Template tags for the site's layout: the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from workshops.roles import user_is_coordinator

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, only=None) -> dict:
    """A link per language: to this page's translation, or else to the same address in it.

    On a Wagtail page, languages the page has no live translation in lead to that language's home
    page; on other views (search), to the same view in the other language. `only`: the languages
    to offer, when not all of them (a session's participant pages offer its campaign's).
    """
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    translations = {}
    if page is not None and hasattr(page, "get_translations"):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.url
    languages = []
    for code, _name in settings.LANGUAGES:
        if only and code not in only:
            continue
        if page is not None:
            url = translations.get(code, f"/{code}/")
        else:
            url = translate_url(request.path, code) if request else f"/{code}/"
        # Paths without a language prefix (trainer space, join page) switch through a form that
        # stores the choice in a cookie, then come back to the same address.
        switch_by_form = request is not None and page is None and url == request.path
        languages.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
                "translated": page is None or code in translations,
                "switch_by_form": switch_by_form,
            }
        )
    return {"languages": languages, "next": request.get_full_path() if request else "/"}


@register.filter
def reads_reports(user) -> bool:
    """Coordinators and administrators read the reach reports."""
    return user.is_active and (user.is_superuser or user_is_coordinator(user))
