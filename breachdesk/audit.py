"""The append-only, hash-chained audit log (``audit.jsonl`` in the data directory).

Each line is a JSON object with ``seq``, ``at``, ``by``, ``action``, ``ref``, ``why``,
``detail``, ``prev`` (the previous entry's hash) and ``hash`` (SHA-256 over the
canonical JSON of the entry without ``hash``). :meth:`AuditLog.verify` walks the
chain and reports the first line that was edited, removed, inserted or reordered.

Entries never carry identifier values: references, actions, reasons and counts.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from filelock import FileLock

from breachdesk.model import iso, utcnow
from breachdesk.store import FILE_MODE

GENESIS = "0" * 64


def _digest(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class AuditLog:
    def __init__(self, root: Path) -> None:
        self.path = Path(root) / "audit.jsonl"
        self._lock = FileLock(str(Path(root) / ".audit.lock"), thread_local=False)

    def _last(self) -> tuple[int, str]:
        """(seq, hash) of the last entry, reading only the tail of the file."""
        try:
            with open(self.path, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                size = fh.tell()
                back = min(size, 65536)
                fh.seek(size - back)
                tail = fh.read().splitlines()
        except FileNotFoundError:
            return 0, GENESIS
        for line in reversed(tail):
            if line.strip():
                try:
                    e = json.loads(line)
                    return int(e["seq"]), str(e["hash"])
                except (ValueError, KeyError, TypeError):
                    break
        return 0, GENESIS

    def append(self, action: str, *, by: str, ref: str = "", why: str = "",
               detail: dict[str, Any] | None = None) -> dict[str, Any]:
        with self._lock:
            seq, prev = self._last()
            entry: dict[str, Any] = {"seq": seq + 1, "at": iso(utcnow()), "by": by, "action": action,
                                     "ref": ref, "why": why, "detail": detail or {}, "prev": prev}
            entry["hash"] = _digest(entry)
            line = (json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n").encode()
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            return entry

    def entries(self) -> list[dict[str, Any]]:
        out = []
        try:
            with open(self.path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        out.append(json.loads(line))
        except FileNotFoundError:
            pass
        return out

    def verify(self) -> list[str]:
        """Problems found, each naming the line; empty when the chain is intact."""
        problems: list[str] = []
        prev, expected_seq = GENESIS, 1
        try:
            fh = open(self.path, encoding="utf-8")
        except FileNotFoundError:
            return []
        with fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    e = json.loads(line)
                except ValueError:
                    problems.append(f"line {lineno}: not valid JSON (edited or truncated)")
                    break
                if e.get("hash") != _digest(e):
                    problems.append(f"line {lineno} (seq {e.get('seq')}): contents edited (hash mismatch)")
                    break
                if e.get("seq") != expected_seq:
                    problems.append(f"line {lineno}: expected seq {expected_seq}, found {e.get('seq')} "
                                    "(entries removed, inserted or reordered)")
                    break
                if e.get("prev") != prev:
                    problems.append(f"line {lineno} (seq {e.get('seq')}): chain broken "
                                    "(the entry before it was removed or replaced)")
                    break
                prev, expected_seq = e["hash"], expected_seq + 1
        return problems
