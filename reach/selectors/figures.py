"""People reached and attendances: breakdowns with suppression, targets, freshness.

In a breakdown, a row that counts minors and fewer than five people shows "<5"; when that leaves a
single hidden row, the next smallest row is hidden too, so that no hidden figure can be worked out
from the total and the rows shown (DESIGN.md, section 5).
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Max, Sum
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from reach.models import (
    ReachCell,
    SessionChange,
    SessionRollup,
)
from reach.selectors.scope import SMALL, Filters, cells_of, minor_people
from workshops.models import CampaignPage, Venue
from workshops.models.choices import AgeBand, Audience, Gender


@dataclass
class Figure:
    """One row of a breakdown: people reached and attendances, or hidden when too few."""

    key: object
    label: str
    people: int
    attendances: int
    joined: int = 0
    minors: int = 0
    hidden: bool = False

    @property
    def people_shown(self) -> str:
        return f"<{SMALL}" if self.hidden else number_format(self.people, force_grouping=True)

    @property
    def attendances_shown(self) -> str:
        return "–" if self.hidden else number_format(self.attendances, force_grouping=True)


@dataclass
class Breakdown:
    """Figures by one dimension, with their total; rows too small to show are hidden."""

    dimension: str
    title: str
    rows: list[Figure]
    total: Figure

    @property
    def export_name(self) -> str:
        return f"by-{self.dimension.replace('_', '-')}"

    @property
    def largest(self) -> int:
        return max((row.people for row in self.rows if not row.hidden), default=0)


def suppress(rows: list[Figure], total: Figure) -> None:
    """Hide rows with minors and fewer than five people, and one more row when a single hidden
    row could otherwise be worked out as the total minus the rows shown."""
    for row in rows:
        row.hidden = bool(row.minors) and row.people < SMALL
    hidden = [row for row in rows if row.hidden]
    if len(hidden) == 1:
        shown = sorted((row for row in rows if not row.hidden), key=lambda row: row.people)
        if shown:
            shown[0].hidden = True
    total.hidden = bool(total.minors) and total.people < SMALL


DIMENSIONS = {
    "country": _("Country"),
    "locality": _("Locality"),
    "venue": _("Venue"),
    "audience": _("Audience"),
    "gender": _("Gender"),
    "age_band": _("Age band"),
    "month": _("Month"),
}


def _labels(dimension: str, keys: list, venues: dict[int, str]) -> dict:
    if dimension == "venue":
        return {key: venues.get(key, str(key)) for key in keys}
    if dimension == "audience":
        return {key: str(Audience(key).label) if key in Audience.values else key for key in keys}
    if dimension == "gender":
        return {key: str(Gender(key).label) if key in Gender.values else key for key in keys}
    if dimension == "age_band":
        return {key: str(AgeBand(key).label) if key in AgeBand.values else key for key in keys}
    if dimension == "country":
        return {key: countries.name(key) or key for key in keys}
    if dimension == "month":
        return {key: f"{key:%Y-%m}" for key in keys}
    return {key: key for key in keys}


def reach_breakdown(
    *, campaign: CampaignPage, filters: Filters, dimension: str, venues: dict[int, str]
) -> Breakdown:
    """People reached, attendances and joined participants by one dimension (one query)."""
    column = "venue_id" if dimension == "venue" else dimension
    grouped = list(
        cells_of(ReachCell, campaign, filters)
        .values(column)
        .annotate(
            minors=minor_people(),
            n_people=Sum("people"),
            n_attendances=Sum("attendances"),
            n_joined=Sum("joined"),
        )
        .order_by(column)
    )
    labels = _labels(dimension, [row[column] for row in grouped], venues)
    rows = [
        Figure(
            row[column],
            labels[row[column]],
            row["n_people"],
            row["n_attendances"],
            row["n_joined"],
            row["minors"],
        )
        for row in grouped
    ]
    if dimension != "month":
        rows.sort(key=lambda row: (-row.people, str(row.label)))
    total = Figure(
        None,
        str(_("Total")),
        sum(row.people for row in rows),
        sum(row.attendances for row in rows),
        sum(row.joined for row in rows),
        sum(row.minors for row in rows),
    )
    suppress(rows, total)
    return Breakdown(dimension, str(DIMENSIONS[dimension]), rows, total)


@dataclass
class Target:
    audience: str
    label: str
    people: int
    target: int | None
    hidden: bool = False

    @property
    def percent(self) -> int | None:
        return round(100 * self.people / self.target) if self.target else None


def reach_targets(*, campaign: CampaignPage, by_audience: Breakdown) -> list[Target]:
    """People reached per audience against the campaign's targets (audiences without a target
    are listed too, and audiences with a target but nobody reached yet)."""
    targets = {row.audience: row.target_reach for row in campaign.audiences.all()}
    reached = {row.key: row for row in by_audience.rows}
    rows = []
    for audience in list(targets) + [key for key in reached if key not in targets]:
        figure = reached.get(audience)
        label = str(Audience(audience).label) if audience in Audience.values else audience
        rows.append(
            Target(
                audience,
                label,
                figure.people if figure else 0,
                targets.get(audience),
                hidden=bool(figure and figure.hidden),
            )
        )
    return rows


@dataclass
class Freshness:
    refreshed_at: dt.datetime | None
    waiting: int  # changes not yet absorbed by the rollups
    sessions: int


def reach_freshness(*, campaign: CampaignPage) -> Freshness:
    rollups = SessionRollup.objects.filter(campaign=campaign).aggregate(
        at=Max("refreshed_at"), n=Count("pk")
    )
    waiting = SessionChange.objects.filter(session__campaign=campaign).count()
    return Freshness(rollups["at"], waiting, rollups["n"])


# --- knowledge --------------------------------------------------------------------------------


def campaign_venues(*, campaign: CampaignPage) -> dict[int, str]:
    """The venues that appear in a campaign's figures, by id (one query)."""
    return dict(
        Venue.objects.filter(
            pk__in=ReachCell.objects.filter(campaign=campaign).values("venue_id")
        ).values_list("pk", "name")
    )


def filter_choices(*, campaign: CampaignPage, venues: dict[int, str]) -> dict[str, list]:
    """The values a campaign's figures hold, to offer as filters (one query)."""
    rows = (
        ReachCell.objects.filter(campaign=campaign)
        .values_list("country", "locality", "month")
        .distinct()
    )
    countries, localities, months = set(), set(), set()
    for country, locality, month in rows:
        countries.add(country)
        localities.add(locality)
        months.add(month)
    return {
        "countries": sorted(_labels("country", sorted(countries), venues).items()),
        "localities": sorted((name, name) for name in localities),
        "venues": sorted(venues.items(), key=lambda item: item[1]),
        "months": sorted(months),
    }
