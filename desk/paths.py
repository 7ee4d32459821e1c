"""Where things live: the user's database, and resources in source and frozen runs alike."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "Desk"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, APP_NAME)) / "desk.sqlite"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, APP_NAME))


def samples_dir() -> Path:
    """The example import files (present in a source checkout)."""
    return Path(__file__).resolve().parent.parent / "sample_imports"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
