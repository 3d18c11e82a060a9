import faulthandler
import os
import signal
import sys

import pytest
from hypothesis import HealthCheck, settings

# Qt must not look for a display in tests or CI; a developer can still override it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The gate (make test, CI) replays the same examples every run, so main cannot turn red by luck;
# `make fuzz` draws fresh ones, many more, to find what the fixed set misses.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("gate", max_examples=150, derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("MP_HYPOTHESIS", "gate"))


# Hang guard (issue 14): a test that hangs fails the run with every thread's stack, whatever holds
# the interpreter lock. pytest-timeout's thread needs that lock to fire; faulthandler's watchdog
# is a C thread that does not. Re-armed before each test, so each has MP_HANG_TIMEOUT seconds
# (600 by default, 0 turns it off); armed too during collection and after the last test, where a
# worker thread still running would hold up the interpreter's exit.
_HANG_SECONDS = float(os.environ.get("MP_HANG_TIMEOUT", "600"))
_hang_report = None  # a copy of the real stderr: pytest captures fd 2 while a test runs


def _arm_hang_guard() -> None:
    if _HANG_SECONDS > 0 and _hang_report is not None:
        faulthandler.dump_traceback_later(_HANG_SECONDS, exit=True, file=_hang_report)


def pytest_configure(config):
    global _hang_report
    if _HANG_SECONDS <= 0 or _hang_report is not None:
        return
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            _hang_report = os.fdopen(os.dup(sys.stderr.fileno()), "w")
    else:
        _hang_report = os.fdopen(os.dup(2), "w")
    # A hang killed from outside (.ci/run's timeout sends SIGTERM) prints the stacks too.
    if hasattr(signal, "SIGTERM") and sys.platform != "win32":
        faulthandler.register(signal.SIGTERM, file=_hang_report, all_threads=True, chain=True)
    _arm_hang_guard()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    _arm_hang_guard()
    return (yield)


def pytest_unconfigure(config):
    _arm_hang_guard()  # left armed: the interpreter's exit is guarded as well
