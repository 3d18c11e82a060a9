import os

from hypothesis import HealthCheck, settings

# Qt must not look for a display in tests or CI; a developer can still override it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The gate (make test, CI) replays the same examples every run, so main cannot turn red by luck;
# `make fuzz` draws fresh ones, many more, to find what the fixed set misses.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("gate", max_examples=150, derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("MP_HYPOTHESIS", "gate"))
