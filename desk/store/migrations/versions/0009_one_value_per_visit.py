"""one value per visit: each membership's amount debited, and the liability cache re-valued

Every report now values the k-th of n visits at round(price·k/n) − round(price·(k−1)/n)
(``desk.core.worth``), whatever cost a payment recorded for payroll. This caches each
membership's *amount debited* (what its paid visits released, less undone ones) in
``memberships.debited``, worked out from the ledger as the core does, and empties the per-day
liability cache, which the next report rebuilds with the new values.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from desk.core.worth import owed

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 500  # ids per IN (...): well under SQLite's limit on bound parameters
USES = ("payment", "auto_deduction", "payment_undo")


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: the table (and its rowids) stays as it is
    op.add_column("memberships", sa.Column("debited", sa.Integer(), nullable=False,
                                           server_default="0"))
    conn = op.get_bind()
    _cache_debited(conn)
    conn.exec_driver_sql("DELETE FROM liability_days")
    conn.exec_driver_sql("DELETE FROM liability_members")
    conn.exec_driver_sql("DELETE FROM settings WHERE key IN ('liability_rowid', "
                         "'liability_entry')")


def _cache_debited(conn) -> None:
    """What each membership's standing uses released, as ``desk.core.worth.redeemed``
    works it out (the entries in day order), a batch of memberships at a time."""
    totals = dict(conn.exec_driver_sql(
        "SELECT type_id, SUM(visits) FROM membership_type_visits GROUP BY type_id").all())
    memberships = conn.exec_driver_sql("SELECT id, price, type_id FROM memberships").all()
    for start in range(0, len(memberships), BATCH):
        batch = {mid: (Decimal(cents) / 100, totals.get(type_id, 0))
                 for mid, cents, type_id in memberships[start:start + BATCH]}
        released = dict.fromkeys(batch, Decimal(0))
        balances = dict.fromkeys(batch, 0)
        marks = ", ".join("?" * len(batch))
        for mid, kind, visits in conn.exec_driver_sql(
                "SELECT membership_id, kind, visits FROM ledger_entries "
                f"WHERE membership_id IN ({marks}) "
                "ORDER BY membership_id, \"on\", CASE kind WHEN 'sale' THEN 0 "
                "WHEN 'import' THEN 0 WHEN 'renewal' THEN 1 ELSE 2 END, seq, recorded_at, id",
                tuple(batch)).all():
            price, total = batch[mid]
            before = balances[mid]
            balances[mid] = before + visits
            if kind in USES:
                released[mid] += owed(price, total, before) - owed(price, total, before + visits)
        rows = [(int(value * 100), mid) for mid, value in released.items() if value]
        if rows:
            conn.exec_driver_sql("UPDATE memberships SET debited = ? WHERE id = ?", rows)


def downgrade() -> None:
    with op.batch_alter_table("memberships") as batch:
        batch.drop_column("debited")
