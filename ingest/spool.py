"""The durable spool between ``250 OK`` and the worker.

A spooled message is one file ``incoming/<id>.msg``: a JSON envelope line
(mail from, recipients, peer, received time) then the raw message bytes. It is
written to a temp file, fsynced, renamed into ``incoming/`` and the directory is
fsynced — only then does the SMTP handler answer 250. Ids sort by arrival, so the
worker takes messages in order. After the incident is stored the file moves to
``done/`` (kept for the retention period); a message that keeps failing moves to
``failed/`` once it has been filed as an "unparseable" or "analysis incomplete" incident
(``breachdesk queue retry`` moves it back).

What is stored starts with a ``Received:`` header of our own (peer, HELO, TLS, time), as
any MTA adds; the envelope keeps the SHA-256 of the bytes *as received*, so a sender that
lost our 250 and sends the same message again is recognised. While an analysis process
works on a message an ``<id>.active`` marker (its pid and start) sits beside it, so
``breachdesk queue`` can tell waiting from being analysed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from breachdesk.crypto import DecryptError, is_sealed, keyring_for, open_spool, reseal_spool_file
from breachdesk.errors import IngestError, SpoolError
from breachdesk.files import write_private
from breachdesk.store import FILE_MODE, ensure_private_dir, fsync_dir

if TYPE_CHECKING:
    from breachdesk.crypto import Cipher

_counter = itertools.count()
_counter_lock = threading.Lock()


@dataclass
class Envelope:
    mail_from: str = ""
    rcpt_tos: list[str] = field(default_factory=list)
    peer: str = ""
    received_at: str = ""      # ISO 8601 UTC
    helo: str = ""
    tls: bool = False
    auth_user: str = ""
    sha256: str = ""           # of the message as received (before our Received: header)


@dataclass
class SpooledMessage:
    id: str
    path: Path
    envelope: Envelope
    raw: bytes


class Spool:
    def __init__(self, root: Path, cipher: Cipher | None = None) -> None:
        self.root = Path(root)
        # Encryption at rest (breachdesk.crypto): with a cipher, each spool file is sealed
        # whole (envelope line and raw bytes); plaintext files spooled earlier still read.
        self.cipher = cipher
        self.incoming = self.root / "incoming"
        self.done = self.root / "done"
        self.failed = self.root / "failed"
        self.tmp = self.root / "tmp"
        for d in (self.root, self.incoming, self.done, self.failed, self.tmp):
            ensure_private_dir(d)

    def check_writable(self) -> None:
        """Raise SpoolError if a message could not be spooled right now."""
        probe = self.tmp / f".probe-{os.getpid()}"
        try:
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            os.close(fd)
            probe.unlink()
        except OSError as exc:
            raise SpoolError(f"spool {self.root} is not writable: {exc.strerror}") from None

    def free_bytes(self) -> int:
        """Free space for us on the spool's file system (statvfs: a cheap syscall)."""
        st = os.statvfs(self.root)
        return st.f_bavail * st.f_frsize

    @staticmethod
    def new_id() -> str:
        with _counter_lock:
            n = next(_counter)
        return f"{time.time_ns():020d}-{os.getpid()}-{n:06d}"

    def write(self, envelope: Envelope, raw: bytes) -> str:
        """Durably spool a message; returns its id. Raises SpoolError on any failure."""
        sid = self.new_id()
        if not envelope.sha256:
            envelope.sha256 = hashlib.sha256(raw).hexdigest()
        if envelope.peer and envelope.peer != "ingest":
            raw = received_header(envelope, sid) + raw
        head = json.dumps(asdict(envelope), separators=(",", ":")).encode() + b"\n"
        tmp = self.tmp / f"{sid}.msg"
        final = self.incoming / f"{sid}.msg"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            try:
                data = head + raw
                view = memoryview(self.cipher.seal(data) if self.cipher else data)
                while view:
                    n = os.write(fd, view)
                    view = view[n:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.rename(tmp, final)
            fsync_dir(self.incoming)
        except OSError as exc:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise SpoolError(f"cannot spool message: {exc.strerror or exc.__class__.__name__}") from None
        return sid

    def pending(self) -> list[str]:
        """Ids waiting in ``incoming/``, oldest first."""
        try:
            names = os.listdir(self.incoming)
        except FileNotFoundError:
            return []
        return sorted(n[:-4] for n in names if n.endswith(".msg"))

    def read(self, sid: str, where: str = "incoming") -> SpooledMessage:
        path = self.root / where / f"{sid}.msg"
        data = path.read_bytes()
        if is_sealed(data):        # encrypted: a missing or wrong key is a clear IngestError
            if self.cipher is None:
                raise IngestError(f"spool file {sid} is encrypted but no key is configured")
            try:
                data = open_spool(data, self.cipher, self.root.parent, what=f"spool file {sid}")
            except DecryptError as exc:
                raise IngestError(str(exc)) from None
        head, _, raw = data.partition(b"\n")
        try:
            fields = json.loads(head)
            env = Envelope(**{k: v for k, v in fields.items() if k in Envelope.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError):
            env, raw = Envelope(), data
        return SpooledMessage(sid, path, env, raw)

    def _move(self, sid: str, to: Path, *, durable: bool = True) -> None:
        src = self.incoming / f"{sid}.msg"
        try:
            os.replace(src, to / f"{sid}.msg")
        except FileNotFoundError:
            return
        if durable:
            fsync_dir(to)
            fsync_dir(self.incoming)
        self.clear_attempts(sid)
        self.clear_active(sid)

    def seal_for(self, sid: str, ref: str) -> None:
        """Once filed, re-encrypt the raw message with incident ``ref``'s own key, so that
        destroying that key (purge) shreds this copy too. A no-op without encryption."""
        ring = keyring_for(self.cipher, self.root.parent)
        if ring is not None:
            reseal_spool_file(self.incoming / f"{sid}.msg", ring, ref)

    def mark_done(self, sid: str) -> None:
        # Not fsynced: only a power cut can lose the rename, and then the message is back in
        # incoming/, where filing it again finds its incident and just moves it (idempotent).
        # Two directory fsyncs per report would slow every other report's 250.
        self._move(sid, self.done, durable=False)

    def mark_failed(self, sid: str) -> None:
        self._move(sid, self.failed)

    def retry_failed(self, sid: str) -> bool:
        """Put a failed message back in ``incoming/`` (attempts cleared); False if it is not there."""
        self.clear_attempts(sid)
        try:
            os.replace(self.failed / f"{sid}.msg", self.incoming / f"{sid}.msg")
        except FileNotFoundError:
            return False
        fsync_dir(self.incoming)
        fsync_dir(self.failed)
        return True

    def failed_ids(self) -> list[str]:
        try:
            return sorted(n[:-4] for n in os.listdir(self.failed) if n.endswith(".msg"))
        except FileNotFoundError:
            return []

    # -- which message an analysis process holds -------------------------
    def _active_path(self, sid: str) -> Path:
        return self.incoming / f"{sid}.active"

    def mark_active(self, sid: str, pid: int) -> None:
        """Note (not durable: it only informs ``breachdesk queue``) who analyses ``sid`` since when."""
        try:
            write_private(self._active_path(sid), f"{pid} {time.time():.3f}".encode())
        except OSError:
            pass

    def clear_active(self, sid: str) -> None:
        try:
            self._active_path(sid).unlink()
        except FileNotFoundError:
            pass

    def active(self) -> dict[str, tuple[int, float]]:
        """``{sid: (pid, started)}`` of the messages being analysed now."""
        out: dict[str, tuple[int, float]] = {}
        try:
            names = os.listdir(self.incoming)
        except FileNotFoundError:
            return out
        for n in names:
            if not n.endswith(".active"):
                continue
            try:
                pid, started = (self.incoming / n).read_text().split()
                out[n[:-7]] = (int(pid), float(started))
            except (OSError, ValueError):
                continue
        return out

    # -- retry bookkeeping ------------------------------------------------
    def _attempts_path(self, sid: str) -> Path:
        return self.incoming / f"{sid}.attempts"

    def attempts(self, sid: str) -> int:
        try:
            return int(self._attempts_path(sid).read_text() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def record_attempt(self, sid: str) -> int:
        """Count an attempt before it starts. Written, not fsynced: it must survive the death of
        the processes (the page cache does), not a power cut (then one attempt is forgotten)."""
        n = self.attempts(sid) + 1
        p = self._attempts_path(sid)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            os.write(fd, str(n).encode())
        finally:
            os.close(fd)
        return n

    def set_attempts(self, sid: str, n: int) -> None:
        """Take back an attempt that was not the analysis's fault (a storage error)."""
        if n <= 0:
            self.clear_attempts(sid)
            return
        write_private(self._attempts_path(sid), str(n).encode())

    def clear_attempts(self, sid: str) -> None:
        try:
            self._attempts_path(sid).unlink()
        except FileNotFoundError:
            pass

    def raw_path(self, sid: str) -> Path | None:
        for d in (self.incoming, self.done, self.failed):
            p = d / f"{sid}.msg"
            if p.exists():
                return p
        return None


def received_header(env: Envelope, sid: str) -> bytes:
    """Our trace header (RFC 5321 4.4): who handed the message over, how, and when.

    The HELO name is the client's and arbitrary: only printable ASCII of it is kept.
    """
    helo = "".join(ch for ch in env.helo[:100] if 33 <= ord(ch) < 127 and ch not in "()") or "unknown"
    try:
        when = datetime.fromisoformat(env.received_at) if env.received_at else datetime.now(timezone.utc)
    except ValueError:
        when = datetime.now(timezone.utc)
    date = format_datetime(when if when.tzinfo else when.replace(tzinfo=timezone.utc))
    proto = "ESMTPS" if env.tls else "ESMTP"
    auth = " (authenticated)" if env.auth_user else ""
    peer = "".join(ch for ch in env.peer if ch.isalnum() or ch in ".:[]-")
    return (f"Received: from {helo} ([{peer}]){auth}\r\n\tby breachdesk with {proto} id {sid}"
            f" (tls={'yes' if env.tls else 'no'});\r\n\t{date}\r\n").encode("ascii")
