"""Whose due work a desk does, and on which day: the home desk, at the location's clock."""

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime

from sqlalchemy import text

from desk.core.ids import new_id
from desk.services.auth import cli_actor
from desk.services.due import run_due
from desk.store.uow import Database
from tests.services.due_helpers import at, change_type, notices

MAY_10, MAY_14 = date(2026, 5, 10), date(2026, 5, 14)  # DS-0001 lapses on May 13


def due_work(db: Database) -> list[dict]:
    """Two runs: a notice due before DS-0001's expiry, then its lapse and Carla's Yoga's."""
    return [run_due(db, cli_actor(db, "admin"), at(day)).as_json() for day in (MAY_10, MAY_14)]


def another_desk_holding(demo, tmp_path) -> Database:
    """A second desk with the same rows, as a synced desk has them: another device id."""
    demo.db.close()
    copy = tmp_path / "riverside-desk.sqlite"
    shutil.copy(demo.path, copy)
    with closing(sqlite3.connect(copy)) as con, con:
        con.execute("UPDATE settings SET value = ? WHERE key = 'device_id'", (new_id(),))
    return Database.open(copy)


def test_a_desk_leaves_the_due_work_of_memberships_sold_elsewhere_to_their_desk(demo, tmp_path):
    change_type(demo, "Massage 10", notices=notices(before=30))
    other = another_desk_holding(demo, tmp_path)
    try:
        runs = due_work(other)
    finally:
        other.close()
    assert not any(v for run in runs for v in run.values())


def test_the_home_desk_does_that_work(demo):
    change_type(demo, "Massage 10", notices=notices(before=30))
    before, after = due_work(demo.db)
    assert before["queued"] and before["activated"]
    assert len(before["written_off"] + after["written_off"]) == 2


def in_time_zone(demo, location: str, zone: str) -> None:
    with demo.db.write() as uow:
        uow.connection().execute(text("UPDATE locations SET timezone = :zone WHERE id = :id"),
                                 {"zone": zone, "id": demo.location(location)})
        uow.commit()


def written_off(done) -> list[str]:
    return [w.split()[0] for w in done.written_off]


def test_a_membership_is_written_off_only_once_its_own_location_reaches_the_expiry_day(demo):
    in_time_zone(demo, "Downtown", "America/Los_Angeles")
    evening_before = datetime(2026, 5, 13, 5, 0, tzinfo=UTC)  # 22:00 on May 12 in Los Angeles
    assert "DS-0001" not in written_off(run_due(demo.db, demo.admin, evening_before))
    after_midnight = datetime(2026, 5, 13, 8, 0, tzinfo=UTC)  # 01:00 on May 13 there
    assert written_off(run_due(demo.db, demo.admin, after_midnight)) == ["DS-0001"]


def test_an_unknown_time_zone_counts_as_utc(demo):
    in_time_zone(demo, "Downtown", "Mars/Olympus_Mons")
    assert "DS-0001" in written_off(run_due(demo.db, demo.admin,
                                            datetime(2026, 5, 13, 0, 5, tzinfo=UTC)))
