"""Real local servers to deliver to: an SMTP server (aiosmtpd) and an HTTP SMS gateway."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

USER, PASSWORD = "desk", "s3cret-pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Mailbox:
    """What the SMTP server received: (recipients, subject, body text)."""

    port: int
    mails: list[tuple[list[str], str, str]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        self.mails.append((list(envelope.rcpt_tos), message["Subject"],
                           message.get_payload(decode=True).decode().strip()))
        return "250 OK"


def _login(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server():
    """A running SMTP server on 127.0.0.1 that wants USER/PASSWORD; ``.mails`` as they come."""
    box = Mailbox(free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port, authenticator=_login,
                            auth_require_tls=False)
    controller.start()
    yield box
    controller.stop()


@dataclass
class Gateway:
    """The HTTP SMS gateway: ``.requests`` (path, content type, body) and ``.answer``."""

    port: int
    requests: list[tuple[str, str, str]] = field(default_factory=list)
    answer: int = 200

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/send"


@pytest.fixture
def http_gateway():
    gateway = Gateway(free_port())

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"])).decode()
            gateway.requests.append((self.path, self.headers["Content-Type"], body))
            self.send_response(gateway.answer)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", gateway.port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield gateway
    server.shutdown()
    server.server_close()
