"""The append-only, hash-chained audit log (``audit.jsonl`` in the data directory).

Each line is a JSON object with ``seq``, ``at``, ``by``, ``action``, ``ref``, ``why``,
``detail``, ``prev`` (the previous entry's hash) and ``hash`` (SHA-256 over the
canonical JSON of the entry without ``hash``). After every append, ``audit.head``
records the last ``seq`` and ``hash`` (written atomically), so removing the last
entries — which leaves a valid chain behind — is detected too.

:meth:`AuditLog.verify` reports, by line, every entry that was edited, removed,
inserted, duplicated or reordered, a chain link that no longer matches, and a log
that ends before (or after) its head. What it cannot see is a log *and* head
rewritten from scratch by someone with write access to the data directory: keep a
copy of the head (``breachdesk audit verify`` prints it) somewhere else to rule that out.

Actions recorded: ``reveal``, ``export``, ``status``, ``override``, ``purge``,
``config_reload``, ``key_rotate``. Entries never carry identifier values:
references, actions, reasons and counts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from filelock import FileLock

from breachdesk.model import iso, utcnow
from breachdesk.store import FILE_MODE, atomic_write_bytes

GENESIS = "0" * 64
log = logging.getLogger("breachdesk.audit")
HEAD = "audit.head"


def _digest(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class AuditLog:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.path = self.root / "audit.jsonl"
        self.head_path = self.root / HEAD
        self._lock = FileLock(str(self.root / ".audit.lock"), thread_local=False, mode=FILE_MODE)

    # -- head ------------------------------------------------------------
    def head(self) -> dict[str, Any] | None:
        """``{"seq", "hash", "at"}`` of the last entry as recorded after the append, or None."""
        try:
            h = json.loads(self.head_path.read_bytes())
            return {"seq": int(h["seq"]), "hash": str(h["hash"]), "at": str(h.get("at", ""))}
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return {"seq": -1, "hash": "", "at": ""}

    def _write_head(self, entry: dict[str, Any]) -> None:
        body = {"seq": entry["seq"], "hash": entry["hash"], "at": entry["at"]}
        atomic_write_bytes(self.head_path, json.dumps(body, sort_keys=True).encode() + b"\n")

    def _last(self) -> tuple[int, str, bool]:
        """(seq, hash) of the last entry and whether the file ends mid-line; reads only the tail."""
        seq, digest, partial = 0, GENESIS, False
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
                seq, digest = int(e["seq"]), str(e["hash"])
                break
            except (ValueError, KeyError, TypeError):
                continue
        head = self.head()
        if head and head["seq"] > seq:     # never reuse a seq, even after a damaged tail
            seq, digest = head["seq"], head["hash"]
        return seq, digest, partial

    def append(self, action: str, *, by: str, ref: str = "", why: str = "",
               detail: dict[str, Any] | None = None) -> dict[str, Any]:
        with self._lock:
            seq, prev, partial = self._last()
            entry: dict[str, Any] = {"seq": seq + 1, "at": iso(utcnow()), "by": by, "action": action,
                                     "ref": ref, "why": why, "detail": detail or {}, "prev": prev}
            entry["hash"] = _digest(entry)
            line = (json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n").encode()
            if partial:                    # a write cut short: keep the new entry on its own line
                line = b"\n" + line
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            self._write_head(entry)
            return entry

    def try_append(self, action: str, *, by: str, ref: str = "", why: str = "",
                   detail: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """:meth:`append` for daemons: a failure is logged (no values) instead of raised."""
        try:
            return self.append(action, by=by, ref=ref, why=why, detail=detail)
        except (OSError, TimeoutError) as exc:
            log.error("audit log %s: cannot record %s (%s)", self.path, action, exc.__class__.__name__)
            return None

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

    # -- verify ----------------------------------------------------------
    def verify(self) -> list[str]:
        """Problems found, each naming the line; empty when the chain and head are intact."""
        problems: list[str] = []
        lines = self._lines()
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
            if e.get("hash") != _digest(e):
                problems.append(f"line {lineno} (seq {s}): contents edited (hash mismatch)")
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
                    want = prev_entry.get("hash")
                if want is not None and e.get("prev") != want:
                    where = "the start of the log" if s == 1 else f"line {prev_line} (seq {s - 1})"
                    problems.append(f"line {lineno} (seq {s}): chain broken: does not follow {where}, "
                                    "which was replaced or rewritten")
            seen.add(s)
            top = max(top, s)
            prev_line, prev_entry = lineno, e
        problems.extend(self._check_head(lines))
        return problems

    def _check_head(self, lines: list[tuple[int, dict[str, Any] | None]]) -> list[str]:
        head = self.head()
        valid = [(n, e) for n, e in lines if e is not None and isinstance(e.get("seq"), int)]
        if head is None:
            if valid:
                return [f"{HEAD} is missing: removal of the last entries cannot be ruled out"]
            return []
        if head["seq"] < 0:
            return [f"{HEAD} is damaged (not valid JSON)"]
        if not valid:
            return [f"the log has no entries but {HEAD} records seq {head['seq']}: "
                    "the log was emptied or deleted"] if head["seq"] > 0 else []
        lineno, last = max(valid, key=lambda ne: ne[1]["seq"])
        n = head["seq"] - last["seq"]
        if n > 0:
            return [f"the log ends at seq {last['seq']} (line {lineno}) but {HEAD} records seq {head['seq']}: "
                    f"the last {n} entr{'y was' if n == 1 else 'ies were'} removed (truncated)"]
        if n < 0:
            return [f"line {lineno}: the log goes on to seq {last['seq']} but {HEAD} records seq {head['seq']}: "
                    "entries were added without updating the head (an interrupted write, or added by hand)"]
        if last.get("hash") != head["hash"]:
            return [f"line {lineno} (seq {last['seq']}): the last entry does not match {HEAD}: "
                    "it was replaced"]
        return []


def _seqs(xs: list[int]) -> str:
    if len(xs) == 1:
        return f"seq {xs[0]}"
    if xs == list(range(xs[0], xs[-1] + 1)):
        return f"seq {xs[0]}-{xs[-1]}"
    return "seq " + ", ".join(map(str, xs))
