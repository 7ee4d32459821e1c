"""Who may do what: one role × action matrix; anything not in it is denied."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desk.core.errors import DeskError, PermissionDenied


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    RECEPTION = "reception"


class Action(StrEnum):
    SELL = "sell"
    PAY_VISIT = "pay_visit"
    UNDO_PAYMENT = "undo_payment"
    FREEZE = "freeze"
    EDIT_MEMBERSHIP = "edit_membership"
    MANAGE_TYPES = "manage_types"
    MANAGE_CLIENTS = "manage_clients"
    MANAGE_CHAIN = "manage_chain"
    MANAGE_USERS = "manage_users"
    BOOK = "book"
    IMPORT = "import_memberships"
    VIEW_REPORTS = "view_reports"
    EXPORT_CLIENTS = "export_clients"
    RUN_DUE = "run_due"
    BACKUP = "backup"
    RESTORE = "restore"  # replaces the whole database: administrators only
    AUDIT = "audit"  # check the hash chains of the ledger and the administrative changes
    MANAGE_SETTINGS = "manage_settings"  # message channels and their credentials: admins
    PAY_PAST_LIMIT = "pay_past_visit_limit"  # a visit past a type's visit limit, with a reason
    VOID_SALE = "void_sale"  # the same business day only: the rule is desk/core/corrections.py
    REFUND = "refund"
    TRANSFER = "transfer_membership"  # any type's; reception only where the type allows it
    SHARE = "share_membership"  # add or remove family on a membership's list
    CLOSE_LOCATION = "close_location"  # freeze what can't be used elsewhere meanwhile


_FRONT_DESK = {Action.SELL, Action.PAY_VISIT, Action.UNDO_PAYMENT, Action.FREEZE, Action.BOOK,
               Action.MANAGE_CLIENTS, Action.RUN_DUE, Action.VOID_SALE, Action.SHARE}
_MANAGER = _FRONT_DESK | {Action.EDIT_MEMBERSHIP, Action.MANAGE_TYPES, Action.IMPORT,
                          Action.VIEW_REPORTS, Action.EXPORT_CLIENTS, Action.BACKUP,
                          Action.AUDIT, Action.PAY_PAST_LIMIT, Action.REFUND, Action.TRANSFER,
                          Action.CLOSE_LOCATION}

MATRIX: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.MANAGER: frozenset(_MANAGER),
    Role.RECEPTION: frozenset(_FRONT_DESK),
}


def allowed(role: Role | str, action: Action | str) -> bool:
    try:
        return Action(action) in MATRIX.get(Role(role), frozenset())
    except ValueError:
        return False


def require(role: Role | str, action: Action | str) -> None:
    if not allowed(role, action):
        raise PermissionDenied(str(action), str(role))


def require_undo(role: Role | str, paid_on: date, day: date) -> None:
    """Undo any payment (SPEC §3.11): the business day's own with *undo payment*, an earlier
    day's only with *edit memberships* as well; refused saying which day and whom to ask."""
    require(role, Action.UNDO_PAYMENT)
    if paid_on == day or allowed(role, Action.EDIT_MEMBERSHIP):
        return
    raise DeskError("undo_needs_manager",
                    f"This payment is of {paid_on.day} {paid_on:%b %Y}; a {role} may undo only "
                    f"payments of today ({day.day} {day:%b %Y}).", value=paid_on.isoformat(),
                    hint="Ask a manager to undo it.")
