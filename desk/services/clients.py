"""Clients at the front desk: look one up, add one, correct one."""

from __future__ import annotations

from desk.core.errors import DeskError
from desk.core.names import clean_name
from desk.core.permissions import Action
from desk.core.phones import display_phone, normalize_phone
from desk.core.reference import Client
from desk.services.actor import Actor
from desk.services.chain import add_client
from desk.store.uow import Database

__all__ = ["add_client", "get_client", "update_client"]


def get_client(db: Database, client_id: str) -> Client:
    """The client as stored now (``client_not_found`` if there is none)."""
    with db.read() as uow:
        return uow.reference.client(client_id)


def update_client(db: Database, actor: Actor, client_id: str, name: str, phone: str,
                  email: str | None, notes: str, *, region: str = "US") -> Client:
    """Correct a client's name, phone (any common format), e-mail and notes.

    The phone stays unique in the chain: another client's number is refused as
    ``phone_taken``.
    """
    actor.require(Action.MANAGE_CLIENTS)
    cleaned = clean_name(name, what="client")
    digits = normalize_phone(phone, region)
    with db.write() as uow:
        uow.reference.client(client_id)  # client_not_found, with its message
        other = uow.reference.client_by_phone(digits)
        if other is not None and other.id != client_id:
            raise DeskError("phone_taken",
                            f"{other.name} already has the phone {display_phone(digits)}.",
                            value=digits, hint="Open that client instead, or check the number.")
        client = Client(client_id, cleaned, digits, (email or "").strip() or None,
                        (notes or "").strip())
        uow.reference.update_client(client)
        uow.commit()
        return client
