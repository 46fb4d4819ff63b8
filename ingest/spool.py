"""The durable spool between ``250 OK`` and the worker.

A spooled message is one file ``incoming/<id>.msg``: a JSON envelope line
(mail from, recipients, peer, received time) then the raw message bytes. It is
written to a temp file, fsynced, renamed into ``incoming/`` and the directory is
fsynced — only then does the SMTP handler answer 250. Ids sort by arrival, so the
worker takes messages in order. After the incident is stored the file moves to
``done/`` (kept for the retention period); a message that keeps failing moves to
``failed/`` once it has been filed as an "unparseable" incident.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from breachdesk.crypto import DecryptError, is_sealed, keyring_for, open_spool, reseal_spool_file
from breachdesk.errors import IngestError, SpoolError
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

    @staticmethod
    def new_id() -> str:
        with _counter_lock:
            n = next(_counter)
        return f"{time.time_ns():020d}-{os.getpid()}-{n:06d}"

    def write(self, envelope: Envelope, raw: bytes) -> str:
        """Durably spool a message; returns its id. Raises SpoolError on any failure."""
        sid = self.new_id()
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
            env = Envelope(**json.loads(head))
        except (ValueError, TypeError):
            env, raw = Envelope(), data
        return SpooledMessage(sid, path, env, raw)

    def _move(self, sid: str, to: Path) -> None:
        src = self.incoming / f"{sid}.msg"
        try:
            os.replace(src, to / f"{sid}.msg")
        except FileNotFoundError:
            return
        fsync_dir(to)
        fsync_dir(self.incoming)
        self.clear_attempts(sid)

    def seal_for(self, sid: str, ref: str) -> None:
        """Once filed, re-encrypt the raw message with incident ``ref``'s own key, so that
        destroying that key (purge) shreds this copy too. A no-op without encryption."""
        ring = keyring_for(self.cipher, self.root.parent)
        if ring is not None:
            reseal_spool_file(self.incoming / f"{sid}.msg", ring, ref)

    def mark_done(self, sid: str) -> None:
        self._move(sid, self.done)

    def mark_failed(self, sid: str) -> None:
        self._move(sid, self.failed)

    # -- retry bookkeeping ------------------------------------------------
    def _attempts_path(self, sid: str) -> Path:
        return self.incoming / f"{sid}.attempts"

    def attempts(self, sid: str) -> int:
        try:
            return int(self._attempts_path(sid).read_text() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def record_attempt(self, sid: str) -> int:
        n = self.attempts(sid) + 1
        p = self._attempts_path(sid)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            os.write(fd, str(n).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        return n

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
