"""People reached and attendances: breakdowns of the campaign's protected cells, targets,
freshness.

Every row of a breakdown adds up whole protected cells (`reach.privacy`), so it rests on at least
K people whenever it is about minors; cells that no longer tell the dimension of the breakdown are
added up in a row of their own ("small groups, combined"). Only a sum that includes a masked cell is
hidden, and shows "<K".
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from reach.models import (
    ReachCell,
    SessionChange,
    SessionRollup,
)
from reach.privacy import PLACE, ProtectedCell, cells_protect, cells_total, masked_shown
from reach.recount.tables import REACH
from reach.selectors.kept import kept
from workshops.models import CampaignPage, Venue
from workshops.models.choices import AgeBand, Audience, Gender

COMBINED = _("Small groups, combined")
REACH_MEASURES = REACH.values  # people, attendances, joined


@dataclass
class Figure:
    """One row of a breakdown: people reached, attendances and who joined with a phone; all None
    when the row is hidden."""

    key: object
    label: str
    people: int | None
    attendances: int | None
    joined: int | None = None
    hidden: bool = False

    @classmethod
    def of(cls, key: object, label: str, total: ProtectedCell) -> "Figure":
        if total.masked:
            return cls(key, label, None, None, None, hidden=True)
        values = total.values
        return cls(key, label, values["people"], values["attendances"], values["joined"])

    @property
    def people_shown(self) -> str:
        return masked_shown() if self.hidden else number_format(self.people, force_grouping=True)

    @property
    def attendances_shown(self) -> str:
        return "–" if self.hidden else number_format(self.attendances, force_grouping=True)


@dataclass
class Breakdown:
    """Figures by one dimension, with their total."""

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


def _reach_people(values) -> int:
    """A reach cell is about its people reached, or, in a month where its groups were already
    counted, about those who attended."""
    return values["people"] or values["attendances"]


def reach_cells(*, campaign: CampaignPage) -> list[ProtectedCell]:
    """The campaign's reach cells, protected (one query): what every breakdown adds up."""

    def protect() -> list[ProtectedCell]:
        rows = ReachCell.objects.filter(campaign=campaign).values(*PLACE, *REACH_MEASURES)
        return cells_protect(rows, measures=REACH_MEASURES, people=_reach_people).get((), [])

    return kept(campaign.pk, "reach", protect)


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


@dataclass
class Totals:
    """What a breakdown adds up, before it is labelled in a language: the total of the admitted
    protected cells per key of its dimension (None: cells that no longer tell it), and of them
    all. Small to keep (`reach.selectors.kept`): no cell's members."""

    by_key: dict[object, ProtectedCell]
    total: ProtectedCell


def breakdown_totals(*, admitted: list[ProtectedCell], dimension: str) -> Totals:
    """The admitted protected cells added up by one dimension."""
    column = "venue_id" if dimension == "venue" else dimension
    grouped: dict[object, list[ProtectedCell]] = defaultdict(list)
    for cell in admitted:
        grouped[cell.place[column]].append(cell)
    return Totals(
        {key: cells_total(members) for key, members in grouped.items()}, cells_total(admitted)
    )


def reach_breakdown(
    *, admitted: list[ProtectedCell], dimension: str, venues: dict[int, str]
) -> Breakdown:
    """People reached, attendances and joined participants by one dimension, from the campaign's
    protected cells (`reach_cells`) that the filters admit."""
    return breakdown_labelled(
        breakdown_totals(admitted=admitted, dimension=dimension), dimension, venues
    )


def breakdown_labelled(totals: Totals, dimension: str, venues: dict[int, str]) -> Breakdown:
    """A breakdown's totals as its rows, labelled in the active language."""
    labels = _labels(dimension, [key for key in totals.by_key if key is not None], venues)
    rows = [
        Figure.of(key, labels[key] if key is not None else str(COMBINED), total)
        for key, total in totals.by_key.items()
    ]
    if dimension == "month":
        rows.sort(key=lambda row: (row.key is None, row.key or dt.date.min))
    else:
        rows.sort(key=lambda row: (row.key is None, -(row.people or 0), str(row.label)))
    total = Figure.of(None, str(_("Total")), totals.total)
    return Breakdown(dimension, str(DIMENSIONS[dimension]), rows, total)


@dataclass
class Target:
    audience: str
    label: str
    people: int | None
    target: int | None
    hidden: bool = False

    @property
    def percent(self) -> int | None:
        if self.hidden or not self.target:
            return None
        return round(100 * self.people / self.target)


def reach_targets(*, campaign: CampaignPage, by_audience: Breakdown) -> list[Target]:
    """People reached per audience against the campaign's targets (audiences without a target
    are listed too, and audiences with a target but nobody reached yet). Small groups combined
    across audiences count towards none."""
    targets = {row.audience: row.target_reach for row in campaign.audiences.all()}
    reached = {row.key: row for row in by_audience.rows}
    rows = []
    others = [key for key in reached if key not in targets and key is not None]
    for audience in list(targets) + others:
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
