"""Mission Planner: plan official missions abroad."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("missionplanner")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
