"""The reach tests share a small campaign world."""

from tests.reach.world import world  # noqa: F401
