"""The briefing pack: what the official holds on the trip.

Order of a meeting brief follows ministries' practice: the reason for the meeting first, then time,
place and arrangements, objectives, points to make, defensive ("if raised") lines, background,
personality notes with the organization's profile, agreements and previous interactions, and open
follow-ups. A section with no data is left out.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from ..output_files import write_output
from ..services.timeutil import in_zone
from .catalogue import Catalogue
from .change_bars import beside, row_bar
from .changes_page import changes_page, supersedes_line
from .cover_fit import cover_frame_height, cover_title, one_page
from .front_matter import front_matter, stay_for_night
from .options import check_document_control, check_edition, check_options
from .pack_version import PackVersion
from .page_budget import PageBudget
from .styles import RULE, flag_row_style
from .template import Deferred, progress_mark, running_head
from .writer import CELL_PADDING, LONG_PARAGRAPH, Writer

ALL_SECTIONS = ("cover", "toc", "overview", "itinerary", "meetings", "annexes")
# The most meetings one pack holds. Laying a pack out costs about 10 to 12 ms of reportlab's work
# per meeting of a page or two (docs/performance.md, "Bounded work"): 5,000 meetings take 40 to
# 60 s and 450 MB; 10,000 would take 90 to 130 s, over the minute a pack may take (plain reportlab
# alone needs about 50 s for that many pages of plain text). Above this the pack is refused, with
# the limit named.
MAX_PACK_MEETINGS = 5000
# What puts a change bar beside a meeting's row in the itinerary: added (always), moved,
# cancelled or another status, retitled; its texts are barred in its brief.
ITINERARY_CHANGES = ("time", "status", "title")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# What a field says when it is still open, in the three languages the demo and users write.
_TO_CONFIRM = re.compile(r"to be confirmed|\bTBC\b|à confirmer|te bevestigen", re.IGNORECASE)


def build_briefing(planner, mission_ref: str, output_path, *, lang: str = "en", classification: str = "",
                   home_tz: str | None = None, paper: str = "a4", sections=None,
                   progress: Callable[[int, int], None] | None = None, today: date | None = None,
                   fonts_dir=None, edition: str = "minister", drafting_officer: str | None = None,
                   copy_number: int | None = None, distribution: str | Sequence[str] | None = None,
                   issued_at: datetime | None = None,
                   on_untranslated: Callable[[list[dict]], None] | None = None,
                   versioned: bool = False) -> list[str]:
    """Write the briefing pack of a mission as a PDF; returns warnings (fonts, unreadable photos).
    `on_untranslated(missing)` is called before the pack is laid out with the texts it prints as
    typed, for want of one in `lang` ({"kind", "id", "record", "field"}; services/translations.py).

    `edition`: "minister" (the default: no scheduling problems, no follow-up tracking, a DRAFT
    watermark on every page while a meeting is not confirmed) or "working" (the private office's:
    problems, points outstanding, follow-ups with their state). Document control on the cover and
    in the PDF's metadata: `drafting_officer` (default: the database's user), `copy_number`,
    `distribution` (names, or one text "A; B"), `issued_at` (default: now; with `today`, that day).
    `versioned`: record this pack as the mission's next version once written (`brief` and the
    window do), its cover saying which version it supersedes, with a "Changes since" page and
    change bars beside what changed (briefing/pack_version.py); without it, version 1, unrecorded.
    `sections`: a subset of ALL_SECTIONS (default: all). `progress(done, total)` is called as the
    work advances; an exception raised from it cancels the build and nothing is written.
    """
    check_options(lang, paper, classification)
    check_edition(edition)
    if isinstance(distribution, str):
        distribution = [x.strip() for x in distribution.split(";")]
    distribution = [x for x in (distribution or ()) if x and x.strip()]
    check_document_control(drafting_officer, copy_number, distribution)
    wanted = set(ALL_SECTIONS if sections is None else sections)
    unknown = wanted - set(ALL_SECTIONS)
    if unknown:
        from ..errors import ValidationError

        raise ValidationError(code="briefing.unknown-sections", field="sections",
                              sections=", ".join(sorted(unknown)), allowed=", ".join(ALL_SECTIONS))
    meetings = planner.briefing.meeting_count(mission_ref)
    if meetings > MAX_PACK_MEETINGS:
        from ..errors import ValidationError

        raise ValidationError(code="briefing.too-many-meetings", count=meetings, limit=MAX_PACK_MEETINGS)
    data = planner.briefing.data(mission_ref, home_tz=home_tz, today=today, lang=lang,
                                 untranslated_mark=Catalogue(lang)["untranslated_mark"])
    if on_untranslated is not None:
        on_untranslated(data["untranslated"])
    working = edition == "working"
    problems = planner.briefing.problems(data["id"]) if "itinerary" in wanted and working else []
    data["timeline"] = planner.travel.timeline(data["id"]) if "itinerary" in wanted else None
    issued = _issue_time(issued_at, today, data["home_timezone"])
    version = PackVersion.prepare(planner, data, lang) if versioned else None
    control = {"edition": edition, "version": version.number if version else 1, "issued_at": issued,
               "pack_version": version,
               "drafting_officer": (drafting_officer or "").strip() or data.get("user") or "",
               "copy_number": copy_number, "distribution": [x.strip() for x in distribution]}
    pack = _Pack(data, lang, classification, paper, problems, progress, fonts_dir, control)
    pdf = pack.render(wanted)
    over = pack.budget.problems(pack.cat) if working else []
    if over and "itinerary" in wanted:
        # The working edition lists the briefs over their page budget among the itinerary's
        # problems: known only once laid out, so a pack with such a brief is laid out again.
        # (the bar stays where the first pass left it; progress may still cancel the build)
        again = (lambda _done, total: progress(total - 1, total)) if progress else None
        pack = _Pack(data, lang, classification, paper, problems + over, again, fonts_dir, control)
        pdf = pack.render(wanted)
    warnings = pack.w.warnings() + pack.extra_warnings + [o["message"] for o in over]
    write_output(output_path, pdf)
    if version:
        version.record(edition=edition, classification=classification, issued_at=issued)
    if progress:
        progress(pack.total, pack.total)
    return warnings


def _issue_time(issued_at: datetime | None, today: date | None, home: str) -> datetime:
    """When the pack is issued, on the home clock: `issued_at`, else now (on `today` when given)."""
    now = in_zone(issued_at or datetime.now(timezone.utc), home)
    if issued_at is None and today is not None and now.date() != today:
        now = now.replace(year=today.year, month=today.month, day=today.day)
    return now


def unconfirmed(meetings: list[dict]) -> list[dict]:
    """The meetings still awaiting confirmation (proposed or requested; a cancelled one is settled)."""
    return [m for m in meetings if m["status"] in ("proposed", "requested")]


def _fold(text: str) -> str:
    """A sort key that ignores case and accents ("Élysée" between "Eiffel" and "Ezra")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


def _new_page(story: list) -> None:
    """Start the next section on a new page, unless the story is already at the top of one."""
    for f in reversed(story):
        if not isinstance(f, NextPageTemplate):
            if not isinstance(f, PageBreak):
                story.append(PageBreak())
            return


def _clock(iso_text: str, zone_name: str | None = None) -> str:
    """"15:05 CEST": an instant's wall clock and zone abbreviation (in `zone_name`, or as written)."""
    at = datetime.fromisoformat(iso_text.replace("Z", "+00:00"))
    if zone_name:
        at = in_zone(at, zone_name)
    name = at.tzname() or ""
    return f"{at:%H:%M} {name}" if name and not name.startswith(("+", "-", "UTC")) else f"{at:%H:%M}"


def _name_positions(d: dict, to_be_confirmed: str) -> None:
    """A position prints as its post with "(name to be confirmed)", wherever a person is named."""
    from ..services.person_text import shown_name

    def named(p):
        if p and p.get("kind") == "position":
            p["name"] = shown_name(p.get("title") or "", "position", to_be_confirmed)

    named(d.get("lead"))
    for p in [*d["people"], *d.get("delegation", [])]:
        named(p)
    for m in d["meetings"]:
        for p in [*m["counterparts"], *m["delegation"]]:
            named(p)


class _Pack:
    def __init__(self, d: dict, lang, classification, paper, problems, progress, fonts_dir, control: dict):
        self.d = d
        self.control = control
        self.working = control["edition"] == "working"
        self.w = Writer(lang, fonts_dir)
        self.cat = self.w.cat
        self.st = self.w.st
        self.classification = classification or ""
        self.paper = paper
        self.problems = problems
        self.progress = progress
        self.extra_warnings: list[str] = []
        self.noted: set[str] = set()  # people whose personality note a meeting brief prints
        self.budget = PageBudget()  # the pages each meeting brief runs to (working edition's warning)
        _name_positions(d, self.cat["name_to_be_confirmed"])
        self.people = {p["id"]: p for p in d["people"]}
        self.orgs = {o["id"]: o for o in d["organizations"]}
        self.home = d["home_timezone"]
        # the footer's date of issue: the day of the issue time the cover and the version record
        # give (on the home clock), not today's
        self.issue = self.cat.date(control["issued_at"].date())
        n = len(d["meetings"])
        self.total = n + 4
        self._done = 0

    # Progress ------------------------------------------------------------------------------------

    def _tick(self, done: int) -> None:
        if self.progress:
            self._done = min(max(self._done, done), self.total - 1)
            self.progress(self._done, self.total)

    def _on_step(self, step: int) -> None:
        """Meeting brief `step` is laid out (the briefs are made as the layout reaches them)."""
        self._tick(2 + step + 1)

    # Document ------------------------------------------------------------------------------------

    def render(self, wanted: set[str]) -> bytes:
        d, cat = self.d, self.cat
        out = io.BytesIO()
        edition = cat["edition_working" if self.working else "edition_minister"]
        marking = self.classification.upper() or cat["unclassified"]
        name = cat["briefing_pack"]
        self.draft = not self.working and bool(unconfirmed(d["meetings"]))
        draft = self.draft
        shown_name = f"{name} \u2014 {edition}" if self.working else \
            f"{name} \u2014 {cat['draft_mark']}" if draft else name
        doc = self.w.document(out, title=d["title"], document_name=shown_name,
                              classification=self.classification, issue_date=self.issue, paper=self.paper,
                              on_step=self._on_step, watermark=cat["draft_watermark"] if draft else "",
                              author=self.control["drafting_officer"],
                              subject=cat("pdf_subject", document=name, edition=edition, classification=marking),
                              keywords=", ".join([marking, edition, cat("version_n", number=self.control["version"]),
                                                  cat.locale.replace("_", "-")]))
        self.width = doc.width
        self.cover_height = cover_frame_height(doc)
        story: list = []
        if "cover" in wanted:
            story += self.cover()
        story.append(NextPageTemplate("body"))
        if "cover" in wanted:
            story.append(PageBreak())
        toc_at = len(story)
        self._tick(1)
        version = self.control.get("pack_version")
        if version and version.previous:
            story += changes_page(self.w, version.number, version.previous, version.changes, self.home)
            story.append(PageBreak())
        if "overview" in wanted:  # the front matter a minister reads first, then the overview
            front = front_matter(self)
            if front:
                _new_page(story)
                story += front
            _new_page(story)
            story += self.overview()
        if "itinerary" in wanted:
            _new_page(story)
            story += self.itinerary()
            if d.get("timeline") and d["timeline"]["bands"]:
                _new_page(story)
                story += self.timeline()
        self._tick(2)
        if "meetings" in wanted and d["meetings"]:
            # Each brief is made when the layout reaches it (Deferred): one brief's flowables in
            # memory at a time. Their bookmarks and TOC lines are taken now, in story order.
            _new_page(story)
            marks = [self._meeting_marks(i, m) for i, m in enumerate(d["meetings"])]
            story.append(Deferred(([PageBreak()] if i else []) + self.budget.around(i, m, self.meeting(i, m, marks[i]))
                                  for i, m in enumerate(d["meetings"])))
        if "meetings" in wanted:  # their personality notes carry the biographies (the annex need not)
            self.noted = {c["id"] for m in d["meetings"] for c in m["counterparts"] if c}
        if "annexes" in wanted and (d["people"] or d["organizations"]):
            _new_page(story)
            story += self.annexes()
        if "toc" in wanted:
            story[toc_at:toc_at] = [self.w.p(cat["contents"], self.st.toc_title),
                                    *doc.contents(self.w.toc_entries), PageBreak()]
        doc.build_all(story)
        return out.getvalue()

    # Cover ---------------------------------------------------------------------------------------

    def cover(self) -> list:
        d, cat, w = self.d, self.cat, self.w
        lead = d["lead"]
        lead_text = ""
        if lead:
            lead_text = w.person_markup(lead, bold=False)
            if lead.get("title"):
                lead_text += "<br/>" + w.m(lead["title"])
        legs = d["legs"]
        places = "<br/>".join(
            w.org_markup(leg["city"], leg["city_native"]) + f", {w.m(w.country(leg['country']))}"
            for leg in legs)
        rows = [
            (cat["destinations"], places),
            (cat["dates"], w.m(cat.date_range(date.fromisoformat(d["start"]), date.fromisoformat(d["end"])))),
            (cat["lead"], lead_text),
            (cat["status"], w.m(cat.status(d["status"], "ms"))),
            (cat["classification"], w.m(self.classification or cat["unclassified"])),
            *self.document_control(),
        ]
        data = [[w.p(label, self.st.cover_label), w.raw(value, self.st.cover_value)]
                for label, value in rows if value]
        facts = Table(data, colWidths=[42 * mm, self.width - 42 * mm], hAlign="LEFT", splitInRow=1)
        w.styled(facts, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
        out = [Spacer(1, (38 if len(d["title"]) < 90 else 8) * mm),
               w.p(cat.status(d["kind"], "mk").upper(), self.st.cover_kind),
               cover_title(w, d["title"], self.st.cover_title, self.width),
               w.p(cat["briefing_pack"], self.st.cover_doc_tight if self.working or self.draft else self.st.cover_doc)]
        if self.working:
            out.append(w.p(cat["edition_working"], self.st.cover_edition))
        elif self.draft:
            waiting = cat.plural("n_unconfirmed", len(unconfirmed(d["meetings"])))
            out.append(w.p(f"{cat['draft_mark']} \u2014 {waiting}", self.st.cover_edition))
        out += [w.rule(thickness=2, space=2), Spacer(1, 8 * mm), facts]
        if self.classification:
            box = Table([[w.p(self.classification.upper(), self.st.cover_marking)]],
                        colWidths=[self.width])
            w.styled(box, [("BOX", (0, 0), (-1, -1), 1.2, self.st.cover_marking.textColor),
                          ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])
            out += [Spacer(1, 14 * mm), box]
        return [one_page(out, self.width, self.cover_height)]

    def document_control(self) -> list[tuple[str, str]]:
        """The cover's document control rows (label, markup): version, time of issue, drafting
        officer, copy number and distribution (the last three when known)."""
        cat, w, c = self.cat, self.w, self.control
        at = c["issued_at"]
        version = c.get("pack_version")
        number = supersedes_line(cat, version.number, version.previous, self.home) \
            if version and version.previous else cat("version_n", number=c["version"])
        rows = [(cat["version"], w.m(number)),
                (cat["time_of_issue"], w.m(cat("issue_at", date=cat.date(at.date()), time=f"{at:%H:%M}",
                                               zone=cat.zone_city(self.home))))]
        if c["drafting_officer"]:
            rows.append((cat["drafting_officer"], w.m(c["drafting_officer"])))
        if c["copy_number"]:
            rows.append((cat["copy_number"], w.m(str(c["copy_number"]))))
        if c["distribution"]:
            rows.append((cat["distribution"], "<br/>".join(w.m(x) for x in c["distribution"])))
        return rows

    # Overview ------------------------------------------------------------------------------------

    def overview(self) -> list:
        d, cat, w = self.d, self.cat, self.w
        out = [w.h1(cat["overview"])]
        if d["objectives"]:
            out += w.h2(cat["objectives"]) + w.paras(d["objectives"])
        if d["notes"]:
            out += w.h2(cat["mission_notes"]) + w.paras(d["notes"])
        figures = self.key_figures()
        if figures:
            out += w.h2(cat["key_figures"]) + figures
        if self.working:
            outstanding = self.points_outstanding()
            if outstanding:
                out += w.h2(cat["points_outstanding"]) + [self._bullet_markup(w.m(x)) for x in outstanding]
        agreements = self.host_agreements()
        if agreements:
            out += w.h2(cat["agreements_in_force"])
            for a in agreements:
                out += self.agreement(a)
        if d["delegation"]:
            out += w.h2(cat["delegation"])
            rows = []
            widths = self._cols(0.3, 0.28, 0.42)
            for p in d["delegation"]:
                name = w.p(w.person_text(p), self.st.cell)
                title = p.get("title") or ""
                role = p.get("role") or title
                contact = self._contact([(cat["mobile"], p.get("mobile")), (cat["email"], p.get("email"))],
                                        widths[2])
                rows.append([name, role, contact])
            out += w.tables([cat["name"], cat["role"], cat["contact"]], rows, widths)
        legs = [leg for leg in d["legs"]]
        if legs:
            out += w.h2(cat["logistics"])
            for leg in legs:
                z = leg["timezone"]
                head = w.org_markup(leg["city"], leg["city_native"], bold=True) + \
                    f" \u2014 {w.m(w.country(leg['country']), True)}"
                facts = w.facts([
                    (cat["arrival"], self._when(leg["arrive"], z)),
                    (cat["departure"], self._when(leg["depart"], z)),
                    (cat["time_zone"], cat.zone_description(z, datetime.fromisoformat(leg["arrive"]), self.home)),
                    (cat["hotel"], leg["hotel"]),
                    (cat["embassy"], leg["embassy"]),
                    (cat["emergency"], leg["emergency"]),
                    (cat["practical_notes"], leg["notes"]),
                ], self.width)
                # a stay's heading and its rows together: never two rows stranded on a page
                out.append(KeepTogether(w.h3(head) + ([facts] if facts is not None else [])))
        return out

    def points_outstanding(self) -> list[str]:
        """What is still to be settled, in one list (working edition): the meetings awaiting
        confirmation, the posts whose holder is not named yet, and every field of the mission, its
        stays, meetings and people that says it is to be confirmed."""
        d, cat = self.d, self.cat
        out = []
        for m in unconfirmed(d["meetings"]):
            when = self.cat.date(datetime.fromisoformat(m["start"]).date())
            out.append(cat("awaiting_confirmation", title=f"{m['title']} ({when})", status=cat.status(m["status"])))

        def said(where: str, label: str, text) -> None:
            if text and _TO_CONFIRM.search(str(text)):
                out.append(cat("to_confirm_field", where=f"{where}, {label.lower()}" if label else where,
                               text=" ".join(str(text).split())))

        said(d["title"], cat["mission_notes"], d.get("notes"))
        for leg in d["legs"]:
            for key in ("hotel", "embassy", "emergency", "notes"):
                said(leg["city"], cat["practical_notes" if key == "notes" else key], leg.get(key))
            if not (leg.get("hotel") or "").strip() and stay_for_night(d, in_zone(
                    datetime.fromisoformat(leg["arrive"]), leg["timezone"]).date()) is leg:
                out.append(cat("stay_without_hotel", city=leg["city"]))
        for m in d["meetings"]:
            for key in ("venue", "address", "arrangements"):
                said(m["title"], cat[key], m.get(key))
        seen = set()
        for p in [*d["delegation"], *d["people"]]:
            if p["id"] in seen:
                continue
            seen.add(p["id"])
            if p.get("kind") == "position":
                out.append(p.get("name") or "")
            for key in ("mobile", "phone", "email"):
                said(p.get("name") or "", cat[key], p.get(key))
        return [x for x in dict.fromkeys(out) if x]

    def _when(self, iso_text: str, zone_name: str) -> str:
        t = in_zone(datetime.fromisoformat(iso_text), zone_name)
        return f"{self.cat.date(t.date(), 'full')}, {t:%H:%M}"

    def key_figures(self) -> list:
        d, cat, w = self.d, self.cat, self.w
        items = []
        days = (date.fromisoformat(d["end"]) - date.fromisoformat(d["start"])).days + 1
        cities = ", ".join(dict.fromkeys(leg["city"] for leg in d["legs"]))
        live = [m for m in d["meetings"] if m["status"] != "cancelled"]
        items.append(w.m(cat("fig_days", days=cat.plural("n_days", days), cities=cities) if cities
                         else cat.plural("n_days", days)))
        if live:
            items.append(w.m(cat.plural("fig_meetings", len(live))))
        cps = {c["id"] for m in live for c in m["counterparts"] if c}
        orgs = {self.people[c]["organization_id"] for c in cps
                if c in self.people and self.people[c]["organization_id"]}
        if cps:
            who = cat.plural("n_counterparts", len(cps))
            items.append(w.m(cat("fig_counterparts", counterparts=who,
                                 organizations=cat.plural("n_organizations", len(orgs))) if orgs else who))
        countries = {leg["country"] for leg in d["legs"]}
        for o in d["organizations"]:
            if o["country"] not in countries and o["id"] not in orgs:
                continue
            for sentence in _SENTENCE_END.split(o["description"] or ""):
                sentence = sentence.strip()
                if re.search(r"\d", sentence) and not re.fullmatch(r"[\d\s./-]*", sentence):
                    items.append(f"<b>{w.org_markup(o['name'], '', True)}</b>{w.m(cat['colon'])}{w.m(sentence)}")
        items = [i for i in items if i]
        return [self._bullet_markup(i) for i in items]

    def _bullet_markup(self, markup: str):
        para = self.w.raw(markup, self.st.bullet)
        para.bulletText = "\u2022"
        return para

    def host_agreements(self) -> list[dict]:
        countries = {leg["country"] for leg in self.d["legs"]}
        host = {o["id"] for o in self.d["organizations"] if o["country"] in countries}
        live = [a for a in self.d["agreements"] if a["status"] == "in-force"]
        return [a for a in live if {p["id"] for p in a["parties"]} & host]

    def agreement(self, a: dict) -> list:
        cat, w = self.cat, self.w
        bits = [w.m(cat.status(a["status"]))]
        if a["signed"]:
            key = "signed_about" if a["signed_approximate"] else "signed"
            bits.append(w.m(cat(key, date=cat.date(a["signed"]))))
        if a["expires"]:
            bits.append(w.m(cat("expires", date=cat.date(a["expires"]))))
        parties = "; ".join(w.org_markup(o["name"], o["native_name"]) for o in a["parties"])
        signatories = "; ".join(w.person_markup(p, bold=False) for p in a["signatories"] if p)
        out = [KeepTogether([
            w.raw(f"<b>{w.m(a['title'], True)}</b> \u2014 " + ", ".join(bits), self.st.body_tight),
        ] + ([w.raw(f"{w.m(cat['parties'] + cat['colon'])}{parties}", self.st.small)] if parties else [])
          + ([w.raw(f"{w.m(cat['signatories'] + cat['colon'])}{signatories}", self.st.small)]
             if signatories else []))]
        out += w.paras(a["scope"]) + w.paras(a["notes"], self.st.small)
        out.append(Spacer(1, 3))
        return out

    # Itinerary -----------------------------------------------------------------------------------

    def itinerary(self) -> list:
        d, cat, w = self.d, self.cat, self.w
        out = [w.h1(cat["itinerary"])]
        # Each problem is flagged once, under the last meeting it names (where the clash shows);
        # problems about no meeting of this itinerary are listed at the top.
        by_meeting: dict[str, list[dict]] = {}
        own = {m["id"] for m in d["meetings"]}
        loose = []
        for pr in self.problems:
            ids = [i for i in pr.get("meeting_ids") or [] if i in own]
            if ids:
                by_meeting.setdefault(ids[-1], []).append(pr)
            else:
                loose.append(pr)
        if self.problems:
            out.append(w.p(cat.plural("problems_count", len(self.problems)), self.st.flag_error))
        for pr in loose:
            sev = pr.get("severity", "warning")
            style = self.st.flag_error if sev == "error" else self.st.flag_warning
            out.append(w.raw(f"<b>{w.m(self._severity(sev))}</b>{cat['flag_colon']}{w.m(cat.problem(pr))}", style))
        days: dict[date, list[tuple]] = {}  # local day -> (UTC instant, what, record), in time order
        for m in d["meetings"]:
            start = datetime.fromisoformat(m["start"])
            days.setdefault(start.date(), []).append((start, "meeting", m))
        for t in d.get("travel", []):
            leaves = datetime.fromisoformat(t["depart"]["departure_zone"])
            lands = datetime.fromisoformat(t["arrive"]["arrival_zone"])
            days.setdefault(leaves.date(), []).append((leaves, "travel", t))
            if lands.date() != leaves.date():  # an overnight flight is also on the day it lands
                days.setdefault(lands.date(), []).append((lands, "landing", t))
        for leg in d["legs"]:
            for key in ("check_in", "check_out"):
                if leg.get(key):
                    at = datetime.fromisoformat(leg[key])
                    days.setdefault(at.date(), []).append((at, key, leg))
        for events in days.values():
            events.sort(key=lambda e: e[0])
        start, end = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
        all_days = sorted(set(days) | {start + timedelta(n) for n in range((end - start).days + 1)}) \
            if (end - start).days < 60 else sorted(days)
        widths = self._cols(0.15, 0.15, 0.2, 0.28, 0.22)
        header = [cat["local_time"], cat("home_time", zone=cat.zone_city(self.home)), f"{cat['city']} / {cat['venue']}",
                  cat["meeting"], cat["counterparts"]]
        for day in all_days:
            text = cat.day_heading(day)
            city = self._city_on(day)
            if city:
                text += f" \u2014 {city}"
            heading = w.mark(w.p(text, self.st.day), 1, text, toc=False)
            events = days.get(day, [])
            if not events:
                out.append(KeepTogether([heading, w.p(cat["no_meetings_day"], self.st.small)]))
                continue
            rows, extra = [], []
            for _at, what, m in events:
                if what != "meeting":
                    rows.append(self._trip_row(what, m, widths))
                    continue
                local = w.span(m["start"], m["end"], m["timezone"])
                home = w.span(m["start"], m["end"], self.home,
                              with_date=in_zone(datetime.fromisoformat(m["start"]), self.home).date() != day)
                if len(m["venue"]) > LONG_PARAGRAPH:
                    place = [w.p(m["city"], self.st.cell), *w.paras(m["venue"], self.st.cell)]
                elif m["venue"]:
                    place = w.raw(w.m(m["city"]) + f"<br/>{w.m(m['venue'])}", self.st.cell)
                else:
                    place = w.cell(m["city"], widths[2])
                title = f"<b>{w.m(m['title'], True)}</b>"
                if m["status"] not in ("confirmed", "held"):
                    title += f"<br/><font color='#8a5a00'>{w.m(cat.status(m['status']))}</font>"
                kind = m.get("kind") or "meeting"
                if kind != "meeting" or m.get("dress_code"):
                    said = [cat.status(kind, "ek")] if kind != "meeting" else []
                    if m.get("dress_code"):
                        said.append(f"{cat['dress_code']}{cat['flag_colon']}{m['dress_code']}")
                    title += f"<br/><i>{w.m(' · '.join(said))}</i>"
                title_cell = w.raw(title, self.st.cell) if title != f"<b>{w.m(m['title'], True)}</b>" \
                    else w.p(m["title"], self.st.cell_bold)
                rows.append([local, home, place, title_cell, w.people_cell(m["counterparts"])])
                if self._changed(m, ITINERARY_CHANGES):  # row len(rows): the header is row 0
                    extra += row_bar(len(rows))
                for pr in by_meeting.get(m["id"], []):
                    sev = pr.get("severity", "warning")
                    style = self.st.flag_error if sev == "error" else self.st.flag_warning
                    label = self._severity(sev)
                    rows.append([w.raw(f"\u25b2 <b>{w.m(label)}</b>{cat['flag_colon']}{w.m(cat.problem(pr))}", style),
                                 "", "", "", ""])
                    extra += flag_row_style(len(rows), sev)
            out += [KeepTogether([heading, *w.tables(header, rows, widths, extra_style=extra)])]
        return out

    def timeline(self) -> list:
        """The trip at a glance: a vector drawing per group of days (briefing/timeline_page.py)."""
        from .timeline_page import timeline_drawings

        cat, w = self.cat, self.w
        out = [w.h1(cat["timeline"]), w.p(cat["timeline_note"], self.st.small), Spacer(1, 4)]
        for drawing in timeline_drawings(self.d["timeline"], self.width, w.fonts, cat):
            out += [drawing, Spacer(1, 6)]
        return out

    def _trip_row(self, what: str, item: dict, widths: list[float]) -> list:
        """An itinerary row for a journey (on the day it leaves, and again on the day it lands when
        that is another day) or a hotel check-in or check-out."""
        cat, w = self.cat, self.w
        if what in ("check_in", "check_out"):
            at = item[what]
            hotel = item.get("hotel") or item["city"]
            place = "\n".join(x for x in (item["city"], item.get("hotel_address"), item.get("hotel_phone")) if x)
            return [_clock(at, item["timezone"]), _clock(at, self.home),
                    w.cell(place, widths[2]), w.p(cat(what, hotel=hotel), self.st.cell), ""]
        leaves, lands = item["depart"]["departure_zone"], item["arrive"]["arrival_zone"]
        ends = [" ".join(x for x in (place, f"({code})" if code else "",
                                     cat("terminal", t=term) if term else "") if x)
                for place, code, term in ((item["from_place"], item["from_code"], item["from_terminal"]),
                                          (item["to_place"], item["to_code"], item["to_terminal"]))]
        service = " ".join(x for x in (cat.status(item["kind"], "tk"), item.get("number")) if x)
        if item.get("carrier"):
            service += f" ({item['carrier']})"
        shift = item.get("day_shift", 0)
        note = {0: "", 1: cat["arrives_next_day"], -1: cat["arrives_day_before"]}.get(shift)
        if note is None:
            note = cat.plural("arrives_days_later", shift) if shift > 0 else \
                cat.plural("arrives_days_before", -shift)
        if what == "landing":
            title = f"<b>{w.m(cat('arrives', place=ends[1]), True)}</b><br/>{w.m(service)}"
        else:
            title = f"<b>{w.m(service, True)}</b>"
            extras = [note] if note else []
            if item.get("booking_ref"):
                extras.append(cat("booking", ref=item["booking_ref"]))
            if item.get("seat"):
                extras.append(cat("seat", seat=item["seat"]))
            if extras:
                title += f"<br/><i>{w.m(' · '.join(extras))}</i>"
        local = f"{_clock(leaves, item['from_timezone'])} \u2192 {_clock(lands, item['to_timezone'])}"
        home = f"{_clock(item['depart']['utc'], self.home)} \u2192 {_clock(item['arrive']['utc'], self.home)}"
        return [w.p(local, self.st.cell), w.p(home, self.st.cell), w.p(f"{ends[0]} \u2192 {ends[1]}", self.st.cell),
                w.raw(title, self.st.cell), w.p(", ".join(item.get("travellers") or []), self.st.cell)]

    def _severity(self, sev: str) -> str:
        return self.cat["severity_" + sev] if sev in ("error", "warning", "info") else sev

    def _city_on(self, day: date) -> str:
        cities = []
        for leg in self.d["legs"]:
            a = in_zone(datetime.fromisoformat(leg["arrive"]), leg["timezone"]).date()
            b = in_zone(datetime.fromisoformat(leg["depart"]), leg["timezone"]).date()
            if a <= day <= b and leg["city"] not in cities:
                cities.append(leg["city"])
        return " / ".join(cities)

    # Meeting briefs ------------------------------------------------------------------------------

    def _meeting_marks(self, i: int, m: dict) -> tuple:
        """The bookmarks of meeting brief `i`: the section's (first brief only), the brief's."""
        section = self.w.reserve(0, self.cat["meeting_briefs"]) if i == 0 else None
        return section, self.w.reserve(1, self.cat("meeting_n", n=i + 1, title=m["title"]))

    def meeting(self, i: int, m: dict, marks: tuple) -> list:
        cat, w = self.cat, self.w
        section, brief = marks
        out: list = []
        kicker = w.p(cat["meeting_briefs"].upper(), self.st.label)
        if section:
            w.mark_reserved(kicker, section)
        out.append(kicker)
        head = w.mark_reserved(w.p(brief[1], self.st.h1), brief)
        out.append(running_head(progress_mark(head, i), brief[1]))
        start = datetime.fromisoformat(m["start"])
        out += self._bars(m, ("time", "title"), [w.p(cat.day_heading(start.date()) + f" \u00b7 {m['city']}",
                                                      self.st.small)])
        out.append(w.rule(thickness=0.8, space=3))
        if m["reason"] or m.get("requested_by"):
            out += self._bars(m, ("reason",), w.h2(cat["reason"]) + w.paras(m["reason"]))
            if m.get("requested_by"):
                out.append(w.p(cat("requested_by", who=m["requested_by"])))
        cps = [c for c in m["counterparts"] if c]
        facts = w.facts([
            (cat["date"], cat.date(start.date(), "full")),
            (cat["local_time"], w.span(m["start"], m["end"], m["timezone"])),
            (cat["time_zone"], cat.zone_description(m["timezone"], start, self.home)),
            (cat("home_time", zone=cat.zone_city(self.home)), w.span(m["start"], m["end"], self.home, with_date=True)),
            (cat["city"], m["city"]),
            (cat["venue"], m["venue"]),
            (cat["address"], m["address"]),
            (cat["status"], cat.status(m["status"])),
            (cat["kind"], cat.status(m.get("kind") or "meeting", "ek")),
            (cat["dress_code"], m.get("dress_code") or ""),
            (cat["counterparts"], w.people_cell(cps) if cps else ""),
            (cat["our_delegation"], w.people_cell(m["delegation"]) if m["delegation"] else ""),
            (cat["arrangements"], m["arrangements"]),
        ], self.width)
        out += w.h2(cat["practical"]) + self._bars(m, ("time", "status"), [facts])
        if m["objectives"]:
            out += self._bars(m, ("objectives",), w.h2(cat["objectives"]) + w.paras(m["objectives"]))
        if m["talking_points"]:
            out += self._bars(m, ("talking_points",),
                              w.h2(cat["points_to_make"]) + w.bullets(m["talking_points"], numbered=True))
        if m["if_raised"]:
            raised = len(out)
            out += w.h2(cat["if_raised"])
            for item in m["if_raised"]:
                out.append(w.p(item.get("topic", ""), self.st.h3))
                out += w.paras(item.get("line", ""), self.st.bullet)
            out[raised:] = self._bars(m, ("if_raised",), out[raised:])
        if m["background"]:
            out += self._bars(m, ("background",), w.h2(cat["background"]) + w.paras(m["background"]))
        if cps:
            out += w.h2(cat["personality_notes"])
            for c in cps:
                out += self.person_note(self.people.get(c["id"], c))
            orgs = []
            for c in cps:
                oid = c.get("organization_id")
                if oid and oid in self.orgs and oid not in [o["id"] for o in orgs]:
                    orgs.append(self.orgs[oid])
            profiles = [o for o in orgs if o["description"] or o["native_name"] or o["website"]]
            if profiles:
                out += w.h2(cat["organization_profile"])
                for o in profiles:
                    out += self.org_profile(o)
        if m.get("agreements"):
            out += w.h2(cat["agreements"])
            for a in m["agreements"]:
                out += self.agreement(a)
        if m.get("past"):
            out += w.h2(cat["past_interactions"])
            for h in m["past"]:
                line = (f"<b>{w.m(cat.date(h['date']), True)}</b> \u2014 {w.m(h['mission'] + cat['colon'])}"
                        f"{w.m(h['title'])}")
                if h["names"]:
                    line += f" ({w.m(', '.join(h['names']))})"
                out.append(w.raw(line, self.st.body_tight))
                out += w.paras(h["outcome"], self.st.bullet)
                out += w.bullets(h["decisions"])
        if m.get("open_followups") and self.working:  # follow-up tracking: the private office's
            out += w.h2(cat["open_followups"])
            out.append(self.followup_table(m["open_followups"]))
        return out

    def _bars(self, m: dict, what: tuple[str, ...], flowables: list) -> list:
        """`flowables` with change bars when the meeting changed in `what` (or is new) since the
        version this pack supersedes."""
        return beside(flowables, self._changed(m, what))

    def _changed(self, m: dict, what: tuple[str, ...]) -> bool:
        """Whether the meeting is new or changed in `what` since the version this pack supersedes
        (what the "Changes since" page lists, worked out once in pack_version.py)."""
        version = self.control.get("pack_version")
        return bool(version and version.changed(m["id"], *what))

    def person_note(self, p: dict) -> list:
        cat, w = self.cat, self.w
        native = p.get("native_name") or ""
        if native and p.get("name_order") == "eastern":
            native += f" ({cat['family_name_first']})"
        org = p.get("organization") or ""
        if org and p.get("organization_native"):
            org = f"{org} ({p['organization_native']})"
        rows = [
            (cat["native_name"], native),
            (cat["title_org"], " \u2014 ".join(x for x in (p.get("title") or "", org) if x)),
            (cat["form_of_address"], p.get("form_of_address") or ""),
            (cat["pronunciation"], p.get("pronunciation") or ""),
        ]
        photo = self._photo(p)
        facts = w.facts(rows, self.width - (32 * mm if photo else 0))
        out = [CondPageBreak(22 * mm), w.p(w.person_text(p), self.st.h3)]
        if photo is not None:
            block = Table([[photo, facts or ""]], colWidths=[32 * mm, self.width - 32 * mm],
                          hAlign="LEFT")
            w.styled(block, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
            out.append(block)
        elif facts is not None:
            out.append(facts)
        if p.get("biography"):
            out.append(Spacer(1, 3))
            out += w.paras(p["biography"])
        return out

    def _photo(self, p: dict):
        data = self.d["photos"].get(p.get("id"))
        if not data:
            return None
        try:
            img = Image(io.BytesIO(data))
            iw, ih = img.imageWidth, img.imageHeight
            scale = min(28 * mm / iw, 36 * mm / ih)
            img.drawWidth, img.drawHeight = iw * scale, ih * scale
            img.hAlign = "LEFT"
            return img
        except Exception:  # an unreadable image must not stop the pack
            self.extra_warnings.append(f"the photo of {p.get('name')} could not be read and was left out")
            return None

    def org_profile(self, o: dict) -> list:
        cat, w = self.cat, self.w
        out = w.h3(w.org_markup(o["name"], o["native_name"], True))
        meta = [cat.status(o["kind"], "ok") if o["kind"] else "", o["city"], w.country(o["country"])]
        meta_text = " \u00b7 ".join(x for x in meta if x)
        if meta_text:
            out.append(w.p(meta_text, self.st.small))
        out += w.paras(o["description"])
        if o["website"]:
            out.append(w.p(o["website"], self.st.small))
        return out

    def followup_table(self, items: list[dict]):
        cat, w = self.cat, self.w
        rows = []
        for f in items:
            due = cat.date(f["due"]) if f["due"] else ""
            due_cell = w.raw(w.m(due) + f"<br/><font color='#a4161a'><b>{w.m(cat['overdue'], True)}"
                             f"</b></font>", self.st.cell) if f["overdue"] and self.working else due
            rows.append([f["action"], w.p(w.person_text(f["owner"]), self.st.cell)
                         if f["owner"] else "", due_cell])
        return w.table([cat["action"], cat["owner"], cat["due"]], rows, self._cols(0.56, 0.26, 0.18))

    # Annexes -------------------------------------------------------------------------------------

    def annexes(self) -> list:
        d, cat, w = self.d, self.cat, self.w
        out = [running_head(w.h1(cat["annexes"]), None)]
        if d["people"]:
            out += w.h2(cat["annex_people"], level=1, toc=True)
            widths = self._cols(0.28, 0.34, 0.38)
            for heading, group in zip((cat["our_delegation"], cat["hosts_and_counterparts"]), self.annex_groups(),
                                      strict=True):
                if not group:
                    continue
                rows = []
                for p in group:
                    honorific = p.get("honorific") or ""
                    name = w.p((f"{honorific} " if honorific else "") + w.person_text(p), self.st.cell_bold)
                    org = p.get("organization") or ""
                    # How to greet and say the name, and who they are: what an official needs before
                    # shaking a hand, for everyone in the annex (not only those with a meeting brief).
                    said = [f"<font color='#5f6b7a'>{w.m(self.cat('contact_label', label=cat[key]))}</font> "
                            f"{w.m(p[key])}" for key in ("form_of_address", "pronunciation") if p.get(key)]
                    bio = [f"<i>{w.m(p['biography'])}</i>"] if p.get("biography") and p["id"] not in self.noted else []
                    title = w.raw("<br/>".join(x for x in (w.m(p.get("title") or ""),
                                                           w.org_markup(org, p.get("organization_native") or ""),
                                                           *said, *bio)
                                               if x), self.st.cell)
                    contact = self._contact([(cat["mobile"], p.get("mobile")), (cat["phone"], p.get("phone")),
                                             (cat["email"], p.get("email"))], widths[2])
                    rows.append([name, title, contact])
                out += [CondPageBreak(30 * mm), w.p(heading, self.st.h3),
                        *w.tables([cat["name"], cat["title_org"], cat["contact"]], rows, widths)]
        if d["organizations"]:
            out += w.h2(cat["annex_orgs"], level=1, toc=True)
            rows = []
            for o in d["organizations"]:
                name = w.raw(f"<b>{w.m(o['name'], True)}</b>" + (f"<br/>{w.m(o['native_name'])}"
                                                                 if o["native_name"] else ""), self.st.cell)
                kind = [cat.status(o["kind"], "ok").capitalize() if o["kind"] else "",
                        ", ".join(x for x in (o["city"], w.country(o["country"])) if x)]
                place = "<br/>".join(w.m(x) for x in kind + [o["address"]] if x)
                contact = self._contact([(cat["website"], o["website"]), (cat["email"], o["email"]),
                                         (cat["phone"], o["phone"])], self.width * 0.38)
                rows.append([name, w.raw(place, self.st.cell), contact])
            out += w.tables([cat["name"], cat["kind_city"], cat["contact"]], rows,
                            self._cols(0.28, 0.34, 0.38))
        return out

    def _contact(self, items, width: float):
        """A contact cell: "Mobile: +32 470 12 34 56" a line each, the number or address never
        broken (on the line under its label when the two do not fit side by side)."""
        w, size = self.w, self.st.cell.fontSize
        room = width - CELL_PADDING
        lines = []
        for label, value in items:
            if not value:
                continue
            label = self.cat("contact_label", label=label)
            value = " ".join(str(value).split())
            shown = f"<font color='#5f6b7a'>{w.m(label)}</font>"
            if w.fonts.string_width(f"{label} {value}", size) <= room:
                lines.append(f"{shown} {w.unbroken(value, room)}")
            else:
                lines.append(f"{shown}<br/>{w.unbroken(value, room)}")
        return w.raw("<br/>".join(lines), self.st.cell)

    def annex_groups(self) -> tuple[list[dict], list[dict]]:
        """The annex's people in two groups, each by organization, then family and given name: our
        delegation (the head of mission, the members, our side of each meeting, and people of our
        side's organizations' countries who sit across no table), then the hosts and counterparts."""
        d = self.d
        ours = {p["id"] for p in [d["lead"], *d["delegation"]] if p}
        ours |= {p["id"] for m in d["meetings"] for p in m["delegation"] if p}
        across = {p["id"] for m in d["meetings"] for p in m["counterparts"] if p}

        def country(p):
            org = self.orgs.get(p.get("organization_id"))
            return org["country"] if org else None

        home = {country(p) for p in d["people"] if p["id"] in ours} - {None}
        ours |= {p["id"] for p in d["people"] if p["id"] not in across and country(p) in home}

        def order(p):
            family = p.get("family_name") or p.get("name") or ""
            return (not p.get("organization"), _fold(p.get("organization") or ""), _fold(family),
                    _fold(p.get("given_name") or ""))

        people = sorted(d["people"], key=order)
        return [p for p in people if p["id"] in ours], [p for p in people if p["id"] not in ours]

    def _cols(self, *fractions: float) -> list[float]:
        return [self.width * f for f in fractions]


__all__ = ["ALL_SECTIONS", "MAX_PACK_MEETINGS", "build_briefing"]
