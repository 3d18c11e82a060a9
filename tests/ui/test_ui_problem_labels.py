"""The agenda's Problems column names every problem the checks can raise in words, never by its code."""

import re
from pathlib import Path

from missionplanner.services import checks
from missionplanner.ui.models import PROBLEM_LABELS


def _codes_checks_raise() -> set[str]:
    source = Path(checks.__file__).read_text(encoding="utf-8")
    # Problems are made by _problem(SEVERITY, "code", ...) or, per traveller, add("code", ...).
    return set(re.findall(r'(?:_problem\(\s*(?:ERROR|WARNING),|\badd\()\s*"([a-z-]+)"', source))


def test_every_problem_code_has_a_short_label():
    codes = _codes_checks_raise()
    assert {"overlap", "before-arrival", "travel-clash"} <= codes  # the scan still finds them
    assert sorted(codes - set(PROBLEM_LABELS)) == []
