"""chain sync: row versions, the outgoing queue, the hybrid logical clock

Triggers stamp every write to a synced table with a hybrid-logical-clock version and queue
the row for the next push, so no write path (services, import, demo, a future one) can
forget to. Rows already in the file are stamped and queued here, so a desk that has worked
alone pushes everything on its first sync.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (table, key columns, columns whose update is a new version; None: any column).
# Frozen here: a later revision that changes the synced tables writes its own triggers.
SALE_COLUMNS = ("code", "code_key", "type_id", "client_id", "location_id", "storage_id",
                "seller_id", "sold_on", "sold_at", "price", "amount_paid", "payment_method",
                "imported")
SYNCED = (
    ("chains", ("id",), None), ("locations", ("id",), None), ("storages", ("id",), None),
    ("service_categories", ("id",), None), ("services", ("id",), None),
    ("clients", ("id",), None), ("users", ("id",), None),
    ("product_categories", ("id",), None), ("products", ("id",), None),
    ("membership_types", ("id",), None),
    ("membership_type_services", ("type_id", "service_id"), None),
    ("membership_type_visits", ("type_id", "balance_key"), None),
    ("membership_type_locations", ("type_id", "location_id"), None),
    ("membership_type_notices", ("type_id", "kind"), None),
    ("memberships", ("id",), SALE_COLUMNS),
)
NOW_MICROS = "CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)"


def _row_id(keys, alias: str) -> str:
    return " || '|' || ".join(f"{alias}.{k}" for k in keys)


def _stamp(table: str, keys, alias: str, deleted: int) -> str:
    row_id = _row_id(keys, alias)
    return (
        f"UPDATE sync_clock SET hlc = max(hlc + 1, {NOW_MICROS}) WHERE id = 1; "
        "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
        f"VALUES ('{table}', {row_id}, (SELECT hlc FROM sync_clock WHERE id = 1), "
        "coalesce((SELECT value FROM settings WHERE key = 'device_id'), ''), "
        f"{deleted}) ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
        "device_id = excluded.device_id, deleted = excluded.deleted; "
        f"INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', {row_id});")


def _triggers(table: str, keys, columns) -> list[str]:
    of = f"OF {', '.join(columns)} " if columns else ""
    # rows written by a pull carry the other desk's version: not this desk's changes
    local = "WHEN (SELECT applying FROM sync_clock WHERE id = 1) = 0"
    return [
        f"CREATE TRIGGER sync_{table}_ins AFTER INSERT ON {table} {local} "
        f"BEGIN {_stamp(table, keys, 'NEW', 0)} END",
        f"CREATE TRIGGER sync_{table}_upd AFTER UPDATE {of}ON {table} {local} "
        f"BEGIN {_stamp(table, keys, 'NEW', 0)} END",
        f"CREATE TRIGGER sync_{table}_del AFTER DELETE ON {table} {local} "
        f"BEGIN {_stamp(table, keys, 'OLD', 1)} END",
    ]


def upgrade() -> None:
    op.create_table(
        "row_versions",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_row_versions")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )
    op.execute(f"INSERT INTO sync_clock (id, hlc, applying) VALUES (1, {NOW_MICROS}, 0)")
    for table, keys, columns in SYNCED:
        op.execute(
            "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
            f"SELECT '{table}', {_row_id(keys, table)}, (SELECT hlc FROM sync_clock), "
            f"coalesce((SELECT value FROM settings WHERE key = 'device_id'), ''), 0 FROM {table}")
        op.execute(f"INSERT INTO sync_outbox (table_name, row_id) "
                   f"SELECT '{table}', {_row_id(keys, table)} FROM {table}")
        for statement in _triggers(table, keys, columns):
            op.execute(statement)


def downgrade() -> None:
    for table, _keys, _columns in SYNCED:
        for suffix in ("ins", "upd", "del"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
    op.drop_table("sync_clock")
    op.drop_table("sync_outbox")
    op.drop_table("row_versions")
