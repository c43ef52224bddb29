"""What a report may tell about minors: no figure rests on fewer than K of them, and none can be
worked out from the others, whatever filters are asked for and however often (DESIGN.md section 5,
docs/security.md, "What reports can tell").

The rule is kept by what figures are made of, not by hiding some of them afterwards. Before any
filter is applied, a campaign's rollup cells are merged into *protected cells*: a cell about minors
and fewer than K people (`small`) gives up its gender and is added to the other small cells of the
same place, month, audience and age band; if that is still too few, it gives up its age band too,
then its month, its venue, its locality, its audience and its country (`LADDER`), each time
joining the small cells that then share its place: only the few people of small groups give
anything up. A small group that finds too few like it even so starts again from where it was and
takes in the smallest cells that differ from it only by what it gave up (the rest of its class,
say). Only a campaign with fewer than K people in all, minors among them, is left with a masked
cell. Every figure of every output is then a sum over whole protected cells, each about K people
or more (or about adults only): a filter selects whole cells, and a cell that no longer tells a
dimension is never selected by a filter on it. However figures are subtracted from each other,
what can be worked out is at most the figures of single protected cells, never a part of one.

"People" is a count of distinct people, never of answers: the people reached in a reach cell, the
people who sent a quiz or a paper sheet in one phase (and, after the workshop, those whose two
tests were paired), the people who answered a survey. Quizzes and surveys are protected per quiz
(or survey) and phase, since each has its own people.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

# The age bands of minors and K live below every app that shows figures (`workshops.privacy`).
from workshops.privacy import MINOR_BANDS, smallest_group

# Where and whom a rollup cell is about, and the order in which a small cell gives them up: what
# reports lose least first; the audience, which campaigns set their targets for, and the country
# last.
PLACE = ("country", "locality", "venue_id", "month", "audience", "gender", "age_band")
LADDER = ("gender", "age_band", "month", "venue_id", "locality", "audience", "country")


def masked_shown() -> str:
    """What every output shows in place of a hidden figure."""
    return f"<{smallest_group()}"


@dataclass
class ProtectedCell:
    """Figures added up over rollup cells (`members`): `place` keeps each dimension they share and
    None for one this cell no longer tells. A masked cell's figures are never shown, nor any sum
    that includes them."""

    place: dict[str, object]
    values: Counter = field(default_factory=Counter)
    minors: bool = False
    members: list[dict] = field(default_factory=list)
    masked: bool = False

    def absorb(self, other: "ProtectedCell") -> None:
        self.add(other)
        self.minors = self.minors or other.minors
        self.members.extend(other.members)

    def add(self, other: "ProtectedCell") -> None:
        """Add another cell's figures (a plain loop: `Counter.update` costs twice as much)."""
        values = self.values
        for name, value in other.values.items():
            values[name] += value


def _cell(row: Mapping, measures: Iterable[str]) -> ProtectedCell:
    place = {name: row[name] for name in PLACE}
    return ProtectedCell(
        place,
        Counter({name: row[name] or 0 for name in measures}),
        place["age_band"] in MINOR_BANDS,
        [place],
    )


def _withheld(place: dict, dimension: str) -> dict:
    return {**place, dimension: None}


def _climb(
    kept: list[ProtectedCell],
    carried: list[ProtectedCell],
    small: Callable[[ProtectedCell], bool],
    order: Callable[[ProtectedCell], tuple],
    *,
    take_in: bool,
) -> tuple[list[ProtectedCell], list[ProtectedCell]]:
    """Small cells give up one dimension after another (`LADDER`), merging with the small cells
    that then share their place, and, with `take_in`, with the smallest kept cells that differ from
    them only by what they gave up. Returns the cells kept, and what is still too small."""
    for level in range(1, len(LADDER) + 1):
        if not carried:
            break
        withheld = dict.fromkeys(LADDER[:level])
        merged: dict[tuple, ProtectedCell] = {}
        for cell in carried:
            place = {**cell.place, **withheld}
            merged.setdefault(tuple(place.values()), ProtectedCell(place)).absorb(cell)
        siblings: dict[tuple, list[ProtectedCell]] = defaultdict(list)
        if take_in and any(small(cell) for cell in merged.values()):
            for cell in kept:
                siblings[tuple({**cell.place, **withheld}.values())].append(cell)
        taken: set[int] = set()
        carried = []
        for key, cell in merged.items():
            others = sorted(siblings.get(key, ()), key=order)
            while small(cell) and others:
                other = others.pop(0)
                taken.add(id(other))
                cell.absorb(other)
            (carried if small(cell) else kept).append(cell)
        kept = [cell for cell in kept if id(cell) not in taken]
    return kept, carried


def _series_protect(
    cells: list[ProtectedCell], people: Callable[[Mapping], int]
) -> list[ProtectedCell]:
    k = smallest_group()

    def small(cell: ProtectedCell) -> bool:
        return cell.minors and 0 < people(cell.values) < k

    def order(cell: ProtectedCell) -> tuple:  # the same cells are taken in on every read
        return people(cell.values), [str(value) for value in cell.place.values()]

    small_cells = [cell for cell in cells if small(cell)]
    # First among themselves: only the few people of small groups give anything up.
    kept, carried = _climb(
        [c for c in cells if not small(c)], small_cells, small, order, take_in=False
    )
    if not carried:
        return kept
    # Small groups with too few like them anywhere near start again from where they were, taking
    # in their smallest neighbours rather than giving up more.
    stragglers = {id(place) for cell in carried for place in cell.members}
    again = [cell for cell in small_cells if id(cell.members[0]) in stragglers]
    kept, carried = _climb(kept, again, small, order, take_in=True)
    if not carried:
        return kept
    # Every dimension given up, and the campaign holds nothing else to take in: too few in all.
    [rest] = carried
    rest.masked = True
    return [*kept, rest]


def cells_protect(
    rows: Iterable[Mapping],
    *,
    measures: Iterable[str],
    people: Callable[[Mapping], int],
    series: tuple[str, ...] = (),
) -> dict[tuple, list[ProtectedCell]]:
    """The protected cells of a campaign's rollup rows (each with the `PLACE` dimensions, the
    `series` keys and the `measures`), per series. `people(values)` tells how many distinct people
    a cell's figures rest on. The rows must be all the campaign's: never filtered first."""
    measures = tuple(measures)
    by_series: dict[tuple, list[ProtectedCell]] = defaultdict(list)
    for row in rows:
        by_series[tuple(row[name] for name in series)].append(_cell(row, measures))
    return {key: _series_protect(cells, people) for key, cells in by_series.items()}


def cells_total(cells: Iterable[ProtectedCell]) -> ProtectedCell:
    """The sum of protected cells: masked if any of them is."""
    total = ProtectedCell({})
    for cell in cells:
        total.add(cell)
        total.minors = total.minors or cell.minors
        total.masked = total.masked or cell.masked
    return total
