"""Channel settings: secrets kept out of sight (keyring, or the settings table marked secret)."""

import pytest
from sqlalchemy import text

from desk.core.errors import DeskError, PermissionDenied
from desk.notify.secrets import keyring_usable
from desk.services.channel_settings import (
    ChannelForm,
    channel_form,
    load_channels,
    save_channels,
)

SMTP = ChannelForm(smtp_host="mail.example.com", smtp_username="desk", smtp_password="pw-1")


def test_this_machine_has_no_usable_keyring_so_secrets_fall_back():
    assert keyring_usable() is False


def test_a_saved_password_is_marked_secret_and_never_returned_to_the_form(demo):
    save_channels(demo.db, demo.admin, SMTP)
    form = channel_form(demo.db, demo.admin)
    assert form.smtp_password is None and form.smtp_password_saved
    with demo.db.read() as uow:
        secret = uow.session.execute(text(
            "SELECT secret FROM settings WHERE key = 'notify.smtp.password'")).scalar()
    assert secret == 1


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
