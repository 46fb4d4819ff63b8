"""``breachdesk ingest PATH…``: import .eml files, mbox files and Maildir folders.

The files are read by the caller (:func:`send_paths`) — the guardian runs as its own user and
may not be able to read them — and each message's bytes go to whoever holds the store
(:meth:`breachdesk.service.StoreService.ingest`): over the API while ``breachdesk serve`` runs,
or in this process for the owner in embedded mode. There it is spooled durably like mail received
over SMTP (:func:`spool_import`; at most ``[mailbox] max_message_bytes``, the SMTP limit) and goes
through the same filing and analysis (retries, "unparseable" incidents, duplicate merging), so an
exported shared mailbox ends up exactly as if it had been forwarded — except that nobody gets an
acknowledgement for old mail. Messages are read and sent one at a time (a large mbox is never
loaded whole); a progress bar is drawn on a terminal.

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
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from breachdesk.errors import IngestError
from breachdesk.model import iso, utcnow
from breachdesk.settings import Settings
from breachdesk.textsafe import inert
from ingest.folders import OLE_MAGIC, Skipped, mail_kind
from ingest.spool import Envelope, Spool

if TYPE_CHECKING:
    from breachdesk.api.backend import Backend

log = logging.getLogger("breachdesk.ingest")

HEADER_BYTES = 256 * 1024               # the header block of any sane message fits in this
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
CLOCK_SKEW = timedelta(days=1)          # a date further ahead than this is a wrong clock, not arrival
FILE_WAIT = 60.0                        # seconds to wait for the daemon to analyse what was sent
FILE_POLL = 0.5


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


# ------------------------------------------------------------ filing: the guardian's side


def spool_import(settings: Settings, spool: Spool, raw: bytes, *, label: str = "", delivered: str = "",
                 as_new: bool = False) -> tuple[str, datetime | None]:
    """Spool one imported message as mail received (durably, before anyone is told it is in);
    its spool id and the arrival time found for it (None: filed as arriving now)."""
    try:
        hint = _aware(datetime.fromisoformat(delivered)) if delivered else None
    except ValueError:
        raise IngestError("delivered: not an ISO date and time") from None
    when = None if as_new else arrival_time(raw, hint)
    env = Envelope(mail_from="", rcpt_tos=list(settings.mailbox.addresses[:1]), peer="ingest",
                   received_at=iso(when or utcnow()), helo=inert(label)[-200:])
    return spool.write(env, raw), when


# ------------------------------------------------------------ sending: the caller's side


def send_paths(backend: Backend, paths: list[str], *, progress: bool = False, as_new: bool = False,
               wait: float = FILE_WAIT) -> int:
    """Import every message under ``paths`` through ``backend``: read here, as the caller (the
    guardian may not be able to read the caller's files), and sent one message at a time."""
    skipped = Skipped()
    total = count_messages(paths, skipped)   # also checks every path before anything is sent
    if skipped.total:
        print(f"{skipped.summary()} — not mail, left out", file=sys.stderr)
    if not total:
        raise IngestError("no mail to import in " + ", ".join(paths)
                          + (f" ({skipped.summary()})" if skipped.total else ""))
    limit = backend.ingest_check()            # the role is checked (a refusal audited) before any is sent
    bar = Progress(total, sys.stderr if progress else None)
    results: dict[str, dict[str, Any]] = {}
    n = dated = too_large = 0
    for item in iter_messages(paths):
        n += 1
        if len(item.raw) > limit:
            too_large += 1
            print(f"{inert(item.label)}: {len(item.raw)} bytes, more than the mailbox takes ({limit}); left out",
                  file=sys.stderr)
            continue
        r = backend.ingest(item.raw, label=item.label, as_new=as_new,
                           delivered=iso(item.delivered) if item.delivered else "")
        results[r["spool_id"]] = r
        dated += bool(r.get("dated"))
        bar.update(n, *_tally(results))
    bar.close()
    _wait_analysed(backend, results, wait)
    created, merged = _tally(results)
    filed = sum(1 for r in results.values() if r.get("state") == "filed")
    waiting = len(results) - created - merged - filed
    log.info("ingest: %d message(s), %d new incident(s), %d merged", n, created, merged)
    print(f"ingested {len(results)} message(s): {created} new incident(s), {merged} merged into existing ones"
          + (f", {filed} in the queue and still being analysed (duplicates are merged then)" if filed else "")
          + (f", {waiting} still with the daemon" if waiting else "")
          + (f"; skipped {skipped.total} file(s) that are not mail" if skipped.total else "")
          + (f"; left out {too_large} too large" if too_large else ""))
    if as_new:
        print("filed as arriving now (--as-new): each has a fresh 72-hour clock")
    elif dated < len(results):
        print(f"{len(results) - dated} message(s) had no arrival date: filed as arriving now")
    return 1 if too_large else 0


def _tally(results: dict[str, dict[str, Any]]) -> tuple[int, int]:
    """(new incidents, merged into existing ones) among the messages analysed."""
    done = [r for r in results.values() if r.get("state") == "analysed"]
    merged = sum(1 for r in done if r.get("merged"))
    return len(done) - merged, merged


def _wait_analysed(backend: Backend, results: dict[str, dict[str, Any]], wait: float) -> None:
    """Until the daemon has analysed every message sent (each is in the queue from its headers at
    once; duplicates are known only after analysis), or for ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        waiting = [sid for sid, r in results.items() if r.get("state") != "analysed"]
        if not waiting or time.monotonic() >= deadline:
            return
        time.sleep(FILE_POLL)
        for state in backend.ingest_status(waiting):
            results[state["spool_id"]].update(state)


def ingest_paths(settings: Settings, paths: list[str], *, progress: bool = False, engine: Any = None,
                 as_new: bool = False) -> int:
    """Import in embedded mode (this process files and analyses; tests and the owner's laptop)."""
    from breachdesk.api.backend import local_backend

    backend = local_backend(settings, engine=engine)
    try:
        return send_paths(backend, paths, progress=progress, as_new=as_new)
    finally:
        backend.close()
