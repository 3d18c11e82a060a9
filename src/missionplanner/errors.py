"""One family of domain errors whose messages are fit to show to a person.

The CLI prints them and exits 2; the GUI shows them beside the form field they name.
"""

from __future__ import annotations


class MissionPlannerError(Exception):
    """Base of every error a user may see."""

    def __init__(self, message: str, *, field: str | None = None, where: str | None = None):
        self.field = field
        self.where = where
        parts = [p for p in (where, field) if p]
        self.plain = message
        super().__init__(f"{': '.join(parts)}: {message}" if parts else message)


class ValidationError(MissionPlannerError):
    """Input that breaks a rule (end before start, unknown zone, missing title...)."""


class NotFoundError(MissionPlannerError):
    """A record named by the user does not exist (or the name is ambiguous)."""


class StaleEditError(MissionPlannerError):
    """The record changed since the user read it; reload and apply the edit again."""


class TimeInputError(ValidationError):
    """A local time that cannot be read, does not exist or is ambiguous."""


class NotAvailableError(MissionPlannerError):
    """A command whose capability has not landed yet."""
