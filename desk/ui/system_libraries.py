"""The system libraries Qt needs on Linux to open Desk's window, and the one clear line that
names the missing ones, in place of Qt's abort.

PySide6's wheel (and the packaged bundle) carries Qt itself but takes these from the system:
graphics, the display server's client libraries, fonts, the session bus and GLib. A fresh
Debian or Ubuntu lacks several of them (libxcb-cursor0 most often). Each is mapped to the Debian
package that installs it; packaging/deb.py declares the same packages as the .deb's
dependencies, and tests/packaging checks the lists against what Qt's binaries link to.
No Qt is imported here: the check runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping

# what QtGui, QtWidgets and QtCharts link to on every platform, offscreen too: without one of
# them PySide6's QtGui does not even import
GUI_LIBRARIES = {
    # OpenGL/EGL, X11 and keyboard layouts; fonts, the session bus and GLib (Qt's event loop)
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6", "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

# what Qt's X11 platform plugin (libqxcb.so) links to besides those
XCB_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

# what Qt's Wayland platform plugin (libqwayland.so) links to besides the GUI libraries
WAYLAND_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
}

PLATFORM_LIBRARIES = {"xcb": XCB_LIBRARIES, "wayland": WAYLAND_LIBRARIES}

def system_packages() -> list[str]:
    """The Debian packages of every library above but Wayland's (the README's install line,
    and what the tests' machine installs)."""
    return sorted({*GUI_LIBRARIES.values(), *XCB_LIBRARIES.values()})


# sysexits' EX_UNAVAILABLE: something the program needs is not there
MISSING_LIBRARIES_EXIT = 69


def libraries_for_window(environ: Mapping[str, str]) -> dict[str, str]:
    """The libraries Qt will load to open a window under ``environ``: the GUI's own, and those
    of the platform plugin when Qt has no other one to fall back on. Qt's own choice when
    QT_QPA_PLATFORM is unset: X11, except on a Wayland session, where it tries Wayland first and
    X11 after it (so neither plugin's libraries alone are a must)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not chosen:
        chosen = "" if environ.get("XDG_SESSION_TYPE") == "wayland" else "xcb"
    return {**GUI_LIBRARIES, **PLATFORM_LIBRARIES.get(chosen, {})}


def missing_libraries(sonames: Iterable[str]) -> list[str]:
    """The libraries of ``sonames`` the dynamic loader can't load here, in the given order."""
    missing = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def missing_libraries_message(missing: Iterable[str], packages: Mapping[str, str]) -> str:
    """One line naming the missing libraries and the command that installs them."""
    missing = list(missing)
    to_install = " ".join(dict.fromkeys(packages[soname] for soname in missing
                                        if soname in packages))
    hint = f" (install: sudo apt-get install {to_install})" if to_install else ""
    return f"Desk can't open its window: this system lacks {', '.join(missing)}{hint}"


def window_libraries_missing() -> str | None:
    """On Linux, the line to print instead of starting Qt when a system library its window
    needs can't be loaded (None when nothing is missing, and on other systems, whose Qt carries
    what it needs)."""
    if not sys.platform.startswith("linux"):
        return None
    needed = libraries_for_window(os.environ)
    missing = missing_libraries(needed)
    return missing_libraries_message(missing, needed) if missing else None
