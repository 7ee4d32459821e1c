"""What the bundle leaves out must be what Desk never uses."""

from __future__ import annotations

import re

from tests.packaging.conftest import ROOT, load

trim = load("trim")


def qt_modules_imported_by_desk() -> set[str]:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desk").rglob("*.py"))
    dotted = set(re.findall(r"\bPySide6\.(Qt\w+)", source))
    listed = re.findall(r"from PySide6 import \(?([\w, \n]+)\)?", source)
    return dotted | {name.strip() for names in listed for name in names.split(",") if name.strip()}


def test_desk_imports_no_qt_module_that_the_bundle_leaves_out():
    used = qt_modules_imported_by_desk()
    assert {"QtCore", "QtWidgets"} <= used
    assert used.isdisjoint(trim.QT_UNUSED), used & set(trim.QT_UNUSED)


def test_plugins_are_dropped_by_folder_or_name_and_platforms_desk_needs_stay():
    assert trim.is_unused_plugin("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert trim.is_unused_plugin("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so")
    assert trim.is_unused_plugin("PySide6\\Qt\\plugins\\imageformats\\qpdf.dll")
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "imageformats/libqjpeg.so"):
        assert not trim.is_unused_plugin(f"PySide6/Qt/plugins/{kept}")
    assert not trim.is_unused_plugin("PySide6/Qt/lib/libqpdf.so")


def test_libraries_the_system_provides_are_dropped_by_file_name_wheels_copies_stay():
    system = {"libssl.so.3", "libdbus-1.so.3"}
    assert trim.is_left_to_system("libssl.so.3", system)
    assert not trim.is_left_to_system("psycopg_binary.libs/libssl-6a9b88ec.so.3", system)
    kept, dropped = trim.drop_unused(
        [("libdbus-1.so.3", "/lib/libdbus-1.so.3", "BINARY"),
         ("PySide6/Qt/lib/libQt6DBus.so.6", "/qt/libQt6DBus.so.6", "BINARY")], system)
    assert ([e[0] for e in kept], [e[0] for e in dropped]) == (
        ["PySide6/Qt/lib/libQt6DBus.so.6"], ["libdbus-1.so.3"])
