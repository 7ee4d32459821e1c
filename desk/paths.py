"""Where things live: the user's database, and resources in source and frozen runs alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "Desk"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, APP_NAME)) / "desk.sqlite"


def log_dir() -> Path:
    """Where the desk's log and crash log go: ``DESK_LOG_DIR`` when set (support, tests),
    else the user's log folder."""
    chosen = os.environ.get("DESK_LOG_DIR")
    return Path(chosen) if chosen else Path(user_log_dir(APP_NAME, APP_NAME))


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``sample_imports/``: the checkout when running
    from source, the unpacked bundle (PyInstaller's ``sys._MEIPASS``) when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def samples_dir() -> Path:
    """The example import files (in a source checkout and shipped with packaged builds)."""
    return bundle_root() / "sample_imports"


def resources_dir() -> Path:
    """Icons and the style sheet the application loads at run time."""
    return bundle_root() / "resources"


def icon_files() -> list[Path]:
    """The application icon rendered at every size the packaged builds ship, smallest first."""
    return sorted((resources_dir() / "icons").glob("desk-*.png"),
                  key=lambda png: int(png.stem.rsplit("-", 1)[1]))
