"""``desk types`` and ``desk type save FILE.json`` (SPEC §8): the chain's membership types with
every setting, and a type created or changed from that same JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

from desk.cli.context import actor, emit, open_db
from desk.core.errors import DeskError
from desk.services.type_files import save_type_json, types_as_json


def list_types(args) -> int:
    rows = types_as_json(open_db(args))
    emit(args, rows, "\n".join(_line(t) for t in rows) or "none")
    return 0


def _line(t: dict) -> str:
    limits = ", ".join(f"{n} {k.removeprefix('per_')}" for k, n in t["visit_limits"].items()
                       if n is not None)
    policy = t["freeze_policy"]
    freezes = ", ".join(part for part in (
        f"{policy['min_days'] or 1}–{policy['max_days'] or '∞'} days a freeze"
        if policy["min_days"] or policy["max_days"] else "",
        f"at most {policy['max_count']} freezes" if policy["max_count"] else "",
        f"fee {policy['fee']}" if policy["fee"] != "0.00" else "",
        "reason required" if policy["reason_required"] else "") if part)
    return (f"{t['name']}: {t['price']}, {', '.join(t['services'])}"
            + (f"; at most {limits}" if limits else "")
            + (f"; shared with up to {t['share_limit']}" if t["share_limit"] else "")
            + (f"; transferable by {t['transferable']}" if t["transferable"] != "managers"
               else "")
            + (f"; freezes {freezes}" if freezes else "")
            + (" (archived)" if t["archived"] else ""))


def save_type(args) -> int:
    db = open_db(args)
    saved = save_type_json(db, actor(db, args), _read_json(Path(args.file)))
    [row] = [t for t in types_as_json(db) if t["id"] == saved.id]
    emit(args, row, f"saved {saved.name}")
    return 0


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DeskError("file_unreadable", f"{path} can't be read ({error.strerror}).",
                        value=str(path), hint="Check the file's name and folder.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DeskError("type_file_invalid", f"{path} is not a JSON file ({error}).",
                        value=str(path),
                        hint="Save the shape `desk types --json` prints, one type.") from None
