"""The incident store: TinyDB for the queue, one detail document per incident.

Layout of the data directory (0700, files 0600)::

    incidents.json      TinyDB: table ``incidents`` (small queue rows), table ``meta``
    details/REF.json    identifiers, text sections, attachments, timeline, notes
    spool/              the daemon's spool (see ingest.spool)
    audit.jsonl         hash-chained audit log (see breachdesk.audit)
    .lock               the file lock every writer takes

Every write is atomic (temp file, fsync, rename, fsync of the directory) and made
under an exclusive file lock, so the daemon and several dashboards can write at
once without losing an update. Edits carry the version they were based on; a
stale edit raises :class:`StaleEditError` instead of overwriting someone else.
"""

from __future__ import annotations

import gc
import json
import os
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock
from tinydb import Query, TinyDB
from tinydb.storages import Storage

from breachdesk import crypto
from breachdesk.errors import NotFoundError, StaleEditError, StoreError
from breachdesk.model import ICO_DEADLINE, Incident, iso, utcnow

if TYPE_CHECKING:
    from breachdesk.crypto import Cipher

DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    try:
        if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
            os.chmod(path, DIR_MODE)
    except OSError as exc:
        raise StoreError(f"cannot set permissions on {path}: {exc.strerror}") from None


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically and durably with mode 0600."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads the file each time and replaces it atomically on write."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise StoreError(f"{self.path} is not valid JSON (line {getattr(exc, 'lineno', '?')})") from None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write_bytes(self.path, json.dumps(data, separators=(",", ":")).encode())

    def close(self) -> None:
        pass


Incident_ = Query()


class Store:
    """All reads and writes of incidents go through here (the TUI too, from workers)."""

    def __init__(self, root: Path, cipher: Cipher | None = None) -> None:
        self.root = Path(root)
        # Encryption at rest (breachdesk.crypto): with a cipher (or the data directory's own
        # keys/master.key), each detail document and the personal fields of each queue row
        # are sealed with the incident's own key.
        self._keyring = crypto.store_keyring(cipher, self.root)
        try:
            ensure_private_dir(self.root)
            ensure_private_dir(self.root / "details")
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {self.root}: {exc.strerror}") from None
        self.db_path = self.root / "incidents.json"
        self._lock = FileLock(str(self.root / ".lock"), thread_local=False, mode=FILE_MODE)
        self._cache: tuple[int, list[Incident]] | None = None

    @property
    def keyring(self) -> crypto.Keyring | None:
        if self._keyring is None:           # the daemon may make keys/master.key after we opened
            self._keyring = crypto.store_keyring(None, self.root)
        return self._keyring

    @property
    def cipher(self) -> Cipher | None:
        ring = self.keyring
        return ring.cipher if ring else None

    # -- locking ---------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[TinyDB]:
        with self._lock:
            db = TinyDB(str(self.db_path), storage=AtomicJSONStorage)
            try:
                yield db
            finally:
                db.close()

    def revision(self) -> int:
        """Changes whenever the queue changes (mtime in ns); cheap to poll."""
        try:
            return self.db_path.stat().st_mtime_ns
        except FileNotFoundError:
            return 0

    # -- queue -----------------------------------------------------------
    def list_incidents(self) -> list[Incident]:
        rev = self.revision()
        if self._cache and self._cache[0] == rev:
            return list(self._cache[1])
        storage = AtomicJSONStorage(str(self.db_path))
        # tens of thousands of new containers: the cyclic GC would rescan them again and
        # again while they are built (none of them is garbage), so pause it meanwhile
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            data = storage.read() or {}
            ring = self.keyring
            rows = [Incident.from_doc(crypto.open_row_fields(d, ring)) for d in (data.get("incidents") or {}).values()]
        finally:
            if paused:
                gc.enable()
        self._cache = (rev, rows)
        return list(rows)

    def get(self, ref: str) -> Incident:
        for inc in self.list_incidents():
            if inc.ref == ref:
                return inc
        raise NotFoundError(f"no incident {ref}")

    def find(self, *, spool_id: str = "", message_id: str = "", content_key: str = "") -> Incident | None:
        for inc in self.list_incidents():
            if spool_id and (inc.spool_id == spool_id or spool_id in inc.spool_ids):
                return inc
            if message_id and inc.original_message_id == message_id:
                return inc
            if content_key and inc.content_key == content_key:
                return inc
        return None

    def _next_ref(self, db: TinyDB, when: datetime) -> str:
        meta = db.table("meta")
        year = when.year
        row = meta.get(doc_id=1) or {}
        counters = dict(row.get("counters", {}))
        n = int(counters.get(str(year), 0)) + 1
        counters[str(year)] = n
        if row:
            meta.update({"counters": counters}, doc_ids=[1])
        else:
            meta.insert({"counters": counters})
        return f"BD-{year}-{n:06d}"

    def create(self, fields: dict[str, Any], detail: dict[str, Any], *, by: str = "breachdesk") -> Incident:
        """Create an incident; idempotent by ``spool_id`` (returns the existing one)."""
        with self.locked() as db:
            table = db.table("incidents")
            spool_id = fields.get("spool_id") or ""
            if spool_id:
                existing = table.get((Incident_.spool_id == spool_id)
                                     | Incident_.spool_ids.any([spool_id]))
                if existing:
                    return Incident.from_doc(crypto.open_row_fields(existing, self.keyring))
            received = datetime.fromisoformat(fields["received_at"]) if fields.get("received_at") else utcnow()
            ref = self._next_ref(db, received)
            now = iso(utcnow())
            known = Incident.__dataclass_fields__
            inc = Incident(
                ref=ref, received_at=iso(received), deadline=iso(received + ICO_DEADLINE),
                reporter=fields.get("reporter", ""), subject=fields.get("subject", ""),
                **{k: v for k, v in fields.items()
                   if k in known and k not in ("ref", "received_at", "deadline", "reporter", "subject")},
            )
            inc.updated_at = now
            if not inc.reporters and inc.reporter:
                inc.reporters = [inc.reporter]
            detail = dict(detail)
            detail["ref"] = ref
            # at the report's own arrival time: an imported message keeps its history
            detail.setdefault("timeline", []).insert(0, {"at": iso(received), "by": by, "action": "received",
                                                         "detail": "report received"})
            self._write_detail(ref, detail)
            table.insert(crypto.seal_row_fields(inc.to_doc(), self.keyring))
            return inc

    def update(self, ref: str, change: Callable[[Incident, dict[str, Any]], str | None], *,
               by: str, action: str, expected_version: int | None = None) -> Incident:
        """Apply ``change(incident, detail)`` under the lock and record it in the timeline.

        ``change`` mutates the incident row and/or the detail and returns the timeline
        text (or None for no timeline entry). Raises StaleEditError when
        ``expected_version`` is given and the stored version differs.
        """
        with self.locked() as db:
            table = db.table("incidents")
            doc = table.get(Incident_.ref == ref)
            if doc is None:
                raise NotFoundError(f"no incident {ref}")
            inc = Incident.from_doc(crypto.open_row_fields(doc, self.keyring))
            if expected_version is not None and inc.version != expected_version:
                raise StaleEditError(f"{ref} was changed by someone else (version {inc.version}, "
                                     f"you had {expected_version}); reloaded")
            detail = self._read_detail(ref)
            text = change(inc, detail)
            now = iso(utcnow())
            inc.version += 1
            inc.updated_at = now
            if text is not None:
                detail.setdefault("timeline", []).append({"at": now, "by": by, "action": action, "detail": text})
            self._write_detail(ref, detail)
            table.update(crypto.seal_row_fields(inc.to_doc(), self.keyring), Incident_.ref == ref)
            return inc

    # -- details ---------------------------------------------------------
    def _detail_path(self, ref: str) -> Path:
        if not ref.replace("-", "").isalnum():
            raise StoreError("bad incident reference")
        return self.root / "details" / f"{ref}.json"

    def _read_detail(self, ref: str) -> dict[str, Any]:
        try:
            detail = json.loads(self._detail_path(ref).read_bytes())
        except FileNotFoundError:
            return {"ref": ref, "timeline": []}
        except ValueError:
            raise StoreError(f"detail of {ref} is damaged") from None
        return crypto.open_detail(detail, self.keyring, ref)

    def _write_detail(self, ref: str, detail: dict[str, Any]) -> None:
        detail = crypto.seal_detail(detail, self.keyring, ref)
        atomic_write_bytes(self._detail_path(ref), json.dumps(detail, separators=(",", ":")).encode())

    def detail(self, ref: str) -> dict[str, Any]:
        return self._read_detail(ref)
