"""Refuse a file before parsing it: not a file, wrong kind, encrypted, too large, a zip or
XML bomb, a damaged archive.

Everything here reads only the zip directory and the first bytes of a few parts, so a
hostile file is refused quickly and with bounded memory. What a sheet holds further in
(its real extent, its strings) is checked by ``sheet_scan`` and ``shared_strings``.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path

from desk.core.errors import quoted
from desk.importer.issues import FileRefused
from desk.support import logger

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # what the parts may unpack to, all together
MAX_RATIO = 200  # deflate reaches ~100:1 on real spreadsheets; bombs reach thousands
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')
SAVE_AGAIN = ("Open it in Excel (or the program that made it) and save it again as an Excel "
              "Workbook (.xlsx).")
# what reading a damaged or unusual zip raises: a broken deflate stream, the encryption flag
# (RuntimeError), a compression method Python lacks (NotImplementedError), a bad header
ARCHIVE_FAULTS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, RuntimeError,
                  NotImplementedError, ValueError, OSError, EOFError)
_log = logger("importer")


def check_file(path: str | Path) -> None:
    """Raise ``FileRefused`` (``file_unreadable`` / ``file_too_large``) or return quietly."""
    path = Path(path)
    size = _regular_file_size(path)
    if size > MAX_FILE_BYTES:
        raise FileRefused("file_too_large", f"The file is {size / 2**20:.0f} MB; at most 50 MB "
                          "can be imported.", "Split it into several files.")
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as error:
        raise FileRefused("file_unreadable", f"Desk can't open {quoted(path.name)} "
                          f"({error.strerror or error}).",
                          "Check that you may read the file, and that no other program "
                          "holds it locked.") from None
    if head == OLE_SIGNATURE:
        raise FileRefused("file_unreadable", "The file is password-protected or an old .xls.",
                          "Remove the password in Excel, and save it as an Excel Workbook "
                          "(.xlsx).")
    if not zipfile.is_zipfile(path):
        raise FileRefused("file_unreadable", f"{quoted(path.name)} is not an Excel .xlsx file.",
                          SAVE_AGAIN)
    _check_archive(path)


def _regular_file_size(path: Path) -> int:
    """The file's size; a missing path, a folder, a pipe or a device is refused by name (a
    pipe is never opened: reading one waits for a writer that may never come)."""
    try:
        status = path.stat()
    except OSError:
        raise FileRefused("file_unreadable", f"There is no file {quoted(str(path))}.",
                          "Check the file name and folder.") from None
    if stat.S_ISDIR(status.st_mode):
        raise FileRefused("file_unreadable", f"{quoted(str(path))} is a folder, not a file.",
                          "Choose the Excel file inside it.")
    if not stat.S_ISREG(status.st_mode):
        raise FileRefused("file_unreadable", f"{quoted(str(path))} is not a regular file "
                          "(it is a pipe, a device or a socket).", "Choose an Excel file.")
    return status.st_size


def damaged(path: Path, error: BaseException) -> FileRefused:
    """The one refusal for a file whose zip or XML can't be parsed: a plain sentence for the
    user; the parser's own words go to the log, for support."""
    _log.info("import file %s is damaged: %s: %s", path.name, type(error).__name__, error)
    if isinstance(error, RuntimeError) and "encrypted" in str(error):
        return FileRefused("file_unreadable", f"{quoted(path.name)} is encrypted, so Desk "
                           "can't read it.", "Remove the password in Excel and save it "
                           "again as an Excel Workbook (.xlsx).")
    return FileRefused("file_unreadable", f"{quoted(path.name)} is damaged: its contents are "
                       "not what Excel writes.", SAVE_AGAIN)


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members)
            _check_names(path, members)
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    _check_xml_head(archive, member)
    except FileRefused:
        raise
    except ARCHIVE_FAULTS as error:
        raise damaged(path, error) from None


def _check_names(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """The workbook is there, and no two parts share a name: readers look parts up by name
    ignoring case, and two of one name would let one be checked and the other read."""
    names = [m.filename.casefold() for m in members]
    if "xl/workbook.xml" not in names:
        raise FileRefused("file_unreadable", f"{quoted(path.name)} holds no Excel workbook.",
                          SAVE_AGAIN)
    if len(set(names)) != len(names):
        raise damaged(path, ValueError("two parts of one name"))


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
                              f"The part {quoted(m.filename)} unpacks "
                              f"{m.file_size // m.compress_size} times larger than it is "
                              "stored: refused as a zip bomb.",
                              "Save the sheet again from Excel; if it is genuine, split it.")


def _check_xml_head(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """No DTDs (entity-expansion bombs) and at most MAX_ROWS rows by the sheet's dimension."""
    with archive.open(member) as part:
        head = part.read(4096)
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise FileRefused("file_unreadable", f"The part {quoted(member.filename)} declares XML "
                          "entities, which Excel never writes: refused as an XML bomb.",
                          SAVE_AGAIN)
    found = _DIMENSION.search(head)
    if found and found.group(1) and int(found.group(1)) - 1 > MAX_ROWS:
        raise FileRefused("file_too_large", f"The sheet has {int(found.group(1)) - 1:,} rows; "
                          f"at most {MAX_ROWS:,} can be imported.", "Split it into several files.")
