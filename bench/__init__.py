"""Benchmarks: `python -m bench` (or `make bench`) runs every bench/bench_*.py and prints one table.

Each module exposes `run() -> list[dict]`, one dict per case with the keys case, figure, baseline,
ratio, goal and ok. The baseline is measured in the same run (on the same machine, in the same
state), so the ratio says how the figure compares with a cost that cannot be avoided.
"""
