"""``breachdesk queue``: the spool and the outbox at a glance, like ``mailq``.

Shows what the daemon has accepted but not finished — messages waiting (incoming),
being analysed (with the analysis process and for how long) and given up on (failed:
"unparseable" or "analysis incomplete", raw kept) — and the outgoing mail
(acknowledgements and alerts) waiting or refused by the relay, with the age of the
oldest item. ``breachdesk queue retry ID|--all`` puts failed messages back in front of
the analysis and failed outbox mail back in the outbox.

Only ids, references, sizes, counts and ages are printed: nothing from the messages.
Outbox files are sealed with the master key when encryption is on: they are opened with
``cipher`` to read their kind and times, and a retried one is sealed again.

While ``breachdesk serve`` runs these are the guardian's to read and change (through
``/v1/queue``, :meth:`breachdesk.service.StoreService.queue`): it wakes its analysis pool and
its sender for what is retried.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breachdesk.errors import IngestError
from breachdesk.store import Store, atomic_write_bytes
from ingest.spool import Spool

if TYPE_CHECKING:
    from breachdesk.crypto import Cipher


@dataclass
class Item:
    id: str
    state: str          # incoming, analysing, failed, outbox, outbox-failed
    age: float          # seconds since it was queued
    size: int
    attempts: int = 0
    ref: str = ""
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Item:
        return cls(id=str(data["id"]), state=str(data["state"]), age=float(data["age"]), size=int(data["size"]),
                   attempts=int(data.get("attempts") or 0), ref=str(data.get("ref") or ""),
                   note=str(data.get("note") or ""))


def _age_of_sid(sid: str, now: float) -> float:
    try:
        return max(0.0, now - int(sid.split("-", 1)[0]) / 1e9)
    except ValueError:
        return 0.0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def spool_items(spool: Spool, store: Store | None, now: float | None = None) -> list[Item]:
    now = time.time() if now is None else now
    refs: dict[str, str] = {}
    if store is not None:
        for inc in store.list_incidents():
            for sid in (inc.spool_id, *inc.spool_ids):
                if sid:
                    refs[sid] = inc.ref
    active = spool.active()
    out: list[Item] = []
    for sid in spool.pending():
        item = Item(sid, "incoming", _age_of_sid(sid, now), _size(spool.incoming / f"{sid}.msg"),
                    spool.attempts(sid), refs.get(sid, ""))
        if sid in active and _alive(active[sid][0]):
            pid, started = active[sid]
            item.state, item.note = "analysing", f"pid {pid}, {fmt_age(now - started)}"
        out.append(item)
    for sid in spool.failed_ids():
        out.append(Item(sid, "failed", _age_of_sid(sid, now), _size(spool.failed / f"{sid}.msg"), 0,
                        refs.get(sid, "")))
    return out


def _read_outbox(path: Path, root: Path, cipher: Cipher | None) -> dict[str, Any] | None:
    """An outbox file's item (opened with ``cipher`` when sealed); None when it cannot be read."""
    from breachdesk.crypto import open_spool
    from breachdesk.errors import BreachdeskError

    try:
        item = json.loads(open_spool(path.read_bytes(), cipher, root, what="an outbox file"))
    except (OSError, ValueError, BreachdeskError):
        return None
    return item if isinstance(item, dict) else None


def outbox_items(root: Path, now: float | None = None, *, cipher: Cipher | None = None) -> list[Item]:
    now = time.time() if now is None else now
    out: list[Item] = []
    for state, folder in (("outbox", root / "outbox"), ("outbox-failed", root / "outbox" / "failed")):
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            item = _read_outbox(path, root, cipher)
            if item is None:
                out.append(Item(path.stem, state, 0.0, _size(path), 0, "", "cannot be read (damaged or wrong key)"))
                continue
            nxt = float(item.get("next_at", 0) or 0)
            note = f"{item.get('kind', '?')}, next try in {fmt_age(nxt - now)}" if nxt > now else str(item.get("kind", ""))
            out.append(Item(path.stem, state, max(0.0, now - float(item.get("queued_at", now))), _size(path),
                            int(item.get("attempts", 0)), str(item.get("ref", "")), note))
    return out


def fmt_age(seconds: float) -> str:
    s = int(max(0, seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    if s < 86400:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 86400}d{s % 86400 // 3600:02d}h"


def fmt_size(n: int) -> str:
    for unit in ("B", "K", "M", "G"):
        if n < 1024 or unit == "G":
            return f"{n}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def render(spool_list: list[Item], outbox_list: list[Item]) -> str:
    lines: list[str] = []
    counts = {s: sum(1 for i in spool_list if i.state == s) for s in ("incoming", "analysing", "failed")}
    oldest = max((i.age for i in spool_list), default=0.0)
    lines.append(f"spool: {counts['incoming']} incoming, {counts['analysing']} analysing, {counts['failed']} failed"
                 + (f"; oldest {fmt_age(oldest)}" if spool_list else ""))
    if spool_list:
        lines.append(f"  {'id':38s} {'state':10s} {'age':>8s} {'size':>7s} {'tries':>5s}  ref / note")
        for i in spool_list:
            lines.append(f"  {i.id:38s} {i.state:10s} {fmt_age(i.age):>8s} {fmt_size(i.size):>7s} {i.attempts:5d}  "
                         f"{i.ref or '(not filed yet)'}{'  ' + i.note if i.note else ''}")
    waiting = [i for i in outbox_list if i.state == "outbox"]
    failed = [i for i in outbox_list if i.state == "outbox-failed"]
    oldest = max((i.age for i in outbox_list), default=0.0)
    lines.append(f"outbox: {len(waiting)} waiting, {len(failed)} failed"
                 + (f"; oldest {fmt_age(oldest)}" if outbox_list else ""))
    for i in outbox_list:
        lines.append(f"  {i.id:38s} {'waiting' if i.state == 'outbox' else 'failed':10s} {fmt_age(i.age):>8s} "
                     f"{fmt_size(i.size):>7s} {i.attempts:5d}  {i.note}")
    return "\n".join(lines)


def retry(spool: Spool, root: Path, ids: list[str], *, everything: bool,
          cipher: Cipher | None = None) -> tuple[int, int]:
    """Re-queue failed spool messages and failed outbox mail; returns (messages, mails).

    A retried outbox item is written back sealed when ``cipher`` is given (as the notifier writes it).
    """
    failed_box = root / "outbox" / "failed"
    mails = sorted(p.stem for p in failed_box.glob("*.json")) if failed_box.is_dir() else []
    want = set(ids)
    if not everything:
        unknown = want - set(spool.failed_ids()) - set(mails)
        if unknown:
            raise IngestError(f"not in the failed queue: {', '.join(sorted(unknown))} (see `breachdesk queue`)")
    n_msgs = n_mails = 0
    for sid in spool.failed_ids():
        if (everything or sid in want) and spool.retry_failed(sid):
            n_msgs += 1
    for name in mails:
        if not (everything or name in want):
            continue
        path = failed_box / f"{name}.json"
        item = _read_outbox(path, root, cipher)
        if item is None:
            continue
        item.update(attempts=0, next_at=0.0)
        data = json.dumps(item).encode()
        atomic_write_bytes(root / "outbox" / f"{name}.json", cipher.seal(data) if cipher is not None else data)
        path.unlink()
        n_mails += 1
    return n_msgs, n_mails
