"""Read-only questions of the membership types screen: the types as the desk lists them,
and the services and locations a manager can choose from in the type editor."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.membership_types import BalanceMode, MembershipType, ValidityStart
from desk.core.money import format_money
from desk.services.database import Database


@dataclass(frozen=True)
class TypeRow:
    """One membership type with what the list shows about it."""

    type: MembershipType
    sold: bool  # at least one membership of it was sold (or imported): some fields are locked
    services: str  # "Classic massage + Sports massage: 10 visits" / "Manicure 5 · Yoga class 2"
    locations: str
    validity: str  # "3 months from sale", "unlimited"
    price: str  # "800.00 USD"

    @property
    def id(self) -> str:
        return self.type.id

    @property
    def name(self) -> str:
        return self.type.name

    @property
    def mode(self) -> str:
        return "Overall" if self.type.balance_mode is BalanceMode.OVERALL else "Split"


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    group: str = ""  # a service's category


@dataclass(frozen=True)
class TypeFormChoices:
    """What the type editor offers: services and locations, by name."""

    services: tuple[Choice, ...]
    locations: tuple[Choice, ...]
    currency: str = "USD"


def list_types(db: Database) -> list[TypeRow]:
    """Every membership type, active and archived, by name, with its display texts."""
    with db.read() as uow:
        services = {s.id: s.name for s in uow.reference.services()}
        locations = {loc.id: loc.name for loc in uow.reference.locations()}
        chain = uow.reference.chain()
        currency = chain.currency if chain else "USD"
        return [TypeRow(t, uow.types.is_sold(t.id), services_text(t, services),
                        ", ".join(sorted(locations.get(i, "?") for i in t.location_ids)),
                        validity_text(t), format_money(t.price, currency))
                for t in uow.types.all()]


def type_form_choices(db: Database) -> TypeFormChoices:
    """The services and locations a type can include, sorted by name."""
    with db.read() as uow:
        services = uow.reference.services()
        chain = uow.reference.chain()
        return TypeFormChoices(
            services=tuple(Choice(s.id, s.name, s.category) for s in services),
            locations=tuple(Choice(loc.id, loc.name) for loc in uow.reference.locations()),
            currency=chain.currency if chain else "USD")


def services_text(t: MembershipType, names: dict[str, str]) -> str:
    """The services of a type with their visits, as one line."""
    if t.balance_mode is BalanceMode.OVERALL:
        listed = " + ".join(sorted(names.get(i, "?") for i in t.service_ids))
        return f"{listed}: {t.total_visits} visit{'' if t.total_visits == 1 else 's'}"
    return " · ".join(f"{name} {visits}" for name, visits in
                      sorted((names.get(i, "?"), t.visits.get(i, 0)) for i in t.service_ids))


def validity_text(t: MembershipType) -> str:
    if t.validity.unlimited:
        return "unlimited"
    start = "sale" if t.validity_start is ValidityStart.SALE else "first visit"
    return f"{t.validity} from {start}"
