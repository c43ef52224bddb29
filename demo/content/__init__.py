"""The demo content, as data: the YAML files beside this module, each read once and kept.

site.yaml holds the home page, the campaign list, the venues, who works in which campaign and the
demo trainer's sessions; each campaign has a file of its own (golondrina.yaml, romania.yaml; see
golondrina.yaml for the format); quizzes.yaml and surveys.yaml hold the quizzes and surveys by
campaign slug. The loaders only read what these functions return: it is shared, never to be
changed.
"""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

FOLDER = Path(__file__).resolve().parent
CAMPAIGN_FILES = ("golondrina", "romania")
# libyaml's parser where PyYAML was built with it (more than ten times faster).
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _read(name: str) -> Any:
    with (FOLDER / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.load(file, Loader=LOADER)  # noqa: S506 - a safe loader


def campaigns() -> list[dict]:
    """Each demo campaign with its modules and manuals, in all its languages."""
    return [_read(name) for name in CAMPAIGN_FILES]


def home() -> dict:
    return _read("site")["home"]


def campaign_index() -> dict:
    return _read("site")["campaign_index"]


def venues() -> list[dict]:
    return _read("site")["venues"]


def campaign_members() -> dict[str, dict[str, list[str]]]:
    """Per role (trainers, coordinators), each demo account's campaigns by slug."""
    return _read("site")["campaign_members"]


def sessions() -> list[list]:
    """The demo trainer's sessions, one row each (site.yaml says what the columns are)."""
    return _read("site")["sessions"]


def quizzes() -> dict[str, list[dict]]:
    """The demo quizzes by campaign slug."""
    return _read("quizzes")


def surveys() -> dict[str, list[dict]]:
    """The demo surveys by campaign slug."""
    return _read("surveys")
