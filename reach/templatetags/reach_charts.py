"""Charts drawn on the server as SVG: no script, no CDN, and they print as they show.

Each chart sits beside (or inside) the table that holds its numbers, so the chart is hidden from
screen readers and the table is what they read.
"""

from dataclasses import dataclass

from django import template

register = template.Library()

HEIGHT = 40  # the column chart's drawing height, in viewBox units


@dataclass(frozen=True)
class Column:
    label: str
    tick: str  # what the axis shows under the column
    value: str
    x: float
    y: float
    width: float
    height: float


@register.inclusion_tag("reach/_column_chart.html")
def column_chart(breakdown, title: str = ""):
    """People reached per row of a breakdown (the months of a trend), as columns; small groups
    combined across months are in the table only."""
    rows = [row for row in breakdown.rows if row.key is not None]
    largest = breakdown.largest or 1
    step = 100 / max(len(rows), 1)
    columns = []
    year = None
    for index, row in enumerate(rows):
        height = 0 if row.hidden else HEIGHT * row.people / largest
        # Months are labelled by their year where it changes: forty labels would not fit.
        label = str(row.label)
        tick = label[:4] if label[:4] != year else ""
        year = label[:4]
        columns.append(
            Column(
                label,
                tick,
                row.people_shown,
                round(index * step + step * 0.1, 2),
                round(HEIGHT - height, 2),
                round(step * 0.8, 2),
                round(height, 2),
            )
        )
    return {"columns": columns, "height": HEIGHT, "title": title}


@register.simple_tag
def share(part, whole) -> str:
    """`part` as a percentage of `whole`, for a bar's width: "0" when there is nothing."""
    if not whole or part is None:
        return "0"
    return f"{min(100, 100 * part / whole):.1f}"
