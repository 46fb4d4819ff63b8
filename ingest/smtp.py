"""The SMTP side of the breach mailbox: policy in RCPT/MAIL, durable spooling in DATA.

Reply codes are named constants. ``handle_DATA`` answers 250 only after the
message is in the spool and fsynced; if the spool cannot be written the client
gets 451 and retries. Nothing from the message body is ever logged.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope as SmtpEnvelope, Session

from breachdesk.errors import SpoolError
from breachdesk.model import iso, utcnow
from breachdesk.settings import Settings
from ingest.spool import Envelope, Spool

log = logging.getLogger("breachdesk.smtp")

OK_QUEUED = "250 2.0.0 Report received, queued as {sid}"
OK = "250 2.1.0 OK"
OK_RCPT = "250 2.1.5 OK"
ERR_421_BUSY = "421 4.7.0 Too many connections, try again later"
ERR_451_SPOOL = "451 4.3.0 Cannot store the message just now; please retry"
ERR_452_RCPTS = "452 4.5.3 Too many recipients"
ERR_530_TLS = "530 5.7.0 Must issue a STARTTLS command first"
ERR_550_MAILBOX = "550 5.1.1 No such mailbox here: this server only takes breach reports"
ERR_550_SENDER = "550 5.7.1 Sender domain not allowed to report to this mailbox"
ERR_552_SIZE = "552 5.3.4 Message too big for this mailbox"
ERR_554_NO_RCPT = "554 5.5.1 No valid recipients"
ERR_421_LIMIT = "421 4.7.0 Too many messages on this connection, reconnect to send more"


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower()


class BreachHandler:
    """aiosmtpd handler: mailbox policy and durable spooling."""

    def __init__(self, settings: Settings, spool: Spool,
                 on_spooled: Callable[[str], None] | None = None) -> None:
        self.spool = spool
        self.on_spooled = on_spooled
        self.apply(settings)

    def apply(self, settings: Settings) -> None:
        """Take new settings (SIGHUP); connections in progress keep going."""
        self.settings = settings
        mb = settings.mailbox
        self.addresses = {a.strip().lower() for a in mb.addresses}
        self.sender_domains = {d.strip().lower().lstrip("@") for d in mb.allowed_sender_domains}
        self.max_bytes = mb.max_message_bytes
        self.max_rcpts = mb.max_recipients
        self.require_tls = settings.smtp.require_tls
        self.max_messages = settings.smtp.max_messages_per_connection

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: SmtpEnvelope,
                          address: str, mail_options: list[str]) -> str:
        if self.require_tls and not session.ssl:
            return ERR_530_TLS
        count = getattr(session, "bd_messages", 0)
        if count >= self.max_messages:
            return ERR_421_LIMIT
        if self.sender_domains and address and _domain(address) not in self.sender_domains:
            log.info("refused sender domain (550 5.7.1) peer=%s", _peer(session))
            return ERR_550_SENDER
        for opt in mail_options:
            if opt.upper().startswith("SIZE="):
                try:
                    if int(opt[5:]) > self.max_bytes:
                        return ERR_552_SIZE
                except ValueError:
                    return "501 5.5.4 Syntax error in SIZE parameter"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return OK

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: SmtpEnvelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address.strip().lower() not in self.addresses:
            log.info("refused recipient (550 5.1.1) peer=%s", _peer(session))
            return ERR_550_MAILBOX
        if len(envelope.rcpt_tos) >= self.max_rcpts:
            return ERR_452_RCPTS
        envelope.rcpt_tos.append(address)
        return OK_RCPT

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        if not envelope.rcpt_tos:
            return ERR_554_NO_RCPT
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        if len(content) > self.max_bytes:
            return ERR_552_SIZE
        env = Envelope(mail_from=envelope.mail_from or "", rcpt_tos=list(envelope.rcpt_tos),
                       peer=_peer(session), received_at=iso(utcnow()), helo=session.host_name or "",
                       tls=bool(session.ssl),
                       auth_user=str(session.auth_data or "") if session.authenticated else "")
        loop = asyncio.get_running_loop()
        try:
            sid = await loop.run_in_executor(None, self.spool.write, env, content)
        except SpoolError as exc:
            log.error("spool write failed, answered 451: %s", exc)
            return ERR_451_SPOOL
        session.bd_messages = getattr(session, "bd_messages", 0) + 1  # type: ignore[attr-defined]
        log.info("accepted spool=%s bytes=%d rcpts=%d peer=%s", sid, len(content), len(env.rcpt_tos), env.peer)
        if self.on_spooled is not None:
            self.on_spooled(sid)
        return OK_QUEUED.format(sid=sid)


def _peer(session: Session) -> str:
    p = session.peer
    if isinstance(p, tuple) and p:
        return str(p[0])
    return str(p or "")


class LimitedSMTP(SMTP):
    """SMTP with a cap on simultaneous connections (421 above it)."""

    active = 0

    def __init__(self, handler: Any, *, max_connections: int = 50, **kw: Any) -> None:
        super().__init__(handler, **kw)
        self.max_connections = max_connections
        self._counted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if LimitedSMTP.active >= self.max_connections:
            transport.write((ERR_421_BUSY + "\r\n").encode())  # type: ignore[attr-defined]
            transport.close()
            return
        LimitedSMTP.active += 1
        self._counted = True
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._counted:
            LimitedSMTP.active -= 1
            self._counted = False
        if self.session is not None:
            super().connection_lost(error)


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    s = settings.smtp
    if not (s.tls_cert and s.tls_key):
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(s.tls_cert, s.tls_key)
    return ctx


def smtp_factory(settings: Settings, handler: BreachHandler,
                 authenticator: Any = None) -> Callable[[], SMTP]:
    """A protocol factory for ``loop.create_server`` (and for aiosmtpd's Controller)."""
    ctx = tls_context(settings)
    kw: dict[str, Any] = dict(
        data_size_limit=settings.mailbox.max_message_bytes, enable_SMTPUTF8=True, decode_data=False,
        hostname="breachdesk", ident="breachdesk ESMTP", timeout=120,
        max_connections=settings.smtp.max_connections,
    )
    if ctx is not None:
        kw.update(tls_context=ctx, require_starttls=settings.smtp.require_tls)
    if authenticator is not None:
        kw.update(authenticator=authenticator, auth_require_tls=True)

    def make() -> SMTP:
        return LimitedSMTP(handler, **kw)

    return make
