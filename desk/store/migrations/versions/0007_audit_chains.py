"""audit trail: ledger entries and administrative changes chained by hash per device

Adds each ledger entry's place in its device's chain (``chain_seq``, ``prev_hash``,
``entry_hash``), the administrative changes, and each chain's head; then chains the entries
already there, per device in the order they were written (time, then id), so an upgraded
database verifies like a new one (see ``desk.store.audit``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from desk.store.audit import CHAINED, GENESIS, LEDGER, digest

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 10_000


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: the table (and its rowids, which the sync push
    # follows) stays as it is
    op.add_column("ledger_entries", sa.Column("chain_seq", sa.Integer(), nullable=True))
    op.add_column("ledger_entries", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("ledger_entries", sa.Column("entry_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "admin_changes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("location_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_changes")),
    )
    op.create_table(
        "audit_heads",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("chain", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "chain", name=op.f("pk_audit_heads")),
    )
    _chain_existing_entries(op.get_bind())


def _chain_existing_entries(conn) -> None:
    """Chain what is there, a batch at a time (a large desk holds millions of entries)."""
    columns = CHAINED[LEDGER]
    stored = [c for c in columns if c not in ("chain_seq", "prev_hash")]
    quoted = ", ".join(f'"{c}"' for c in stored)
    raw = conn.connection.driver_connection
    # the sort is materialised before the first row comes, so the updates below can't
    # disturb the reading
    rows = raw.execute(f"SELECT {quoted} FROM ledger_entries "
                       "ORDER BY device_id, recorded_at, id")
    heads: dict[str, tuple[int, str]] = {}
    while batch := rows.fetchmany(BATCH):
        updates = []
        for row in batch:
            values = dict(zip(stored, row, strict=True))
            seq, previous = heads.get(values["device_id"], (0, GENESIS))
            values["chain_seq"], values["prev_hash"] = seq + 1, previous
            linked = digest(values[c] for c in columns)
            heads[values["device_id"]] = (seq + 1, linked)
            updates.append((seq + 1, previous, linked, values["id"]))
        raw.executemany("UPDATE ledger_entries SET chain_seq = ?, prev_hash = ?, "
                        "entry_hash = ? WHERE id = ?", updates)
    raw.executemany("INSERT INTO audit_heads (device_id, chain, seq, hash) VALUES (?, ?, ?, ?)",
                    [(device, LEDGER, seq, last) for device, (seq, last) in heads.items()])


def downgrade() -> None:
    op.drop_table("audit_heads")
    op.drop_table("admin_changes")
    with op.batch_alter_table("ledger_entries") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("chain_seq")
