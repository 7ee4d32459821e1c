"""A large, realistic desk database, built fast, for benchmarks and trials.

Use it from a script (it is not a test module)::

    from tests.bench.bench_db import build_bench_db

    info = build_bench_db("bench-out/desk.sqlite")    # 100k clients, 100k memberships, ~1M entries
    info = build_bench_db(path, clients=2_000, memberships=2_000, entries=20_000)  # seconds

What is in it:

- the demo chain of ``desk.services.demo.create_demo`` (locations, storages, services, the
  five membership types, the users admin/manager/reception, five clients, three memberships);
- ``clients`` more clients with realistic names and unique, valid E.164-digit phones
  (mostly US, some UK and Spanish mobiles);
- ``memberships`` memberships of the demo types sold at Downtown and Riverside over the two
  years before ``today``, most to a client, some (coded ones) to nobody yet;
- their ledgers, about ``entries`` entries in all: the sale entry (the type's balances), paid
  visits spread over the validity (one a day at most, never while frozen, never after the
  expiry nor after ``today``), the activation entries of first-visit types, and a few
  freezes with early unfreezes; with one ``visits`` row per paid visit (``with_visits``);
- the cache columns of ``memberships`` and the rows of ``membership_balances``, derived by
  the product's own ``desk.store.repos.memberships.cache_values`` from core
  ``Membership`` objects built from the very entries written.

Rows go in through the project's bulk path, ``desk.store.bulk.bulk_insert`` (a Core
``insert()`` compiled once, the columns' own bind processors, executemany in large
batches), not through the services nor one ORM object per row. The ledger follows the
product's rules: ``check_bench_db`` replays a sample of memberships through
``desk.core.operations`` and compares the cache with a fresh fold.
The same arguments, ``seed`` and ``today`` give the same rows, ids included, apart from the
demo chain's own (made by ``create_demo`` with random ids).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import phonenumbers
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desk.collector import collector_paused
from desk.core import operations as rules
from desk.core.codes import code_key
from desk.core.errors import DeskError
from desk.core.ledger import EntryKind, LedgerEntry, Stamp
from desk.core.membership_types import BalanceMode, MembershipType, ValidityStart
from desk.core.memberships import Membership, Sale
from desk.core.names import name_key, search_key
from desk.core.phones import normalize_phone
from desk.services.demo import CLIENTS as DEMO_CLIENTS
from desk.services.demo import create_demo
from desk.store import schema as s
from desk.store.bulk import bulk_insert
from desk.store.bulk_writes import indexes_rebuilt, versioned_in_bulk
from desk.store.client_names import word_rows
from desk.store.repos.memberships import balance_rows, cache_values, entry_row
from desk.store.uow import Database

DEFAULT_SEED = 20261122
# the tables whose plain indexes a build drops, and builds again once filled
BULK_TABLES = ("clients", "client_name_words", "memberships", "membership_balances",
               "ledger_entries", "visits")
BATCH = 2_000  # memberships generated, then written, at a time (~20k ledger rows), at most

# share of sales by demo type; the archived "Old promo" was sold only in the first months
TYPE_MIX = {"Massage 10": 0.35, "PT 12": 0.35, "Yoga 8": 0.15, "Nails split": 0.10,
            "Old promo": 0.05}
SALES_LOCATIONS = ("Downtown", "Riverside")  # the demo locations with a sales storage
HISTORY_DAYS = 730
OLD_PROMO_UNTIL_DAYS = 430  # sold no later than this many days before today
UNLIMITED_SPREAD_DAYS = 180  # visits of a type that never expires fall within this
FIRST_VISIT_WITHIN_DAYS = 20  # first-visit types: the first visit comes this soon, at most
FREEZE_SHARE = 0.05  # of memberships whose type allows freezing
CODED_SHARE = 0.30  # of memberships whose type may be sold without a code
UNOWNED_SHARE = 0.05  # of coded memberships sold to nobody (the first payer becomes owner)

FIRST_NAMES = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony",
    "Sandra", "Mark", "Ashley", "Donald", "Kimberly", "Steven", "Emily", "Andrew", "Donna", "Paul",
    "Michelle", "Joshua", "Carol", "Kenneth", "Amanda", "Kevin", "Melissa", "Brian", "Deborah",
    "George", "Stephanie", "Timothy", "Rebecca", "Ronald", "Laura", "Jason", "Helen", "Edward",
    "Sharon", "Jeffrey", "Cynthia", "Ryan", "Kathleen", "Jacob", "Amy", "Gary", "Angela",
    "Nicholas", "Shirley", "Eric", "Anna", "Jonathan", "Brenda", "Stephen", "Pamela", "Larry",
    "Emma", "Justin", "Nicole", "Scott", "Samantha", "Brandon", "Katherine", "Benjamin",
    "Christine", "Samuel", "Debra", "Gregory", "Rachel", "Alexander", "Carolyn", "Frank", "Janet",
    "Patrick", "Maria", "Raymond", "Olivia", "Jack", "Heather", "Dennis", "Diane", "Jerry",
    "Julie", "Tyler", "Joyce", "Aaron", "Victoria", "José", "Lucía", "Zoë", "Chloé", "André",
    "Björn", "Søren", "Renée", "Mateo", "Sofía", "Noah", "Liam", "Ava", "Mia", "Ethan", "Isabella",
    "Lucas", "Harper", "Mason", "Evelyn", "Logan", "Aria", "Dmitri", "Olga", "Yuki", "Hiroshi",
    "Priya", "Arjun", "Fatima", "Omar", "Mei", "Wei", "Ngozi", "Kwame", "Ingrid", "Lars"
)
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
    "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
    "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz",
    "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy",
    "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed",
    "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez",
    "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
    "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Díaz", "Müller",
    "Schröder", "Østergaard", "Núñez", "Ivanov", "Petrova", "Kowalski", "Nowak", "Rossi",
    "Bianchi", "Dubois", "Lefèvre", "O'Brien", "McCarthy", "Van der Berg", "De Luca", "Yamamoto",
    "Tanaka", "Chen", "Wang", "Singh", "Okafor", "Mensah", "Haddad", "Cohen", "Novak", "Horváth",
    "Papadopoulos", "Andersson", "Johansson", "Silva", "Santos"
)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BenchDb:
    """What ``build_bench_db`` wrote (counts exclude the demo chain's own rows)."""

    path: Path
    today: date
    clients: int
    memberships: int
    entries: int
    visits: int
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)


def build_bench_db(path: str | Path, clients: int = 100_000, memberships: int = 100_000,
                   entries: int = 1_000_000, seed: int = DEFAULT_SEED, *,
                   today: date | None = None, with_visits: bool = True,
                   overwrite: bool = False, progress: Progress | None = None) -> BenchDb:
    """Create the benchmark database at ``path`` (see the module docstring for its content).

    ``entries`` is a target: paid visits are added or left out to come near it, within
    what the memberships can hold (about 11 entries each at most). ``today`` anchors every
    date (default: the real today). An existing file is refused unless ``overwrite``.
    Returns the counts written and the seconds taken, in all and by phase.
    """
    path = Path(path)
    _make_room(path, overwrite)
    say = progress or (lambda _msg: None)
    today = today or date.today()
    started = time.perf_counter()
    phases: dict[str, float] = {}

    db = Database.open(path)
    try:
        create_demo(db, today)
        phases["demo chain"] = time.perf_counter() - started
        world = _World.load(db, today, random.Random(seed))
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # pragmas go outside any transaction
            raw.execute("PRAGMA cache_size=-262144")  # a bulk load: a large page cache,
            raw.execute("PRAGMA synchronous=OFF")  # and durability only at the end
            mark = time.perf_counter()
            session = Session(bind=conn)  # for desk.store.bulk, inside conn's transactions
            # the product's bulk levers: no cycle collector, sync versions written set-based,
            # plain indexes built once at the end (the file is not anyone's data until then)
            with collector_paused(), indexes_rebuilt(raw, BULK_TABLES, large=True):
                with conn.begin(), versioned_in_bulk(raw, "clients"):
                    client_ids = _insert_clients(session, world, clients, say)
                phases["clients"] = time.perf_counter() - mark
                mark = time.perf_counter()
                world.client_ids = client_ids
                written = _insert_memberships(conn, session, world, memberships, entries,
                                              with_visits, say)
            phases["memberships"] = time.perf_counter() - mark
            mark = time.perf_counter()
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _flush_to_disk(path)  # what synchronous=OFF left unwritten: no debt for what follows
        phases["flush to disk"] = time.perf_counter() - mark
        mark = time.perf_counter()
        check_bench_db(db, today, sample=200, seed=seed)
        phases["check"] = time.perf_counter() - mark
    finally:
        db.close()
    return BenchDb(path, today, len(client_ids), written[0], written[1], written[2],
                   time.perf_counter() - started, phases)


def check_bench_db(db: Database, today: date, *, sample: int = 200,
                   seed: int = DEFAULT_SEED) -> None:
    """Replay a sample of memberships through the core rules; raise AssertionError if off.

    Every payment must pass ``check_payment`` against the ledger before it, every freeze
    and unfreeze must be accepted by ``rules.freeze``/``rules.unfreeze``, and the cached
    columns and balances must equal what the product derives from the ledger.
    """
    rng = random.Random(seed)
    with db.read() as uow:
        ids = list(uow.connection().scalars(select(s.Membership.id).order_by(s.Membership.id)))
        for membership_id in rng.sample(ids, min(sample, len(ids))):
            m = uow.memberships.get(membership_id)
            row = uow.connection().execute(select(s.Membership.__table__).where(
                s.Membership.id == membership_id)).one()._mapping
            cached = {k: row[k] for k in cache_values(m)}
            assert cached == cache_values(m), (membership_id, cached, cache_values(m))
            balances = uow.memberships.cached_balances(membership_id)
            assert balances == m.balances, (membership_id, balances, m.balances)
            _replay(m, today)


def _replay(m: Membership, today: date) -> None:
    for i, e in enumerate(m.entries):
        before = Membership(m.sale, m.type, m.entries[:i])
        assert e.on <= today, (m.id, e)
        try:
            if e.kind is EntryKind.PAYMENT:
                rules.check_payment(before, e.service_id, e.stamp.location_id, e.client_id, e.on)
            elif e.kind is EntryKind.FREEZE:
                rules.freeze(before, day=e.on, until=e.date_value, stamp=e.stamp)
            elif e.kind is EntryKind.UNFREEZE:
                rules.unfreeze(before, day=e.on, stamp=e.stamp)
            elif e.kind is EntryKind.ACTIVATION and e.ref_id is None:
                assert rules.activate(before, e.on, e.stamp) is not None, (m.id, e)
        except DeskError as error:
            raise AssertionError(f"{m.id}: entry {i} ({e.kind}) refused: {error}") from None


# set-up ---------------------------------------------------------------------------------
def _make_room(path: Path, overwrite: bool) -> None:
    files = [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists; pass overwrite=True to build it anew")
    for f in files:
        f.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)


def _flush_to_disk(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class _World:
    """The demo chain's reference data and the generator's state."""

    rng: random.Random
    today: date
    device_id: str
    types: dict[str, MembershipType]
    locations: dict[str, str]  # name -> id
    storages: dict[str, str | None]  # location id -> sales storage id
    services: dict[str, str]  # name -> id
    prices: dict[str, Decimal]  # service id -> list price
    users: dict[str, str]  # username -> id
    names: dict[str, str]  # location or service id -> name, to order ids the same each time
    client_ids: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, db: Database, today: date, rng: random.Random) -> _World:
        with db.read() as uow:
            types = {t.name: t for t in uow.types.all()}
            locations = uow.reference.locations()
            services = uow.reference.services()
            users = dict(uow.connection().execute(select(s.User.username, s.User.id)).all())
        return cls(rng, today, db.device_id, types, {loc.name: loc.id for loc in locations},
                   {loc.id: loc.sales_storage_id for loc in locations},
                   {svc.name: svc.id for svc in services},
                   {svc.id: svc.price for svc in services}, users,
                   {x.id: x.name for x in [*locations, *services]})

    def by_name(self, ids) -> list[str]:
        return sorted(ids, key=self.names.__getitem__)

    def new_id(self) -> str:
        """A random (version 4) UUID from the seeded generator, as text."""
        h = f"{self.rng.getrandbits(128):032x}"
        variant = "89ab"[int(h[16], 16) & 3]
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}"

    def moment(self, day: date, hour: int) -> datetime:
        """A moment in the hour ``hour`` (UTC) of ``day``."""
        micros = int(self.rng.random() * 3_600_000_000)
        return datetime(day.year, day.month, day.day, hour, micros // 60_000_000,
                        micros // 1_000_000 % 60, micros % 1_000_000, tzinfo=UTC)


# clients ----------------------------------------------------------------------------------
def _insert_clients(session: Session, world: _World, count: int, say: Progress) -> list[str]:
    rng = world.rng
    phones = _unique_phones(rng, count, {p for _, p in DEMO_CLIENTS})
    for phone in rng.sample(phones, min(500, len(phones))):  # the product's normaliser agrees
        assert normalize_phone(phone) == phone, phone
    ids, rows, words = [], [], []
    for i, phone in enumerate(phones):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if rng.random() < 0.1:  # a double-barrelled surname
            last = f"{rng.choice(LAST_NAMES)}-{last}"
        name = f"{first} {last}"
        email = (f"{name_key(first)}.{name_key(last)}{i}@example.com".replace(" ", "")
                 if rng.random() < 0.4 else None)
        client_id = world.new_id()
        ids.append(client_id)
        rows.append({"id": client_id, "name": name, "name_key": name_key(name),
                     "search_key": search_key(name), "phone": phone, "email": email,
                     "notes": ""})
        words.extend(word_rows(client_id, name))
    bulk_insert(session, s.Client, rows)
    bulk_insert(session, s.ClientNameWord, words)
    say(f"clients: {len(rows):,}")
    return ids


def _unique_phones(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """``count`` distinct valid numbers as E.164 digits: ~95% US, the rest UK/ES mobiles."""
    area_codes = [npa for npa in range(201, 990)
                  if phonenumbers.is_valid_number(phonenumbers.parse(f"+1{npa}2345678"))]
    found: list[str] = []
    seen = set(taken)
    while len(found) < count:
        roll = rng.random()
        if roll < 0.95:
            exchange, line = rng.randrange(200, 1000), rng.randrange(10_000)
            digits = f"1{rng.choice(area_codes)}{exchange}{line:04d}"
        elif roll < 0.98:
            digits = f"447{rng.randrange(100_000_000, 1_000_000_000)}"
        else:
            digits = f"346{rng.randrange(10_000_000, 100_000_000)}"
        if digits in seen or not phonenumbers.is_valid_number(phonenumbers.parse("+" + digits)):
            continue
        seen.add(digits)
        found.append(digits)
    return found


# memberships and their ledgers --------------------------------------------------------------
@dataclass
class _Rows:
    memberships: list[dict] = field(default_factory=list)
    balances: list[dict] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)


def _insert_memberships(conn: Connection, session: Session, world: _World, count: int,
                        entries: int, with_visits: bool, say: Progress) -> tuple[int, int, int]:
    """Generate and write ``count`` memberships in batches; returns (memberships, entries,
    visits) written. The share of fully used memberships is steered batch by batch so
    that the ledger comes near ``entries`` rows."""
    names = list(TYPE_MIX)
    weights = [TYPE_MIX[n] for n in names]
    full_share = 0.85
    done = written_entries = written_visits = 0
    batch = max(100, min(BATCH, count // 20))  # small builds are steered too
    while done < count:
        size = min(batch, count - done)
        rows = _Rows()
        for _ in range(size):
            t = world.types[world.rng.choices(names, weights)[0]]
            _one_membership(world, t, done, full_share, rows)
            done += 1
        with conn.begin(), versioned_in_bulk(conn.connection.dbapi_connection, "memberships"):
            bulk_insert(session, s.Membership, rows.memberships)
            bulk_insert(session, s.MembershipBalance, rows.balances)
            bulk_insert(session, s.LedgerEntry, rows.entries)
            if with_visits:
                bulk_insert(session, s.Visit, rows.visits)
        written_entries += len(rows.entries)
        written_visits += len(rows.visits) if with_visits else 0
        if done < count:  # steer: the rest should average what is still missing
            wanted = (entries - written_entries) / (count - done)
            got = len(rows.entries) / size
            full_share = min(1.0, max(0.0, full_share + (wanted - got) / 4))
        if done % (batch * 10) == 0 or done == count:
            say(f"memberships: {done:,} / {count:,}, entries {written_entries:,}")
    return done, written_entries, written_visits


@dataclass
class _Event:
    day: date
    order: int  # within a day: sale, auto-activation, unfreeze, payment, its activation, freeze
    kind: EntryKind
    fields: dict


def _one_membership(world: _World, t: MembershipType, index: int, full_share: float,
                    rows: _Rows) -> None:
    rng, today = world.rng, world.today
    oldest = HISTORY_DAYS
    newest = OLD_PROMO_UNTIL_DAYS if t.archived else 0
    sold = today - timedelta(days=rng.randint(newest, oldest))
    sale_locations = [world.locations[n] for n in SALES_LOCATIONS
                      if world.locations[n] in t.location_ids]
    location = rng.choice(sale_locations)
    coded = not t.sale_without_code or rng.random() < CODED_SHARE
    code = f"BN-{_readable(index)}" if coded else None
    client = None if coded and rng.random() < UNOWNED_SHARE else rng.choice(world.client_ids)
    seller = rng.choice(("admin", "manager", "reception", "reception"))
    sale = Sale(world.new_id(), t.id, code, client, location, sold, t.price)

    total = t.total_visits
    planned = total if rng.random() < full_share else rng.randrange(total)
    events = [_Event(sold, 0, EntryKind.SALE, {"deltas": t.initial_balances(),
                                               "client_id": client, "amount": t.price})]
    events += _usage(world, t, sale, planned)
    events.sort(key=lambda e: (e.day, e.order))

    device, users = world.device_id, world.users
    entries: list[LedgerEntry] = []
    payer = client
    for event in events:
        user = (users[seller] if event.kind is EntryKind.SALE
                else None if event.order == 1 else users["reception"])
        where = event.fields.pop("location", location)
        stamp = Stamp(user, where, device, world.moment(event.day, 8 + 2 * event.order))
        fields = event.fields
        if event.kind is EntryKind.PAYMENT:
            payer = payer or rng.choice(world.client_ids)
            fields["client_id"] = payer
        entry_id = fields.pop("id", None) or world.new_id()
        entries.append(LedgerEntry(id=entry_id, membership_id=sale.id, kind=event.kind,
                                   on=event.day, stamp=stamp, **fields))
    m = Membership(sale, t, tuple(entries))

    cache = cache_values(m)
    rows.memberships.append({
        "id": sale.id, "code": code, "code_key": code_key(code) if code else None,
        "type_id": t.id, "client_id": client, "location_id": location,
        "storage_id": world.storages[location], "seller_id": users[seller], "sold_on": sold,
        "sold_at": entries[0].stamp.recorded_at, "price": t.price, "amount_paid": t.price,
        "payment_method": rng.choice(("cash", "card", "card")), "imported": False, **cache})
    rows.balances += balance_rows(m)
    rows.entries += [entry_row(e, seq) for seq, e in enumerate(entries)]
    rows.visits += [{"id": e.ref_id, "client_id": e.client_id, "service_id": e.service_id,
                     "location_id": e.stamp.location_id, "on": e.on,
                     "recorded_at": e.stamp.recorded_at, "booking_id": None}
                    for e in entries if e.kind is EntryKind.PAYMENT]


def _usage(world: _World, t: MembershipType, sale: Sale, planned: int) -> list[_Event]:
    """Paid visits, activations, a freeze perhaps: what happened between the sale and today.

    Days are first laid out on a timeline without the freeze (validity as sold), then the
    days from the freeze's start on move by the days actually frozen, as the expiry does.
    """
    rng, today, sold = world.rng, world.today, sale.sold_on
    first_visit = t.validity_start is ValidityStart.FIRST_VISIT
    auto_day = sold + timedelta(days=t.auto_activate_days or 0)
    first = sold + timedelta(days=rng.randint(0, FIRST_VISIT_WITHIN_DAYS)) if first_visit \
        else sold
    activation = (min(first, auto_day) if planned else auto_day) if first_visit else sold
    end = (activation + timedelta(days=UNLIMITED_SPREAD_DAYS) if t.validity.unlimited
           else t.validity.after(activation))
    span = (end - first).days
    planned = min(planned, span)
    offsets = ([0, *sorted(rng.sample(range(1, span), planned - 1))] if first_visit and planned
               else sorted(rng.sample(range(span), planned)))
    days = [first + timedelta(days=o) for o in offsets]
    events = _freeze(world, t, days, end)
    if events:  # the days from the freeze's start on move by the days actually frozen
        start = events[0].day
        shift = ((events[1].day if len(events) > 1 else events[0].fields["date_value"])
                 - start).days
        days = [d if d < start else d + timedelta(days=shift) for d in days]
    payments = _payments(world, t, sale, [d for d in days if d <= today])
    events += payments
    if first_visit and payments and payments[0].day < auto_day:
        events.append(_Event(payments[0].day, 4, EntryKind.ACTIVATION,
                             {"ref_id": payments[0].fields["id"]}))
    elif first_visit and auto_day <= today:
        events.append(_Event(auto_day, 1, EntryKind.ACTIVATION,
                             {"reason": "automatic activation", "location": sale.location_id}))
    return events


def _freeze(world: _World, t: MembershipType, days: list[date], end: date) -> list[_Event]:
    """Now and then a freeze on a day between visits, sometimes ended early: [freeze,
    unfreeze?], or nothing. ``days`` are the planned visits, ``end`` the expiry as sold."""
    rng = world.rng
    if not (t.freeze_allowed and t.freeze_limit and len(days) >= 2
            and rng.random() < FREEZE_SHARE):
        return []
    room = (end - days[0]).days
    if room < 2:
        return []
    start = days[0] + timedelta(days=rng.randrange(1, room))
    if start in days or start > world.today \
            or sum(d < start for d in days) >= t.total_visits:  # used up by then
        return []
    limit = t.freeze_limit.days_from(start)
    length = rng.randint(min(3, limit), limit)
    freeze_id = world.new_id()
    events = [_Event(start, 5, EntryKind.FREEZE,
                     {"id": freeze_id, "date_value": start + timedelta(days=length)})]
    if length > 1 and rng.random() < 0.3:
        ended = start + timedelta(days=rng.randint(1, length - 1))
        if ended <= world.today:
            events.append(_Event(ended, 2, EntryKind.UNFREEZE,
                                 {"ref_id": freeze_id, "date_value": ended}))
    return events


def _payments(world: _World, t: MembershipType, sale: Sale, days: list[date]) -> list[_Event]:
    rng = world.rng
    if t.balance_mode is BalanceMode.SPLIT:
        order = [key for key in world.by_name(t.visits) for _ in range(t.visits[key])]
        rng.shuffle(order)
    else:
        services = world.by_name(t.service_ids)
        order = [rng.choice(services) for _ in days]
    places = world.by_name(t.location_ids)
    events, paid = [], Decimal(0)
    for number, (day, service) in enumerate(zip(days, order, strict=False), start=1):
        price = world.prices[service]
        amount = t.cost_of_visit(number, price)
        if t.recalculate_cost and number == t.total_visits:
            amount = t.price - paid
        paid += amount
        where = sale.location_id if rng.random() < 0.8 else rng.choice(places)
        events.append(_Event(day, 3, EntryKind.PAYMENT, {
            "id": world.new_id(), "deltas": {t.balance_key(service): -1}, "service_id": service,
            "ref_id": world.new_id(), "amount": amount, "location": where}))
    return events


def _readable(number: int, width: int = 6) -> str:
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    chars = []
    for _ in range(width):
        number, digit = divmod(number, len(alphabet))
        chars.append(alphabet[digit])
    return "".join(reversed(chars))
