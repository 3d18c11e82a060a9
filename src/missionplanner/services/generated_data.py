"""A large, realistic data set for benchmarks and for trying the app with years of data.

`generate(db, scale)` writes, at scale 1: 2,000 missions over fifteen years with legs in 34 cities and
time zones, about 100,000 meetings, 50,000 people (Japanese names in kanji, Korean names in hangul,
European names with accents), 5,000 organizations, 20,000 follow-ups, 500 agreements, with long texts,
participations, affiliations, and the search index. Smaller scales (0.01, 0.001) make small sets for
tests. The same seed always gives the same data.

Rows go in through SQLAlchemy Core `executemany` (one INSERT per table per batch), not ORM objects,
which is about ten times faster; the column types still apply (UTC datetimes, JSON lists), so the
values are the ones the services would store. Every meeting ends after it starts and lies inside its
mission's dates and its leg's stay.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import insert, select

from ..model import (
    Affiliation,
    Agreement,
    AuditEntry,
    FollowUp,
    Leg,
    Meeting,
    Mission,
    MissionMember,
    Organization,
    Participation,
    Person,
    SearchEntry,
    agreement_parties,
    agreement_signatories,
)
from ..model.base import Base
from ..store import search_index
from .timeutil import zone

BASE = {"missions": 2000, "meetings": 100_000, "people": 50_000, "organizations": 5000,
        "followups": 20_000, "agreements": 500}
BATCH = 5000
# Bumped when the generated data changes, so cached benchmark databases are made again.
GENERATOR_VERSION = 1

# city, native name, country, IANA zone
CITIES = [
    ("Tokyo", "東京", "JP", "Asia/Tokyo"), ("Osaka", "大阪", "JP", "Asia/Tokyo"),
    ("Nagoya", "名古屋", "JP", "Asia/Tokyo"), ("Kyoto", "京都", "JP", "Asia/Tokyo"),
    ("Yokohama", "横浜", "JP", "Asia/Tokyo"), ("Fukuoka", "福岡", "JP", "Asia/Tokyo"),
    ("Sapporo", "札幌", "JP", "Asia/Tokyo"), ("Seoul", "서울", "KR", "Asia/Seoul"),
    ("Busan", "부산", "KR", "Asia/Seoul"), ("Incheon", "인천", "KR", "Asia/Seoul"),
    ("Daegu", "대구", "KR", "Asia/Seoul"), ("Beijing", "北京", "CN", "Asia/Shanghai"),
    ("Shanghai", "上海", "CN", "Asia/Shanghai"), ("Singapore", "", "SG", "Asia/Singapore"),
    ("Mumbai", "", "IN", "Asia/Kolkata"), ("Dubai", "", "AE", "Asia/Dubai"),
    ("Hanoi", "", "VN", "Asia/Ho_Chi_Minh"), ("Jakarta", "", "ID", "Asia/Jakarta"),
    ("Sydney", "", "AU", "Australia/Sydney"), ("Auckland", "", "NZ", "Pacific/Auckland"),
    ("New York", "", "US", "America/New_York"), ("Chicago", "", "US", "America/Chicago"),
    ("San Francisco", "", "US", "America/Los_Angeles"), ("Toronto", "", "CA", "America/Toronto"),
    ("Mexico City", "", "MX", "America/Mexico_City"), ("São Paulo", "", "BR", "America/Sao_Paulo"),
    ("Santiago", "", "CL", "America/Santiago"), ("Casablanca", "", "MA", "Africa/Casablanca"),
    ("Nairobi", "", "KE", "Africa/Nairobi"), ("Johannesburg", "", "ZA", "Africa/Johannesburg"),
    ("Istanbul", "", "TR", "Europe/Istanbul"), ("Warszawa", "", "PL", "Europe/Warsaw"),
    ("Reykjavík", "", "IS", "Atlantic/Reykjavik"), ("Montréal", "", "CA", "America/Toronto"),
]
JP_FAMILY = [("Ohmura", "大村"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"),
             ("Watanabe", "渡辺"), ("Itō", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"),
             ("Kobayashi", "小林"), ("Katō", "加藤"), ("Yoshida", "吉田"), ("Yamada", "山田"),
             ("Sasaki", "佐々木"), ("Matsumoto", "松本"), ("Inoue", "井上"), ("Kimura", "木村"),
             ("Hayashi", "林"), ("Shimizu", "清水"), ("Ishikawa", "石川"), ("Fujita", "藤田")]
JP_GIVEN = [("Hideaki", "秀章"), ("Hiroshi", "博"), ("Takeshi", "健"), ("Akira", "明"),
            ("Yūko", "裕子"), ("Keiko", "恵子"), ("Haruto", "陽翔"), ("Sakura", "さくら"),
            ("Yui", "ゆい"), ("Kenji", "健二"), ("Naoki", "直樹"), ("Tomoko", "智子"),
            ("Daisuke", "大輔"), ("Emi", "恵美"), ("Shōta", "翔太"), ("Aoi", "あおい")]
KR_FAMILY = [("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"),
             ("Kang", "강"), ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"),
             ("Han", "한"), ("Oh", "오")]
KR_GIVEN = [("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-hoon", "지훈"), ("Ha-eun", "하은"),
            ("Do-yoon", "도윤"), ("Soo-ah", "수아"), ("Hyun-woo", "현우"), ("Ji-woo", "지우"),
            ("Jae-sung", "재성"), ("Eun-ji", "은지"), ("Sung-min", "성민"), ("Yu-na", "유나")]
EU_GIVEN = ["Cécile", "François", "Hélène", "Jérôme", "Zoë", "Björn", "Jürgen", "Åsa", "Marie",
            "Pieter", "Anaïs", "Joël", "Noémie", "Thibault", "Lotte", "Ségolène", "Maël", "Inès",
            "Wouter", "Ingrid", "Grégoire", "Agnès", "Dries", "Léa"]
EU_FAMILY = ["Jodogne", "Dupont", "Vandenberghe", "Lefèvre", "Müller", "Peeters", "Janssens",
             "Maes", "Dubois", "Lambert", "Desmet", "Van Damme", "Girard", "Fontaine", "Ørsted",
             "Nuñez", "Łukasik", "Renard", "De Smedt", "Mertens", "Claes", "Wouters", "Goossens",
             "Hermans"]
# A few surnames few people carry: a realistic search for one person.
RARE_FAMILY = ["Vercammen-Ishikawa", "Hautekeete", "Szymańska", "Okonkwo", "Quisenaerts"]
TITLES = ["Governor", "Vice-Governor", "Mayor", "Deputy Mayor", "Director-General", "Director",
          "Chief Executive Officer", "President", "Vice-President", "Minister", "Vice-Minister",
          "Ambassador", "Consul General", "Head of International Affairs", "Chairman", "Professor",
          "Trade Commissioner", "Investment Officer", "Secretary-General", "Councillor"]
ORG_KINDS = ["government", "region", "prefecture", "company", "chamber", "district", "embassy",
             "association", "university"]
JP_COMPANY = [("Robotics", "ロボティクス"), ("Heavy Industries", "重工業"), ("Trading", "商事"),
              ("Electric", "電機"), ("Pharmaceutical", "製薬"), ("Motors", "自動車"),
              ("Logistics", "物流"), ("Software", "ソフトウェア")]
KR_COMPANY = [("Shipbuilding", "조선"), ("Electronics", "전자"), ("Bio", "바이오"),
              ("Steel", "제철"), ("Semiconductor", "반도체"), ("Energy", "에너지")]
SECTORS = ["robotics", "life sciences", "automotive", "logistics", "clean energy", "semiconductors",
           "food and agriculture", "design", "tourism", "water treatment", "aerospace", "fintech",
           "hydrogen", "offshore wind", "biotechnology", "artificial intelligence"]
WORDS = ("coopération économique région investissements Bruxelles-Capitale entreprises innovation "
         "partenariat délégation exportations stratégie durabilité financement université recherche "
         "développement marché accès réglementation sécurité infrastructure port logistique talents "
         "échange étudiants culture tourisme agréments subventions fiscalité numérique santé énergie "
         "hydrogène mobilité urbaine smart city chamber commerce trade fair follow-up memorandum "
         "understanding signature visit governor mayor minister prefecture district cooperation "
         "agreement startup incubator venture capital supply chain semiconductor biotech").split()
MEETING_KINDS = ["Meeting with", "Courtesy call on", "Working lunch with", "Round table with",
                 "Business seminar with", "Site visit to", "Dinner hosted by", "Signing ceremony with",
                 "Breakfast briefing with", "Press conference with"]
MISSION_KINDS = ["official-mission", "economic-mission", "state-visit", "trade-fair"]
HOME_TZ = "Europe/Brussels"


def counts_for(scale: float) -> dict:
    """How many of each record a scale means (scale 1: the large set)."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    out = {k: max(1, round(v * scale)) for k, v in BASE.items()}
    out["meetings"] = max(out["meetings"], out["missions"])
    out["people"] = max(out["people"], 30)
    return out


class _Ids:
    """UUIDs from the seeded generator, so a seed always gives the same database."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


class _Texts:
    """Long texts built from a pool of sentences (8 to 15 words of the bank), drawn per seed."""

    def __init__(self, rng: random.Random, pool: int = 3000):
        self.rng = rng
        self.sentences = []
        for i in range(pool):
            words = rng.choices(WORDS, k=8 + i % 8)
            self.sentences.append(" ".join(words).capitalize() + ".")
        self.mean_words = sum(s.count(" ") + 1 for s in self.sentences) / pool

    def __call__(self, rng: random.Random, words: int) -> str:
        if words <= 0:
            return ""
        k = max(1, round(words / self.mean_words))
        return " ".join(rng.choices(self.sentences, k=k))


def _stamp(row: dict, now: datetime, new_id) -> dict:
    row["id"] = new_id()
    row["created_at"] = now
    row["updated_at"] = now
    row["version"] = 1
    return row


class _Writer:
    """Buffers rows per table and writes them with executemany."""

    def __init__(self, conn):
        self.conn = conn
        self.buffers: dict = {}
        self.counts: dict[str, int] = {}

    def add(self, table, row: dict) -> None:
        buf = self.buffers.setdefault(table, [])
        buf.append(row)
        if len(buf) >= BATCH:
            # Every buffer, parents first: a full buffer of participations may name meetings still
            # waiting in theirs, and PostgreSQL checks each foreign key as the row goes in.
            self.flush()

    def flush(self) -> None:
        order = {t: i for i, t in enumerate(Base.metadata.sorted_tables)}
        for t in sorted(self.buffers, key=lambda t: order.get(t, len(order))):
            rows = self.buffers.get(t)
            if rows:
                self.conn.execute(insert(t), rows)
                self.counts[t.name] = self.counts.get(t.name, 0) + len(rows)
                self.buffers[t] = []


def _search_row(kind: str, row: dict) -> dict:
    return search_index.entry_for(kind, SimpleNamespace(**row))


def generate(db, scale: float = 1, seed: int = 1) -> dict:
    """Fill `db` with a generated data set; returns how many rows of each table were written.

    Runs in one transaction: an interrupted run leaves nothing behind.
    """
    rng = random.Random(seed)
    new_id = _Ids(random.Random(seed + 1))
    _text = _Texts(random.Random(seed + 2))
    n = counts_for(scale)
    now = datetime.now(UTC)
    zones = {tz: zone(tz) for *_, tz in CITIES}
    tables = {cls: cls.__table__ for cls in (Mission, Leg, MissionMember, Meeting, Participation,
                                              Person, Organization, Affiliation, FollowUp, Agreement)}
    search_t = SearchEntry.__table__

    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            # Random UUID keys land all over the indexes: a large page cache keeps them in memory.
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql("PRAGMA cache_size = -262144")
        w = _Writer(conn)

        def searchable(kind, row):
            w.add(search_t, _search_row(kind, row))

        # Organizations ---------------------------------------------------------------------------
        orgs = []
        for i in range(n["organizations"]):
            city, city_native, country, _tz = rng.choice(CITIES)
            kind = rng.choice(ORG_KINDS)
            native = ""
            if kind == "company":
                if country == "JP":
                    en, jp = rng.choice(JP_COMPANY)
                    name, native = f"{city} {en} Co., Ltd.", f"{city_native}{jp}株式会社"
                elif country == "KR":
                    en, kr = rng.choice(KR_COMPANY)
                    name, native = f"{city} {en} Corp.", f"{city_native}{kr} 주식회사"
                else:
                    name = f"{city} {rng.choice(SECTORS).title()} Group"
            elif kind == "prefecture" and country == "JP":
                name, native = f"{city} Prefecture", f"{city_native}県"
            elif kind == "chamber":
                name = f"Chamber of Commerce and Industry of {city}"
                native = f"{city_native}商工会議所" if country == "JP" else (
                    f"{city_native}상공회의소" if country == "KR" else "")
            elif kind == "government" and country == "KR":
                name, native = f"{city} Metropolitan Government", f"{city_native}특별시"
            else:
                name = f"{city} {kind.title()} Office of {rng.choice(SECTORS).title()}"
            row = _stamp({"name": name, "native_name": native, "kind": kind, "country": country,
                          "city": city, "address": f"{rng.randint(1, 200)} {rng.choice(WORDS).title()} "
                                                   f"Street, {city}",
                          "website": f"https://example.org/{i}", "email": f"info{i}@example.org",
                          "phone": f"+{rng.randint(1, 99)} {rng.randint(100000, 999999)}",
                          "description": _text(rng, rng.randint(20, 120))}, now, new_id)
            w.add(tables[Organization], row)
            searchable("organization", row)
            orgs.append((row["id"], country, title_of_org(row)))

        # People ----------------------------------------------------------------------------------
        home_orgs = [o for o in orgs if o[1] not in ("JP", "KR")] or orgs
        people, home_people = [], []
        for i in range(n["people"]):
            r = rng.random()
            if i < min(200, n["people"] // 10 + 1):
                origin = "home"  # the cabinet's own staff: delegation, leads and follow-up owners
            elif r < 0.4:
                origin = "JP"
            elif r < 0.7:
                origin = "KR"
            else:
                origin = "EU"
            if origin == "JP":
                (fam, fam_n), (giv, giv_n) = rng.choice(JP_FAMILY), rng.choice(JP_GIVEN)
                native, order = fam_n + giv_n, "eastern"
            elif origin == "KR":
                (fam, fam_n), (giv, giv_n) = rng.choice(KR_FAMILY), rng.choice(KR_GIVEN)
                native, order = fam_n + giv_n, "eastern"
            else:
                fam = rng.choice(RARE_FAMILY) if rng.random() < 0.002 else rng.choice(EU_FAMILY)
                giv, native, order = rng.choice(EU_GIVEN), "", "western"
            title = rng.choice(TITLES)
            row = _stamp({"given_name": giv, "family_name": fam, "native_name": native,
                          "name_order": order, "title": title, "honorific": "",
                          "form_of_address": f"{title} {fam}", "pronunciation": "",
                          "biography": _text(rng, rng.randint(20, 120)) if rng.random() < 0.3 else "",
                          "email": f"person{i}@example.org", "mobile": f"+32 470 {i:06d}",
                          "phone": "", "notes": ""}, now, new_id)
            w.add(tables[Person], row)
            searchable("person", row)
            people.append(row["id"])
            if origin == "home":
                home_people.append(row["id"])
            org_pool = home_orgs if origin == "home" else orgs
            org_id = rng.choice(org_pool)[0]
            if rng.random() < 0.2:  # an earlier post, ended
                past = date(rng.randint(2005, 2015), rng.randint(1, 12), 1)
                w.add(tables[Affiliation], _stamp({
                    "person_id": row["id"], "organization_id": rng.choice(org_pool)[0],
                    "role": rng.choice(TITLES), "start_date": past,
                    "end_date": past + timedelta(days=rng.randint(200, 2000))}, now, new_id))
            w.add(tables[Affiliation], _stamp({
                "person_id": row["id"], "organization_id": org_id, "role": title,
                "start_date": date(rng.randint(2010, 2024), rng.randint(1, 12), 1), "end_date": None},
                now, new_id))
        w.flush()

        # Missions, legs, meetings ----------------------------------------------------------------
        meeting_plan = _split(rng, n["meetings"], n["missions"])
        first_day = date(2012, 1, 9)
        span_days = (date(2026, 12, 1) - first_day).days
        today = now.date()
        meetings_for_followups: list[tuple[str, str, date]] = []
        for mi in range(n["missions"]):
            start = first_day + timedelta(days=rng.randrange(span_days))
            want = meeting_plan[mi]
            days = max(3, min(14, want // 8 + rng.randint(1, 3)))
            end = start + timedelta(days=days - 1)
            leg_count = min(days // 2, rng.choice((1, 2, 2, 3, 3, 4)))
            country_cities = rng.sample(CITIES, leg_count)
            cities_text = ", ".join(c[0] for c in country_cities)
            past = end < today
            kind = rng.choice(MISSION_KINDS)
            mission = _stamp({
                "slug": first_slug(seed) if mi == 0 else f"gen-{seed}-{mi:05d}", "title": f"{kind.replace('-', ' ').title()} to {cities_text} "
                                                         f"{start.year}",
                "kind": kind, "status": "done" if past else rng.choice(("planned", "confirmed")),
                "start_date": start, "end_date": end, "home_timezone": HOME_TZ,
                "lead_id": rng.choice(home_people[:20]),
                "objectives": _text(rng, rng.randint(40, 160)), "notes": _text(rng, rng.randint(0, 80))},
                now, new_id)
            w.add(tables[Mission], mission)
            searchable("mission", mission)
            delegation = rng.sample(home_people, min(len(home_people), rng.randint(3, 6)))
            for pos, pid in enumerate(delegation):
                w.add(tables[MissionMember], _stamp({"mission_id": mission["id"], "person_id": pid,
                                                     "role": rng.choice(("Lead", "Adviser", "Aide",
                                                                         "Press officer", "Interpreter")),
                                                     "position": pos}, now, new_id))
            # Legs split the mission's days; each leg is a city with its zone.
            bounds = sorted(rng.sample(range(1, days), leg_count - 1)) if leg_count > 1 else []
            edges = [0, *bounds, days]
            legs = []
            for li, (city, city_native, country, tzname) in enumerate(country_cities):
                d0, d1 = start + timedelta(days=edges[li]), start + timedelta(days=edges[li + 1] - 1)
                z = zones[tzname]
                leg = _stamp({
                    "mission_id": mission["id"], "city": city, "city_native": city_native,
                    "country": country, "timezone": tzname,
                    "arrive": datetime(d0.year, d0.month, d0.day, 8, 0, tzinfo=z),
                    "depart": datetime(d1.year, d1.month, d1.day, 20, 0, tzinfo=z),
                    "hotel": f"Hotel {rng.choice(WORDS).title()} {city}",
                    "embassy": f"Embassy of Belgium in {city}, duty officer +{rng.randint(10, 99)} 555 0100",
                    "emergency": "Emergency: 112 / 119", "notes": _text(rng, rng.randint(0, 40))},
                    now, new_id)
                w.add(tables[Leg], leg)
                legs.append((leg, d0, d1, z))
            for k in range(want):
                leg, d0, d1, z = legs[k % len(legs)]
                day = d0 + timedelta(days=rng.randint(0, (d1 - d0).days))
                hour, minute = rng.randint(9, 17), rng.choice((0, 15, 30, 45))
                begin = datetime(day.year, day.month, day.day, hour, minute, tzinfo=z)
                finish = begin + timedelta(minutes=rng.choice((30, 45, 60, 60, 90, 120)))
                org_id, _country, org_title = rng.choice(orgs)
                status = rng.choice(("held", "held", "held", "cancelled")) if past else rng.choice(
                    ("proposed", "requested", "confirmed"))
                long_text = rng.random() < 0.05
                meeting = _stamp({
                    "mission_id": mission["id"],
                    "title": f"{rng.choice(MEETING_KINDS)} {org_title}",
                    "start": begin.astimezone(UTC), "end": finish.astimezone(UTC),
                    "timezone": leg["timezone"], "city": leg["city"],
                    "venue": f"{org_title} headquarters", "address": f"{rng.randint(1, 99)}-"
                                                                    f"{rng.randint(1, 30)} {leg['city']}",
                    "status": status, "reason": _text(rng, rng.randint(5, 12)),
                    "objectives": _text(rng, rng.randint(6, 16)),
                    "talking_points": [_text(rng, rng.randint(5, 10)) for _ in range(rng.randint(1, 3))],
                    "if_raised": [{"topic": rng.choice(SECTORS), "line": _text(rng, 12)}],
                    "background": _text(rng, rng.randint(300, 500) if long_text else rng.randint(8, 30)),
                    "arrangements": "Interpreter booked; arrive ten minutes early.",
                    "outcome": _text(rng, rng.randint(5, 20)) if status == "held" else "",
                    "decisions": [_text(rng, 10)] if status == "held" else [],
                    "uid": ""}, now, new_id)
                w.add(tables[Meeting], meeting)
                searchable("meeting", meeting)
                counterparts = rng.sample(people, min(len(people), rng.randint(1, 3)))
                for pos, pid in enumerate(counterparts):
                    w.add(tables[Participation], _stamp({"meeting_id": meeting["id"], "person_id": pid,
                                                         "side": "counterpart", "position": pos},
                                                        now, new_id))
                for pos, pid in enumerate(rng.sample(delegation, min(len(delegation), rng.randint(1, 2)))):
                    w.add(tables[Participation], _stamp({"meeting_id": meeting["id"], "person_id": pid,
                                                         "side": "delegation", "position": 10 + pos},
                                                        now, new_id))
                meetings_for_followups.append((mission["id"], meeting["id"], day))

        # Follow-ups ------------------------------------------------------------------------------
        for _ in range(n["followups"]):
            mission_id, meeting_id, day = rng.choice(meetings_for_followups)
            due = day + timedelta(days=rng.randint(7, 120))
            status = "open" if due >= today or rng.random() < 0.2 else rng.choice(("done", "done",
                                                                                    "cancelled"))
            followup = _stamp({
                "mission_id": mission_id, "meeting_id": meeting_id,
                "action": f"Send {rng.choice(WORDS)} {rng.choice(('note', 'proposal', 'dossier', 'letter'))}"
                          f" on {rng.choice(SECTORS)}",
                "owner_id": rng.choice(home_people), "due": due,
                "recurrence": "FREQ=MONTHLY;COUNT=3" if rng.random() < 0.05 else "",
                "status": status,
                "completed_at": (datetime(due.year, due.month, due.day, 12, tzinfo=UTC)
                                 if status == "done" else None),
                "snoozed_until": None, "notes": ""}, now, new_id)
            w.add(tables[FollowUp], followup)
            searchable("followup", followup)

        # Agreements ------------------------------------------------------------------------------
        for _ in range(n["agreements"]):
            a_orgs = rng.sample(orgs, min(len(orgs), 2))
            signed = first_day + timedelta(days=rng.randrange(span_days))
            agreement = _stamp({
                "title": f"Cooperation agreement {a_orgs[0][2]} / {a_orgs[-1][2]}",
                "kind": rng.choice(("cooperation", "partnership", "memorandum")), "status": "in-force",
                "signed": signed, "signed_approximate": False, "expires": None,
                "scope": f"{rng.choice(SECTORS)}, {rng.choice(SECTORS)}", "notes": _text(rng, 40)},
                now, new_id)
            w.add(tables[Agreement], agreement)
            searchable("agreement", agreement)
            for oid, *_ in {o[0]: o for o in a_orgs}.values():
                w.add(agreement_parties, {"agreement_id": agreement["id"], "organization_id": oid})
            w.add(agreement_signatories, {"agreement_id": agreement["id"],
                                          "person_id": rng.choice(people)})

        w.flush()
        w.add(AuditEntry.__table__, {"id": new_id(), "at": now, "user": db.user, "action": "create",
                                     "entity_kind": "generated", "entity_id": f"seed-{seed}",
                                     "changes": {"scale": scale, "seed": seed}, "summary":
                                     f"generated data set, scale {scale}, seed {seed}"})
        w.flush()
        search_index.fts_rebuild(conn)
        search_index.fts_optimize(conn)
        search_index.stamp(conn)  # its rows are folded by today's rules (what a joining laptop checks)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    return dict(sorted(w.counts.items()))


def first_slug(seed: int) -> str:
    return f"gen-{seed}-00000"


def already_generated(db, seed: int = 1) -> bool:
    """Whether a data set with this seed is already in the database (generating is not idempotent)."""
    with db.read() as s:
        return s.scalar(select(Mission.id).where(Mission.slug == first_slug(seed))) is not None


def title_of_org(row: dict) -> str:
    return row["name"] + (f" ({row['native_name']})" if row["native_name"] else "")


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """`total` split into `parts` positive, uneven shares (a state visit has more than a day trip)."""
    weights = [rng.uniform(0.3, 1.7) for _ in range(parts)]
    scale = (total - parts) / sum(weights)
    shares = [1 + int(wt * scale) for wt in weights]
    for i in range(total - sum(shares)):
        shares[i % parts] += 1
    return shares
