"""``desk types --json`` prints every type with every setting; ``desk type save FILE.json``
creates or changes a type from that shape, with §2's locks (SPEC §8, §2, §3.10)."""

import json

from tests.cli.test_cli import run


def types_of(capsys, db) -> dict[str, dict]:
    code, rows = run(capsys, "types", "--db", db, "--json")
    assert code == 0
    return {t["name"]: t for t in rows}


def save(capsys, db, tmp_path, data, user="admin"):
    path = tmp_path / "type.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out = run(capsys, "--user", user, "type", "save", str(path), "--db", db, "--json")
    return code, out["error"]["code"] if code else out


def test_every_type_is_printed_with_its_settings_and_visit_limits(capsys, db):
    types = types_of(capsys, db)
    assert {"Massage 10", "Yoga 8", "Nails split", "PT 12", "Old promo"} <= set(types)
    massage = types["Massage 10"]
    assert (massage["balance_mode"], massage["visits"], massage["price"]) \
        == ("overall", 10, "800.00")
    assert massage["services"] == ["Classic massage", "Sports massage"]
    assert massage["validity"] == {"amount": 3, "unit": "month"}
    assert massage["visit_limits"] == {"per_day": None, "per_week": None, "per_month": None}
    assert massage["sold"] is True and types["Old promo"]["archived"] is True
    assert types["Nails split"]["visits"] == {"Classic massage": 2, "Manicure": 5}


def test_a_printed_type_saved_under_a_new_name_becomes_a_new_type(capsys, db, tmp_path):
    yoga = types_of(capsys, db)["Yoga 8"]
    new = {**yoga, "id": None, "name": "Yoga daily",
           "visit_limits": {"per_day": 1, "per_week": None, "per_month": None}}
    code, saved = save(capsys, db, tmp_path, new)
    assert code == 0 and saved["name"] == "Yoga daily" and saved["sold"] is False
    assert types_of(capsys, db)["Yoga daily"]["visit_limits"]["per_day"] == 1


def test_a_sold_type_changed_from_a_file_keeps_its_locks(capsys, db, tmp_path):
    massage = types_of(capsys, db)["Massage 10"]
    assert save(capsys, db, tmp_path, {**massage, "price": "900.00"}) \
        == (1, "type_locked_price")
    assert save(capsys, db, tmp_path, {**massage, "visit_limits": {"per_day": 1}}) \
        == (1, "type_locked_visit_limits")
    code, saved = save(capsys, db, tmp_path, {**massage, "online_sale": True})
    assert code == 0 and saved["online_sale"] is True


def test_a_zero_visit_limit_in_a_file_is_refused_by_name(capsys, db, tmp_path):
    nails = types_of(capsys, db)["Nails split"]
    assert save(capsys, db, tmp_path, {**nails, "visit_limits": {"per_week": 0}}) \
        == (1, "type_visit_limit_invalid")


def test_a_file_naming_an_unknown_service_is_refused(capsys, db, tmp_path):
    nails = types_of(capsys, db)["Nails split"]
    assert save(capsys, db, tmp_path, {**nails, "services": ["Pedicure"]}) \
        == (1, "service_unknown")


def test_reception_cant_save_a_type(capsys, db, tmp_path):
    nails = types_of(capsys, db)["Nails split"]
    assert save(capsys, db, tmp_path, {**nails, "online_sale": True}, user="reception") \
        == (1, "permission_denied")


def test_a_file_that_is_not_json_is_refused_with_exit_1(capsys, db, tmp_path):
    path = tmp_path / "type.json"
    path.write_text("{ not json", encoding="utf-8")
    code, out = run(capsys, "type", "save", str(path), "--db", db, "--json")
    assert code == 1 and out["error"]["code"] == "type_file_invalid"
