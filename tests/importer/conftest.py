"""The demo chain's database file, for commands run against it."""

import pytest


@pytest.fixture
def db(demo):
    """The path of a fresh copy of the demo chain (sold on DEMO_DAY = 2026-03-15)."""
    return demo.path
