"""Refuse a file before parsing it: wrong kind, encrypted, too large, a zip or XML bomb.

Everything here reads only the zip directory and the first bytes of a few parts, so a
hostile file is refused quickly and with bounded memory.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from desk.importer.issues import FileRefused

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # what the parts may unpack to, all together
MAX_RATIO = 200  # deflate reaches ~100:1 on real spreadsheets; bombs reach thousands
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')
_UNREADABLE_HINT = "Open it in Excel and save it as an Excel Workbook (.xlsx)."


def check_file(path: str | Path) -> None:
    """Raise ``FileRefused`` (``file_unreadable`` / ``file_too_large``) or return quietly."""
    path = Path(path)
    if not path.is_file():
        raise FileRefused("file_unreadable", f"There is no file {str(path)!r}.",
                          "Check the file name and folder.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileRefused("file_too_large", f"The file is {size / 2**20:.0f} MB; at most 50 MB "
                          "can be imported.", "Split it into several files.")
    with path.open("rb") as f:
        head = f.read(8)
    if head == OLE_SIGNATURE:
        raise FileRefused("file_unreadable", "The file is password-protected or an old .xls.",
                          "Remove the password in Excel, and save it as an Excel Workbook "
                          "(.xlsx).")
    if not zipfile.is_zipfile(path):
        raise FileRefused("file_unreadable", f"{path.name} is not an Excel .xlsx file.",
                          _UNREADABLE_HINT)
    _check_archive(path)


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members)
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names:
                raise FileRefused("file_unreadable", f"{path.name} holds no Excel workbook.",
                                  _UNREADABLE_HINT)
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    _check_xml_head(archive, member)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise FileRefused("file_unreadable", f"{path.name} is damaged ({error}).",
                          _UNREADABLE_HINT) from None


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FileRefused("file_too_large",
                          f"The file unpacks to {total / 2**30:.1f} GB; at most 1 GB is read.",
                          "Split it into several files.")
    for m in members:
        if m.compress_size and m.file_size / m.compress_size > MAX_RATIO \
                and m.file_size > 10 * 1024 * 1024:
            raise FileRefused("file_too_large",
                              f"The part {m.filename} unpacks {m.file_size // m.compress_size}"
                              " times larger than it is stored: refused as a zip bomb.",
                              "Save the sheet again from Excel; if it is genuine, split it.")


def _check_xml_head(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """No DTDs (entity-expansion bombs) and at most MAX_ROWS rows by the sheet's dimension."""
    with archive.open(member) as part:
        head = part.read(4096)
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise FileRefused("file_unreadable", f"The part {member.filename} declares XML entities,"
                          " which Excel never writes: refused as an XML bomb.", _UNREADABLE_HINT)
    found = _DIMENSION.search(head)
    if found and found.group(1) and int(found.group(1)) - 1 > MAX_ROWS:
        raise FileRefused("file_too_large", f"The sheet has {int(found.group(1)) - 1:,} rows; "
                          f"at most {MAX_ROWS:,} can be imported.", "Split it into several files.")
