"""The DPO's verbs on the command line (``breachdesk.cli.main``) against a real store in embedded
mode: the same service, checks and audit as the dashboard and the API."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from breachdesk.cli import main
from breachdesk.settings import current_user, load_settings
from breachdesk.store import Store
from tests.conftest import write_config
from tests.functional.conftest_tui import build_store

ME = current_user()
REF = "BD-2026-000002"                       # triage, aware 2026-11-22 14:00 UTC


@pytest.fixture
def cfg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))      # no guardian: embedded mode
    path = write_config(tmp_path, f'\n[access]\ndpo = ["{ME}"]\nviewer = ["bob"]\n')
    build_store(load_settings(path).data_dir())
    return path


def run(capsys: pytest.CaptureFixture[str], cfg: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--config", str(cfg), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def store_of(cfg: Path) -> Store:
    return Store(load_settings(cfg).data_dir())


def audit_actions(cfg: Path) -> list[str]:
    path = load_settings(cfg).data_dir() / "audit.jsonl"
    return [json.loads(line)["action"] for line in path.read_text().splitlines()]


def test_assign_only_to_users_in_access(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, cfg, "assign", REF, "mallory")
    assert code == 2 and "the assignee must be a user in [access]" in err and "Traceback" not in err
    assert store_of(cfg).get(REF).assignee == "bob"
    code, out, _ = run(capsys, cfg, "assign", REF, ME)
    assert code == 0 and out.startswith(f"{REF}: assigned to {ME}")
    code, out, _ = run(capsys, cfg, "assign", REF, "--nobody")
    assert code == 0 and store_of(cfg).get(REF).assignee == ""
    assert audit_actions(cfg)[-2:] == ["assign", "assign"]


def test_multi_line_notes_from_m_file_and_stdin(cfg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, cfg, "note", REF, "-m", "Called the ward.", "-m", "Recall requested.")[0] == 0
    notes = tmp_path / "note.txt"
    notes.write_text("Line one\nLine two\n")
    assert run(capsys, cfg, "note", REF, "--file", str(notes))[0] == 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"from stdin\nsecond line")))
    assert run(capsys, cfg, "note", REF)[0] == 0
    texts = [n["text"] for n in store_of(cfg).detail(REF)["dpo_notes"]]
    assert texts == ["Called the ward.\n\nRecall requested.", "Line one\nLine two", "from stdin\nsecond line"]
    code, _, err = run(capsys, cfg, "note", REF, "-m", "x", "--file", str(notes))
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, cfg, "note", REF, "--file", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in err


def test_status_override_and_the_submission_cycle(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, cfg, "status", REF, "reported")
    assert code == 2 and "submission time is required" in err
    code, _, err = run(capsys, cfg, "report", "submit", REF, "--at", "2026-11-23T09:00", "--channel", "dspt")
    assert code == 2 and "needs its incident reference (--dspt-ref)" in err
    code, out, _ = run(capsys, cfg, "report", "submit", REF, "--at", "2026-11-23T09:00", "--channel", "dspt",
                       "--dspt-ref", "19876")
    assert code == 0 and "reported at 2026-11-23T09:00:00+00:00" in out
    assert run(capsys, cfg, "report", "update", REF, "-m", "recipient confirmed deletion",
               "--ico-ref", "IC-42-XY")[0] == 0
    code, out, _ = run(capsys, cfg, "list")
    assert "rep 23Nov" in out or "reported 23 Nov 09:00" in out
    assert run(capsys, cfg, "report", "withdraw", REF, "--reason", "our own safeguarding team")[0] == 0
    assert store_of(cfg).get(REF).status == "not_reportable"
    code, _, err = run(capsys, cfg, "override", "BD-2026-000001", "--likelihood", "2", "--severity", "2",
                       "--reason", "trusted NHS partner")
    assert code == 0 and store_of(cfg).get("BD-2026-000001").override["reason"] == "trusted NHS partner"
    code, _, err = run(capsys, cfg, "status", "BD-2026-000001", "not_reportable")
    assert code == 2 and "not reportable: the reason" in err
    assert audit_actions(cfg)[-4:] == ["status", "report_update", "withdraw", "override"]


def test_a_stale_version_and_a_viewer_are_refused(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen = store_of(cfg).get(REF).version
    assert run(capsys, cfg, "note", REF, "-m", "first", "--expect-version", str(seen))[0] == 0
    code, _, err = run(capsys, cfg, "note", REF, "-m", "second", "--expect-version", str(seen))
    assert code == 2 and err.startswith("breachdesk: error:")
    assert [n["text"] for n in store_of(cfg).detail(REF)["dpo_notes"]] == ["first"]
    cfg.write_text(cfg.read_text().replace(f'dpo = ["{ME}"]\nviewer = ["bob"]', f'viewer = ["{ME}"]'))
    code, _, err = run(capsys, cfg, "status", REF, "investigating")
    assert code == 2 and "viewer" in err
    assert store_of(cfg).get(REF).status == "triage"


def test_tasks_on_the_command_line(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, cfg, "task", "add", REF, "Recall the e-mail", "--owner", "mallory")
    assert code == 2 and "the task's owner must be a user in [access]" in err
    assert run(capsys, cfg, "task", "add", REF, "Recall the e-mail", "--owner", "bob",
               "--due", "2026-11-23T12:00")[0] == 0
    assert run(capsys, cfg, "task", "defaults", REF)[0] == 0          # reportable: the two defaults
    code, out, _ = run(capsys, cfg, "task", "list", REF)
    assert out.splitlines() == [
        "[ ] 1 Recall the e-mail — bob, due 2026-11-23T12:00:00+00:00",
        "[ ] 2 Submit to the DSPT tool within 72 hours — bob, due 2026-11-25T14:00:00+00:00",
        "[ ] 3 Decide whether to tell the people affected — bob"]
    assert run(capsys, cfg, "task", "done", REF, "1")[0] == 0
    assert run(capsys, cfg, "task", "undone", REF, "1")[0] == 0
    assert run(capsys, cfg, "task", "done", REF, "3")[0] == 0
    code, _, err = run(capsys, cfg, "task", "done", REF, "9")
    assert code == 2 and "has no task 9" in err
    code, out, _ = run(capsys, cfg, "task", "list", REF, "--json")
    assert [t["done"] for t in json.loads(out)["tasks"]] == [False, False, True]
    assert store_of(cfg).get(REF).tasks_open == 2
    assert audit_actions(cfg)[-5:] == ["task_add", "task_defaults", "task_done", "task_done", "task_done"]


def test_export_in_the_dspt_shape(cfg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, cfg, "export", REF, "--form", "dspt")
    assert code == 0 and out.startswith("# NHS DSPT incident reporting tool: report an incident: " + REF)
    assert "9434765919" not in out and "Peter Rabbit" not in out
    code, _, err = run(capsys, cfg, "export", REF, "--form", "nhs")
    assert code == 2 and "breachdesk: error: argument --form" in err and "dspt" in err


def test_person_search_on_the_command_line(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, cfg, "search", "--nhs", "943 476 5919", "--reason", "SAR 2026-17")
    assert code == 0 and out.splitlines()[0].startswith("6 incidents (search ")
    assert "9434765919" not in out and "BD-2026-000006" in out
    code, out, _ = run(capsys, cfg, "search", "--email", "nobody@example.org", "--json")
    assert code == 0 and json.loads(out)["incidents"] == []
    code, _, err = run(capsys, cfg, "search", "--name", "Peter Rabbit")
    assert code == 2 and "--name goes with --dob" in err
    code, out, _ = run(capsys, cfg, "search", "--reindex")
    assert code == 0 and out.strip() == "person index: 6 incidents indexed"
    assert audit_actions(cfg)[-3:] == ["search", "search", "search_reindex"]


def test_letters_drafted_masked_revealed_and_saved(cfg: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, cfg, "letter", REF, "--kind", "article34")
    assert code == 0 and out.startswith("Dear [name of the person affected],")
    assert "Data Protection Officer can answer your questions: breach@example.nhs.uk" in out
    assert "Peter Rabbit" not in out and "9434765919" not in out
    code, _, err = run(capsys, cfg, "letter", REF, "--kind", "article34", "--reveal")
    assert code == 2 and "needs --reason" in err
    draft = tmp_path / "letter.txt"
    assert run(capsys, cfg, "letter", REF, "--kind", "article34", "--reveal", "--reason", "writing to him",
               "-o", str(draft))[0] == 0
    text = draft.read_text()
    assert text.startswith("Dear Peter Rabbit,") and draft.stat().st_mode & 0o777 == 0o600
    assert run(capsys, cfg, "letter", REF, "--kind", "article34", "--save", "--file", str(draft))[0] == 0
    code, out, _ = run(capsys, cfg, "letter", REF, "--kind", "article34", "--saved")
    assert code == 0 and "Peter Rabbit" not in out and out.startswith("Dear ")     # saved, shown masked
    code, out, _ = run(capsys, cfg, "letter", REF, "--kind", "caldicott")
    assert code == 0 and out.startswith(f"Caldicott Guardian summary — {REF}")
    assert store_of(cfg).detail(REF)["letters"][0]["text"] == text.strip()            # kept as edited
    # the masked draft, the revealed one (a reveal first), the save, the saved one, the Caldicott draft
    assert audit_actions(cfg)[1:] == ["letter_draft", "reveal", "letter_draft", "letter", "letter_draft",
                                      "letter_draft"]


def test_status_moves_on_with_its_reason_and_outcome(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = "BD-2026-000004"                                     # new, never looked at
    assert store_of(cfg).get(ref).triaged_at == ""
    code, out, _ = run(capsys, cfg, "status", ref, "investigating")
    assert code == 0 and out.startswith(f"{ref}: status investigating")
    inc = store_of(cfg).get(ref)
    assert inc.status == "investigating" and inc.triaged_at                # the first action triages it
    code, out, _ = run(capsys, cfg, "status", ref, "not_reportable", "--reason", "sent to the GP it was meant for")
    assert code == 0 and store_of(cfg).get(ref).status == "not_reportable"
    assert store_of(cfg).detail(ref)["not_reportable_reason"] == "sent to the GP it was meant for"
    code, _, err = run(capsys, cfg, "status", ref, "closed")
    assert code == 2 and "the outcome" in err and store_of(cfg).get(ref).status == "not_reportable"
    assert run(capsys, cfg, "status", ref, "closed", "--outcome", "no breach; ward reminded")[0] == 0
    inc, detail = store_of(cfg).get(ref), store_of(cfg).detail(ref)
    assert inc.status == "closed" and inc.decided_at and detail["outcome"] == "no breach; ward reminded"
    code, _, err = run(capsys, cfg, "status", ref, "reported")
    assert code == 2 and "cannot go from closed to reported" in err
    assert audit_actions(cfg)[-3:] == ["status", "status", "status"]


def test_report_update_is_kept_on_the_submission(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, cfg, "report", "submit", REF, "--at", "2026-11-23T09:00", "--channel", "dspt",
               "--dspt-ref", "19876")[0] == 0
    code, out, _ = run(capsys, cfg, "report", "update", REF, "-m", "recipient confirmed deletion",
                       "--ico-ref", "IC-42-XY")
    assert code == 0
    sub = store_of(cfg).detail(REF)["submission"]
    assert (sub["dspt_ref"], sub["ico_ref"]) == ("19876", "IC-42-XY")
    assert [u["text"] for u in sub["updates"]] == ["recipient confirmed deletion"]
    code, _, err = run(capsys, cfg, "report", "update", "BD-2026-000004", "-m", "nothing was sent")
    assert code == 2 and "has not been reported" in err


def test_task_edit_changes_owner_and_due(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, cfg, "task", "add", REF, "Tell the patient", "--owner", "bob")[0] == 0
    code, out, _ = run(capsys, cfg, "task", "edit", REF, "1", "--owner", ME, "--due", "2026-11-24T17:00")
    assert code == 0 and out.startswith(f"{REF}: task 1 changed")
    [task] = store_of(cfg).detail(REF)["tasks"]
    assert (task["owner"], task["due"]) == (ME, "2026-11-24T17:00:00+00:00")
    assert store_of(cfg).get(REF).task_due == "2026-11-24T17:00:00+00:00"
    code, _, err = run(capsys, cfg, "task", "edit", REF, "1", "--owner", "mallory")
    assert code == 2 and "must be a user in [access]" in err
    code, _, err = run(capsys, cfg, "task", "edit", REF, "1")
    assert code == 2 and "give --owner and/or --due" in err
    assert run(capsys, cfg, "task", "edit", REF, "1", "--due", "")[0] == 0
    assert store_of(cfg).detail(REF)["tasks"][0]["due"] == "" and store_of(cfg).get(REF).task_due == ""
    assert audit_actions(cfg)[-3:] == ["task_add", "task_edit", "task_edit"]


def test_stats_on_the_command_line(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from collections import Counter

    from tests.functional.conftest_tui import ROWS

    code, out, _ = run(capsys, cfg, "stats", "--by", "status", "--json")
    assert code == 0 and json.loads(out) == dict(Counter(r[6] for r in ROWS))
    code, out, _ = run(capsys, cfg, "stats", "--view", "sources", "--min", "1", "--json")
    assert json.loads(out)["sources"] == {"example.nhs.uk": len(ROWS)}      # no [stats] teams: the domain
    # the fixture files its incidents straight into their statuses: no first action, no submission on
    # record — counted as such, never given a made-up time
    code, out, _ = run(capsys, cfg, "stats", "--view", "timing", "--json")
    t = json.loads(out)
    untriaged = {"new", "analysing", "unparseable", "incomplete"}
    assert t["triage"]["count"] == 0 and t["triage"]["median_hours"] is None
    assert t["triage"]["not_triaged"] == sum(1 for r in ROWS if r[6] in untriaged)
    assert t["triage"]["time_unknown"] == sum(1 for r in ROWS if r[6] not in untriaged)
    assert t["submission"]["time_unknown"] == sum(1 for r in ROWS if r[6] == "reported")
    code, out, _ = run(capsys, cfg, "stats", "--view", "timing")
    assert code == 0 and "time not on record" in out and "median —" in out
