"""The SMTP side of the breach mailbox: policy in RCPT/MAIL, durable spooling in DATA.

Reply codes are named constants. ``handle_DATA`` answers 250 only after the
message is in the spool and fsynced (in a thread of the spool writes' own, never queued
behind a password hash or another write's fsync); if the spool cannot be written the client
gets 451 and retries. Below ``[store] min_free_bytes`` of free space MAIL, RCPT and
DATA are answered ``452 4.3.1`` before anything is accepted, so nothing gets a 250 that
could not be filed. After the 250 the only work left on the event loop is one
non-blocking write to the pool's wake-up pipe (``on_spooled``): nothing here can wait
on another process. Nothing from the message body is ever logged.

:class:`BreachSMTP` adds what aiosmtpd leaves to the application: caps on
connections (in total and per client address), our own wording of aiosmtpd's
built-in refusals (``552 5.3.4`` when its ``data_size_limit`` trips, ``530 5.7.0``
before STARTTLS), closing the connection after a 421, password checks run off
the event loop, and a count of transactions in flight so SIGTERM can let them finish.

Timeouts and limits work as Postfix's do. aiosmtpd's ``timeout`` only restarts on a
command, so a slow upload was cut mid-DATA however steadily it flowed; here any bytes
read restart it (``[smtp] timeout_seconds``, a per-read timeout like Postfix's
``smtpd_timeout``), it is suspended while our own handler works, and it ends with
``421 4.4.2 … Error: timeout exceeded`` before closing. NOOP, RSET, VRFY and HELP
without a message accepted in between are counted (``junk_command_limit``, like
``smtpd_junk_command_limit``): over the limit the client gets 421 and is closed, so a
NOOP trickle cannot hold a connection slot for ever. A failed AUTH is answered only
after ``auth_error_sleep_seconds`` (like ``smtpd_error_sleep_time``) and the
``auth_max_failures``-th closes the connection with 421.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from email._header_value_parser import get_addr_spec, get_angle_addr
from email.errors import HeaderParseError
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from breachdesk.errors import ConfigError, SpoolError
from breachdesk.model import iso, utcnow
from breachdesk.settings import Settings
from ingest.auth import UsersAuthenticator
from ingest.spool import Envelope, Spool

log = logging.getLogger("breachdesk.smtp")

OK_QUEUED = "250 2.0.0 Report received, queued as {sid}"
OK = "250 2.1.0 OK"
OK_RCPT = "250 2.1.5 OK"
ERR_421_BUSY = "421 4.7.0 Too many connections, try again later"
ERR_421_PEER = "421 4.7.0 Too many connections from your address, try again later"
ERR_421_LIMIT = "421 4.7.0 Too many messages on this connection, reconnect to send more"
ERR_421_TIMEOUT = "421 4.4.2 breachdesk Error: timeout exceeded"
ERR_421_JUNK = "421 4.7.0 Too many commands without a message, closing connection"
ERR_421_AUTH = "421 4.7.0 Too many failed authentication attempts, closing connection"
ERR_421_SHUTDOWN = "421 4.3.2 Breach mailbox shutting down, try again later"
ERR_450_RATE = "450 4.7.1 Too many messages from your address just now; try again later"
ERR_451_SPOOL = "451 4.3.0 Cannot store the message just now; please retry"
ERR_452_RCPTS = "452 4.5.3 Too many recipients"
ERR_452_STORAGE = "452 4.3.1 Insufficient system storage"
ERR_501_SIZE = "501 5.5.4 Syntax error in SIZE parameter"
ERR_530_TLS = "530 5.7.0 Must issue a STARTTLS command first"
ERR_530_AUTH = "530 5.7.0 Authentication required"
ERR_550_MAILBOX = "550 5.1.1 No such mailbox here: this server only takes breach reports"
ERR_550_SENDER = "550 5.7.1 Sender domain not allowed to report to this mailbox"
ERR_552_SIZE = "552 5.3.4 Message too big for this mailbox"
ERR_554_NO_RCPT = "554 5.5.1 No valid recipients"

# aiosmtpd's own wording of refusals it makes before our handler is called.
_REWORD = {
    "552 Error: message size exceeds fixed maximum message size": ERR_552_SIZE,
    "552 Error: Too much mail data": ERR_552_SIZE,
    "530 Must issue a STARTTLS command first": ERR_530_TLS,
}


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower()


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    s = settings.smtp
    if not (s.tls_cert or s.tls_key):
        if s.require_tls:
            raise ConfigError("require_tls needs tls_cert and tls_key", file=settings.source,
                              key="smtp.require_tls")
        return None
    if not (s.tls_cert and s.tls_key):
        raise ConfigError("set both tls_cert and tls_key (or neither)", file=settings.source, key="smtp.tls_cert")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_cert_chain(s.tls_cert, s.tls_key)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"cannot load the TLS certificate/key: {exc}", file=settings.source,
                          key="smtp.tls_cert") from None
    return ctx


class BreachHandler:
    """aiosmtpd handler: mailbox policy and durable spooling.

    Holds every setting the listener uses, so :meth:`apply` (SIGHUP) changes the
    policy, limits, certificate and users of every new connection at once.
    (No attribute may start with ``auth_`` or ``handle_``: aiosmtpd treats those as hooks.)
    """

    def __init__(self, settings: Settings, spool: Spool,
                 on_spooled: Callable[[str], None] | None = None) -> None:
        self.spool = spool
        self.on_spooled = on_spooled
        self.active = 0                       # open connections
        self.by_peer: dict[str, int] = {}     # open connections per client address
        self.sent_by_peer: dict[str, deque[float]] = {}
        self.in_flight = 0                    # transactions between DATA and the reply
        self.closing = False
        self.connections: set[Any] = set()   # open BreachSMTP protocols (closed at shutdown)
        self.writers: ThreadPoolExecutor | None = None
        self.writer_threads = 0
        self.apply(settings)

    def apply(self, settings: Settings) -> None:
        """Take new settings; raises ConfigError (and changes nothing) if they cannot be used."""
        ctx = tls_context(settings)
        users = UsersAuthenticator.from_settings(settings)
        if users is not None and ctx is None:
            raise ConfigError("SMTP AUTH is only offered over TLS: set tls_cert and tls_key",
                              file=settings.source, key="smtp.auth_users_file")
        if settings.smtp.require_auth and users is None:
            raise ConfigError("require_auth needs auth_users_file", file=settings.source, key="smtp.require_auth")
        mb, sm = settings.mailbox, settings.smtp
        self.settings = settings
        self.tls = ctx
        self.users = users
        self.addresses = {a.strip().lower() for a in mb.addresses}
        self.sender_domains = {d.strip().lower().lstrip("@") for d in mb.allowed_sender_domains}
        self.max_bytes = mb.max_message_bytes
        self.max_rcpts = mb.max_recipients
        self.require_tls = sm.require_tls
        self.max_messages = sm.max_messages_per_connection
        self.max_connections = sm.max_connections
        self._size_writers(sm.max_connections)
        self.max_per_peer = sm.max_connections_per_client
        self.rate_per_peer = sm.max_messages_per_client_per_minute
        self.min_free = settings.min_free()

    def _size_writers(self, n: int) -> None:
        """The spool writes' own threads, one per connection allowed (started only as needed):
        a write never queues behind another one's fsync, nor behind a password hash (those run
        in the loop's default executor)."""
        if self.writers is not None and self.writer_threads >= n:
            return
        old, self.writers = self.writers, ThreadPoolExecutor(max_workers=n, thread_name_prefix="spool")
        self.writer_threads = n
        if old is not None:
            old.shutdown(wait=False)          # its writes under way finish; new ones go to the new one

    def close_writers(self) -> None:
        if self.writers is not None:
            self.writers.shutdown(wait=True)

    def low_on_disk(self, incoming: int = 0) -> bool:
        """Would storing ``incoming`` more bytes leave less than ``min_free`` (statvfs, no cache)?"""
        try:
            free = self.spool.free_bytes()
        except OSError:
            return True
        if free - incoming < self.min_free:
            log.warning("refused (452 4.3.1): %d MB free, keeping at least %d MB",
                        free // 1_048_576, self.min_free // 1_048_576)
            return True
        return False

    def _rate_exceeded(self, peer: str) -> bool:
        if not self.rate_per_peer:
            return False
        q = self.sent_by_peer.get(peer)
        if not q:
            return False
        cutoff = time.monotonic() - 60
        while q and q[0] < cutoff:
            q.popleft()
        return len(q) >= self.rate_per_peer

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: SmtpEnvelope,
                          address: str, mail_options: list[str]) -> str:
        if self.require_tls and not session.ssl:
            return ERR_530_TLS
        if self.low_on_disk():
            return ERR_452_STORAGE
        if getattr(session, "bd_messages", 0) >= self.max_messages:
            return ERR_421_LIMIT
        if self._rate_exceeded(_peer(session)):
            log.info("refused (450 4.7.1) rate limit peer=%s", _peer(session))
            return ERR_450_RATE
        if self.sender_domains and (not address or _domain(address) not in self.sender_domains):
            log.info("refused sender domain (550 5.7.1) peer=%s", _peer(session))
            return ERR_550_SENDER
        for opt in mail_options:
            if opt.upper().startswith("SIZE="):
                try:
                    if int(opt[5:]) > self.max_bytes:
                        return ERR_552_SIZE
                except ValueError:
                    return ERR_501_SIZE
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return OK

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: SmtpEnvelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address.strip().lower() not in self.addresses:
            log.info("refused recipient (550 5.1.1) peer=%s", _peer(session))
            return ERR_550_MAILBOX
        if len(envelope.rcpt_tos) >= self.max_rcpts:
            log.info("refused recipient (452 4.5.3) over %d peer=%s", self.max_rcpts, _peer(session))
            return ERR_452_RCPTS
        if self.low_on_disk():
            return ERR_452_STORAGE
        envelope.rcpt_tos.append(address)
        return OK_RCPT

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        if not envelope.rcpt_tos:
            return ERR_554_NO_RCPT
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        if len(content) > self.max_bytes:
            log.info("refused message (552 5.3.4) bytes=%d peer=%s", len(content), _peer(session))
            return ERR_552_SIZE
        if self.low_on_disk(len(content)):
            return ERR_452_STORAGE
        sender = envelope.mail_from or ""
        env = Envelope(mail_from="" if sender == "<>" else sender, rcpt_tos=list(envelope.rcpt_tos),
                       peer=_peer(session), received_at=iso(utcnow()), helo=session.host_name or "",
                       tls=bool(session.ssl),
                       auth_user=_login(session))
        loop = asyncio.get_running_loop()
        try:
            sid = await loop.run_in_executor(self.writers, self.spool.write, env, content)
        except SpoolError as exc:
            log.error("spool write failed, answered 451 4.3.0: %s", exc)
            return ERR_451_SPOOL
        session.bd_messages = getattr(session, "bd_messages", 0) + 1  # type: ignore[attr-defined]
        if self.rate_per_peer:
            self.sent_by_peer.setdefault(env.peer, deque()).append(time.monotonic())
        log.info("accepted spool=%s bytes=%d rcpts=%d tls=%s peer=%s", sid, len(content), len(env.rcpt_tos),
                 env.tls, env.peer)
        if self.on_spooled is not None:
            self.on_spooled(sid)
        return OK_QUEUED.format(sid=sid)


def _peer(session: Session) -> str:
    p = session.peer
    if isinstance(p, tuple) and p:
        return str(p[0])
    return str(p or "")


def _login(session: Session) -> str:
    if not session.authenticated:
        return ""
    login = getattr(session, "login_data", None)
    if isinstance(login, bytes):
        return login.decode("utf-8", "replace")
    return str(login or "")


class BreachSMTP(SMTP):
    """aiosmtpd's SMTP with connection caps, our reply wording and off-loop password checks."""

    line_length_limit = 1_000_000   # be liberal: a breach report is never refused for a long line

    def __init__(self, handler: BreachHandler, **kw: Any) -> None:
        super().__init__(handler, **kw)
        self.bd = handler
        self._peer_key = ""
        self._seen = False        # connection_made runs again on the same connection after STARTTLS
        self._counted = False
        self._pending_auth: tuple[str, Any] | None = None
        self._last_read = 0.0     # loop time of the last bytes from the client
        self._in_hook = 0         # our handler is working: the client is waiting for us, not idle
        self._junk = 0            # NOOP/RSET/VRFY/HELP since the last message accepted
        self._auth_failures = 0

    # -- timeouts: any data read restarts the clock, as in Postfix -------------------
    def data_received(self, data: bytes) -> None:
        if self.loop is not None:
            self._last_read = self.loop.time()
        super().data_received(data)

    def _timeout_cb(self) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        idle = self.loop.time() - self._last_read
        if self._in_hook or idle < self._timeout_duration:
            self._reset_timeout(self._timeout_duration - idle if not self._in_hook else self._timeout_duration)
            return
        log.info("timeout after %.0f s without data, answered 421 4.4.2 peer=%s", idle, self._peer_key)
        try:
            self.transport.write((ERR_421_TIMEOUT + "\r\n").encode())  # type: ignore[attr-defined]
        finally:
            self.transport.close()

    async def _call_handler_hook(self, command: str, *args: Any) -> Any:
        self._in_hook += 1
        try:
            return await super()._call_handler_hook(command, *args)
        finally:
            self._in_hook -= 1
            self._last_read = self.loop.time()

    # -- MAIL FROM / RCPT TO addresses -------------------------------------------------
    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's own parsing (same result, same refusals), without the ``typing.Protocol``
        class it defines on every call: building that class was a tenth of the event loop's
        time under load, on every MAIL and RCPT."""
        if not arg:
            return "", ""
        try:
            if arg.lstrip().startswith("<"):
                address, rest = get_angle_addr(arg)
            else:
                address, rest = get_addr_spec(arg)
        except HeaderParseError:
            return None, None
        addr = address.addr_spec
        localpart = addr.rpartition("@")[0]
        if self.local_part_limit and len(localpart) > self.local_part_limit:
            return None, None
        return addr, rest

    # -- commands that make no progress ----------------------------------------------
    async def _junk_over_limit(self) -> bool:
        self._junk += 1
        if self._junk <= self.bd.settings.smtp.junk_command_limit:
            return False
        log.info("too many commands without a message, answered 421 peer=%s", self._peer_key)
        await self.push(ERR_421_JUNK)
        return True

    async def smtp_NOOP(self, arg: str) -> None:
        if not await self._junk_over_limit():
            await super().smtp_NOOP(arg)

    async def smtp_RSET(self, arg: str) -> None:
        if not await self._junk_over_limit():
            await super().smtp_RSET(arg)

    async def smtp_VRFY(self, arg: str) -> None:
        if not await self._junk_over_limit():
            await super().smtp_VRFY(arg)

    async def smtp_HELP(self, arg: str) -> None:
        if not await self._junk_over_limit():
            await super().smtp_HELP(arg)

    # -- connection caps ---------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._seen:
            super().connection_made(transport)
            return
        self._seen = True
        peer = transport.get_extra_info("peername")
        key = str(peer[0]) if isinstance(peer, tuple) and peer else str(peer or "")
        refusal = None
        if self.bd.closing:
            refusal = ERR_421_SHUTDOWN
        elif self.bd.active >= self.bd.max_connections:
            refusal = ERR_421_BUSY
        elif self.bd.by_peer.get(key, 0) >= self.bd.max_per_peer:
            refusal = ERR_421_PEER
        if refusal is not None:
            log.info("refused connection (%s) peer=%s", refusal[:9], key)
            transport.write((refusal + "\r\n").encode())  # type: ignore[attr-defined]
            transport.close()
            return
        self._peer_key = key
        self._counted = True
        self.bd.active += 1
        self.bd.by_peer[key] = self.bd.by_peer.get(key, 0) + 1
        self.bd.connections.add(self)
        super().connection_made(transport)
        self._last_read = self.loop.time()

    def connection_lost(self, error: Exception | None) -> None:
        if self._counted:
            self._counted = False
            self.bd.connections.discard(self)
            self.bd.active -= 1
            n = self.bd.by_peer.get(self._peer_key, 1) - 1
            if n > 0:
                self.bd.by_peer[self._peer_key] = n
            else:
                self.bd.by_peer.pop(self._peer_key, None)
        if self.session is not None:
            super().connection_lost(error)

    # -- replies -----------------------------------------------------------
    async def push(self, status: Any) -> None:
        if isinstance(status, str):
            status = _REWORD.get(status, status)
        await super().push(status)
        if isinstance(status, str) and status.startswith("421") and self.transport is not None:
            self.transport.close()   # a 421 means we close the channel (RFC 5321 3.8)

    async def smtp_DATA(self, arg: str) -> None:
        if self.envelope is not None and self.envelope.rcpt_tos and self.bd.low_on_disk():
            await self.push(ERR_452_STORAGE)    # before the 354: the client keeps the message
            return
        self.bd.in_flight += 1
        queued = getattr(self.session, "bd_messages", 0)
        try:
            await super().smtp_DATA(arg)
        finally:
            self.bd.in_flight -= 1
        if getattr(self.session, "bd_messages", 0) > queued:
            self._junk = 0        # a message accepted is progress

    # -- AUTH: the password hash is slow on purpose, so check it in a thread --------
    def _authenticate(self, mechanism: str, auth_data: Any) -> AuthResult:
        self._pending_auth = (mechanism, auth_data)
        return AuthResult(success=False, handled=True)

    async def _checked(self, result: AuthResult) -> AuthResult:
        pending, self._pending_auth = self._pending_auth, None
        if pending is None:
            return result
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(None, SMTP._authenticate, self, *pending)
        if result.success:
            return result
        return await self._auth_failed(result)

    async def _auth_failed(self, result: AuthResult) -> AuthResult:
        """Delay every failure the same; the Nth on a connection is answered 421 and closes it."""
        self._auth_failures += 1
        sm = self.bd.settings.smtp
        if sm.auth_error_sleep_seconds:
            await asyncio.sleep(sm.auth_error_sleep_seconds)
        if self._auth_failures >= sm.auth_max_failures:
            log.info("AUTH failed %d times, answered 421 peer=%s", self._auth_failures, self._peer_key)
            return AuthResult(success=False, handled=False, message=ERR_421_AUTH)
        return result

    async def auth_PLAIN(self, server: Any, args: list[str]) -> AuthResult:
        return await self._checked(await super().auth_PLAIN(server, args))

    async def auth_LOGIN(self, server: Any, args: list[str]) -> AuthResult:
        return await self._checked(await super().auth_LOGIN(server, args))


def smtp_factory(settings: Settings, handler: BreachHandler, authenticator: Any = None) -> Callable[[], SMTP]:
    """A protocol factory for ``loop.create_server`` (and for aiosmtpd's Controller).

    Each new connection is built from the handler's current settings, so a SIGHUP
    reload applies to the next connection without dropping the ones open.
    """

    def make() -> SMTP:
        h = handler
        kw: dict[str, Any] = dict(
            data_size_limit=h.max_bytes, enable_SMTPUTF8=True, decode_data=False,
            hostname="breachdesk", ident="breachdesk ESMTP", timeout=h.settings.smtp.timeout_seconds,
        )
        if h.tls is not None:
            kw.update(tls_context=h.tls, require_starttls=h.require_tls)
        auth = authenticator or h.users
        if auth is not None:
            kw.update(authenticator=auth, auth_require_tls=True, auth_required=h.settings.smtp.require_auth)
        return BreachSMTP(h, **kw)

    return make
