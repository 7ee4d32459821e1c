"""The workbook's shared strings, measured before any reader expands them.

A cell of type ``s`` holds an index into ``xl/sharedStrings.xml``; a reader hands every
such cell its own copy of the string, so one 100,000-character string referenced down a
column turns a small file into gigabytes. The survey measures each string (the bytes of
its XML: never fewer than its characters); strings longer than any column may hold are cut
in a copy of the file that the reader reads instead, and the import reports those cells.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from array import array
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape

SHARED_STRINGS = "xl/sharedStrings.xml"
MAX_CELL_CHARS = 1_000  # above every column's own limit: a longer value is an error anyway
CHUNK = 4 << 20
_END_OF_STRING = re.compile(rb"(</(?:[\w.-]+:)?si\s*>)")
_START_OF_STRING = re.compile(rb"<((?:[\w.-]+:)?)si[\s>/]")
_PHONETIC = re.compile(rb"<((?:[\w.-]+:)?rPh)\b.*?</\1\s*>", re.DOTALL)
_TEXT = re.compile(rb"<(?:[\w.-]+:)?t(?:\s[^>]*)?>(.*?)</(?:[\w.-]+:)?t\s*>", re.DOTALL)
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class SharedStrings:
    """What each index of the workbook's shared strings may expand to, after the cut."""

    part: str | None = None  # the zip member, as the archive spells it
    lengths: array = field(default_factory=lambda: array("L"))  # by index, at most CUT
    cut: list[int] = field(default_factory=list)  # indexes longer than MAX_CELL_CHARS

    @property
    def longest(self) -> int:
        return max(self.lengths, default=0)


def survey_shared_strings(archive: zipfile.ZipFile) -> SharedStrings:
    """Each shared string's length bound, reading the part once in bounded chunks."""
    part = next((i.filename for i in archive.infolist()
                 if i.filename.casefold() == SHARED_STRINGS.casefold()), None)
    strings = SharedStrings(part)
    if part is None:
        return strings
    with archive.open(part) as xml:
        for piece in _pieces(xml):
            if _is_a_string(piece):
                if len(piece) > MAX_CELL_CHARS and len(_text(piece)) > MAX_CELL_CHARS:
                    strings.cut.append(len(strings.lengths))
                strings.lengths.append(min(len(piece), MAX_CELL_CHARS + 1))
    return strings


def _pieces(xml):
    """The XML cut after each ``</si>``: one string per piece, its end tag included (the
    last piece holds the end of the part)."""
    carry = b""
    while chunk := xml.read(CHUNK):
        parts = _END_OF_STRING.split(carry + chunk)
        carry = parts.pop()
        for at in range(0, len(parts), 2):
            yield parts[at] + parts[at + 1]
    yield carry


def _is_a_string(piece: bytes) -> bool:
    """Readers keep an ``<si>`` only when it holds a text or a rich-text run."""
    return (b"si" in piece and b"</" in piece
            and (b"<t" in piece or b":t" in piece or b"<r" in piece or b":r" in piece))


def _text(piece: bytes) -> str:
    """The characters of one string, phonetic guides left out, as a reader joins them."""
    runs = _TEXT.findall(_PHONETIC.sub(b"", piece))
    return unescape(b"".join(runs).decode("utf-8", "replace"))


def copy_with_long_strings_cut(archive: zipfile.ZipFile, strings: SharedStrings,
                               out: Path) -> Path:
    """A copy of the workbook whose over-long shared strings keep MAX_CELL_CHARS + 1
    characters: enough for the import to say the cell is too long, and never more."""
    cut = set(strings.cut)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
        for info in archive.infolist():
            with archive.open(info) as source, copy.open(info.filename, "w") as target:
                if info.filename != strings.part:
                    shutil.copyfileobj(source, target, CHUNK)
                    continue
                index = 0
                for piece in _pieces(source):
                    if _is_a_string(piece):
                        if index in cut:
                            piece = _shortened(piece)
                        index += 1
                    target.write(piece)
    return out


def _shortened(piece: bytes) -> bytes:
    """The same string element, its text cut, written with the prefix the part uses."""
    start = _START_OF_STRING.search(piece)
    if start is None:
        return piece
    p = start.group(1)
    text = _text(piece)[:MAX_CELL_CHARS + 1]
    safe = _NOT_IN_XML.sub(lambda m: f"&#{ord(m.group())};", escape(text)).encode()
    return (piece[:start.start()] + b"<%ssi><%st xml:space=\"preserve\">%s</%st></%ssi>"
            % (p, p, safe, p, p))
