"""Checking a column at a time, each distinct value once.

An import's 100,000 rows hold a handful of locations, types, statuses and dates. Checking
row by row costs a call per cell even when the answer is remembered; asking each column's
distinct values once and handing the answers out with C-level maps costs a few dictionary
look-ups per cell instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desk.core.codes import MAX_CODE_LENGTH

_NUMBER_TYPES = frozenset({bool, int, float})
# a code ``is_valid_code`` accepts, for ASCII text: a letter or digit, then letters,
# digits and the signs - _ . /, at most MAX_CODE_LENGTH in all; one per line
_PLAIN_CODES = re.compile(rf"(?:[A-Za-z0-9][A-Za-z0-9_./-]{{0,{MAX_CODE_LENGTH - 1}}}\n)*")


def answers(check: Callable, *columns: Sequence) -> list:
    """``check(*values)`` of each row's values in ``columns``, asked once per distinct
    combination. The columns must not mix numbers of different types (see
    ``mixes_number_types``): ``True``, ``1`` and ``1.0`` are one key to a dict."""
    if len(columns) == 1:
        keys: Sequence = columns[0]
        found = {key: check(key) for key in dict.fromkeys(keys)}
    else:
        keys = list(zip(*columns, strict=True))
        found = {key: check(*key) for key in dict.fromkeys(keys)}
    return list(map(found.__getitem__, keys))


def mixes_number_types(column: Sequence) -> bool:
    """Whether the column holds numbers of two types (a bool and an int, an int and a
    float), which are equal as keys but not to the checks (``TRUE`` is no number)."""
    return len(_NUMBER_TYPES.intersection(map(type, column))) > 1


def plainly_valid_codes(codes: list[str]) -> bool:
    """Whether every code is ASCII text a sale would accept as typed (``is_valid_code``),
    asked of the whole column at once; False means "ask each one"."""
    text = "\n".join(codes)
    return (text.isascii() and text.count("\n") == len(codes) - 1
            and _PLAIN_CODES.fullmatch(text + "\n") is not None)
