"""Writes of the reach app, one module a job:

- `refresh`: the outbox row a change writes, queueing and spacing refreshes, the sweep;
- `rollups`: recounting sessions and partitions and replacing their rollups and month cells;
- `rebuild`: the nightly rebuild, its comparisons, and `stored_differences` for checks;
- `tokens`: the API tokens.

Import from those modules. The names below are re-exported only for files of other apps and
tests that still import them from here. The package logs as one logger, "reach.services".
"""

# kept for demo/management/commands/demo_load.py, tests/demo/test_demo_volume.py and
# tests/security/test_fuzz_reach_api.py; to be imported from reach.services.rebuild
from reach.services.rebuild import rollups_rebuild

# kept for tests/security/test_access_matrix.py and tests/security/test_fuzz_reach_api.py; to be
# imported from reach.services.tokens
from reach.services.tokens import api_token_create, api_token_revoke

__all__ = ["api_token_create", "api_token_revoke", "rollups_rebuild"]
