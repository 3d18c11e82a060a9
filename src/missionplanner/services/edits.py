"""`missionplanner edit meeting|mission|person ID FIELD=VALUE…`: one change from the command line,
through the same manager (and so the same validation, version check, audit and outbox) as the window.

What may be typed as FIELD=VALUE is the record's own text, choice, date and time fields; lists and
links (participants, legs, the delegation) are edited in the window or through a mission file.
"""

from __future__ import annotations

from ..errors import ValidationError

EDITABLE: dict[str, tuple[str, ...]] = {
    "mission": ("title", "kind", "status", "start", "end", "home_timezone", "objectives", "notes", "slug",
                "restricted_to"),
    "meeting": ("title", "start", "end", "timezone", "status", "kind", "without_lead", "city", "venue",
                "address", "reason", "requested_by", "objectives", "background", "arrangements", "outcome",
                "dress_code"),
    "person": ("family_name", "given_name", "native_name", "title", "honorific", "form_of_address",
               "pronunciation", "biography", "mobile", "phone", "notes", "email", "name_order"),
}


def parse_assignments(kind: str, assignments: list[str]) -> dict[str, str]:
    """FIELD=VALUE texts as fields; an unknown field, a text without "=" or a field given twice is
    refused, naming it, before anything is read or written."""
    allowed = EDITABLE[kind]
    fields: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ValidationError(code="edit.not-assignment", text=item)
        if name not in allowed:
            raise ValidationError(code="edit.unknown-field", name=name, allowed=", ".join(allowed))
        if name in fields:
            raise ValidationError(code="edit.field-twice", name=name)
        fields[name] = value
    if not fields:
        raise ValidationError(code="edit.nothing")
    return fields


def edit(planner, kind: str, ref: str, fields: dict[str, str], version: int | None = None) -> dict:
    """Apply `fields` (as parse_assignments gives them) to the record named by `ref` (a mission:
    id, unique prefix, slug or title; a meeting or person: its id); all or nothing. Returns
    {"id", "version", "fields"}."""
    if kind == "mission":
        record_id = planner.missions.resolve(ref)
        new_version = planner.missions.update(record_id, version, **fields)
    elif kind == "meeting":
        record_id = ref
        new_version = planner.meetings.update(record_id, version, **fields)
    else:
        record_id = ref
        new_version = planner.people.update(record_id, version, **fields)
    return {"id": record_id, "version": new_version, "fields": sorted(fields)}
