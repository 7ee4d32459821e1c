"""Test-wide set-up: Qt renders offscreen, Hypothesis has a CI profile, no real keyring."""

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
