"""The schema: SQLAlchemy 2 typed ORM classes. No Qt, no services here."""

from .agreement import Agreement, agreement_parties, agreement_signatories
from .base import Base, UTCDateTime, new_id, utcnow
from .followup import FOLLOWUP_STATUSES, FollowUp
from .meeting import MEETING_STATUSES, SIDES, Meeting, Participation
from .misc import Attachment, AuditEntry, SearchEntry, Tag, tag_links
from .mission import Leg, Mission, MissionMember
from .people import NAME_ORDERS, Affiliation, Organization, Person

__all__ = [
    "Affiliation", "Agreement", "Attachment", "AuditEntry", "Base", "FOLLOWUP_STATUSES", "FollowUp",
    "Leg", "MEETING_STATUSES", "Meeting", "Mission", "MissionMember", "NAME_ORDERS", "Organization",
    "Participation", "Person", "SIDES", "SearchEntry", "Tag", "UTCDateTime", "agreement_parties",
    "agreement_signatories", "new_id", "tag_links", "utcnow",
]
