"""The smallest group a figure about minors may rest on (DESIGN.md section 5), for every app.

Reports apply it through `reach.privacy`, which protects whole rollup cells; the trainer's views of
one session (the projector, the session page) apply it to that session's figures directly.
"""

from django.conf import settings

from workshops.models.choices import AgeBand

# The age bands that are, or may include, people under 18.
MINOR_BANDS = (AgeBand.CHILDREN_6_9, AgeBand.CHILDREN_10_13, AgeBand.TEENS_14_17, AgeBand.ALL_AGES)


def smallest_group() -> int:
    """K: figures about minors rest on at least this many people."""
    return settings.REACH_SMALLEST_GROUP


def figure_withheld(*, people: int, minors: bool) -> bool:
    """Whether a figure about `people` distinct people, minors among them, must not be shown."""
    return minors and 0 < people < smallest_group()
