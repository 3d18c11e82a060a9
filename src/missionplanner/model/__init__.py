"""The schema: SQLAlchemy 2 typed ORM classes. No Qt, no services here.

Loaded on first use (PEP 562): `model.names` serves the application's start before SQLAlchemy is
imported. The first name taken from here loads the whole schema, since the classes' relationships
name one another and every mapper must be there before any is used.
"""

from importlib import import_module

_WHERE = {
    "Agreement": "agreement", "agreement_parties": "agreement", "agreement_signatories": "agreement",
    "Base": "base", "BriefingVersion": "briefing_version", "UTCDateTime": "base", "new_id": "base", "utcnow": "base",
    "FollowUp": "followup",
    "Meeting": "meeting", "Participation": "meeting",
    "Attachment": "misc", "AuditEntry": "misc", "SearchEntry": "misc", "Tag": "misc", "tag_links": "misc",
    "Leg": "mission", "Mission": "mission", "MissionMember": "mission",
    "TravelSegment": "mission", "Traveller": "mission",
    "TextTranslation": "translation",
    "Affiliation": "people", "Organization": "people", "Person": "people",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    modules = {module: import_module(f".{module}", __name__) for module in set(_WHERE.values())}
    globals().update({n: getattr(modules[m], n) for n, m in _WHERE.items()})  # later look-ups: plain globals
    return globals()[name]
