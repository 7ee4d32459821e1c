"""Alembic environment: always run programmatically with a connection handed in."""

from alembic import context

from desk.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision --autogenerate` by hand
    from desk.store.engine import open_engine

    connection = open_engine(config.get_main_option("db_path") or ":memory:").connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
