"""The incident store: the queue in memory (TinyDB), an fsynced journal, one detail per incident.

Layout of the data directory (0700, files 0600)::

    incidents.json      TinyDB snapshot of the queue: tables ``incidents`` (the rows) and
                        ``meta`` (store id, yearly ref counters, the journal ``seq`` it holds)
    incidents.journal   every change since the snapshot, one fsynced JSON line each: the
                        new row and the detail as written (see :mod:`breachdesk.journal`)
    store.id            the store's identity, written once when the store is made
    refs.counter        the yearly ref counters again, rewritten in place after every create
    details/REF.json    identifiers, text sections, attachments, timeline, notes — and the
                        incident's queue row (``queue_row``), so ``breachdesk doctor`` can
                        rebuild the queue from the details alone
    spool/  audit.jsonl retention.json …   (other modules' files)
    .lock               the file lock every writer takes

Why this shape: rewriting the whole queue file on every change made each write cost
grow with the store, and an emptied queue file looked like a new store (refs reused,
details overwritten). Now a change costs one journal append and one fsync, at any
size: the detail file is written without an fsync of its own, since the journal line
carries its bytes (a machine restart — a new boot id — restores from the journal any
detail that did not reach the disk). The journal is folded into a new snapshot once it
outgrows it (amortised constant cost): details synced, snapshot, then journal, so a
crash at any step replays to the same state. Because the journal keeps the details as
they were, a purge or a key rotation compacts at once. The counter lives in the snapshot, the journal and ``refs.counter``, and
the identity in ``store.id`` too: a queue file that is missing, empty or damaged while
any of them (or a detail) exists is refused, never taken for a new store.

Writers (the daemon, analysis workers, embedded CLI use) take the file lock, catch up
with the journal from where they last read (cheap), then append. Readers never lock:
they compare the journal's size and inode with what they have read and replay the
tail. Every :class:`Store` of one directory in a process shares one loaded queue.
Edits carry the version they were based on; a stale edit raises
:class:`StaleEditError` instead of overwriting someone else.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from filelock import FileLock
from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Document

from breachdesk import journal
from breachdesk.errors import NotFoundError, StaleEditError, StoreError
from breachdesk.files import (
    BOOT_ID,
    DIR_MODE,
    FILE_MODE,
    atomic_write_bytes,
    ensure_private_dir,
    file_sig,
    fsync_dir,
    remove_stale_temporaries,
    sync_filesystem,
)
from breachdesk.model import ICO_DEADLINE, Incident, iso, utcnow
from breachdesk.queue_table import MemQueue, QueueDB

if TYPE_CHECKING:
    from breachdesk import crypto
    from breachdesk.crypto import Cipher

# other modules take these from here, as before the store had a files module
__all__ = ["BOOT_ID", "DIR_MODE", "FILE_MODE", "AtomicJSONStorage", "Store", "atomic_write_bytes",
           "ensure_private_dir", "fsync_dir", "sync_filesystem"]

log = logging.getLogger("breachdesk.store")

SNAPSHOT = "incidents.json"
JOURNAL = "incidents.journal"
IDENTITY = "store.id"
COUNTER = "refs.counter"
ROW_KEY = "queue_row"               # the incident's row, kept in its detail for `doctor`
JOURNAL_MIN_BYTES = 4 << 20         # compact when the journal passes max(this, the snapshot)
COUNTER_BYTES = 512                 # refs.counter is one padded JSON document of this size
DAMAGED = "the queue file is damaged or missing; run `breachdesk doctor`"


class AtomicJSONStorage(Storage):
    """TinyDB storage for the snapshot: read whole, replaced atomically on write."""

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
            data = json.loads(raw)
        except ValueError:
            raise StoreError(DAMAGED) from None
        if not isinstance(data, dict):
            raise StoreError(DAMAGED)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write_bytes(self.path, json.dumps(data, separators=(",", ":")).encode())

    def close(self) -> None:
        pass


class _Shared:
    """One per data directory per process: the lock, the mutex and the loaded queue."""

    def __init__(self, root: Path) -> None:
        self.lock = FileLock(str(root / ".lock"), thread_local=False, mode=FILE_MODE)
        self.mutex = threading.RLock()      # threads of this process (the file lock is per process)
        self.depth = 0
        self.queue: MemQueue | None = None
        self.problems: list[str] = []
        self.compacting = threading.Lock()  # one compaction at a time in this process
        self.compact_due = False
        self.direct_writes = False          # a detail written outside a journalled change


_SHARED: dict[str, _Shared] = {}
_SHARED_LOCK = threading.Lock()


def _shared_for(root: Path) -> _Shared:
    key = os.path.realpath(root)
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = _Shared(root)
        return _SHARED[key]


def _forget_after_fork() -> None:
    global _SHARED_LOCK
    _SHARED.clear()
    _SHARED_LOCK = threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)


class _Retry(Exception):
    """A compaction ran while we read without the lock: read again (or take the lock)."""


class _NeedLock(Exception):
    """Loading has to write (a new store, an old queue to adopt, details to restore)."""


def _crypto() -> Any:
    """:mod:`breachdesk.crypto`, imported when a store is opened: a client of the guardian's API
    imports this module (through :mod:`breachdesk.actions`) but never opens a store, and
    ``cryptography``'s import is a tenth of the dashboard's start."""
    from breachdesk import crypto

    return crypto


class Store:
    """All reads and writes of incidents go through here (the TUI too, from workers)."""

    def __init__(self, root: Path, cipher: Cipher | None = None) -> None:
        self.root = Path(root)
        # Encryption at rest (breachdesk.crypto): with a cipher (or the data directory's own
        # keys/master.key), each detail document and the personal fields of each queue row
        # are sealed with the incident's own key: in the details, the journal and the snapshot.
        self._keyring = _crypto().store_keyring(cipher, self.root)
        try:
            ensure_private_dir(self.root)
            ensure_private_dir(self.root / "details")
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {self.root}: {exc.strerror}") from None
        self.db_path = self.root / SNAPSHOT
        self.journal_path = self.root / JOURNAL
        self.identity_path = self.root / IDENTITY
        self.counter_path = self.root / COUNTER
        self._shared = _shared_for(self.root)

    def rekey(self, cipher: Cipher | None) -> None:
        """Encrypt with ``cipher`` from now on (the guardian, after a key rotation it made itself)."""
        self._keyring = _crypto().store_keyring(cipher, self.root)

    @property
    def keyring(self) -> crypto.Keyring | None:
        if self._keyring is None:           # the daemon may make keys/master.key after we opened
            self._keyring = _crypto().store_keyring(None, self.root)
        return self._keyring

    @property
    def cipher(self) -> Cipher | None:
        ring = self.keyring
        return ring.cipher if ring else None

    def _open_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return _crypto().open_row_fields(row, self.keyring)

    def _seal_row(self, inc: Incident) -> dict[str, Any]:
        return _crypto().seal_row_fields(inc.to_doc(), self.keyring)

    @property
    def problems(self) -> list[str]:
        """What loading noticed and got past (a torn last journal line): for `doctor`."""
        return list(self._shared.problems)

    # -- locking ---------------------------------------------------------
    @contextmanager
    def _file_lock(self) -> Iterator[None]:
        sh = self._shared
        with sh.mutex, sh.lock:
            sh.depth += 1
            try:
                yield
            finally:
                sh.depth -= 1

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the store's lock across a read and the writes that depend on it (check, then act).

        Every process writing this data directory takes the same file lock, and the lock is
        reentrant here, so the ``create``/``update`` calls made while holding it go ahead.
        """
        with self._file_lock():
            yield

    @contextmanager
    def locked(self) -> Iterator[TinyDB]:
        """Hold the store's lock, with the queue caught up; yields the in-memory TinyDB.

        Details written directly meanwhile (``_write_detail``, as key rotation does) leave
        the journal holding their older copies: it is compacted before the lock goes.
        """
        sh = self._shared
        with self._file_lock():
            q = self._refresh(locked=True)
            yield q.db
            if sh.direct_writes and sh.depth == 1:
                sh.direct_writes = False
                self._compact(self._refresh(locked=True))

    def revision(self) -> int:
        """Changes whenever the queue changes (journal and snapshot stat); cheap to poll."""
        return hash((file_sig(self.journal_path), file_sig(self.db_path))) & (2**62 - 1)

    # -- queue -----------------------------------------------------------
    def list_incidents(self) -> list[Incident]:
        with self._shared.mutex:
            return list(self._refresh(locked=False).rows.values())

    def get(self, ref: str) -> Incident:
        with self._shared.mutex:
            inc = self._refresh(locked=False).rows.get(ref)
        if inc is None:
            raise NotFoundError(f"no incident {ref}")
        return inc

    def find(self, *, spool_id: str = "", message_id: str = "", content_key: str = "") -> Incident | None:
        with self._shared.mutex:
            q = self._refresh(locked=False)
            return (q.first(q.by_spool, spool_id) or q.first(q.by_message, message_id)
                    or q.first(q.by_content, content_key))

    def create(self, fields: dict[str, Any], detail: dict[str, Any], *, by: str = "breachdesk") -> Incident:
        """Create an incident; idempotent by ``spool_id`` (returns the existing one).

        The ref is allocated by the journal record that creates the incident: if any
        write fails, nothing is created and the ref is not used up.
        """
        inc = self._create(fields, detail, by=by)
        self._compact_if_due()
        return inc

    def update(self, ref: str, change: Callable[[Incident, dict[str, Any]], str | None], *,
               by: str, action: str, expected_version: int | None = None) -> Incident:
        """Apply ``change(incident, detail)`` under the lock and record it in the timeline.

        ``change`` mutates the incident row and/or the detail and returns the timeline
        text (or None for no timeline entry). Raises StaleEditError when
        ``expected_version`` is given and the stored version differs.
        """
        inc = self._update(ref, change, by=by, action=action, expected_version=expected_version)
        self._compact_if_due()
        return inc

    def _create(self, fields: dict[str, Any], detail: dict[str, Any], *, by: str) -> Incident:
        with self._file_lock():
            q = self._refresh(locked=True)
            existing = q.first(q.by_spool, fields.get("spool_id") or "")
            if existing is not None:
                return existing
            received = datetime.fromisoformat(fields["received_at"]) if fields.get("received_at") else utcnow()
            year = str(received.year)
            n = q.counters.get(year, 0) + 1
            ref = f"BD-{year}-{n:06d}"
            inc = _new_incident(ref, received, fields)
            detail = dict(detail)
            detail["ref"] = ref
            # at the report's own arrival time: an imported message keeps its history
            detail.setdefault("timeline", []).insert(0, {"at": inc.received_at, "by": by, "action": "received",
                                                         "detail": "report received"})
            row = self._seal_row(inc)          # as stored everywhere: personal fields sealed
            detail[ROW_KEY] = row
            if self._detail_path(ref).exists():
                raise StoreError(f"details/{ref}.json exists but the queue never issued {ref}; "
                                 "run `breachdesk doctor`")
            written = self._write_change_detail(ref, detail)
            try:
                self._commit(q, {"op": "create", "ref": ref, "row": row, "counters": {year: n}}, written)
            except BaseException:
                self._restore_detail(ref, None)
                raise
            self._index_persons(ref, detail)
            self._write_counter(q)
            self._maybe_compact(q)
            return inc

    def _update(self, ref: str, change: Callable[[Incident, dict[str, Any]], str | None], *,
                by: str, action: str, expected_version: int | None) -> Incident:
        with self._file_lock():
            q = self._refresh(locked=True)
            current = q.rows.get(ref)
            if current is None:
                raise NotFoundError(f"no incident {ref}")
            inc = _clone(current)                  # memory changes only when the change commits
            if expected_version is not None and inc.version != expected_version:
                raise StaleEditError(f"{ref} was changed by someone else (version {inc.version}, "
                                     f"you had {expected_version}); reloaded")
            before = self._detail_raw(ref)
            detail = self._open_detail(ref, before)
            idents_before = _identifiers_sig(detail)
            text = change(inc, detail)
            now = iso(utcnow())
            inc.version += 1
            inc.updated_at = now
            if text is not None:
                detail.setdefault("timeline", []).append({"at": now, "by": by, "action": action, "detail": text})
            row = self._seal_row(inc)
            detail[ROW_KEY] = row
            written = self._write_change_detail(ref, detail)
            try:
                self._commit(q, {"op": "update", "ref": ref, "row": row}, written)
            except BaseException:
                self._restore_detail(ref, before)
                raise
            if _identifiers_sig(detail) != idents_before:          # rescored or purged: re-index
                self._index_persons(ref, detail)
            self._maybe_compact(q)
            return inc

    def _index_persons(self, ref: str, detail: dict[str, Any]) -> None:
        """The person-search index (:mod:`breachdesk.person_index`) learns the incident's identifiers.

        A failure does not undo the filing (the incident is safe); it is logged without values,
        and ``breachdesk search --reindex`` rebuilds the index.
        """
        from breachdesk.person_index import index_incident

        try:
            index_incident(self.root, ref, detail)
        except (OSError, StoreError) as exc:
            log.error("person index: %s not indexed (%s); run breachdesk search --reindex", ref,
                      exc.__class__.__name__)

    def compact(self) -> None:
        """Fold the journal into a new snapshot, holding the lock only to copy and to swap.

        The slow part (syncing the details, writing the snapshot) runs without the lock,
        so other writers go on meanwhile; their records are carried over into the new
        journal. Called by the writer whose change took the journal past its size (after
        its change is done), or by the daemon when idle. One compaction at a time.
        """
        sh = self._shared
        if not sh.compacting.acquire(blocking=False):
            return
        try:
            with self._file_lock():
                q = self._refresh(locked=True)
                sh.compact_due = False
                meta, start, ino, snap_sig = q.meta(), q.offset, q.ino, q.snap_sig
                table = dict(q.db.storage.read()["incidents"])   # rows are replaced, never changed
            remove_stale_temporaries(self.root)
            sync_filesystem(self.root / "details")
            tmp = self.db_path.with_name(f".{self.db_path.name}.compact.{os.getpid()}.tmp")
            data = json.dumps({"incidents": table, "meta": {"1": meta}}, separators=(",", ":")).encode()
            atomic_write_bytes(tmp, data)       # durable, under a name nobody reads
            with self._file_lock():
                q = self._refresh(locked=True)
                if (q.ino, q.snap_sig) != (ino, snap_sig):   # another process compacted meanwhile
                    tmp.unlink(missing_ok=True)
                    return
                os.replace(tmp, self.db_path)
                fsync_dir(self.root)
                q.snap_sig = file_sig(self.db_path)
                q.db.table("meta").upsert(Document(meta, doc_id=1))
                self._new_journal(q, meta["seq"], os.pread(q.fh.fileno(), q.offset - start, start))
        finally:
            sh.compacting.release()

    def _compact_if_due(self) -> None:
        if self._shared.compact_due:
            try:
                self.compact()
            except (OSError, StoreError) as exc:
                log.warning("compaction failed (%s); the journal keeps growing", exc)

    # -- reading the files -------------------------------------------------
    def _refresh(self, *, locked: bool) -> MemQueue:
        """The queue, caught up with the journal (cheap when nothing changed)."""
        sh = self._shared
        q = sh.queue
        if q is not None and self._still_good(q, locked):
            return q
        sh.queue = None
        if q is not None:
            q.fh.close()
        sh.queue = self._load(locked=locked)
        return sh.queue

    def _still_good(self, q: MemQueue, locked: bool) -> bool:
        """Bring ``q`` up to date from the journal; False when only a full load will do."""
        snap = file_sig(self.db_path)
        try:
            st = os.stat(self.journal_path)
        except FileNotFoundError:
            return False
        if snap[1] == 0:
            return False                          # the queue file is gone or empty: let loading say so
        if st.st_ino != q.ino:
            return self._switch_journal(q, snap, locked)   # another process compacted
        if snap != q.snap_sig and locked:
            return False                          # the snapshot changed but not by a compaction
        # (without the lock a changed snapshot beside the same journal is a compaction half done)
        return st.st_size == q.offset or (st.st_size > q.offset and self._catch_up(q, st.st_size, locked))

    def _switch_journal(self, q: MemQueue, snap: tuple[int, int, int], locked: bool) -> bool:
        """After another process's compaction: we hold all it folded in, so take its journal."""
        try:
            fh = open(self.journal_path, "rb", buffering=0)  # noqa: SIM115 - handed to the MemQueue
        except FileNotFoundError:
            return False
        try:
            head = journal.read_head(fh)
        except StoreError:
            fh.close()
            return False
        if head.store_id != q.store_id or head.base_seq > q.seq:
            fh.close()
            return False
        q.fh.close()
        q.fh, q.ino, q.offset = fh, os.fstat(fh.fileno()).st_ino, head.end
        if not self._catch_up(q, os.fstat(fh.fileno()).st_size, locked, known_skipped=True):
            return False
        q.snap_sig = snap
        return True

    def _catch_up(self, q: MemQueue, size: int, locked: bool, *, known_skipped: bool = False) -> bool:
        """Replay the journal from where we were; False when a full reload is needed.

        ``known_skipped``: a journal carried over by a compaction may start with records
        we have already applied; they are skipped.
        """
        tail = journal.read_tail(q.fh, q.offset, size)
        if tail.misaligned or tail.damaged_at >= 0:
            return False
        for rec in tail.records:
            if known_skipped and rec["seq"] <= q.seq:
                continue
            if rec["seq"] != q.seq + 1:
                return False
            self._apply(q, rec)
        q.offset = tail.end
        if tail.pending and locked:
            self._drop_torn(q, tail.pending)
        return True

    def _load(self, *, locked: bool) -> MemQueue:
        # tens of thousands of new containers, none of them garbage: the cyclic GC would
        # rescan them again and again while they are built, so pause it, then freeze them
        # (later collections skip them: no pauses that grow with the store)
        paused = gc.isenabled()
        gc.disable()
        try:
            q = self._load_unpaused(locked=locked)
        finally:
            if paused:
                gc.enable()
        gc.freeze()
        return q

    def _load_unpaused(self, *, locked: bool) -> MemQueue:
        for _ in range(3):
            try:
                return self._load_once(locked=locked)
            except _Retry:
                if locked:
                    raise StoreError(DAMAGED) from None
            except _NeedLock:
                break
        with self._file_lock():
            return self._load_once(locked=True)

    def _load_once(self, *, locked: bool) -> MemQueue:
        snap_sig = file_sig(self.db_path)
        data = AtomicJSONStorage(str(self.db_path)).read()
        if data is None:
            if self._has_history():
                raise StoreError(DAMAGED)
            if not locked:
                raise _NeedLock
            data = self._init_store()
            snap_sig = file_sig(self.db_path)
        meta = ((data.get("meta") or {}).get("1") or {})
        if not meta.get("store_id"):
            if not locked:
                raise _NeedLock
            data = self._adopt(data)
            snap_sig = file_sig(self.db_path)
            meta = data["meta"]["1"]
        try:
            fh = open(self.journal_path, "rb", buffering=0)  # noqa: SIM115 - held by the MemQueue
        except FileNotFoundError:
            raise StoreError(DAMAGED) from None
        try:
            q = self._replay(data, meta, fh, snap_sig, locked)
        except BaseException:
            fh.close()
            raise
        self._check_identity(q)
        if q.redo:
            if not locked:
                fh.close()
                raise _NeedLock
            self._restore_from_journal(q)
        return q

    def _restore_from_journal(self, q: MemQueue) -> None:
        """After a restart: rewrite details whose last journalled version did not reach the disk."""
        restored = 0
        for ref, (version, sealed) in q.redo.items():
            try:
                on_disk = json.loads(self._detail_path(ref).read_bytes())
                current = int((on_disk.get(ROW_KEY) or on_disk).get("version") or 0)   # sealed: header
            except (FileNotFoundError, ValueError, AttributeError, TypeError):
                current = -1
            if current < version:
                atomic_write_bytes(self._detail_path(ref), json.dumps(sealed, separators=(",", ":")).encode(),
                                   durable=False)
                restored += 1
        if restored:
            log.warning("restored %d detail document(s) from the journal after a restart", restored)
        q.redo.clear()
        self._compact(q)

    def _replay(self, data: dict[str, Any], meta: dict[str, Any], fh: IO[bytes],
                snap_sig: tuple[int, int, int], locked: bool) -> MemQueue:
        head = journal.read_head(fh)
        seq = int(meta.get("seq") or 0)
        if head.store_id != meta["store_id"]:
            raise StoreError("the journal belongs to another store; run `breachdesk doctor`")
        if head.base_seq > seq:
            raise _Retry                  # a newer journal than this snapshot: compaction raced us
        st = os.fstat(fh.fileno())
        q = MemQueue(db=QueueDB(storage=MemoryStorage), store_id=meta["store_id"], seq=seq,
                   counters={str(k): int(v) for k, v in (meta.get("counters") or {}).items()},
                   created_at=str(meta.get("created_at") or ""), fh=fh, ino=st.st_ino,
                   offset=head.end, snap_sig=snap_sig, open_row=self._open_row)
        q.load(data.get("incidents") or {})
        q.db.table("meta").insert(Document(meta, doc_id=1))
        tail = journal.read_tail(fh, head.end, st.st_size)
        if tail.damaged_at >= 0:
            raise StoreError(f"the journal is damaged at byte {tail.damaged_at}; run `breachdesk doctor`")
        for rec in tail.records:
            if rec["seq"] <= q.seq:
                continue
            if rec["seq"] != q.seq + 1:
                raise StoreError(f"the journal skips from record {q.seq} to {rec['seq']}; "
                                 "run `breachdesk doctor`")
            self._apply(q, rec)
        q.offset = tail.end
        if tail.pending and locked:
            self._drop_torn(q, tail.pending)
        self._raise_to_counter_file(q)
        return q

    def _apply(self, q: MemQueue, rec: dict[str, Any]) -> None:
        row = rec.get("row")
        if rec.get("op") in ("create", "update") and isinstance(row, dict) and row.get("ref"):
            q.put(row)
            if isinstance(rec.get("detail"), dict) and rec.get("boot") != BOOT_ID:
                q.redo[row["ref"]] = (int(row.get("version") or 0), rec["detail"])
            else:
                q.redo.pop(row["ref"], None)
        for year, n in (rec.get("counters") or {}).items():
            q.counters[str(year)] = max(q.counters.get(str(year), 0), int(n))
        q.seq = rec["seq"]

    def _drop_torn(self, q: MemQueue, nbytes: int) -> None:
        """A writer died mid-append: cut its half line off before anyone appends after it."""
        text = (f"the journal's last line was incomplete ({nbytes} bytes after record {q.seq}, "
                "a write that did not finish); ignored")
        log.warning("%s", text)
        self._shared.problems.append(text)
        journal.truncate(self.journal_path, q.offset)

    def _has_history(self) -> bool:
        """Is there anything that says a store lived here (so an empty queue is damage)?"""
        if self.identity_path.exists() or self.counter_path.exists():
            return True
        try:
            with open(self.journal_path, "rb") as fh:
                fh.readline(4096)
                if fh.read(1):
                    return True                 # records after the header
        except FileNotFoundError:
            pass
        with os.scandir(self.root / "details") as it:
            return any(e.name.endswith(".json") for e in it)

    # -- identity and counter ----------------------------------------------
    def _init_store(self) -> dict[str, Any]:
        """A brand-new store: journal, snapshot, then identity and counter (crash-safe order)."""
        meta = {"store_id": uuid.uuid4().hex, "seq": 0, "counters": {}, "created_at": iso(utcnow())}
        journal.replace(self.journal_path, meta["store_id"], 0)
        data: dict[str, Any] = {"incidents": {}, "meta": {"1": meta}}
        AtomicJSONStorage(str(self.db_path)).write(data)
        self._write_identity(meta)
        self._write_counter_doc(meta["store_id"], {})
        log.info("made a new store (id %s) in %s", meta["store_id"], self.root)
        return data

    def _adopt(self, data: dict[str, Any]) -> dict[str, Any]:
        """A queue file from before the journal (or a bench build): give it identity and journal."""
        identity = self._read_identity()
        old = ((data.get("meta") or {}).get("1") or {})
        counters = {str(k): int(v) for k, v in (old.get("counters") or {}).items()}
        meta = {"store_id": (identity or {}).get("store_id") or uuid.uuid4().hex, "seq": 0,
                "counters": counters, "created_at": (identity or {}).get("created_at") or iso(utcnow())}
        if identity is None:
            self._write_identity(meta)
        journal.replace(self.journal_path, meta["store_id"], 0)
        data = {"incidents": data.get("incidents") or {}, "meta": {"1": meta}}
        AtomicJSONStorage(str(self.db_path)).write(data)
        self._write_counter_doc(meta["store_id"], counters)
        log.info("gave the existing queue an identity (store id %s) and a journal", meta["store_id"])
        return data

    def _read_identity(self) -> dict[str, Any] | None:
        try:
            doc = json.loads(self.identity_path.read_bytes())
        except FileNotFoundError:
            return None
        except ValueError:
            raise StoreError(f"{IDENTITY} is damaged; run `breachdesk doctor`") from None
        return doc if isinstance(doc, dict) and doc.get("store_id") else None

    def _write_identity(self, meta: dict[str, Any]) -> None:
        doc = {"store_id": meta["store_id"], "created_at": meta["created_at"]}
        atomic_write_bytes(self.identity_path, json.dumps(doc).encode())

    def _check_identity(self, q: MemQueue) -> None:
        identity = self._read_identity()
        if identity is None:
            self._write_identity(q.meta())   # a crash between the snapshot and it at init
        elif identity["store_id"] != q.store_id:
            raise StoreError(f"the queue file belongs to another store (not {IDENTITY}'s); "
                             "run `breachdesk doctor`")

    def read_counter_file(self) -> dict[str, int]:
        try:
            doc = json.loads(self.counter_path.read_bytes())
            return {str(k): int(v) for k, v in (doc.get("counters") or {}).items()}
        except FileNotFoundError:
            return {}
        except (ValueError, AttributeError, TypeError):
            text = f"{COUNTER} is damaged; the journal's counters are used"
            if text not in self._shared.problems:
                self._shared.problems.append(text)
            return {}

    def _raise_to_counter_file(self, q: MemQueue) -> None:
        for year, n in self.read_counter_file().items():
            if n > q.counters.get(year, 0):
                q.counters[year] = n

    def _write_counter_doc(self, store_id: str, counters: dict[str, int], *, durable: bool = True) -> None:
        """Rewrite ``refs.counter`` in place (one page, padded): cheap enough for every create.

        After a create it is not fsynced (``durable=False``): the fsynced journal line is
        the commit and holds the same counter; this file is the backstop that outlives a
        lost queue, flushed by the kernel within seconds and fsynced at each compaction.
        """
        doc = json.dumps({"store_id": store_id, "counters": counters}).encode()
        if len(doc) >= COUNTER_BYTES:
            atomic_write_bytes(self.counter_path, doc)
            return
        fd = os.open(self.counter_path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
        try:
            os.pwrite(fd, doc.ljust(COUNTER_BYTES), 0)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)

    def _write_counter(self, q: MemQueue, *, durable: bool = False) -> None:
        """After a create is committed: a failure here loses nothing (the journal has it)."""
        try:
            self._write_counter_doc(q.store_id, q.counters, durable=durable)
        except OSError as exc:
            log.warning("could not update %s (%s); the journal holds the counter", COUNTER, exc.strerror)

    # -- writing -------------------------------------------------------------
    def _commit(self, q: MemQueue, rec: dict[str, Any], detail_json: bytes) -> None:
        """The durable point of every change: one fsynced journal line, then memory.

        The line carries the row and the detail exactly as written to its file, so a
        detail that had not reached the disk when the machine stopped is restored.
        """
        rec = {"seq": q.seq + 1, **rec, "boot": BOOT_ID}
        line = journal.encode(rec, detail_json)
        journal.append(self.journal_path, q.offset, line)
        q.offset += len(line)
        self._apply(q, {**rec, "row": json.loads(json.dumps(rec["row"]))})   # shares nothing with the caller

    def _maybe_compact(self, q: MemQueue) -> None:
        if q.offset > max(JOURNAL_MIN_BYTES, q.snap_sig[1]):
            self._shared.compact_due = True

    def _compact(self, q: MemQueue) -> None:
        """Details synced, snapshot (atomic), then a fresh journal: a crash anywhere replays the same."""
        sync_filesystem(self.root / "details")
        q.db.table("meta").upsert(Document(q.meta(), doc_id=1))
        AtomicJSONStorage(str(self.db_path)).write(q.db.storage.read())
        q.snap_sig = file_sig(self.db_path)
        self._new_journal(q, q.seq)

    def _new_journal(self, q: MemQueue, base_seq: int, carried: bytes = b"") -> None:
        """Replace the journal by one holding only the records after ``base_seq`` (``carried``)."""
        self._write_counter(q, durable=True)
        journal.replace(self.journal_path, q.store_id, base_seq, carried)
        q.fh.close()
        q.fh = open(self.journal_path, "rb", buffering=0)  # noqa: SIM115 - held by the MemQueue
        q.ino = os.fstat(q.fh.fileno()).st_ino
        q.offset = journal.read_head(q.fh).end + len(carried)

    # -- details ---------------------------------------------------------
    def _detail_path(self, ref: str) -> Path:
        if not ref.replace("-", "").isalnum():
            raise StoreError("bad incident reference")
        return self.root / "details" / f"{ref}.json"

    def _detail_raw(self, ref: str) -> bytes | None:
        try:
            return self._detail_path(ref).read_bytes()
        except FileNotFoundError:
            return None

    def _open_detail(self, ref: str, raw: bytes | None) -> dict[str, Any]:
        if raw is None:
            return {"ref": ref, "timeline": []}
        try:
            detail = json.loads(raw)
        except ValueError:
            raise StoreError(f"detail of {ref} is damaged") from None
        return _crypto().open_detail(detail, self.keyring, ref)

    def _read_detail(self, ref: str) -> dict[str, Any]:
        return self._open_detail(ref, self._detail_raw(ref))

    def _seal_detail(self, ref: str, detail: dict[str, Any]) -> dict[str, Any]:
        return _crypto().seal_detail(detail, self.keyring, ref)

    def _write_change_detail(self, ref: str, detail: dict[str, Any]) -> bytes:
        """The detail of a journalled change (before its line commits it)."""
        try:
            return self._write_detail(ref, detail, durable=not BOOT_ID, journalled=True)
        except OSError as exc:
            raise StoreError(f"cannot write details/{ref}.json: {exc.strerror}") from None

    def _write_detail(self, ref: str, detail: dict[str, Any], *, durable: bool = True,
                      journalled: bool = False) -> bytes:
        """Seal and write a detail; returns the bytes written (a journalled change's line carries them)."""
        data = json.dumps(self._seal_detail(ref, detail), separators=(",", ":")).encode()
        atomic_write_bytes(self._detail_path(ref), data, durable=durable)
        if not journalled:
            self._shared.direct_writes = True
        return data

    def _restore_detail(self, ref: str, raw: bytes | None) -> None:
        """Put a detail back as it was before a change that did not commit (best effort)."""
        try:
            if raw is None:
                self._detail_path(ref).unlink(missing_ok=True)
            else:
                atomic_write_bytes(self._detail_path(ref), raw, durable=False)
        except OSError as exc:
            log.warning("%s: could not restore its detail after a failed write (%s)", ref, exc.strerror)

    def detail(self, ref: str) -> dict[str, Any]:
        with self._shared.mutex:
            self._refresh(locked=False)        # after a restart, details are put right first
        detail = self._read_detail(ref)
        detail.pop(ROW_KEY, None)
        return detail


def _new_incident(ref: str, received: datetime, fields: dict[str, Any]) -> Incident:
    known = Incident.__dataclass_fields__
    inc = Incident(
        ref=ref, received_at=iso(received), deadline=iso(received + ICO_DEADLINE),
        reporter=fields.get("reporter", ""), subject=fields.get("subject", ""),
        **{k: v for k, v in fields.items()
           if k in known and k not in ("ref", "received_at", "deadline", "reporter", "subject")},
    )
    inc.updated_at = iso(utcnow())
    if not inc.reporters and inc.reporter:
        inc.reporters = [inc.reporter]
    return json_copy(inc)


def _identifiers_sig(detail: dict[str, Any]) -> int:
    """A cheap fingerprint of a detail's identifier values (did a change touch them?)."""
    idents = detail.get("identifiers") or []
    return hash(tuple((str(i.get("kind")), str(i.get("value")), str(i.get("subject")))
                      for i in idents if isinstance(i, dict)))


def json_copy(inc: Incident) -> Incident:
    """An Incident sharing nothing with the fields it was made from."""
    return Incident.from_doc(json.loads(json.dumps(inc.to_doc())))


def _clone(inc: Incident) -> Incident:
    """A deep copy of a stored row (JSON values only: faster than dataclasses' deep copy)."""
    return Incident.from_doc(json.loads(json.dumps(vars(inc))))
