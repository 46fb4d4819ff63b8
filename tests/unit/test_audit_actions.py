"""Every change to an incident is in the audit log — and the log holds no note text, subject,
outcome or identifier value: only refs, actions, who, when, the reason typed, field names and
old → new statuses and grades."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk import actions
from breachdesk.audit import AuditLog
from breachdesk.errors import AccessDenied
from breachdesk.model import utcnow
from breachdesk.retention import purge
from breachdesk.service import Caller, StoreService
from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.rescore import rescore
from ingest.spool import Envelope, Spool
from tests.conftest import SAMPLES, write_config
from tests.unit.test_worker import StubEngine

NAME = "Priya Raman"
NHS = "9434765919"
NOTE = f"rang {NAME} at home"


def _new(store: Store, n: int, spool_id: str = "") -> str:
    return store.create({"reporter": "nurse@nhs.net", "subject": f"Fw: Letter - {NAME}", "spool_id": spool_id or f"s{n}",
                         "auto": {"likelihood": 3, "severity": 2, "reportable": True, "reasons": ["r"]}},
                        {"identifiers": [{"kind": "nhs_number", "value": NHS, "masked": "943 *** **19"}]}).ref


def test_every_action_type_is_audited_without_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('path = "data"', 'path = "data"\nretention_days = 30')
                   + '\n[access]\ndpo = ["dora"]\nviewer = ["vic"]\n')
    settings = load_settings(cfg)
    store = Store(settings.data_dir())
    spool = Spool(store.root / "spool")
    sid = spool.write(Envelope(mail_from="nurse@nhs.net"), (SAMPLES / "011-inline-forward-outlook.eml").read_bytes())
    spool.mark_done(sid)
    a, b, c = _new(store, 1, sid), _new(store, 2), _new(store, 3)
    kw = {"by": "dora", "role": "dpo"}
    actions.set_status(store, a, "triage", **kw)
    actions.assign(store, a, "dora", **kw)
    actions.add_note(store, a, NOTE, **kw)
    actions.override(store, a, 4, 3, "the letter went to a neighbour", **kw)
    actions.set_near_miss(store, a, True, reason="recalled before opened", **kw)
    actions.add_containment(store, a, f"asked {NAME}'s neighbour to delete it", **kw)
    actions.set_subjects_told(store, a, True, f"letter to {NAME}", **kw)
    actions.set_breach_type(store, a, "integrity", **kw)
    actions.link(store, a, b, **kw)
    actions.merge(store, c, a, **kw)
    actions.reveal(store, a, "checking the NHS number", **kw)
    actions.record_export(store, a, fmt="md", revealed=True, reason="for the ICO form", **kw)
    rescore(settings, store, by="dora", engine=StubEngine())
    actions.set_status(store, a, "not_reportable", reason="contained", **kw)
    actions.set_status(store, a, "closed", outcome=f"letter to {NAME} recalled", **kw)
    purge(settings, store, by="dora", now=utcnow() + timedelta(days=40))
    with pytest.raises(AccessDenied):                 # the guardian's service audits a refusal
        StoreService(settings, store).require(Caller(uid=4242, user="vic", role="viewer"), "reveal")

    log = AuditLog(store.root)
    entries = log.entries()
    got = {e["action"] for e in entries}
    assert got >= {"status", "assign", "note", "override", "near_miss", "containment", "subjects_told",
                   "breach_type", "link", "merge", "reveal", "export", "rescore", "purge", "access_refused"}
    by_action = {e["action"]: e for e in entries}
    assert by_action["override"]["detail"] == {"field": "grade", "from": "L3 S2", "to": "L4 S3"}
    assert by_action["override"]["why"] == "the letter went to a neighbour"
    assert by_action["note"]["detail"] == {"field": "dpo_notes", "added": 1}
    assert [e["detail"]["to"] for e in entries if e["action"] == "status" and e["ref"] == a] == \
        ["triage", "not_reportable", "closed"]
    assert by_action["merge"]["ref"] == c and by_action["merge"]["detail"]["into"] == a
    assert by_action["access_refused"]["by"] == "vic"
    assert by_action["access_refused"]["detail"]["action"] == "reveal"
    assert by_action["rescore"]["detail"]["override_kept"] is True
    text = log.path.read_text()
    for secret in (NAME, NHS, "943 *** **19", "Letter -", "neighbour to delete", "recalled\""):
        assert secret not in text, secret
    assert log.verify(store_refs=[]) == []


def test_cli_reveals_and_exports_with_values_need_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk.cli import main
    from breachdesk.datadir import open_store

    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cli = ["--config", str(cfg)]
    ref = _new(open_store(load_settings(cfg)), 1)
    assert main([*cli, "show", ref, "--reveal"]) == 2
    assert "needs --reason" in capsys.readouterr().err
    assert main([*cli, "export", ref, "--reveal"]) == 2
    assert "needs --reason" in capsys.readouterr().err
    assert main([*cli, "show", ref, "--reveal", "--reason", "ward asked"]) == 0
    assert NHS in capsys.readouterr().out
    assert main([*cli, "export", ref, "--reveal", "--reason", "ICO form"]) == 0
    entries = [e for e in AuditLog(tmp_path / "data").entries() if e["action"] in ("reveal", "export")]
    assert [(e["action"], e["why"]) for e in entries] == [("reveal", "ward asked"), ("export", "ICO form")]
