"""The front of the pack, what a minister reads first: key messages for the whole trip, a page per
day of the mission (the day at a glance) and the contacts of the trip.

The day pages are also the pocket card (briefing/pocket_card.py): the same flowables on a small
page. Everything here is a few tables per day, made from the data the pack already holds (no
query of its own), so it costs little beside the meeting briefs.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from ..services.timeutil import in_zone, zone

# Days with nothing on them are still given a page up to this many days (as the itinerary); a
# longer mission gets a page only for its days with something on them.
MAX_EMPTY_DAYS = 60
# Who on our side keeps the phone on at night when the mission names no duty officer, and who
# receives us on the host's side: read from the roles and titles held, in the three languages.
_DUTY = re.compile(r"duty|permanence|permanentie|wachtdienst|piket", re.IGNORECASE)
_PROTOCOL = re.compile(r"protoc", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def key_messages(d: dict) -> list[str]:
    """The trip's key messages: those the mission holds, else its objectives, a message a line (a
    one-paragraph text a sentence each): offices without key messages write them there."""
    held = [" ".join(x.split()) for x in d.get("key_messages") or [] if x.strip()]
    if held:
        return held
    lines = [" ".join(x.split()) for x in (d.get("objectives") or "").splitlines() if x.strip()]
    if len(lines) == 1:
        lines = [x for x in _SENTENCES.split(lines[0]) if x.strip()]
    return [x.lstrip("-•* ").strip() for x in lines if x.lstrip("-•* ").strip()]


def day_events(d: dict) -> dict[date, list[tuple]]:
    """Local day -> (instant, what, record) in time order: meetings, journeys (on the day they
    leave, and on the day they land when another), hotel check-ins and check-outs."""
    days: dict[date, list[tuple]] = {}
    for m in d["meetings"]:
        start = datetime.fromisoformat(m["start"])
        days.setdefault(start.date(), []).append((start, "meeting", m))
    for t in d.get("travel", []):
        leaves = datetime.fromisoformat(t["depart"]["departure_zone"])
        lands = datetime.fromisoformat(t["arrive"]["arrival_zone"])
        days.setdefault(leaves.date(), []).append((leaves, "travel", t))
        if lands.date() != leaves.date():
            days.setdefault(lands.date(), []).append((lands, "landing", t))
    for leg in d["legs"]:
        for key in ("check_in", "check_out"):
            if leg.get(key):
                at = datetime.fromisoformat(leg[key])
                days.setdefault(at.date(), []).append((at, key, leg))
    for events in days.values():
        events.sort(key=lambda e: e[0])
    return days


def mission_days(d: dict, events: dict[date, list]) -> list[date]:
    start, end = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
    if (end - start).days < MAX_EMPTY_DAYS:
        return sorted(set(events) | {start + timedelta(n) for n in range((end - start).days + 1)})
    return sorted(events)


def _local_date(iso_text: str, zone_name: str) -> date:
    return in_zone(datetime.fromisoformat(iso_text), zone_name).date()


def stay_for_night(d: dict, day: date) -> dict | None:
    """The stay whose night follows `day` (arrived on or before it, leaving after it)."""
    for leg in d["legs"]:
        if _local_date(leg["arrive"], leg["timezone"]) <= day < _local_date(leg["depart"], leg["timezone"]):
            return leg
    return None


def stays_on(d: dict, day: date) -> list[dict]:
    return [leg for leg in d["legs"]
            if _local_date(leg["arrive"], leg["timezone"]) <= day <= _local_date(leg["depart"], leg["timezone"])]


class FrontMatter:
    """The front pages of `pack` (a briefing.pack._Pack: its data, writer, catalogue, width)."""

    def __init__(self, pack):
        self.pack = pack
        self.d, self.w, self.cat, self.st = pack.d, pack.w, pack.cat, pack.st
        self.home = pack.home
        self.time_style: ParagraphStyle | None = None  # the pocket card's smaller times
        self.time_w = 30 * mm

    # Key messages ---------------------------------------------------------------------------------

    def key_messages(self) -> list:
        messages = key_messages(self.d)
        if not messages:
            return []
        w = self.w
        out = [w.h1(self.cat["key_messages"])]
        if not any(x.strip() for x in self.d.get("key_messages") or []):
            out.append(w.p(self.cat["key_messages_note"], self.st.small))  # where they were taken from
        out.append(Spacer(1, 4))
        out += w.bullets(messages, numbered=True)
        return out

    # The day at a glance --------------------------------------------------------------------------

    def days(self, width: float, *, bookmarks: bool = True) -> list:
        """A page per day of the mission; `width`: the frame's (the pack's, or the pocket card's)."""
        events = day_events(self.d)
        out: list = []
        for n, day in enumerate(mission_days(self.d, events)):
            if n:
                out.append(PageBreak())
            out += self.day(day, events.get(day, []), width, first=n == 0 and bookmarks, bookmark=bookmarks)
        return out

    def day(self, day: date, events: list, width: float, *, first: bool = False, bookmark: bool = True) -> list:
        cat, w, st = self.cat, self.w, self.st
        cities = " / ".join(dict.fromkeys(leg["city"] for leg in stays_on(self.d, day)))
        kicker = w.p(cat["day_at_a_glance"].upper(), st.label)
        if first:
            w.mark(kicker, 0, cat["day_at_a_glance"])
        heading_text = cat.day_heading(day) + (f" \u2014 {cities}" if cities else "")
        heading = w.p(heading_text, st.h2)
        if bookmark:
            w.mark(heading, 1, heading_text, toc=False)
        out = [kicker, heading]
        stays = stays_on(self.d, day)
        if stays:
            zone_name = stays[-1]["timezone"]
            noon = datetime.combine(day, time(12), tzinfo=zone(zone_name))
            out.append(w.p(cat.zone_description(zone_name, noon, self.home), st.small))
        out.append(w.rule(thickness=0.8, space=3))
        narrow = width < 120 * mm  # the pocket card: the times set smaller, to stay on one line
        self.time_style = ParagraphStyle("GlanceTime", parent=st.cell, fontSize=6.8, leading=8.6) if narrow \
            else None
        self.time_w = 30 * mm if not narrow else 21 * mm
        rows = [self._row(what, item, day) for _at, what, item in events]
        if rows:
            time_w = self.time_w
            widths = [time_w, time_w, width - 2 * time_w]
            header = [cat["local_time"], cat("home_time", zone=cat.zone_city(self.home)), cat["glance_what"]]
            out += w.tables(header, rows, widths)
        else:
            out.append(w.p(cat["no_meetings_day"], st.small))
        night = stay_for_night(self.d, day)
        if night:
            hotel = night.get("hotel") or ""
            bits = [x for x in (night.get("hotel_address"), night.get("hotel_phone")) if x]
            text = cat("glance_hotel_tonight", hotel=hotel or cat["glance_no_hotel"])
            out += [Spacer(1, 2), KeepTogether([w.p(text, st.h3)] + ([w.p(" · ".join(bits), st.body_tight)]
                                                                     if bits else []))]
        return out

    def _time(self, text: str):
        """A time cell: the string itself where it fits (a table draws it: no paragraph to lay
        out), a smaller paragraph on the pocket card."""
        if self.time_style is not None:
            return self.w.p(text, self.time_style)
        return self.w.cell(text, self.time_w)

    def _row(self, what: str, item: dict, day: date) -> list:
        # Cells are one-line paragraphs (Writer.p: no markup parser) or strings: the front matter
        # must stay cheap beside the briefs (the bench's briefing row).
        cat, w, st = self.cat, self.w, self.st
        if what == "meeting":
            m = item
            local = w.span(m["start"], m["end"], m["timezone"])
            home = w.span(m["start"], m["end"], self.home,
                          with_date=_local_date(m["start"], self.home) != day)
            title = m["title"]
            if m["status"] not in ("confirmed", "held"):
                title += f" ({cat.status(m['status'])})"
            what_cell = [w.p(title, st.cell_bold)]
            place = ", ".join(x for x in (m.get("venue") or "", m.get("city") or "") if x)
            if place:
                what_cell.append(w.p(place, st.cell))
            who = [c for c in m["counterparts"] if c]
            if who:
                what_cell.append(w.p(f"{cat['glance_with']} " + "; ".join(w.person_text(c) for c in who), st.cell))
            return [self._time(local), self._time(home), what_cell]
        if what in ("check_in", "check_out"):
            at = item[what]
            hotel = item.get("hotel") or item["city"]
            return [self._time(_clock(at, item["timezone"])), self._time(_clock(at, self.home)),
                    w.p(cat(what, hotel=hotel), st.cell)]
        leaves, lands = item["depart"]["departure_zone"], item["arrive"]["arrival_zone"]
        service = " ".join(x for x in (cat.status(item["kind"], "tk"), item.get("number")) if x)
        route = f"{item['from_place']} \u2192 {item['to_place']}"
        if what == "landing":
            return [self._time(_clock(lands, item["to_timezone"])), self._time(_clock(item["arrive"]["utc"], self.home)),
                    [w.p(cat("arrives", place=item["to_place"]), st.cell_bold), w.p(service, st.cell)]]
        local = f"{_clock(leaves, item['from_timezone'])} \u2192 {_clock(lands, item['to_timezone'])}"
        home = f"{_clock(item['depart']['utc'], self.home)} \u2192 {_clock(item['arrive']['utc'], self.home)}"
        return [self._time(local), self._time(home), [w.p(service, st.cell_bold), w.p(route, st.cell)]]

    # Contacts --------------------------------------------------------------------------------------

    def contacts(self) -> list:
        """Who to call on the trip: our delegation (the duty officer first), each stay's hotel,
        embassy and emergency numbers, the host's protocol. Only what the database holds."""
        d, cat, w, pack = self.d, self.cat, self.w, self.pack
        out: list = []  # the heading (a bookmark and a contents line) only when there is something
        width = pack.width
        ours = [p for p in [d["lead"], *d["delegation"]] if p]
        named = d.get("duty_officer")
        if named:  # with the role and numbers the delegation, else the people, hold for them
            held = {p["id"]: p for p in [*d["people"], *d["delegation"]]}
            ours.insert(0, held.get(named["id"], named))
        fullest = {p["id"]: p for p in ours}  # the delegation's entry (with the role) over the lead's
        ours = [fullest[i] for i in dict.fromkeys(p["id"] for p in ours)]
        duty = ([p for p in ours if p["id"] == named["id"]] if named
                else [p for p in ours if _DUTY.search(p.get("role") or "")])
        if ours:
            widths = [width * 0.3, width * 0.28, width * 0.42]
            rows = []
            for p in duty + [p for p in ours if p not in duty]:
                role = p.get("role") or p.get("title") or ""
                if p in duty:
                    role = f"{cat['duty_officer']} \u2014 {role}" if role and not _DUTY.fullmatch(role) \
                        else cat["duty_officer"]
                rows.append([w.p(w.person_text(p), self.st.cell), role,
                             pack._contact([(cat["mobile"], p.get("mobile")), (cat["phone"], p.get("phone")),
                                            (cat["email"], p.get("email"))], widths[2])])
            out += [CondPageBreak(30 * mm), w.p(cat["our_delegation"], self.st.h2),
                    *w.tables([cat["name"], cat["role"], cat["contact"]], rows, widths)]
        for leg in d["legs"]:
            hotel = "\n".join(x for x in (leg.get("hotel"), leg.get("hotel_address"), leg.get("hotel_phone")) if x)
            facts = w.facts([(cat["hotel"], hotel), (cat["embassy"], leg.get("embassy") or ""),
                             (cat["emergency"], leg.get("emergency") or "")], width)
            if facts is None:
                continue
            head = w.raw(w.org_markup(leg["city"], leg.get("city_native") or "", bold=True)
                         + f" \u2014 {w.m(w.country(leg['country']), True)}", self.st.h3)
            out.append(KeepTogether([head, facts]))
        ours_ids = {p["id"] for p in ours}
        protocol = [p for p in d["people"] if p["id"] not in ours_ids
                    and (_PROTOCOL.search(p.get("title") or "") or _PROTOCOL.search(p.get("organization") or ""))]
        if protocol:
            widths = [width * 0.3, width * 0.32, width * 0.38]
            rows = [[w.p(w.person_text(p), self.st.cell),
                     w.raw("<br/>".join(w.m(x) for x in (p.get("title"), p.get("organization")) if x), self.st.cell),
                     pack._contact([(cat["mobile"], p.get("mobile")), (cat["phone"], p.get("phone")),
                                    (cat["email"], p.get("email"))], widths[2])] for p in protocol]
            out += [CondPageBreak(30 * mm), w.p(cat["host_protocol"], self.st.h2),
                    *w.tables([cat["name"], cat["title_org"], cat["contact"]], rows, widths)]
        return [w.h1(cat["contacts"]), *out] if out else []


def _clock(iso_text: str, zone_name: str | None = None) -> str:
    """"15:05 JST": an instant's wall clock in `zone_name` and the zone's abbreviation."""
    at = datetime.fromisoformat(iso_text.replace("Z", "+00:00"))
    if zone_name:
        at = in_zone(at, zone_name)
    name = at.tzname() or ""
    return f"{at:%H:%M} {name}" if name and not name.startswith(("+", "-", "UTC")) else f"{at:%H:%M}"


def front_matter(pack) -> list:
    """Key messages, the day at a glance (a page each day), contacts: each from a new page."""
    front = FrontMatter(pack)
    out: list = []
    for part in (front.key_messages(), front.days(pack.width), front.contacts()):
        if part:
            if out:
                out.append(PageBreak())
            out += part
    return out


__all__ = ["FrontMatter", "day_events", "front_matter", "key_messages", "mission_days", "stay_for_night"]
