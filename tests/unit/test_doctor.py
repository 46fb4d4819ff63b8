"""`breachdesk doctor`: checks that find what is wrong, a rebuild that brings the queue back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breachdesk import doctor
from breachdesk.cli import main
from breachdesk.errors import StoreError
from breachdesk.model import Incident
from breachdesk.store import Store
from tests.conftest import write_config
from tests.unit.test_store_journal import _detail, _fields, _state, _triage, reopen


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = Store(tmp_path / "data")
    for i in range(1, 5):
        st.create(_fields(i), _detail(i))
    st.update("BD-2026-000003", _triage, by="alice", action="status")
    st.compact()
    st.create(_fields(5), _detail(5))            # one only in the journal
    return st


def test_a_sound_store_checks_clean(store: Store) -> None:
    report = doctor.check(store)
    assert report.ok, report.problems
    assert any("5 incident(s) in the queue, 5 detail document(s)" in n for n in report.notes)


def test_check_names_what_is_wrong(store: Store) -> None:
    (store.root / "details" / "BD-2026-000002.json").unlink()
    (store.root / "details" / "BD-2026-000009.json").write_text(json.dumps({"ref": "BD-2026-000009"}))
    with open(store.journal_path, "ab") as fh:
        fh.write(b'{"seq": 99, "op"')
    problems = "\n".join(doctor.check(store).problems)
    assert "BD-2026-000002 is in the queue but details/BD-2026-000002.json is missing" in problems
    assert "details/BD-2026-000009.json has no row in the queue" in problems
    assert "the counter for 2026 is at 5 but BD-2026-000009 exists" in problems
    assert "last line is incomplete" in problems


def test_rebuild_restores_an_emptied_queue(store: Store) -> None:
    before = _state(store)
    store.db_path.write_bytes(b"")
    with pytest.raises(StoreError, match="doctor"):
        reopen(store.root).list_incidents()
    assert not doctor.check(reopen(store.root)).ok
    report = doctor.rebuild(reopen(store.root))
    assert report.ok, report.problems
    assert report.rebuilt == 5
    st = reopen(store.root)
    assert _state(st) == before                  # rows (versions, statuses) and details as they were
    assert st.create(_fields(6), {}).ref == "BD-2026-000006"


def test_rebuild_from_details_alone_keeps_the_counter(store: Store) -> None:
    before = _state(store)
    (store.root / "details" / "BD-2026-000005.json").unlink()     # the newest incident's document lost too
    for name in ("incidents.json", "incidents.journal"):
        (store.root / name).unlink()
    report = doctor.rebuild(reopen(store.root))
    assert report.ok, report.problems
    st = reopen(store.root)
    assert _state(st)[0] == before[0][:4]
    assert st.create(_fields(7), {}).ref == "BD-2026-000006"     # refs.counter: 5 was issued


def test_rebuild_takes_an_old_detail_without_its_row(store: Store) -> None:
    path = store.root / "details" / "BD-2026-000004.json"
    old = json.loads(path.read_text())
    del old["queue_row"]
    path.write_text(json.dumps(old))
    store.db_path.unlink()
    store.journal_path.unlink()
    report = doctor.rebuild(reopen(store.root))
    assert any("BD-2026-000004: its detail predates" in n for n in report.notes)
    inc = reopen(store.root).get("BD-2026-000004")
    assert isinstance(inc, Incident) and inc.received_at == old["timeline"][0]["at"]


def test_doctor_command(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    cfg = str(write_config(tmp_path))
    assert main(["--config", cfg, "doctor"]) == 0
    assert "the store is consistent" in capsys.readouterr().out
    store.db_path.write_bytes(b"")
    reopen(store.root)
    assert main(["--config", cfg, "list"]) == 2
    assert "run `breachdesk doctor`" in capsys.readouterr().err
    assert main(["--config", cfg, "doctor"]) == 1
    assert "problem: incidents.json (the queue file) is missing or empty" in capsys.readouterr().out
    assert main(["--config", cfg, "doctor", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "rebuilt the queue: 5 incident(s)" in out and "the store is consistent" in out
    assert main(["--config", cfg, "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5


def test_rebuild_writes_out_details_the_journal_holds_newer(store: Store) -> None:
    path = store.root / "details" / "BD-2026-000005.json"
    journalled = store.detail("BD-2026-000005")
    path.write_text(json.dumps({"ref": "BD-2026-000005", "timeline": [], "queue_row": {"version": 0}}))
    store.db_path.write_bytes(b"")
    report = doctor.rebuild(reopen(store.root))
    assert "details/BD-2026-000005.json restored from the journal" in report.notes
    assert reopen(store.root).detail("BD-2026-000005") == journalled
