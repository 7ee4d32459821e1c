"""Membership types and their products."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, exists, literal, select, union_all
from sqlalchemy.orm import Session

from desk.core.dates import Period, PeriodUnit
from desk.core.errors import NotFound
from desk.core.freeze_policy import FreezePolicy
from desk.core.ids import new_id
from desk.core.membership_types import (
    BalanceMode,
    EditPolicy,
    MembershipType,
    Transferable,
    ValidityStart,
)
from desk.core.names import name_key
from desk.core.notifications import NoticeKind, NoticeSetting
from desk.core.visit_limits import VisitLimits
from desk.store import schema as s
from desk.store.repos.settings import read_setting, write_setting

MEMBERSHIPS_CATEGORY = "Memberships"
VERSION_KEY = "types_version"


class TypeCache:
    """Types shared by the units of work of one database, valid for one ``types_version``.

    Every membership read needs its type, and types change rarely: a unit of work reads the
    version (one small query) and reuses the types loaded at that version. ``save`` writes a
    new version in its own transaction, so a change by any process invalidates the cache.
    """

    def __init__(self) -> None:
        self.version: str | None = None
        self.types: dict[str, MembershipType] = {}

    def publish(self, version: str, types: dict[str, MembershipType]) -> None:
        self.types, self.version = dict(types), version  # a new dict: readers never see it half


class TypeRepo:
    def __init__(self, session: Session, shared: TypeCache | None = None) -> None:
        self.session = session
        self._shared = shared or TypeCache()
        self._version: str | None = None  # read once per unit of work
        self._loaded: dict[str, MembershipType] = {}

    def get(self, type_id: str) -> MembershipType:
        return self.get_many([type_id])[type_id]

    def get_many(self, type_ids: Iterable[str]) -> dict[str, MembershipType]:
        """Types by id: from the shared cache when current, else in two queries."""
        self._adopt_shared()
        wanted = list(dict.fromkeys(type_ids))
        missing = [type_id for type_id in wanted if type_id not in self._loaded]
        if missing:
            self._load_rows(self.session.scalars(select(s.MembershipType).where(
                s.MembershipType.id.in_(missing))).all())
            self._shared.publish(self._version, self._loaded)
        for type_id in wanted:
            if type_id not in self._loaded:
                raise NotFound("type_unknown", f"No membership type {type_id}.", value=type_id)
        return {type_id: self._loaded[type_id] for type_id in wanted}

    def all(self, *, archived: bool | None = None) -> list[MembershipType]:
        query = select(s.MembershipType).order_by(s.MembershipType.name_key)
        if archived is not None:
            query = query.where(s.MembershipType.archived == archived)
        return self._load_rows(self.session.scalars(query).all())

    def by_name(self, name: str) -> MembershipType:
        """The type with this name; an active one wins over archived namesakes."""
        row = self.session.scalars(
            select(s.MembershipType).where(s.MembershipType.name_key == name_key(name))
            .order_by(s.MembershipType.archived)).first()
        if row is None:
            known = ", ".join(t.name for t in self.all(archived=False)) or "none yet"
            raise NotFound("type_unknown", f"There is no membership type named {name!r}.",
                           value=name, hint=f"Known types: {known}.")
        return self._load(row)

    def active_name_taken(self, name: str, *, except_id: str | None = None) -> bool:
        query = select(s.MembershipType.id).where(
            s.MembershipType.name_key == name_key(name), s.MembershipType.archived.is_(False))
        if except_id:
            query = query.where(s.MembershipType.id != except_id)
        return self.session.scalar(query.limit(1)) is not None

    def name_keys(self) -> set[str]:
        return set(self.session.scalars(select(s.MembershipType.name_key)))

    def is_sold(self, type_id: str) -> bool:
        return bool(self.session.scalar(select(exists().where(s.Membership.type_id == type_id))))

    def _adopt_shared(self) -> None:
        if self._version is not None:
            return
        self._version = read_setting(self.session, VERSION_KEY) or ""
        if self._shared.version == self._version:
            self._loaded = dict(self._shared.types)

    def save(self, t: MembershipType) -> None:
        """Insert or replace the type, its services, visits and locations, and its product."""
        self._loaded.pop(t.id, None)
        self._version = new_id()
        write_setting(self.session, VERSION_KEY, self._version)
        row = self.session.get(s.MembershipType, t.id) or s.MembershipType(id=t.id)
        row.name, row.name_key = t.name, name_key(t.name)
        row.balance_mode, row.price = t.balance_mode.value, t.price
        row.validity_amount, row.validity_unit = t.validity.amount, t.validity.unit.value
        row.validity_start, row.auto_activate_days = t.validity_start.value, t.auto_activate_days
        row.freeze_limit_amount = t.freeze_limit.amount if t.freeze_limit else None
        row.freeze_limit_unit = t.freeze_limit.unit.value if t.freeze_limit else None
        row.book_while_frozen, row.sale_without_code = t.book_while_frozen, t.sale_without_code
        row.recalculate_cost, row.edit_policy = t.recalculate_cost, t.edit_policy.value
        row.online_sale, row.archived = t.online_sale, t.archived
        row.auto_renew = t.auto_renew
        limits = t.visit_limits
        row.visits_per_day, row.visits_per_week = limits.per_day, limits.per_week
        row.visits_per_month = limits.per_month
        policy = t.freeze_policy
        row.freeze_min_days, row.freeze_max_days = policy.min_days, policy.max_days
        row.freeze_max_count, row.freeze_fee = policy.max_count, policy.fee
        row.freeze_reason_required = policy.reason_required
        row.transferable, row.share_limit = t.transferable.value, t.share_limit
        self.session.add(row)
        self.session.flush()
        for table in (s.MembershipTypeService, s.MembershipTypeVisits, s.MembershipTypeLocation,
                      s.MembershipTypeNotice):
            self.session.execute(delete(table).where(table.type_id == t.id))
        self.session.add_all([s.MembershipTypeService(type_id=t.id, service_id=sid)
                              for sid in sorted(t.service_ids)])
        self.session.add_all([s.MembershipTypeVisits(type_id=t.id, balance_key=k, visits=v)
                              for k, v in t.visits.items()])
        self.session.add_all([s.MembershipTypeLocation(type_id=t.id, location_id=lid)
                              for lid in sorted(t.location_ids)])
        self.session.add_all([s.MembershipTypeNotice(
            type_id=t.id, kind=n.kind.value, enabled=n.enabled, threshold=n.threshold,
            template=n.template) for n in t.notices])
        self._save_product(t)

    def _save_product(self, t: MembershipType) -> None:
        """Every type is also a product in the category "Memberships" (SPEC §2.6)."""
        category = self.session.scalars(select(s.ProductCategory).where(
            s.ProductCategory.name == MEMBERSHIPS_CATEGORY)).first()
        if category is None:
            category = s.ProductCategory(id=new_id(), name=MEMBERSHIPS_CATEGORY)
            self.session.add(category)
        product = self.session.scalars(
            select(s.Product).where(s.Product.membership_type_id == t.id)).first()
        if product is None:
            product = s.Product(id=new_id(), category_id=category.id,
                                membership_type_id=t.id)
            self.session.add(product)
        product.name, product.price = t.name, t.price

    def _notices(self, ids: list[str]) -> dict[str, tuple[NoticeSetting, ...]]:
        found: dict[str, list[NoticeSetting]] = defaultdict(list)
        for n in self.session.scalars(select(s.MembershipTypeNotice).where(
                s.MembershipTypeNotice.type_id.in_(ids))):
            found[n.type_id].append(NoticeSetting(NoticeKind(n.kind), n.enabled, n.threshold,
                                                  n.template))
        order = list(NoticeKind)  # the order the type editor shows them in
        return {type_id: tuple(sorted(settings, key=lambda n: order.index(n.kind)))
                for type_id, settings in found.items()}

    def _load(self, row: s.MembershipType) -> MembershipType:
        return self._load_rows([row])[0]

    def _load_rows(self, rows: Sequence[s.MembershipType]) -> list[MembershipType]:
        """Core types for ``rows``; their services, visits and locations come in one query."""
        ids = [row.id for row in rows]
        if not ids:
            return []
        services: dict[str, set[str]] = defaultdict(set)
        visits: dict[str, dict[str, int]] = defaultdict(dict)
        locations: dict[str, set[str]] = defaultdict(set)
        ts, tv, tl = s.MembershipTypeService, s.MembershipTypeVisits, s.MembershipTypeLocation
        parts = union_all(
            select(ts.type_id, literal("service"), ts.service_id, literal(0))
            .where(ts.type_id.in_(ids)),
            select(tv.type_id, literal("visits"), tv.balance_key, tv.visits)
            .where(tv.type_id.in_(ids)),
            select(tl.type_id, literal("location"), tl.location_id, literal(0))
            .where(tl.type_id.in_(ids)))
        for type_id, part, key, count in self.session.execute(parts):
            if part == "service":
                services[type_id].add(key)
            elif part == "visits":
                visits[type_id][key] = count
            else:
                locations[type_id].add(key)
        notices = self._notices(ids)
        loaded = []
        for row in rows:
            freeze = (Period(row.freeze_limit_amount, PeriodUnit(row.freeze_limit_unit))
                      if row.freeze_limit_amount is not None else None)
            t = MembershipType(
                id=row.id, name=row.name, balance_mode=BalanceMode(row.balance_mode),
                service_ids=frozenset(services[row.id]), visits=visits[row.id], price=row.price,
                validity=Period(row.validity_amount, PeriodUnit(row.validity_unit)),
                validity_start=ValidityStart(row.validity_start),
                auto_activate_days=row.auto_activate_days, freeze_limit=freeze,
                book_while_frozen=row.book_while_frozen, sale_without_code=row.sale_without_code,
                recalculate_cost=row.recalculate_cost, edit_policy=EditPolicy(row.edit_policy),
                online_sale=row.online_sale, location_ids=frozenset(locations[row.id]),
                archived=row.archived, auto_renew=row.auto_renew,
                visit_limits=VisitLimits(row.visits_per_day, row.visits_per_week,
                                         row.visits_per_month),
                freeze_policy=FreezePolicy(row.freeze_min_days, row.freeze_max_days,
                                           row.freeze_max_count, row.freeze_fee,
                                           row.freeze_reason_required),
                transferable=Transferable(row.transferable), share_limit=row.share_limit,
                notices=notices.get(row.id, ()))
            self._loaded[t.id] = t
            loaded.append(t)
        return loaded
