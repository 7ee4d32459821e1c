"""Row ids: UUIDv7, unique and in the order they were made."""

import uuid

from desk.core.ids import new_id


def test_ids_are_version_7_uuids():
    made = uuid.UUID(new_id())
    assert (made.version, made.variant) == (7, uuid.RFC_4122)


def test_ids_are_unique_and_sort_in_the_order_they_were_made():
    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
