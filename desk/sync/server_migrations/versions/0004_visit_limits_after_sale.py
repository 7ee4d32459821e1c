"""a sold type's visit limits may be raised or removed, never added or lowered

Types travel as JSON rows, so the three caps (desk store migration 0012) need no column
here. What changes is 0003's locked-after-sale rule: a version of a sold type that adds or
lowers a cap keeps the server's cap instead (as ``desk.core.membership_types`` refuses it on
a desk), and a version from a desk that does not know the caps yet (no such keys) keeps them
too, so an older desk's edit of a name does not lift a limit.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LOCKED = ("'price', 'balance_mode', 'validity_amount', 'validity_unit', 'validity_start', "
          "'sale_without_code'")  # as 0003 has them
CAPS = "ARRAY['visits_per_day', 'visits_per_week', 'visits_per_month']"


def keep_locked(with_caps: bool) -> str:
    caps = f"""
        SELECT kept || coalesce(jsonb_object_agg(cap, coalesce(latest.payload -> cap,
                                                               'null'::jsonb)), '{{}}'::jsonb)
        INTO kept FROM unnest({CAPS}) AS cap
        WHERE CASE WHEN jsonb_typeof(latest.payload -> cap) = 'number'
            THEN NOT incoming.payload ? cap
                OR (jsonb_typeof(incoming.payload -> cap) = 'number'
                    AND (incoming.payload ->> cap)::numeric < (latest.payload ->> cap)::numeric)
            ELSE jsonb_typeof(incoming.payload -> cap) = 'number' END;
""" if with_caps else ""
    return f"""
CREATE OR REPLACE FUNCTION keep_locked_after_sale(latest sync_rows, incoming sync_rows)
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
        FROM jsonb_each(latest.payload) WHERE key IN ({LOCKED});{caps}
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


def upgrade() -> None:
    op.execute(keep_locked(with_caps=True))


def downgrade() -> None:
    op.execute(keep_locked(with_caps=False))
