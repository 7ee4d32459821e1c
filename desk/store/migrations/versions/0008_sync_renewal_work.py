"""chain sync: renewal charges and cancelled renewals travel between desks

A membership renews on its home desk (``desk.services.due_scope``), but its client may stop
the renewal, or pay the charge, at any desk of the chain: ``renewal_cancellations`` and
``payments_due`` become synced rows, stamped and queued by triggers like 0004's.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = {"renewal_cancellations": "{alias}.membership_id", "payments_due": "{alias}.id"}
NOW_MICROS = "CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)"


def _stamp(table: str, alias: str, deleted: int) -> str:
    # the same stamping as migration 0004's triggers (frozen there, so written out here)
    row_id = TABLES[table].format(alias=alias)
    return (
        f"UPDATE sync_clock SET hlc = max(hlc + 1, {NOW_MICROS}) WHERE id = 1; "
        "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
        f"VALUES ('{table}', {row_id}, (SELECT hlc FROM sync_clock WHERE id = 1), "
        "coalesce((SELECT value FROM settings WHERE key = 'device_id'), ''), "
        f"{deleted}) ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
        "device_id = excluded.device_id, deleted = excluded.deleted; "
        f"INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', {row_id});")


def upgrade() -> None:
    local = "WHEN (SELECT applying FROM sync_clock WHERE id = 1) = 0"
    for table in TABLES:
        for suffix, event, alias, deleted in (("ins", "INSERT", "NEW", 0),
                                              ("upd", "UPDATE", "NEW", 0),
                                              ("del", "DELETE", "OLD", 1)):
            op.execute(f"CREATE TRIGGER sync_{table}_{suffix} AFTER {event} ON {table} {local} "
                       f"BEGIN {_stamp(table, alias, deleted)} END")
        # what a desk already holds is versioned now and goes out with its next round
        row_id = TABLES[table].format(alias=table)
        op.execute("INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
                   f"SELECT '{table}', {row_id}, (SELECT hlc FROM sync_clock), "
                   "coalesce((SELECT value FROM settings WHERE key = 'device_id'), ''), 0 "
                   f"FROM {table}")
        op.execute(f"INSERT INTO sync_outbox (table_name, row_id) SELECT '{table}', {row_id} "
                   f"FROM {table}")


def downgrade() -> None:
    for table in TABLES:
        for suffix in ("ins", "upd", "del"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
