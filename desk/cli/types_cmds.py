"""``desk types`` and ``desk type save FILE.json`` (SPEC §8): the chain's membership types with
every setting, and a type created or changed from that same JSON shape."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from desk.cli.context import actor, emit, open_db
from desk.core.errors import DeskError
from desk.core.freeze_policy import FreezePolicy
from desk.services.type_files import save_type_json, types_as_json


def list_types(args) -> int:
    rows = types_as_json(open_db(args))
    emit(args, rows, "\n".join(_line(t) for t in rows) or "none")
    return 0


def _line(t: dict) -> str:
    limits = ", ".join(f"{n} {k.removeprefix('per_')}" for k, n in t["visit_limits"].items()
                       if n is not None)
    p = t["freeze_policy"]
    policy = FreezePolicy(p["min_days"], p["max_days"], p["max_count"], Decimal(p["fee"]),
                          p["reason_required"])
    return (f"{t['name']}: {t['price']}, {', '.join(t['services'])}"
            + (f"; at most {limits}" if limits else "")
            + (f"; shared with up to {t['share_limit']}" if t["share_limit"] else "")
            + (f"; transferable by {t['transferable']}" if t["transferable"] != "managers"
               else "")
            + (f"; freezes {policy}" if policy.any else "")
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
