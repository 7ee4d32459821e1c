"""Test-wide set-up: Qt renders offscreen, Hypothesis has a CI profile, no real keyring, and
a home folder of the run's own."""

import logging
import os
import re
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# every log and crash log of the run (subprocesses' too) lands here, to be read at the end
LOG_DIR = Path(os.environ.setdefault("DESK_LOG_DIR", tempfile.mkdtemp(prefix="desk-test-logs-")))

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


import pytest  # noqa: E402

from tests.demo_chain import Demo, build_template, copy_demo  # noqa: E402

# The run's home: HOME and the XDG folders (where platformdirs puts Desk's data, logs, config and
# caches on Linux, and ~/Library on macOS) point under the session's temporary folder, for this
# process and every subprocess; at the end the real home must be as the run found it.
REAL_HOME = Path.home()
XDG_FOLDERS = {"XDG_DATA_HOME": ".local/share", "XDG_CONFIG_HOME": ".config",
               "XDG_STATE_HOME": ".local/state", "XDG_CACHE_HOME": ".cache"}
# what programs write into, by name, and Desk's own folders, entry by entry
WATCHED = ("", ".config", ".cache", ".local", ".local/share", ".local/state")
WATCHED_DEEPLY = (".local/share/Desk", ".local/state/Desk", ".config/Desk", ".cache/Desk")


def _real_xdg(name: str) -> Path:
    return Path(os.environ.get(name) or REAL_HOME / XDG_FOLDERS[name])


# uv (the packaging build runs it, and so may tests) keeps using its real cache and the Pythons
# it installed: a cache of the run's own would download every package again (or fail offline)
UV_FOLDERS = {"UV_CACHE_DIR": os.environ.get("UV_CACHE_DIR")
              or str(_real_xdg("XDG_CACHE_HOME") / "uv"),
              "UV_PYTHON_INSTALL_DIR": os.environ.get("UV_PYTHON_INSTALL_DIR")
              or str(_real_xdg("XDG_DATA_HOME") / "uv" / "python")}


def _entries(folder: Path, deep: bool) -> dict[str, object]:
    """Each entry of ``folder`` -> "folder", or a file's size and modification time."""
    if not folder.is_dir():
        return {}
    found = {}
    for entry in folder.rglob("*") if deep else folder.iterdir():
        if str(entry) in UV_FOLDERS.values():
            continue
        info = entry.lstat()
        found[str(entry)] = ("folder" if entry.is_dir() and not entry.is_symlink()
                             else (info.st_size, info.st_mtime_ns))
    return found


def home_listing() -> dict[str, object]:
    """A cheap picture of the real home: its entries and those of the folders programs write
    into (a folder's contents only by name), and everything in Desk's own folders."""
    listing = {}
    for name in WATCHED:
        listing.update(_entries(REAL_HOME / name, deep=False))
    for name in WATCHED_DEEPLY:
        listing.update(_entries(REAL_HOME / name, deep=True))
    return listing


HOME_BEFORE = home_listing()


def home_changes(before: dict[str, object], after: dict[str, object]) -> list[str]:
    return ([f"added {path}" for path in sorted(after.keys() - before.keys())]
            + [f"removed {path}" for path in sorted(before.keys() - after.keys())]
            + [f"changed {path}" for path in sorted(before.keys() & after.keys())
               if before[path] != after[path]])


@pytest.fixture(scope="session", autouse=True)
def home_of_the_run_and_the_real_one_untouched(tmp_path_factory):
    """No test writes into the user's home: the run gets one under its temporary folder, and
    the real home is compared with its picture from the run's start."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        for name, relative in XDG_FOLDERS.items():
            patch.setenv(name, str(home / relative))
        for name, folder in UV_FOLDERS.items():
            patch.setenv(name, folder)
        yield home
    changes = home_changes(HOME_BEFORE, home_listing())
    assert not changes, (f"the real home {REAL_HOME} changed during the test run (tests write "
                         f"under tmp_path; HOME was {home}; a program started by hand meanwhile "
                         f"shows here too): {changes}")


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))


@pytest.fixture(scope="session", autouse=True)
def no_full_phone_is_ever_logged():
    """Whatever the whole run logs (Desk's loggers, crash logs, subprocesses' log files)
    holds no client's full phone number, however it was written."""
    from desk.services.demo import CLIENTS

    kept = _Kept()
    desk_logger = logging.getLogger("desk")
    desk_logger.addHandler(kept)
    yield
    desk_logger.removeHandler(kept)
    files = [p.read_text(errors="replace") for p in LOG_DIR.rglob("*") if p.is_file()]
    squeezed = re.sub(r"[\s().+-]", "", "\n".join(kept.texts + files))
    leaked = [phone for _name, phone in CLIENTS if phone in squeezed]
    assert not leaked, f"full phone numbers in the logs of this run: {leaked} (see {LOG_DIR})"


@pytest.fixture(autouse=True)
def no_keyring():
    """No test writes into the machine's own keyring; most front-desk PCs have none, so
    secrets fall back to the database (tests/notify sets a keyring up where it tests one)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> object:
    return build_template(tmp_path_factory.mktemp("demo-template"))


@pytest.fixture
def demo(demo_template, tmp_path) -> Demo:
    """A fresh copy of the demo chain (SPEC §9) sold on ``DEMO_DAY``."""
    d = copy_demo(demo_template, tmp_path)
    yield d
    d.db.close()


from tests.notify.servers import http_gateway, smtp_server  # noqa: E402, F401 - fixtures


@pytest.fixture
def os_keyring(tmp_path):
    """A real keyring backend (a file of its own), as a desktop session would offer."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    return backend
