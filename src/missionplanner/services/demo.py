"""The demo data set, built from the source document (db/demo/*.json)."""

from __future__ import annotations

import json
from importlib.resources import files

from sqlalchemy import select

from ..model import Mission
from .missionfile import import_document


def demo_documents() -> list[tuple[str, dict]]:
    folder = files("missionplanner.db") / "demo"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    return [(n, json.loads((folder / n).read_text(encoding="utf-8"))) for n in names]


def load_demo(db) -> dict:
    """Load every demo mission not already there; running it twice changes nothing."""
    loaded, skipped = [], []
    for name, doc in demo_documents():
        slug = doc["mission"]["slug"]
        with db.read() as s:
            exists = s.scalars(select(Mission.id).where(Mission.slug == slug)).first()
        if exists:
            skipped.append(slug)
            continue
        import_document(db, doc, source=f"demo/{name}")
        loaded.append(slug)
    return {"loaded": loaded, "skipped": skipped}


def is_empty(db) -> bool:
    with db.read() as s:
        return s.scalars(select(Mission.id)).first() is None
