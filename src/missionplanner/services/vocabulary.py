"""The words a record's fields may hold: statuses, kinds, roles, orders, as stored.

Nothing is imported here, so the window (ui/) takes its choices from this module without loading
SQLAlchemy or the model. Each editor shows these codes through its own translated labels.
"""

MISSION_KINDS = ("official-mission", "economic-mission", "state-visit", "trade-fair", "other")
MISSION_STATUSES = ("draft", "planned", "confirmed", "ongoing", "done", "cancelled")
MEETING_STATUSES = ("proposed", "requested", "confirmed", "held", "cancelled")
SIDES = ("counterpart", "delegation")  # whose side a meeting's participant is on
FOLLOWUP_STATUSES = ("open", "done", "cancelled")
AGREEMENT_STATUSES = ("draft", "negotiating", "in-force", "expired", "terminated")
ORG_KINDS = ("government", "region", "prefecture", "company", "chamber", "district", "embassy",
             "association", "university", "other", "")
NAME_ORDERS = ("western", "eastern")  # "Given Family" or "FAMILY Given" (model.names)
ATTACHMENT_ROLES = ("document", "photo")
