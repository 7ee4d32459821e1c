"""The packaged program (PyInstaller bundle, as CI builds it) starts and works like the source:
it knows its version, creates and migrates databases, lists memberships, draws its window, sets
up a chain server and syncs with it."""

from __future__ import annotations

import json
import sqlite3
import tomllib

import pytest
from sqlalchemy import create_engine

from desk.store.migrate import HEAD, alembic_config
from tests.packaging.conftest import ROOT

pytestmark = pytest.mark.slow


def test_the_frozen_desk_reports_the_version_of_pyproject(release):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    done = release.run("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"desk {version}")


def test_the_frozen_desk_creates_the_demo_chain_and_lists_its_memberships(release, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert release.run("demo", "--db", db).returncode == 0
    done = release.run("memberships", "--json", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "DS-0001" in {row["number"] for row in json.loads(done.stdout)}


def test_the_frozen_desk_draws_its_main_window_offscreen(release, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert release.run("demo", "--db", db).returncode == 0
    done = release.run("--smoke-test", "--db", db, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the main window drew" in done.stdout


def test_the_frozen_desk_migrates_an_old_database_to_the_newest_revision(release, tmp_path):
    from alembic import command

    path = tmp_path / "old.sqlite"
    with create_engine(f"sqlite:///{path}").begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    assert release.run("memberships", "--json", "--db", str(path)).returncode == 0
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_the_frozen_desk_renders_every_view_with_its_bundled_sample_files(release, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert release.run("demo", "--db", db).returncode == 0
    done = release.run("shots", str(tmp_path / "shots"), "--db", db, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 5


@pytest.mark.parametrize("folder", ["desk/store/migrations", "desk/sync/server_migrations"])
def test_the_bundle_carries_every_migration_script_of_the_source(release, folder):
    source, frozen = ROOT / folder, release.bundle / "_internal" / folder
    names = {p.relative_to(source) for pattern in ("*.py", "*.mako")
             for p in source.rglob(pattern) if "__pycache__" not in p.parts}
    assert names == {p.relative_to(frozen) for p in frozen.rglob("*") if p.is_file()}


def server_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desk.sync.server import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def test_the_frozen_desk_sets_up_a_chain_server_with_its_bundled_migrations(release, server):
    done = release.run("server", "init", server.url, "--role", server.role, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout) == {
        "schema": server.schema, "revision": server_head(), "role": server.role}


def test_the_frozen_desk_pushes_its_chain_to_the_server_it_set_up(release, server, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert release.run("demo", "--db", db).returncode == 0
    assert release.run("server", "init", server.url, "--role", server.role).returncode == 0
    done = release.run("sync", "--server", server.url, "--db", db, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["pushed_entries"] > 0
