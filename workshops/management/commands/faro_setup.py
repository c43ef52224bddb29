"""Bring a freshly migrated database to a working Faro, and leave a working one as it is.

    manage.py faro_setup

`platform/migrate` runs it after the migrations, so the first `docker compose up` (or the migrate
Job on Kubernetes) serves Faro's own home page instead of Wagtail's "Welcome to your new Wagtail
site!". Each step does something only when it is missing (docs/operations.md, "First run"):

- a Wagtail locale for every content language (settings.WAGTAIL_CONTENT_LANGUAGES);
- Faro's home page and its campaign list, in the default language, replacing Wagtail's welcome page
  while that is still untouched, and their translations into the other languages, made through
  wagtail-localize (with the interface's translation of the text where there is one), so that
  editors translate and sync them as any other page;
- the default site's host name and port, from WAGTAILADMIN_BASE_URL (the public address, which
  production settings already ask for), or else the first name in ALLOWED_HOSTS: links in PDFs
  and mails are built on it;
- the first administrator, from FARO_ADMIN_USERNAME, FARO_ADMIN_EMAIL and FARO_ADMIN_PASSWORD when
  they are set: created once, never changed afterwards (a password set later stays).

It prints what it did, or that there was nothing to do.
"""

import os
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from workshops.models import CampaignIndexPage, HomePage

# The first text of the two pages; editors change it in the admin. Marked for translation so that
# the other languages' pages start in their language (the catalogues in locale/ translate them).
HOME_INTRO = gettext_noop(
    "Awareness workshops on child protection and trafficking: modules and manuals for trainers, "
    "anonymous quizzes and surveys for participants, and reach reports for coordinators."
)
CAMPAIGNS_TITLE = gettext_noop("Campaigns")
CAMPAIGNS_INTRO = gettext_noop(
    "Each campaign brings its workshop modules and manuals, written for the people it works with."
)
WAGTAIL_WELCOME_SLUG = "home"


def locales_ensure(done: list[str]) -> dict[str, Locale]:
    """A Wagtail locale for each content language."""
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], created = Locale.objects.get_or_create(language_code=code)
        if created:
            done.append(f"Created the locale {code}.")
    return locales


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _wagtail_welcome_page(site: Site | None) -> Page | None:
    """Wagtail's "Welcome to your new Wagtail site!" page, if it is still the untouched root of
    the default site: a plain page, without children, never edited."""
    if site is None:
        return None
    page = site.root_page
    untouched = (
        page.depth == 2
        and page.specific_class is Page
        and page.numchild == 0
        and page.slug == WAGTAIL_WELCOME_SLUG
        and not page.revisions.exists()
    )
    return page if untouched else None


def home_page_ensure(default: Locale, done: list[str]) -> HomePage:
    """Faro's home page in the default language, the root of the default site."""
    home = HomePage.objects.filter(depth=2, locale=default).first()
    site = Site.objects.filter(is_default_site=True).first()
    if home is None:
        welcome = _wagtail_welcome_page(site)
        if welcome is not None:
            welcome.delete()
            done.append("Removed Wagtail's welcome page.")
        root = Page.get_first_root_node()
        slug = "home"
        if Page.objects.child_of(root).filter(slug=slug, locale=default).exists():
            slug = "faro"
        with translation.override(default.language_code):
            home = root.add_child(
                instance=HomePage(
                    title=settings.SITE_NAME, slug=slug, intro=gettext(HOME_INTRO), locale=default
                )
            )
        home = _publish(home)
        done.append(f"Created the home page ({home.title}).")
    # Deleting Wagtail's welcome page deleted its site with it (the root page is the site's).
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.SITE_NAME,
        )
        done.append("Made the home page the root of the default site.")
    elif site.root_page_id != home.pk and site.root_page.specific_class is Page:
        # A plain page (Wagtail's welcome page, edited) cannot hold Faro's pages.
        site.root_page = home
        site.save(update_fields=["root_page"])
        done.append("Made the home page the root of the default site.")
    return home


def campaign_index_ensure(home: HomePage, done: list[str]) -> CampaignIndexPage:
    """The campaign list under the home page."""
    index = CampaignIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    with translation.override(home.locale.language_code):
        index = home.add_child(
            instance=CampaignIndexPage(
                title=gettext(CAMPAIGNS_TITLE), slug="campaigns", intro=gettext(CAMPAIGNS_INTRO)
            )
        )
    index = _publish(index)
    done.append(f"Created the campaign index ({index.title}).")
    return index


def translation_ensure(page: Page, locale: Locale, done: list[str]) -> None:
    """The page's translation into the locale, through wagtail-localize, if it has none: each of
    its texts translated by the interface's catalogue where it has the text, the source's text
    otherwise (an editor then translates it in the admin)."""
    if page.get_translation_or_none(locale) is not None:
        return
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    with translation.override(locale.language_code):
        for segment in segments:
            text = gettext(segment.string.data)
            if text != segment.string.data:
                StringTranslation.objects.update_or_create(
                    translation_of_id=segment.string_id,
                    locale=locale,
                    context_id=segment.context_id,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    },
                )
    target, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    target.save_target(publish=True)
    done.append(f"Translated {page.title!r} into {locale.language_code}.")


def site_address() -> tuple[str, int]:
    """The public host name and port: WAGTAILADMIN_BASE_URL's when it is set, else the first
    plain name of ALLOWED_HOSTS, on HTTPS's port where the settings redirect to HTTPS."""
    if os.environ.get("WAGTAILADMIN_BASE_URL"):
        url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        if url.hostname:
            return url.hostname, url.port or (443 if url.scheme == "https" else 80)
    https = getattr(settings, "SECURE_SSL_REDIRECT", False)
    for host in settings.ALLOWED_HOSTS:
        if host and not host.startswith(".") and "*" not in host:
            return host, 443 if https else 80
    return "localhost", 80


def site_address_ensure(done: list[str]) -> None:
    """The default site answers at the public address, which the links in PDFs and mails use."""
    hostname, port = site_address()
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.site_name = site.site_name or settings.SITE_NAME
        site.save(update_fields=["hostname", "port", "site_name"])
        done.append(f"Set the default site's address to {hostname}:{port}.")


def administrator_ensure(done: list[str]) -> None:
    """The first administrator, from FARO_ADMIN_USERNAME, FARO_ADMIN_EMAIL and FARO_ADMIN_PASSWORD,
    if the username is free; an existing account is never changed."""
    username = os.environ.get("FARO_ADMIN_USERNAME", "").strip()
    email = os.environ.get("FARO_ADMIN_EMAIL", "").strip()
    password = os.environ.get("FARO_ADMIN_PASSWORD", "")
    if not username:
        return
    user_model = get_user_model()
    if user_model.objects.filter(**{user_model.USERNAME_FIELD: username}).exists():
        return
    if not password:
        raise CommandError(
            f"FARO_ADMIN_USERNAME is {username!r} but FARO_ADMIN_PASSWORD is empty: set both to "
            "create the first administrator, or neither."
        )
    candidate = user_model(**{user_model.USERNAME_FIELD: username, "email": email})
    try:
        validate_password(password, user=candidate)
    except ValidationError as error:
        raise CommandError(f"FARO_ADMIN_PASSWORD: {' '.join(error.messages)}") from error
    user_model.objects.create_superuser(username=username, email=email, password=password)
    done.append(f"Created the administrator {username!r}.")


class Command(BaseCommand):
    help = (
        "Set up a freshly migrated database: locales, home page, campaign index, the site's "
        "address and the first administrator. Does nothing where they exist."
    )

    def handle(self, *args, **options):
        done: list[str] = []
        with transaction.atomic():
            locales = locales_ensure(done)
            default = locales[settings.LANGUAGE_CODE]
            home = home_page_ensure(default, done)
            index = campaign_index_ensure(home, done)
            for locale in locales.values():
                if locale != default:
                    translation_ensure(home, locale, done)
                    translation_ensure(index, locale, done)
            site_address_ensure(done)
            administrator_ensure(done)
        for line in done:
            self.stdout.write(line)
        if not done:
            self.stdout.write("Faro is set up: nothing to do.")
