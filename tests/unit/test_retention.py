"""Retention: every personal value goes N days after closure (the incident key too); counts and
statistics stay."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk import actions, stats
from breachdesk.audit import AuditLog
from breachdesk.cli import main
from breachdesk.crypto import Cipher, generate_key
from breachdesk.model import Incident, iso, utcnow
from breachdesk.retention import DailyPurge, closed_at, purge
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.spool import Envelope, Spool
from tests.conftest import write_config

NHS = "9434765919"
NAME = "Priya Raman"
LATER = utcnow() + timedelta(days=31)          # retention_days = 30 in these tests


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('path = "data"', 'path = "data"\nretention_days = 30'))
    return load_settings(cfg)


def _report(store: Store, spool: Spool, i: int, *, status: str = "closed", severity: int = 3,
            cats: tuple[str, ...] = ("health",)) -> Incident:
    sid = spool.write(Envelope(mail_from="nurse@nhs.net", received_at="2026-02-01T09:00:00+00:00"),
                      f"Patient {NAME} NHS {NHS} report {i}".encode())
    inc = store.create(
        {"received_at": f"2026-0{1 + i % 3}-0{1 + i}T09:00:00+00:00", "reporter": "nurse@nhs.net",
         "subject": f"FW: letter for {NAME} {i}", "spool_id": sid, "subjects": i + 1,
         "identifier_counts": {"nhs_number": 1, "person_name": 1}, "special_categories": list(cats),
         "auto": {"likelihood": 3, "severity": severity, "reportable": True, "reasons": ["r"]}},
        {"identifiers": [{"kind": "nhs_number", "value": NHS, "text": "943 476 5919", "masked": "943 *** **19",
                          "where": "body", "confidence": 0.97, "subject": 0, "evidence": {"context": "NHS"}},
                         {"kind": "person_name", "value": NAME, "text": NAME, "masked": "P. R****",
                          "where": f"attachment:{NAME}.docx", "confidence": 0.8, "subject": 0}],
         "sections": [{"where": "body", "role": "forwarded", "text": f"Patient {NAME} NHS {NHS}"},
                      {"where": f"attachment:{NAME}.docx", "role": "attachment", "text": f"Dear {NAME}"}],
         "forwarded": [{"sender": "ward@nhs.net", "to": [f"{NAME} <priya@personal.example>"],
                        "subject": f"Letter - {NAME}"}],
         "attachments": [{"name": f"{NAME}.docx", "size": 1234, "extracted": "text"}],
         "notes": [f"parse note about {NAME}.docx"]})
    spool.seal_for(sid, inc.ref)                 # what the worker does once the report is filed
    spool.mark_done(sid)
    actions.add_note(store, inc.ref, f"phoned {NAME}", by="dora", role="dpo")
    if status in ("closed", "not_reportable"):
        actions.set_status(store, inc.ref, "triage", by="dora", role="dpo")
        actions.set_status(store, inc.ref, "not_reportable", by="dora", role="dpo", reason="contained internally")
    if status == "closed":
        actions.set_status(store, inc.ref, "closed", by="dora", role="dpo", outcome=f"letter to {NAME} recalled")
    return store.get(inc.ref)


@pytest.fixture(params=["plain", "encrypted"])
def world(request: pytest.FixtureRequest, settings: Settings) -> tuple[Store, Spool, list[Incident]]:
    cipher = Cipher([generate_key()]) if request.param == "encrypted" else None
    store = Store(settings.data_dir(), cipher=cipher)
    spool = Spool(store.root / "spool", cipher=cipher)
    incs = [_report(store, spool, 0), _report(store, spool, 1, severity=4, cats=("sexual_health", "health")),
            _report(store, spool, 2, status="new"), _report(store, spool, 3, status="not_reportable")]
    return store, spool, incs


def _figures(store: Store) -> tuple:
    rows = sorted(store.list_incidents(), key=lambda i: i.ref)
    return ([{k: v for k, v in r.summary_json().items() if k != "subject"} for r in rows],
            {d: stats.breakdown(rows, by=d) for d in stats.DIMENSIONS}, stats.summary(rows))


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_purge_leaves_no_personal_value_of_closed_incidents(settings: Settings, world) -> None:  # noqa: ANN001
    store, spool, incs = world
    closed, kept = incs[:2], incs[2:]
    report = purge(settings, store, by="adam", now=LATER)
    assert [i.ref for i in report.items] == [i.ref for i in closed]
    assert report.spool_files == 2 and report.kept_open == 2
    for inc in closed:
        assert spool.raw_path(inc.spool_id) is None
        d = store.detail(inc.ref)
        assert set(d) == {"ref", "purged_at", "identifiers", "timeline"}
        empty = {"value": "", "text": "", "masked": "", "where": ""}
        assert d["identifiers"] == [{"kind": "nhs_number", "subject": 0, "confidence": 0.97, **empty},
                                    {"kind": "person_name", "subject": 0, "confidence": 0.8, **empty}]
        assert [t["action"] for t in d["timeline"]] == ["received", "note", "status", "status", "status", "purge"]
        assert all(set(t) == {"at", "by", "action"} for t in d["timeline"][:-1])
        row = store.get(inc.ref)
        assert row.subject == "(purged)" and row.purged_at and row.auto["reasons"] == []
        assert not (store.root / "keys" / "incidents" / f"{inc.ref}.key").exists()
        raw = (store.root / "details" / f"{inc.ref}.json").read_text()
        assert NHS not in raw and NAME not in raw and "P. R****" not in raw and "priya" not in raw
        for reveal in (False, True):                 # a purged incident still shows and exports
            text = actions.export_report(store, inc.ref, fmt="md", reveal=reveal)
            assert "| nhs_number |" in text and NAME not in text and NHS not in text
    for inc in kept:
        assert spool.raw_path(inc.spool_id) is not None
        assert store.detail(inc.ref)["identifiers"][0]["value"] == NHS
    assert NHS not in store.journal_path.read_text()     # it held the details as they were before
    if store.keyring:                     # encrypted: the incidents kept are not in clear either
        assert NAME.encode() not in _all_bytes(store.root)


def test_purge_keeps_statistics_unchanged(settings: Settings, world) -> None:  # noqa: ANN001
    store, _, _ = world
    before = _figures(store)
    purge(settings, store, by="adam", now=LATER)
    assert _figures(store) == before


def test_dry_run_lists_and_changes_nothing(settings: Settings, world, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001,E501
    store, _, incs = world
    snapshot = {p: p.read_bytes() for p in store.root.rglob("*") if p.is_file()}
    report = purge(settings, store, dry_run=True, by="adam", now=LATER)
    assert len(report.items) == 2
    assert report.items[0].summary().startswith(f"{incs[0].ref} (closed ")
    assert "1 raw message(s), 2 text section(s), 2 identifier value(s)" in report.items[0].summary()
    assert report.items[0].key == bool(store.keyring)
    assert {p: p.read_bytes() for p in store.root.rglob("*") if p.is_file()} == snapshot


def test_recently_closed_is_kept(settings: Settings, world) -> None:  # noqa: ANN001
    store, _, _ = world
    report = purge(settings, store, by="adam", now=utcnow() + timedelta(days=29))
    assert report.items == [] and report.kept_recent == 2


def test_closure_time_is_the_last_status_change(settings: Settings, world) -> None:  # noqa: ANN001
    store, _, incs = world
    inc = incs[0]
    old = iso(utcnow() - timedelta(days=400))

    def backdate(i: Incident, d: dict) -> None:
        i.decided_at = old
        for t in d["timeline"]:
            t["at"] = old
        d["timeline"][-1]["at"] = iso(utcnow())        # closed again just now (after a reopen)

    store.update(inc.ref, backdate, by="test", action="test")
    assert closed_at(store.get(inc.ref), store.detail(inc.ref))[:10] == iso(utcnow())[:10]
    assert inc.ref not in [i.ref for i in purge(settings, store, by="adam").items]


def test_purge_is_audited_and_idempotent(settings: Settings, world) -> None:  # noqa: ANN001
    store, spool, incs = world
    purge(settings, store, by="adam", now=LATER, why="annual review")
    log = AuditLog(store.root)
    purges = [e for e in log.entries() if e["action"] == "purge"]
    assert [(e["ref"], e["by"], e["why"]) for e in purges] == [(i.ref, "adam", "annual review") for i in incs[:2]]
    assert purges[0]["detail"] == {"closed_at": purges[0]["detail"]["closed_at"], "spool_files": 1,
                                   "sections": 2, "identifiers": 2, "key_destroyed": bool(store.keyring)}
    assert log.verify() == []
    version = store.get(incs[0].ref).version
    assert purge(settings, store, by="adam", now=LATER).items == []
    assert store.get(incs[0].ref).version == version
    # a duplicate report merged into the closed incident later is purged at the next run
    sid = spool.write(Envelope(), b"again")
    spool.mark_done(sid)
    store.update(incs[0].ref, lambda i, d: i.spool_ids.append(sid), by="breachdesk", action="duplicate")
    again = purge(settings, store, by="adam", now=LATER)
    assert [(i.ref, i.spool_files) for i in again.items] == [(incs[0].ref, [f"{sid}.msg"])]
    assert spool.raw_path(sid) is None


def test_purge_shreds_every_copy_made_with_the_incident_key(settings: Settings, tmp_path: Path) -> None:
    """Copies taken before the purge (a backup of the data directory) no longer decrypt."""
    import shutil

    from breachdesk.crypto import DecryptError, KeyDestroyed, open_spool

    cipher = Cipher([generate_key()])
    store = Store(settings.data_dir(), cipher=cipher)
    spool = Spool(store.root / "spool", cipher=cipher)
    inc = _report(store, spool, 0)
    backup = tmp_path / "backup"
    shutil.copytree(store.root, backup)
    purge(settings, store, by="adam", now=LATER)
    assert not (store.root / "keys" / "incidents" / f"{inc.ref}.key").exists()
    # the backup's sealed detail, row and raw message, opened with the live keys: nothing decrypts
    live = Store(store.root, cipher=cipher)
    sealed = json.loads((backup / "details" / f"{inc.ref}.json").read_bytes())
    from breachdesk.crypto import open_detail, open_row_fields

    with pytest.raises(KeyDestroyed):
        open_detail(sealed, live.keyring, inc.ref)
    records = [json.loads(line) for line in (backup / "incidents.journal").read_bytes().splitlines()[1:]]
    last = [r for r in records if r.get("ref") == inc.ref][-1]     # the journal's copy of row and detail
    assert last["row"]["subject"] == "" and "sealed" in last["row"]
    assert open_row_fields(last["row"], live.keyring)["subject"] == ""
    with pytest.raises(KeyDestroyed):
        open_detail(last["detail"], live.keyring, inc.ref)
    raw = (backup / "spool" / "done" / f"{inc.spool_id}.msg").read_bytes()
    with pytest.raises(DecryptError):
        open_spool(raw, cipher, store.root)
    assert NAME.encode() not in _all_bytes(backup) and NAME.encode() not in _all_bytes(store.root)


def test_daily_purge_runs_once_a_day(settings: Settings, world) -> None:  # noqa: ANN001
    store, _, _ = world
    daily = DailyPurge(settings, store)
    first = daily.tick(LATER)
    assert first is not None and len(first.items) == 2
    assert daily.tick(LATER + timedelta(hours=3)) is None
    assert DailyPurge(settings, store).tick(LATER + timedelta(hours=5)) is None      # after a restart
    again = DailyPurge(settings, store).tick(LATER + timedelta(days=1))
    assert again is not None and again.items == []


def test_purge_command(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk.datadir import open_store

    store = open_store(settings)              # encryption on by default: keys/master.key made here
    assert store.keyring is not None and (store.root / "keys" / "master.key").exists()
    spool = Spool(store.root / "spool", cipher=store.cipher)
    incs = [_report(store, spool, 0), _report(store, spool, 2, status="new")]
    assert main(["--config", settings.source, "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would purge 0 incident(s)" in out and "kept 1 closed more recently and 1 not closed" in out
    assert store.detail(incs[0].ref)["identifiers"][0]["value"] == NHS
    assert NAME.encode() not in _all_bytes(store.root)


def test_purge_command_purges_what_is_due(settings: Settings, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from breachdesk.datadir import open_store

    store = open_store(settings)
    spool = Spool(store.root / "spool", cipher=store.cipher)
    closed, still_open = _report(store, spool, 0), _report(store, spool, 2, status="new")
    monkeypatch.setattr("breachdesk.retention.utcnow", lambda: LATER)       # 31 days on: the closed one is due
    assert main(["--config", settings.source, "purge", "--reason", "monthly retention run"]) == 0
    out = capsys.readouterr().out
    assert f"purged {closed.ref}" in out and "purged 1 incident(s)" in out and "1 not closed" in out
    assert store.get(closed.ref).purged_at and NHS not in json.dumps(store.detail(closed.ref))
    assert store.detail(still_open.ref)["identifiers"][0]["value"] == NHS
    runs = [e for e in AuditLog(store.root).entries() if e["action"] == "purge_run"]
    assert [(r["why"], r["detail"]["incidents"]) for r in runs] == [("monthly retention run", 1)]


def test_mail_kept_as_not_a_report_is_purged_like_a_closed_incident(settings: Settings, world) -> None:  # noqa: ANN001
    store, _, _ = world
    bounce = store.create({"received_at": "2026-02-01T09:00:00+00:00", "reporter": "MAILER-DAEMON@nhs.net",
                           "subject": "Undelivered Mail", "status": "not_a_report", "spool_id": "bounce-1"},
                          {"sections": [{"where": "body", "role": "cover", "text": f"Returned: Patient {NAME}"}]})
    report = purge(settings, store, by="adam", now=LATER)
    assert bounce.ref in [i.ref for i in report.items]
    assert NAME not in json.dumps(store.detail(bounce.ref))
