"""chain sync: rows of two desks that claimed one unique value

Two offline desks can each add the same client (one phone) or a location, service, type,
user or product category of one name. ``row_clashes`` records each row that lost such a
clash and how it was settled (see ``desk.sync.clashes``), for a manager to review. It is
synced like the reference rows, so its triggers stamp and queue it as 0004's do.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLE, ROW_ID = "row_clashes", "{alias}.table_name || '|' || {alias}.row_id"
NOW_MICROS = "CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)"


def _stamp(alias: str, deleted: int) -> str:
    # the same stamping as migration 0004's triggers (frozen there, so written out here)
    row_id = ROW_ID.format(alias=alias)
    return (
        f"UPDATE sync_clock SET hlc = max(hlc + 1, {NOW_MICROS}) WHERE id = 1; "
        "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
        f"VALUES ('{TABLE}', {row_id}, (SELECT hlc FROM sync_clock WHERE id = 1), "
        "coalesce((SELECT value FROM settings WHERE key = 'device_id'), ''), "
        f"{deleted}) ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
        "device_id = excluded.device_id, deleted = excluded.deleted; "
        f"INSERT INTO sync_outbox (table_name, row_id) VALUES ('{TABLE}', {row_id});")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("winner_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.Column("reviewed_by", sa.String(length=36), nullable=True),
        sa.Column("reviewed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_row_clashes")),
    )
    local = "WHEN (SELECT applying FROM sync_clock WHERE id = 1) = 0"
    for suffix, event, alias, deleted in (("ins", "INSERT", "NEW", 0), ("upd", "UPDATE", "NEW", 0),
                                          ("del", "DELETE", "OLD", 1)):
        op.execute(f"CREATE TRIGGER sync_{TABLE}_{suffix} AFTER {event} ON {TABLE} {local} "
                   f"BEGIN {_stamp(alias, deleted)} END")


def downgrade() -> None:
    for suffix in ("ins", "upd", "del"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_{TABLE}_{suffix}")
    op.drop_table(TABLE)
