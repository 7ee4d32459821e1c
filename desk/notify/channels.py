"""E-mail over SMTP (stdlib ``smtplib``) and an SMS gateway over HTTP (stdlib ``urllib``)."""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage

TIMEOUT_SECONDS = 15
RECIPIENT_REFUSED = (400, 422)  # a gateway's "this number or text won't do", not "I'm down"


class DeliveryFailed(Exception):
    """The channel refused or could not be reached; ``str()`` is the reason to show.
    ``channel_down``: the channel can't take any message now (not reachable, refused our
    log-in, misconfigured), so the next message would fail the same way; otherwise only
    this message was refused (its recipient)."""

    def __init__(self, reason: str, *, channel_down: bool = True) -> None:
        super().__init__(reason)
        self.channel_down = channel_down


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    starttls: bool = True
    username: str = ""
    password: str = field(default="", repr=False)  # never printed or logged
    sender: str = ""
    subject: str = "About your membership"


@dataclass(frozen=True)
class SmsConfig:
    """``body`` is the request body with ``%TO%`` and ``%MESSAGE%``; a body starting with
    ``{`` is sent as JSON (values JSON-escaped), anything else as a URL-encoded form."""

    url: str
    body: str = "to=%TO%&text=%MESSAGE%"
    token: str = field(default="", repr=False)  # "Authorization: Bearer <token>" when set


def send_email(config: SmtpConfig, to: str, text: str) -> None:
    """Deliver ``text`` to ``to``; raises ``DeliveryFailed`` with the server's reason."""
    message = EmailMessage()
    message["From"], message["To"] = config.sender or config.username, to
    message["Subject"] = config.subject
    message.set_content(text)
    try:
        with smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_SECONDS) as server:
            if config.starttls:
                server.starttls(context=ssl.create_default_context())
            if config.username:
                server.login(config.username, config.password)
            server.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        raise DeliveryFailed(
            f"e-mail server {config.host}:{config.port}: {_reason(error)}",
            channel_down=not isinstance(error, smtplib.SMTPRecipientsRefused)) from None


def sms_body(config: SmsConfig, to: str, text: str) -> tuple[bytes, str]:
    """The request body and its content type for one message."""
    if config.body.lstrip().startswith("{"):
        def quote(value: str) -> str:
            return json.dumps(value)[1:-1]
        kind = "application/json"
    else:
        quote, kind = urllib.parse.quote_plus, "application/x-www-form-urlencoded"
    body = config.body.replace("%TO%", quote(to)).replace("%MESSAGE%", quote(text))
    return body.encode("utf-8"), kind


def send_sms(config: SmsConfig, to: str, text: str) -> None:
    """POST the message to the gateway; any answer but 2xx is a failure with its reason."""
    body, kind = sms_body(config, to, text)
    headers = {"Content-Type": f"{kind}; charset=utf-8"}
    if config.token:
        headers["Authorization"] = f"Bearer {config.token}"
    request = urllib.request.Request(config.url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
            answer.read()
    except urllib.error.HTTPError as error:
        raise DeliveryFailed(f"SMS gateway answered {error.code} {error.reason}",
                             channel_down=error.code not in RECIPIENT_REFUSED) from None
    except (OSError, ValueError) as error:
        raise DeliveryFailed(f"SMS gateway {config.url}: {_reason(error)}") from None


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.URLError):
        error = error.reason if isinstance(error.reason, Exception) else error
    text = str(error) or type(error).__name__
    return text.replace("\n", " ")[:300]
