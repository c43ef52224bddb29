"""Writes of the reach app, one module a job:

- `refresh`: the outbox row a change writes, queueing and spacing refreshes, the sweep;
- `rollups`: recounting sessions and partitions and replacing their rollups and month cells;
- `rebuild`: the nightly rebuild, its comparisons, and `stored_differences` for checks;
- `tokens`: the API tokens.

Import from those modules. The package logs as one logger, "reach.services".
"""
