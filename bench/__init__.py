"""Benchmarks: `make bench` (python -m bench.run). See bench/README.md and docs/performance.md."""
