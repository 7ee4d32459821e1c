"""liability per day: a cache of the ledger for the roll-forward

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "liability_days",
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("type_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("cents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("location_id", "type_id", "day", "kind",
                                name=op.f("pk_liability_days")),
    )
    op.create_table(
        "liability_members",
        sa.Column("membership_id", sa.String(length=36), nullable=False),
        sa.Column("lapse_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("membership_id", name=op.f("pk_liability_members")),
    )


def downgrade() -> None:
    op.drop_table("liability_members")
    op.drop_table("liability_days")
