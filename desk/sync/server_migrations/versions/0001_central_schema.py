"""the chain server's schema: ledger entries, versioned rows, server identity

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TXID = sa.text("(pg_current_xact_id()::text)::bigint")

# SPEC §2 on the server: once a type is sold (a membership row names it), an edit pushed by
# a desk that had not seen the sale keeps the locked settings — price, balance mode,
# validity, sale without code, the visits, the services — as the server has them. The kept
# row gets a newer version (hlc + 1), so every desk, the editing one too, takes it back.
LOCKED_AFTER_SALE = """
CREATE FUNCTION keep_locked_after_sale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    type_id text := split_part(OLD.row_id, '|', 1);
    kept jsonb;
BEGIN
    IF OLD.deleted OR NOT EXISTS (
            SELECT 1 FROM sync_rows m WHERE m.table_name = 'memberships'
            AND m.payload ->> 'type_id' = type_id) THEN
        RETURN NEW;
    END IF;
    IF OLD.table_name = 'membership_types' AND NOT NEW.deleted THEN
        SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) INTO kept
        FROM jsonb_each(OLD.payload) WHERE key IN ('price', 'balance_mode', 'validity_amount',
            'validity_unit', 'validity_start', 'sale_without_code');
        IF NEW.payload @> kept THEN
            RETURN NEW;
        END IF;
        NEW.payload := NEW.payload || kept;
    ELSIF OLD.table_name IN ('membership_type_visits', 'membership_type_services')
            AND (NEW.deleted OR NEW.payload IS DISTINCT FROM OLD.payload) THEN
        NEW.payload := OLD.payload;
        NEW.deleted := false;
    ELSE
        RETURN NEW;
    END IF;
    NEW.hlc := NEW.hlc + 1;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("membership_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("on", sa.String(10), nullable=False),
        sa.Column("visits", sa.Integer, nullable=False),
        sa.Column("deltas", sa.Text, nullable=False),
        sa.Column("service_id", sa.String(36)),
        sa.Column("client_id", sa.String(36)),
        sa.Column("ref_id", sa.String(36)),
        sa.Column("date_value", sa.String(10)),
        sa.Column("amount", sa.BigInteger),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("user_id", sa.String(36)),
        sa.Column("location_id", sa.String(36)),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("server_seq", sa.BigInteger, sa.Identity(always=False), nullable=False),
        sa.Column("txid", sa.BigInteger, server_default=TXID, nullable=False),
    )
    op.create_index("ix_ledger_entries_cursor", "ledger_entries", ["txid", "server_seq"])
    op.create_index("ix_ledger_entries_membership", "ledger_entries", ["membership_id"])
    # append-only even for the owner: corrections are compensating entries (SPEC §3.8)
    op.execute("""
        CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'ledger entries are append-only (%)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$""")
    op.execute("CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE "
               "ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only()")
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("row_id", sa.String(80), primary_key=True),
        sa.Column("payload", JSONB),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("hlc", sa.BigInteger, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("server_seq", sa.BigInteger, sa.Identity(always=False), nullable=False),
        sa.Column("txid", sa.BigInteger, server_default=TXID, nullable=False),
    )
    op.create_index("ix_sync_rows_cursor", "sync_rows", ["txid", "server_seq"])
    op.execute(LOCKED_AFTER_SALE)
    op.execute("CREATE TRIGGER sync_rows_locked_after_sale BEFORE UPDATE ON sync_rows "
               "FOR EACH ROW WHEN (OLD.table_name LIKE 'membership_type%') "
               "EXECUTE FUNCTION keep_locked_after_sale()")
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO sync_meta (key, value) VALUES ('server_id', gen_random_uuid()::text)")


def downgrade() -> None:
    op.drop_table("sync_meta")
    op.drop_table("sync_rows")
    op.execute("DROP FUNCTION keep_locked_after_sale()")
    op.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
    op.drop_table("ledger_entries")
    op.execute("DROP FUNCTION ledger_is_append_only()")
