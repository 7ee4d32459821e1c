"""search keys: names found without regard to case or accents, by any word's start; codes
by their part after the first sign

``clients.search_key`` holds the name folded (no case, no accents, ``desk.core.names``) on
an index; ``client_name_words`` holds the folded name from each later word on, so "diaz"
finds "Carla Díaz" on an index too. Both are derived from the name on each desk and never
synced: filling them here must not stamp every client as changed by this desk, so the sync
triggers are held off (as during a pull) while they are filled. An index on the part of a
membership's code after its first sign finds "2003" in LEG-2003 by a range, not a scan.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from desk.store.client_names import write_search_keys

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: the table (and its rowids) stays as it is
    op.add_column("clients", sa.Column("search_key", sa.String(), nullable=False,
                                       server_default=""))
    op.create_index(op.f("ix_clients_search_key"), "clients", ["search_key"], unique=False)
    op.create_table(
        "client_name_words",
        sa.Column("word", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                name=op.f("fk_client_name_words_client_id_clients")),
        sa.PrimaryKeyConstraint("word", "client_id", name=op.f("pk_client_name_words")),
    )
    op.create_index(op.f("ix_client_name_words_client_id"), "client_name_words",
                    ["client_id"], unique=False)
    # frozen here as desk.store.schema.CODE_TAIL spells it today
    op.create_index("ix_memberships_code_tail", "memberships", [sa.text(
        "substr(code_key, instr(replace(replace(replace(code_key, '/', '-'), '.', '-'), "
        "'_', '-'), '-') + 1)")], unique=False)
    conn = op.get_bind()
    applying = conn.exec_driver_sql("SELECT applying FROM sync_clock WHERE id = 1").scalar()
    conn.exec_driver_sql("UPDATE sync_clock SET applying = 1 WHERE id = 1")
    write_search_keys(conn, conn.exec_driver_sql("SELECT id, name FROM clients").all())
    conn.exec_driver_sql("UPDATE sync_clock SET applying = ? WHERE id = 1", (applying or 0,))


def downgrade() -> None:
    op.drop_index("ix_memberships_code_tail", table_name="memberships")
    op.drop_table("client_name_words")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_search_key"))
        batch_op.drop_column("search_key")
