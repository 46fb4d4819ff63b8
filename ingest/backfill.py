"""``breachdesk ingest PATH…``: import .eml files, mbox files and Maildir folders.

Each message goes through the spool and the same :class:`~ingest.worker.Worker`
as mail received over SMTP (retries, "unparseable" incidents, duplicate merging),
so an exported shared mailbox ends up exactly as if it had been forwarded —
except that nobody gets an acknowledgement for old mail. Messages are read one at
a time (a large mbox is never loaded whole); a progress bar is drawn on a terminal.
"""

from __future__ import annotations

import logging
import mailbox
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from breachdesk.datadir import open_store
from breachdesk.errors import IngestError
from breachdesk.model import iso, utcnow
from breachdesk.settings import Settings
from ingest.spool import Envelope, Spool

log = logging.getLogger("breachdesk.ingest")


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _sources(path: Path) -> Iterator[tuple[str, Path]]:
    """(kind, path) for each eml / mbox / maildir under ``path``."""
    if _is_maildir(path):
        yield "maildir", path
        for sub in sorted(path.iterdir()):          # Maildir++ sub-folders (.Sent, .Archive…)
            if sub.name.startswith(".") and _is_maildir(sub):
                yield "maildir", sub
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            if not child.name.startswith("."):
                yield from _sources(child)
    elif path.is_file():
        yield ("mbox" if _is_mbox(path) else "eml"), path
    else:
        raise IngestError(f"{path}: no such file or folder")


def _count(kind: str, path: Path) -> int:
    if kind == "eml":
        return 1
    box: Any = mailbox.Maildir(str(path), factory=None, create=False) if kind == "maildir" \
        else mailbox.mbox(str(path), create=False)
    return len(box.keys())


def iter_messages(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) for every message under the given paths, one at a time."""
    for p in paths:
        for kind, path in _sources(Path(p)):
            if kind == "eml":
                yield str(path), path.read_bytes()
            elif kind == "maildir":
                md = mailbox.Maildir(str(path), factory=None, create=False)
                for key in sorted(md.keys()):
                    yield f"{path}:{key}", md.get_bytes(key)
            else:
                mb = mailbox.mbox(str(path), create=False)
                for i, key in enumerate(mb.keys()):
                    yield f"{path}#{i + 1}", mb.get_bytes(key)


def count_messages(paths: list[str]) -> int:
    return sum(_count(kind, path) for p in paths for kind, path in _sources(Path(p)))


class Progress:
    """A one-line progress bar on a terminal; nothing otherwise."""

    def __init__(self, total: int, out: TextIO | None = None, width: int = 30) -> None:
        self.total, self.out, self.width = total, out, width

    def update(self, n: int, created: int | None = None, merged: int | None = None) -> None:
        if self.out is None:
            return
        done = int(self.width * n / self.total) if self.total else self.width
        counts = f" ({created} new, {merged} merged)" if created is not None else ""
        self.out.write(f"\r[{'#' * done}{'.' * (self.width - done)}] {n}/{self.total}{counts}")
        self.out.flush()

    def close(self) -> None:
        if self.out is not None:
            self.out.write("\n")
            self.out.flush()


def ingest_paths(settings: Settings, paths: list[str], *, progress: bool = False, engine: Any = None) -> int:
    from ingest.worker import Worker

    total = count_messages(paths)          # also checks every path before the slow engine loads
    if engine is None:
        from ingest.process import Engine

        engine = Engine(settings)
    root = settings.data_dir()
    store = open_store(settings)
    spool = Spool(root / "spool", cipher=store.cipher)
    worker = Worker(engine, store, spool, retry_delay=0.0)
    bar = Progress(total, sys.stderr if progress else None)
    created = merged = failed = n = 0
    for label, raw in iter_messages(paths):
        n += 1
        env = Envelope(mail_from="", rcpt_tos=list(settings.mailbox.addresses[:1]), peer="ingest",
                       received_at=iso(utcnow()), helo=label[-200:])
        sid = spool.write(env, raw)
        inc = None
        for _ in range(worker.max_attempts + 1):     # retried, then filed as "unparseable"
            inc = worker.process_one(sid)
            if inc is not None:
                break
        if inc is None:
            failed += 1
        elif inc.spool_id == sid:
            created += 1
        else:
            merged += 1
        bar.update(n, created, merged)
    bar.close()
    log.info("ingest: %d message(s), %d new incident(s), %d merged", n, created, merged)
    print(f"ingested {n} message(s): {created} new incident(s), {merged} merged into existing ones"
          + (f", {failed} left in the spool for the daemon" if failed else ""))
    return 0
