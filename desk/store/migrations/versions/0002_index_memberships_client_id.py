"""index memberships.client_id

A client's memberships are found by owner or by buyer (``owner_id = ? OR client_id = ?``);
without this index that OR scans every membership on each payment.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_client_id"))
