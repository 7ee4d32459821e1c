"""Hostile import files, built byte by byte under a test's tmp_path (never kept in the
repository), and a way to run ``desk import`` on one as its own process and measure it."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from tests.importer.helpers import HEADER, TODAY

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET = "xl/worksheets/sheet1.xml"
LETTERS = "ABCDEFGH"


def workbook(path: Path, rows: list[str] | str, *, strings: list[str] | None = None,
             sheets: list[tuple[str, str, str]] | None = None,
             parts: dict[str, bytes] | None = None) -> Path:
    """A minimal .xlsx written by hand: ``rows`` is the XML of ``<sheetData>`` (or a list
    of ``<row>`` elements); ``strings`` the shared strings; ``sheets`` (name, state, part)
    for a workbook of several sheets; ``parts`` extra or replacing zip members."""
    sheets = sheets or [("Memberships", "visible", SHEET)]
    data = "".join(rows) if isinstance(rows, list) else rows
    members = {
        "[Content_Types].xml": _content_types(sheets, strings is not None),
        "_rels/.rels": (f'<Relationships xmlns="{RELS[:-13]}package/2006/relationships">'
                        '<Relationship Id="rId1" Type="' + RELS + '/officeDocument" '
                        'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>' + "".join(
            f'<sheet name="{n}" sheetId="{i}" state="{s}" r:id="rId{i}"/>'
            for i, (n, s, _) in enumerate(sheets, start=1)) + "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{RELS[:-13]}package/2006/relationships">' + "".join(
                f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" '
                f'Target="{p.removeprefix("xl/")}"/>'
                for i, (_, _, p) in enumerate(sheets, start=1))
            + (f'<Relationship Id="rS" Type="{RELS}/sharedStrings" '
               'Target="sharedStrings.xml"/>' if strings is not None else "")
            + "</Relationships>"),
    }
    for _, _, part in sheets:
        members[part] = f'<worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData></worksheet>'
    if strings is not None:
        members["xl/sharedStrings.xml"] = (
            f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
            + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in {**members, **(parts or {})}.items():
            z.writestr(name, text if isinstance(text, bytes) else text.encode())
    return path


def _content_types(sheets, shared: bool) -> str:
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/{p}" ContentType="{kind}.worksheet+xml"/>'
                      for _, _, p in sheets)
            + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}.'
               'sharedStrings+xml"/>' if shared else "") + "</Types>")


def text_cell(ref: str, value: str) -> str:
    """An inline text cell; control characters written as Excel writes them (``_x0007_``)."""
    text = "".join(f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n" else c
                   for c in escape(value))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def header_row() -> str:
    return '<row r="1">' + "".join(text_cell(f"{c}1", h) for c, h in zip(LETTERS, HEADER,
                                                                          strict=True)) + "</row>"


def data_row(number: int, values: dict[str, str], cells: dict[str, str] | None = None) -> str:
    """Row ``number`` with text values by column letter, and raw cell XML for some."""
    written = {c: text_cell(f"{c}{number}", v) for c, v in values.items()}
    written.update(cells or {})
    return f'<row r="{number}">' + "".join(written[c] for c in sorted(written)) + "</row>"


GOOD_ROW = {"A": "Downtown", "B": "PT 12", "C": "12", "E": "12125550101",
            "H": "2025-12-01"}


def dense_range_bomb(path: Path) -> Path:
    """A1 and XFD100000: 1.6 billion cells from A1, in a file of a kilobyte or two."""
    return workbook(path, [text_cell("A1", "Location").join(['<row r="1">', "</row>"]),
                           '<row r="100000">' + text_cell("XFD100000", "x") + "</row>"])


def repeated_string_file(path: Path, rows: int = 40_000) -> Path:
    """One 100,000-character shared string as the location of every row: a few hundred KB
    that a reader expands to one copy per cell (4 GB)."""
    long = "".join(chr(97 + (i * i + 7 * i) % 26) for i in range(100_000))  # barely packs
    strings = [long, *HEADER, "PT 12", "12125550101"]
    header = '<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>{i + 1}</v></c>'
                                     for i, c in enumerate(LETTERS)) + "</row>"
    body = [f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="B{n}" t="s"><v>9</v></c>'
            f'<c r="C{n}"><v>12</v></c><c r="E{n}" t="s"><v>10</v></c>'
            f'<c r="F{n}" t="inlineStr"><is><t>R-{n}</t></is></c></row>'
            for n in range(2, rows + 2)]
    return workbook(path, [header, *body], strings=strings)


def with_flipped_headers(source: Path, out: Path, *, flag: int = 0, method: int | None = None,
                         garbage: bool = False) -> Path:
    """A copy of ``source`` whose sheet part claims the encryption flag, an unknown
    compression method, or whose deflated bytes are garbage (a broken zlib stream)."""
    data = bytearray(source.read_bytes())
    name = SHEET.encode()
    for signature, name_at, flag_at, method_at in ((b"PK\x03\x04", 30, 6, 8),
                                                   (b"PK\x01\x02", 46, 8, 10)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at:at + name_at + len(name)] == name:
                data[at + flag_at] |= flag
                if method is not None:
                    data[at + method_at:at + method_at + 2] = method.to_bytes(2, "little")
                if garbage and signature == b"PK\x03\x04":
                    name_length, extra = struct.unpack("<HH", data[at + 26:at + 30])
                    start = at + 30 + name_length + extra
                    data[start + 2:start + 40] = b"\xff" * 38
            at = data.find(signature, at + 4)
    out.write_bytes(bytes(data))
    return out


@dataclass(frozen=True)
class Run:
    exit_code: int
    seconds: float
    peak_mb: float
    out: dict | str
    err: str


# the command, then its own peak resident memory from /proc. Not the rusage of the child:
# Linux starts a child's peak at its parent's size (the test process, a few hundred MB)
MEASURED = ("import sys; from desk.cli import main; code = main(sys.argv[1:]); "
            "status = open('/proc/self/status').read(); "
            "print('peak_kib', status.split('VmHWM:')[1].split()[0], file=sys.stderr); "
            "sys.exit(code)")


def run_desk_import(path: Path, db: Path, *extra: str, timeout: float = 120) -> Run:
    """``desk import PATH --json`` as its own process: exit code, wall seconds, its peak
    resident memory (VmHWM; where a process died before saying, its rusage) and the JSON."""
    argv = [sys.executable, "-c", MEASURED, "import", str(path), "--json", "--db", str(db),
            "--today", TODAY, *extra]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            out = process.stdout.read()
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
            process.stdout.close()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    seconds = time.perf_counter() - started
    said = [line.split()[1] for line in stderr.splitlines() if line.startswith("peak_kib ")]
    peak_mb = int(said[-1]) / 1024 if said else usage.ru_maxrss / 1024
    try:
        parsed: dict | str = json.loads(out)
    except json.JSONDecodeError:
        parsed = out.decode("utf-8", "replace")
    return Run(process.returncode, seconds, peak_mb, parsed, stderr)


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path
