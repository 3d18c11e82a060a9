"""The search, start-up and lists benchmarks at a tiny scale: they run and report, so they cannot rot.

Correctness only: no assertion here is about how long anything took.
"""

import pytest
from bench import bench_lists, bench_search, bench_startup

TINY = 0.002
KEYS = {"case", "figure", "baseline", "ratio", "goal", "ok"}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("bench-cache")


def _well_formed(rows):
    assert rows
    for r in rows:
        assert KEYS <= set(r), r
        assert isinstance(r["ok"], bool)
        assert r["figure"] > 0 and r["baseline"] > 0 and r["ratio"] > 0


def test_large_database_is_made_once_and_kept(cache):
    first = bench_search.large_database(TINY, folder=cache)
    assert first.exists() and f"scale{TINY:g}" in first.name
    stamp = first.stat().st_mtime_ns
    assert bench_search.large_database(TINY, folder=cache) == first
    assert first.stat().st_mtime_ns == stamp
    assert not list(cache.glob("*.part*"))


def test_search_case(cache):
    rows = bench_search.run(TINY, folder=cache, rounds=1)
    _well_formed(rows)
    m = bench_search.measure(bench_search.large_database(TINY, folder=cache), rounds=1)
    assert set(m["found"]) == set(bench_search.QUERIES)
    assert m["found"]["tokyo"] > 0 and sum(m["found"].values()) > len(m["found"])
    assert bench_search._percentile([1, 2, 3, 4], 0.5) == 2.5


def test_startup_case(cache):
    rows = bench_startup.run(TINY, folder=cache, runs=1)
    _well_formed(rows)
    assert "missions listed" in rows[0]["case"]
    assert rows[0]["figure"] > rows[0]["baseline"] * 0 and "0 missions listed" not in rows[0]["case"]


def test_lists_case(cache):
    m = bench_lists.measure(bench_search.large_database(TINY, folder=cache), scrolls=2)
    assert m["people_rows"] > 0 and m["meetings_rows"] > 0
    assert m["meetings_total"] == 200 and m["people_total"] == 100
    assert m["rss_peak_mb"] >= m["rss_before_mb"] > 0
    _well_formed(bench_lists.rows_from(m, "tiny"))


def test_start_up_path_imports_no_heavy_module(tmp_path):
    """The command line, opening a current database, lists and search load none of the heavy
    libraries (PDF, calendars, migrations, locale data): they are imported when used."""
    import subprocess
    import sys

    from missionplanner.store import open_database

    path = tmp_path / "current.sqlite"
    open_database(path).dispose()  # created and migrated here; the child finds it current
    script = (
        "import sys\n"
        "import missionplanner.cli\n"
        "from missionplanner.store import open_database\n"
        "from missionplanner.services import lists, search\n"
        f"db = open_database({str(path)!r})\n"
        "lists.mission_rows(db); lists.page_people(db); lists.page_meetings(db)\n"
        "search.search(db, 'tokyo')\n"
        "heavy = ('reportlab', 'icalendar', 'alembic', 'babel', 'openpyxl', 'PySide6')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
