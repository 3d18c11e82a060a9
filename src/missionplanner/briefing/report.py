"""The post-trip outcome report: per meeting the outcome and decisions, then every follow-up."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime

from reportlab.platypus import PageBreak, Spacer

from ..output_files import write_output
from ..services.timeutil import local_midnight_today
from .options import check_options
from .styles import ALERT_BG
from .writer import Writer


def build_report(planner, mission_ref: str, output_path, *, lang: str = "en", classification: str = "",
                 home_tz: str | None = None, paper: str = "a4",
                 progress: Callable[[int, int], None] | None = None, today: date | None = None,
                 fonts_dir=None) -> list[str]:
    """Write the outcome report of a mission as a PDF; returns warnings (e.g. missing fonts)."""
    check_options(lang, paper, classification)
    d = planner.missions.detail(mission_ref, home_tz=home_tz, today=today)
    today = today or local_midnight_today(d["home_timezone"])
    w = Writer(lang, fonts_dir)
    cat, st = w.cat, w.st
    n = len(d["meetings"])
    total = n + 3

    def tick(done: int) -> None:
        if progress:
            progress(min(done, total - 1), total)

    out = io.BytesIO()
    marking = (classification or "").upper() or cat["unclassified"]
    doc = w.document(out, title=d["title"], document_name=cat["outcome_report"],
                     classification=classification or "", issue_date=cat.date(today), paper=paper, cover=False,
                     subject=cat("report_subject", document=cat["outcome_report"], classification=marking),
                     keywords=", ".join([marking, cat.locale.replace("_", "-")]))
    width = doc.width
    held = sum(1 for m in d["meetings"] if m["status"] == "held")
    followups = _all_followups(d)
    open_count = sum(1 for f in followups if f["status"] == "open")
    overdue = sum(1 for f in followups if f["overdue"])

    story: list = [
        w.p(cat["outcome_report"].upper(), st.cover_kind),
        w.p(d["title"], st.cover_title),
        w.p(cat.date_range(date.fromisoformat(d["start"]), date.fromisoformat(d["end"])) + "  \u00b7  "
            + ", ".join(dict.fromkeys(leg["city"] for leg in d["legs"])), st.body),
        w.rule(thickness=2, space=4),
    ]
    summary = cat("report_summary", meetings=cat.plural("n_meetings", n), held=cat.plural("n_held", held),
                  followups=cat.plural("n_followups", len(followups)), open=cat.plural("n_open", open_count))
    if overdue:
        summary += " \u2014 " + cat.plural("n_overdue", overdue)
    story += [w.p(summary, st.body), Spacer(1, 4)]

    story.append(w.h1(cat["outcomes"]))
    for i, m in enumerate(d["meetings"]):
        title = cat("meeting_n", n=i + 1, title=m["title"])
        story += w.h2(title, level=1, toc=True)
        start = datetime.fromisoformat(m["start"])
        line = (f"{cat.date(start.date(), 'full')}, {w.span(m['start'], m['end'], m['timezone'])}"
                f" \u00b7 {m['city']} \u00b7 {cat.status(m['status'])}")
        story.append(w.p(line, st.small))
        who = ", ".join(c["name"] for c in m["counterparts"] if c)
        if who:
            story.append(w.raw(f"{w.m(cat['counterparts'] + cat['colon'])}{w.m(who)}", st.small))
        story.append(Spacer(1, 3))
        if m["outcome"]:
            story += [w.p(cat["outcome"], st.label)] + w.paras(m["outcome"])
        else:
            story.append(w.p(cat["no_outcome"], st.small))
        if m["decisions"]:
            story += [w.p(cat["decisions"], st.label)] + w.bullets(m["decisions"])
        tick(i + 1)

    story += [PageBreak(), w.h1(cat["followups"])]
    if not followups:
        story.append(w.p(cat["no_followups"], st.body))
    else:
        rows, extra = [], []
        for f in followups:
            status = w.m(cat.status(f["status"]))
            if f["overdue"]:
                status += f"<br/><font color='#a4161a'><b>{w.m(cat['overdue'], True)}</b></font>"
                extra.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), ALERT_BG))
            action = w.m(f["action"])
            if f["recurrence"]:
                action += f" <font color='#5f6b7a'>({w.m(cat['recurring'])})</font>"
            rows.append([
                w.raw(action, st.cell),
                f["meeting"] or "",
                w.raw(w.person_markup(f["owner"], bold=False), st.cell) if f["owner"] else "",
                cat.date(f["due"]) if f["due"] else "",
                w.raw(status, st.cell),
            ])
        story += w.tables([cat["action"], cat["meeting"], cat["owner"], cat["due"], cat["status"]],
                          rows, [width * x for x in (0.31, 0.23, 0.18, 0.14, 0.14)], extra_style=extra)
    tick(n + 1)
    doc.build_all(story)
    write_output(output_path, out.getvalue())
    if progress:
        progress(total, total)
    return w.warnings()


def _all_followups(d: dict) -> list[dict]:
    """The mission's follow-ups, meeting by meeting order of due date, each once."""
    seen, out = set(), []
    for f in d["followups"]:
        if f["id"] not in seen:
            seen.add(f["id"])
            out.append(f)
    for m in d["meetings"]:
        for f in m["followups"]:
            if f["id"] not in seen:
                seen.add(f["id"])
                out.append(f)
    out.sort(key=lambda f: (f["due"] or "9999-12-31", f["action"]))
    return out
