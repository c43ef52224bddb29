"""Whose figures a user may read, and the filters that narrow them."""

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q, QuerySet
from wagtail.models import Locale

from workshops.models import CampaignPage
from workshops.roles import user_is_coordinator


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

    @cached_property
    def _chosen(self) -> list[tuple[str, tuple]]:
        """The dimensions narrowed to some of their values (`reach.privacy.PLACE` names)."""
        return [
            (name, values)
            for name, values in (
                ("country", self.countries),
                ("locality", self.localities),
                ("venue_id", self.venues),
                ("audience", self.audiences),
                ("gender", self.genders),
                ("age_band", self.age_bands),
            )
            if values
        ]

    def q(self) -> Q:
        where = Q()
        for name, values in self._chosen:
            where &= Q(**{f"{name}__in": values})
        if self.month_from:
            where &= Q(month__gte=self.month_from)
        if self.month_to:
            where &= Q(month__lte=self.month_to)
        return where

    def admits(self, place: dict) -> bool:
        """Whether figures about this place are among the filtered ones; a place that no longer
        tells a dimension (None, `reach.privacy`) is never admitted by a filter on it."""
        for name, values in self._chosen:
            if place[name] is None or place[name] not in values:
                return False
        if self.month_from or self.month_to:
            month = place["month"]
            if month is None:
                return False
            if (self.month_from and month < self.month_from) or (
                self.month_to and month > self.month_to
            ):
                return False
        return True

    def names(self, place: dict) -> bool:
        """Whether this filter narrows a dimension the place no longer tells."""
        withheld = {name for name, value in place.items() if value is None}
        chosen = {name for name, _values in self._chosen}
        if self.month_from or self.month_to:
            chosen.add("month")
        return bool(withheld & chosen)

    @property
    def active(self) -> bool:
        return self != Filters()


def cells_of(model, campaign: CampaignPage, filters: Filters) -> QuerySet:
    return model.objects.filter(filters.q(), campaign=campaign)
