"""Every role × action pair of the permission matrix, walked against the real services: a role
without the permission is refused with PermissionDenied and nothing is written."""

import hashlib
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, time, timedelta

import pytest

from desk.core.errors import PermissionDenied
from desk.core.permissions import MATRIX, Action, Role, allowed, require
from desk.services import (
    bookings,
    chain,
    closures,
    corrections,
    imports,
    memberships,
    queries,
    reports,
    sharing,
    types,
)
from desk.services.audit import verify_audit
from desk.services.auth import add_user, cli_actor
from desk.services.backups import backup_now, restore_backup
from desk.services.channel_settings import ChannelForm, save_channels
from desk.services.clients import update_client
from desk.services.due import run_due
from tests.demo_chain import DEMO_DAY
from tests.importer.helpers import HEADER, row, write_xlsx


def a_payment_of_the_day(d) -> str:
    """Alice's visit of the demo's day (reception undoes only the day's own payments)."""
    return memberships.pay_visit(
        d.db, d.admin, client_id=d.client("Alice Smith"), service_id=d.service("Classic massage"),
        location_id=d.location("Downtown"), day=DEMO_DAY).payment_id


def service_call(action: Action, d, actor, tmp_path):
    """One call of a service guarded by ``action``, on the demo ``d``."""
    db, day, alice = d.db, DEMO_DAY, d.client("Alice Smith")
    payment = a_payment_of_the_day(d) if action is Action.UNDO_PAYMENT else ""
    if action is Action.SHARE:  # the demo's Family yoga, which shares, is unsold
        memberships.sell_membership(db, d.admin, type_id=d.type_id("Family yoga"),
                                    location_id=d.location("Riverside"), client_id=alice,
                                    code="FY-1", day=day)
    calls = {
        Action.SELL: lambda: memberships.sell_membership(
            db, actor, type_id=d.type_id("PT 12"), location_id=d.location("Riverside"),
            client_id=d.client("Bob Jones"), generate=True, day=day),
        Action.PAY_VISIT: lambda: memberships.pay_visit(
            db, actor, client_id=alice, service_id=d.service("Classic massage"),
            location_id=d.location("Downtown"), day=day),
        Action.PAY_PAST_LIMIT: lambda: memberships.pay_visit(
            db, actor, client_id=alice, service_id=d.service("Classic massage"),
            location_id=d.location("Downtown"), day=day, past_limit_reason="make-up class"),
        Action.UNDO_PAYMENT: lambda: memberships.undo_payment(db, actor, payment, day),
        Action.FREEZE: lambda: memberships.freeze_membership(
            db, actor, "DS-0001", until=day + timedelta(days=5), day=day),
        Action.EDIT_MEMBERSHIP: lambda: memberships.edit_membership(
            db, actor, "DS-0001", reason="check", balances={"*": 5}, day=day),
        # Bob's PT 12 was sold on the demo's day and not used yet
        Action.VOID_SALE: lambda: corrections.void_sale(db, actor, "DS-0002", day=day),
        Action.REFUND: lambda: corrections.refund_membership(
            db, actor, "DS-0001", reason="moved away", day=day),
        # DS-0001's Massage 10 is transferable by managers (the default)
        Action.TRANSFER: lambda: sharing.transfer_membership(
            db, actor, "DS-0001", to_client_id=d.client("Emma Brown"), day=day),
        Action.SHARE: lambda: sharing.share_membership(
            db, actor, "FY-1", client_id=d.client("Bob Jones"), day=day),
        Action.CLOSE_LOCATION: lambda: closures.close_location(
            db, actor, d.location("Downtown"), first_day=day, last_day=day + timedelta(days=9),
            commit=True, today=day),
        Action.MANAGE_TYPES: lambda: types.duplicate(db, actor, d.type_id("Massage 10")),
        Action.MANAGE_CLIENTS: lambda: update_client(
            db, actor, alice, "Alice Smyth", "12125550101", None, ""),
        Action.MANAGE_CHAIN: lambda: chain.add_location(db, actor, "Harbour"),
        Action.MANAGE_USERS: lambda: add_user(db, actor, "newbie", Role.RECEPTION, "password-1"),
        Action.BOOK: lambda: bookings.book(
            db, actor, client_id=alice, service_ids=[d.service("Classic massage")],
            location_id=d.location("Downtown"),
            starts_at=datetime.combine(day + timedelta(days=1), time(10), UTC), today=day,
            now=datetime.combine(day, time(10), UTC)),
        Action.IMPORT: lambda: imports.import_memberships(
            db, actor, write_xlsx(tmp_path / "in.xlsx", HEADER, [row()]), commit_rows=True,
            today=day),
        Action.VIEW_REPORTS: lambda: reports.report_summary(db, actor, day),
        Action.RUN_DUE: lambda: run_due(db, actor, datetime.combine(day, time(23), UTC)),
        Action.BACKUP: lambda: backup_now(db, actor, tmp_path / "copy.sqlite"),
        Action.RESTORE: lambda: restore_backup(d.path, a_backup(d, tmp_path), actor.username),
        Action.EXPORT_CLIENTS: lambda: queries.export_memberships(db, actor, day),
        Action.AUDIT: lambda: verify_audit(db, actor),
        Action.MANAGE_SETTINGS: lambda: save_channels(db, actor, ChannelForm(
            smtp_host="mail.example.org", smtp_sender="desk@example.org")),
    }
    return calls[action]


def a_backup(d, tmp_path):
    """A backup of the demo taken by its administrator (as a restore needs one)."""
    path = tmp_path / "saved" / "backup.sqlite"
    backup_now(d.db, cli_actor(d.db, "admin"), path)
    return path


def content(d) -> str:
    with closing(sqlite3.connect(d.path)) as con:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()


GUARDED = list(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", GUARDED)
def test_a_service_refuses_a_role_without_its_permission_and_writes_nothing(
        demo, tmp_path, role, action):
    call, before = service_call(action, demo, demo.at("Downtown", role), tmp_path), content(demo)
    if allowed(role, action):
        call()  # every call above succeeds on the demo for a role that may make it
        return
    with pytest.raises(PermissionDenied):
        call()
    assert content(demo) == before and not (tmp_path / "copy.sqlite").exists()
    assert not list(demo.path.parent.glob("*.before-restore-*"))


def test_only_managers_and_administrators_may_export_client_lists():
    assert {r for r in Role if allowed(r, Action.EXPORT_CLIENTS)} == {Role.MANAGER, Role.ADMIN}


def test_reception_may_void_a_sale_and_only_managers_and_administrators_refund():
    assert {r for r in Role if allowed(r, Action.VOID_SALE)} == set(Role)
    assert {r for r in Role if allowed(r, Action.REFUND)} == {Role.MANAGER, Role.ADMIN}


def test_reception_shares_and_only_managers_and_administrators_transfer_or_close():
    assert {r for r in Role if allowed(r, Action.SHARE)} == set(Role)
    assert {r for r in Role if allowed(r, Action.TRANSFER)} == {Role.MANAGER, Role.ADMIN}
    assert {r for r in Role if allowed(r, Action.CLOSE_LOCATION)} == {Role.MANAGER, Role.ADMIN}


def test_only_administrators_may_replace_the_database_with_a_backup():
    assert {r for r in Role if allowed(r, Action.RESTORE)} == {Role.ADMIN}


@pytest.mark.parametrize(("role", "action"), [
    ("admin", "fly_to_the_moon"), ("reception", "delete_ledger"), ("owner", "sell"),
    ("", "")])
def test_an_action_or_role_outside_the_matrix_is_denied(role, action):
    assert not allowed(role, action)
    with pytest.raises(PermissionDenied):
        require(role, action)


def test_the_matrix_names_every_role():
    assert set(MATRIX) == set(Role)
