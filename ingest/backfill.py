"""``breachdesk ingest PATH…``: import .eml files, mbox files and Maildir folders.

Each message goes through the spool and the same worker as mail received over
SMTP, so an exported shared mailbox ends up exactly as if it had been forwarded.
"""

from __future__ import annotations

import mailbox
import sys
from collections.abc import Iterator
from pathlib import Path

from breachdesk.model import iso, utcnow
from breachdesk.settings import Settings
from breachdesk.store import Store
from ingest.spool import Envelope, Spool


def _is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def iter_messages(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) for every message under the given paths."""
    for p in paths:
        path = Path(p)
        if path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
            md = mailbox.Maildir(str(path), factory=None, create=False)
            for key in sorted(md.keys()):
                yield f"{path}:{key}", md.get_bytes(key)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield from iter_messages([str(child)])
        elif _is_mbox(path):
            mb = mailbox.mbox(str(path), create=False)
            for i, key in enumerate(mb.keys()):
                yield f"{path}#{i + 1}", mb.get_bytes(key)
        else:
            yield str(path), path.read_bytes()


def ingest_paths(settings: Settings, paths: list[str], *, progress: bool = False) -> int:
    from ingest.process import Engine
    from ingest.worker import Worker

    root = settings.data_dir()
    store = Store(root)
    spool = Spool(root / "spool")
    worker = Worker(Engine(settings), store, spool)
    messages = list(iter_messages(paths))
    total = len(messages)
    created = merged = 0
    for n, (label, raw) in enumerate(messages, 1):
        env = Envelope(mail_from="", rcpt_tos=list(settings.mailbox.addresses[:1]), peer="ingest",
                       received_at=iso(utcnow()), helo=label[-200:])
        sid = spool.write(env, raw)
        before = len(store.list_incidents())
        inc = worker.process_one(sid)
        if inc is not None:
            if len(store.list_incidents()) > before:
                created += 1
            else:
                merged += 1
        if progress:
            width = 30
            done = int(width * n / total) if total else width
            sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total}")
            sys.stderr.flush()
    if progress:
        sys.stderr.write("\n")
    print(f"ingested {total} message(s): {created} new incident(s), {merged} merged into existing ones")
    return 0
