"""``breachdesk doctor``: check the store, and rebuild its queue from the incident documents.

Why: the store refuses to open a queue file that is missing, empty or damaged while
anything says a store lived there (its identity, its counter, a detail document) —
so that refs are never reused and details never overwritten. This is the way back:
:func:`check` says what is wrong without changing anything; :func:`rebuild` makes a
new snapshot and journal from everything still readable — each detail document
carries its incident's queue row (``queue_row``), the journal its latest rows and
details, the old snapshot whatever of it parses — keeping for each incident the row
with the highest version, and a counter no lower than any ref ever seen.

Messages name references, files and counts only, never a value from an incident.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from breachdesk import crypto, journal
from breachdesk.errors import StoreError
from breachdesk.model import ICO_DEADLINE, Incident, iso, utcnow
from breachdesk.queue_table import ref_number
from breachdesk.store import (
    COUNTER,
    IDENTITY,
    JOURNAL,
    ROW_KEY,
    SNAPSHOT,
    AtomicJSONStorage,
    Store,
    atomic_write_bytes,
    sync_filesystem,
)


@dataclass
class Found:
    """What is on disk, read without trusting any one file."""

    store_ids: dict[str, str] = field(default_factory=dict)       # file -> store id
    snapshot: dict[str, Any] | None = None
    snapshot_seq: int = 0
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)  # queue rows (snapshot + journal)
    journal_details: dict[str, dict[str, Any]] = field(default_factory=dict)
    last_seq: int = 0
    records: int = 0
    counters: dict[str, int] = field(default_factory=dict)         # snapshot and journal
    counter_file: dict[str, int] | None = None
    details: list[str] = field(default_factory=list)               # refs with details/REF.json


@dataclass
class DoctorReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rebuilt: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> DoctorReport:
    """Look at identity, counter, journal, snapshot and details; change nothing."""
    report = DoctorReport()
    found = _survey(store, report)
    _check_identity(found, report)
    _check_rows_and_details(found, report)
    _check_counter(found, report)
    if report.ok:
        try:
            Store(store.root, cipher=store.cipher).list_incidents()
        except StoreError as exc:
            report.problems.append(f"the store does not open: {exc}")
    report.notes.append(f"{len(found.rows)} incident(s) in the queue, {len(found.details)} detail document(s), "
                        f"{found.records} journal record(s) after the snapshot, counters "
                        f"{_fmt(_max_counters(found.counters, found.counter_file or {}))}")
    return report


def rebuild(store: Store) -> DoctorReport:
    """Write a new queue (snapshot and journal) from everything readable; then check again."""
    report = DoctorReport()
    with store._file_lock():
        found = _survey(store, report)
        rows = dict(found.rows)
        _restore_missing_details(store, found, report)
        for ref in found.details:
            row = _row_from_detail(store, ref, report)
            if row is not None and int(row.get("version") or 0) >= int((rows.get(ref) or {}).get("version") or 0):
                rows[ref] = row
        counters = _max_counters(found.counters, found.counter_file or {}, _counters_of(rows),
                                 _counters_of({r: {} for r in found.details}))
        store_id = (found.store_ids.get(IDENTITY) or found.store_ids.get(SNAPSHOT)
                    or found.store_ids.get(JOURNAL) or uuid.uuid4().hex)
        seq = max(found.last_seq, found.snapshot_seq) + 1      # a gap: every process loads anew
        _write_queue(store, store_id, seq, counters, rows)
        report.rebuilt = len(rows)
        report.notes.append(f"rebuilt the queue: {len(rows)} incident(s), counters {_fmt(counters)}")
    after = check(store)
    report.problems = after.problems
    report.notes += after.notes
    return report


# -- reading what is there -------------------------------------------------------------


def _survey(store: Store, report: DoctorReport) -> Found:
    found = Found()
    _read_identity(store, found, report)
    _read_snapshot(store, found, report)
    _read_journal(store, found, report)
    found.counter_file = _read_counter_file(store, found, report)
    found.details = sorted(p.stem for p in (store.root / "details").glob("*.json"))
    return found


def _read_identity(store: Store, found: Found, report: DoctorReport) -> None:
    try:
        doc = json.loads(store.identity_path.read_bytes())
        found.store_ids[IDENTITY] = str(doc["store_id"])
    except FileNotFoundError:
        report.problems.append(f"{IDENTITY} is missing")
    except (ValueError, KeyError, TypeError):
        report.problems.append(f"{IDENTITY} is damaged")


def _read_snapshot(store: Store, found: Found, report: DoctorReport) -> None:
    try:
        data = AtomicJSONStorage(str(store.db_path)).read()
    except StoreError:
        report.problems.append(f"{SNAPSHOT} (the queue file) is damaged: not valid JSON")
        return
    if data is None:
        report.problems.append(f"{SNAPSHOT} (the queue file) is missing or empty")
        return
    found.snapshot = data
    meta = (data.get("meta") or {}).get("1") or {}
    if meta.get("store_id"):
        found.store_ids[SNAPSHOT] = str(meta["store_id"])
    found.snapshot_seq = int(meta.get("seq") or 0)
    found.counters = _max_counters(found.counters, {str(k): int(v) for k, v in (meta.get("counters") or {}).items()})
    for row in (data.get("incidents") or {}).values():
        if isinstance(row, dict) and row.get("ref"):
            found.rows[row["ref"]] = row


def _read_journal(store: Store, found: Found, report: DoctorReport) -> None:
    try:
        fh = open(store.journal_path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        report.problems.append(f"{JOURNAL} is missing")
        return
    with fh:
        try:
            head = journal.read_head(fh)
        except StoreError:
            report.problems.append(f"{JOURNAL}'s header is damaged")
            return
        found.store_ids[JOURNAL] = head.store_id
        tail = journal.read_tail(fh, head.end, os.fstat(fh.fileno()).st_size)
    if tail.damaged_at >= 0:
        report.problems.append(f"{JOURNAL} is damaged at byte {tail.damaged_at} (records after it are "
                               "unread; the details still hold them)")
    if tail.pending:
        report.problems.append(f"{JOURNAL}'s last line is incomplete ({tail.pending} bytes: a write that "
                               "did not finish; it is ignored and cut off by the next write)")
    if head.base_seq > found.snapshot_seq and found.snapshot is not None:
        report.problems.append(f"{JOURNAL} starts after record {head.base_seq} but {SNAPSHOT} holds only "
                               f"{found.snapshot_seq}")
    expected = max(head.base_seq, found.snapshot_seq)
    for rec in tail.records:
        found.last_seq = max(found.last_seq, rec["seq"])
        if rec["seq"] <= found.snapshot_seq:
            continue
        if rec["seq"] != expected + 1:
            report.problems.append(f"{JOURNAL} skips from record {expected} to {rec['seq']}")
        expected = rec["seq"]
        found.records += 1
        row = rec.get("row")
        if isinstance(row, dict) and row.get("ref"):
            found.rows[row["ref"]] = row
            if isinstance(rec.get("detail"), dict):
                found.journal_details[row["ref"]] = rec["detail"]
        found.counters = _max_counters(found.counters, {str(k): int(v) for k, v in
                                                        (rec.get("counters") or {}).items()})


def _read_counter_file(store: Store, found: Found, report: DoctorReport) -> dict[str, int] | None:
    try:
        doc = json.loads(store.counter_path.read_bytes())
        if doc.get("store_id"):
            found.store_ids[COUNTER] = str(doc["store_id"])
        return {str(k): int(v) for k, v in (doc.get("counters") or {}).items()}
    except FileNotFoundError:
        report.problems.append(f"{COUNTER} is missing")
    except (ValueError, AttributeError, TypeError):
        report.problems.append(f"{COUNTER} is damaged")
    return None


# -- checks ----------------------------------------------------------------------------


def _check_identity(found: Found, report: DoctorReport) -> None:
    ids = set(found.store_ids.values())
    if len(ids) > 1:
        report.problems.append("the store's files disagree on its identity: " + ", ".join(
            f"{name} {sid[:8]}" for name, sid in sorted(found.store_ids.items())))
    elif ids:
        report.notes.append(f"store id {ids.pop()}")


def _check_rows_and_details(found: Found, report: DoctorReport) -> None:
    details = set(found.details)
    rows = set(found.rows)
    for ref in sorted(rows - details):
        report.problems.append(f"{ref} is in the queue but details/{ref}.json is missing"
                               + (" (the journal still holds it)" if ref in found.journal_details else ""))
    for ref in sorted(details - rows):
        report.problems.append(f"details/{ref}.json has no row in the queue")


def _check_counter(found: Found, report: DoctorReport) -> None:
    highest = _max_counters(_counters_of(found.rows), _counters_of({r: {} for r in found.details}))
    counters = _max_counters(found.counters, found.counter_file or {})
    for year, n in sorted(highest.items()):
        if counters.get(year, 0) < n:
            report.problems.append(f"the counter for {year} is at {counters.get(year, 0)} but BD-{year}-{n:06d} "
                                   "exists (refs could be reused)")
    if found.counter_file is not None:
        for year, n in sorted(found.counters.items()):
            if found.counter_file.get(year, 0) < n:
                report.notes.append(f"{COUNTER} lags the journal for {year} ({found.counter_file.get(year, 0)} "
                                    f"< {n}): it is caught up by the next create")


# -- rebuilding ------------------------------------------------------------------------


def _restore_missing_details(store: Store, found: Found, report: DoctorReport) -> None:
    """Details the journal holds newer than their files (or that have none): written out first."""
    for ref, sealed in found.journal_details.items():
        journalled = int((sealed.get(ROW_KEY) or {}).get("version") or 0)
        if ref in found.details and _file_version(store, ref) >= journalled:
            continue
        atomic_write_bytes(store._detail_path(ref), json.dumps(sealed, separators=(",", ":")).encode())
        if ref not in found.details:
            found.details.append(ref)
        report.notes.append(f"details/{ref}.json restored from the journal")


def _file_version(store: Store, ref: str) -> int:
    try:
        doc = json.loads(store._detail_path(ref).read_bytes())
        return int((doc.get(ROW_KEY) or {}).get("version") or 0)
    except (OSError, ValueError, AttributeError, TypeError):
        return -1


def _row_from_detail(store: Store, ref: str, report: DoctorReport) -> dict[str, Any] | None:
    try:
        detail = store._read_detail(ref)
    except StoreError as exc:
        report.problems.append(f"details/{ref}.json cannot be read ({exc})")
        return None
    row = detail.get(ROW_KEY)
    if isinstance(row, dict) and row.get("ref") == ref:
        # the row as stored: personal fields sealed (breachdesk.crypto); normalised opened, sealed again
        opened = Incident.from_doc(crypto.open_row_fields(row, store.keyring)).to_doc()
        return crypto.seal_row_fields(opened, store.keyring)
    report.notes.append(f"{ref}: its detail predates queue rows in details; rebuilt with what it has "
                        "(reporter, subject and grade blank: re-run `breachdesk rescore`)")
    return _minimal_row(store, ref, detail)


def _minimal_row(store: Store, ref: str, detail: dict[str, Any]) -> dict[str, Any]:
    received = next((t.get("at") for t in detail.get("timeline") or []
                     if isinstance(t, dict) and t.get("action") == "received"), None)
    try:
        when = datetime.fromisoformat(received) if received else None
    except ValueError:
        when = None
    if when is None:
        when = datetime.fromtimestamp(store._detail_path(ref).stat().st_mtime).astimezone()
    inc = Incident(ref=ref, received_at=iso(when), deadline=iso(when + ICO_DEADLINE), reporter="", subject="",
                   updated_at=iso(utcnow()))
    return inc.to_doc()


def _write_queue(store: Store, store_id: str, seq: int, counters: dict[str, int],
                 rows: dict[str, dict[str, Any]]) -> None:
    """Details synced, then snapshot, journal, identity and counter — the store's own order."""
    sync_filesystem(store.root / "details")
    ordered = sorted(rows.values(), key=lambda r: (r.get("received_at") or "", r["ref"]))
    created = iso(utcnow())
    meta = {"store_id": store_id, "seq": seq, "counters": counters, "created_at": created}
    AtomicJSONStorage(str(store.db_path)).write(
        {"incidents": {str(i): row for i, row in enumerate(ordered, 1)}, "meta": {"1": meta}})
    journal.replace(store.journal_path, store_id, seq)
    if not store.identity_path.exists():
        atomic_write_bytes(store.identity_path, json.dumps({"store_id": store_id, "created_at": created}).encode())
    store._write_counter_doc(store_id, counters, durable=True)
    shared = store._shared
    if shared.queue is not None:
        shared.queue.fh.close()
        shared.queue = None


def _counters_of(rows: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for ref in rows:
        year, n = ref_number(ref)
        if year and n > out.get(year, 0):
            out[year] = n
    return out


def _max_counters(*sources: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for src in sources:
        for year, n in src.items():
            out[year] = max(out.get(year, 0), int(n))
    return out


def _fmt(counters: dict[str, int]) -> str:
    return ", ".join(f"{y}: {n}" for y, n in sorted(counters.items())) or "none"

