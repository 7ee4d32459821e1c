"""A sheet's real extent and its cells a reader would show as empty, read from its XML
before any reader builds it.

python-calamine allocates the sheet's whole rectangle at once, A1 to the farthest cell: a
1.8 KB file holding A1 and XFD100000 asks for 1.6 billion cells (52 GB) and the process
aborts, beyond any ``except``. So the sheet part is read once here, in bounded chunks, and
a sheet larger than MAX_CELLS is refused before the reader sees it.

Reading every cell reference of a 100,000-row sheet in Python would cost more than the
reader itself, so the scan works in tiers. The first only asks regular expressions whether
any reference lies past column H (the template's eight columns) or past row 999,999: when
none does, the rectangle is at most 999,999 × 8 cells and no number is needed. Otherwise
the references are collected exactly; and a sheet written unlike Excel writes (cells
without a reference, attributes in another order, namespace prefixes, other quotes) is
parsed with expat, cell by cell, as the reader would place them (``careful_scan``).

The same pass finds formulas without a saved value and error values (``#DIV/0!``), which
the reader hands over as empty cells, and, when the shared strings could add up to more
than MAX_TEXT_CHARS, how much text the cells really expand to.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from operator import itemgetter

from desk.core.errors import quoted
from desk.importer.cells import FORMULA_WITHOUT_VALUE, UnreadableCell, error_value
from desk.importer.guards import MAX_ROWS
from desk.importer.issues import FileRefused
from desk.importer.shared_strings import SharedStrings

MAX_CELLS = (MAX_ROWS + 1) * 8  # a full-size file of the template's eight columns
QUICK_BOUND = 999_999 * 8  # the rectangle the first tier vouches for: up to H999999
MAX_TEXT_CHARS = 100_000_000  # what the cells' shared strings may expand to, all together
MIN_SHARED_CELL_BYTES = 20  # '<c t="s"><v>0</v></c>': the smallest cell a string can fill
CHUNK = 4 << 20
Position = tuple[int, int]  # (row, column), 1-based as Excel numbers them

_CELL_NOT_REFERENCE_FIRST = re.compile(rb'<c(?! r=")[\s/>]')
_PREFIXED_CELL = re.compile(rb':c[\s/>]')
# a reference past column H, of two or more letters, with 7+ row digits, or not "A1"-like
_REFERENCE_PAST_H = re.compile(rb'<c r="(?:[^A-H]|.(?:\D|\d{7}))')
_REFERENCE = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
_CELL_START = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*)>')
_TYPE = re.compile(rb'\st="([^"]*)"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_SHARED_INDEX = re.compile(rb't="s"><v>(\d+)</v>')
_UNUSUAL_SYNTAX = (b"t='", b"t =", b"t= ", b":v")  # would hide a shared-string cell


class Escalate(Exception):
    """This tier can't vouch for the sheet; the next one reads it more closely."""


@dataclass
class SheetSurvey:
    """What the scan found; the sheet passed every limit if it exists."""

    unreadable: dict[Position, UnreadableCell] = field(default_factory=dict)
    rows: int = 0  # the farthest row and column seen (0 when only bounded, not counted)
    columns: int = 0
    text: int = 0  # characters the shared-string cells expand to, when counted


def survey_sheet(archive: zipfile.ZipFile, part: str, strings: SharedStrings) -> SheetSurvey:
    """Refuse a sheet whose rectangle or text is past the limits; else what it holds."""
    from desk.importer.careful_scan import careful_scan  # the rare tier, loaded when needed

    size = archive.getinfo(part).file_size
    count_text = size // MIN_SHARED_CELL_BYTES * strings.longest > MAX_TEXT_CHARS
    for exact in (False, True):
        try:
            return _regular_scan(archive, part, strings, exact=exact, count_text=count_text)
        except Escalate:
            continue
    return careful_scan(archive, part, strings)


def _regular_scan(archive: zipfile.ZipFile, part: str, strings: SharedStrings, *,
                  exact: bool, count_text: bool) -> SheetSurvey:
    if not exact and QUICK_BOUND > MAX_CELLS:
        raise Escalate  # a limit below what the first tier can vouch for (tests lower it)
    survey = SheetSurvey()
    with archive.open(part) as xml:
        for chunk in _chunks(xml):
            if _CELL_NOT_REFERENCE_FIRST.search(chunk) or _PREFIXED_CELL.search(chunk):
                raise Escalate
            if exact:
                _measure(chunk, survey)
            elif _REFERENCE_PAST_H.search(chunk):
                raise Escalate
            if b"<f" in chunk or b't="e"' in chunk:
                _find_unreadable(chunk, survey.unreadable)
            if count_text:
                survey.text += _shared_text(chunk, strings)
                check_text(survey.text)
    return survey


def _chunks(xml):
    """The part in pieces of about CHUNK bytes, each ending after a whole cell."""
    carry = b""
    while data := xml.read(CHUNK):
        buffer = carry + data
        end = buffer.rfind(b"</c>")
        end = end + 4 if end >= 0 else buffer.rfind(b">") + 1
        if end <= 0:  # a run of text without tags: it holds no cell to cut through
            end = len(buffer)
        yield buffer[:end]
        carry = buffer[end:]
    if carry:
        yield carry


def _measure(chunk: bytes, survey: SheetSurvey) -> None:
    references = _REFERENCE.findall(chunk)
    if len(references) != chunk.count(b'<c r="'):
        raise Escalate  # a reference the pattern can't read: lowercase, 8+ digits, …
    if not references:
        return
    survey.columns = max(survey.columns, *map(column_number, set(map(itemgetter(0),
                                                                    references))))
    survey.rows = max(survey.rows, *map(int, set(map(itemgetter(1), references))))
    check_extent(survey.rows, survey.columns)


def column_number(letters: bytes | str) -> int:
    """``b"A"`` -> 1, ``b"XFD"`` -> 16384 (lowercase counts as uppercase, as readers do)."""
    number = 0
    for letter in letters.upper() if isinstance(letters, str) else letters.upper().decode():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_extent(rows: int, columns: int) -> None:
    """Refuse a sheet whose rectangle from A1 is past the limits, naming its far corner."""
    corner = f"{column_letters(columns)}{rows}"
    if rows - 1 > MAX_ROWS:
        raise FileRefused("file_too_large", f"The sheet has {rows - 1:,} rows (its cells "
                          f"reach {corner}); at most {MAX_ROWS:,} can be imported.",
                          "Split it into several files.")
    if rows * columns > MAX_CELLS:
        raise FileRefused("file_too_large", f"The sheet's cells reach {corner}: "
                          f"{rows:,} rows × {columns:,} columns, {rows * columns:,} cells; "
                          f"Desk reads at most {MAX_CELLS:,}.",
                          "In Excel, delete the rows and columns after your memberships "
                          "(select them, right-click › Delete) and save again; or split the "
                          "file.")


def check_text(characters: int) -> None:
    if characters > MAX_TEXT_CHARS:
        raise FileRefused("file_too_large", f"The sheet's cells hold more than "
                          f"{MAX_TEXT_CHARS:,} characters of text.",
                          "Delete the columns Desk doesn't import, or split the file.")


def _shared_text(chunk: bytes, strings: SharedStrings) -> int:
    """The characters this chunk's shared-string cells expand to."""
    if any(syntax in chunk for syntax in _UNUSUAL_SYNTAX):
        raise Escalate
    indexes = _SHARED_INDEX.findall(chunk)
    if len(indexes) != chunk.count(b't="s"'):
        raise Escalate
    lengths, known = strings.lengths, len(strings.lengths)
    return sum(lengths[i] for i in map(int, indexes) if i < known)


def _find_unreadable(chunk: bytes, found: dict[Position, UnreadableCell]) -> None:
    """Cells with a formula and no saved value, or an error value, by their position."""
    for marker in (b"<f", b't="e"'):
        at = chunk.find(marker)
        while at >= 0:
            cell = _enclosing_cell(chunk, at)
            if cell is not None:
                position, unreadable = cell
                if unreadable is not None:
                    found[position] = unreadable
            at = chunk.find(marker, at + 1)


def _enclosing_cell(chunk: bytes, at: int) -> tuple[Position, UnreadableCell | None] | None:
    start = chunk.rfind(b'<c r="', 0, at)
    tag = _CELL_START.match(chunk, start) if start >= 0 else None
    if tag is None or tag.group(3).endswith(b"/"):
        return None
    end = chunk.find(b"</c>", tag.end())
    if at >= tag.end() and (end < 0 or end < at):
        return None  # the marker lies after this cell: not in any cell
    position = (int(tag.group(2)), column_number(tag.group(1)))
    content = chunk[tag.end():end if end >= 0 else len(chunk)]
    kind = _TYPE.search(tag.group(3))
    return position, unreadable(kind.group(1) if kind else b"", _has_formula(content),
                                _value(content))


def _has_formula(content: bytes) -> bool:
    return re.search(rb"<f[\s>/]", content) is not None


def _value(content: bytes) -> bytes | None:
    value = _VALUE.search(content)
    return value.group(1) if value else None


def unreadable(kind: bytes, formula: bool, value: bytes | None) -> UnreadableCell | None:
    """What a reader would wrongly show as empty: an error, or a formula never saved (a
    formula whose result is the empty text is really empty)."""
    if kind == b"e":
        shown = (value or b"").strip().decode("utf-8", "replace")
        return error_value(quoted(shown)[1:-1] if shown else "#N/A")
    if formula and not value and kind != b"str":
        return FORMULA_WITHOUT_VALUE
    return None
