"""The queue in memory: a TinyDB over a MemoryStorage, with the indexes ``find`` needs.

Why TinyDB in memory: the snapshot on disk is a TinyDB database (tables ``incidents``
and ``meta``); loaded, it becomes the MemoryStorage's contents as read, and every
journalled change is an insert or a replace by document id through TinyDB's own table
API. :class:`QueueTable` makes those O(1) — stock TinyDB copies a whole table on each
write, which over a MemoryStorage is all the cost there is. Rows are replaced, never
changed in place, so a compaction may serialise a shallow copy while writers go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import IO, Any

from tinydb import TinyDB
from tinydb.table import Table

from breachdesk.model import Incident


class _IntKeys(MutableMapping):  # type: ignore[type-arg]
    """The stored table (string ids) seen with int ids, as TinyDB's updaters expect."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __getitem__(self, key: int) -> Any:
        return self.raw[str(key)]

    def __setitem__(self, key: int, value: Any) -> None:
        self.raw[str(key)] = value

    def __delitem__(self, key: int) -> None:
        del self.raw[str(key)]

    def __contains__(self, key: object) -> bool:
        return str(key) in self.raw

    def __iter__(self) -> Iterator[int]:
        return (int(k) for k in self.raw)

    def __len__(self) -> int:
        return len(self.raw)


class QueueTable(Table):
    """A TinyDB table whose writes by document id cost O(1) over a MemoryStorage.

    Stock TinyDB copies the whole table on each write (its storages only read and write
    everything); in memory that copy is all the cost there is, so updaters work on the
    stored table in place instead. Queries, ``get(doc_id=…)``, ``all()`` are stock.
    """

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        tables = self._storage.read()
        if tables is None:
            tables = {}
            self._storage.write(tables)
        updater(_IntKeys(tables.setdefault(self.name, {})))  # type: ignore[arg-type]
        self.clear_cache()

    def replace(self, doc_id: int, document: dict[str, Any]) -> None:
        """Put a new dict in the document's place (a compaction may be reading the old one)."""
        def updater(table: dict[int, Any]) -> None:
            if doc_id not in table:
                raise KeyError(doc_id)
            table[doc_id] = dict(document)
        self._update_table(updater)


class QueueDB(TinyDB):
    table_class = QueueTable


@dataclass
class MemQueue:
    """What one process has read of the store: rows, indexes, where it is in the journal."""

    db: QueueDB
    store_id: str
    seq: int
    counters: dict[str, int]
    created_at: str
    fh: IO[bytes]                       # the journal read (held open: its inode stays ours)
    ino: int
    offset: int
    snap_sig: tuple[int, int, int]      # snapshot (inode, size, mtime) as we left it
    doc_ids: dict[str, int] = field(default_factory=dict)
    rows: dict[str, Incident] = field(default_factory=dict)
    by_spool: dict[str, list[str]] = field(default_factory=dict)
    by_message: dict[str, list[str]] = field(default_factory=dict)
    by_content: dict[str, list[str]] = field(default_factory=dict)
    # details journalled before the machine last restarted: maybe never reached the disk
    redo: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    # rows are stored with their personal fields sealed (breachdesk.crypto.seal_row_fields):
    # the table keeps them so, the Incidents in ``rows`` are made from them opened
    open_row: Callable[[dict[str, Any]], dict[str, Any]] | None = None

    @property
    def table(self) -> Table:
        return self.db.table("incidents")

    def put(self, row: dict[str, Any]) -> None:
        """Insert or replace one row (O(1)), keeping the indexes right."""
        ref = row["ref"]
        old = self.rows.get(ref)
        if old is not None:
            self._unindex(old)
            self.table.replace(self.doc_ids[ref], row)
        else:
            self.doc_ids[ref] = self.table.insert(row)
        inc = Incident.from_doc(self.open_row(row) if self.open_row else row)
        self.rows[ref] = inc
        self._index(inc)
        year, n = ref_number(ref)
        if n > self.counters.get(year, 0):
            self.counters[year] = n

    def load(self, table: dict[str, Any]) -> None:
        """Take a snapshot's ``incidents`` table as it was read: it becomes TinyDB's memory."""
        self.db.storage.write({"incidents": table, "meta": {}})
        rows, doc_ids, counters, opener = self.rows, self.doc_ids, self.counters, self.open_row
        for doc_id, row in table.items():
            ref = row.get("ref") if isinstance(row, dict) else None
            if not ref:
                continue
            if ref in rows:
                self._unindex(rows[ref])
            inc = Incident.from_doc(opener(row) if opener else row)
            rows[ref] = inc
            doc_ids[ref] = int(doc_id)
            self._index(inc)
            year, n = ref_number(ref)
            if n > counters.get(year, 0):
                counters[year] = n

    def _keys(self, inc: Incident) -> Iterator[tuple[dict[str, list[str]], str]]:
        for sid in {inc.spool_id, *inc.spool_ids}:
            yield self.by_spool, sid
        yield self.by_message, inc.original_message_id
        yield self.by_content, inc.content_key

    def _index(self, inc: Incident) -> None:
        ref = inc.ref
        if inc.spool_id:
            self.by_spool.setdefault(inc.spool_id, []).append(ref)
        for sid in inc.spool_ids:
            if sid and sid != inc.spool_id:
                self.by_spool.setdefault(sid, []).append(ref)
        if inc.original_message_id:
            self.by_message.setdefault(inc.original_message_id, []).append(ref)
        if inc.content_key:
            self.by_content.setdefault(inc.content_key, []).append(ref)

    def _unindex(self, inc: Incident) -> None:
        for index, key in self._keys(inc):
            refs = index.get(key)
            if refs and inc.ref in refs:
                refs.remove(inc.ref)
                if not refs:
                    del index[key]

    def first(self, index: dict[str, list[str]], key: str) -> Incident | None:
        refs = index.get(key) if key else None
        return self.rows[refs[0]] if refs else None

    def meta(self) -> dict[str, Any]:
        return {"store_id": self.store_id, "seq": self.seq, "counters": dict(self.counters),
                "created_at": self.created_at}


def ref_number(ref: str) -> tuple[str, int]:
    parts = ref.split("-")
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return parts[1], int(parts[2])
    return "", 0
