"""ledger entries keep their place in their device's audit chain on the server too

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ledger_entries", sa.Column("chain_seq", sa.Integer))
    op.add_column("ledger_entries", sa.Column("prev_hash", sa.String(64)))
    op.add_column("ledger_entries", sa.Column("entry_hash", sa.String(64)))


def downgrade() -> None:
    for column in ("entry_hash", "prev_hash", "chain_seq"):
        op.drop_column("ledger_entries", column)
