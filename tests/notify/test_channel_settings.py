"""Channel settings: secrets kept out of sight (keyring, or the settings table marked secret)."""

from dataclasses import replace

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from desk.core.errors import DeskError, PermissionDenied
from desk.notify import secrets
from desk.notify.secrets import keyring_usable
from desk.services.channel_settings import (
    ChannelForm,
    channel_form,
    load_channels,
    save_channels,
)

SMTP = ChannelForm(smtp_host="mail.example.com", smtp_username="desk", smtp_password="pw-1")


def stored_setting(demo, key: str):
    with demo.db.read() as uow:
        return uow.connection().execute(
            text("SELECT value, secret FROM settings WHERE key = :k"), {"k": key}).first()


def test_the_fail_backend_is_no_keyring_and_a_real_one_is(os_keyring):
    assert keyring_usable()
    keyring.set_keyring(fail.Keyring())
    assert not keyring_usable()


def test_with_a_keyring_the_password_goes_there_and_not_into_the_database(demo, os_keyring):
    save_channels(demo.db, demo.admin, SMTP)
    assert stored_setting(demo, "notify.smtp.password") is None
    assert os_keyring.get_password(secrets.SERVICE, "notify.smtp.password") == "pw-1"
    assert load_channels(demo.db).smtp.password == "pw-1"
    assert channel_form(demo.db, demo.admin).smtp_password is None


def test_clearing_a_password_removes_it_from_the_keyring(demo, os_keyring):
    save_channels(demo.db, demo.admin, SMTP)
    save_channels(demo.db, demo.admin, replace(SMTP, smtp_password=""))
    assert os_keyring.get_password(secrets.SERVICE, "notify.smtp.password") is None
    assert not channel_form(demo.db, demo.admin).smtp_password_saved


def test_secrets_never_show_in_the_settings_printed_or_logged(demo):
    save_channels(demo.db, demo.admin, replace(SMTP, sms_url="https://gw.example.com/send",
                                               sms_token="tok-42"))
    channels = load_channels(demo.db)
    assert "pw-1" not in repr(channels) and "tok-42" not in repr(channels)


def test_a_saved_password_is_marked_secret_and_never_returned_to_the_form(demo):
    save_channels(demo.db, demo.admin, SMTP)
    form = channel_form(demo.db, demo.admin)
    assert form.smtp_password is None and form.smtp_password_saved
    assert stored_setting(demo, "notify.smtp.password") == ("pw-1", 1)


def test_saving_without_retyping_the_password_keeps_it(demo):
    save_channels(demo.db, demo.admin, SMTP)
    save_channels(demo.db, demo.admin, channel_form(demo.db, demo.admin))
    assert load_channels(demo.db).smtp.password == "pw-1"


def test_no_host_and_no_gateway_means_no_channel(demo):
    assert not load_channels(demo.db).any


@pytest.mark.parametrize(("form", "code"), [
    (ChannelForm(smtp_port=70000), "smtp_port_invalid"),
    (ChannelForm(smtp_host="mail.example.com"), "smtp_sender_required"),
    (ChannelForm(sms_url="ftp://gw"), "sms_url_invalid"),
    (ChannelForm(sms_url="https://gw", sms_body="to=%TO%"), "sms_body_invalid"),
])
def test_unusable_settings_are_refused_by_name(demo, form, code):
    with pytest.raises(DeskError) as caught:
        save_channels(demo.db, demo.admin, form)
    assert caught.value.code == code


def test_reception_may_not_change_channels(demo):
    with pytest.raises(PermissionDenied):
        save_channels(demo.db, demo.reception, SMTP)
