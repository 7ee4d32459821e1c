"""Row ids made on the desk: UUIDv7 (RFC 9562), unique across desks and ordered by time.

Time-ordered ids make each new row land at the end of the id indexes instead of on a
random page, which keeps bulk writes and large tables fast; they stay globally unique, so
offline desks can merge their rows later.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_sequence = 0


def new_id() -> str:
    """A fresh UUIDv7: 48 bits of Unix milliseconds, a 12-bit sequence, 62 random bits."""
    global _last_ms, _sequence
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:  # same millisecond (or the clock stepped back): count on
            _sequence += 1
            if _sequence > 0xFFF:
                _last_ms, _sequence = _last_ms + 1, 0
            ms = _last_ms
        else:
            _last_ms, _sequence = ms, 0
        sequence = _sequence
    random_bits = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (sequence << 64) | (0b10 << 62) | random_bits
    return str(uuid.UUID(int=value))
