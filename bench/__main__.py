"""Run every bench/bench_*.py module and print one table: `python -m bench [NAME ...]`.

With names, only the modules whose name contains one of them run (`python -m bench check`).
Exit status 1 when a case misses its goal or a module fails, 0 otherwise.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

COLUMNS = ("case", "figure", "baseline", "ratio", "goal", "ok")


def modules(wanted: list[str]) -> list[str]:
    here = Path(__file__).resolve().parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    return names


def _cell(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return "" if value is None else str(value)


def table(rows: list[dict]) -> str:
    cells = [COLUMNS] + [tuple(_cell(r.get(c)) for c in COLUMNS) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    rows: list[dict] = []
    failed = False
    for name in modules(argv):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            results = module.run()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
            rows.append({"case": f"{name}: FAILED (see above)", "ok": False})
            failed = True
            continue
        for r in results:
            rows.append(dict(r, case=f"{name.removeprefix('bench_')}: {r['case']}"))
            failed = failed or not r.get("ok", False)
    if not rows:
        print("no benchmarks found")
        return 0
    print(table(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
