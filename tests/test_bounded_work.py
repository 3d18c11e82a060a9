"""Bounded work (issue 13, finding 8): the briefing pack, `check` and `show` on very large input.

Behaviour only (what is refused, what is printed, how many queries a read takes); the times and
memory are measured by bench/bench_bounded.py.
"""

import json
import re
from contextlib import contextmanager

import pytest
from bench.bench_bounded import build, long_text
from bench.bench_check import build as crowded_mission
from pypdf import PdfReader
from sqlalchemy import event

from missionplanner.briefing import pack
from missionplanner.briefing.options import MAX_CLASSIFICATION
from missionplanner.briefing.pack import build_briefing
from missionplanner.briefing.writer import LONG_PARAGRAPH, TABLE_CHUNK, Writer, pieces
from missionplanner.cli import main
from missionplanner.errors import ValidationError
from missionplanner.services import checks
from missionplanner.services.checks import check_mission, check_mission_counted
from missionplanner.services.missions import mission_detail
from missionplanner.services.planner import Planner

JAPAN = "official-mission-japan-2017"


def _text(page) -> str:
    return " ".join(page.extract_text().split())


@contextmanager
def counted_queries(db):
    """The SQL statements run inside the block."""
    seen: list[str] = []

    def count(conn, cursor, statement, *args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


# Classification -----------------------------------------------------------------------------------

def test_a_classification_over_the_limit_is_refused_in_one_line_and_nothing_is_written(
        demo_db, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    marking = "Restricted " * 700  # about 7 KB, which used to crash the layout
    code = main(["--db", demo_db.location, "brief", JAPAN, "-o", str(out), "--classification", marking])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert f"the limit is {MAX_CLASSIFICATION} characters" in err and "classification" in err
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_the_report_refuses_it_too(demo_db, tmp_path):
    from missionplanner.briefing.report import build_report

    with pytest.raises(ValidationError, match=f"limit is {MAX_CLASSIFICATION}"):
        build_report(Planner(demo_db), JAPAN, tmp_path / "r.pdf", classification="x" * (MAX_CLASSIFICATION + 1))
    assert not (tmp_path / "r.pdf").exists()


def test_a_line_break_in_a_classification_is_refused(demo_db, tmp_path):
    with pytest.raises(ValidationError, match="line break"):
        build_briefing(Planner(demo_db), JAPAN, tmp_path / "p.pdf", classification="Restricted\nEyes only")


def test_a_classification_at_the_limit_is_printed_whole_on_every_page(demo_db, tmp_path):
    words = "Restricted / Diffusion restreinte / Beperkte verspreiding / need to know only / "
    marking = (words * 4)[:MAX_CLASSIFICATION].strip()
    assert len(marking) > 190
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(demo_db), JAPAN, out, classification=marking)
    wanted = " ".join(marking.upper().split())
    pages = PdfReader(str(out)).pages
    assert len(pages) > 3
    for number, page in enumerate(pages, 1):
        assert wanted in _text(page), f"page {number}"


# Long text ----------------------------------------------------------------------------------------

def test_long_lines_are_cut_into_paragraphs_at_sentence_ends_and_keep_every_character():
    line = long_text(20_000)
    parts = pieces(line)
    assert len(parts) > 10 and all(len(p) <= LONG_PARAGRAPH for p in parts)
    assert all(p.endswith(".") for p in parts)
    assert " ".join(parts) == line
    assert [len(p) for p in pieces("x" * 5000)] == [2000, 2000, 1000]
    assert "".join(pieces("東京。" * 1000)) == "東京。" * 1000
    assert pieces("short") == ["short"] and pieces("") == []


def test_a_one_megabyte_field_is_printed_to_its_last_words(db, tmp_path):
    mid = build(db, 3, field_chars=1_000_000)
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), mid, out, sections=["meetings"])
    pages = PdfReader(str(out)).pages
    assert len(pages) > 150
    assert any("The very last words of the long field." in _text(page) for page in pages[-8:])


def test_a_long_table_cell_runs_over_pages_to_its_last_words(db, tmp_path):
    from missionplanner.services import meetings

    mid = build(db, 1)
    first = mission_detail(db, mid)["meetings"][0]
    arrangements = long_text(90_000).replace("long field", "arrangements")  # under the 100,000 cap
    meetings.update_meeting(db, first["id"], arrangements=arrangements)
    out = tmp_path / "pack.pdf"
    build_briefing(Planner(db), mid, out, sections=["meetings"])
    pages = PdfReader(str(out)).pages
    assert len(pages) > 15
    assert any("The very last words of the arrangements." in _text(page) for page in pages)


# Meetings per pack ---------------------------------------------------------------------------------

def test_a_mission_over_the_meetings_limit_is_refused_before_anything_is_read(db, tmp_path, capsys,
                                                                             monkeypatch):
    mid = build(db, 12)
    monkeypatch.setattr(pack, "MAX_PACK_MEETINGS", 10)
    out = tmp_path / "pack.pdf"
    with counted_queries(db) as queries:
        with pytest.raises(ValidationError, match="12 meetings; a briefing pack holds at most 10"):
            build_briefing(Planner(db), mid, out)
    assert len(queries) < 10
    assert main(["--db", db.location, "brief", mid, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "limit on meetings per pack" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_pack_of_many_meetings_lists_each_in_the_contents_and_the_bookmarks(db, tmp_path):
    mid = build(db, 130)  # a contents of more than two pages, briefs made as the layout reaches them
    out = tmp_path / "pack.pdf"
    seen = []
    build_briefing(Planner(db), mid, out, sections=["toc", "meetings"],
                   progress=lambda done, total: seen.append((done, total)))
    reader = PdfReader(str(out))
    contents = " ".join(_text(reader.pages[n]) for n in range(4))
    assert "Meeting 1: Meeting 1 with the director" in contents
    assert "Meeting 130: Meeting 130 with the director" in contents

    def titles(items):
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    bookmarks = list(titles(reader.outline))
    assert sum(t.startswith("Meeting ") and ":" in t for t in bookmarks) == 130
    last = next(n for n, page in enumerate(reader.pages) if "Meeting 130: Meeting 130" in _text(page)
                and n > 3)
    assert last > 130  # a page or more per brief, each on its own page
    assert seen[-1][0] == seen[-1][1] and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:], strict=False))


def test_long_tables_are_laid_out_in_chunks_with_their_row_styles():
    w = Writer("en")
    rows = [[f"row {i}", "x"] for i in range(1, 131)]
    extra = [("BACKGROUND", (0, 61), (-1, 61), "#ff0000"), ("SPAN", (0, 5), (-1, 5))]
    tables = w.tables(["A", "B"], rows, [100, 100], extra_style=extra)
    assert [len(t._cellvalues) for t in tables] == [TABLE_CHUNK + 1, TABLE_CHUNK + 1, 11]
    assert [t._cellvalues[1][0] for t in tables] == ["row 1", "row 61", "row 121"]
    flagged = [[cmd[1:3] for cmd in t._bkgrndcmds if cmd[3] == "#ff0000"] for t in tables]
    assert flagged == [[], [((0, 1), (-1, 1))], []]  # body row 61 is the second chunk's first row
    assert [t._spanCmds for t in tables] == [[("SPAN", (0, 5), (-1, 5))], [], []]


# check ---------------------------------------------------------------------------------------------

def test_check_of_a_crowded_mission_lists_the_first_problems_and_counts_them_all(db, capsys,
                                                                                monkeypatch):
    mid = crowded_mission(db, 3000)
    every = check_mission(db, mid, limit=None)
    assert len(every) > 1000
    first = check_mission_counted(db, mid, limit=100)
    assert first.problems == every[:100]
    assert first.total == len(every) and first.truncated
    assert first.errors == sum(p["severity"] == "error" for p in every)

    monkeypatch.setattr(checks, "MAX_PROBLEMS", 50)
    assert main(["--db", db.location, "check", "--json", mid]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == json.loads(json.dumps(every[:50], ensure_ascii=False))
    assert f"{len(every):,} scheduling problems" in err and "the first 50 are listed" in err


def test_check_reads_a_large_mission_in_a_fixed_number_of_queries(db):
    mid = crowded_mission(db, 2000)
    with counted_queries(db) as queries:
        problems = check_mission(db, mid)
    assert problems and len(queries) < 15


# show ----------------------------------------------------------------------------------------------

def test_show_of_a_large_mission_reads_meetings_by_batches_and_prints_each(db, capsys):
    mid = build(db, 2000)
    with counted_queries(db) as queries:
        detail = mission_detail(db, mid)
    assert len(detail["meetings"]) == 2000
    assert len(queries) < 60  # a few per batch of 500 meetings, not one per meeting
    assert [m["title"] for m in detail["meetings"][:2]] == ["Meeting 1 with the director",
                                                           "Meeting 2 with the director"]
    first = detail["meetings"][0]
    assert [p["name"] for p in first["delegation"]] == ["Cécile Jodogne"]
    assert len(first["counterparts"]) == 2 and first["followups"][0]["action"] == "Thank-you letter 1"
    # a person's brief is one dictionary however many meetings they attend
    ours = {id(m["delegation"][0]) for m in detail["meetings"]}
    assert len(ours) == 1
    counterparts = {c["id"] for m in detail["meetings"] for c in m["counterparts"]}
    assert {p["id"] for p in detail["people"]} == counterparts | {first["delegation"][0]["id"]}

    assert main(["--db", db.location, "show", "--json", mid]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == json.loads(json.dumps(detail, ensure_ascii=False))
    assert main(["--db", db.location, "show", mid]) == 0
    text = capsys.readouterr().out
    assert sum(bool(re.match(r"  \d{4}-\d\d-\d\d \d\d:\d\d\u2013", line)) for line in text.splitlines()) == 2000
