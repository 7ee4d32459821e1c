"""Row ids made on the desk: UUIDv7 (RFC 9562), unique across desks and ordered by time.

Time-ordered ids make each new row land at the end of the id indexes instead of on a
random page, which keeps bulk writes and large tables fast; they stay globally unique, so
offline desks can merge their rows later.
"""

from __future__ import annotations

import os
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_sequence = 0


def new_id() -> str:
    """A fresh UUIDv7: 48 bits of Unix milliseconds, a 12-bit sequence, 62 random bits."""
    return new_ids(1)[0]


def new_ids(count: int) -> list[str]:
    """``count`` fresh UUIDv7s in the order they were made, as ``new_id`` makes them one by
    one: a bulk write (an import's 200,000 ids) takes the clock, the lock and the
    randomness once instead of once per id."""
    places = _reserve(count)
    randomness = os.urandom(8 * count)
    ids = []
    for i, (ms, sequence) in enumerate(places):
        random_bits = int.from_bytes(randomness[8 * i:8 * i + 8], "big") & _RANDOM_MASK
        value = (ms << 80) | _VERSION | (sequence << 64) | _VARIANT | random_bits
        text = f"{value:032x}"
        ids.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return ids


_RANDOM_MASK = (1 << 62) - 1
_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62


def _reserve(count: int) -> list[tuple[int, int]]:
    """The (milliseconds, sequence) of the next ``count`` ids: the clock's millisecond,
    counting on within it (and into the next ones once its 4,096 numbers are used, or when
    the clock stepped back)."""
    global _last_ms, _sequence
    places = []
    with _lock:
        ms = time.time_ns() // 1_000_000
        for _ in range(count):
            if ms <= _last_ms:
                _sequence += 1
                if _sequence > 0xFFF:
                    _last_ms, _sequence = _last_ms + 1, 0
            else:
                _last_ms, _sequence = ms, 0
            places.append((_last_ms, _sequence))
    return places
