"""Whose figures a user may read, and the filters that narrow them."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from wagtail.models import Locale

from workshops.models import CampaignPage
from workshops.models.choices import AgeBand
from workshops.roles import user_is_coordinator

SMALL = 5  # fewer people than this, with minors among them, is shown as "<5"
MINOR_BANDS = (AgeBand.CHILDREN_6_9, AgeBand.CHILDREN_10_13, AgeBand.TEENS_14_17, AgeBand.ALL_AGES)


def campaigns_reported(*, user) -> QuerySet[CampaignPage]:
    """The campaigns whose reports a user reads: a coordinator's own, every one for admins."""
    campaigns = CampaignPage.objects.order_by("title")
    if not (user.is_authenticated and user.is_active):
        return campaigns.none()
    if user.is_superuser:
        # Sessions point at a campaign's source page; its translations have no figures of their own.
        return campaigns.filter(locale=Locale.get_default())
    if user_is_coordinator(user):
        return campaigns.filter(coordinators__user=user).distinct()
    return campaigns.none()


def campaign_reported(*, user, slug: str) -> CampaignPage | None:
    """One campaign whose reports the user reads, with its targets; None if they may not."""
    return campaigns_reported(user=user).filter(slug=slug).prefetch_related("audiences").first()


@dataclass(frozen=True)
class Filters:
    """What a coordinator narrowed the report to; empty means everything."""

    countries: tuple[str, ...] = ()
    localities: tuple[str, ...] = ()
    venues: tuple[int, ...] = ()
    audiences: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    age_bands: tuple[str, ...] = ()
    month_from: dt.date | None = None
    month_to: dt.date | None = None

    def q(self) -> Q:
        where = Q()
        for name, values in (
            ("country", self.countries),
            ("locality", self.localities),
            ("venue_id", self.venues),
            ("audience", self.audiences),
            ("gender", self.genders),
            ("age_band", self.age_bands),
        ):
            if values:
                where &= Q(**{f"{name}__in": values})
        if self.month_from:
            where &= Q(month__gte=self.month_from)
        if self.month_to:
            where &= Q(month__lte=self.month_to)
        return where

    @property
    def active(self) -> bool:
        return self != Filters()


def cells_of(model, campaign: CampaignPage, filters: Filters) -> QuerySet:
    return model.objects.filter(filters.q(), campaign=campaign)


def minor_people():
    return Coalesce(Sum("people", filter=Q(age_band__in=MINOR_BANDS)), 0)
