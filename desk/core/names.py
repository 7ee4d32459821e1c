"""Names compared the way people mean them: trimmed and case-insensitively; searched
without regard to case or accents."""

from __future__ import annotations

import re
import unicodedata

from desk.core.errors import DeskError

_SPACES = re.compile(r"\s+")
# an apostrophe joins ("O'Brien" is searched as "obrien"); any other sign separates words
_APOSTROPHES = re.compile(r"['\u2019\u02bc`\u00b4]")
_SEPARATORS = re.compile(r"[\W_]+")
# letters with a stroke or a dot of their own, which no decomposition takes off, as a
# keyboard without them types them ("Østergaard" is found by "ostergaard")
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ŧ": "t",
                                "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


def name_key(name: str) -> str:
    """The comparison key of a name or code: ``" Downtown "`` and ``"downtown"`` are one."""
    return _SPACES.sub(" ", str(name).strip()).casefold()


def search_key(text: str) -> str:
    """The form a name is searched by: no case, no accents, words split by single spaces
    (``"Carla  Díaz-López"`` -> ``"carla diaz lopez"``). Decomposed before and after case
    folding, as folding can make letters that decompose further (and a compatibility
    letter like ``ℌ`` decomposes to a capital)."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", str(text)).casefold())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    bare = unicodedata.normalize("NFKD", bare.casefold())  # a bare capital folds once more
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch)).translate(_PLAIN_LETTERS)
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", bare)).strip()


def later_word_keys(name: str) -> list[str]:
    """The name's search key from each word after the first onwards: ``"Carla Díaz López"``
    -> ``["diaz lopez", "lopez"]``, so typing a surname (or its start) finds the name."""
    key = search_key(name)
    return [key[i + 1:] for i, ch in enumerate(key) if ch == " "]


def name_matches(name: str, typed: str) -> bool:
    """Whether a search for ``typed`` finds ``name``: its key, or its key from a later word
    on, starts with the typed text's key (what the store's indexed search does)."""
    wanted = search_key(typed)
    return bool(wanted) and any(key.startswith(wanted)
                                for key in (search_key(name), *later_word_keys(name)))


def clean_name(name: str, *, what: str, max_length: int = 120) -> str:
    """A display name, trimmed; refuses an empty or overlong one."""
    cleaned = _SPACES.sub(" ", str(name).strip())
    if not cleaned:
        raise DeskError(f"{what}_name_required", f"The {what} needs a name.", hint="Type a name.")
    if len(cleaned) > max_length:
        raise DeskError(
            f"{what}_name_too_long",
            f"The {what} name is {len(cleaned)} characters long; at most {max_length} fit.",
            value=cleaned,
            hint="Shorten the name.",
        )
    return cleaned


def next_free_copy_name(name: str, taken: set[str]) -> str:
    """``"Massage 10"`` -> ``"Massage 10 (2)"``, or the next ``(n)`` not in ``taken``.

    ``taken`` holds name keys. A name that already ends in ``(n)`` counts on from its base.
    """
    base = re.sub(r"\s\(\d+\)$", "", name.strip())
    n = 2
    while name_key(f"{base} ({n})") in taken:
        n += 1
    return f"{base} ({n})"
