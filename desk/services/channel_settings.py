"""The message channels' settings: SMTP e-mail and an HTTP SMS gateway.

Passwords and tokens go to the OS keyring when it has a usable backend; otherwise they are
kept in the settings table marked secret. Either way they are never returned in clear to a
screen: the form only says whether one is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.errors import DeskError
from desk.core.permissions import Action
from desk.notify import secrets
from desk.notify.channels import SmsConfig, SmtpConfig
from desk.services.actor import Actor
from desk.store.uow import Database

PREFIX = "notify."
KEEP = None  # a secret field left as None keeps the saved secret


@dataclass(frozen=True)
class ChannelForm:
    """What the Messages settings tab shows and saves. Secrets: ``None`` on the way in
    means "keep the saved one"; on the way out they are always ``None``, and
    ``*_saved`` say whether one is kept."""

    smtp_host: str = ""
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_username: str = ""
    smtp_password: str | None = KEEP
    smtp_sender: str = ""
    sms_url: str = ""
    sms_body: str = "to=%TO%&text=%MESSAGE%"
    sms_token: str | None = KEEP
    smtp_password_saved: bool = False
    sms_token_saved: bool = False


@dataclass(frozen=True)
class Channels:
    smtp: SmtpConfig | None
    sms: SmsConfig | None

    @property
    def any(self) -> bool:
        return self.smtp is not None or self.sms is not None


def channel_form(db: Database, actor: Actor) -> ChannelForm:
    """The saved settings for the settings dialog, secrets masked."""
    actor.require(Action.MANAGE_SETTINGS)
    values = _values(db)
    return ChannelForm(
        smtp_host=values.get("notify.smtp.host", ""),
        smtp_port=int(values.get("notify.smtp.port", "587")),
        smtp_starttls=values.get("notify.smtp.starttls", "1") == "1",
        smtp_username=values.get("notify.smtp.username", ""),
        smtp_sender=values.get("notify.smtp.sender", ""),
        sms_url=values.get("notify.sms.url", ""),
        sms_body=values.get("notify.sms.body", ChannelForm.sms_body),
        smtp_password_saved=bool(_secret(values, "notify.smtp.password")),
        sms_token_saved=bool(_secret(values, "notify.sms.token")))


def secrets_in_keyring() -> bool:
    """Whether passwords go to the OS keyring (else to the settings table, marked secret)."""
    return secrets.keyring_usable()


def save_channels(db: Database, actor: Actor, form: ChannelForm) -> None:
    """Check and keep the channel settings; a secret given as None stays as it was."""
    actor.require(Action.MANAGE_SETTINGS)
    _check(form)
    plain = {"notify.smtp.host": form.smtp_host.strip(), "notify.smtp.port": str(form.smtp_port),
             "notify.smtp.starttls": "1" if form.smtp_starttls else "0",
             "notify.smtp.username": form.smtp_username.strip(),
             "notify.smtp.sender": form.smtp_sender.strip(),
             "notify.sms.url": form.sms_url.strip(), "notify.sms.body": form.sms_body}
    given = {"notify.smtp.password": form.smtp_password, "notify.sms.token": form.sms_token}
    in_keyring = secrets.keyring_usable()
    with db.write() as uow:
        for key, value in plain.items():
            uow.settings.put(key, value)
        for key, secret in given.items():
            if secret is KEEP:
                continue
            if in_keyring:
                secrets.keyring_set(key, secret)
                uow.settings.remove(key)
            else:
                uow.settings.put(key, secret, secret=True)
        uow.audit.record(actor.stamp(db.device_id), "channels_saved", "settings", None,
                         **plain, **{key: "(changed)" for key, secret in given.items()
                                     if secret is not KEEP})
        uow.commit()


def load_channels(db: Database) -> Channels:
    """The configured channels, with their secrets, for delivery (never for display)."""
    values = _values(db)
    smtp = sms = None
    if values.get("notify.smtp.host"):
        smtp = SmtpConfig(host=values["notify.smtp.host"],
                          port=int(values.get("notify.smtp.port", "587")),
                          starttls=values.get("notify.smtp.starttls", "1") == "1",
                          username=values.get("notify.smtp.username", ""),
                          password=_secret(values, "notify.smtp.password") or "",
                          sender=values.get("notify.smtp.sender", ""))
    if values.get("notify.sms.url"):
        sms = SmsConfig(url=values["notify.sms.url"],
                        body=values.get("notify.sms.body") or SmsConfig.body,
                        token=_secret(values, "notify.sms.token") or "")
    return Channels(smtp, sms)


def _values(db: Database) -> dict[str, str]:
    with db.read() as uow:
        return uow.settings.values(PREFIX)


def _secret(values: dict[str, str], key: str) -> str | None:
    if key in values:
        return values[key]
    return secrets.keyring_get(key) if secrets.keyring_usable() else None


def _check(form: ChannelForm) -> None:
    if not 0 < form.smtp_port < 65536:
        raise DeskError("smtp_port_invalid", f"The e-mail server port {form.smtp_port} is not "
                        "a port number.", value=form.smtp_port,
                        hint="Type the port your provider gives, usually 587 or 25.")
    if form.smtp_host.strip() and not (form.smtp_sender.strip() or form.smtp_username.strip()):
        raise DeskError("smtp_sender_required", "E-mail needs a sender address.",
                        hint="Type the address messages are sent from.")
    url = form.sms_url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise DeskError("sms_url_invalid", f"The SMS gateway address {url!r} is not a web "
                        "address.", value=url, hint="Type an address starting with https://.")
    if url and "%MESSAGE%" not in form.sms_body:
        raise DeskError("sms_body_invalid", "The SMS request body has no %MESSAGE% in it.",
                        value=form.sms_body, hint="Put %TO% and %MESSAGE% where the gateway "
                        "expects the phone number and the text.")

