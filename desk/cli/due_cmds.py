"""``desk run-due``: do the work that is due (activations, deductions, renewals, write-offs,
messages) and print what was done; and the lists it fills (outbox, payments due)."""

from __future__ import annotations

from desk.cli.context import actor, emit, open_db
from desk.core.dates import parse_moment, utc_now
from desk.services import notifications, renewals
from desk.services.due import DueReport
from desk.services.due import run_due as run_due_service


def run_due(args) -> int:
    db = open_db(args)
    now = parse_moment(args.now, field="--now time") if args.now else utc_now()
    done = run_due_service(db, actor(db, args), now)
    emit(args, {"now": now.isoformat(), **done.as_json()}, describe(done))
    return 0


def describe(done: DueReport) -> str:
    """One line per kind of work, naming what was done ("none" when nothing was)."""
    def listed(items: list[str]) -> str:
        return ", ".join(items) if items else "none"

    return "\n".join([
        f"activated: {listed(done.activated)}",
        f"automatic deductions debited: {len(done.debited)}, not debited: "
        f"{len(done.not_debited)}",
        f"renewed: {listed(done.renewed)}",
        f"written off: {listed(done.written_off)}",
        f"messages queued: {len(done.queued)}, sent: {len(done.sent)}, "
        f"failed: {len(done.failed)}, waiting for a channel: {done.waiting}",
    ])


def cancel_renewal(args) -> int:
    """``desk cancel-renewal REF``: stop renewing; the current period runs to its end."""
    db = open_db(args)
    ends = renewals.cancel_renewal(db, actor(db, args), args.ref)
    emit(args, {"membership": args.ref, "ends": ends.isoformat() if ends else None},
         f"{args.ref} will not renew; it ends on {ends or 'its expiry'}.")
    return 0


CHARGE_KINDS = {"renewal": "renewal", "freeze_fee": "freeze fee"}


def payments_due(args) -> int:
    """``desk payments-due``: renewal charges and freeze fees waiting at the desk (``--all``:
    paid ones too)."""
    db = open_db(args)
    rows = renewals.payments_due(db, actor(db, args), None if args.all else "due")
    data = [{"id": r.id, "membership": r.code or r.membership_id, "client": r.client,
             "type": r.type_name, "amount": str(r.amount), "due_on": r.due_on.isoformat(),
             "status": r.status, "kind": r.kind} for r in rows]
    emit(args, data, "\n".join(f"{d['due_on']}  {d['membership']:<12} {d['client']:<20} "
                               f"{d['amount']:>10}  {CHARGE_KINDS.get(d['kind'], d['kind'])}"
                               f"  {d['status']}" for d in data) or "none")
    return 0


def outbox(args) -> int:
    """``desk outbox``: the messages to clients and their state."""
    db = open_db(args)
    rows = notifications.outbox(db, actor(db, args), args.status)
    data = [{"id": m.id, "client": m.client, "kind": m.kind, "status": m.status,
             "attempts": m.attempts, "reason": m.last_error, "body": m.body} for m in rows]
    emit(args, data, "\n".join(f"{d['status']:<8} {d['client']:<20} {d['kind']:<15} "
                               f"{d['reason'] or d['body']}" for d in data) or "none")
    return 0
