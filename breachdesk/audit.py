"""The audit log a forger cannot redo: append-only, each entry MACed under a key of its own.

``audit.jsonl`` in the data directory holds one JSON object a line: ``v`` (2), ``seq``,
``at``, ``by``, ``action``, ``ref``, ``why``, ``detail``, ``prev`` (the previous entry's
MAC) and ``mac``: HMAC-SHA256 over the canonical JSON of the entry without ``mac``,
under the **audit key** — 32 random bytes in ``keys/audit.key`` (0600, the service
user's; or ``[store] audit_key_file``), made at first start and separate from the
data key. Without the key nobody can write an entry, edit one, or recompute the
chain after removing some: :meth:`AuditLog.verify` names the line of the first bad one.

The head (last ``seq`` and ``mac``) is written after each append in two places —
``audit.head`` beside the log and ``meta/audit-anchor.json`` with the store's own
metadata — and to the **system log** (``LOG_AUTH``, "breachdesk audit head n=N
mac=M"), which is kept off the data directory. So:

* a truncated log is caught by the head and the anchor;
* a log deleted together with its head is caught by the anchor, and by the store:
  every filed incident has a ``received`` entry, so "0 entries but the store holds
  N incidents" cannot pass;
* a log rewritten by someone holding the key, or everything deleted by the owner,
  is caught by ``breachdesk audit verify --anchor N:MAC`` (or ``--anchors FILE`` of
  lines copied from the system log): an anchor the log no longer matches.

Entries never carry identifier values, note text or subjects: references, actions,
who, when, the reason the DPO typed, and field names with old → new statuses and grades.
A log written by an older breachdesk (SHA-256 chain, no key) is checked, archived as
``audit-v1-STAMP.jsonl`` and continued by a keyed log whose first entry records it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock

from breachdesk.errors import BreachdeskError, StoreError
from breachdesk.keyfiles import KeyFile
from breachdesk.model import iso, utcnow
from breachdesk.store import FILE_MODE, atomic_write_bytes, ensure_private_dir

if TYPE_CHECKING:
    from breachdesk.model import Incident
    from breachdesk.settings import Settings
    from breachdesk.store import Store

FORMAT = 2
GENESIS = "0" * 64
LOG = "audit.jsonl"
HEAD = "audit.head"
ANCHOR = "meta/audit-anchor.json"
KEY_FILE = "keys/audit.key"
KEY_SETTING = "store.audit_key_file"
SHOW_PROBLEMS = 10                 # ``audit verify`` prints the first ten problems
ANCHOR_RE = re.compile(r"breachdesk audit head n=(\d+) mac=([0-9a-f]{64})")
log = logging.getLogger("breachdesk.audit")


class AuditKeyError(StoreError):
    """The audit key is missing, unreadable or too open."""


# --------------------------------------------------------- configuration

_CONFIG: dict[str, dict[str, Any]] = {}
_CONFIG_LOCK = threading.Lock()


def configure(root: Path, *, key_file: Path | None = None, syslog: bool = True,
              syslog_address: str | None = None) -> None:
    """Where the audit key of data directory ``root`` lives and where anchors go, for every
    :class:`AuditLog` of ``root`` made later in this process (called by ``open_store``)."""
    with _CONFIG_LOCK:
        _CONFIG[str(Path(root).resolve())] = {"key_file": key_file, "syslog": syslog,
                                              "syslog_address": syslog_address}


def configure_from(settings: Settings) -> None:
    store = settings.store
    name = getattr(store, "audit_key_file", "") or ""
    path = None
    if name:
        path = Path(name).expanduser()
        if not path.is_absolute() and settings.source not in ("<defaults>", ""):
            path = Path(settings.source).parent / path
    configure(settings.data_dir(), key_file=path, syslog=bool(getattr(store, "audit_syslog", True)))


def _configured(root: Path) -> dict[str, Any]:
    with _CONFIG_LOCK:
        return dict(_CONFIG.get(str(root.resolve()), {}))


# ------------------------------------------------------------------ keys


KEY_HEADER = ("breachdesk audit key (HMAC-SHA256 of every audit entry). Separate from the data key;\n"
              "only the service user may read it. Losing it means the log can no longer be checked.")


def _key_file(path: Path) -> KeyFile:
    return KeyFile(path, "the audit key", AuditKeyError, own=True)


def _mac(key: bytes, entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "mac"}
    data = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def _sha(entry: dict[str, Any]) -> str:
    """The unkeyed digest of a format-1 entry (before audit keys)."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


# ---------------------------------------------------------------- anchors


def parse_anchor(text: str) -> tuple[int, str]:
    """``N:MAC`` (or a system-log line holding ``n=N mac=MAC``) → (N, MAC); ValueError if neither."""
    m = ANCHOR_RE.search(text)
    if m:
        return int(m.group(1)), m.group(2)
    seq, sep, mac = text.strip().partition(":")
    if not sep or not seq.strip().isdigit() or not re.fullmatch(r"[0-9a-f]{64}", mac.strip()):
        raise ValueError("an anchor is N:MAC (the sequence number and the 64 hex digits of the MAC, "
                         "as 'breachdesk audit head n=N mac=MAC' in the system log)")
    return int(seq), mac.strip()


def anchors_in(lines: Iterable[str]) -> list[tuple[int, str]]:
    """Every anchor in text copied from the system log (``journalctl -t breachdesk``)."""
    out = []
    for line in lines:
        m = ANCHOR_RE.search(line)
        if m:
            out.append((int(m.group(1)), m.group(2)))
    return out


_OPENED = False


def _to_syslog(message: str, address: str | None) -> None:
    """Send one anchor line to the system log; never raises (no /dev/log: only the logger has it)."""
    global _OPENED
    try:
        if address:
            import logging.handlers

            h = logging.handlers.SysLogHandler(address=address, facility=logging.handlers.SysLogHandler.LOG_AUTH)
            try:
                h.ident = "breachdesk: "
                h.emit(logging.LogRecord("breachdesk.audit", logging.INFO, __file__, 0, message, None, None))
            finally:
                h.close()
            return
        import syslog

        if not _OPENED:
            syslog.openlog("breachdesk", syslog.LOG_PID, syslog.LOG_AUTH)
            _OPENED = True
        syslog.syslog(syslog.LOG_AUTH | syslog.LOG_INFO, message)
    except Exception as exc:  # noqa: BLE001 - the anchor is best effort; the append has happened
        log.warning("audit anchor not sent to the system log (%s)", exc.__class__.__name__)


# ------------------------------------------------------------------- log


class AuditLog:
    def __init__(self, root: Path, *, key_file: Path | None = None, syslog: bool | None = None,
                 syslog_address: str | None = None) -> None:
        self.root = Path(root)
        conf = _configured(self.root)
        self.path = self.root / LOG
        self.head_path = self.root / HEAD
        self.anchor_path = self.root / ANCHOR
        self.key_path = Path(key_file or conf.get("key_file") or self.root / KEY_FILE)
        self.syslog = conf.get("syslog", True) if syslog is None else syslog
        self.syslog_address = syslog_address or conf.get("syslog_address")
        self._lock = FileLock(str(self.root / ".audit.lock"), thread_local=False, mode=FILE_MODE)

    # -- key ---------------------------------------------------------------
    def _key(self, *, create: bool) -> bytes | None:
        key = _key_file(self.key_path).hex_key(create=False)
        if key is not None or not create:
            return key
        if self._lines() or self.head() or self.anchor():
            raise AuditKeyError(f"the audit key {self.key_path} is missing but the audit log exists: "
                                "restore the key (a new key could not continue the log)")
        return _key_file(self.key_path).hex_key(create=True, header=KEY_HEADER)

    # -- head and anchor ---------------------------------------------------
    @staticmethod
    def _read_mark(path: Path) -> dict[str, Any] | None:
        """The last complete line of a head file (appended to, never fsynced: a line torn by a
        crash is skipped), or None without the file; ``seq`` -1 when no line of it parses."""
        try:
            with open(path, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                size = fh.tell()
                fh.seek(max(0, size - 4096))
                tail = fh.read()
        except FileNotFoundError:
            return None
        except OSError:
            return {"seq": -1, "mac": "", "at": ""}
        for line in reversed(tail.splitlines()):
            try:
                h = json.loads(line)
                return {"seq": int(h["seq"]), "mac": str(h.get("mac") or h.get("hash") or ""),
                        "at": str(h.get("at", ""))}
            except (ValueError, KeyError, TypeError):
                continue
        return {"seq": -1, "mac": "", "at": ""}

    def head(self) -> dict[str, Any] | None:
        """``{"seq", "mac", "at"}`` of the last entry as recorded beside the log, or None."""
        return self._read_mark(self.head_path)

    def anchor(self) -> dict[str, Any] | None:
        """The same, as recorded with the store's metadata (``meta/audit-anchor.json``)."""
        return self._read_mark(self.anchor_path)

    def _write_marks(self, entry: dict[str, Any]) -> None:
        body = json.dumps({"seq": entry["seq"], "mac": entry["mac"], "at": entry["at"]},
                          sort_keys=True).encode() + b"\n"
        _write_mark(self.head_path, body)
        ensure_private_dir(self.anchor_path.parent)
        _write_mark(self.anchor_path, body)
        message = f"breachdesk audit head n={entry['seq']} mac={entry['mac']}"
        log.info(message)
        if self.syslog:
            _to_syslog(message, self.syslog_address)

    def _last(self) -> tuple[int, str, bool]:
        """(seq, mac) of the last entry and whether the file ends mid-line; reads only the tail."""
        seq, mac, partial = 0, GENESIS, False
        try:
            with open(self.path, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                size = fh.tell()
                back = min(size, 65536)
                fh.seek(size - back)
                tail = fh.read()
        except FileNotFoundError:
            tail = b""
        partial = bool(tail) and not tail.endswith(b"\n")
        for line in reversed(tail.splitlines()):
            try:
                e = json.loads(line)
                seq, mac = int(e["seq"]), str(e["mac"])
                break
            except (ValueError, KeyError, TypeError):
                continue
        for mark in (self.head(), self.anchor()):
            if mark and mark["seq"] > seq:     # never reuse a seq, even after a damaged tail
                seq, mac = mark["seq"], mark["mac"]
        return seq, mac, partial

    # -- append ------------------------------------------------------------
    def append(self, action: str, *, by: str, ref: str = "", why: str = "",
               detail: dict[str, Any] | None = None) -> dict[str, Any]:
        with self._lock:
            self._migrate_v1()
            key = self._key(create=True)
            assert key is not None
            seq, prev, partial = self._last()
            if seq == 0:
                self._write(key, self._entry(1, GENESIS, "audit_started", "breachdesk", "", "",
                                             _store_census(self.root, exclude=ref if action == "received"
                                                           else "")), partial)
                seq, prev, partial = self._last()
            entry = self._entry(seq + 1, prev, action, by, ref, why, detail or {})
            self._write(key, entry, partial)
            return entry

    @staticmethod
    def _entry(seq: int, prev: str, action: str, by: str, ref: str, why: str,
               detail: dict[str, Any]) -> dict[str, Any]:
        return {"v": FORMAT, "seq": seq, "at": iso(utcnow()), "by": by, "action": action, "ref": ref,
                "why": why, "detail": detail, "prev": prev}

    def _write(self, key: bytes, entry: dict[str, Any], partial: bool) -> None:
        entry["mac"] = _mac(key, entry)
        line = (json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n").encode()
        if partial:                    # a write cut short: keep the new entry on its own line
            line = b"\n" + line
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._write_marks(entry)

    def try_append(self, action: str, *, by: str, ref: str = "", why: str = "",
                   detail: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """:meth:`append` for daemons: a failure is logged (no values) instead of raised."""
        try:
            return self.append(action, by=by, ref=ref, why=why, detail=detail)
        except (OSError, TimeoutError, BreachdeskError) as exc:
            log.error("audit log %s: cannot record %s (%s)", self.path, action, exc.__class__.__name__)
            return None

    # -- migration from unkeyed logs ---------------------------------------
    def _migrate_v1(self) -> None:
        """An unkeyed (format 1) log: check it, archive it, and start the keyed log with its summary."""
        if not self._first_is_unkeyed():
            return
        lines = self._lines()
        old = [e for _, e in lines if e is not None]
        problems = _verify_v1(lines, self.head())
        stamp = iso(utcnow()).replace(":", "").replace("-", "")[:15]
        archive = self.root / f"audit-v1-{stamp}.jsonl"
        os.replace(self.path, archive)
        try:
            self.head_path.unlink()
        except FileNotFoundError:
            pass
        key = self._key(create=True)
        assert key is not None
        census = _store_census(self.root)
        census.update(archive=archive.name, old_entries=len(old),
                      old_head=str(old[-1].get("hash", "")) if old else "",
                      old_log_intact=not problems, old_problems=len(problems))
        self._write(key, self._entry(1, GENESIS, "audit_migrated", "breachdesk", "",
                                     "unkeyed audit log of an older version archived", census), False)
        log.warning("audit: unkeyed log archived as %s (%d entries, %s); keyed log started",
                    archive.name, len(old), "intact" if not problems else f"{len(problems)} problem(s)")

    def _first_is_unkeyed(self) -> bool:
        """Does the log begin with a format-1 entry? Reads its first line only (every append asks)."""
        try:
            with open(self.path, "rb") as fh:
                line = fh.readline(1 << 20)
        except FileNotFoundError:
            return False
        try:
            first = json.loads(line)
        except ValueError:
            return False
        return isinstance(first, dict) and "hash" in first and "mac" not in first and "v" not in first

    # -- reading -----------------------------------------------------------
    def entries(self) -> list[dict[str, Any]]:
        return [e for _, e in self._lines() if e is not None]

    def _lines(self) -> list[tuple[int, dict[str, Any] | None]]:
        out: list[tuple[int, dict[str, Any] | None]] = []
        try:
            with open(self.path, encoding="utf-8", errors="replace") as fh:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        e = json.loads(line)
                        out.append((lineno, e if isinstance(e, dict) else None))
                    except ValueError:
                        out.append((lineno, None))
        except FileNotFoundError:
            pass
        return out

    # -- verify ------------------------------------------------------------
    def verify(self, *, anchors: Iterable[tuple[int, str]] = (), store_refs: Iterable[str] | None = None
               ) -> list[str]:
        """Problems found, each naming the line; empty when the log, its head, its anchor, the
        store and every external anchor agree. The first problem is the first bad entry."""
        lines = self._lines()
        try:
            key = self._key(create=False)
        except AuditKeyError as exc:
            return [str(exc)]
        first = next((e for _, e in lines if e is not None), None)
        unkeyed = first is not None and "mac" not in first and "hash" in first
        if key is None and not unkeyed and (lines or self.head() or self.anchor()):
            return [f"the audit key {self.key_path} is missing: no entry can be checked"]
        problems = self._check_entries(key or b"", lines)
        if unkeyed:
            problems.append("the log is unkeyed (written by an older breachdesk) and cannot show it was "
                            "not rewritten; the next audited action archives it as audit-v1-*.jsonl and "
                            "starts a keyed log that records it")
        problems.extend(self._check_marks(lines))
        for seq, mac in anchors:
            problems.extend(self._check_external(lines, seq, mac))
        if store_refs is not None:
            started = key is not None or self.head() is not None or self.anchor() is not None
            problems.extend(self._check_store(lines, list(store_refs), started=started))
        return problems

    def _check_entries(self, key: bytes, lines: list[tuple[int, dict[str, Any] | None]]) -> list[str]:
        problems: list[str] = []
        seen: set[int] = set()
        present = {e.get("seq") for _, e in lines if e is not None}
        top, prev_line, prev_entry = 0, 0, None
        for lineno, e in lines:
            if e is None:
                problems.append(f"line {lineno}: not valid JSON (edited or cut short)")
                prev_entry = None
                continue
            s = e.get("seq")
            if not isinstance(s, int):
                problems.append(f"line {lineno}: no sequence number (edited)")
                prev_entry = None
                continue
            if "mac" not in e:
                problems.append(f"line {lineno} (seq {s}): no MAC: an unkeyed entry (from an older "
                                "version, or written without the audit key)")
            elif not hmac.compare_digest(str(e.get("mac")), _mac(key, e)):
                problems.append(f"line {lineno} (seq {s}): MAC mismatch: the entry was edited, or "
                                "written or recomputed without the audit key")
            in_order = s == top + 1
            if s in seen:
                problems.append(f"line {lineno}: seq {s} appears twice (entry duplicated or inserted)")
            elif s > top + 1:
                gap = [x for x in range(top + 1, s) if x not in present]
                moved = [x for x in range(top + 1, s) if x in present]
                if gap:
                    problems.append(f"line {lineno}: {_seqs(gap)} missing before seq {s} (entries removed)")
                if moved:
                    problems.append(f"line {lineno}: seq {s} comes before {_seqs(moved)} (entries reordered)")
            elif s <= top:
                problems.append(f"line {lineno}: seq {s} comes after seq {top} (entries reordered)")
            if in_order:
                want = None
                if s == 1:
                    want = GENESIS
                elif prev_entry is not None and prev_entry.get("seq") == s - 1:
                    want = prev_entry.get("mac")
                if want is not None and e.get("prev") != want:
                    where = "the start of the log" if s == 1 else f"line {prev_line} (seq {s - 1})"
                    problems.append(f"line {lineno} (seq {s}): chain broken: does not follow {where}, "
                                    "which was replaced or rewritten")
            seen.add(s)
            top = max(top, s)
            prev_line, prev_entry = lineno, e
        return problems

    def _check_marks(self, lines: list[tuple[int, dict[str, Any] | None]]) -> list[str]:
        valid = [(n, e) for n, e in lines if e is not None and isinstance(e.get("seq"), int)]
        by_seq = {e["seq"]: (n, e) for n, e in valid}
        out: list[str] = []
        marks = [(HEAD, self.head()), (ANCHOR, self.anchor())]
        for name, mark in marks:
            if mark is not None and mark["seq"] < 0:
                out.append(f"{name} is damaged (not valid JSON)")
        known = [(name, m) for name, m in marks if m is not None and m["seq"] >= 0]
        if not known:
            if valid:
                out.append(f"{HEAD} and {ANCHOR} are missing: removal of the last entries cannot be ruled out")
            return out
        name, mark = max(known, key=lambda nm: nm[1]["seq"])
        if not valid:
            if mark["seq"] > 0:
                out.append(f"the log has 0 entries but {name} records {mark['seq']}: the log was removed "
                           "or emptied")
            return out
        lineno, last = max(valid, key=lambda ne: ne[1]["seq"])
        n = mark["seq"] - last["seq"]
        if n > 0:
            out.append(f"the log ends at seq {last['seq']} (line {lineno}) but {name} records seq "
                       f"{mark['seq']}: the last {n} entr{'y was' if n == 1 else 'ies were'} removed (truncated)")
        # n < 0 (the log goes on past the head) is a write cut off between the log and its head:
        # those entries carry the audit key's MACs (checked above), so nobody without it added them
        for other, m in known:
            hit = by_seq.get(m["seq"])
            if hit is not None and hit[1].get("mac") != m["mac"]:
                out.append(f"line {hit[0]} (seq {m['seq']}): the entry does not match {other}: it was replaced")
        return out

    @staticmethod
    def _check_external(lines: list[tuple[int, dict[str, Any] | None]], seq: int, mac: str) -> list[str]:
        valid = {e["seq"]: (n, e) for n, e in lines if e is not None and isinstance(e.get("seq"), int)}
        hit = valid.get(seq)
        if hit is None:
            top = max(valid, default=0)
            if top < seq:
                return [f"the log ends at seq {top} but the external anchor records seq {seq}: "
                        "entries were removed, or the log was deleted and started again"]
            return [f"seq {seq} of the external anchor is not in the log: entries were removed"]
        if hit[1].get("mac") != mac:
            return [f"line {hit[0]} (seq {seq}): does not match the external anchor: the log was "
                    "rewritten (or the anchor is from another store)"]
        return []

    @staticmethod
    def _check_store(lines: list[tuple[int, dict[str, Any] | None]], refs: list[str], *,
                     started: bool = True) -> list[str]:
        """Every incident in the store was filed with a ``received`` entry (or before the log began).

        A store with no log, no head, no anchor and no audit key never had a keyed log (an
        older version's store, before its first audited action): that is not a removal."""
        entries = [e for _, e in lines if e is not None]
        if not refs or (not entries and not started):
            return []
        if not entries:
            return [f"the log has 0 entries but the store holds {len(refs)} incident(s), each of which "
                    "was audited when filed: the log was removed"]
        filed = {str(e.get("ref")) for e in entries if e.get("action") in ("received", "duplicate")}
        first = entries[0]
        before = str((first.get("detail") or {}).get("last_ref", "")) \
            if first.get("action") in ("audit_started", "audit_migrated") else ""
        missing = sorted(r for r in refs if r not in filed and not (before and r <= before))
        if missing:
            return [f"{len(missing)} incident(s) in the store have no 'received' entry in the log "
                    f"(first: {missing[0]}): entries were removed, or the log was replaced"]
        return []


def _store_census(root: Path, exclude: str = "") -> dict[str, Any]:
    """What the store held when the keyed log began: incidents filed before it are not in it."""
    refs = sorted(p.stem for p in (root / "details").glob("*.json")
                  if p.stem != exclude) if (root / "details").is_dir() else []
    return {"incidents_before": len(refs), "last_ref": refs[-1] if refs else ""}


def _verify_v1(lines: list[tuple[int, dict[str, Any] | None]], head: dict[str, Any] | None) -> list[str]:
    """The old unkeyed chain's own check (hash, link, head), for the migration record."""
    problems, prev = [], GENESIS
    last = None
    for lineno, e in lines:
        if e is None or e.get("hash") != _sha(e) or e.get("prev") != prev:
            problems.append(f"line {lineno}")
        prev = str((e or {}).get("hash", ""))
        last = e
    if head and last is not None and head.get("mac") != last.get("hash"):
        problems.append("head")
    return problems


MARK_COMPACT_BYTES = 64 << 10         # a head file is cut back to its last line past this


def _write_mark(path: Path, body: bytes) -> None:
    """Append the new head to a head file, without an fsync: the log line itself was fsynced,
    and a head lost in a crash only leaves an older one (the log then goes on past it, which
    :meth:`AuditLog.verify` knows is no tampering); a torn line is skipped when read. Now and
    then the file is replaced, durably, by its last line."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    try:
        os.write(fd, body if body.endswith(b"\n") else body + b"\n")
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if size > MARK_COMPACT_BYTES:
        atomic_write_bytes(path, body if body.endswith(b"\n") else body + b"\n")


def _seqs(xs: list[int]) -> str:
    if len(xs) == 1:
        return f"seq {xs[0]}"
    if xs == list(range(xs[0], xs[-1] + 1)):
        return f"seq {xs[0]}-{xs[-1]}"
    return "seq " + ", ".join(map(str, xs))


# ------------------------------------------------------------- helpers


def audit_for(store: Store) -> AuditLog:
    return AuditLog(store.root)


def audit_filed(store: Store, inc: Incident, spool_id: str, *, created: bool) -> None:
    """A report filed by the worker: a new incident (``received``) or merged (``duplicate``)."""
    AuditLog(store.root).try_append("received" if created else "duplicate", by="breachdesk", ref=inc.ref,
                                    detail={"spool_id": spool_id, "status": str(inc.status),
                                            "likelihood": inc.likelihood, "severity": inc.severity})


def anchor_texts(anchors: Iterable[str] = (), files: Iterable[str] = ()) -> list[str]:
    """``--anchor`` values and the anchor lines of ``--anchors`` files, checked (ConfigError if bad).

    Read by the caller (the CLI), so the guardian never opens a file a client names."""
    from breachdesk.errors import ConfigError

    texts = [str(a) for a in anchors]
    for name in files:
        try:
            text = Path(name).expanduser().read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise ConfigError(f"--anchors {name}: {exc.strerror or exc.__class__.__name__}") from None
        found = [m.group(0) for m in ANCHOR_RE.finditer(text)]
        if not found:
            raise ConfigError(f"--anchors {name}: no 'breachdesk audit head n=N mac=MAC' line in it")
        texts.extend(found)
    for a in texts:
        try:
            parse_anchor(a)
        except ValueError as exc:
            raise ConfigError(f"--anchor {a[:80]!r}: {exc}") from None
    return texts


def verify_report(store: Store, *, anchors: Iterable[str] = ()) -> dict[str, Any]:
    """``breachdesk audit verify``: the log checked against its head, its anchor, the store's
    incidents and every external anchor (``N:MAC`` or system-log lines; ValueError if one is
    neither). Returns ``path``, ``entries``, ``problems``, ``ok`` and the ``lines`` to print:
    the first problem printed is the first bad entry."""
    parsed = [parse_anchor(a) for a in anchors]
    audit = AuditLog(store.root)
    problems = audit.verify(anchors=parsed, store_refs=[i.ref for i in store.list_incidents()])
    entries = audit.entries()
    where = f"audit log {audit.path}"
    result: dict[str, Any] = {"path": str(audit.path), "entries": len(entries), "problems": problems,
                              "ok": not problems}
    if problems:
        lines = [f"{where}: {p}" for p in problems[:SHOW_PROBLEMS]]
        if len(problems) > SHOW_PROBLEMS:
            lines.append(f"{where}: ... and {len(problems) - SHOW_PROBLEMS} more")
        result["lines"] = [*lines, f"{where}: NOT intact: {len(problems)} problem(s); "
                                   "the first is the first bad entry"]
        return result
    head = entries[-1] if entries else None
    lines = [f"{where}: {len(entries)} entries, every MAC and link intact"
             + (f"; head n={head['seq']} mac={head['mac']}" if head else "")]
    if parsed:
        lines.append(f"{where}: matches {len(parsed)} external anchor(s) (highest n={max(s for s, _ in parsed)})")
    first = entries[0] if entries else {}
    before = (first.get("detail") or {}).get("incidents_before", 0) if first else 0
    if before:
        lines.append(f"{where}: the keyed log began {first.get('at', '')[:10]} when the store already held "
                     f"{before} incident(s); compare with an anchor from the system log to rule out a restart")
    result["lines"] = lines
    return result
