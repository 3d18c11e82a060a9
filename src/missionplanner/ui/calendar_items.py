"""What the calendar grid shows, as plain data: the days (each on its own local clock) and the blocks.

A day is one local date of the trip in the zone the traveller is in that day (services/timeline's
band zone: the zone of the last arrival that day), so a week of Tokyo then Seoul days has each
column on its own watch. A block is a meeting or a travel segment with its UTC instants; where it
falls in a day is read on that day's clock, so an overnight flight shows on the evening it leaves and
again on the morning it lands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY_MINUTES = 24 * 60
SNAP_MINUTES = 5


@dataclass
class Day:
    date: date
    zone: str
    home_zone: str

    def midnight(self) -> datetime:
        return datetime.combine(self.date, time(0), tzinfo=ZoneInfo(self.zone))

    def minute_of(self, instant: datetime) -> int:
        """Minutes since this day's local midnight on its clock (negative before, past 1440 after)."""
        local = instant.astimezone(ZoneInfo(self.zone))
        return (local.date() - self.date).days * DAY_MINUTES + local.hour * 60 + local.minute

    def instant_at(self, minute: int) -> datetime:
        """The UTC instant this day's clock reads `minute` minutes after its midnight."""
        local = datetime.combine(self.date, time(0)) + timedelta(minutes=minute)
        return local.replace(tzinfo=ZoneInfo(self.zone)).astimezone(UTC)

    def home_time(self, minute: int) -> datetime:
        return self.instant_at(minute).astimezone(ZoneInfo(self.home_zone))


@dataclass
class Block:
    type: str                 # "meeting" | "travel"
    id: str
    label: str
    start: datetime           # aware UTC
    end: datetime
    zone: str                 # a meeting's venue zone; a segment's departure zone
    end_zone: str
    kind: str = "meeting"
    status: str = ""
    row: dict = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)

    @property
    def movable(self) -> bool:
        return self.type == "meeting"


def _instant(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def calendar_days(detail: dict, timeline: dict | None) -> list[Day]:
    """The mission's dates, and the travel days around them, each in the zone of that day."""
    home = detail["home_timezone"]
    zones = {band["date"]: band["zone"] for band in (timeline or {}).get("bands", [])}
    first, last = date.fromisoformat(detail["start"]), date.fromisoformat(detail["end"])
    if zones:
        first, last = min(first, min(zones)), max(last, max(zones))
    days, zone_name, day = [], home, first
    while day <= last:
        zone_name = zones.get(day, zone_name)
        days.append(Day(day, zone_name, home))
        day += timedelta(days=1)
    return days


def blocks_of(detail: dict, travel: list[dict]) -> list[Block]:
    out = []
    for m in detail["meetings"]:
        out.append(Block("meeting", m["id"], m["title"], _instant(m["start"]).astimezone(UTC),
                         _instant(m["end"]).astimezone(UTC), m["timezone"], m["timezone"],
                         kind=m.get("kind") or "meeting", status=m.get("status", ""), row=m))
    for s in travel:
        codes = f"{s.get('from_code') or s.get('from_place')}→{s.get('to_code') or s.get('to_place')}"
        out.append(Block("travel", s["id"], f"{s.get('number') or ''} {codes}".strip(),
                         _instant(s["depart"]).astimezone(UTC), _instant(s["arrive"]).astimezone(UTC),
                         s["from_timezone"], s["to_timezone"], kind=s.get("kind") or "flight", row=s))
    out.sort(key=lambda b: (b.start, b.type != "travel"))
    return out


def attach_problems(blocks: list[Block], problems: list[dict]) -> None:
    """Each block gets the problems that name it (meetings by id, travel by segment id)."""
    for b in blocks:
        key = "meeting_ids" if b.type == "meeting" else "segment_ids"
        b.problems = [p for p in problems if b.id in (p.get(key) or [])]


@dataclass
class Piece:
    block: Block
    top: int                  # minutes on the day's clock, clipped to 0..1440
    bottom: int
    lane: int = 0
    lanes: int = 1


def day_pieces(day: Day, blocks: list[Block]) -> list[Piece]:
    """The blocks that fall on `day`, clipped to it, each with a lane among those it overlaps."""
    pieces = []
    for b in blocks:
        top, bottom = day.minute_of(b.start), day.minute_of(b.end)
        if bottom <= 0 or top >= DAY_MINUTES:
            continue
        pieces.append(Piece(b, max(0, top), min(DAY_MINUTES, bottom)))
    pieces.sort(key=lambda p: (p.top, -p.bottom))
    # Lanes per cluster of overlapping pieces, so a lone meeting keeps the whole width.
    cluster: list[Piece] = []
    ends: list[int] = []
    for p in pieces + [None]:
        if p is None or (cluster and p.top >= max(c.bottom for c in cluster)):
            for c in cluster:
                c.lanes = len(ends)
            cluster, ends = [], []
        if p is None:
            break
        for lane, end in enumerate(ends):
            if end <= p.top:
                ends[lane], p.lane = p.bottom, lane
                break
        else:
            ends.append(p.bottom)
            p.lane = len(ends) - 1
        cluster.append(p)
    return pieces


def snap(minute: float) -> int:
    return int(round(minute / SNAP_MINUTES)) * SNAP_MINUTES


def shifted_by_days(block: Block, days: int) -> tuple[datetime, datetime]:
    """The meeting a number of days later on its venue's wall clock, its length kept."""
    zone = ZoneInfo(block.zone)
    local = block.start.astimezone(zone).replace(tzinfo=None) + timedelta(days=days)
    start = local.replace(tzinfo=zone).astimezone(UTC)
    return start, start + (block.end - block.start)


def wall_text(instant: datetime, zone_name: str) -> str:
    """The instant as the venue's wall clock with its offset (what meetings.update reads unambiguously)."""
    return instant.astimezone(ZoneInfo(zone_name)).isoformat(timespec="minutes")
