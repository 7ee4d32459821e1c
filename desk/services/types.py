"""Managers' membership types: create, change (within the locked-after-sale rules), duplicate,
archive and restore."""

from __future__ import annotations

from dataclasses import replace

from desk.core.errors import DeskError
from desk.core.ids import new_id
from desk.core.membership_types import (
    MembershipType,
    check_type_change,
    duplicate_type,
    validate_type,
)
from desk.core.names import clean_name, next_free_copy_name
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.audit import changed_fields
from desk.store.uow import Database, UnitOfWork


def create_type(db: Database, actor: Actor, draft: MembershipType) -> MembershipType:
    """Save a new type (and its product in "Memberships"); ``draft.id`` may be empty."""
    actor.require(Action.MANAGE_TYPES)
    t = validate_type(replace(draft, id=draft.id or new_id(),
                              name=clean_name(draft.name, what="type")))
    with db.write() as uow:
        _check_references(uow, t)
        _check_name_free(uow, t)
        uow.types.save(t)
        uow.audit.record(actor.stamp(db.device_id), "type_created", "membership_types", t.id,
                         name=t.name)
        uow.commit()
    return t


def update_type(db: Database, actor: Actor, changed: MembershipType) -> MembershipType:
    """Save changes; a change the locked-after-sale rules forbid is refused by name."""
    actor.require(Action.MANAGE_TYPES)
    t = validate_type(replace(changed, name=clean_name(changed.name, what="type")))
    with db.write() as uow:
        old = uow.types.get(t.id)
        check_type_change(old, t, sold=uow.types.is_sold(t.id))
        _check_references(uow, t)
        if not t.archived:
            _check_name_free(uow, t)
        uow.types.save(replace(t, archived=old.archived))
        uow.audit.record(actor.stamp(db.device_id), "type_changed", "membership_types", t.id,
                         **changed_fields(old, replace(t, archived=old.archived)))
        uow.commit()
    return t


def duplicate(db: Database, actor: Actor, type_id: str) -> MembershipType:
    """A new unsold copy named ``<name> (2)`` (or the next free number)."""
    actor.require(Action.MANAGE_TYPES)
    with db.write() as uow:
        original = uow.types.get(type_id)
        copy = duplicate_type(original, new_id=new_id(),
                              new_name=next_free_copy_name(original.name, uow.types.name_keys()))
        uow.types.save(copy)
        uow.audit.record(actor.stamp(db.device_id), "type_duplicated", "membership_types",
                         copy.id, name=copy.name, copy_of=original.id)
        uow.commit()
    return copy


def set_archived(db: Database, actor: Actor, type_id: str, archived: bool) -> MembershipType:
    """Archive (no longer offered for sale; sold ones still pay) or restore a type."""
    actor.require(Action.MANAGE_TYPES)
    with db.write() as uow:
        t = replace(uow.types.get(type_id), archived=archived)
        if not archived:
            _check_name_free(uow, t)
        uow.types.save(t)
        uow.audit.record(actor.stamp(db.device_id),
                         "type_archived" if archived else "type_restored", "membership_types",
                         t.id, name=t.name)
        uow.commit()
    return t


def _check_name_free(uow: UnitOfWork, t: MembershipType) -> None:
    if uow.types.active_name_taken(t.name, except_id=t.id):
        raise DeskError("type_name_taken", f"An active type is already named {t.name!r}.",
                        value=t.name, hint="Choose another name, or archive the other type.")


def _check_references(uow: UnitOfWork, t: MembershipType) -> None:
    for service_id in t.service_ids:
        uow.reference.service(service_id)
    for location_id in t.location_ids:
        uow.reference.location(location_id)
