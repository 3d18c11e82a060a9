"""Where the files shipped with the application are (the repository's resources/ folder, installed
as the package missionplanner.resources), found without importlib.resources, whose import costs more
than the window's shell needs to paint."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    import missionplanner.resources as package  # a namespace package: a folder of data files

    return Path(next(iter(package.__path__)))
