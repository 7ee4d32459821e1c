"""Which sheet of a workbook is imported: the first visible worksheet, and its part.

The workbook lists its sheets in ``xl/workbook.xml``; each points, through
``xl/_rels/workbook.xml.rels``, at the zip part that holds its cells. Paths are resolved as
python-calamine resolves them, so the part checked before reading is the part read.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from desk.core.errors import quoted
from desk.importer.guards import SAVE_AGAIN
from desk.importer.issues import FileRefused, Issue

WORKBOOK, WORKBOOK_RELS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"
MAX_PART_BYTES = 16 * 1024 * 1024  # a workbook's list of sheets is a few kilobytes
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class SheetEntry:
    name: str
    part: str  # the zip member holding its cells, as the archive spells it
    hidden: bool
    worksheet: bool  # False for chart and dialog sheets


def choose_sheet(archive: zipfile.ZipFile) -> tuple[SheetEntry, list[Issue]]:
    """The first visible worksheet, and a warning naming it when it isn't the first sheet."""
    entries = sheet_entries(archive)
    chosen = next((e for e in entries if e.worksheet and not e.hidden), None)
    if chosen is None:
        raise FileRefused("file_unreadable", "The file has no visible sheet of cells to "
                          "import.", "Show the sheet with the memberships in Excel "
                          "(right-click a sheet tab › Unhide) and save the file again.")
    if chosen is entries[0]:
        return chosen, []
    skipped = ", ".join(f"“{e.name}”" for e in entries[:entries.index(chosen)])
    return chosen, [Issue(None, None, "sheet_not_first",
                          f"Desk read the sheet “{chosen.name}”, the first visible one; it "
                          f"skipped {skipped} before it (hidden, or not a sheet of cells). "
                          "Move the memberships to the first sheet if this is not the right "
                          "one.")]


def sheet_entries(archive: zipfile.ZipFile) -> list[SheetEntry]:
    """Every sheet of the workbook, in its order; refused when they can't be told apart."""
    by_name = {info.filename.casefold(): info.filename for info in archive.infolist()}
    targets = {rel.get("Id"): rel.get("Target", "")
               for rel in _elements(_small_part(archive, by_name, WORKBOOK_RELS),
                                    "Relationship")}
    entries = []
    for sheet in _elements(_small_part(archive, by_name, WORKBOOK), "sheet"):
        path = _resolved(targets.get(sheet.get(_REL_ID), ""))
        entries.append(SheetEntry(sheet.get("name", ""), by_name.get(path.casefold(), path),
                                  sheet.get("state", "visible") != "visible",
                                  path.split("/")[1:2] == ["worksheets"]))
    names = [e.name for e in entries]
    if not entries or len(set(names)) != len(names):
        raise FileRefused("file_unreadable", "The workbook's list of sheets is damaged.",
                          SAVE_AGAIN)
    return entries


def _resolved(target: str) -> str:
    """A relationship's target as a zip path (calamine's rule: "/xl/…" and "xl/…" are
    absolute, anything else is relative to xl/)."""
    if target.startswith("/xl/"):
        return target[1:]
    return target if target.startswith("xl/") else f"xl/{target}"


def _small_part(archive: zipfile.ZipFile, by_name: dict[str, str], name: str) -> bytes:
    member = by_name.get(name.casefold())
    if member is None:
        return b""
    if archive.getinfo(member).file_size > MAX_PART_BYTES:
        raise FileRefused("file_too_large", f"The part {quoted(member)} is far larger than "
                          "Excel writes it.", "Open the file in Excel and save it again.")
    data = archive.read(member)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # anywhere, not only in the head
        raise FileRefused("file_unreadable", f"The part {quoted(member)} declares XML "
                          "entities, which Excel never writes: refused as an XML bomb.",
                          SAVE_AGAIN)
    return data


def _elements(data: bytes, local_name: str) -> list[ElementTree.Element]:
    """The elements of that name, whatever namespace prefix the writer chose."""
    if not data:
        return []
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise FileRefused("file_unreadable", "The workbook's list of sheets is damaged.",
                          SAVE_AGAIN) from None
    return [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == local_name]
