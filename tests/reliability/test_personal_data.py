"""Clients' phone numbers never reach a log or a crash report."""

import logging
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.cli import main
from desk.core.ids import new_id
from desk.core.reference import Client
from desk.services.demo import CLIENTS
from desk.support import configure_logging, logger, mask_phones

PHONES = [phone for _name, phone in CLIENTS]


def crash_with_the_phone_in_sql(db, *_args, **_kwargs):
    """A fault of ours whose message carries a phone: a second client with Alice's number."""
    with db.write() as uow:
        uow.reference.add_client(Client(new_id(), "Twin", PHONES[0]))


FAILING = [
    ["pay", "--client", PHONES[0], "--service", "Pedicure", "--location", "Downtown"],
    ["sell", "PT 12", "--location", "Downtown", "--client", PHONES[3], "--code", "DS-0001"],
    ["book", "--client", PHONES[2], "--service", "Manicure", "--location", "Downtown",
     "--at", "2026-03-16T10:00"],
    ["pay", "--client", "+1 (202) 555-0143", "--service", "Yoga class", "--location",
     "Riverside"],
]


def test_failing_commands_and_crashes_leave_no_full_phone_in_any_log(demo, tmp_path, caplog,
                                                                    capsys, monkeypatch):
    monkeypatch.setattr("desk.support.log_dir", lambda: tmp_path / "logs")
    caplog.set_level(logging.DEBUG)
    for argv in FAILING:
        assert main([*argv, "--db", str(demo.path)]) == 1
    monkeypatch.setattr("desk.services.memberships.pay_visit", crash_with_the_phone_in_sql)
    assert main(["pay", "--client", PHONES[0], "--service", "Classic massage", "--location",
                 "Downtown", "--db", str(demo.path)]) == 70
    logs = caplog.text + "".join(p.read_text() for p in (tmp_path / "logs").iterdir())
    assert "IntegrityError" in logs and "12*******01" in logs  # the crash was logged, masked
    assert not [p for p in PHONES if p in re.sub(r"\D", "", logs)]


@given(phone=st.sampled_from(PHONES), style=st.sampled_from(["{}", "+{}", "{} ", "({})"]),
       before=st.text(alphabet=" :'=(\"[", max_size=5),
       after=st.text(alphabet=" ,')\".]", max_size=5))
def test_a_phone_in_any_common_writing_is_masked(phone, style, before, after):
    # (digits glued to letters are left alone: in a log those are ids, not phones)
    grouped = f"{phone[:-7]} {phone[-7:-4]}-{phone[-4:]}"
    for written in (phone, grouped):
        assert phone not in re.sub(r"\D", "", mask_phones(before + style.format(written) + after))


@pytest.mark.parametrize("text", ["2026-03-15T10:00:00", "id 01936789-abcd-7123-8123-1234",
                                  "line 1234 in pay_visit", "total 800.00 USD"])
def test_dates_ids_and_amounts_are_left_as_they_are(text):
    assert mask_phones(text) == text


def test_a_log_record_with_a_phone_is_masked_when_it_is_made(caplog):
    log = logger("test")
    with caplog.at_level(logging.INFO, logger="desk.test"):
        log.info("sent a reminder to %s", PHONES[1])
    assert PHONES[1] not in caplog.text and "12*******02" in caplog.text


def test_so_is_a_record_of_any_library_once_desk_logs(caplog):
    logger("test")
    with caplog.at_level(logging.INFO, logger="sqlalchemy.engine"):
        logging.getLogger("sqlalchemy.engine").info("[parameters] ('%s',)", PHONES[2])
    assert PHONES[2] not in caplog.text


def test_the_desk_log_file_gets_the_desks_records_masked(tmp_path, monkeypatch):
    monkeypatch.setattr("desk.support.log_dir", lambda: tmp_path)
    path = configure_logging()
    try:
        logger("sync").info("client %s pulled", PHONES[0])
        for handler in logging.getLogger("desk").handlers:
            handler.flush()
        text = path.read_text()
    finally:
        for handler in [h for h in logging.getLogger("desk").handlers
                        if getattr(h, "baseFilename", None) == str(path)]:
            logging.getLogger("desk").removeHandler(handler)
            handler.close()
    assert "client 12*******01 pulled" in text and PHONES[0] not in text
