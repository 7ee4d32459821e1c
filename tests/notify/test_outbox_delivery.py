"""Messages through real local servers: delivered once, a down server retried, never lost."""

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desk.core.notifications import retry_delay
from desk.services.channel_settings import ChannelForm, save_channels
from desk.services.clients import update_client
from desk.services.due import run_due
from desk.services.notifications import deliver, outbox
from tests.notify.servers import PASSWORD, USER, free_port
from tests.services.due_helpers import at, change_type, notices

APR_20 = at(date(2026, 4, 20))


def use_email(demo, port: int) -> None:
    save_channels(demo.db, demo.admin, ChannelForm(
        smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False, smtp_username=USER,
        smtp_password=PASSWORD, smtp_sender="desk@example.com"))


@pytest.fixture
def alice_warned(demo):
    """Alice has an e-mail address; Massage 10 warns 30 days before expiry."""
    update_client(demo.db, demo.admin, demo.client("Alice Smith"), "Alice Smith",
                  "12125550101", "alice@example.com", "")
    change_type(demo, "Massage 10", notices=notices(before=30, template="Bye %TYPE%"))
    return demo


def test_a_due_notice_is_mailed_once_to_the_client(alice_warned, smtp_server):
    use_email(alice_warned, smtp_server.port)
    run_due(alice_warned.db, alice_warned.admin, APR_20)
    run_due(alice_warned.db, alice_warned.admin, APR_20 + timedelta(hours=1))
    assert smtp_server.mails == [(["alice@example.com"], "About your membership",
                                  "Bye Massage 10")]


def test_a_down_server_fails_with_its_reason_then_is_retried_and_sent_once(alice_warned,
                                                                          smtp_server):
    use_email(alice_warned, free_port())  # nothing listens there
    run_due(alice_warned.db, alice_warned.admin, APR_20)
    [failed] = outbox(alice_warned.db, alice_warned.admin)
    assert (failed.status, failed.attempts) == ("failed", 1) and "refused" in failed.last_error
    assert failed.next_try_at == APR_20 + retry_delay(1)
    use_email(alice_warned, smtp_server.port)
    assert deliver(alice_warned.db, APR_20 + timedelta(seconds=30)).sent == []
    assert deliver(alice_warned.db, failed.next_try_at).sent == [failed.id]
    assert len(smtp_server.mails) == 1
    assert outbox(alice_warned.db, alice_warned.admin)[0].status == "sent"


def test_the_wait_between_tries_doubles_up_to_six_hours():
    assert [retry_delay(n).total_seconds() / 60 for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert retry_delay(30) == timedelta(hours=6)


def test_two_desks_delivering_at_once_send_each_message_once(alice_warned, http_gateway):
    save_channels(alice_warned.db, alice_warned.admin, ChannelForm(sms_url=http_gateway.url))
    run_due(alice_warned.db, alice_warned.admin, APR_20, deliver=False)
    rounds = [threading.Thread(target=deliver, args=(alice_warned.db, APR_20))
              for _ in range(4)]
    for r in rounds:
        r.start()
    for r in rounds:
        r.join()
    assert len(http_gateway.requests) == 1


def test_a_client_without_the_channels_contact_fails_with_a_clear_reason(alice_warned,
                                                                         smtp_server):
    change_type(alice_warned, "Yoga 8", notices=notices(before=30))
    use_email(alice_warned, smtp_server.port)
    run_due(alice_warned.db, alice_warned.admin, APR_20)
    carla = [m for m in outbox(alice_warned.db, alice_warned.admin) if m.client == "Carla Díaz"]
    assert carla[0].status == "failed"
    assert carla[0].last_error == "The client has no e-mail address for the channels set up."


def test_the_database_itself_refuses_a_second_message_with_the_same_key(alice_warned):
    run_due(alice_warned.db, alice_warned.admin, APR_20, deliver=False)
    [message] = outbox(alice_warned.db, alice_warned.admin)
    duplicate = text("INSERT INTO outbox (id, key, membership_id, kind, body, status, attempts, "
                     "last_error, created_at) SELECT 'x', key, membership_id, kind, body, "
                     "status, 0, '', created_at FROM outbox WHERE key = :key")
    with alice_warned.db.write() as uow, pytest.raises(IntegrityError):
        uow.connection().execute(duplicate, {"key": message.key})


def test_queuing_a_known_key_again_creates_nothing(alice_warned):
    run_due(alice_warned.db, alice_warned.admin, APR_20, deliver=False)
    [message] = outbox(alice_warned.db, alice_warned.admin)
    with alice_warned.db.write() as uow:
        assert not uow.outbox.add(message.key, alice_warned.membership(
            "DS-0001").id, None, "before_expiry", "again", APR_20)


@pytest.fixture
def two_texts(alice_warned):
    """Alice's and Carla's memberships both warn 30 days before expiry, by SMS."""
    change_type(alice_warned, "Yoga 8", notices=notices(before=30))
    run_due(alice_warned.db, alice_warned.admin, APR_20, deliver=False)
    return alice_warned


def test_a_gateway_that_is_down_is_tried_once_a_round_and_the_other_messages_wait(two_texts):
    gateway_down = f"http://127.0.0.1:{free_port()}/send"
    save_channels(two_texts.db, two_texts.admin, ChannelForm(sms_url=gateway_down))
    done = deliver(two_texts.db, APR_20)
    states = sorted((m.status, m.attempts) for m in outbox(two_texts.db, two_texts.admin))
    assert len(done.failed) == 1 and done.sent == []
    assert states == [("failed", 1), ("pending", 0)]  # the second was handed back untried


def test_a_number_the_gateway_refuses_does_not_hold_back_the_next_one(two_texts, http_gateway):
    http_gateway.answer = 400
    save_channels(two_texts.db, two_texts.admin, ChannelForm(sms_url=http_gateway.url))
    done = deliver(two_texts.db, APR_20)
    assert len(done.failed) == len(http_gateway.requests) == 2
