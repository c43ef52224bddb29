"""Demo pages, venues, accounts, their campaigns and sessions, loaded by `manage.py demo_load` (and
so by `make run`), from the data in demo/content/.

Everything here is idempotent: it looks pages up by their place in the tree and their slug, and
accounts by username. What exists is left as it is (an editor may have changed it since), what is
missing is created and published, so loading twice leaves one of each.

Translations are made through wagtail-localize (demo/translations.py), so that editing an English
page leaves them behind until someone syncs them. Every StreamField block has an id derived from
the page and the block's place, the same in every language.
"""

import datetime as dt
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from demo import content
from demo.translations import Outcome, translation_ensure
from workshops import roles, services
from workshops.models import (
    CampaignAudience,
    CampaignCoordinator,
    CampaignIndexPage,
    CampaignPage,
    CampaignTrainer,
    HomePage,
    ManualPage,
    Session,
    SessionState,
    Venue,
    WorkshopModulePage,
)
from workshops.stream_ids import stream_with_ids

BLOCK_NAMESPACE = uuid.UUID("8c3f6a1e-52d7-4b0a-9e61-2f4d7c9b8a15")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    group: str | None
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Content editor and administrator", None, superuser=True),
    DemoAccount("trainer", "Trainer", roles.TRAINERS),
    DemoAccount("coordinator", "Coordinator", roles.COORDINATORS),
    DemoAccount("facilitator", "Trainer who ran the past sessions", roles.TRAINERS),
)


def locales_ensure() -> dict[str, Locale]:
    """A Wagtail locale for each content language (English comes with Wagtail's migrations)."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def _stream(model: type[Page], name: str, blocks: list, key: str) -> str:
    """Blocks written as {"type": ..., "value": ...} dicts, in the form a StreamField accepts, with
    an id on every block and list item made from `key` (the page's) and the block's place: the
    same in every language, as a translation shares its source's block ids."""

    def id_for(place: str) -> str:
        return str(uuid.uuid5(BLOCK_NAMESPACE, f"{key}/{place}"))

    field = model._meta.get_field(name)
    return json.dumps(stream_with_ids(field.stream_block, blocks, id_for, place=name))


def _items(model: type[Page], name: str, block_type: str, values: list[str], key: str) -> str:
    return _stream(model, name, [{"type": block_type, "value": value} for value in values], key)


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _child_ensure(parent: Page, model: type[Page], slug: str, fields: dict) -> Page:
    """The child page with this slug, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    return _publish(parent.add_child(instance=model(slug=slug, **fields)))


def _translation_ensure(
    source: Page, locale: Locale, slug: str, fields: dict, place: str, log: list[Outcome]
) -> Page:
    """The source page's translation into a locale, made through wagtail-localize with the given
    text if missing (see demo/translations.py); `place` names the text's file and entry."""
    outcome = translation_ensure(source, locale, {"slug": slug, **fields}, place)
    log.append(outcome)
    return outcome.instance


def home_page_ensure(log: list[Outcome]) -> HomePage:
    """A HomePage in every language, the English one the root of the default site.

    Wagtail's initial migration leaves a plain "Welcome" page as the site root; it is replaced.
    """
    data = content.home()
    locales = locales_ensure()
    default = locales[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=default).first()
    if home is None:
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        home = _publish(
            root.add_child(
                instance=HomePage(
                    title=data["title"]["en"],
                    slug="home",
                    intro=data["intro"]["en"],
                    locale=default,
                )
            )
        )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            "hostname": "localhost",
            "port": 80,
            "site_name": settings.SITE_NAME,
        },
    )
    for code, locale in locales.items():
        if locale != default:
            _translation_ensure(
                home,
                locale,
                slug=f"home-{code}",
                fields={
                    "title": data["title"][code],
                    "intro": data["intro"][code],
                },
                place="site.yaml, home",
                log=log,
            )
    return home


def campaign_index_ensure(home: HomePage, log: list[Outcome]) -> CampaignIndexPage:
    """The campaign list under the home page, in every language."""
    data = content.campaign_index()
    index = _child_ensure(
        home,
        CampaignIndexPage,
        data["slug"]["en"],
        {"title": data["title"]["en"], "intro": data["intro"]["en"]},
    )
    for code, locale in locales_ensure().items():
        if locale != index.locale:
            _translation_ensure(
                index,
                locale,
                slug=data["slug"][code],
                fields={"title": data["title"][code], "intro": data["intro"][code]},
                place="site.yaml, campaign_index",
                log=log,
            )
    return index


def _campaign_fields(data: dict, lang: str, key: str) -> dict:
    return {
        "title": data["title"][lang],
        "summary": data["summary"][lang],
        "partner_organisation": data["partner_organisation"][lang],
        "body": _stream(CampaignPage, "body", data["body"][lang], key),
        "disclosure_words": "\n".join(data["disclosure_words"][lang]),
    }


def _module_fields(data: dict, lang: str, key: str) -> dict:
    model = WorkshopModulePage
    return {
        "title": data["title"][lang],
        "summary": data["summary"][lang],
        "learning_objectives": _items(
            model, "learning_objectives", "objective", data["learning_objectives"][lang], key
        ),
        "materials": _items(model, "materials", "material", data["materials"][lang], key),
        "body": _stream(model, "body", data["body"][lang], key),
    }


def _manual_fields(data: dict, lang: str, key: str) -> dict:
    chapters = [{"type": "chapter", "value": chapter} for chapter in data["chapters"][lang]]
    return {
        "title": data["title"][lang],
        "summary": data["summary"][lang],
        "chapters": _stream(ManualPage, "chapters", chapters, key),
    }


def _campaign_file(data: dict) -> str:
    """The demo file a campaign's data come from, to name it in messages."""
    for name, candidate in zip(content.CAMPAIGN_FILES, content.campaigns(), strict=True):
        if candidate is data:
            return f"{name}.yaml"
    return "demo content"


def campaign_ensure(index: CampaignIndexPage, data: dict, log: list[Outcome]) -> CampaignPage:
    """A campaign with its modules and manuals, in its source language and its other languages."""
    source_lang = data["source_language"]
    campaign_key = data["slug"][source_lang]
    data_file = _campaign_file(data)
    locales = locales_ensure()
    campaign = CampaignPage.objects.child_of(index).filter(slug=data["slug"][source_lang]).first()
    if campaign is None:
        campaign = CampaignPage(
            slug=data["slug"][source_lang],
            country=data["country"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            demo_data=True,
            **_campaign_fields(data, source_lang, campaign_key),
        )
        campaign.audiences = [
            CampaignAudience(audience=audience, target_reach=target)
            for audience, target in data["audiences"]
        ]
        _publish(index.add_child(instance=campaign))
    children = [
        (
            WorkshopModulePage,
            module,
            "modules",
            _module_fields,
            {
                "audience": module["audience"],
                "age_band": module["age_band"],
                "duration_minutes": module["duration_minutes"],
            },
        )
        for module in data["modules"]
    ] + [
        (ManualPage, manual, "manuals", _manual_fields, {"kind": manual["kind"]})
        for manual in data["manuals"]
    ]
    sources = []
    for model, child, kind, make_fields, fixed in children:
        slug = child["slug"][source_lang]
        key = f"{campaign_key}/{slug}"
        page = _child_ensure(
            campaign, model, slug, {**fixed, **make_fields(child, source_lang, key)}
        )
        sources.append((page, child, make_fields, key, f"{data_file}, {kind}[{slug}]"))
    for lang in data["languages"]:
        if lang == source_lang:
            continue
        _translation_ensure(
            campaign,
            locales[lang],
            data["slug"][lang],
            _campaign_fields(data, lang, campaign_key),
            place=data_file,
            log=log,
        )
        for page, child, make_fields, key, place in sources:
            _translation_ensure(
                page,
                locales[lang],
                child["slug"][lang],
                make_fields(child, lang, key),
                place=place,
                log=log,
            )
    return campaign


def venues_ensure() -> list[Venue]:
    return [
        Venue.objects.get_or_create(
            name=venue["name"],
            locality=venue["locality"],
            city=venue["city"],
            country=venue["country"],
            defaults={"kind": venue["kind"], "timezone": venue["timezone"]},
        )[0]
        for venue in content.venues()
    ]


@transaction.atomic
def demo_content_ensure(log: list[Outcome]) -> dict:
    """Load every piece of demo content that is missing; say what there is. Each translation's
    outcome goes to `log`."""
    home = home_page_ensure(log)
    index = campaign_index_ensure(home, log)
    campaigns = [campaign_ensure(index, data, log) for data in content.campaigns()]
    venues = venues_ensure()
    return {"home": home, "campaigns": campaigns, "venues": venues}


def demo_accounts_ensure() -> dict[str, str]:
    """Create or repair the demo accounts; return each username's password.

    Passwords are random, made on first use and kept with their hashes in
    settings.DEMO_ACCOUNTS_FILE (never in the repository), so that they survive restarts and stay
    printable by `make run`. An account whose stored hash still matches is left alone, which keeps
    a second `make run` from spending a second hashing passwords it already knows.
    """
    if not settings.DEMO_ACCOUNTS_ALLOWED:
        raise PermissionError("Demo accounts are for development only; these settings forbid them.")
    path = Path(settings.DEMO_ACCOUNTS_FILE)
    known = json.loads(path.read_text()) if path.exists() else {}
    user_model = get_user_model()
    users = {user.username: user for user in user_model.objects.filter(username__in=_usernames())}
    kept = {}
    for account in DEMO_ACCOUNTS:
        user = users.get(account.username) or user_model(username=account.username)
        entry = known.get(account.username)
        if not (isinstance(entry, dict) and user.pk and entry.get("hash") == user.password):
            entry = {"password": secrets.token_urlsafe(9)}
            user.set_password(entry["password"])
        user.is_superuser = user.is_staff = account.superuser
        user.is_active = True
        user.email = f"{account.username}@example.org"
        user.save()
        entry["hash"] = user.password
        if account.group:
            user.groups.set([Group.objects.get(name=account.group)])
        kept[account.username] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(kept, indent=2))
    path.chmod(0o600)
    return {username: entry["password"] for username, entry in kept.items()}


def _usernames() -> list[str]:
    return [account.username for account in DEMO_ACCOUNTS]


def modules_for(campaign: CampaignPage, audience: str, age_band: str) -> list[WorkshopModulePage]:
    """The campaign's modules written for this audience and age band, else its first module."""
    modules = WorkshopModulePage.objects.child_of(campaign).live()
    matching = list(modules.filter(audience=audience, age_band=age_band))
    return matching or list(modules[:1])


MEMBERSHIPS = {"trainers": CampaignTrainer, "coordinators": CampaignCoordinator}


@transaction.atomic
def demo_members_ensure(*, campaigns: list[CampaignPage]) -> None:
    """Make the demo accounts trainers and coordinators of their campaigns (site.yaml), once:
    loading again adds what is missing and removes nothing an administrator added."""
    by_slug = {campaign.slug: campaign for campaign in campaigns}
    users = {
        user.username: user for user in get_user_model().objects.filter(username__in=_usernames())
    }
    for role, accounts in content.campaign_members().items():
        for username, slugs in accounts.items():
            for slug in slugs:
                MEMBERSHIPS[role].objects.get_or_create(
                    user=users[username], campaign=by_slug[slug]
                )


@transaction.atomic
def demo_sessions_ensure(*, trainer, campaigns: list[CampaignPage]) -> list[Session]:
    """Give the demo trainer planned, open and closed sessions of their campaigns, once.

    The sessions are created only when the trainer has none, so that loading again never
    duplicates them and never undoes what someone did with them in the trainer space.
    """
    by_slug = {campaign.slug: campaign for campaign in campaigns}
    if Session.objects.filter(trainer=trainer).exists():
        return list(Session.objects.filter(trainer=trainer))
    venues = {venue.name: venue for venue in Venue.objects.all()}
    sessions = []
    for (
        venue_name,
        group_name,
        campaign_slug,
        days,
        hour,
        audience,
        age_band,
        language,
        expected,
        state,
        headcount,
    ) in content.sessions():
        venue, campaign = venues[venue_name], by_slug[campaign_slug]
        day = timezone.localdate(timezone=venue.tzinfo) + dt.timedelta(days=days)
        plan = services.SessionPlan(
            campaign=campaign,
            modules=modules_for(campaign, audience, age_band),
            venue=venue,
            group_name=group_name,
            scheduled_start=dt.datetime.combine(day, dt.time(hour), tzinfo=venue.tzinfo),
            audience=audience,
            age_band=age_band,
            language=language,
            expected_size=expected,
        )
        session = services.session_create(trainer=trainer, plan=plan)
        if state in (SessionState.OPEN, SessionState.CLOSED):
            session = services.session_open(session=session)
        if state == SessionState.CLOSED:
            session = services.session_close(session=session)
        if headcount:
            services.attendance_record(
                session=session,
                rows=[
                    services.HeadcountRow(audience, gender, age_band, count)
                    for gender, count in headcount.items()
                ],
            )
        sessions.append(session)
    return sessions
