"""Test-wide set-up: Qt renders offscreen, Hypothesis has a CI profile, no real keyring."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


import pytest  # noqa: E402

from tests.demo_chain import Demo, build_template, copy_demo  # noqa: E402


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
