"""visit limits: a membership type may cap its visits per day, per week and per month

Three nullable columns on ``membership_types`` (NULL = no cap, so every existing type keeps
working as before). Types travel to the chain server whole, as JSON rows, so the server
needs no change; a desk that has not upgraded yet leaves out the columns it does not know.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CAPS = ("visits_per_day", "visits_per_week", "visits_per_month")


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: the table (and its sync triggers) stays as it is
    for column in CAPS:
        op.add_column("membership_types", sa.Column(column, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("membership_types", schema=None) as batch_op:
        for column in reversed(CAPS):
            batch_op.drop_column(column)
