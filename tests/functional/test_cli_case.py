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


# ------------------------------------------------------------------ letters in $EDITOR, PDF exports

EDITOR_SCRIPT = '''\
import json, os, stat, sys
from pathlib import Path
path = Path(sys.argv[-1])
seen = {"path": str(path), "mode": stat.S_IMODE(path.stat().st_mode),
        "dir_mode": stat.S_IMODE(path.parent.stat().st_mode), "first_line": path.read_text().splitlines()[0]}
Path(os.environ["EDITOR_SEEN"]).write_text(json.dumps(seen))
(path.parent / (path.name + ".swp")).write_text("an editor's swap file")
text = path.read_text().replace("[name of the person affected]", "Sir or Madam")
path.write_text(text + os.environ.get("EDITOR_ADD", ""))
sys.exit(int(os.environ.get("EDITOR_STATUS", "0")))
'''


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$EDITOR is a real program (a small Python script run as a subprocess) that edits the file it is
    given and says what it saw in EDITOR_SEEN."""
    script = tmp_path / "editor.py"
    script.write_text(EDITOR_SCRIPT)
    seen = tmp_path / "seen.json"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setenv("EDITOR_SEEN", str(seen))
    return seen


def audit_entries(cfg: Path) -> list[dict]:
    path = load_settings(cfg).data_dir() / "audit.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_letter_edited_in_the_editor_is_saved_as_a_version_and_audited(
        cfg: Path, editor: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, cfg, "letter", "edit", REF, "article34")
    assert (code, err) == (0, "") and out.startswith(f"{REF}: article34 letter saved as version 1")
    seen = json.loads(editor.read_text())
    assert seen["first_line"] == "Dear [name of the person affected],"            # a fresh, masked draft
    assert seen["mode"] == 0o600 and seen["dir_mode"] == 0o700
    assert not Path(seen["path"]).exists() and not Path(seen["path"]).parent.exists()   # swap file too
    letters = store_of(cfg).detail(REF)["letters"]
    assert [(x["kind"], x["version"], x["by"], x["text"].splitlines()[0]) for x in letters] == \
        [("article34", 1, ME, "Dear Sir or Madam,")]
    last = audit_entries(cfg)[-1]
    assert last["action"] == "letter" and last["by"] == ME and last["ref"] == REF
    assert last["detail"] == {"field": "letters", "kind": "article34", "characters": len(letters[0]["text"]),
                              "version": 1}
    assert "Rabbit" not in json.dumps(last)                                         # kind and length, no text

    monkeypatch.setenv("EDITOR_ADD", "\nP.S. Please call us.\n")                      # the saved one is opened
    code, out, _ = run(capsys, cfg, "letter", "edit", REF, "article34")
    assert code == 0 and "saved as version 2" in out
    assert json.loads(editor.read_text())["first_line"] == "Dear Sir or Madam,"
    code, out, _ = run(capsys, cfg, "letter", REF, "--kind", "article34", "--history")
    assert code == 0 and [line.split()[0] + line.split()[2] for line in out.splitlines()] == [f"1{ME}", f"2{ME}"]

    monkeypatch.setenv("EDITOR", "true")                                           # saved without a change
    code, out, _ = run(capsys, cfg, "letter", "edit", REF, "article34")
    assert code == 0 and out.strip() == f"{REF}: the article34 letter is unchanged: nothing saved"
    assert len(store_of(cfg).detail(REF)["letters"]) == 2 and audit_actions(cfg)[-1] == "letter_draft"
    monkeypatch.setenv("EDITOR", "false")
    code, _, err = run(capsys, cfg, "letter", "edit", REF, "caldicott")
    assert code == 2 and "exited with status 1: nothing kept" in err
    monkeypatch.setenv("EDITOR", "/no/such/editor")
    code, _, err = run(capsys, cfg, "letter", "edit", REF, "caldicott")
    assert code == 2 and "cannot start the editor" in err
    assert len(store_of(cfg).detail(REF)["letters"]) == 2


def test_a_letter_naming_the_person_is_edited_only_after_a_reveal(
        cfg: Path, editor: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR_ADD", "\nWe will call you on Monday.\n")
    code, _, err = run(capsys, cfg, "letter", "edit", REF, "article34", "--reveal")
    assert code == 2 and "needs --reason" in err
    code, out, _ = run(capsys, cfg, "letter", "edit", REF, "article34", "--reveal", "--reason", "writing to him")
    assert code == 0 and json.loads(editor.read_text())["first_line"] == "Dear Peter Rabbit,"
    assert store_of(cfg).detail(REF)["letters"][0]["text"].startswith("Dear Peter Rabbit,")
    code, _, err = run(capsys, cfg, "letter", "edit", REF, "article34")         # masked, it would lose him
    assert code == 2 and "names the people affected" in err and "--reveal" in err
    assert len(store_of(cfg).detail(REF)["letters"]) == 1
    reveals = [e for e in audit_entries(cfg) if e["action"] == "reveal"]
    assert [(e["why"], e["detail"]["via"]) for e in reveals] == [("writing to him", "letter")]


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_exports_are_masked_unless_revealed_with_a_reason(cfg: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    note = "Rang Ms Wiśniewska and Mr Ó Briain.\n# not a heading **not bold** <b>x</b> &amp; [a](http://x)"
    assert run(capsys, cfg, "note", REF, "-m", note)[0] == 0
    assert run(capsys, cfg, "task", "add", REF, "Recall the e-mail", "--owner", ME)[0] == 0
    code, _, err = run(capsys, cfg, "export", REF, "--format", "pdf")
    assert code == 2 and "needs -o FILE" in err
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    code, stdout, _ = run(capsys, cfg, "export", REF, "--format", "pdf", "-o", str(out))
    assert code == 0 and stdout.strip() == f"wrote {out}" and out.stat().st_mode & 0o777 == 0o600
    text = pdf_text(out)
    assert f"Personal data breach report {REF}" in text and "Identifiers found (masked)" in text
    assert "*** *** **19" in text and "P. R." in text
    assert "9434765919" not in text and "943 476 5919" not in text and "Peter Rabbit" not in text
    assert "Rang Ms Wiśniewska and Mr Ó Briain." in text                          # the notes, in Unicode
    assert "# not a heading **not bold** <b>x</b> &amp; [a](http://x)" in text     # inert, as typed
    assert "Recall the e-mail" in text and "Timeline" in text                     # tasks and timeline
    for form, title in (("dspt", "NHS DSPT incident reporting tool: report an incident"),
                        ("ico", "ICO personal data breach report")):
        path = tmp_path / f"{form}.pdf"
        assert run(capsys, cfg, "export", REF, "--form", form, "--format", "pdf", "-o", str(path))[0] == 0
        text = pdf_text(path)
        assert " ".join(text.split()).startswith(f"{title}: {REF}") and "Peter Rabbit" not in text and "Wiśniewska" in text

    code, _, err = run(capsys, cfg, "export", REF, "--format", "pdf", "--reveal", "-o", str(out))
    assert code == 2 and "needs --reason" in err
    code, _, _ = run(capsys, cfg, "export", REF, "--format", "pdf", "--reveal", "--reason", "the ICO asked",
                     "-o", str(out))
    text = pdf_text(out)
    assert code == 0 and "9434765919" in text and "Peter Rabbit" in text and "identifiers REVEALED" in text
    exports = [e for e in audit_entries(cfg) if e["action"] == "export"]
    assert [(e["detail"]["format"], e["detail"].get("form"), e["detail"]["revealed"], e["why"]) for e in exports] \
        == [("pdf", None, False, "export"), ("pdf", "dspt", False, "export"), ("pdf", "ico", False, "export"),
            ("pdf", None, True, "the ICO asked")]


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
