"""Membership types: what a package holds, how long it lasts, and what can change after a sale.

Balances use one model for both modes: a mapping from *balance key* to visits. An
``overall`` type has the single key ``"*"`` shared by all its services; a ``split``
type has one key per service (the service id).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from desk.core.dates import Period, PeriodUnit
from desk.core.errors import DeskError
from desk.core.freeze_policy import FreezePolicy, validate_policy
from desk.core.money import visit_cost
from desk.core.notifications import NoticeKind, NoticeSetting, validate_notice
from desk.core.visit_limits import VisitLimits, tightened, validate_limits

OVERALL_KEY = "*"
MAX_VISITS = 100_000
MAX_SHARED = 20  # family members one membership may list (SPEC §3.11)


class BalanceMode(StrEnum):
    OVERALL = "overall"
    SPLIT = "split"


class ValidityStart(StrEnum):
    SALE = "sale"
    FIRST_VISIT = "first_visit"


class Transferable(StrEnum):
    """Who may give a sold membership to another client (SPEC §3.11)."""

    NO = "no"
    MANAGERS = "managers"
    RECEPTION = "reception"


class EditPolicy(StrEnum):
    PROHIBITED = "prohibited"
    SELLING_LOCATION_ONLY = "selling_location_only"
    ALL_LOCATIONS = "all_locations"


@dataclass(frozen=True)
class MembershipType:
    """A chain-wide membership type as a manager configures it (SPEC §2).

    ``visits`` maps balance keys to visits: ``{"*": 10}`` for overall,
    ``{service_id: 5, ...}`` for split. ``service_ids`` lists every service the type pays.
    """

    id: str
    name: str
    balance_mode: BalanceMode
    service_ids: frozenset[str]
    visits: Mapping[str, int]
    price: Decimal
    validity: Period = Period(0, PeriodUnit.MONTH)  # noqa: RUF009 - frozen, shared safely
    validity_start: ValidityStart = ValidityStart.SALE
    auto_activate_days: int | None = None
    freeze_limit: Period | None = None
    book_while_frozen: bool = True
    sale_without_code: bool = False
    recalculate_cost: bool = False
    edit_policy: EditPolicy = EditPolicy.PROHIBITED
    online_sale: bool = False
    location_ids: frozenset[str] = field(default_factory=frozenset)
    archived: bool = False
    auto_renew: bool = False
    notices: tuple[NoticeSetting, ...] = ()
    visit_limits: VisitLimits = VisitLimits()  # noqa: RUF009 - frozen, shared safely
    freeze_policy: FreezePolicy = FreezePolicy()  # noqa: RUF009 - frozen, shared safely
    transferable: Transferable = Transferable.MANAGERS
    share_limit: int = 0  # other clients who may use one membership of the type

    def notice(self, kind: NoticeKind) -> NoticeSetting:
        """The type's setting for ``kind`` (off with the default text when never set)."""
        return next((n for n in self.notices if n.kind is kind), NoticeSetting(kind))

    @property
    def total_visits(self) -> int:
        return sum(self.visits.values())

    @property
    def freeze_allowed(self) -> bool:
        return self.freeze_limit is not None and not self.freeze_limit.unlimited

    def balance_key(self, service_id: str) -> str:
        """The balance a visit of ``service_id`` is deducted from."""
        return OVERALL_KEY if self.balance_mode is BalanceMode.OVERALL else service_id

    def initial_balances(self) -> dict[str, int]:
        return dict(self.visits)

    def includes(self, service_id: str) -> bool:
        return service_id in self.service_ids

    def valid_at(self, location_id: str) -> bool:
        return location_id in self.location_ids

    def cost_of_visit(self, visit_number: int, list_price: Decimal) -> Decimal:
        """The recorded cost of the ``visit_number``-th visit paid with this type."""
        if not self.recalculate_cost:
            return list_price
        return visit_cost(self.price, self.total_visits, visit_number)


def validate_type(t: MembershipType) -> MembershipType:
    """Refuse a type that can't work; returns it unchanged when it can."""
    if not t.service_ids:
        raise DeskError("type_services_required", f"{t.name!r} includes no service.",
                        hint="Add at least one service.")
    _check_visits(t)
    if t.price < 0:
        raise DeskError("type_price_invalid", f"The price {t.price} is below zero.",
                        value=str(t.price), hint="Type a price of 0 or more.")
    if t.validity.amount < 0:
        raise DeskError("type_validity_invalid", "The validity can't be negative.",
                        value=t.validity.amount, hint="Type 0 for unlimited or a positive amount.")
    if t.auto_activate_days is not None:
        if t.validity_start is not ValidityStart.FIRST_VISIT:
            raise DeskError(
                "type_auto_activation_needs_first_visit",
                "Automatic activation only applies when validity counts from the first visit.",
                hint="Count validity from the first visit, or turn automatic activation off.",
            )
        if t.auto_activate_days < 0:
            raise DeskError("type_auto_activation_invalid",
                            "Activate after a negative number of days is not possible.",
                            value=t.auto_activate_days, hint="Type 0 or more days.")
    if t.freeze_limit is not None and t.freeze_limit.amount < 0:
        raise DeskError("type_freeze_limit_invalid", "The freeze limit can't be negative.",
                        value=t.freeze_limit.amount, hint="Type a positive freeze limit.")
    if t.auto_renew and t.validity.unlimited:
        raise DeskError("type_renewal_needs_validity",
                        "An auto-renewing type renews each validity period; it can't be "
                        "unlimited.", hint="Give a validity, or turn auto-renewal off.")
    for notice in t.notices:
        validate_notice(notice)
    validate_limits(t.visit_limits)
    validate_policy(t.freeze_policy)
    if isinstance(t.share_limit, bool) or not isinstance(t.share_limit, int) \
            or not 0 <= t.share_limit <= MAX_SHARED:
        raise DeskError("type_share_limit_invalid", f"Sharing with {t.share_limit!r} other "
                        "clients is not possible.", value=t.share_limit,
                        hint=f"Type a whole number from 0 (not shared) to {MAX_SHARED}.")
    if not t.location_ids:
        raise DeskError("type_locations_required", f"{t.name!r} is valid at no location.",
                        hint="Choose at least one location where it can be sold and used.")
    return t


def _check_visits(t: MembershipType) -> None:
    if t.balance_mode is BalanceMode.OVERALL:
        if set(t.visits) != {OVERALL_KEY}:
            raise DeskError("type_visits_invalid", "An overall type has one number of visits.",
                            hint="Give one total number of visits.")
    elif set(t.visits) != set(t.service_ids):
        raise DeskError("type_visits_invalid",
                        "A split type needs a number of visits for each of its services.",
                        hint="Give each service its number of visits.")
    for count in t.visits.values():
        if not 0 < count <= MAX_VISITS:
            raise DeskError("type_visits_invalid",
                            f"{count} visits is not possible; give 1 to {MAX_VISITS:,}.",
                            value=count, hint=f"Type a whole number from 1 to {MAX_VISITS:,}.")


_LOCKED_MESSAGE = "{what} can't change once a membership of this type has been sold."
_DUPLICATE_HINT = "Use “Duplicate type” to make a new type with the changed setting."


def check_type_change(old: MembershipType, new: MembershipType, *, sold: bool) -> None:
    """Refuse, loudly and by name, an edit the locked-after-sale rules forbid (SPEC §2)."""
    if not sold:
        return
    _refuse_if(old.price != new.price, "type_locked_price", "The price")
    _refuse_if(old.balance_mode != new.balance_mode, "type_locked_balance_mode",
               "The balance mode")
    removed = old.service_ids - new.service_ids
    _refuse_if(bool(removed), "type_locked_services_removed", "Removing services")
    added = new.service_ids - old.service_ids
    _refuse_if(bool(added) and old.balance_mode is BalanceMode.SPLIT,
               "type_locked_services_added", "Adding services to a split type")
    old_visits = {k: v for k, v in old.visits.items() if k in old.service_ids or k == OVERALL_KEY}
    new_visits = {k: v for k, v in new.visits.items() if k in old_visits}
    _refuse_if(old_visits != new_visits, "type_locked_visits", "The number of visits")
    _refuse_if(old.validity != new.validity or old.validity_start != new.validity_start,
               "type_locked_validity", "The validity")
    _refuse_if(old.sale_without_code != new.sale_without_code,
               "type_locked_sale_without_code", "“Sale without code”")
    if tightened(old.visit_limits, new.visit_limits):
        # clients bought the type with these limits: a tighter one would take back what was
        # sold, a looser one only gives (desk.sync's server keeps the same rule)
        raise DeskError("type_locked_visit_limits",
                        "A visit limit can't be added or lowered once a membership of this "
                        "type has been sold; raising or removing one is fine.",
                        hint=_DUPLICATE_HINT)
    if new.share_limit < old.share_limit:
        # the family a client bought it for keeps its places; more places only give
        raise DeskError("type_locked_share_limit",
                        "The number of clients a membership may be shared with can't be "
                        "lowered once a membership of this type has been sold; raising it is "
                        "fine.", hint=_DUPLICATE_HINT)


def _refuse_if(condition: bool, code: str, what: str) -> None:
    if condition:
        raise DeskError(code, _LOCKED_MESSAGE.format(what=what), hint=_DUPLICATE_HINT)


def duplicate_type(t: MembershipType, *, new_id: str, new_name: str) -> MembershipType:
    """Every setting copied into a new, unsold, active type."""
    return replace(t, id=new_id, name=new_name, archived=False)
