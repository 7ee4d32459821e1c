"""Alembic environment of the chain server (PostgreSQL); run programmatically by
``desk.sync.server.init_server`` with a connection handed in."""

from alembic import context

from desk.sync.central import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  version_table="desk_server_version")
with context.begin_transaction():
    context.run_migrations()
