"""a sold type's share limit may be raised, never lowered

Types travel as JSON rows, so the new settings of desk store migration 0013 (freeze policy,
transferable, share limit) need no column here. Of them only the share limit is locked after
a sale, as ``desk.core.membership_types`` refuses it on a desk: a version of a sold type that
lowers it, or a version from a desk that does not know it yet (no such key), keeps the
server's. 0004's caps rule stays as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _load_caps():
    """0004's module, by its file beside this one (as Alembic itself loads migrations)."""
    spec = importlib.util.spec_from_file_location(
        "server_0004", Path(__file__).with_name("0004_visit_limits_after_sale.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_caps = _load_caps()

SHARE_LIMIT = """
        IF jsonb_typeof(latest.payload -> 'share_limit') = 'number'
                AND (jsonb_typeof(incoming.payload -> 'share_limit') IS DISTINCT FROM 'number'
                     OR (incoming.payload ->> 'share_limit')::numeric
                        < (latest.payload ->> 'share_limit')::numeric) THEN
            kept := kept || jsonb_build_object('share_limit', latest.payload -> 'share_limit');
        END IF;"""


def upgrade() -> None:
    sql = _caps.keep_locked(with_caps=True)
    anchor = "        IF incoming.payload @> kept THEN"
    assert anchor in sql  # 0004's function, with the share limit kept beside the caps
    op.execute(sql.replace(anchor, SHARE_LIMIT.lstrip("\n") + "\n" + anchor, 1))


def downgrade() -> None:
    op.execute(_caps.keep_locked(with_caps=True))
