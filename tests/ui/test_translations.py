"""The window in Spanish and Russian (SPEC §12): every text translated, none left English on
screen, plurals by each language's rules, dates and money as the locale writes them; the
command line stays English whatever the window speaks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWidget

from desk.core.bookings import BOOKING_REFUSAL
from desk.core.errors import DeskError
from desk.paths import samples_dir
from desk.ui import formats
from desk.ui.i18n import install_language, save_language, system_language, tr, window_language
from desk.ui.phrasebook import error_message, translated
from tests.ui.i18n_walk import ROOT, shown_texts, translations, ts_messages, ui_literals

LANGUAGES = ("es", "ru")
PLURAL_FORMS = {"es": 2, "ru": 3, "en": 2}
_HOLES = re.compile(r"\{[a-z_0-9]*\}|%n|%[A-Z]+%")
# texts that read the same in every language: the product's name and technical names
SAME_EVERYWHERE = {"Desk", "Excel", "PDF", "QR", "SMS", "SMTP", "STARTTLS", "OK", "USD", "EUR",
                   "RUB", "English", "Español", "Русский"}
# names and examples the window shows as they are: the demo's data, a sample file, an address
NAMES = {"Downtown", "Alice Smith", "Massage 10", "errors_values.xlsx",
         "postgresql+psycopg://chain_desks_front@server:5432/chain"}


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_every_text_of_the_window_has_a_finished_translation(language):
    """Spanish and Russian translate every text; English writes the forms of its plurals."""
    unfinished, holes_lost, wrong_forms, mnemonics = [], [], [], []
    for message in ts_messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(source)
            continue
        if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[language]:
            wrong_forms.append(source)
        for form in forms:
            if sorted(_HOLES.findall(form)) != sorted(_HOLES.findall(source)) \
                    and "%n" not in source:
                holes_lost.append((source, form))
            if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                mnemonics.append((source, form))
    assert not unfinished, f"{len(unfinished)} texts untranslated in {language}: {unfinished[:20]}"
    assert not wrong_forms, f"plurals without {PLURAL_FORMS[language]} forms: {wrong_forms}"
    assert not holes_lost, f"translations whose {{holes}} differ from the source: {holes_lost}"
    assert not mnemonics, f"translations that lost or doubled a mnemonic &: {mnemonics}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_left_in_english(language):
    def words(text: str) -> list[str]:  # a layout of values alone ("{user} ({role})") has none
        return [w for w in _HOLES.sub("", text).split() if any(c.isalpha() for c in w)]

    english = [source for source, forms in translations(language).items()
               if source not in SAME_EVERYWHERE and forms == [source] and len(words(source)) > 1]
    assert not english, f"translations equal to their English source: {english[:20]}"


def test_the_linguist_sources_hold_every_text_of_the_window(tmp_path):
    """A text added to desk/ui without refreshing the .ts files (packaging/translations.py
    update) would stay English in every language."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desk" / "ui").glob("*.py"))
    lupdate = os.path.join(os.path.dirname(sys.executable), "pyside6-lupdate")
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, timeout=120)
    import xml.etree.ElementTree as ET

    made = list(ET.parse(fresh).iter("message"))
    for language in (*LANGUAGES, "en"):
        wanted = {m.findtext("source") for m in made
                  if language != "en" or m.get("numerus") == "yes"}
        kept = {m.findtext("source") for m in ts_messages(language)}
        assert wanted == kept, (f"desk_{language}.ts lacks {sorted(wanted - kept)[:10]} and "
                                f"keeps {sorted(kept - wanted)[:10]}: run "
                                f"`uv run python packaging/translations.py update`")


def test_the_phrases_follow_the_sentences_the_product_writes():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as maker
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    written = (ROOT / "desk" / "ui" / "phrases.py").read_text(encoding="utf-8")
    assert written == maker.phrases_module(), "run `uv run python packaging/translations.py update`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_text_reaches_the_screen(language, demo, tmp_path):
    """Every view and dialog of `desk shots`, its menus, tables and tabs, read under the
    translation: no text on screen is one of desk/ui's English texts."""
    from desk.ui.shots import render_views

    english = {t for t in ui_literals() | set(translations(language))
               if sum(c.isalpha() for c in t) >= 2}
    same = ({s for s, forms in translations(language).items() if forms == [s]}
            | SAME_EVERYWHERE | NAMES)
    seen: dict[str, set[str]] = {}

    def read(name: str, widget: QWidget) -> None:
        for text in shown_texts(widget):
            if text in english and text not in same:
                seen.setdefault(text, set()).add(name)

    same |= _cells_of(samples_dir() / "errors_values.xlsx")  # the import shows its file's words
    shots = render_views(demo.db, tmp_path / "shots", language=language, on_shot=read)
    assert len(shots) >= 20
    assert not seen, f"English on the {language} screen: " + "; ".join(
        f"{text!r} in {sorted(where)}" for text, where in sorted(seen.items()))


def _cells_of(workbook) -> set[str]:
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    try:
        return {str(v) for row in book.worksheets[0].iter_rows(values_only=True) for v in row
                if v is not None}
    finally:
        book.close()


def test_the_booking_refusal_is_the_seed_sentence_in_english_and_translated_elsewhere():
    assert translated(BOOKING_REFUSAL) == (
        "Sorry, but it appears that your membership is either not suitable or has expired.")
    for language in LANGUAGES:
        install_language(language)
        said = translated(BOOKING_REFUSAL)
        assert said == translations(language)[BOOKING_REFUSAL][0] and said != BOOKING_REFUSAL


def test_a_refusal_is_translated_with_its_values_put_back():
    error = DeskError("client_not_found", "No client '+15550001111'.",
                      hint="Check the number or add the client first.")
    install_language("es")
    said = error_message(error)
    assert "'+15550001111'" in said and "No client" not in said and "Check" not in said
    assert translated(str(error)) == said  # a list of reasons shows message and hint as one
    install_language("en")
    assert error_message(error) == str(error)


def test_a_sentence_without_a_template_is_shown_as_it_came():
    install_language("ru")
    assert translated("Something only a newer Desk says.") == "Something only a newer Desk says."


def test_dates_and_money_read_as_the_language_s_country_writes_them():
    day, amount = date(2026, 12, 31), Decimal("12345.5")
    expected = {"en": ("12/31/2026", "$12,345.50"), "es": ("31/12/2026", "12.345,50\u00a0€"),
                "ru": ("31.12.2026", "12\u00a0345,50\u00a0₽")}
    for language, currency in (("en", "USD"), ("es", "EUR"), ("ru", "RUB")):
        install_language(language)
        assert (formats.day(day), formats.money(amount, currency)) == expected[language]
    install_language("es")
    assert formats.day_in_words(date(2026, 12, 3), weekday=True) == "jueves, 3 de diciembre de 2026"
    assert formats.day(date(2027, 2, 7)) == "07/02/2027"  # a column of dates lines up


def test_the_language_chosen_in_settings_opens_the_next_window(qapp):
    from desk.ui.language_settings import LanguageTab

    assert window_language() == system_language()
    tab = LanguageTab(None, None)  # type: ignore[arg-type]  # the tab reads no data
    tab.language.setCurrentIndex(tab.language.findData("ru"))
    tab.work()()
    assert window_language() == "ru" and window_language("es") == "es"
    save_language("")
    assert window_language() == system_language()


@pytest.mark.parametrize("lang_env, expected", [("es_ES.UTF-8", "es"), ("ru_RU.UTF-8", "ru"),
                                                ("de_DE.UTF-8", "en"), ("C", "en")])
def test_the_window_speaks_the_system_s_language_by_default(lang_env, expected, tmp_path):
    env = {**os.environ, "LANG": lang_env, "LC_ALL": lang_env, "LANGUAGE": "",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", "from desk.ui.i18n import system_language; "
                           "print(system_language())"], env=env, capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert done.stdout.strip() == expected, done.stderr


def test_plural_forms_follow_each_language(qapp):
    """One visit, two visits; Russian's three forms (1 and 21, 2–4, 5–20)."""
    counts = (1, 2, 5, 21)
    expected = {
        "en": ["1 visit left", "2 visits left", "5 visits left", "21 visits left"],
        "es": ["queda 1 visita", "quedan 2 visitas", "quedan 5 visitas", "quedan 21 visitas"],
        "ru": ["остался 1 визит", "осталось 2 визита", "осталось 5 визитов",
               "остался 21 визит"]}
    for language, forms in expected.items():
        install_language(language)
        assert [tr("%n visits left", None, n) for n in counts] == forms


def _cli(args: list[str], env_extra: dict[str, str], home) -> str:
    env = {**os.environ, **env_extra, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "c"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desk", *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    return done.stdout + done.stderr


def test_the_command_line_and_its_json_stay_english_whatever_the_window_speaks(demo, tmp_path):
    db = str(demo.path)
    commands = [["memberships", "--json", "--db", db], ["today", "--json", "--db", db],
                ["pay", "--client", "+10000000000", "--service", "Yoga", "--location",
                 "Downtown", "--json", "--db", db]]
    english_home, spanish_home = tmp_path / "en", tmp_path / "es"
    for home in (english_home, spanish_home):
        home.mkdir()
    settings = spanish_home / "c" / "Desk"
    settings.mkdir(parents=True)
    (settings / "Desk.conf").write_text("[General]\nlanguage=es\n", encoding="utf-8")
    for command in commands:
        english = _cli(command, {"LANG": "C", "LC_ALL": "C"}, english_home)
        spanish = _cli(command, {"LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8"}, spanish_home)
        assert english == spanish
        json.loads(english)  # one JSON document, the same bytes in both
    refusal = json.loads(_cli(commands[-1], {"LANG": "es_ES.UTF-8"}, spanish_home))["error"]
    assert refusal["code"] == "phone_invalid"
    assert refusal["message"].startswith("'+10000000000' is not a valid phone number.")


def test_a_source_newer_than_its_compiled_file_is_compiled_again_at_start(tmp_path):
    from desk.ui.i18n import compile_stale_translations, stale_translations

    source = tmp_path / "desk_es.ts"
    source.write_bytes((ROOT / "resources" / "i18n" / "desk_es.ts").read_bytes())
    assert stale_translations(tmp_path) == [source]
    assert compile_stale_translations(tmp_path) == [source.with_suffix(".qm")]
    assert stale_translations(tmp_path) == [] and compile_stale_translations(tmp_path) == []
    later = source.with_suffix(".qm").stat().st_mtime + 5
    os.utime(source, (later, later))
    assert compile_stale_translations(tmp_path) == [source.with_suffix(".qm")]


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_a_wrong_password_is_said_whole_in_every_language(language, demo, qtbot):
    """Found at the real window: Russian's refusal wraps to three lines, which the log-in
    cut to two."""
    from desk.ui.login_dialog import LoginDialog

    install_language(language)
    dialog = LoginDialog(demo.db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setText("reception")
    dialog.password.setText("not the password")
    dialog.try_log_in()
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.operation.running,
                    timeout=10_000)
    label = dialog.message
    assert label.text() and label.height() >= label.heightForWidth(label.width())
