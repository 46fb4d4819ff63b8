"""``breachdesk ingest PATH…``: import .eml files, mbox files and Maildir folders.

Each message goes through the spool and the same :class:`~ingest.worker.Worker`
as mail received over SMTP (retries, "unparseable" incidents, duplicate merging),
so an exported shared mailbox ends up exactly as if it had been forwarded —
except that nobody gets an acknowledgement for old mail. Messages are read one at
a time (a large mbox is never loaded whole); a progress bar is drawn on a terminal.

History stays true: an imported message keeps the time it first arrived — the top
``Received:`` header's date, else its ``Date:``, else the mbox ``From `` line or the
Maildir delivery time — as its "received" and "became aware" time, so its 72-hour clock
and the statistics for its year are those of the day it came in (``--as-new`` files it
as arriving now instead). In a folder only files that look like mail are taken
(:mod:`ingest.folders`); the others are counted and the command says why it left them.
"""

from __future__ import annotations

import logging
import mailbox
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TextIO

from breachdesk.datadir import open_store
from breachdesk.errors import IngestError
from breachdesk.model import iso, utcnow
from breachdesk.settings import Settings
from ingest.folders import OLE_MAGIC, Skipped, mail_kind
from ingest.spool import Envelope, Spool

log = logging.getLogger("breachdesk.ingest")

HEADER_BYTES = 256 * 1024               # the header block of any sane message fits in this
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
CLOCK_SKEW = timedelta(days=1)          # a date further ahead than this is a wrong clock, not arrival


@dataclass(frozen=True)
class Message:
    """One message to import: where it came from, its bytes, and its mailbox's delivery time."""

    label: str
    raw: bytes
    delivered: datetime | None = None


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _sources(path: Path, skipped: Skipped | None = None, *, named: bool = True) -> Iterator[tuple[str, Path]]:
    """(kind, path) for each eml / mbox / maildir under ``path``.

    A file named on the command line is taken as given; a file found in a folder only when
    it looks like mail, the others counted in ``skipped``.
    """
    if _is_maildir(path):
        yield "maildir", path
        for sub in sorted(path.iterdir()):          # Maildir++ sub-folders (.Sent, .Archive…)
            if sub.name.startswith(".") and _is_maildir(sub):
                yield "maildir", sub
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            if not child.name.startswith("."):
                yield from _sources(child, skipped, named=False)
    elif path.is_file():
        if named:
            yield ("mbox" if _is_mbox(path) else "eml"), path
            return
        kind, why = mail_kind(path)
        if kind:
            yield ("mbox" if kind == "mbox" else "eml"), path
        elif skipped is not None:
            skipped.add(why, path)
    elif named:
        raise IngestError(f"{path}: no such file or folder")


def _count(kind: str, path: Path) -> int:
    if kind == "eml":
        return 1
    box: Any = mailbox.Maildir(str(path), factory=None, create=False) if kind == "maildir" \
        else mailbox.mbox(str(path), create=False)
    return len(box.keys())


def _from_line_time(line: bytes) -> datetime | None:
    """The delivery time on an mbox ``From sender Tue Dec  1 10:00:00 2025`` line."""
    words = line.decode("ascii", "replace").split()[2:]        # after "From" and the sender
    for text, fmt in ((" ".join(words[:5]), "%a %b %d %H:%M:%S %Y"),
                      (" ".join(words[:6]), "%a %b %d %H:%M:%S %Y %z")):
        try:
            return _aware(datetime.strptime(text, fmt))
        except ValueError:
            continue
    try:
        from dateutil import parser as dateparser

        return _aware(dateparser.parse(" ".join(words)))
    except (ValueError, OverflowError):
        return None


def _maildir_time(md: mailbox.Maildir, key: str) -> datetime | None:
    """Maildir names start with the delivery time in seconds; else the file's mtime."""
    head = key.split(".", 1)[0]
    if head.isdigit():
        return datetime.fromtimestamp(int(head), UTC)
    try:
        return datetime.fromtimestamp(md.get_message(key).get_date(), UTC)
    except (OSError, KeyError, ValueError, OverflowError):
        return None


def iter_messages(paths: list[str], skipped: Skipped | None = None) -> Iterator[Message]:
    """Every message under the given paths, one at a time."""
    for p in paths:
        for kind, path in _sources(Path(p), skipped):
            if kind == "eml":
                yield Message(str(path), path.read_bytes())
            elif kind == "maildir":
                md = mailbox.Maildir(str(path), factory=None, create=False)
                for key in sorted(md.keys()):
                    yield Message(f"{path}:{key}", md.get_bytes(key), _maildir_time(md, key))
            else:
                mb = mailbox.mbox(str(path), create=False)
                for i, key in enumerate(mb.keys()):
                    data = mb.get_bytes(key, from_=True)
                    first, _, rest = data.partition(b"\n")
                    if first.startswith(b"From "):
                        yield Message(f"{path}#{i + 1}", rest, _from_line_time(first))
                    else:
                        yield Message(f"{path}#{i + 1}", data)


def count_messages(paths: list[str], skipped: Skipped | None = None) -> int:
    return sum(_count(kind, path) for p in paths for kind, path in _sources(Path(p), skipped))


# ------------------------------------------------------------ arrival time


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _header_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return _aware(parsedate_to_datetime(str(value).strip()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _msg_file_time(raw: bytes) -> datetime | None:
    """An Outlook .msg: when it was received (else sent), as Outlook recorded it."""
    try:
        import extract_msg
        from extract_msg.enums import ErrorBehavior

        msg = extract_msg.openMsg(raw, errorBehavior=ErrorBehavior.SUPPRESS_ALL)
    except Exception:  # noqa: BLE001 - extract-msg raises many kinds; the worker reports the file
        return None
    try:
        for attr in ("receivedTime", "date"):
            try:
                value = getattr(msg, attr, None)
            except Exception:  # noqa: BLE001
                continue
            if isinstance(value, datetime):
                return _aware(value)
        return None
    finally:
        try:
            msg.close()
        except Exception:  # noqa: BLE001
            pass


def _plausible(when: datetime | None, now: datetime) -> bool:
    return when is not None and EARLIEST <= when <= now + CLOCK_SKEW


def arrival_time(raw: bytes, delivered: datetime | None = None, *, now: datetime | None = None) -> datetime | None:
    """When the report first arrived: top ``Received:``, else ``Date:``, else ``delivered``.

    None when nothing plausible is known (then the import time is used). Dates before 1990
    or more than a day ahead of now are wrong clocks and are passed over.
    """
    now = now or utcnow()
    candidates: list[datetime | None] = []
    if raw.startswith(OLE_MAGIC):
        candidates.append(_msg_file_time(raw))
    else:
        end = raw.find(b"\r\n\r\n", 0, HEADER_BYTES)
        end = raw.find(b"\n\n", 0, HEADER_BYTES) if end < 0 else end
        head = raw[:end if end >= 0 else HEADER_BYTES]
        msg = BytesHeaderParser(policy=compat32).parsebytes(head)
        received = msg.get_all("Received") or []
        if received:
            candidates.append(_header_date(str(received[0]).rpartition(";")[2]))
        candidates.append(_header_date(msg.get("Date")))
    candidates.append(delivered)
    for when in candidates:
        if _plausible(when, now):
            return when.astimezone(UTC)  # type: ignore[union-attr]
    return None


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


def ingest_paths(settings: Settings, paths: list[str], *, progress: bool = False, engine: Any = None,
                 as_new: bool = False) -> int:
    """Import every message under ``paths``; with ``as_new`` each is filed as arriving now."""
    from ingest.worker import Worker

    skipped = Skipped()
    total = count_messages(paths, skipped)   # also checks every path before the slow engine loads
    if skipped.total:
        print(f"{skipped.summary()} — not mail, left out", file=sys.stderr)
    if not total:
        raise IngestError("no mail to import in " + ", ".join(paths)
                          + (f" ({skipped.summary()})" if skipped.total else ""))
    if engine is None:
        from ingest.process import Engine

        engine = Engine(settings)
    root = settings.data_dir()
    store = open_store(settings)
    spool = Spool(root / "spool", cipher=store.cipher)
    worker = Worker(engine, store, spool, retry_delay=0.0)
    bar = Progress(total, sys.stderr if progress else None)
    created = merged = failed = n = 0
    dated = 0
    for item in iter_messages(paths):
        n += 1
        when = None if as_new else arrival_time(item.raw, item.delivered)
        dated += when is not None
        env = Envelope(mail_from="", rcpt_tos=list(settings.mailbox.addresses[:1]), peer="ingest",
                       received_at=iso(when or utcnow()), helo=item.label[-200:])
        sid = spool.write(env, item.raw)
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
          + (f", {failed} left in the spool for the daemon" if failed else "")
          + (f"; skipped {skipped.total} file(s) that are not mail" if skipped.total else ""))
    if as_new:
        print("filed as arriving now (--as-new): each has a fresh 72-hour clock")
    elif dated < n:
        print(f"{n - dated} message(s) had no arrival date: filed as arriving now")
    return 0
