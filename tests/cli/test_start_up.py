"""`desk import` starts reading its file before the database layer loads, so that the
reader's native work runs beside Python's start-up."""

import subprocess
import sys

import pytest

from desk.importer.issues import FileRefused
from desk.services.import_reading import ReadAhead
from tests.importer.helpers import HEADER, row, write_xlsx


def loaded_after(statement: str) -> set[str]:
    """The top-level packages a fresh interpreter holds after ``statement``."""
    out = subprocess.run([sys.executable, "-c", f"{statement}; import sys; "
                          "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_command_line_and_the_import_command_load_no_database_layer_by_themselves():
    loaded = loaded_after("import desk.cli, desk.cli.import_cmds")
    assert "sqlalchemy" not in loaded and "alembic" not in loaded


def test_reading_ahead_hands_over_what_reading_raised(tmp_path):
    (file := tmp_path / "not.xlsx").write_text("plain text")
    with pytest.raises(FileRefused) as refused, ReadAhead(file) as reading:
        reading.result()
    assert refused.value.code == "file_unreadable"


IMPORTS_BY_THREAD = """
import sys, threading
seen = []
class Watch:
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is not threading.main_thread():
            seen.append(name)
        return None
sys.meta_path.insert(0, Watch())
from desk.services.import_reading import ReadAhead
from tests.importer.helpers import HEADER, row, write_xlsx
with ReadAhead(sys.argv[1]) as reading:
    sheet, issues = reading.result()
print(len(sheet.rows), ",".join(seen))
"""


def test_the_reading_thread_imports_nothing_beside_the_commands_imports(tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(number=f"R-{i}") for i in range(3)])
    out = subprocess.run([sys.executable, "-c", IMPORTS_BY_THREAD, str(file)],
                         capture_output=True, text=True, check=True).stdout.split(" ")
    assert out[0] == "3" and out[1].strip() == ""
