"""notifications, renewals and due work

Per-type notification settings, the outbox, renewal charges (payments due), renewal
cancellations, auto-renewing types, secret settings, and the keys that make each piece of
due work happen once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "due_work_done",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("done_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_due_work_done")),
    )
    op.create_table(
        "membership_type_notices",
        sa.Column("type_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["membership_types.id"],
            name=op.f("fk_membership_type_notices_type_id_membership_types"),
        ),
        sa.PrimaryKeyConstraint("type_id", "kind", name=op.f("pk_membership_type_notices")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("membership_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.String(length=32), nullable=True),
        sa.Column("claimed_until", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.String(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=True),
        sa.Column("recipient", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_outbox_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"], ["memberships.id"], name=op.f("fk_outbox_membership_id_memberships")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("key", name=op.f("uq_outbox_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbox_status"), ["status"], unique=False)

    op.create_table(
        "payments_due",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("membership_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("paid_at", sa.String(length=32), nullable=True),
        sa.Column("paid_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_payments_due_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_payments_due_membership_id_memberships"),
        ),
        sa.ForeignKeyConstraint(
            ["paid_by"], ["users.id"], name=op.f("fk_payments_due_paid_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments_due")),
        sa.UniqueConstraint("membership_id", "due_on", name="uq_payments_due_membership_day"),
    )
    with op.batch_alter_table("payments_due", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payments_due_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_payments_due_status"), ["status"], unique=False)

    op.create_table(
        "renewal_cancellations",
        sa.Column("membership_id", sa.String(length=36), nullable=False),
        sa.Column("cancelled_at", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_renewal_cancellations_membership_id_memberships"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_renewal_cancellations_user_id_users")
        ),
        sa.PrimaryKeyConstraint("membership_id", name=op.f("pk_renewal_cancellations")),
    )
    with op.batch_alter_table("membership_types", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("auto_renew", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("secret", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_column("secret")

    with op.batch_alter_table("membership_types", schema=None) as batch_op:
        batch_op.drop_column("auto_renew")

    op.drop_table("renewal_cancellations")
    with op.batch_alter_table("payments_due", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_due_status"))
        batch_op.drop_index(batch_op.f("ix_payments_due_membership_id"))

    op.drop_table("payments_due")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_status"))
        batch_op.drop_index(batch_op.f("ix_outbox_membership_id"))

    op.drop_table("outbox")
    op.drop_table("membership_type_notices")
    op.drop_table("due_work_done")
