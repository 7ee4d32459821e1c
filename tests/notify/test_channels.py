"""The channel adapters against real local servers."""

import json

import pytest

from desk.notify.channels import DeliveryFailed, SmsConfig, SmtpConfig, send_email, send_sms
from tests.notify.servers import PASSWORD, USER, free_port


def smtp(box) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=box.port, starttls=False, username=USER,
                      password=PASSWORD, sender="desk@example.com")


def test_an_email_arrives_at_the_smtp_server_after_login(smtp_server):
    send_email(smtp(smtp_server), "alice@example.com", "Your Yoga 8 expires soon.")
    assert smtp_server.mails == [(["alice@example.com"], "About your membership",
                                  "Your Yoga 8 expires soon.")]


def test_a_wrong_password_is_a_failure_with_the_servers_reason(smtp_server):
    config = SmtpConfig("127.0.0.1", smtp_server.port, False, USER, "wrong", "d@example.com")
    with pytest.raises(DeliveryFailed, match="535"):
        send_email(config, "alice@example.com", "hi")
    assert smtp_server.mails == []


def test_an_smtp_server_that_is_down_is_a_failure_naming_it():
    config = SmtpConfig("127.0.0.1", free_port(), False, sender="d@example.com")
    with pytest.raises(DeliveryFailed, match=r"e-mail server 127\.0\.0\.1"):
        send_email(config, "alice@example.com", "hi")


def test_a_form_body_carries_the_phone_and_text_url_encoded(http_gateway):
    send_sms(SmsConfig(http_gateway.url), "+12125550101", "5 visits left & more")
    path, kind, body = http_gateway.requests[0]
    assert (path, kind) == ("/send", "application/x-www-form-urlencoded; charset=utf-8")
    assert body == "to=%2B12125550101&text=5+visits+left+%26+more"


def test_a_json_body_template_is_sent_as_json_with_escaped_values(http_gateway):
    config = SmsConfig(http_gateway.url, body='{"to": "%TO%", "text": "%MESSAGE%"}')
    send_sms(config, "+12125550101", 'Say "hi"')
    assert json.loads(http_gateway.requests[0][2]) == {"to": "+12125550101", "text": 'Say "hi"'}


def test_a_gateway_error_status_is_a_failure_with_the_status(http_gateway):
    http_gateway.answer = 503
    with pytest.raises(DeliveryFailed, match="503"):
        send_sms(SmsConfig(http_gateway.url), "+1", "hi")


def test_starttls_against_a_server_without_it_fails_instead_of_sending_in_clear(smtp_server):
    with pytest.raises(DeliveryFailed, match="STARTTLS"):
        send_email(SmtpConfig("127.0.0.1", smtp_server.port, True, USER, PASSWORD,
                              "d@example.com"), "alice@example.com", "hi")
    assert smtp_server.mails == []
