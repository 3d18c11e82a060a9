"""Where the data lives by default (the platform's user data folder, or MISSIONPLANNER_HOME)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    # A portable install (a folder on a USB key for a trip) points this variable at itself.
    override = os.environ.get("MISSIONPLANNER_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("MissionPlanner", "MissionPlanner"))


def default_database_path() -> Path:
    return data_dir() / "missionplanner.sqlite"


def database_url(path_or_url: str | os.PathLike | None) -> str:
    """Turn a --db argument (a path or an SQLAlchemy URL) into a URL; None means the default file."""
    if path_or_url is None:
        path_or_url = os.environ.get("MISSIONPLANNER_DB") or default_database_path()
    text = os.fspath(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())
