"""Who may do what (SPEC §3.6, §9): one role × action matrix; anything else is denied."""

import pytest

from desk.core.errors import PermissionDenied
from desk.core.permissions import MATRIX, Action, Role, allowed, require

A = Action
RECEPTION = {A.SELL, A.PAY_VISIT, A.UNDO_PAYMENT, A.FREEZE, A.BOOK, A.MANAGE_CLIENTS, A.RUN_DUE,
             A.VOID_SALE, A.SHARE}
MANAGER = RECEPTION | {A.EDIT_MEMBERSHIP, A.MANAGE_TYPES, A.IMPORT, A.VIEW_REPORTS,
                       A.EXPORT_CLIENTS, A.BACKUP, A.AUDIT, A.PAY_PAST_LIMIT, A.REFUND,
                       A.TRANSFER, A.CLOSE_LOCATION}
EXPECTED = {Role.ADMIN: set(Action), Role.MANAGER: MANAGER, Role.RECEPTION: RECEPTION}
PAIRS = [(role, action) for role in Role for action in Action]


def test_the_matrix_names_every_role():
    assert set(MATRIX) == set(Role)


@pytest.mark.parametrize(("role", "action"), PAIRS, ids=[f"{r}-{a}" for r, a in PAIRS])
def test_every_role_and_action_pair_follows_the_matrix(role, action):
    expected = action in EXPECTED[role]
    assert (action in MATRIX[role]) is expected
    assert allowed(role, action) is expected
    assert allowed(role.value, action.value) is expected


def test_a_denied_action_raises_permission_denied_with_a_readable_message():
    with pytest.raises(PermissionDenied) as error:
        require(Role.RECEPTION, Action.EDIT_MEMBERSHIP)
    assert error.value.code == "permission_denied"
    assert "reception may not edit membership" in error.value.message


def test_an_allowed_action_passes_quietly():
    require(Role.MANAGER, Action.EDIT_MEMBERSHIP)


@pytest.mark.parametrize(("role", "action"), [
    ("admin", "drop_database"), ("ghost", "sell"), ("", ""), ("ADMIN", "sell"),
])
def test_an_unknown_action_or_role_is_denied(role, action):
    assert not allowed(role, action)
    with pytest.raises(PermissionDenied):
        require(role, action)
