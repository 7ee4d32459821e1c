"""Sentences from the rest of the product, in the window's language (SPEC §12).

The core, the services and the importer write English (the command line and its JSON stay
so); ``desk/ui/phrases.py`` holds each of their sentences as a template with numbered holes.
The window finds the template a sentence was made from, translates it and puts the values
back, dates rewritten as the locale writes them. A sentence with no template is shown as it
came: English is better than nothing.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from PySide6.QtCore import QLocale

from desk.core.errors import DeskError
from desk.ui.formats import amount, day, day_in_words
from desk.ui.i18n import tr
from desk.ui.phrases import PHRASES

_HOLE = re.compile(r"\{(\d+)\}")
_BOUNDARY = re.compile(r"(?<=[.!?)])\s+")  # where one sentence ends and another starts
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMOUNT = re.compile(r"\d+\.\d{2}")  # an amount as the core writes it: 10.00
_DAY_IN_WORDS = re.compile(r"(\d{1,2}) ([A-Z][a-z]{2})(?: (\d{4}))?")
_LEAP_YEAR = 2000  # "29 Feb" without its year: any year with that day, as none is shown
_MONTHS = {name: i for i, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Each template as a pattern catching its values, with its longest piece of literal
    text (a quick test before the pattern is tried); the most specific (most literal text)
    tried first, so "No client {0}." is not taken for "{0}."."""
    def literal_length(text: str) -> int:
        return len(_HOLE.sub("", text))

    made = []
    for text in sorted(PHRASES, key=literal_length, reverse=True):
        pieces = _HOLE.split(text.replace("{{", "{").replace("}}", "}"))
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<v{p}>.*?)"
                        for i, p in enumerate(pieces))
        made.append((max(pieces[::2], key=len), re.compile(regex, re.DOTALL), text))
    return tuple(made)


def translated(text: str) -> str:
    """``text`` in the window's language when it is one of the product's sentences, or a
    run of them (a refusal's message and then its hint, as a list of reasons shows it);
    remembered per language, as a table repaints its cells and an import repeats its
    messages on thousands of rows."""
    return _translated(text, QLocale().name()) if text else text


@lru_cache(maxsize=16384)
def _translated(text: str, locale: str) -> str:
    # sentence by sentence first: a template's last hole would swallow the hint after it
    splits = [(text[:b.start()], text[b.end():]) for b in _BOUNDARY.finditer(text)]
    for head, tail in splits:
        said_head, said_tail = _said(head, locale), translated(tail)
        if said_head != head and said_tail != tail:
            return f"{said_head} {said_tail}"
    single = _said(text, locale)
    if single != text:
        return single
    for head, tail in splits:  # a known sentence, then words of someone else's
        said_head = _said(head, locale)
        if said_head != head:
            return f"{said_head} {tail}"
    return text


@lru_cache(maxsize=16384)
def _said(text: str, _locale: str) -> str:
    """One sentence translated (the locale is the window's language, for the memory)."""
    whole = tr(text)
    if whole != text:
        return whole
    for anchor, pattern, template in _patterns():
        if anchor not in text:
            continue
        found = pattern.fullmatch(text)
        if found is None:
            continue
        values = {int(k[1:]): v for k, v in found.groupdict().items()}
        wording = tr(template)
        if wording == template:
            return text  # not translated (English): the sentence as it came
        try:
            return wording.format(*(_value(values[i]) for i in range(len(values))))
        except (IndexError, KeyError, ValueError):
            return text  # a translation whose holes don't fit: the English is right
    return text


def _value(text: str) -> str:
    """A value put back: a date rewritten as the locale writes it, a word or a sentence of
    the product translated; names, codes and numbers as they are."""
    if _ISO_DAY.fullmatch(text):
        try:
            return day(date.fromisoformat(text))
        except ValueError:
            return text
    if _AMOUNT.fullmatch(text):
        return amount(Decimal(text))
    if (words := _DAY_IN_WORDS.fullmatch(text)) and words.group(2) in _MONTHS:
        d, m, y = words.groups()
        try:
            when = date(int(y or _LEAP_YEAR), _MONTHS[m], int(d))
        except ValueError:
            return text
        return day_in_words(when, year=y is not None)
    return translated(text)  # a word ("frozen") or a sentence of its own ("Yoga visit of 9 Nov")


def error_message(error: DeskError) -> str:
    """A refusal as the window says it: its message and its hint, each translated."""
    return " ".join(part for part in (translated(error.message), translated(error.hint))
                    if part).strip()
