"""The window's translations (SPEC §12): `uv run python packaging/translations.py update`
after changing texts, `... compile` to make the .qm files (the build and `desk` at start do it
when a source is newer); `... fill LANG FILE.json` writes translations kept as JSON
(English -> translation, a list of forms for a plural) into a language's .ts file.

update:
  1. writes desk/ui/phrases.py: the English sentences the rest of the product hands to the
     window (refusal messages and hints, import issues, history lines), each as a template with
     numbered holes ({0}, {1}) where its values go, so that the window can find a sentence's
     template, translate it, and put the values back;
  2. runs pyside6-lupdate over desk/ui into resources/i18n/desk_<lang>.ts, keeping what is
     translated and dropping sentences no longer used.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PHRASES = ROOT / "desk" / "ui" / "phrases.py"
LANGUAGES = ("es", "ru")

# calls whose arguments from the n-th on carry sentences the window shows (and hint=...)
SENTENCE_CALLS = {"DeskError": 1, "NotFound": 1, "FileRefused": 1, "Issue": 3, "Refusal": 2,
                  "refuse": 1, "Problem": 2}
# keyword arguments naming the thing a sentence is about: parse_money(text, field="price")
HOLE_WORDS = ("field", "what")
# constants holding a sentence handed on (``BOOKING_REFUSAL``, ``_LOCKED_MESSAGE``)
SENTENCE_NAMES = ("_REFUSAL", "_MESSAGE", "_HINT")
# modules whose functions' returned sentences and tables' words the window shows
WORDS_MODULES = ("desk/services/history.py",)
SCANNED = ("desk/core", "desk/services", "desk/store", "desk/sync", "desk/importer",
           "desk/files.py", "desk/reports")


def template(node: ast.AST) -> str | None:
    """The sentence ``node`` builds with numbered holes for its values; None when it isn't
    built from literals (a sentence made elsewhere, passed on)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            else:
                parts.append("{}")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template(node.left), template(node.right)
        return None if left is None or right is None else left + right
    return None


def numbered(text: str) -> str:
    """"{} is {}" -> "{0} is {1}": translators may reorder the holes."""
    out, hole, i = [], 0, 0
    while i < len(text):
        if text.startswith(("{{", "}}"), i):
            out.append(text[i:i + 2])
            i += 2
        elif text.startswith("{}", i):
            out.append(f"{{{hole}}}")
            hole, i = hole + 1, i + 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def sentences_of(tree: ast.AST, words_module: bool) -> list[str]:
    found: list[str | None] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            at = SENTENCE_CALLS.get(name or "")
            if at is not None:
                found += [template(arg) for arg in node.args[at:]]
            found += [template(k.value) for k in node.keywords if k.arg in ("hint", "message")]
            # the words put into a sentence's holes: "The {0} needs a name." of a "client"
            found += [k.value.value for k in node.keywords if k.arg in HOLE_WORDS
                      and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)]
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id.endswith(SENTENCE_NAMES) for t in node.targets):
            found.append(template(node.value))
    if words_module:
        found += _every_string(tree)
    return [s for s in found if s and any(c.isalpha() for c in s) and s.strip("{} ")]


def _every_string(tree: ast.AST) -> list[str | None]:
    """Every sentence and word a module of words writes (its docstrings and the pieces of
    its f-strings aside): a history line is put together from several."""
    inner = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
             for part in ast.walk(node) if part is not node}
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    strings = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
               or (isinstance(node, ast.Constant) and isinstance(node.value, str))]
    return [template(node) for node in strings
            if id(node) not in inner and id(node) not in docstrings]


def phrases() -> list[str]:
    files = [p for entry in SCANNED for p in
             (sorted((ROOT / entry).rglob("*.py")) if (ROOT / entry).is_dir() else [ROOT / entry])]
    found: set[str] = set()
    for path in files:
        words = str(path.relative_to(ROOT)) in WORDS_MODULES
        found.update(numbered(s) for s in sentences_of(ast.parse(path.read_text("utf-8")), words))
    return sorted(found)


def phrases_module() -> str:
    lines = ["# ruff: noqa: E501",
             '"""The English sentences the product hands to the window, as templates whose '
             'numbered holes\nhold values (written by `packaging/translations.py update`; do '
             'not edit)."""\n', "from PySide6.QtCore import QT_TR_NOOP\n", "PHRASES = ("]
    lines += [f"    QT_TR_NOOP({text!r})," for text in phrases()]
    lines.append(")\n")
    return "\n".join(lines)


def lupdate_tool() -> str:
    return str(Path(sys.executable).parent / "pyside6-lupdate")


def update() -> None:
    PHRASES.write_text(phrases_module(), encoding="utf-8")
    I18N.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "desk" / "ui").glob("*.py"))
    for language in (*LANGUAGES, "en"):
        # English needs only its plurals: "%n visits left" is "1 visit left" for one
        only_plurals = ["-pluralonly"] if language == "en" else []
        subprocess.run([lupdate_tool(), "-silent", "-no-obsolete", "-locations", "none",
                        *only_plurals, "-source-language", "en", "-target-language", language,
                        *sources, "-ts", str(I18N / f"desk_{language}.ts")], check=True)


def fill(language: str, translations: dict[str, str | list[str]]) -> int:
    """Write ``translations`` (English source -> translation; a list of plural forms for a
    "%n" text) into the language's .ts file; returns how many entries were filled."""
    import xml.etree.ElementTree as ET

    path = I18N / f"desk_{language}.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        wanted = translations.get(source or "")
        if wanted is None:
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = wanted if isinstance(wanted, list) else [wanted]
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[0]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def compile_all() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from desk.ui.i18n import compile_stale_translations

    return compile_stale_translations(I18N)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "fill":  # fill LANG FILE.json...
        import json

        for name in sys.argv[3:]:
            entries = json.loads(Path(name).read_text(encoding="utf-8"))
            print(name, fill(sys.argv[2], entries))
    elif command == "compile":
        for qm in compile_all():
            print(qm.relative_to(ROOT))
    else:
        sys.exit(f"usage: {sys.argv[0]} update | compile | fill LANG FILE.json...")
