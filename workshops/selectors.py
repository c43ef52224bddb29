"""Reads: workshop content, and the sessions each person may see."""

import enum
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from workshops import join_codes
from workshops.content_cache import remembered
from workshops.models import (
    CampaignCoordinator,
    CampaignPage,
    FigureReview,
    ManualPage,
    ReviewState,
    Session,
    SessionState,
    Venue,
    WorkshopModulePage,
)
from workshops.roles import user_is_coordinator, user_is_trainer


def content_search(*, query: str, locale: Locale):
    """Live modules and manuals in one language that match the query, best first."""
    pages = (
        Page.objects.live().filter(locale=locale).type(WorkshopModulePage, ManualPage).specific()
    )
    return get_search_backend().search(query, pages)


class SessionAccess(enum.Enum):
    NONE = "none"
    READ = "read"
    CHANGE = "change"


def sessions_visible(*, user) -> QuerySet[Session]:
    """The sessions a user may see: a trainer's own, a coordinator's campaigns', all for admins."""
    sessions = Session.objects.select_related("venue", "group", "campaign", "trainer")
    if not user.is_authenticated or not user.is_active:
        return sessions.none()
    if user.is_superuser:
        return sessions
    visible = Q(pk__in=[])
    if user_is_trainer(user):
        visible |= Q(trainer=user)
    if user_is_coordinator(user):
        visible |= Q(campaign__coordinators__user=user)
    return sessions.filter(visible).distinct()


def session_access(*, user, session: Session) -> SessionAccess:
    """Only the trainer who runs a session changes it; coordinators and admins read it."""
    if not user.is_authenticated or not user.is_active:
        return SessionAccess.NONE
    if user_is_trainer(user) and session.trainer_id == user.pk:
        return SessionAccess.CHANGE
    if user.is_superuser:
        return SessionAccess.READ
    if (
        user_is_coordinator(user)
        and CampaignCoordinator.objects.filter(user=user, campaign_id=session.campaign_id).exists()
    ):
        return SessionAccess.READ
    return SessionAccess.NONE


def sessions_by_state(*, sessions: QuerySet[Session]) -> dict[str, list[Session]]:
    """Open sessions first (they are happening now), then upcoming, then past, newest first."""
    grouped: dict[str, list[Session]] = {"open": [], "planned": [], "closed": []}
    for session in sessions.order_by("scheduled_start", "pk"):
        grouped[session.state].append(session)
    grouped["closed"].reverse()
    return grouped


def session_by_join_code(*, text: str) -> Session | None:
    """The open session whose join code this is, however it was typed; None for anything else."""
    code = join_codes.code_normalize(text)
    if code is None:
        return None
    # Nothing related: each participant request reads this, and its campaign (a page, costly to
    # build) and venue are read by few of them.
    return Session.objects.filter(state=SessionState.OPEN, join_code=code).first()


def session_closed_by_join_code(*, text: str) -> Session | None:
    """The most recently closed session that had this code: its participants are told it ended."""
    code = join_codes.code_normalize(text)
    if code is None:
        return None
    return (
        Session.objects.filter(state=SessionState.CLOSED, join_code=code)
        .order_by("-closed_at")
        .first()
    )


def session_languages(*, session: Session) -> tuple[str, ...]:
    """The languages a session's participants are offered: those its campaign is published in,
    its source language first, read from memory like the rest of the content the participant flow
    reads on every request (`workshops.content_cache`)."""

    def read() -> tuple[str, ...]:
        campaign = Page.objects.filter(pk=session.campaign_id).values("translation_key")
        return tuple(
            Page.objects.live()
            .filter(translation_key__in=campaign)
            .order_by("pk")
            .values_list("locale__language_code", flat=True)
        )

    return remembered(("campaign languages", session.campaign_id), read)


@dataclass(frozen=True)
class SessionWelcome:
    """What a session's welcome page names: its campaign, in the page's language, and where."""

    campaign_title: str
    venue: str
    locality: str


def session_welcome(*, session: Session, language: str) -> SessionWelcome:
    """The campaign's title in `language` (its source title where it is not translated) and the
    venue, read from memory: they change only when an editor publishes the campaign or someone
    edits the venue, both of which replace the content token (`workshops.content_cache`), and
    every phone of an assembly opens this page."""

    def read() -> SessionWelcome:
        with translation.override(language):
            campaign = Page.objects.only("pk", "title", "translation_key").get(
                pk=session.campaign_id
            )
            title = titles_localized(pages=[campaign])[campaign.pk]
        venue, locality = Venue.objects.values_list("name", "locality").get(pk=session.venue_id)
        return SessionWelcome(campaign_title=title, venue=venue, locality=locality)

    return remembered(("session welcome", session.campaign_id, session.venue_id, language), read)


def campaigns_for_sessions() -> QuerySet[CampaignPage]:
    """Live campaigns in the default language: sessions point at the source page of a campaign.
    (The default locale by its code, joined: one query for the page that lists them.)"""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return CampaignPage.objects.live().filter(locale__language_code=default).order_by("title")


def campaigns_planned_by(*, trainer, keeping: int | None = None) -> QuerySet[CampaignPage]:
    """The campaigns a trainer plans sessions for: those they were made a trainer of
    (`CampaignTrainer`, in any of the campaign's languages), as sessions point at them; and the
    campaign `keeping` (a session's own, when it is edited)."""
    memberships = CampaignPage.objects.filter(trainers__user=trainer).values("translation_key")
    within = Q(translation_key__in=memberships)
    if keeping is not None:
        within |= Q(pk=keeping)
    return campaigns_for_sessions().filter(within)


def trainer_plans_for(*, trainer, campaign: CampaignPage) -> bool:
    """Whether a trainer may plan a session of this campaign (`campaigns_planned_by`)."""
    return campaigns_planned_by(trainer=trainer).filter(pk=campaign.pk).exists()


def modules_for_sessions(
    *, campaigns: list[CampaignPage] | None = None
) -> QuerySet[WorkshopModulePage]:
    """Live modules in the default language, in tree order, so a form can group them by campaign;
    only those of `campaigns` when given."""
    modules = WorkshopModulePage.objects.live().filter(locale=Locale.get_default())
    if campaigns is not None:
        within = Q(pk__in=[])
        for campaign in campaigns:
            within |= Q(path__startswith=campaign.path, depth__gt=campaign.depth)
        modules = modules.filter(within)
    return modules.order_by("path")


def figure_reviewer(*, user, session: Session) -> bool:
    """Who approves or rejects a figure held back for review: a coordinator of the session's
    campaign or an administrator, never the trainer who counted it."""
    if not (user.is_authenticated and user.is_active) or session.trainer_id == user.pk:
        return False
    if user.is_superuser:
        return True
    return (
        user_is_coordinator(user)
        and CampaignCoordinator.objects.filter(user=user, campaign_id=session.campaign_id).exists()
    )


def figure_held_back(*, kind: str, **same: str) -> Exists:
    """Whether the outer row's figure is held back for review (waiting, or rejected), so that it
    counts nowhere: a review of `kind`, of the outer row's `session_id`, whose fields named in
    `same` equal the outer row's fields named as their values. The one test of every reader of
    headcounts and paper tallies (reach's recount, the trainer's live panel)."""
    reviews = FigureReview.objects.held().filter(session=OuterRef("session_id"), kind=kind)
    return Exists(reviews.filter(**{name: OuterRef(outer) for name, outer in same.items()}))


def figure_review_of(
    *, session: Session, kind: str, quiz_key=None, phase: str = ""
) -> FigureReview | None:
    """The review of one figure of a session (None: it counts as it is)."""
    reviews = FigureReview.objects.filter(session=session, kind=kind)
    if quiz_key is not None:
        reviews = reviews.filter(quiz_key=quiz_key, phase=phase)
    return reviews.first()


def figure_reviews_waiting(*, campaign: CampaignPage) -> QuerySet[FigureReview]:
    """The figures of a campaign's sessions that wait for a coordinator's review, oldest first."""
    return FigureReview.objects.filter(
        session__campaign=campaign, state=ReviewState.WAITING
    ).select_related("session__venue", "session__group", "session__trainer")


def titles_localized(*, pages) -> dict[int, str]:
    """Each page's title in the active language where it is translated, by page id.

    Sessions point at source pages; trainers and coordinators read them in their own language.
    """
    pages = list(pages)
    titles = {page.pk: page.title for page in pages}
    by_key = {page.translation_key: page.pk for page in pages}
    translated = (
        Page.objects.live()
        .filter(translation_key__in=by_key, locale=Locale.get_active())
        .values_list("translation_key", "title")
    )
    for key, title in translated:
        titles[by_key[key]] = title
    return titles


@dataclass(frozen=True)
class ReferralContact:
    name: str
    phone: str
    hours: str


def pages_localized(*, pages, language: str) -> list[Page]:
    """Each page's live translation in a language where there is one, else the page itself."""
    pages = list(pages)
    translated = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__language_code=language,
        )
        .specific()
    }
    return [translated.get(page.translation_key, page) for page in pages]


def referral_contacts(*, session: Session, language: str) -> list[ReferralContact]:
    """The helplines named in the safeguarding notes of a session's campaign and modules, in the
    participant's language where the pages are translated, each once."""
    sources = [
        session.campaign,
        *(item.module for item in session.session_modules.select_related("module")),
    ]
    contacts: dict[tuple[str, str], ReferralContact] = {}
    for page in pages_localized(pages=sources, language=language):
        for block in page.body:
            if block.block_type != "safeguarding_note":
                continue
            for contact in block.value["contacts"]:
                found = ReferralContact(contact["name"], contact["phone"], contact["hours"] or "")
                contacts.setdefault((found.name, found.phone), found)
    return list(contacts.values())
