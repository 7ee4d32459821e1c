"""chain sync: rows set aside, pulled and not applied, or written here and not sent

A pulled row or ledger entry a desk can't apply (it names a membership that doesn't exist,
its payload is not a JSON object, it breaks a constraint) must not stop every later pull:
``sync_set_aside`` keeps it, with the reason, for a manager to review in Sync conflicts,
and the pull goes on past it. A change this desk may not send (users and the chain's
settings, from a desk that is not an admin desk) is kept there too. The desk's own: not
synced (see ``desk.sync.set_aside``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),  # "in" or "out"
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("device_id", sa.String(length=36), nullable=False, server_default=""),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("data", sa.String(), nullable=True),  # what came in, as JSON
        sa.Column("set_aside_at", sa.String(length=32), nullable=False),
        sa.Column("reviewed_by", sa.String(length=36), nullable=True),
        sa.Column("reviewed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_set_aside")),
        sa.UniqueConstraint("direction", "table_name", "row_id", "hlc", "device_id",
                            name=op.f("uq_sync_set_aside_direction")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("sync_set_aside")
