"""The words a record's fields may hold: statuses, kinds, roles, orders, as stored.

Nothing is imported here, so the window (ui/) takes its choices from this module without loading
SQLAlchemy or the model. Each editor shows these codes through its own translated labels.
"""

MISSION_KINDS = ("official-mission", "economic-mission", "state-visit", "trade-fair", "other")
MISSION_STATUSES = ("draft", "planned", "confirmed", "ongoing", "done", "cancelled")
MEETING_STATUSES = ("proposed", "requested", "confirmed", "held", "cancelled")
# What sort of event a meeting is: the brief and the itinerary name it, and the after-hours check
# leaves meals and receptions alone (a 21:00 official dinner is not overtime).
MEETING_KINDS = ("meeting", "courtesy-call", "breakfast", "lunch", "dinner", "reception", "site-visit",
                 "press", "signing-ceremony", "internal", "other")
MEAL_KINDS = ("breakfast", "lunch", "dinner")
EVENING_KINDS = (*MEAL_KINDS, "reception")  # kinds the after-hours check does not flag
TRAVEL_KINDS = ("flight", "train", "car", "boat", "other")
# A person record is either a named person or a position whose holder is not known yet
# ("Vice-Governor of Aichi", name to be confirmed); a position is later filled by a person.
PERSON_KINDS = ("person", "position")
SIDES = ("counterpart", "delegation")  # whose side a meeting's participant is on
FOLLOWUP_STATUSES = ("open", "done", "cancelled")
AGREEMENT_STATUSES = ("draft", "negotiating", "in-force", "expired", "terminated")
ORG_KINDS = ("government", "region", "prefecture", "company", "chamber", "district", "embassy",
             "association", "university", "other", "")
NAME_ORDERS = ("western", "eastern")  # "Given Family" or "FAMILY Given" (model.names)
ATTACHMENT_ROLES = ("document", "photo")
