"""Run every bench/bench_*.py module and print one table: `python -m bench [NAME ...]`.

With names, only the modules whose name contains one of them run (`python -m bench check`). Each
module runs in a process of its own, so one benchmark's imports, caches and garbage do not weigh on
the next one's figures. Exit status 1 when a case misses its goal or a module fails, 0 otherwise.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

COLUMNS = ("case", "figure", "baseline", "ratio", "goal", "ok")
MARKER = "@@bench-results@@ "
ROOT = Path(__file__).resolve().parent.parent


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


def run_one(name: str) -> int:
    """In the child process: run one module and hand its rows back on a marked line."""
    rows = importlib.import_module(f"bench.{name}").run()
    sys.stdout.write(MARKER + json.dumps(rows, default=str) + "\n")
    return 0


def run_isolated(name: str) -> list[dict]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run([sys.executable, "-m", "bench", "--one", name], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER):])
        print(line)  # whatever the benchmark printed on its own
    raise RuntimeError(f"exit status {proc.returncode}, no results")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"] and len(argv) == 2:
        return run_one(argv[1])
    rows: list[dict] = []
    failed = False
    for name in modules(argv):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            results = run_isolated(name)
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            print(f"{name}: {exc}", file=sys.stderr)
            rows.append({"case": f"{name}: FAILED ({exc})", "ok": False})
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
