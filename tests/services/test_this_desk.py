"""This desk's own settings (SPEC §11): its location, the idle lock, the last user name."""

from __future__ import annotations

import pytest

from desk.core.errors import DeskError, NotFound, PermissionDenied
from desk.services.this_desk import (
    DEFAULT_IDLE_LOCK_MINUTES,
    LOCATION,
    desk_location,
    idle_lock_minutes,
    last_user_name,
    remember_last_user,
    set_desk_location,
    set_idle_lock_minutes,
    usual_location,
)


def forget_location(db):
    with db.write() as uow:
        uow.settings.remove(LOCATION)
        uow.commit()


def test_the_demo_desk_works_at_downtown(demo):
    assert desk_location(demo.db).name == "Downtown"
    assert usual_location(demo.db)[1] == "this desk's location"


def test_an_administrator_moves_the_desk_and_it_becomes_the_usual_location(demo):
    set_desk_location(demo.db, demo.admin, demo.location("Riverside"))
    assert usual_location(demo.db) == (desk_location(demo.db), "this desk's location")
    assert desk_location(demo.db).name == "Riverside"


def test_reception_may_not_move_the_desk(demo):
    with pytest.raises(PermissionDenied):
        set_desk_location(demo.db, demo.reception, demo.location("Riverside"))
    assert desk_location(demo.db).name == "Downtown"


def test_an_unknown_location_is_refused_and_the_desk_stays(demo):
    with pytest.raises(NotFound) as refused:
        set_desk_location(demo.db, demo.admin, "no-such-id")
    assert refused.value.code == "location_unknown"
    assert desk_location(demo.db).name == "Downtown"


def test_without_a_location_the_desk_proposes_the_first_that_sells_and_says_so(demo):
    forget_location(demo.db)
    assert desk_location(demo.db) is None
    location, why = usual_location(demo.db)
    assert location.name == "Downtown"
    assert why == "the first location that sells; set this desk's location in Settings"


def test_the_idle_lock_is_fifteen_minutes_until_changed_and_zero_means_never(demo):
    assert idle_lock_minutes(demo.db) == DEFAULT_IDLE_LOCK_MINUTES == 15
    set_idle_lock_minutes(demo.db, demo.admin, 0)
    assert idle_lock_minutes(demo.db) == 0
    set_idle_lock_minutes(demo.db, demo.admin, 5)
    assert idle_lock_minutes(demo.db) == 5


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1])
def test_an_idle_lock_out_of_range_is_refused_naming_the_value(demo, minutes):
    with pytest.raises(DeskError) as refused:
        set_idle_lock_minutes(demo.db, demo.admin, minutes)
    assert refused.value.code == "idle_lock_out_of_range" and str(minutes) in str(refused.value)
    assert idle_lock_minutes(demo.db) == 15


def test_the_last_user_name_is_kept_and_no_password_with_it(demo):
    assert last_user_name(demo.db) == ""
    remember_last_user(demo.db, "reception")
    assert last_user_name(demo.db) == "reception"
    with demo.db.read() as uow:
        assert set(uow.settings.values("desk.").values()) <= {"reception", desk_location(
            demo.db).id}
