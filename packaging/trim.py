"""Keeping the bundle small: what desk.spec leaves out of PyInstaller's collection, and why.

PyInstaller's Qt hooks collect every plugin of a kind (all platforms, all image formats, …) and
then every library those plugins link to. Desk is a widgets application on a desktop, so the
plugins for embedded screens, QML input methods, GTK theming and PDF images are dropped here,
then the libraries only they needed, and symbol tables are stripped from the libraries that
still carry them. On Linux, the libraries the installed system provides (those the .deb
depends on, see deb.py) are left out as well, with what only they needed.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path, PurePosixPath

# Qt's Python modules Desk never imports (tests/packaging checks that it doesn't): left out with
# the Qt libraries and plugins only they need. Desk uses QtCore, QtGui (QPdfWriter for receipts
# included), QtWidgets and QtCharts; QtCharts links Qt's OpenGL libraries, QtGui links QtDBus
# (the desktop's portals, input methods) and Wayland's window decorations link QtSvg: those
# libraries stay, their Python modules go.
QT_UNUSED = (
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtWebEngineCore",
    "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtMultimedia",
    "QtMultimediaWidgets", "QtSpatialAudio", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
    "Qt3DAnimation", "Qt3DExtras", "QtPdf", "QtPdfWidgets", "QtDataVisualization", "QtGraphs",
    "QtGraphsWidgets", "QtLocation", "QtPositioning", "QtBluetooth", "QtNfc", "QtSensors",
    "QtSerialPort", "QtSerialBus", "QtTextToSpeech", "QtDesigner", "QtHelp", "QtUiTools",
    "QtSql", "QtTest", "QtNetworkAuth", "QtHttpServer", "QtRemoteObjects", "QtScxml",
    "QtStateMachine", "QtAxContainer", "QtXml", "QtConcurrent", "QtOpenGL", "QtOpenGLWidgets",
    "QtNetwork", "QtSvg", "QtSvgWidgets", "QtDBus",
)
# plugin folders of embedded and touch devices (eglfs, linuxfb, evdev input)
UNUSED_PLUGIN_DIRS = {"egldeviceintegrations", "generic", "qmltooling", "webview", "multimedia",
                      "position", "sensors", "texttospeech", "sqldrivers", "networkinformation"}
# single plugins: embedded platforms; the QML virtual keyboard (pulls in Qt Quick); the GTK
# theme (pulls in GTK's own libraries, which must come from the desktop, not the bundle); PDF
# as an image format (pulls in Qt Pdf; receipts are written with QtGui's QPdfWriter); image
# formats Desk never reads (its own images are PNG, built into QtGui)
UNUSED_PLUGINS = {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc",
                  "qtvirtualkeyboardplugin", "qgtk3", "qpdf", "qtiff", "qwebp", "qtga", "qwbmp",
                  "qicns"}
# Desk installs no QTranslator, so Qt's own translations are never loaded
UNUSED_DATA_DIRS = ("PySide6/Qt/translations/",)


def is_unused_plugin(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts[:-1]:
        return False
    folder = parts[parts.index("plugins") + 1]
    stem = parts[-1].split(".")[0].removeprefix("lib")
    return folder in UNUSED_PLUGIN_DIRS or stem in UNUSED_PLUGINS


def is_left_to_system(dest: str, system_libraries: Collection[str]) -> bool:
    """A library of the system's (by its file name), not a bundled copy of a wheel's."""
    return PurePosixPath(dest.replace("\\", "/")).name in system_libraries


def drop_unused(binaries: list[tuple], system_libraries: Collection[str] = ()
                ) -> tuple[list[tuple], list[tuple]]:
    """(kept, dropped) entries of PyInstaller's binaries list: the unused plugins and the
    libraries named in ``system_libraries`` are dropped."""
    def unused(entry: tuple) -> bool:
        return is_unused_plugin(entry[0]) or is_left_to_system(entry[0], system_libraries)

    return ([e for e in binaries if not unused(e)], [e for e in binaries if unused(e)])


def drop_unused_data(datas: list[tuple]) -> list[tuple]:
    return [entry for entry in datas
            if not entry[0].replace("\\", "/").startswith(UNUSED_DATA_DIRS)]


def linked_libraries(binary: str | Path) -> list[str]:
    """The libraries an ELF file names in its dynamic section (its NEEDED entries), read with
    binutils' readelf; none for a file that is not ELF."""
    done = subprocess.run(["readelf", "--dynamic", "--wide", str(binary)], capture_output=True,
                          text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout)


def _needs(entry: tuple) -> set[str]:
    if sys.platform.startswith("linux"):
        # what a binary links to itself: PyInstaller's get_imports answers with ldd's whole
        # closure here, which counts what a dropped library needs as needed by its users
        return {name.lower() for name in linked_libraries(entry[1])}
    from PyInstaller.depend.bindepend import get_imports

    try:
        return {PurePosixPath(name.replace("\\", "/")).name.lower()
                for name, _ in get_imports(entry[1])}
    except Exception:  # not a linkable binary: it needs nothing we collect
        return set()


def _reach(roots: list[tuple], by_name: dict[str, tuple]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        entry = todo.pop()
        for name in _needs(entry):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def drop_orphans(kept: list[tuple], dropped: list[tuple]) -> list[tuple]:
    """``kept`` without the libraries that only the dropped entries linked to."""
    by_name = {PurePosixPath(e[0].replace("\\", "/")).name.lower(): e for e in kept}
    needed_by_dropped = _reach(dropped, by_name)
    roots = [e for e in kept
             if PurePosixPath(e[0].replace("\\", "/")).name.lower() not in needed_by_dropped]
    still_needed = _reach(roots, by_name)
    orphans = needed_by_dropped - still_needed
    return [e for e in kept if PurePosixPath(e[0].replace("\\", "/")).name.lower() not in orphans]


def drop_dangling_links(entries: list[tuple], binaries: list[tuple]) -> list[tuple]:
    """``entries`` without the links PyInstaller made to libraries that were dropped."""
    present = {dest.replace("\\", "/") for dest, _, _ in binaries}
    return [e for e in entries if e[2] != "SYMLINK" or _link_target(e) in present]


def _link_target(entry: tuple) -> str:
    dest, target = PurePosixPath(entry[0].replace("\\", "/")), entry[1].replace("\\", "/")
    return posixpath.normpath(str(dest.parent / target))


def strip_symbols(binaries: list[tuple], workdir: str) -> list[tuple]:
    """On Linux, binaries that still carry symbol tables or debug sections (Python's own
    library, some extension modules) are replaced by stripped copies. Libraries a wheel's
    repair tool rewrote (in ``*.libs`` folders) are left alone: stripping can corrupt them."""
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return binaries
    out = Path(workdir) / "stripped"
    result = []
    for dest, source, kind in binaries:
        if kind != "SYMLINK" and _has_symbols(source) and not _rewritten_by_auditwheel(dest):
            target = out / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-unneeded", "-o", str(target), source], check=True)
            source = str(target)
        result.append((dest, source, kind))
    return result


def _rewritten_by_auditwheel(dest: str) -> bool:
    return any(part.endswith(".libs") for part in PurePosixPath(dest.replace("\\", "/")).parts)


def _has_symbols(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"\x7fELF" and b".symtab" in handle.read()
    except OSError:
        return False
