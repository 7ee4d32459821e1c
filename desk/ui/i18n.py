"""The window's languages (SPEC §12): English, Spanish and Russian.

Every text the window shows goes through ``tr`` (one translation context for the whole
window, so a word is translated once); texts made before a translator is installed (table
headers, menu words kept in module constants) are marked with ``QT_TR_NOOP`` and passed
through ``tr`` where they are shown. The Qt Linguist sources live in ``resources/i18n``
(``desk_es.ts``, ``desk_ru.ts``), refreshed with ``pyside6-lupdate`` and compiled with
``pyside6-lrelease`` by the build and at start when a source is newer than its ``.qm``.

The core, the command line and its JSON stay English: only the window translates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desk.paths import resources_dir

# the languages the window speaks: code -> its own name, as a person looks for it
LANGUAGES = {"en": "English", "es": "Español", "ru": "Русский"}
SYSTEM = ""  # the Settings choice "as the system": the system's language when Desk speaks it
LANGUAGE_KEY = "language"
# a country for each language, so that dates and numbers read as in that country when the
# system's own locale is of another language (a Spanish window on an English system)
COUNTRIES = {"en": QLocale.Country.UnitedStates, "es": QLocale.Country.Spain,
             "ru": QLocale.Country.Russia}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; with ``n``, the plural form for ``n`` ("%n" in the
    text is replaced by it). A plain ``tr(...)`` call is what ``pyside6-lupdate`` collects."""
    return QCoreApplication.translate("", text, disambiguation, n)


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def settings() -> QSettings:
    return QSettings("Desk", "Desk")


def saved_language() -> str:
    """The language chosen in Settings; ``SYSTEM`` when none was."""
    value = settings().value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in (SYSTEM, *LANGUAGES) else SYSTEM


def save_language(code: str) -> None:
    settings().setValue(LANGUAGE_KEY, code)


def system_language() -> str:
    """The system's language when Desk speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def window_language(asked: str | None = None) -> str:
    """The language to open the window in: ``--lang``, else Settings, else the system's."""
    for choice in (asked, saved_language()):
        if choice in LANGUAGES:
            return choice
    return system_language()


def window_locale(language: str) -> QLocale:
    """The locale of dates, times and numbers: the system's own when it is of the window's
    language (a Mexican system keeps its formats), else the language's home country."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(QLocale.codeToLanguage(language), COUNTRIES[language])


def install_language(language: str) -> str:
    """Translate the window into ``language`` from now on and format by its locale; returns
    the language installed (English when its translation can't be loaded)."""
    app = QCoreApplication.instance()
    assert app is not None, "the application comes first"
    for old in getattr(app, "desk_translators", []):
        app.removeTranslator(old)
    app.desk_translators = []  # type: ignore[attr-defined]  # kept alive with the app
    QLocale.setDefault(window_locale(language))
    compile_stale_translations()
    ours = QTranslator(app)  # English's holds only its plurals ("1 visit left")
    if not ours.load(str(i18n_dir() / f"desk_{language}.qm")):
        QLocale.setDefault(window_locale("en"))
        return "en"
    if language == "en":
        app.installTranslator(ours)
        app.desk_translators.append(ours)  # type: ignore[attr-defined]
        return language
    qt = QTranslator(app)  # Qt's own words: OK, Cancel, Yes, No in message boxes
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        app.desk_translators.append(qt)  # type: ignore[attr-defined]
    app.installTranslator(ours)
    app.desk_translators.append(ours)  # type: ignore[attr-defined]
    return language


def stale_translations(folder: Path | None = None) -> list[Path]:
    """The ``.ts`` sources whose ``.qm`` is missing or older than them."""
    folder = folder or i18n_dir()
    return [ts for ts in sorted(folder.glob("desk_*.ts"))
            if not (qm := ts.with_suffix(".qm")).exists()
            or qm.stat().st_mtime < ts.stat().st_mtime]


def compile_stale_translations(folder: Path | None = None) -> list[Path]:
    """Compile the stale sources with ``pyside6-lrelease`` (a packaged build ships compiled
    ``.qm`` files and no sources, so there is nothing to do there); returns the ``.qm``
    files written. A failure leaves the window in English, not closed."""
    written = []
    for ts in stale_translations(folder):
        tool = lrelease()
        if tool is None:
            break
        qm = ts.with_suffix(".qm")
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=False,
                              capture_output=True)
        if done.returncode == 0 and qm.exists():
            written.append(qm)
    return written


def lrelease() -> str | None:
    """``pyside6-lrelease`` beside this Python (the virtual environment's), else on PATH."""
    beside = Path(sys.executable).parent / ("pyside6-lrelease" + (".exe" if os.name == "nt"
                                                                    else ""))
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
