"""Values every template needs: the home page and campaign list in the visitor's language."""

from django.http import HttpRequest
from wagtail.models import Locale, Site

from workshops.models import CampaignIndexPage, HomePage


def site_navigation(request: HttpRequest) -> dict:
    """`nav_home` and `nav_campaigns`: the pages the header links to, in the active language."""

    def pages() -> dict:
        site = Site.find_for_request(request)
        if site is None:
            return {"home": None, "campaigns": None}
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = None
        home = site.root_page.specific
        if locale and home.locale_id != locale.pk:
            home = home.get_translation_or_none(locale) or home
        campaigns = CampaignIndexPage.objects.child_of(home).live().first() if home else None
        return {"home": home if isinstance(home, HomePage) else None, "campaigns": campaigns}

    cache = {}

    def lazy(key):
        def value():
            if not cache:
                cache.update(pages())
            return cache[key]

        return value

    return {"nav_home": lazy("home"), "nav_campaigns": lazy("campaigns")}
