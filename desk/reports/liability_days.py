"""What moves the liability, per day: a cache of the ledger that makes the roll-forward fast.

Computed from the ledger, a one-year roll-forward reads most of a million entries (two
seconds on the benchmark database). Every figure it needs is a sum over days, so this cache
keeps, per (location of sale, type, day, kind), the sum of the entries' money flows (kinds
sale — renewal charges included —, import, redeem, edit: see ledger_flows.py) and of what
was still owed on the memberships, or on their renewed periods, that lapsed that day (kind
lapse). The figures are then range sums over a few thousand rows.

It is kept up to date from the ledger alone. A membership's figures change only when it gets
a ledger entry (its expiry, too, is derived from its entries), and the ledger is append-only,
so the entries past a watermark (the ledger's rowid, with the id of the entry there to notice
a file whose rowids were renumbered) name every membership to recount. Recounting takes back
what was counted for it with the entries up to the watermark and the lapse day remembered
for it, then adds its figures now. ``refresh`` runs in a write transaction before a report;
``is_fresh`` tells a reader whether the cache may be used.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, delete, func, literal, select, union_all
from sqlalchemy.dialects.sqlite import insert

from desk.reports import restated
from desk.reports.ledger_flows import E, M, entry_rowid, flows, ledger
from desk.store import schema as s
from desk.store.repos.settings import read_setting, write_setting

D, LM = s.LiabilityDay, s.LiabilityMember
ROWID_KEY, ENTRY_KEY = "liability_rowid", "liability_entry"


def is_fresh(conn: Connection) -> bool:
    """The cache counts every ledger entry there is."""
    mark = _watermark(conn)
    return mark is not None and mark[0] == _last_rowid(conn) and _still_there(conn, mark)


def refresh(conn: Connection) -> int:
    """Bring the cache up to date (inside the caller's write transaction); returns how many
    memberships were recounted."""
    mark, last = _watermark(conn), _last_rowid(conn)
    if mark is not None and mark[0] == last and _still_there(conn, mark):
        return 0
    if mark is None or not _still_there(conn, mark):
        conn.execute(delete(D))
        conn.execute(delete(LM))
        changed = None  # every membership
    else:
        # by the rowid range (DISTINCT would walk the whole membership index instead)
        changed = select(E.membership_id).where(entry_rowid > mark[0])
        _count(conn, changed, sign=-1, up_to=mark[0])
    recounted = _count(conn, changed, sign=+1)
    entry_id = conn.scalar(select(E.id).where(entry_rowid == last)) if last else ""
    write_setting(conn, ROWID_KEY, str(last))
    write_setting(conn, ENTRY_KEY, entry_id)
    return recounted


def _count(conn: Connection, memberships, *, sign: int, up_to: int | None = None) -> int:
    """Add (sign +1) or take back (sign -1) the figures of ``memberships`` (None: all):
    with every entry and the lapse day cached now, or with the entries up to rowid
    ``up_to`` and the lapse day they were counted with (the renewals among those entries
    end the same periods as then: the ledger is append-only)."""
    q = ledger(memberships, up_to)  # all memberships: the ledger read through
    f = flows(conn, q)
    query = (select(M.location_id.label("location_id"), M.type_id.label("type_id"),
                    f.d.label("d"), f.group.label("kind"), f.flow.label("flow"))
             .select_from(q).join(M, M.id == q.c.membership_id))
    x = f.x if up_to is None else LM.lapse_on
    if up_to is not None:
        query = query.join(LM, LM.membership_id == M.id)
    # the memberships that were restating then, or are now, are worked out at report time
    query = query.where(M.id.not_in(restated.restating(up_to)))
    # worked out once for both sums below (each entry's flow and period take a while)
    rows = (query.add_columns(f.period_end(x, up_to).label("x"))
            .where(f.moving(), f.windowed(x)).cte("entry_flows").prefix_with("MATERIALIZED"))
    c = rows.c
    # grouped day first: the sort then tells most rows apart without comparing two ids
    _add(conn, union_all(
        select(c.location_id, c.type_id, c.d, c.kind, sign * func.sum(c.flow))
        .group_by(c.d, c.kind, c.location_id, c.type_id),
        select(c.location_id, c.type_id, c.x, literal("lapse"), sign * func.sum(c.flow))
        .where(_true()).group_by(c.x, c.location_id, c.type_id)))
    if sign < 0:
        return 0
    lapses = select(M.id, f.x).where(_true())
    if memberships is not None:
        lapses = lapses.where(M.id.in_(memberships))
    upsert = insert(LM).from_select(["membership_id", "lapse_on"], lapses)
    result = conn.execute(upsert.on_conflict_do_update(
        index_elements=[LM.membership_id], set_={"lapse_on": upsert.excluded.lapse_on}))
    return result.rowcount


def _add(conn: Connection, grouped) -> None:
    upsert = insert(D).from_select(["location_id", "type_id", "day", "kind", "cents"], grouped)
    conn.execute(upsert.on_conflict_do_update(
        index_elements=[D.location_id, D.type_id, D.day, D.kind],
        set_={"cents": D.cents + upsert.excluded.cents}))


def _true() -> ColumnElement:
    # SQLite needs a WHERE in INSERT ... SELECT ... ON CONFLICT to parse it unambiguously
    return literal(1) == 1


def _watermark(conn: Connection) -> tuple[int, str] | None:
    rowid = read_setting(conn, ROWID_KEY)
    if rowid is None:
        return None
    return int(rowid), read_setting(conn, ENTRY_KEY) or ""


def _last_rowid(conn: Connection) -> int:
    return conn.scalar(select(func.max(entry_rowid)).select_from(E)) or 0


def _still_there(conn: Connection, mark: tuple[int, str]) -> bool:
    rowid, entry_id = mark
    if rowid == 0:
        return True
    return conn.scalar(select(E.id).where(entry_rowid == rowid)) == entry_id
