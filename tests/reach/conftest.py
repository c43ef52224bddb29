"""The reach tests share a small campaign world, and start real workers like the deploy tests."""

from tests.deploy.conftest import processes  # noqa: F401
from tests.reach.world import world  # noqa: F401
