"""The database as the outer layers see it: open it, hand it to the use cases."""

from desk.store.uow import Database

__all__ = ["Database", "open_database"]


def open_database(path) -> Database:
    """Open (creating and migrating if needed) the desk database at ``path``."""
    return Database.open(path)
