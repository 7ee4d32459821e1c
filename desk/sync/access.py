"""Who this desk is on the chain server, and what the server lets it add.

The login is the desk's identity: the owner made one per desk (``desk.sync.hub``). At its
first sync the desk binds the login to its device id (row-level security lets a login do
that once, for itself, with a device that has written nothing there yet); from then on the
server takes from it only ledger entries and rows stamped with that device, and rows of
users and the chain's settings only if the owner made it an admin desk. A round asks first,
so that the push sends only what the server will take (``desk.sync.push``).

The chain's owner may also sync a desk with the owner's own login (as the tests do): that
login is bound to no device and may add anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError, ProgrammingError

from desk.core.errors import DeskError
from desk.sync.central import ADMIN_TABLES


@dataclass(frozen=True)
class Access:
    """What the connected login may add: ``device_id`` None is the owner's login (anything)."""

    device_id: str | None = None
    admin: bool = True

    def may_send(self, table: str, device_id: str) -> bool:
        """Whether the server takes a version of a ``table`` row stamped by ``device_id``
        ("" is a record of this desk's made before it had a device: sent as this desk's)."""
        if self.device_id is None:
            return True
        return device_id in (self.device_id, "") and (self.admin or table not in ADMIN_TABLES)


OWNER = Access()

_WHO = text("SELECT d.name, d.admin, d.revoked_at IS NOT NULL, b.device_id FROM desks d "
            "LEFT JOIN desk_bindings b ON b.role_name = d.role_name "
            "WHERE d.role_name = current_user")


def identify(conn: Connection, device_id: str) -> Access:
    """This desk's access through ``conn`` (in a transaction the caller commits), binding
    the login to ``device_id`` if it is its first sync."""
    found = conn.execute(_WHO).first()
    if found is None:
        if conn.scalar(text("SELECT has_table_privilege('desks', 'UPDATE')")):
            return OWNER
        raise DeskError("sync_desk_not_registered", "The chain server does not know this "
                        "desk's login.", hint="Ask the chain's owner for this desk's own "
                        "connection string (`desk server add-desk`) and set it in Settings › "
                        "Chain server.")
    name, admin, revoked, bound = found
    if revoked:
        raise DeskError("sync_desk_revoked", f"The chain's owner revoked the desk {name}.",
                        value=name, hint="Ask the chain's owner for a new connection string.")
    if bound is None:
        _bind(conn, name, device_id)
    elif bound != device_id:
        raise DeskError("sync_desk_bound_elsewhere", f"The connection string of the desk {name} "
                        "belongs to another device.", value=name,
                        hint="Each desk has its own: ask the chain's owner for this desk's. "
                             "A desk whose database was restored from a backup or copied is "
                             f"a new device ({device_id}): the owner gives it a login with "
                             f"`desk server add-desk URL NAME --device {device_id}`.")
    return Access(device_id, bool(admin))


def _bind(conn: Connection, name: str, device_id: str) -> None:
    try:
        with conn.begin_nested():
            conn.execute(text("INSERT INTO desk_bindings (role_name, device_id) "
                              "VALUES (current_user, :d)"), {"d": device_id})
    except IntegrityError as error:  # another login already holds this device
        raise _refused_binding(name, device_id) from error
    except ProgrammingError as error:
        if "row-level security" not in str(error.orig):
            raise
        raise _refused_binding(name, device_id) from error


def _refused_binding(name: str, device_id: str) -> DeskError:
    return DeskError(
        "sync_device_not_bound", f"The chain server won't bind the desk {name} to this "
        f"device ({device_id}): the device wrote to it before, or is another desk's.",
        value=device_id, hint=f"The chain's owner binds it: `desk server add-desk URL NAME "
                              f"--device {device_id}` gives this device a connection string.")
