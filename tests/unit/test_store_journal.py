"""The store's journal: restart, torn lines, crashes mid-compaction, refused queues, refs."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from breachdesk import journal
from breachdesk import store as store_mod
from breachdesk.errors import StoreError
from breachdesk.model import Incident
from breachdesk.store import DAMAGED, Store


def _fields(i: int, **kw: object) -> dict:
    return {"received_at": "2026-11-01T09:00:00+00:00", "reporter": f"r{i}@nhs.net", "subject": f"s{i}",
            "spool_id": f"spool-{i}", **kw}


def _detail(i: int) -> dict:
    return {"identifiers": [{"kind": "nhs_number", "value": "9434765919", "masked": "*** *** **19"}],
            "sections": [{"where": "body", "text": f"report {i}"}]}


def _triage(inc: Incident, d: dict) -> str:
    inc.status = "triage"
    d.setdefault("notes", []).append("looked")
    return "status new -> triage"


def reopen(root: Path) -> Store:
    """What a new process sees: nothing loaded yet."""
    for sh in store_mod._SHARED.values():
        if sh.queue is not None:
            sh.queue.fh.close()
    store_mod._SHARED.clear()
    return Store(root)


def _state(st: Store) -> tuple[list[dict], dict[str, dict]]:
    rows = sorted((i.to_doc() for i in st.list_incidents()), key=lambda r: r["ref"])
    return rows, {r["ref"]: st.detail(r["ref"]) for r in rows}


@pytest.fixture
def filled(tmp_path: Path) -> Store:
    st = Store(tmp_path / "d")
    for i in range(1, 6):
        st.create(_fields(i), _detail(i))
    st.update("BD-2026-000002", _triage, by="alice", action="status")
    return st


def test_restart_recovers_snapshot_plus_journal(filled: Store) -> None:
    filled.compact()                                     # rows 1-5 in the snapshot…
    filled.create(_fields(6), _detail(6))                # …and these only in the journal
    filled.update("BD-2026-000004", _triage, by="bob", action="status")
    before = _state(filled)
    after = reopen(filled.root)
    assert _state(after) == before
    assert after.get("BD-2026-000004").status == "triage"
    assert after.create(_fields(7), {}).ref == "BD-2026-000007"
    # the snapshot is a TinyDB database: TinyDB itself reads it
    with TinyDB(str(filled.db_path), storage=JSONStorage, access_mode="r") as db:
        assert {r["ref"] for r in db.table("incidents").all()} == {f"BD-2026-00000{i}" for i in range(1, 6)}


def test_crash_between_snapshot_and_new_journal_replays_the_same(filled: Store,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(filled)

    def crash(*a: object, **k: object) -> None:
        raise OSError(5, "simulated crash")

    monkeypatch.setattr(journal, "replace", crash)
    with pytest.raises(OSError):
        filled.compact()                                 # the new snapshot is in place, the old journal too
    monkeypatch.undo()
    st = reopen(filled.root)
    assert _state(st) == before
    assert st.create(_fields(9), {}).ref == "BD-2026-000006"
    assert len(reopen(filled.root).list_incidents()) == 6


def test_torn_last_line_is_ignored_reported_and_cut_off(filled: Store) -> None:
    before = _state(filled)
    with open(filled.journal_path, "ab") as fh:
        fh.write(b'{"seq": 8, "op": "update", "ref": "BD-2026-0000')   # a writer died mid-append
    st = reopen(filled.root)
    assert _state(st) == before                          # readers ignore it
    new = st.create(_fields(6), {})                      # the next writer reports and cuts it off
    assert new.ref == "BD-2026-000006"
    assert any("incomplete" in p for p in st.problems)
    st2 = reopen(filled.root)
    assert len(st2.list_incidents()) == 6 and not st2.problems


def test_damage_inside_the_journal_is_refused(filled: Store) -> None:
    lines = filled.journal_path.read_bytes().splitlines(keepends=True)
    lines[2] = b"garbage\n"
    filled.journal_path.write_bytes(b"".join(lines))
    with pytest.raises(StoreError, match="doctor"):
        reopen(filled.root).list_incidents()


@pytest.mark.parametrize("damage", ["empty", "missing", "garbage"])
def test_a_damaged_queue_file_is_never_a_new_store(filled: Store, damage: str) -> None:
    filled.compact()
    first_detail = (filled.root / "details" / "BD-2026-000001.json").read_bytes()
    if damage == "empty":
        filled.db_path.write_bytes(b"")
    elif damage == "missing":
        filled.db_path.unlink()
    else:
        filled.db_path.write_bytes(b'{"incidents": {"1": {"ref": ')
    st = reopen(filled.root)
    with pytest.raises(StoreError) as err:
        st.list_incidents()
    assert str(err.value) == DAMAGED
    with pytest.raises(StoreError):
        st.create(_fields(99), {})
    assert (filled.root / "details" / "BD-2026-000001.json").read_bytes() == first_detail
    # a process that had it loaded notices too, rather than writing over it
    with pytest.raises(StoreError):
        filled.create(_fields(98), {})


def test_emptied_queue_with_only_details_left_is_refused(filled: Store) -> None:
    for name in ("incidents.json", "incidents.journal", "store.id", "refs.counter"):
        (filled.root / name).unlink()
    with pytest.raises(StoreError, match="doctor"):
        reopen(filled.root).list_incidents()


def test_counter_never_goes_backwards(filled: Store) -> None:
    filled.compact()
    # someone puts back an older queue file that knew only 2 incidents
    older = {"incidents": {}, "meta": {"1": {**json.loads(filled.db_path.read_bytes())["meta"]["1"],
                                           "counters": {"2026": 2}}}}
    filled.db_path.write_text(json.dumps(older))
    st = reopen(filled.root)
    assert st.list_incidents() == []
    assert st.create(_fields(50), {}).ref == "BD-2026-000006"       # refs.counter remembers 5
    # and with the journal and the counter file gone too, an existing detail is never overwritten
    filled.db_path.write_text(json.dumps(older))
    meta = older["meta"]["1"]
    journal.replace(filled.journal_path, meta["store_id"], meta["seq"])
    filled.counter_path.unlink()
    st = reopen(filled.root)
    with pytest.raises(StoreError, match="doctor"):
        st.create(_fields(51), {})


def _boom(*a: object, **k: object) -> None:
    raise OSError(28, "No space left on device")


def test_a_failed_write_neither_burns_nor_reuses_a_ref(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _boom)              # the disk refuses at the commit point
    with pytest.raises(StoreError, match="journal"):
        filled.create(_fields(6), _detail(6))
    assert not (filled.root / "details" / "BD-2026-000006.json").exists()
    before = filled.detail("BD-2026-000003")
    with pytest.raises(StoreError):
        filled.update("BD-2026-000003", _triage, by="alice", action="status")
    monkeypatch.undo()
    assert filled.detail("BD-2026-000003") == before     # the detail is put back as it was
    assert filled.get("BD-2026-000003").version == 1
    assert filled.create(_fields(6), _detail(6)).ref == "BD-2026-000006"
    st = reopen(filled.root)
    assert [i.ref for i in st.list_incidents()][-1] == "BD-2026-000006"
    assert st.get("BD-2026-000003").status == "new"


def test_details_lost_in_a_restart_are_restored_from_the_journal(filled: Store,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = filled.root / "details" / "BD-2026-000002.json"
    journalled = filled.detail("BD-2026-000002")
    path.write_text(json.dumps({"ref": "BD-2026-000002", "timeline": []}))   # what a power cut could leave
    (filled.root / "details" / "BD-2026-000005.json").unlink()
    monkeypatch.setattr(store_mod, "BOOT_ID", "another-boot")
    st = reopen(filled.root)
    assert st.detail("BD-2026-000002") == journalled
    assert st.detail("BD-2026-000005")["sections"] == [{"where": "body", "text": "report 5"}]


def test_find_uses_indexes_that_follow_updates(filled: Store) -> None:
    def merge(inc: Incident, d: dict) -> str:
        inc.spool_ids.append("spool-merged")
        inc.content_key = "ck-new"
        return "merged"

    filled.update("BD-2026-000003", merge, by="breachdesk", action="duplicate")
    assert filled.find(spool_id="spool-merged").ref == "BD-2026-000003"
    assert filled.find(content_key="ck-new").ref == "BD-2026-000003"
    assert filled.find(spool_id="spool-4").ref == "BD-2026-000004"
    assert filled.find(content_key="nothing") is None
    st = reopen(filled.root)
    assert st.find(spool_id="spool-merged").ref == "BD-2026-000003"


def test_a_queue_from_before_the_journal_is_adopted(tmp_path: Path) -> None:
    root = tmp_path / "old"
    (root / "details").mkdir(parents=True)
    with TinyDB(str(root / "incidents.json"), storage=JSONStorage) as db:
        db.table("incidents").insert(Incident(ref="BD-2026-000007", received_at="2026-11-01T09:00:00+00:00",
                                              deadline="2026-11-04T09:00:00+00:00", reporter="r@nhs.net",
                                              subject="s", spool_id="old-1").to_doc())
        db.table("meta").insert({"counters": {"2026": 7}})
    st = Store(root)
    assert [i.ref for i in st.list_incidents()] == ["BD-2026-000007"]
    assert st.create(_fields(1), {}).ref == "BD-2026-000008"
    assert json.loads((root / "store.id").read_text())["store_id"]


def _create_many(root: str, who: str, n: int) -> None:
    st = Store(Path(root))
    for k in range(n):
        st.create(_fields(0, spool_id=f"{who}-{k}"), {})


def test_two_processes_filing_at_once_get_distinct_refs(tmp_path: Path) -> None:
    st = Store(tmp_path / "d")
    st.create(_fields(0), {})
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_create_many, args=(str(st.root), who, 15)) for who in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    refs = sorted(i.ref for i in st.list_incidents())    # read without the lock: the journal's tail
    assert refs == [f"BD-2026-{n:06d}" for n in range(1, 32)]
    assert sorted(i.spool_id for i in reopen(st.root).list_incidents())[:2] == ["a-0", "a-1"]


def _compact_elsewhere(root: str) -> None:
    st = Store(Path(root))
    st.create(_fields(77), {})
    st.compact()
    st.update("BD-2026-000001", _triage, by="carol", action="status")


def test_a_reader_follows_another_process_compacting(filled: Store) -> None:
    assert len(filled.list_incidents()) == 5
    p = mp.get_context("spawn").Process(target=_compact_elsewhere, args=(str(filled.root),))
    p.start()
    p.join(60)
    assert p.exitcode == 0
    assert len(filled.list_incidents()) == 6
    assert filled.get("BD-2026-000001").status == "triage"
    assert filled.create(_fields(8), {}).ref == "BD-2026-000007"


def test_writes_during_a_compaction_are_carried_into_the_new_journal(filled: Store,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real_sync = store_mod.sync_filesystem

    def sync_while_another_writer_goes_on(path: Path) -> None:
        real_sync(path)
        filled.create(_fields(6), _detail(6))            # the lock is free while the snapshot is written
        filled.update("BD-2026-000001", _triage, by="dave", action="status")

    monkeypatch.setattr(store_mod, "sync_filesystem", sync_while_another_writer_goes_on)
    filled.compact()
    monkeypatch.undo()
    snap = json.loads(filled.db_path.read_bytes())
    assert len(snap["incidents"]) == 5
    with open(filled.journal_path, "rb") as fh:
        head = journal.read_head(fh)
    assert head.base_seq == snap["meta"]["1"]["seq"]
    before = _state(filled)
    st = reopen(filled.root)
    assert _state(st) == before
    assert st.get("BD-2026-000001").status == "triage" and len(before[0]) == 6


def test_the_journal_is_compacted_once_it_outgrows_the_snapshot(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "JOURNAL_MIN_BYTES", 4000)
    st = Store(tmp_path / "d")
    for i in range(1, 30):
        st.create(_fields(i), _detail(i))
    assert st.journal_path.stat().st_size < max(4000, st.db_path.stat().st_size) + 3000
    assert len(json.loads(st.db_path.read_bytes())["incidents"]) > 10
    assert len(reopen(st.root).list_incidents()) == 29


def test_compaction_removes_temporaries_of_dead_writers(filled: Store) -> None:
    dead = mp.get_context("spawn").Process(target=os.getpid)
    dead.start()
    dead.join(60)
    left = [filled.root / f".incidents.json.compact.{dead.pid}.tmp",
            filled.root / "details" / f".BD-2026-000001.json.{dead.pid}.140.tmp"]
    mine = filled.root / f".incidents.json.{os.getpid()}.1.tmp"
    for path in (*left, mine):
        path.write_text("{}")
    filled.compact()
    assert not any(p.exists() for p in left) and mine.exists()


def _compact_then_edit(root: str) -> None:
    st = Store(Path(root))
    st.compact()
    st.update("BD-2026-000005", _triage, by="erin", action="status")


def test_a_process_that_was_up_to_date_takes_the_new_journal_without_reloading(filled: Store) -> None:
    loaded = filled._shared.queue
    p = mp.get_context("spawn").Process(target=_compact_then_edit, args=(str(filled.root),))
    p.start()
    p.join(60)
    assert p.exitcode == 0
    assert filled.get("BD-2026-000005").status == "triage"
    assert filled._shared.queue is loaded                # caught up from the new journal: no full load
    assert filled.create(_fields(6), {}).ref == "BD-2026-000006"
    assert _state(reopen(filled.root))[0][-1]["ref"] == "BD-2026-000006"


def test_a_detail_that_cannot_be_written_is_a_clear_error_and_costs_no_ref(filled: Store,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "atomic_write_bytes", _boom)
    with pytest.raises(StoreError, match=r"cannot write details/BD-2026-000006\.json: No space left"):
        filled.create(_fields(6), _detail(6))
    monkeypatch.undo()
    assert filled.create(_fields(6), _detail(6)).ref == "BD-2026-000006"
