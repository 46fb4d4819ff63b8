"""The audit log: keyed MACs, head and anchor, the system-log anchor, and ``audit verify``
on logs that were edited, truncated, deleted, or forged by someone without the key."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import socket
import threading
from pathlib import Path

import pytest

from breachdesk.audit import ANCHOR, HEAD, AuditKeyError, AuditLog, anchors_in, parse_anchor
from breachdesk.cli import main
from breachdesk.store import Store
from tests.conftest import write_config


def _log(root: Path, n: int = 6) -> AuditLog:
    """A log of ``n`` reveals after the genesis entry (so seq 2..n+1 on lines 2..n+1)."""
    log = AuditLog(root, syslog=False)
    for i in range(1, n + 1):
        log.append("reveal", by="alice", ref=f"BD-2026-{i:06d}", why="checking the grade",
                   detail={"identifiers": i})
    return log


def _lines(log: AuditLog) -> list[str]:
    return log.path.read_text().splitlines()


def _write(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("\n".join(lines) + "\n" if lines else "")


def _dump(e: dict) -> str:
    return json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _forge(log: AuditLog, entries: list[dict], key: bytes) -> None:
    """What a forger does: renumber, re-chain and re-MAC every entry with ``key``, then rewrite
    the log, its head and its anchor to match."""
    prev = "0" * 64
    out = []
    for seq, e in enumerate(entries, 1):
        e = {k: v for k, v in e.items() if k != "mac"}
        e.update(seq=seq, prev=prev)
        body = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        e["mac"] = hmac.new(key, body, hashlib.sha256).hexdigest() if key else hashlib.sha256(body).hexdigest()
        prev = e["mac"]
        out.append(e)
    _write(log, [_dump(e) for e in out])
    mark = json.dumps({"seq": out[-1]["seq"], "mac": out[-1]["mac"], "at": out[-1]["at"]}) + "\n"
    log.head_path.write_text(mark)
    log.anchor_path.write_text(mark)


def _key_of(log: AuditLog) -> bytes:
    return bytes.fromhex(next(x for x in log.key_path.read_text().splitlines() if not x.startswith("#")))


def test_intact_log_verifies_and_files_are_private(tmp_path: Path) -> None:
    log = _log(tmp_path)
    assert log.verify() == []
    entries = log.entries()
    assert [e["seq"] for e in entries] == list(range(1, 8))
    assert entries[0]["action"] == "audit_started" and entries[0]["prev"] == "0" * 64
    assert all(b["prev"] == a["mac"] for a, b in zip(entries, entries[1:], strict=False))
    assert log.head() == log.anchor() == {"seq": 7, "mac": entries[-1]["mac"], "at": entries[-1]["at"]}
    for p in (tmp_path / HEAD, tmp_path / ANCHOR, log.path, log.key_path):
        assert oct(p.stat().st_mode & 0o777) == "0o600", p
    assert oct(log.key_path.parent.stat().st_mode & 0o777) == "0o700"
    assert log.key_path != tmp_path / "keys" / "master.key"          # separate from the data key


def test_empty_log_verifies(tmp_path: Path) -> None:
    assert AuditLog(tmp_path).verify() == []


def test_forged_log_without_the_key_is_caught(tmp_path: Path) -> None:
    """Delete three reveals, rename the exporter, recompute chain, head and anchor: no key, no pass."""
    log = _log(tmp_path)
    log.append("export", by="mallory", ref="BD-2026-000009", why="export")
    entries = log.entries()
    kept = [e for e in entries if not (e["action"] == "reveal" and e["seq"] in (3, 4, 5))]
    kept[-1]["by"] = "alice"
    for guess in (b"", os.urandom(32)):                  # plain SHA-256, or a key of the forger's own
        _forge(log, [dict(e) for e in kept], guess)
        problems = log.verify()
        assert problems, guess
        assert problems[0] == "line 1 (seq 1): MAC mismatch: the entry was edited, or written or " \
                              "recomputed without the audit key"


def test_edited_entry_is_found_by_line(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    e = json.loads(lines[3])
    e["by"] = "mallory"
    lines[3] = _dump(e)
    _write(log, lines)
    assert log.verify()[0] == "line 4 (seq 4): MAC mismatch: the entry was edited, or written or " \
                              "recomputed without the audit key"


def test_removed_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    del lines[2]
    _write(log, lines)
    assert log.verify() == ["line 3: seq 3 missing before seq 4 (entries removed)"]


def test_reordered_and_duplicated_entries(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    lines[2], lines[3] = lines[3], lines[2]
    _write(log, lines)
    assert log.verify() == ["line 3: seq 4 comes before seq 3 (entries reordered)",
                            "line 4: seq 3 comes after seq 4 (entries reordered)"]
    lines[2], lines[3] = lines[3], lines[2]
    lines.insert(4, lines[1])
    _write(log, lines)
    assert "line 5: seq 2 appears twice (entry duplicated or inserted)" in log.verify()


@pytest.mark.parametrize("n", [1, 3])
def test_truncated_log_is_caught(tmp_path: Path, n: int) -> None:
    log = _log(tmp_path)
    _write(log, _lines(log)[:-n])
    assert log.verify() == [f"the log ends at seq {7 - n} (line {7 - n}) but audit.head records seq 7: "
                            f"the last {n} entr{'y was' if n == 1 else 'ies were'} removed (truncated)"]


def test_deleting_log_and_head_together_is_caught(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.path.unlink()
    log.head_path.unlink()
    assert log.verify() == [f"the log has 0 entries but {ANCHOR} records 7: the log was removed or emptied"]


def test_deleting_log_head_and_anchor_is_caught_by_the_store(tmp_path: Path) -> None:
    store = Store(tmp_path)
    refs = [store.create({"reporter": "n@nhs.net", "subject": "s", "spool_id": f"s{i}"}, {}).ref for i in range(3)]
    log = AuditLog(tmp_path, syslog=False)
    for ref in refs:
        log.append("received", by="breachdesk", ref=ref)
    assert log.verify(store_refs=refs) == []
    for p in (log.path, log.head_path, log.anchor_path):
        p.unlink()
    assert log.verify(store_refs=refs) == [
        "the log has 0 entries but the store holds 3 incident(s), each of which was audited when filed: "
        "the log was removed"]


def test_a_store_that_never_had_a_keyed_log_is_not_a_removal(tmp_path: Path) -> None:
    """An older version's store before its first audited action: no log, head, anchor or key."""
    store = Store(tmp_path)
    refs = [store.create({"reporter": "n@nhs.net", "subject": "s", "spool_id": f"s{i}"}, {}).ref for i in range(2)]
    log = AuditLog(tmp_path, syslog=False)
    assert log.verify(store_refs=refs) == []
    log.append("export", by="dora", ref=refs[0])          # the keyed log starts: filed before it, exempt
    assert log.entries()[0]["detail"] == {"incidents_before": 2, "last_ref": refs[-1]}
    assert log.verify(store_refs=refs) == []


def test_an_external_anchor_catches_a_rewrite_with_the_key(tmp_path: Path) -> None:
    """The owner holds the key: only an anchor kept off the data directory catches a clean rewrite."""
    log = _log(tmp_path)
    anchor = (log.entries()[-1]["seq"], log.entries()[-1]["mac"])
    assert log.verify(anchors=[anchor]) == []
    kept = [e for e in log.entries() if e["seq"] not in (3, 4)]
    _forge(log, kept, _key_of(log))
    assert log.verify() == []                          # a perfect forgery by the key holder ...
    assert log.verify(anchors=[anchor]) == [           # ... does not match what syslog kept
        "the log ends at seq 5 but the external anchor records seq 7: entries were removed, or the log "
        "was deleted and started again"]
    _forge(log, [*kept, kept[-1], kept[-1]], _key_of(log))   # padded back to 7 entries
    assert log.verify(anchors=[anchor]) == [
        "line 7 (seq 7): does not match the external anchor: the log was rewritten (or the anchor is "
        "from another store)"]


def test_anchor_parsing() -> None:
    mac = "ab" * 32
    assert parse_anchor(f"12:{mac}") == (12, mac)
    assert parse_anchor(f"Dec  1 22:13:47 host breachdesk[9]: breachdesk audit head n=3 mac={mac}") == (3, mac)
    with pytest.raises(ValueError, match="an anchor is N:MAC"):
        parse_anchor("12:nothex")
    assert anchors_in(["noise", f"x breachdesk audit head n=4 mac={mac}"]) == [(4, mac)]


def test_each_head_goes_to_a_syslog_socket(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = str(tmp_path / "log.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(5)
    try:
        with caplog.at_level(logging.INFO, logger="breachdesk.audit"):
            e = AuditLog(tmp_path / "d", syslog_address=path).append("reveal", by="dora", ref="BD-2026-000001",
                                                                     why="checking")
        got = [sock.recv(4096).decode(), sock.recv(4096).decode()]       # genesis, then the reveal
    finally:
        sock.close()
    assert got[1].startswith("<38>")                                    # LOG_AUTH (4) * 8 + LOG_INFO (6)
    assert f"breachdesk audit head n=2 mac={e['mac']}" in got[1]
    assert f"breachdesk audit head n=2 mac={e['mac']}" in caplog.text
    assert "checking" not in got[1] and "BD-2026" not in got[1]


def test_the_default_anchor_uses_stdlib_syslog_and_never_fails(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import syslog

    sent: list[tuple[int, str]] = []
    monkeypatch.setattr(syslog, "syslog", lambda prio, msg: sent.append((prio, msg)))
    AuditLog(tmp_path).append("export", by="dora", ref="BD-2026-000001")
    assert [p for p, _ in sent] == [syslog.LOG_AUTH | syslog.LOG_INFO] * 2
    assert sent[-1][1].startswith("breachdesk audit head n=2 mac=")

    def broken(prio: int, msg: str) -> None:
        raise OSError("no /dev/log")

    monkeypatch.setattr(syslog, "syslog", broken)
    assert AuditLog(tmp_path).append("export", by="dora", ref="BD-2026-000001")["seq"] == 3


def test_unkeyed_old_log_is_archived_and_continued(tmp_path: Path) -> None:
    prev, lines = "0" * 64, []
    for seq in (1, 2):
        e = {"seq": seq, "at": "2026-01-01T00:00:00+00:00", "by": "a", "action": "reveal", "ref": "BD-2026-000001",
             "why": "x", "detail": {}, "prev": prev}
        e["hash"] = hashlib.sha256(json.dumps(e, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
        prev = e["hash"]
        lines.append(_dump(e))
    (tmp_path / "audit.jsonl").write_text("\n".join(lines) + "\n")
    log = AuditLog(tmp_path, syslog=False)
    assert log.verify()[0] == "line 1 (seq 1): no MAC: an unkeyed entry (from an older version, or " \
                              "written without the audit key)"
    log.append("export", by="dora", ref="BD-2026-000001")
    archived = list(tmp_path.glob("audit-v1-*.jsonl"))
    assert len(archived) == 1 and archived[0].read_text().splitlines() == lines
    first = log.entries()[0]
    assert first["action"] == "audit_migrated"
    assert first["detail"]["old_entries"] == 2 and first["detail"]["old_log_intact"] is True
    assert first["detail"]["old_head"] == json.loads(lines[-1])["hash"]
    assert log.verify() == []


def test_missing_or_exposed_audit_key(tmp_path: Path) -> None:
    log = _log(tmp_path, 2)
    os.chmod(log.key_path, 0o644)
    assert "readable by other users" in log.verify()[0]
    with pytest.raises(AuditKeyError, match="chmod 600"):
        log.append("export", by="dora")
    log.key_path.unlink()
    assert log.verify() == [f"the audit key {log.key_path} is missing: no entry can be checked"]
    with pytest.raises(AuditKeyError, match="missing but the audit log exists: restore the key"):
        log.append("export", by="dora")


def test_configured_key_file_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('path = "data"', 'path = "data"\naudit_key_file = "secret/audit.key"\n'
                                           'audit_syslog = false'))
    assert main(["--config", str(cfg), "audit", "verify"]) == 0
    from breachdesk.actions import record_export
    from breachdesk.datadir import open_store
    from breachdesk.settings import load_settings

    store = open_store(load_settings(cfg))
    ref = store.create({"reporter": "n@nhs.net", "subject": "s"}, {}).ref
    record_export(store, ref, by="dora", role="dpo", fmt="md", revealed=False)
    assert (tmp_path / "secret" / "audit.key").exists()
    assert not (tmp_path / "data" / "keys" / "audit.key").exists()


def test_cut_short_line_is_reported_and_appends_keep_counting(tmp_path: Path) -> None:
    log = _log(tmp_path)
    text = log.path.read_text()
    log.path.write_text(text + _lines(log)[-1][:40])          # a write cut short
    assert log.verify() == ["line 8: not valid JSON (edited or cut short)"]
    assert log.append("purge", by="bob", ref="BD-2026-000001", why="retention")["seq"] == 8
    assert log.verify() == ["line 8: not valid JSON (edited or cut short)"]


def test_concurrent_appends_keep_one_chain(tmp_path: Path) -> None:
    log = AuditLog(tmp_path, syslog=False)

    def work(who: str) -> None:
        for _ in range(10):
            AuditLog(tmp_path, syslog=False).append("export", by=who, ref="BD-2026-000001")

    threads = [threading.Thread(target=work, args=(f"u{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert log.verify() == []
    assert [e["seq"] for e in log.entries()] == list(range(1, 42))


def test_audit_verify_command(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = ["--config", str(write_config(tmp_path))]
    log = _log(tmp_path / "data")
    assert main([*cfg, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    head = log.entries()[-1]
    assert f"7 entries, every MAC and link intact; head n=7 mac={head['mac']}" in out
    anchors = tmp_path / "journal.txt"
    anchors.write_text(f"Dec 01 host breachdesk[1]: breachdesk audit head n=7 mac={head['mac']}\n")
    assert main([*cfg, "audit", "verify", "--anchor", f"7:{head['mac']}", "--anchors", str(anchors)]) == 0
    assert "matches 2 external anchor(s) (highest n=7)" in capsys.readouterr().out
    lines = _lines(log)
    del lines[2]
    _write(log, lines)
    assert main([*cfg, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("line 3: seq 3 missing before seq 4 (entries removed)")
    assert "NOT intact" in out
    assert main([*cfg, "audit", "verify", "--anchor", "7:zz"]) == 2
    assert "an anchor is N:MAC" in capsys.readouterr().err


def test_try_append_logs_instead_of_raising(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    log = AuditLog(tmp_path, syslog=False)
    log.path.mkdir()                                   # something in the way: os.open fails
    assert log.try_append("config_reload", by="adam", why="SIGHUP", detail={"ok": True}) is None
    assert "cannot record config_reload (IsADirectoryError)" in caplog.text
    log.path.rmdir()
    entry = log.try_append("config_reload", by="adam", why="SIGHUP")
    assert entry is not None and entry["seq"] == 2


def test_a_head_left_behind_by_a_crash_is_not_tampering(tmp_path: Path) -> None:
    log = _log(tmp_path, 3)
    old_head = log.head_path.read_bytes()
    log.append("export", by="dora")
    log.head_path.write_bytes(old_head)                # the process died before the head was written
    log.anchor_path.write_bytes(old_head)
    assert log.verify() == []
    assert log.append("export", by="dora")["seq"] == 6
    assert log.verify() == []
