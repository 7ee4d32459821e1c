"""Files that can't be imported at all: exit code 2, one file-level error, no traceback."""

import os
import shutil
import subprocess
import sys
import time
import zipfile

import pytest

from desk.importer import guards, reader
from tests.importer.helpers import HEADER, row, run_import, write_xlsx
from tests.importer.hostile import make_fifo, with_flipped_headers

SHEET = "xl/worksheets/sheet1.xml"
LOL = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
       + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                  for i in range(1, 10))
       + b"]>\n")


@pytest.fixture
def valid(tmp_path):
    return write_xlsx(tmp_path / "valid.xlsx", HEADER, [row(number=f"G-{i}") for i in range(5)])


def refused(capsys, path, db) -> dict:
    """The single error of a refused file, after checking the exit code and JSON shape."""
    code, out = run_import(capsys, path, db)
    assert (code, out["valid"], out["rows"], out["committed"], out["warnings"]) == (
        2, False, 0, 0, []), out
    [error] = out["errors"]
    assert (error["row"], error["column"]) == (None, None)
    return error


def rewrite(source, out, parts: dict) -> None:
    """A copy of an .xlsx with some parts replaced (name -> bytes, or a generator of chunks)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                           compresslevel=9) as dst:
        for info in src.infolist():
            new = parts.get(info.filename, src.read(info.filename))
            with dst.open(info.filename, "w") as part:
                for chunk in [new] if isinstance(new, bytes) else new:
                    part.write(chunk)


def claim_size(data: bytearray, name: bytes, size: int) -> None:
    """Overwrite the unpacked size that a zip's local and central headers give a part."""
    for signature, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at:at + name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = size.to_bytes(4, "little")
            at = data.find(signature, at + 4)


def test_a_text_file_renamed_xlsx_is_unreadable(capsys, db, tmp_path):
    (tmp_path / "notes.xlsx").write_text("Location;Membership type\nDowntown;PT 12\n")
    error = refused(capsys, tmp_path / "notes.xlsx", db)
    assert error["code"] == "file_unreadable" and "not an Excel .xlsx file" in error["message"]


def test_an_empty_file_and_a_missing_file_are_unreadable(capsys, db, tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert refused(capsys, tmp_path / "empty.xlsx", db)["code"] == "file_unreadable"
    error = refused(capsys, tmp_path / "nowhere.xlsx", db)
    assert error["code"] == "file_unreadable" and "nowhere.xlsx" in error["message"]


def test_a_password_protected_file_is_unreadable_and_says_so(capsys, db, tmp_path):
    (tmp_path / "locked.xlsx").write_bytes(guards.OLE_SIGNATURE + bytes(4096))
    error = refused(capsys, tmp_path / "locked.xlsx", db)
    assert error["code"] == "file_unreadable" and "password" in error["message"]


def test_a_zip_that_holds_no_workbook_is_unreadable(capsys, db, tmp_path):
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as z:
        z.writestr("holiday.txt", "not a spreadsheet")
    assert refused(capsys, tmp_path / "photos.xlsx", db)["code"] == "file_unreadable"


def test_a_truncated_xlsx_is_unreadable(capsys, db, tmp_path, valid):
    data = valid.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert refused(capsys, tmp_path / "cut.xlsx", db)["code"] == "file_unreadable"


def test_a_damaged_sheet_inside_a_sound_zip_is_unreadable(capsys, db, tmp_path, valid):
    rewrite(valid, tmp_path / "bad.xlsx", {SHEET: b"<worksheet><sheetData><row><c r="})
    error = refused(capsys, tmp_path / "bad.xlsx", db)
    assert error["code"] == "file_unreadable"
    assert "save it again as an Excel Workbook" in error["message"]


def test_a_truncated_file_gets_a_clear_line_and_no_traceback_from_the_real_command(
        db, tmp_path, valid):
    (tmp_path / "cut.xlsx").write_bytes(valid.read_bytes()[:3000])
    done = subprocess.run([sys.executable, "-m", "desk", "import", str(tmp_path / "cut.xlsx"),
                           "--db", str(db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr + done.stdout
    assert "[file_unreadable]" in done.stdout and "nothing was imported" in done.stdout


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(capsys, db, valid,
                                                                  monkeypatch):
    monkeypatch.setattr(guards, "MAX_FILE_BYTES", valid.stat().st_size - 1)
    error = refused(capsys, valid, db)
    assert error["code"] == "file_too_large" and "50 MB" in error["message"]


def test_a_file_at_the_size_limit_is_read(capsys, db, valid, monkeypatch):
    monkeypatch.setattr(guards, "MAX_FILE_BYTES", valid.stat().st_size)
    code, out = run_import(capsys, valid, db)
    assert (code, out["valid"], out["rows"]) == (0, True, 5)


def test_a_sheet_with_more_rows_than_the_limit_is_refused_by_its_dimension(
        capsys, db, valid, monkeypatch):
    monkeypatch.setattr(guards, "MAX_ROWS", 4)  # the file has 5 data rows
    error = refused(capsys, valid, db)
    assert error["code"] == "file_too_large" and "5 rows" in error["message"]


def test_a_sheet_without_a_dimension_is_counted_as_it_is_read(capsys, db, tmp_path,
                                                               monkeypatch):
    from openpyxl import Workbook

    wb = Workbook(write_only=True)  # writes no <dimension>
    ws = wb.create_sheet("Memberships")
    for values in [HEADER, *(row(number=f"W-{i}") for i in range(5))]:
        ws.append(values)
    wb.save(tmp_path / "streamed.xlsx")
    monkeypatch.setattr(guards, "MAX_ROWS", 4)
    monkeypatch.setattr(reader, "MAX_ROWS", 4)
    assert refused(capsys, tmp_path / "streamed.xlsx", db)["code"] == "file_too_large"


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    """A real .xlsx structure whose sheet part is 200 MB of zeros, deflated to ~200 KB."""
    folder = tmp_path_factory.mktemp("bomb")
    source = write_xlsx(folder / "source.xlsx", HEADER, [row()])
    zeros = bytes(1 << 20)
    rewrite(source, folder / "bomb.xlsx",
            {SHEET: (zeros for _ in range(200))})
    assert (folder / "bomb.xlsx").stat().st_size < 1 << 20
    return folder / "bomb.xlsx"


def test_a_zip_bomb_is_refused_quickly(capsys, db, zip_bomb):
    started = time.perf_counter()
    error = refused(capsys, zip_bomb, db)
    assert time.perf_counter() - started < 3
    assert error["code"] == "file_too_large" and "zip bomb" in error["message"]


@pytest.fixture(scope="module")
def lying_bomb(zip_bomb):
    """The same bomb, whose zip headers claim the sheet unpacks to 6,000 bytes."""
    data = bytearray(zip_bomb.read_bytes())
    claim_size(data, SHEET.encode(), 6000)
    (zip_bomb.parent / "liar.xlsx").write_bytes(data)
    return zip_bomb.parent / "liar.xlsx"


def test_a_zip_bomb_that_lies_about_its_size_is_refused_quickly(capsys, db, lying_bomb):
    started = time.perf_counter()
    assert refused(capsys, lying_bomb, db)["code"] == "file_unreadable"
    assert time.perf_counter() - started < 3


PEAK = ("import sys; from desk.cli import main; code = main(sys.argv[1:]); "
        "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]); sys.exit(code)")


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmHWM (Linux)")
@pytest.mark.parametrize("bomb", ["zip_bomb", "lying_bomb"])
def test_the_real_command_refuses_a_bomb_in_bounded_memory(request, db, bomb):
    done = subprocess.run([sys.executable, "-c", PEAK, "import", "--db", str(db),
                           str(request.getfixturevalue(bomb))], capture_output=True, text=True,
                          timeout=60)
    peak_kib = int(done.stdout.split()[-1])  # the process's own peak resident memory
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert peak_kib < 150 * 1024  # far below the 200 MB the sheet unpacks to


def test_an_xml_part_declaring_entities_is_refused_as_an_xml_bomb(capsys, db, tmp_path,
                                                                  valid):
    with zipfile.ZipFile(valid) as z:
        sheet = z.read(SHEET)
    rewrite(valid, tmp_path / "lol.xlsx", {SHEET: LOL + sheet.replace(b"Downtown", b"&lol9;")})
    error = refused(capsys, tmp_path / "lol.xlsx", db)
    assert error["code"] == "file_unreadable" and "XML bomb" in error["message"]


def test_entities_hidden_after_padding_are_never_expanded(capsys, db, tmp_path, valid):
    with zipfile.ZipFile(valid) as z:
        sheet = z.read(SHEET)
    bomb = LOL.replace(b"\n<!DOCTYPE", b"\n" + b" " * 8000 + b"<!DOCTYPE")
    rewrite(valid, tmp_path / "lol.xlsx", {SHEET: bomb + sheet.replace(b"Downtown", b"&lol9;")})
    started = time.perf_counter()
    assert refused(capsys, tmp_path / "lol.xlsx", db)["code"] == "file_unreadable"
    assert time.perf_counter() - started < 3


def test_a_refused_file_writes_no_error_workbook(capsys, db, tmp_path):
    shutil.copy(__file__, tmp_path / "script.xlsx")
    code, _ = run_import(capsys, tmp_path / "script.xlsx", db, "--errors", tmp_path / "e.xlsx")
    assert code == 2 and not (tmp_path / "e.xlsx").exists()


def test_a_folder_is_named_a_folder_not_a_missing_file(capsys, db, tmp_path):
    (tmp_path / "exports.xlsx").mkdir()
    error = refused(capsys, tmp_path / "exports.xlsx", db)
    assert error["code"] == "file_unreadable" and "is a folder, not a file" in error["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(capsys, db, tmp_path):
    started = time.perf_counter()
    error = refused(capsys, make_fifo(tmp_path / "pipe.xlsx"), db)
    assert time.perf_counter() - started < 3
    assert error["code"] == "file_unreadable" and "is not a regular file" in error["message"]


@pytest.mark.parametrize(("damage", "said"), [
    ({"garbage": True}, "is damaged"), ({"flag": 1}, "is encrypted"),
    ({"method": 99}, "is damaged")], ids=["broken deflate stream", "encryption flag",
                                          "unknown compression method"])
def test_a_damaged_zip_is_a_clear_refusal_not_an_unexpected_problem(capsys, db, tmp_path,
                                                                    valid, damage, said):
    bad = with_flipped_headers(valid, tmp_path / "bad.xlsx", **damage)
    error = refused(capsys, bad, db)
    assert error["code"] == "file_unreadable" and said in error["message"]
    assert "save it again as an Excel Workbook" in error["message"]


JARGON = ("Xml error", "at 0..0", "unrecognized entity", "Zip error", "Error -3",
          "BadZipFile", "CRC")


def test_a_parser_error_reaches_the_user_as_one_plain_sentence(capsys, db, tmp_path, valid):
    with zipfile.ZipFile(valid) as z:
        sheet = z.read(SHEET)
    rewrite(valid, tmp_path / "entity.xlsx", {SHEET: sheet.replace(b"Downtown", b"&nosuch;")})
    error = refused(capsys, tmp_path / "entity.xlsx", db)
    assert error["message"].startswith("'entity.xlsx' is damaged: its contents are not what "
                                       "Excel writes.")
    assert not [word for word in JARGON if word in error["message"]]


def test_a_zip_whose_sizes_lie_gets_a_plain_sentence_too(capsys, db, lying_bomb):
    error = refused(capsys, lying_bomb, db)
    assert "is damaged" in error["message"]
    assert not [word for word in JARGON if word in error["message"]]
