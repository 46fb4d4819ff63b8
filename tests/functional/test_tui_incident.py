"""Pilot tests of the incident screen: every action lands in the store and the timeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Button, Checkbox, DataTable, Input, RadioButton, Select, Static, TextArea

from breachdesk.audit import AuditLog
from breachdesk.model import Incident
from breachdesk.store import Store
from tests.functional.conftest_tui import USER, fixed_time_fixture, make_app, settle, store_fixture  # noqa: F401
from tui.screens.dialogs import Dialog, StatusDialog
from tui.screens.incident import IncidentScreen

pytestmark = pytest.mark.asyncio
SIZE = (100, 30)
REF = "BD-2026-000001"          # new, L3 S4, mental health, unassigned


async def open_incident(app, pilot, ref: str = REF) -> IncidentScreen:  # noqa: ANN001
    await settle(app, pilot)
    app.open_incident(ref)
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, IncidentScreen) and screen.incident is not None
    return screen


async def answer(app, pilot, **values: object) -> None:  # noqa: ANN001
    """Fill the open dialog's fields by id and press OK."""
    dialog = app.screen
    assert isinstance(dialog, Dialog), type(dialog)
    for wid, value in values.items():
        widget = dialog.query_one(f"#{wid}")
        if isinstance(widget, Input | Select | Checkbox):
            widget.value = value
        elif isinstance(widget, TextArea):
            widget.load_text(str(value))
        await pilot.pause()
    dialog.query_one("#ok", Button).press()
    await settle(app, pilot)


def last(store: Store, ref: str = REF) -> dict:
    return store.detail(ref)["timeline"][-1]


async def test_summary_identifiers_message_timeline(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_incident(app, pilot)
        summary = str(screen.query_one("#summary", Static).render())
        # the shipped trusted domains: the staff sender is shown, the outside recipient masked
        for text in ("likelihood 3, severity 4: reportable to the ICO", "NHS number with valid check digit",
                     "ward12@example.nhs.uk", "from Dr A Jones <a.jones@example.nhs.uk>", "to s•••@•••",
                     "mental_health", "10h left"):
            assert text in summary, text
        assert "someone@" not in summary
        idents = screen.query_one("#identifiers", DataTable)
        assert idents.row_count == 2
        assert str(idents.get_row_at(0)[2]) == "*** *** **19"
        message = str(screen.query_one("#message", Static).render())
        assert "Re: P. R., NHS No *** *** **19, seen today." in message
        assert "943 476 5919" not in message and "Peter" not in message
        assert "letter.docx" in str(screen.query_one("#attachments", Static).render())
        assert str(screen.query_one("#timeline", DataTable).get_row_at(0)[2]) == "received"


async def test_assign_to_me_and_to_someone(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_incident(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert store.get(REF).assignee == USER and last(store)["by"] == USER
        await pilot.press("A")
        await answer(app, pilot, text="mallory")            # not in [access]: the guardian refuses
        assert store.get(REF).assignee == USER
        await pilot.press("A")
        await answer(app, pilot, text="bob")
        assert store.get(REF).assignee == "bob"
        assert last(store) | {"at": ""} == {"at": "", "by": USER, "action": "assign", "detail": "assigned to bob"}


async def test_status_workflow_with_guard_rails(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_incident(app, pilot)
        await pilot.press("s")
        assert isinstance(app.screen, StatusDialog)
        await answer(app, pilot)                          # first choice from new: triage
        assert store.get(REF).status == "triage" and store.get(REF).triaged_at
        await pilot.press("s")
        app.screen.query_one("#to-not_reportable", RadioButton).value = True
        await answer(app, pilot)                          # no reason: refused in the dialog
        assert isinstance(app.screen, StatusDialog)
        assert "Reason" in str(app.screen.query_one(".dialog-error").render())
        await answer(app, pilot, why="recipient is our own trust's safeguarding team")
        inc = store.get(REF)
        assert inc.status == "not_reportable" and not inc.clock_running()
        assert store.detail(REF)["not_reportable_reason"] == "recipient is our own trust's safeguarding team"
        await pilot.press("s")
        app.screen.query_one("#to-closed", RadioButton).value = True
        await answer(app, pilot)
        assert isinstance(app.screen, StatusDialog)        # closing needs the outcome
        await answer(app, pilot, why="no further action")
        assert store.get(REF).status == "closed" and store.detail(REF)["outcome"] == "no further action"
        assert "closed" in str(screen.query_one("#inc-title", Static).render())
        assert [e["action"] for e in store.detail(REF)["timeline"]].count("status") == 3


async def test_override_needs_a_reason(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_incident(app, pilot)
        await pilot.press("o")
        await answer(app, pilot, likelihood=2, severity=2)
        assert isinstance(app.screen, Dialog)             # refused without a reason
        await answer(app, pilot, reason="recipient is an NHS partner on nhs.net")
        inc = store.get(REF)
        assert (inc.likelihood, inc.severity, inc.reportable) == (2, 2, False)
        assert inc.override["by"] == USER and inc.override["reason"].startswith("recipient")
        assert last(store)["action"] == "override" and "L3 S4 → L2 S2" in last(store)["detail"]


async def test_note_containment_near_miss_and_subjects_told(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_incident(app, pilot)
        await pilot.press("n")
        await answer(app, pilot, text="called the ward manager\nrecall requested")
        await pilot.press("c")
        await answer(app, pilot, text="recalled the email, recipient confirmed deletion")
        await pilot.press("m")
        await answer(app, pilot, text="")                  # a near miss needs its reason
        assert isinstance(app.screen, Dialog)
        await answer(app, pilot, text="caught by the checker before it was posted")
        await pilot.press("t")
        await answer(app, pilot, text="letter to the patient")
        d = store.detail(REF)
        assert d["dpo_notes"][0]["text"] == "called the ward manager\nrecall requested"       # multi-line
        assert d["containment"][0]["text"] == "recalled the email, recipient confirmed deletion"
        assert d["subjects_told"] == {"told": True, "how": "letter to the patient"}
        assert store.get(REF).near_miss is True
        assert [e["action"] for e in d["timeline"][-4:]] == ["note", "containment", "near_miss", "subjects_told"]
        summary = str(screen.query_one("#summary", Static).render())
        assert "recipient confirmed deletion" in summary and "near miss" in summary


async def test_link_and_merge_duplicates(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_incident(app, pilot)
        await pilot.press("l")
        await answer(app, pilot, other="bd-2026-000002")
        assert store.get(REF).related == ["BD-2026-000002"]
        assert store.get("BD-2026-000002").related == [REF]
        await pilot.press("l")
        await answer(app, pilot, other="BD-2026-000003", merge=True)
        dup, target = store.get(REF), store.get("BD-2026-000003")
        assert dup.status == "closed" and store.detail(REF)["outcome"] == "duplicate of BD-2026-000003"
        assert "ward12@example.nhs.uk" in target.reporters and REF in target.related
        await pilot.press("l")
        await answer(app, pilot, other="BD-2099-999999")
        assert any("no incident" in str(n.message) for n in app._notifications)  # noqa: SLF001


async def test_reveal_asks_why_and_is_audited(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_incident(app, pilot)
        await pilot.press("r")
        await answer(app, pilot, text="")
        assert isinstance(app.screen, Dialog)              # a reason is required
        await answer(app, pilot, text="checking the patient's identity with the ward")
        assert screen.revealed
        assert "943 476 5919" in str(screen.query_one("#message", Static).render())
        assert str(screen.query_one("#identifiers", DataTable).get_row_at(0)[2]) == "9434765919"
        entry = AuditLog(store.root).entries()[-1]
        assert (entry["action"], entry["by"], entry["ref"]) == ("reveal", USER, REF)
        assert entry["why"] == "checking the patient's identity with the ward"
        assert last(store)["action"] == "reveal"
        await pilot.press("r")                              # masking again needs no reason
        assert not screen.revealed
        assert "943 476 5919" not in str(screen.query_one("#message", Static).render())


async def test_export_markdown_and_json(store: Store, tmp_path: Path) -> None:
    app = make_app(store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_incident(app, pilot)
        await pilot.press("e")
        await answer(app, pilot)
        md = (tmp_path / f"{REF}.md").read_text()
        assert "# Personal data breach report BD-2026-000001" in md and "`*** *** **19`" in md
        assert "9434765919" not in md
        assert (tmp_path / f"{REF}.md").stat().st_mode & 0o777 == 0o600
        await pilot.press("e")
        await answer(app, pilot, format="json", reveal=True, reason="ICO asked for the NHS numbers")
        data = json.loads((tmp_path / f"{REF}.json").read_text())
        assert data["identifiers"][0]["value"] == "9434765919" and data["revealed"] is True
        audit = [(e["action"], e["detail"]["revealed"]) for e in AuditLog(store.root).entries()
                 if e["action"] != "audit_started"]
        assert audit == [("export", False), ("export", True)]
        assert [e["action"] for e in store.detail(REF)["timeline"][-2:]] == ["export", "export"]
        await pilot.press("e")
        await answer(app, pilot, form="dspt", path=str(tmp_path / "dspt.md"))
        dspt = (tmp_path / "dspt.md").read_text()
        assert dspt.startswith("# NHS DSPT incident reporting tool: report an incident: BD-2026-000001")
        assert "9434765919" not in dspt and "Peter Rabbit" not in dspt


async def test_stale_edit_is_refused_and_reloads(store: Store) -> None:
    app = make_app(store)                                   # no polling: the screen keeps its old copy
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_incident(app, pilot)
        seen = screen.incident.version

        def other_dpo(inc: Incident, detail: dict) -> str:
            inc.assignee = "bob"
            return "assigned to bob"

        store.update(REF, other_dpo, by="bob", action="assign")
        await pilot.press("a")
        await settle(app, pilot)
        assert store.get(REF).assignee == "bob"             # bob's change was not overwritten
        assert any("changed by someone else" in str(n.message) for n in app._notifications)  # noqa: SLF001
        assert screen.incident.version == seen + 1 and screen.incident.assignee == "bob"
        await pilot.press("a")                              # now based on the fresh copy: accepted
        await settle(app, pilot)
        assert store.get(REF).assignee == USER


async def test_incident_reloads_when_changed_elsewhere(store: Store) -> None:
    app = make_app(store, poll=0.05)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_incident(app, pilot)
        store.update(REF, lambda inc, d: "note from bob", by="bob", action="note")
        for _ in range(40):
            await pilot.pause(0.05)
            if screen.query_one("#timeline", DataTable).row_count == 2:
                break
        assert str(screen.query_one("#timeline", DataTable).get_row_at(1)[1]) == "bob"


async def test_reporting_asks_for_the_submission_and_the_clock_shows_it(store: Store) -> None:
    ref = "BD-2026-000002"                                  # triage, aware 20 h before the app's clock
    app = make_app(store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_incident(app, pilot, ref)
        await pilot.press("s")
        dialog = app.screen
        assert isinstance(dialog, StatusDialog)
        assert dialog.query_one("#report-fields").display is False      # only for 'reported'
        dialog.query_one("#to-reported", RadioButton).value = True
        await pilot.pause()
        assert dialog.query_one("#report-fields").display is True
        assert dialog.query_one("#submitted_at", Input).value == "2026-11-23T10:00+00:00"   # the app's now
        await answer(app, pilot)                             # no DSPT reference: refused in the dialog
        assert isinstance(app.screen, StatusDialog)
        assert "DSPT incident reference" in str(app.screen.query_one(".dialog-error").render())
        await answer(app, pilot, submitted_at="2026-11-23T09:15+00:00", channel="both", dspt_ref="19876",
                     ico_ref="IC-123456-A1B2")
        assert not isinstance(app.screen, Dialog)
        inc = store.get(ref)
        sub = store.detail(ref)["submission"]
        assert inc.status == "reported" and inc.reported_at == "2026-11-23T09:15:00+00:00"
        assert (sub["channel"], sub["dspt_ref"], sub["ico_ref"]) == ("both", "19876", "IC-123456-A1B2")
        assert "reported 23 Nov 09:15" in str(screen.query_one("#inc-title", Static).render())
        await pilot.press("m")                               # a reported incident is not a near miss
        await answer(app, pilot, text="caught in time")
        assert store.get(ref).near_miss is False


async def test_tasks_added_ticked_and_overdue_in_the_queue(store: Store) -> None:
    from tui.widgets.queue_table import QueueTable

    app = make_app(store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_incident(app, pilot)
        await pilot.press("k")
        await answer(app, pilot, title="Recall the e-mail", owner="mallory", due="2026-11-23T08:00")
        assert "tasks" not in store.detail(REF)                   # mallory is not in [access]
        await pilot.press("k")
        await answer(app, pilot, title="Recall the e-mail", owner="bob", due="2026-11-23T08:00")
        assert [(t["title"], t["owner"]) for t in store.detail(REF)["tasks"]] == [("Recall the e-mail", "bob")]
        await pilot.press("5")
        table = screen.query_one("#tasks", DataTable)
        assert table.row_count == 1 and str(table.get_row_at(0)[2]) == "Recall the e-mail"
        await pilot.press("escape")
        await settle(app, pilot)
        queue = app.screen.query_one(QueueTable)
        assert queue._cell(store.get(REF), "tasks") == [("!", "bold red")]       # due 08:00, now 10:00
        app.open_incident(REF)
        await settle(app, pilot)
        await pilot.press("5")
        await pilot.press("x")
        await settle(app, pilot)
        assert store.detail(REF)["tasks"][0]["done"] is True and store.get(REF).tasks_open == 0
        assert queue._cell(store.get(REF), "tasks") == [(" ", "")]


async def test_a_letter_drafted_edited_and_saved(store: Store) -> None:
    from tui.screens.dialogs import LetterDialog

    app = make_app(store)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_incident(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, LetterDialog)
        draft = dialog.query_one("#text", TextArea).text
        assert draft.startswith("Dear [name of the person affected],") and "Peter Rabbit" not in draft
        await answer(app, pilot, text=draft.replace("[name of the person affected]", "Sir or Madam"))
        saved = store.detail(REF)["letters"]
        assert [(x["kind"], x["text"].splitlines()[0]) for x in saved] == [("article34", "Dear Sir or Madam,")]
        await pilot.press("w")                                  # the saved letter comes back to edit
        await settle(app, pilot)
        assert isinstance(app.screen, LetterDialog)
        assert app.screen.query_one("#text", TextArea).text.startswith("Dear ")
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(store.detail(REF)["letters"]) == 1


def notices(app) -> list[str]:  # noqa: ANN001
    return [str(n.message) for n in app._notifications]  # noqa: SLF001


async def test_export_a_pdf_masked_then_revealed(store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    app = make_app(store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_incident(app, pilot)
        await pilot.press("e")
        await answer(app, pilot, format="pdf")
        out = tmp_path / f"{REF}.pdf"                       # the extension follows the format
        text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
        assert out.stat().st_mode & 0o777 == 0o600
        assert f"Personal data breach report {REF}" in text and "*** *** **19" in text
        assert "9434765919" not in text and "Peter Rabbit" not in text and "Timeline" in text
        await pilot.press("e")
        await answer(app, pilot, format="pdf", form="ico", reveal=True, reason="the ICO asked for it")
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
        assert text.startswith(f"ICO personal data breach report: {REF}") and "someone@gmail.com" in text
        audit = [(e["action"], e["detail"]["format"], e["detail"]["revealed"], e["why"])
                 for e in AuditLog(store.root).entries() if e["action"] == "export"]
        assert audit == [("export", "pdf", False, "export"), ("export", "pdf", True, "the ICO asked for it")]


async def test_a_letter_edited_in_the_textarea_saves_versions_and_needs_a_reveal_to_name_people(
        store: Store) -> None:
    from tui.screens.dialogs import LetterDialog

    app = make_app(store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_incident(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
        assert isinstance(app.screen, LetterDialog)
        await answer(app, pilot)                                        # OK without a change
        assert "The letter is unchanged: nothing saved." in notices(app)
        assert "letters" not in store.detail(REF)

        await pilot.press("r")
        await answer(app, pilot, text="writing to him")
        assert screen.revealed
        await pilot.press("w")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, LetterDialog)
        draft = dialog.query_one("#text", TextArea).text
        assert draft.startswith("Dear Peter Rabbit,")                    # filled in after the reveal
        await answer(app, pilot, text=draft + "\nWe will call you on Monday.")
        saved = store.detail(REF)["letters"]
        assert [(x["version"], x["by"], x["text"].splitlines()[0]) for x in saved] == [(1, USER, "Dear Peter Rabbit,")]

        await settle(app, pilot)
        assert not screen.revealed                                      # saving reloads: masked again
        await pilot.press("w")
        await settle(app, pilot)
        assert app.screen is screen                                     # masked text would replace the name
        assert any("reveal the identifiers (r) to edit it" in n for n in notices(app))
        reveals = [(e["why"], e["detail"]["via"]) for e in AuditLog(store.root).entries() if e["action"] == "reveal"]
        assert reveals == [("writing to him", "tui"), ("writing to him", "letter")]
        assert [e["detail"]["version"] for e in AuditLog(store.root).entries() if e["action"] == "letter"] == [1]


async def test_a_letter_in_editor_falls_back_to_the_textarea_where_the_terminal_cannot_hand_over(
        store: Store) -> None:
    from tui.screens.dialogs import LetterDialog

    app = make_app(store)
    async with app.run_test(size=(100, 40)) as pilot:           # the headless driver cannot suspend
        await open_incident(app, pilot)
        await pilot.press("V")
        await settle(app, pilot)
        assert isinstance(app.screen, LetterDialog)
        assert "This terminal cannot hand over to $EDITOR: edit the letter here." in notices(app)
        text = app.screen.query_one("#text", TextArea).text
        assert text.startswith(f"Caldicott Guardian summary — {REF}")
        await answer(app, pilot, text=text.replace("[sign-off / further action]", "sign-off by Friday"))
        assert "sign-off by Friday" in store.detail(REF)["letters"][0]["text"]
