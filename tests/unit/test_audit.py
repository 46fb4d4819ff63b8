"""The audit log: hash chain, head anchor, and ``breachdesk audit verify`` on tampered logs."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from breachdesk.audit import HEAD, AuditLog, _digest
from breachdesk.cli import main
from tests.conftest import write_config


def _log(root: Path, n: int = 6) -> AuditLog:
    log = AuditLog(root)
    for i in range(1, n + 1):
        log.append("reveal", by="alice", ref=f"BD-2026-{i:06d}", why="checking the grade",
                   detail={"identifiers": i})
    return log


def _lines(log: AuditLog) -> list[str]:
    return log.path.read_text().splitlines()


def _write(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("\n".join(lines) + "\n")


def _dump(e: dict) -> str:
    return json.dumps(e, sort_keys=True, separators=(",", ":"))


def test_intact_chain_and_head(tmp_path: Path) -> None:
    log = _log(tmp_path)
    assert log.verify() == []
    entries = log.entries()
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0]["prev"] == "0" * 64
    assert all(b["prev"] == a["hash"] for a, b in zip(entries, entries[1:], strict=False))
    assert log.head() == {"seq": 6, "hash": entries[-1]["hash"], "at": entries[-1]["at"]}
    assert oct((tmp_path / HEAD).stat().st_mode & 0o777) == "0o600"
    assert oct(log.path.stat().st_mode & 0o777) == "0o600"


def test_empty_log_verifies(tmp_path: Path) -> None:
    assert AuditLog(tmp_path).verify() == []


def test_edited_entry_is_found_by_line(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    e = json.loads(lines[2])
    e["by"] = "mallory"
    lines[2] = _dump(e)
    _write(log, lines)
    assert log.verify() == ["line 3 (seq 3): contents edited (hash mismatch)"]


def test_edited_entry_with_recomputed_hash_breaks_the_chain(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    e = json.loads(lines[2])
    e["why"] = "routine"
    e["hash"] = _digest(e)
    lines[2] = _dump(e)
    _write(log, lines)
    problems = log.verify()
    assert len(problems) == 1
    assert problems[0].startswith("line 4 (seq 4): chain broken: does not follow line 3 (seq 3)")


def test_removed_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    del lines[2]
    _write(log, lines)
    assert log.verify() == ["line 3: seq 3 missing before seq 4 (entries removed)"]


def test_reordered_entries(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    lines[2], lines[3] = lines[3], lines[2]
    _write(log, lines)
    assert log.verify() == ["line 3: seq 4 comes before seq 3 (entries reordered)",
                            "line 4: seq 3 comes after seq 4 (entries reordered)"]


def test_duplicated_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    lines.insert(3, lines[1])
    _write(log, lines)
    assert "line 4: seq 2 appears twice (entry duplicated or inserted)" in log.verify()


@pytest.mark.parametrize("n", [1, 2, 6])
def test_removing_the_last_entries_is_caught_by_the_head(tmp_path: Path, n: int) -> None:
    log = _log(tmp_path)
    lines = _lines(log)[:-n]
    _write(log, lines)
    problems = log.verify()
    if n == 6:
        assert problems == ["the log has no entries but audit.head records seq 6: the log was emptied or deleted"]
    else:
        assert problems == [f"the log ends at seq {6 - n} (line {6 - n}) but audit.head records seq 6: "
                            f"the last {n} entr{'y was' if n == 1 else 'ies were'} removed (truncated)"]


def test_deleted_log_and_missing_head(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.path.unlink()
    assert "emptied or deleted" in log.verify()[0]
    log2 = _log(tmp_path / "b")
    log2.head_path.unlink()
    assert log2.verify() == ["audit.head is missing: removal of the last entries cannot be ruled out"]


def test_replaced_last_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    e = json.loads(lines[-1])
    e["why"] = "nothing to see"
    e["hash"] = _digest(e)
    lines[-1] = _dump(e)
    _write(log, lines)
    assert log.verify() == ["line 6 (seq 6): the last entry does not match audit.head: it was replaced"]


def test_cut_short_line_is_reported_and_appends_keep_counting(tmp_path: Path) -> None:
    log = _log(tmp_path)
    text = log.path.read_text()
    log.path.write_text(text + _lines(log)[-1][:40])          # a write cut short
    assert log.verify() == ["line 7: not valid JSON (edited or cut short)"]
    e = log.append("purge", by="bob", ref="BD-2026-000001", why="retention")
    assert e["seq"] == 7
    assert log.verify() == ["line 7: not valid JSON (edited or cut short)"]
    assert log.entries()[-1]["seq"] == 7


def test_concurrent_appends_keep_one_chain(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)

    def work(who: str) -> None:
        for _ in range(15):
            AuditLog(tmp_path).append("export", by=who, ref="BD-2026-000001")

    threads = [threading.Thread(target=work, args=(f"u{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert log.verify() == []
    assert [e["seq"] for e in log.entries()] == list(range(1, 61))


def test_audit_verify_command_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    log = _log(tmp_path / "data")
    assert main(["--config", str(cfg), "audit", "verify"]) == 0
    assert "6 entries, chain intact" in capsys.readouterr().out
    lines = _lines(log)
    del lines[1]
    _write(log, lines)
    assert main(["--config", str(cfg), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "line 2: seq 2 missing before seq 3 (entries removed)" in out


def test_try_append_logs_instead_of_raising(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    log = AuditLog(tmp_path)
    log.path.mkdir()                                   # something in the way: os.open fails
    assert log.try_append("config_reload", by="adam", why="SIGHUP", detail={"ok": True}) is None
    assert "cannot record config_reload (IsADirectoryError)" in caplog.text
    log.path.rmdir()
    entry = log.try_append("config_reload", by="adam", why="SIGHUP")
    assert entry is not None and entry["seq"] == 1
