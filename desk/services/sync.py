"""Chain sync as use cases: a round, its status line, the server address, conflicts, and the
owner's commands (set up the server, add and revoke desks).

The server's address is kept in the settings without its password; the password goes to
the system keyring where there is one, else to a file beside the database that only its
user can read (``<database>.server-password``): never into the database, so never into a
backup (SPEC §10).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from desk.core import operations as rules
from desk.core.dates import utc_now
from desk.core.errors import DeskError, PermissionDenied
from desk.core.money import parse_money
from desk.core.permissions import Action
from desk.notify import secrets
from desk.services.actor import Actor
from desk.services.views import describe
from desk.store.uow import Database
from desk.sync import central, hub, rounds, server, set_aside
from desk.sync.conflicts import SET_ASIDE, Conflict, find_conflicts
from desk.sync.push import Progress, quiet
from desk.sync.rounds import RoundResult, Standing, SyncStatus

__all__ = ["Conflict", "ScheduledRound", "SyncStatus", "add_desk", "conflicts",
           "connection_url", "init_server", "overdraft_amount", "password_kept_in_keyring",
           "resolve_overdraft", "review_clash", "revoke_desk", "scheduled_round",
           "server_password_saved", "server_url", "set_server_url", "status", "sync_now"]
KEEP = None  # a password given as None keeps the saved one


def server_url(db: Database) -> str | None:
    """The chain server's address as set, without its password."""
    with db.read() as uow:
        url = uow.settings.get(rounds.SERVER_URL)
    return central.without_password(url) if url else None


def server_password_saved(db: Database) -> bool:
    return bool(_saved_password(db))


def password_kept_in_keyring() -> bool:
    """Whether the server password goes to the system keyring (else to a file of its own)."""
    return secrets.keyring_usable()


def connection_url(db: Database) -> str | None:
    """The address a round connects to: the one set, with its saved password."""
    url = server_url(db)
    return _with_saved_password(db, url) if url else None


def set_server_url(db: Database, actor: Actor, url: str | None,
                   password: str | None = KEEP) -> None:
    """Remember the chain server (None or "" switches sync off, and forgets the password).
    A password in ``url`` or given as ``password`` is kept out of the database; with
    neither, the one saved before is kept."""
    actor.require(Action.MANAGE_CHAIN)
    url = (url or "").strip()
    typed = central.check_url(url).password if url else None
    with db.write() as uow:
        rounds.remember_server(uow.connection(), central.without_password(url) if url else None)
        uow.audit.record(actor.stamp(db.device_id), "chain_server_set", "settings",
                          rounds.SERVER_URL, server=central.shown_url(url) if url else None,
                          **({"password": "(changed)"} if password or typed else {}))
        uow.commit()
    kept = password if password is not KEEP else typed or None  # KEEP: the typed one, if any
    if not url:
        _save_password(db, "")
    elif kept is not None:
        _save_password(db, kept)


def sync_now(db: Database, url: str | None = None, progress: Progress = quiet, *,
             actor: Actor | None = None) -> RoundResult:
    """One round with ``url`` (remembered once a round with it succeeded) or the remembered
    server; ``progress`` is told what has moved as the round goes. A server other than the
    one set is a change of the chain server, which needs ``actor`` to be allowed it (as in
    Settings): a round would send it everything this desk holds."""
    return _round(db, _standing(db, url), url, progress, actor)


@dataclass(frozen=True)
class ScheduledRound:
    """A round of the window's timer and the status line it leaves."""

    result: RoundResult | None  # None: no chain server is set, so there was no round
    status: SyncStatus


def scheduled_round(db: Database) -> ScheduledRound:
    """The window's round of every minute (on a worker thread: it reads the database):
    with a chain server set, a round with it, as ``sync_now``; without, nothing, and the
    line says sync is off. A quiet round (nothing to send, nothing new) is one read and
    one write of the database, the status line's figures included."""
    known = _standing(db)
    if not known.server_url:
        return ScheduledRound(None, SyncStatus(None, None, 0, 0))
    result = _round(db, known, None, quiet, None)
    return ScheduledRound(result, SyncStatus(central.without_password(known.server_url),
                                             result.at, result.pending, len(result.conflicts)))


def _standing(db: Database, url: str | None = None) -> Standing:
    with db.read() as uow:
        return rounds.standing(uow.connection(), url)


def _round(db: Database, known: Standing, url: str | None, progress: Progress,
           actor: Actor | None) -> RoundResult:
    """``sync_now`` with the desk's standing just read."""
    stored = _move_password_out_of_settings(db, known.server_url)
    given = (url or "").strip()
    if given and central.without_password(given) != stored:
        if actor is None:
            raise PermissionDenied(Action.MANAGE_CHAIN.value, "desk without a user")
        actor.require(Action.MANAGE_CHAIN)
    url = given or stored
    if not url:
        raise DeskError("sync_not_configured", "No chain server is set for this desk.",
                        hint="Set it in Settings › Chain server, or pass --server URL.")
    typed = central.check_url(url).password
    result = rounds.run_round(db, url if typed else _with_saved_password(db, url), progress,
                              known=known, remember=central.without_password(url))
    if typed:
        _save_password(db, typed)
    return result


def _with_saved_password(db: Database, url: str) -> str:
    saved = _saved_password(db)
    return central.with_password(url, saved) if saved else url


def _move_password_out_of_settings(db: Database, stored: str | None) -> str | None:
    """An address saved with its password (by an older Desk): the password moves out.
    Returns the address ``stored`` without its password (None: no server is set)."""
    if not stored:
        return None
    password = central.check_url(stored).password
    if password:
        _save_password(db, password)  # first: a failure in between loses nothing
        with db.write() as uow:
            rounds.remember_server(uow.connection(), central.without_password(stored))
            uow.commit()
    return central.without_password(stored)


def _password_name(db: Database) -> str:
    return f"sync.server.password.{db.device_id}"


def _password_file(db: Database) -> Path | None:
    return db.path.with_name(db.path.name + ".server-password") if db.path else None


_IN_MEMORY: dict[str, str] = {}  # databases with no file (tests): the process keeps it


def _saved_password(db: Database) -> str | None:
    if secrets.keyring_usable():
        return secrets.keyring_get(_password_name(db))
    path = _password_file(db)
    if path is None:
        return _IN_MEMORY.get(db.device_id)
    try:
        return json.loads(path.read_text(encoding="utf-8")).get(db.device_id)
    except (OSError, ValueError, AttributeError):
        return None


def _save_password(db: Database, password: str) -> None:
    """Keep (or, with "", forget) the server password of ``db``'s desk."""
    if secrets.keyring_usable():
        secrets.keyring_set(_password_name(db), password)
        return
    path = _password_file(db)
    if path is None:
        _IN_MEMORY[db.device_id] = password
        return
    if not password:
        path.unlink(missing_ok=True)
        return
    # readable by this user only, as PostgreSQL's own password file must be; written whole
    partial = path.with_name(path.name + ".new")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({db.device_id: password}, out)
    os.replace(partial, path)


def status(db: Database) -> SyncStatus:
    """The status line's figures (see ``desk.sync.rounds.status``)."""
    with db.read() as uow:
        return rounds.status(uow.connection())


def conflicts(db: Database) -> list[Conflict]:
    """Every open sync conflict, overdrafts first (see ``desk.sync.conflicts``)."""
    with db.read() as uow:
        return find_conflicts(uow.connection())


def resolve_overdraft(db: Database, actor: Actor, membership_id: str, how: str,
                      day: date | None = None, amount: Decimal | str | None = None):
    """A manager settles an overdraft: charge, extend or write off (one ledger entry; see
    ``desk.core.operations.resolve_overdraft``). ``amount``, typed or not, is the money
    taken by a charge or an extension (by default ``overdraft_amount``)."""
    actor.require(Action.EDIT_MEMBERSHIP)
    resolution = _resolution(how)
    if isinstance(amount, str):
        amount = parse_money(amount, field="amount") if amount.strip() else None
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.get(membership_id)
        entry = rules.resolve_overdraft(m, resolution, day=day, amount=amount,
                                        stamp=actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info


def overdraft_amount(db: Database, membership_id: str, how: str) -> Decimal | None:
    """What a resolution takes by default (shown before a manager confirms it)."""
    with db.read() as uow:
        return rules.overdraft_amount(uow.memberships.get(membership_id), _resolution(how))


def _resolution(how: str) -> rules.OverdraftResolution:
    try:
        return rules.OverdraftResolution(how)
    except ValueError:
        raise DeskError("overdraft_resolution_unknown", f"{how!r} is not a way to resolve it.",
                        value=how, hint="Choose charge, extend or write_off.") from None


def review_clash(db: Database, actor: Actor, clash: str) -> None:
    """A manager has looked at a settled clash (``"<table>|<row id>"``, as in
    ``Conflict.clash``): it leaves the conflicts on every desk at their next sync. A row
    set aside (``"set_aside|<number>"``) leaves this desk's conflicts."""
    actor.require(Action.EDIT_MEMBERSHIP)
    table, _, row_id = clash.partition("|")
    if table == SET_ASIDE:
        _review_set_aside(db, actor, row_id)
        return
    with db.write() as uow:
        if not uow.clashes.review(table, row_id, actor.user_id, utc_now()):
            raise DeskError("clash_not_found", "There is no such settled clash.", value=clash,
                            hint="Refresh the conflicts.")
        uow.commit()


def _review_set_aside(db: Database, actor: Actor, number: str) -> None:
    with db.write() as uow:
        if not (number.isdigit() and set_aside.review(
                uow.connection(), int(number), actor.user_id)):
            raise DeskError("clash_not_found", "There is no such row set aside.",
                            value=number, hint="Refresh the conflicts.")
        uow.commit()


def init_server(url: str, *, role: str | None = None) -> dict:
    """Create or upgrade the chain server's schema and the chain's desks' role."""
    return server.init_server(url, role=role)


def add_desk(url: str, name: str, *, admin: bool = False, device: str | None = None) -> dict:
    """The chain's owner adds a desk: its own login, and its connection string (once)."""
    return hub.add_desk(url, name, admin=admin, device=device)


def revoke_desk(url: str, name: str) -> dict:
    """The chain's owner shuts a desk out; what it wrote stays."""
    return hub.revoke_desk(url, name)
