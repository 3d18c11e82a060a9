"""Mission Planner: plan official missions abroad."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the package metadata only when something asks for it (--version,
    # Help > About): importlib.metadata costs tens of milliseconds on the way to the first paint.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("missionplanner")
        except PackageNotFoundError:  # running from a source tree that was not installed
            value = "0.0.0"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
