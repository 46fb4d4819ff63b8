"""Exports in the regulators' shapes: the DSPT tool's "report an incident" form and the ICO's
breach report, from the one ReportView; masked unless revealed; notes, tasks and timeline included."""

from __future__ import annotations

import json

import pytest

from breachdesk import actions
from breachdesk.store import Store
from tests.functional.conftest_tui import build_store

REF = "BD-2026-000002"                 # triage, L3 S3, health; aware 2026-11-22 14:00 UTC
RAW = ("9434765919", "943 476 5919", "Peter Rabbit", "someone@gmail.com")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = build_store(tmp_path_factory.mktemp("forms") / "d")
    actions.add_note(s, REF, "Called the ward manager.\nShe confirmed Peter Rabbit's letter went out.",
                     by="alice", role="dpo")
    actions.add_containment(s, REF, "recalled the email, recipient confirmed deletion", by="alice", role="dpo")
    actions.set_status(s, REF, "reported", by="alice", role="dpo", submitted_at="2026-11-23T09:00",
                       channel="both", dspt_ref="19876", ico_ref="IC-123456-A1B2")
    actions.set_subjects_told(s, REF, True, "letter", by="alice", role="dpo")
    return s


def test_the_dspt_form_has_its_fields_in_the_grids_words(store: Store) -> None:
    f = json.loads(actions.export_report(store, REF, fmt="json", form="dspt"))
    assert f["form"].startswith("NHS DSPT incident reporting tool")
    assert f["incident_type"] == "confidentiality breach"
    assert (f["when_it_occurred"], f["when_the_organisation_became_aware"]) == \
        ("Fri, 20 Nov 2026 10:00:00 +0000", "2026-11-22T14:00:00+00:00")
    assert (f["number_of_data_subjects"], f["number_of_records"]) == (2, 2)
    assert f["categories_of_data"] == ["nhs_number", "person_name"] and f["special_categories"] == ["health"]
    assert (f["grading"]["likelihood_words"], f["grading"]["severity_words"]) == \
        ("likely", "potentially some adverse effect")
    assert f["who_has_been_told"] == [
        "NHS England via the DSPT incident reporting tool on 2026-11-23T09:00:00+00:00 (incident 19876)",
        "the ICO (case IC-123456-A1B2)", "the data subjects (letter)"]
    assert f["actions_taken"] == ["recalled the email, recipient confirmed deletion"]
    assert [t["title"] for t in f["tasks"]][0] == "Submit to the DSPT tool within 72 hours"
    assert [e["action"] for e in f["timeline"]][-2:] == ["status", "subjects_told"]
    assert len(f["dpo_notes"]) == 1 and f["revealed"] is False


def test_the_ico_form_and_both_renderings_are_masked(store: Store) -> None:
    f = json.loads(actions.export_report(store, REF, fmt="json", form="ico"))
    assert f["ico_case_reference"] == "IC-123456-A1B2" and f["report_type"] == "initial"
    assert f["have_you_told_data_subjects"] == {"told": True, "how": "letter"}
    assert f["reason_for_reporting_late"] == ""
    for form in ("dspt", "ico"):
        for fmt in ("md", "json"):
            text = actions.export_report(store, REF, fmt=fmt, form=form)
            for value in RAW:
                assert value not in text, (form, fmt, value)
    md = actions.export_report(store, REF, form="dspt")
    assert "- **Likelihood words:** likely" in md and "## Notes" in md and "## Timeline" in md
    assert "  Called the ward manager.  " in md                     # a multi-line note keeps its lines
    revealed = actions.export_report(store, REF, form="ico", reveal=True)
    assert "Peter Rabbit" in revealed


def test_an_unknown_form_is_refused(store: Store) -> None:
    with pytest.raises(actions.WorkflowError, match="unknown form"):
        actions.export_report(store, REF, form="nhs")


def test_the_original_disclosure_is_the_deepest_message_that_left_the_trusted_domains() -> None:
    from breachdesk import report
    from breachdesk.model import Incident

    inc = Incident(ref="BD-2026-000009", received_at="2026-11-23T15:00:00+00:00",
                   deadline="2026-11-26T15:00:00+00:00", reporter="c@example.nhs.uk", subject="Fwd: x")
    chain = [  # outermost first: the reporter's colleague forwarded it on; the deepest hop is internal
        {"sender": "b@example.nhs.uk", "to": ["c@example.nhs.uk"], "date": "Mon, 23 Nov 2026 14:53:00 +0000"},
        {"sender": "a@example.nhs.uk", "to": ["jo@gmail.com"], "date": "Mon, 23 Nov 2026 10:53:00 +0000"},
        {"sender": "x@example.nhs.uk", "to": ["a@example.nhs.uk"], "date": "Mon, 23 Nov 2026 09:00:00 +0000"},
    ]
    v = report.build(inc, {"forwarded": chain}, trusted_domains=["example.nhs.uk"])
    assert v.when_it_happened == "Mon, 23 Nov 2026 10:53:00 +0000"
    assert v.what_happened.startswith("An email from a@example.nhs.uk to j•••@••• (subject")
    internal = report.build(inc, {"forwarded": chain[2:]}, trusted_domains=["example.nhs.uk"])
    assert internal.when_it_happened == "Mon, 23 Nov 2026 09:00:00 +0000"      # none left: the deepest
