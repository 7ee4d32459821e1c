"""the hub is the gate: desks registered one role each, row-level security, append-only rows

- ``desks``: one row per desk the owner added (``desk server add-desk``): its login role,
  whether it is an admin desk, when it was revoked. ``desk_bindings``: the device each role
  is bound to, written by the desk itself at its first sync (or pinned by the owner).
- ``sync_rows`` becomes append-only: each version of a row is a row of its own (key: table,
  row id, clock, device), so last-writer-wins needs no UPDATE and desks get none. A version
  that would not win over the latest one is not stored at all; the locked-after-sale rule of
  0001 now runs when a version is added.
- Row-level security: a desk reads the chain while it is registered and not revoked, adds
  only ledger entries and rows stamped with its own bound device, and rows of ``users`` and
  ``chains`` only when it is an admin desk. The owner's own login is not subject to it.
- Every grant made before (the one shared desks' role) is withdrawn: the shared login is
  shut out, and each desk needs its own (``desk server init`` re-grants the chain's group).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ADMIN_TABLES = "('users', 'chains')"  # desk.sync.central.ADMIN_TABLES, frozen here
LOCKED = ("'price', 'balance_mode', 'validity_amount', 'validity_unit', 'validity_start', "
          "'sale_without_code'")

APPEND_ONLY = """
CREATE FUNCTION is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (%)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$"""

# 0001's rule, applied to the latest version when a newer one is added: once a type is sold,
# its locked settings stay as the server has them, and the kept version wins (hlc + 1).
KEEP_LOCKED = f"""
CREATE FUNCTION keep_locked_after_sale(latest sync_rows, incoming sync_rows)
RETURNS sync_rows LANGUAGE plpgsql AS $$
DECLARE
    type_id text := split_part(latest.row_id, '|', 1);
    kept jsonb;
BEGIN
    IF latest.deleted OR jsonb_typeof(latest.payload) IS DISTINCT FROM 'object'
            OR NOT EXISTS (SELECT 1 FROM sync_rows m WHERE m.table_name = 'memberships'
                           AND m.payload ->> 'type_id' = type_id) THEN
        RETURN incoming;
    END IF;
    IF latest.table_name = 'membership_types' AND NOT incoming.deleted THEN
        SELECT coalesce(jsonb_object_agg(key, value), '{{}}'::jsonb) INTO kept
        FROM jsonb_each(latest.payload) WHERE key IN ({LOCKED});
        IF incoming.payload @> kept THEN
            RETURN incoming;
        END IF;
        incoming.payload := incoming.payload || kept;
    ELSIF latest.table_name IN ('membership_type_visits', 'membership_type_services')
            AND (incoming.deleted OR incoming.payload IS DISTINCT FROM latest.payload) THEN
        incoming.payload := latest.payload;
        incoming.deleted := false;
    ELSE
        RETURN incoming;
    END IF;
    incoming.hlc := incoming.hlc + 1;
    RETURN incoming;
END $$"""

NEWER_ONLY = """
CREATE FUNCTION sync_rows_newer_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    latest sync_rows;
BEGIN
    SELECT * INTO latest FROM sync_rows r
    WHERE r.table_name = NEW.table_name AND r.row_id = NEW.row_id
    ORDER BY r.hlc DESC, r.device_id DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN NEW;
    END IF;
    IF (NEW.hlc, NEW.device_id) <= (latest.hlc, latest.device_id) THEN
        RETURN NULL;  -- it would never win: every reader already has a newer one to take
    END IF;
    IF NEW.table_name LIKE 'membership_type%' THEN
        RETURN keep_locked_after_sale(latest, NEW);
    END IF;
    RETURN NEW;
END $$"""

# Who the connected desk is. Plain SQL run with the desk's own rights: it may read its own
# registration and binding (the policies below), nobody else's.
WHO = {
    "desk_device() RETURNS varchar":
        "SELECT b.device_id FROM desk_bindings b JOIN desks d ON d.role_name = b.role_name "
        "WHERE b.role_name = current_user AND d.revoked_at IS NULL",
    "desk_is_admin() RETURNS boolean":
        "SELECT coalesce((SELECT d.admin FROM desks d WHERE d.role_name = current_user "
        "AND d.revoked_at IS NULL), false)",
    "desk_is_active() RETURNS boolean":
        "SELECT EXISTS (SELECT 1 FROM desks d WHERE d.role_name = current_user "
        "AND d.revoked_at IS NULL)",
}

# (table, policy, command, USING, WITH CHECK). "(SELECT f())" is worked out once per
# statement, not once per row.
POLICIES = (
    ("ledger_entries", "desks_read_the_ledger", "SELECT", "(SELECT desk_is_active())", None),
    ("ledger_entries", "desks_add_their_own_entries", "INSERT", None,
     "device_id = (SELECT desk_device())"),
    ("sync_rows", "desks_read_the_rows", "SELECT", "(SELECT desk_is_active())", None),
    ("sync_rows", "desks_add_their_own_rows", "INSERT", None,
     f"device_id = (SELECT desk_device()) AND (table_name NOT IN {ADMIN_TABLES} "
     "OR (SELECT desk_is_admin()))"),
    ("desks", "a_desk_reads_its_registration", "SELECT", "role_name = current_user", None),
    ("desk_bindings", "a_desk_reads_its_binding", "SELECT", "role_name = current_user", None),
    # once, for itself, with a device that has written nothing here yet: a device that wrote
    # before the desks had roles of their own is bound by the owner (add-desk --device), so
    # no desk can take over another's place in the audit chains
    ("desk_bindings", "a_desk_binds_itself_once", "INSERT", None,
     "role_name = current_user AND (SELECT desk_is_active()) "
     "AND NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.device_id = desk_bindings.device_id) "
     "AND NOT EXISTS (SELECT 1 FROM sync_rows r WHERE r.device_id = desk_bindings.device_id)"),
)

# every grant on the schema's tables and sequences to a role other than their owner
WITHDRAW_GRANTS = """
DO $$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN
        SELECT DISTINCT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.relnamespace = current_schema()::regnamespace
        AND a.grantee <> c.relowner AND a.grantee <> 0
    LOOP
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %s', current_schema(),
                       grantee);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %s', current_schema(),
                       grantee);
    END LOOP;
END $$"""


def upgrade() -> None:
    op.execute(WITHDRAW_GRANTS)
    _append_only_rows()
    op.create_table(
        "desks",
        sa.Column("role_name", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("admin", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False,
                  server_default=sa.func.now()),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "desk_bindings",
        sa.Column("role_name", sa.Text, sa.ForeignKey("desks.role_name"), primary_key=True),
        sa.Column("device_id", sa.String(36, collation="C"), nullable=False, unique=True),
        sa.Column("bound_at", sa.DateTime(timezone=True), nullable=False,
                  server_default=sa.func.now()),
    )
    for signature, body in WHO.items():
        op.execute(f"CREATE FUNCTION {signature} LANGUAGE sql STABLE "
                   f"SET search_path FROM CURRENT AS $$ {body} $$")
    for table in ("ledger_entries", "sync_rows", "desks", "desk_bindings"):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table, name, command, using, check in POLICIES:
        op.execute(f"CREATE POLICY {name} ON {table} FOR {command}"
                   + (f" USING ({using})" if using else "")
                   + (f" WITH CHECK ({check})" if check else ""))


def _append_only_rows() -> None:
    op.execute("DROP TRIGGER sync_rows_locked_after_sale ON sync_rows")
    op.execute("DROP FUNCTION keep_locked_after_sale()")
    # device ids compare as the desks compare them (code points), whatever the server's locale
    op.execute('ALTER TABLE sync_rows ALTER COLUMN device_id TYPE varchar(36) COLLATE "C"')
    op.execute("ALTER TABLE sync_rows DROP CONSTRAINT sync_rows_pkey")
    op.execute("ALTER TABLE sync_rows ADD PRIMARY KEY (table_name, row_id, hlc, device_id)")
    # NOT VALID: a server may hold such a row from before; desks set those aside
    op.execute("ALTER TABLE sync_rows ADD CONSTRAINT sync_rows_payload_is_an_object "
               "CHECK (payload IS NULL OR jsonb_typeof(payload) = 'object') NOT VALID")
    op.execute(APPEND_ONLY)
    op.execute("CREATE TRIGGER sync_rows_append_only BEFORE UPDATE ON sync_rows "
               "FOR EACH ROW EXECUTE FUNCTION is_append_only()")
    op.execute(KEEP_LOCKED)
    op.execute(NEWER_ONLY)
    op.execute("CREATE TRIGGER sync_rows_newer_only BEFORE INSERT ON sync_rows "
               "FOR EACH ROW EXECUTE FUNCTION sync_rows_newer_only()")


def downgrade() -> None:
    # the versions a desk added and the policies that let it add them can't be folded back
    # into one row per id without losing what the desks rely on; restore a backup instead
    raise NotImplementedError("revision 0003 of the chain server can't be undone; restore "
                              "the server's database from a backup taken before it")
