"""freeze policy, sharing and transfer settings; freeze reasons; freeze fees as charges due

- ``membership_types`` gains the freeze policy (shortest and longest freeze, how many, fee,
  reason required), who may transfer a sold membership and how many other clients may share
  one (SPEC §3.5, §3.11). Defaults keep every existing type working as before.
- ``chains`` gains the chain-wide list of freeze reasons, one per line.
- ``payments_due`` holds freeze fees beside renewal charges: each charge says what it is for
  (``kind``) and which entry made it (``ref_id``), and a membership may owe both on one day,
  so the table is rebuilt with its unique key on (membership, day, kind). Its rows keep
  their ids, so their sync versions stay valid; its sync triggers are put back as they were.

Ledger entries need nothing: transfers, shares and closure freezes are new kinds of rows.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TYPE_COLUMNS = (
    sa.Column("freeze_min_days", sa.Integer(), nullable=True),
    sa.Column("freeze_max_days", sa.Integer(), nullable=True),
    sa.Column("freeze_max_count", sa.Integer(), nullable=True),
    sa.Column("freeze_fee", sa.Integer(), server_default="0", nullable=False),
    sa.Column("freeze_reason_required", sa.Boolean(), server_default=sa.false(),
              nullable=False),
    sa.Column("transferable", sa.String(length=16), server_default="managers", nullable=False),
    sa.Column("share_limit", sa.Integer(), server_default="0", nullable=False),
)
NEW_PAYMENTS_DUE = """
CREATE TABLE payments_due (
    id VARCHAR(36) NOT NULL,
    membership_id VARCHAR(36) NOT NULL,
    client_id VARCHAR(36),
    amount INTEGER NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(8) NOT NULL,
    paid_at VARCHAR(32),
    paid_by VARCHAR(36),
    created_at VARCHAR(32) NOT NULL,
    kind VARCHAR(16) DEFAULT 'renewal' NOT NULL,
    ref_id VARCHAR(36),
    CONSTRAINT pk_payments_due PRIMARY KEY (id),
    CONSTRAINT uq_payments_due_membership_day UNIQUE (membership_id, due_on, kind),
    CONSTRAINT fk_payments_due_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id),
    CONSTRAINT fk_payments_due_membership_id_memberships FOREIGN KEY(membership_id)
        REFERENCES memberships (id),
    CONSTRAINT fk_payments_due_paid_by_users FOREIGN KEY(paid_by) REFERENCES users (id)
)"""
COLUMNS = "id, membership_id, client_id, amount, due_on, status, paid_at, paid_by, created_at"


def upgrade() -> None:
    for column in TYPE_COLUMNS:
        op.add_column("membership_types", column)
    op.add_column("chains", sa.Column("freeze_reasons", sa.String(), server_default="",
                                      nullable=False))
    conn = op.get_bind()
    triggers = [sql for (sql,) in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'payments_due'")]
    op.execute("ALTER TABLE payments_due RENAME TO payments_due_old")
    op.execute(NEW_PAYMENTS_DUE)
    op.execute(f"INSERT INTO payments_due ({COLUMNS}) SELECT {COLUMNS} FROM payments_due_old")
    op.execute("DROP TABLE payments_due_old")  # its triggers and indexes go with it
    op.create_index("ix_payments_due_membership_id", "payments_due", ["membership_id"])
    op.create_index("ix_payments_due_status", "payments_due", ["status"])
    for sql in triggers:
        op.execute(sql)


def downgrade() -> None:
    with op.batch_alter_table("payments_due", schema=None) as batch_op:
        batch_op.drop_constraint("uq_payments_due_membership_day", type_="unique")
        batch_op.create_unique_constraint("uq_payments_due_membership_day",
                                          ["membership_id", "due_on"])
        batch_op.drop_column("ref_id")
        batch_op.drop_column("kind")
    op.drop_column("chains", "freeze_reasons")
    for column in reversed(TYPE_COLUMNS):
        op.drop_column("membership_types", column.name)
