"""The one masking function: what each kind may show, where spans go, who counts as staff."""

from __future__ import annotations

import pytest

from breachdesk import report
from breachdesk.masking import MaskPolicy, Redactor, mask, mask_party, mask_text, split_party
from breachdesk.model import Incident
from breachdesk.report_text import export_markdown, show_text


@pytest.mark.parametrize(("kind", "value", "masked"), [
    ("nhs_number", "9434765919", "*** *** **19"),
    ("nhs_number", "943 476 5919", "*** *** **19"),
    ("chi_number", "1404316719", "*** *** **19"),
    ("hc_number", "3200000019", "*** *** **19"),
    ("person_name", "Alison Wong", "A. W."),
    ("person_name", "Mrs Małgorzata Dąbrowska-Kowalczyk", "M. D."),
    ("person_name", "Wong, Alison", "W. A."),
    ("date_of_birth", "1942-01-30", "**/**/19**"),
    ("date_of_birth", "2001-12-05", "**/**/20**"),
    ("email_address", "alison.wong94@sky.com", "a•••@•••"),
    ("postcode", "BS16 6NA", "BS16 ***"),
    ("postcode", "M206XH", "M20 ***"),
    ("phone_number", "0114 496 0168", "*****68"),
    ("hospital_number", "4957747", "*****47"),
    ("ni_number", "QQ123456C", "** ** ** ** *"),
    ("address", "113 Wellington Street, Bristol, BS16 6NA", "*** ***, BS16"),
    ("address", "Flat 2, Rose House", "*** ***"),
    ("something_new", "anything", "***"),
])
def test_each_kind_shows_only_what_its_rule_allows(kind: str, value: str, masked: str) -> None:
    assert mask(kind, value) == masked


@pytest.mark.parametrize(("kind", "short", "long"), [
    ("person_name", "Jo Li", "Jonathan Lightfoot-Harrington"),
    ("email_address", "a@b.co", "alexandra.wellington-smythe@example.com"),
    ("address", "1 A St, L1 1AA", "113 Wellington Street, Bristol, L1 1AA"),
    ("nhs_number", "4010232137", "401 023 2137"),
])
def test_no_mask_shows_a_length(kind: str, short: str, long: str) -> None:
    assert len(mask(kind, short)) == len(mask(kind, long))


IDENTS = [
    {"kind": "person_name", "value": "Rachel Green", "text": "Rachel Green", "where": "forwarded:1",
     "start": 5, "end": 17},
    {"kind": "nhs_number", "value": "9434765919", "text": "943 476 5919", "where": "forwarded:1",
     "start": 30, "end": 42},
    {"kind": "date_of_birth", "value": "1961-04-19", "text": "19/04/1961", "where": "forwarded:1",
     "start": 48, "end": 58},
]


def test_offsets_from_another_section_do_not_scramble_the_reporters_words() -> None:
    """The measured bug: offsets found in the forwarded text were applied to the cover note."""
    cover = "Please see below: I sent this to Rachel's personal email address outside the NHS by mistake."
    shown = mask_text(cover, IDENTS, where="body")
    assert shown == cover.replace("Rachel", "R.")
    forwarded = "Dear Rachel Green, NHS number 943 476 5919, DOB 19/04/1961, your appointment is on Monday."
    assert mask_text(forwarded, IDENTS, where="forwarded:1") == (
        "Dear R. G., NHS number *** *** **19, DOB **/**/19**, your appointment is on Monday.")


def test_values_are_found_again_however_they_are_written() -> None:
    text = "Ms GREEN (nhs 943-476-5919, 9434765919) wrote from rachel.green@gmail.com; cc ward@nhs.net"
    shown = mask_text(text, IDENTS, MaskPolicy.of(["nhs.net"]))
    assert shown == "Ms G. (nhs *** *** **19, *** *** **19) wrote from r•••@•••; cc ward@nhs.net"


def test_a_staff_address_is_not_cut_by_a_patients_first_name() -> None:
    idents = [{"kind": "person_name", "value": "Graham Patient", "text": "Graham Patient"}]
    text = "Graham Patient's letter went to graham.stokes7@nhs.net and to graham.p@gmail.com"
    assert mask_text(text, idents, MaskPolicy.of(["nhs.net"])) == \
        "G. P.'s letter went to graham.stokes7@nhs.net and to g•••@•••"


def test_stale_offsets_are_not_trusted() -> None:
    moved = "A longer preamble than before. Dear Rachel Green"
    assert mask_text(moved, IDENTS, where="forwarded:1") == "A longer preamble than before. Dear R. G."


@pytest.mark.parametrize(("party", "shown"), [
    ("Patient Name <patient@personal.example>", "P. N. <p•••@•••>"),
    ("patient@personal.example", "p•••@•••"),
    ("Ward 12 Clerk <ward12@example.nhs.uk>", "Ward 12 Clerk <ward12@example.nhs.uk>"),
    ("STOKES, Graham (TRUST) <graham.stokes@nhs.net>", "STOKES, Graham (TRUST) <graham.stokes@nhs.net>"),
    ("Reporter <me@gmail.com>", "Reporter <me@gmail.com>"),          # the reporter's own address
    ("Rachel Green", "R. G."),
])
def test_header_parties_outside_the_trusted_domains_are_masked(party: str, shown: str) -> None:
    policy = MaskPolicy.of(["nhs.net", "example.nhs.uk"], staff=["me@gmail.com"])
    assert mask_party(party, Redactor(IDENTS, policy)) == shown


def test_split_party_reads_hostile_display_names() -> None:
    assert split_party('"[/] <x>" <a@b.example>') == ("[/] <x>", "a@b.example")
    assert split_party("no address here") == ("no address here", "")


def _incident(**kw: object) -> Incident:
    fields = {"ref": "BD-2026-000001", "received_at": "2026-11-02T11:00:00+00:00",
              "deadline": "2026-11-05T11:00:00+00:00", "reporter": "nurse@nhs.net", "reporters": ["nurse@nhs.net"],
              "subject": "Fw: Letter - A. W.", "identifier_counts": {"nhs_number": 1},
              "auto": {"likelihood": 3, "severity": 3, "reportable": True, "reasons": ["r"]}}
    return Incident(**{**fields, **kw})  # type: ignore[arg-type]


DETAIL = {
    "headers": {"sender": "Nurse <nurse@nhs.net>", "to": ["breach@example.nhs.uk"], "cc": [],
                "subject": "Fw: Letter - Alison Wong"},
    "forwarded": [{"sender": "Clinic <clinic@nhs.net>", "to": ["Alison Wong <alison.wong94@sky.com>"],
                   "cc": ["Tom Wong <tom@wong-family.example>"], "date": "Mon, 2 Nov 2026",
                   "subject": "Letter - Alison Wong"}],
    "attachments": [{"name": "Alison Wong 7435208078.pdf", "content_type": "application/pdf", "size": 10,
                     "extracted": "text"}],
    "sections": [{"where": "body", "role": "cover", "text": "I sent Alison's letter to the wrong address."}],
    "identifiers": [{"kind": "nhs_number", "value": "7435208078", "text": "743 520 8078",
                     "where": "attachment:Alison Wong 7435208078.pdf", "subject": 1}],
    "dpo_notes": [{"at": "2026-11-02T12:00:00+00:00", "by": "dpo", "text": "phoned Alison Wong, she deleted it"}],
}


def test_the_report_view_masks_every_field_the_issue_names() -> None:
    view = report.build(_incident(), DETAIL, trusted_domains=["nhs.net"])
    rendered = show_text(view) + export_markdown(view) + repr(view)
    for secret in ("Alison", "Wong", "alison.wong94", "sky.com", "tom@", "wong-family", "7435208078"):
        assert secret not in rendered, secret
    assert view.subject == "Fw: Letter - A. W."
    assert view.forwarded[0].to == ["A. W. <a•••@•••>"] and view.forwarded[0].sender == "Clinic <clinic@nhs.net>"
    assert view.attachments[0].name == "A. W. *** *** **78.pdf"
    assert view.dpo_notes[0].text == "phoned A. W., she deleted it"
    assert view.identifiers[0].value == "*** *** **78"
    assert view.sections[0].parts == [("I sent ", False), ("A.", True), ("'s letter to the wrong address.", False)]
    assert "(subject \"Letter - A. W.\")" in view.what_happened


def test_the_revealed_view_shows_everything() -> None:
    view = report.build(_incident(), DETAIL, reveal=True, trusted_domains=["nhs.net"])
    assert view.forwarded[0].to == ["Alison Wong <alison.wong94@sky.com>"]
    assert view.identifiers[0].value == "7435208078" and view.attachments[0].name == "Alison Wong 7435208078.pdf"


def test_a_purged_identifier_keeps_a_mask() -> None:
    purged = {**DETAIL, "identifiers": [{"kind": "nhs_number", "value": "", "text": "", "masked": "743 *** **78",
                                         "where": "body"}]}
    assert report.build(_incident(), purged).identifiers[0].value == "*** *** **78"


def test_an_unreadable_report_withholds_its_subjects_and_file_names() -> None:
    """The analysis could not read all of it, so it may have missed the names these carry."""
    detail = {**DETAIL, "identifiers": [],
              "notes": ["unparseable part: application/pdf (Alison Wong 7435208078.pdf): PdfReadError"]}
    view = report.build(_incident(parse_status="partial"), detail, trusted_domains=["nhs.net"])
    assert view.subject == report.WITHHELD and view.forwarded[0].subject == report.WITHHELD
    assert view.attachments[0].name == report.WITHHELD
    assert view.analysis_notes == ["unparseable part: application/pdf (***): PdfReadError"]
    assert "Alison" not in show_text(view) + export_markdown(view)


def test_the_view_travels_as_json_unchanged() -> None:
    """A service can send the masked view itself, so a client never holds the values."""
    import json

    view = report.build(_incident(), DETAIL, trusted_domains=["nhs.net"])
    assert report.ReportView.from_json(json.loads(json.dumps(view.to_json()))) == view


def test_what_happened_describes_the_original_not_the_last_forward() -> None:
    chain = [{"sender": "Colleague <c@nhs.net>", "to": ["IG <ig@nhs.net>"], "date": "Tue, 3 Nov 2026",
              "subject": "FW: Letter"},
             {"sender": "Clinic <clinic@nhs.net>", "to": ["Alison Wong <alison.wong94@sky.com>"],
              "date": "Mon, 2 Nov 2026", "subject": "Letter"}]
    view = report.build(_incident(), {**DETAIL, "forwarded": chain}, trusted_domains=["nhs.net"])
    assert view.what_happened.startswith('An email from Clinic <clinic@nhs.net> to A. W. <a•••@•••> (subject "Letter")')
    assert view.when_it_happened == "Mon, 2 Nov 2026"
    assert [h.label for h in view.forwarded] == ["Original message", "Forwarded on (1)"]


def test_the_guardians_masked_detail_holds_no_value_and_renders_the_same_view() -> None:
    import json

    inc = _incident()
    masked = report.masked_detail(inc, DETAIL, trusted_domains=["nhs.net"])
    text = json.dumps(masked, ensure_ascii=False)
    for secret in ("Alison", "Wong", "alison.wong94", "tom@", "7435208078", "743 520 8078"):
        assert secret not in text, secret
    direct = report.build(inc, DETAIL, trusted_domains=["nhs.net"])
    assert report.build(inc, masked, trusted_domains=()) == direct      # the client adds nothing, hides nothing
