"""The reliability tests write through every door at once, the chain server's too."""

from tests.sync.conftest import chain_server, pg_admin, server  # noqa: F401 - fixtures
