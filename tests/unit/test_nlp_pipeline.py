"""The analyser end to end on made-up messages: subjects, categories, grades, tables, limits."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def message(cover: str, original: str | None = None, *, to: str = "reception@nhs.net",
            tables: tuple[Table, ...] = ()) -> ParsedMessage:
    headers = MessageHeaders(sender=Party("Jo Bloggs", "jo.bloggs@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    sections = [TextSection("body", cover, "cover")]
    forwarded = []
    if original is not None:
        fh = MessageHeaders(sender=Party("HUGHES, Sam (Some Trust)", "sam.hughes@nhs.net"), to=[Party("", to)])
        forwarded.append(fh)
        sections.append(TextSection("forwarded:1", original, "forwarded", fh))
    return ParsedMessage(headers=headers, sections=sections, forwarded=forwarded, tables=list(tables))


LETTER = """Dear Dr Hughes,

Re: Mrs Olena KOVALENKO, DOB: 03/02/1958, NHS No: 401 023 2137
22 Mill Lane, Leeds, LS6 2AB

I saw Olena in the respiratory clinic. Mrs Kovalenko remains on salbutamol 100 micrograms PRN.
Next of kin: Petro Kovalenko (husband) 07700 900321

Yours sincerely,

Dr Sam Hughes
Consultant Physician
"""


def kinds(a) -> dict[str, set[str]]:  # noqa: ANN001
    out: dict[str, set[str]] = {}
    for i in a.identifiers:
        out.setdefault(i.kind, set()).add(i.value)
    return out


def test_letter_subjects_and_staff(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("Please see below, sent to the wrong practice.\n\nKind regards\nJo Bloggs\nClerk",
                                 LETTER))
    k = kinds(a)
    assert k["nhs_number"] == {"4010232137"}
    assert k["date_of_birth"] == {"1958-02-03"}
    assert k["postcode"] == {"LS6 2AB"}
    assert "Olena KOVALENKO" in k["person_name"] and "Petro Kovalenko" in k["person_name"]
    assert not any("Hughes" in n or "Bloggs" in n for n in k["person_name"])
    assert a.subjects == 2                     # patient + next of kin; "Mrs Kovalenko" is the patient
    assert a.special_categories == ["health"]
    assert (a.assessment.likelihood, a.assessment.severity, a.assessment.reportable) == (2, 3, False)
    assert all(i.where in ("body", "forwarded:1") for i in a.identifiers)


def test_external_recipient_is_reportable(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("Sent in error.", LETTER, to="olena.k@gmail.com"))
    assert a.assessment.likelihood == 3 and a.assessment.reportable
    assert any("gmail.com" in r for r in a.assessment.reasons)


@pytest.mark.parametrize("cover,likelihood", [
    ("The recipient has confirmed deletion.", 2),
    ("The letter was posted on Facebook by the recipient.", 4),
    ("The recipient has used the information to commit fraud.", 5),
])
def test_cover_text_moves_likelihood(analyzer: Analyzer, cover: str, likelihood: int) -> None:
    a = analyzer.analyse(message(cover, LETTER, to="olena.k@gmail.com"))
    assert a.assessment.likelihood == likelihood


@pytest.mark.parametrize("text,category", [
    ("Her HIV viral load is undetectable.", "sexual_health"),
    ("Seen by the crisis team after an intentional overdose.", "mental_health"),
    ("Detained under section 136 of the Mental Health Act.", "mental_health"),
    ("She is on a child protection plan.", "safeguarding"),
    ("Referred for termination of pregnancy.", "reproductive_health"),
    ("Collects methadone daily from the pharmacy.", "substance_misuse"),
    ("BRCA2 genetic testing was positive.", "genetic"),
])
def test_sensitive_categories_grade_four(analyzer: Analyzer, text: str, category: str) -> None:
    a = analyzer.analyse(message("FYI", f"Patient: Mr Jan Novak\nDOB: 01/01/1970\n{text}\n"))
    assert category in a.special_categories
    assert "health" in a.special_categories or category == "safeguarding"
    assert a.assessment.severity == 4


@pytest.mark.parametrize("text", ["There are no safeguarding concerns.", "He denies suicidal ideation.",
                                  "Uses walking aids at home."])
def test_negated_or_harmless_keywords(analyzer: Analyzer, text: str) -> None:
    a = analyzer.analyse(message("FYI", f"Patient: Mr Jan Novak\nDOB: 01/01/1970\nNHS No: 401 023 2137\n{text}\n"))
    assert not set(a.special_categories) & {"safeguarding", "mental_health", "sexual_health"}


def test_no_personal_data_is_severity_one(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("Near miss: a discharge letter went in the wrong envelope but was never posted.\n"
                                 "No patient details here. Datix ID 738079.\n\nThanks,\nJo Bloggs\nTel: 0114 496 0168"))
    assert a.subjects == 0 and a.special_categories == []
    assert (a.assessment.likelihood, a.assessment.severity, a.assessment.near_miss) == (1, 1, True)


def test_decoys_are_not_identifiers(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("FYI", "Printed: 04/04/2025 14:59\nOur ref: 685 032 5012\nOrder ref: 4010232137\n"
                                 "Bed 28, Victoria Ward\nDear Dr Khan,\n"))
    assert a.identifiers == [] and a.subjects == 0


def nhs_numbers(n: int) -> list[str]:
    """Distinct valid NHS numbers in the England range."""
    out = []
    base = 600_000_000
    while len(out) < n:
        stem = str(base)
        total = sum(int(c) * w for c, w in zip(stem, range(10, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        if check != 10:
            out.append(stem + str(check))
        base += 7
    return out


def _table(rows: int) -> Table:
    nhs = nhs_numbers(rows)
    body = [[nhs[r], f"SURNAME{r}", "Alex", "01/02/1960", "LS6 2AB", "Diabetes", "03/03/2025"]
            for r in range(rows)]
    return Table("attachment:list.csv", header=["NHS Number", "Surname", "Forename", "DOB", "Postcode", "Clinic",
                                                "Appt date"], rows=body, total_rows=rows)


def test_table_columns_and_rows(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("List went to the wrong practice.", "See attached.", tables=(_table(3),)))
    k = kinds(a)
    assert k["person_name"] == {"Alex SURNAME0", "Alex SURNAME1", "Alex SURNAME2"}
    assert k["date_of_birth"] == {"1960-02-01"}                 # the appointment column is not a DOB
    assert a.subjects == 3
    assert "health" in a.special_categories


def test_unlabelled_column_is_sniffed(analyzer: Analyzer) -> None:
    t = Table("attachment:x.csv", header=["a", "b"], rows=[["4010232137", "x"], ["7435208078", "y"]], total_rows=2)
    a = analyzer.analyse(message("FYI", tables=(t,)))
    assert kinds(a)["nhs_number"] == {"4010232137", "7435208078"}
    assert all(i.evidence["detected_by"] == "values" for i in a.identifiers)


def test_big_table_counts_every_row(analyzer: Analyzer) -> None:    # time taken: bench/scan.py
    msg = message("FYI", tables=(_table(2000),))
    a = analyzer.analyse(msg)
    assert a.subjects == 2000


@pytest.mark.parametrize("filler", ["7" * 1_000_000, " " * 1_000_000, "a@" * 300_000, "Mr " * 300_000],
                         ids=["digits", "spaces", "at-signs", "titles"])
def test_hostile_text_is_truncated_not_stalled_on(analyzer: Analyzer, filler: str) -> None:
    a = analyzer.analyse(message(filler))            # time taken: bench/bounded.py
    assert a.truncated and any("truncated" in n for n in a.notes)


def test_analyse_many_matches_analyse(analyzer: Analyzer) -> None:
    msgs = [message("FYI", LETTER), message("nothing here")]
    assert [len(a.identifiers) for a in analyzer.analyse_many(msgs)] == \
        [len(analyzer.analyse(m).identifiers) for m in msgs]


def test_forty_messages_go_through_one_ner_batch_with_the_same_findings(analyzer: Analyzer) -> None:
    """spaCy's fixed cost per nlp.pipe batch is shared by up to Analyzer.BATCH messages (the CLI flushes as many)."""
    msgs = [message("FYI", LETTER.replace("Olena", name)) for name in ("Olena", "Oksana", "Iryna", "Halyna")] * 10
    calls: list[int] = []
    real = analyzer.nlp.pipe

    def counting(texts, **kw):  # noqa: ANN001, ANN003, ANN202
        texts = list(texts)
        calls.append(len(texts))
        return real(texts, **kw)

    analyzer.nlp.pipe = counting
    try:
        batched = list(analyzer.analyse_many(msgs))
    finally:
        analyzer.nlp.pipe = real
    assert calls == [40]
    assert [kinds(a) for a in batched] == [kinds(analyzer.analyse(m)) for m in msgs[:4]] * 10


def test_evidence_explains_each_match(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("FYI", LETTER))
    nhs = next(i for i in a.identifiers if i.kind == "nhs_number")
    assert nhs.evidence["validator"] == "nhs_mod11" and nhs.evidence["context"] == "nhs no"
    assert nhs.evidence["pattern"] and nhs.subject is not None


def test_text_table_in_a_body(analyzer: Analyzer) -> None:
    body = ("Handover below.\n\nBed\tName\tDOB\tNHS number\tPlan\n"
            "A1\tKOWALSKA, Irena\t02/03/1944\t401 023 2137\tIV antibiotics\n"
            "A2\tDUNNE, Patrick\t17/11/1950\t743 520 8078\tfor discharge\n")
    a = analyzer.analyse(message("FYI", body, to="nurse.personal@gmail.com"))
    k = kinds(a)
    assert {"1944-03-02", "1950-11-17"} <= k["date_of_birth"]
    assert a.subjects == 2


def test_list_rows_and_name_before_dob(analyzer: Analyzer) -> None:
    body = ("  OKONJO, Chidi  04 May 1951  MRN Q1234567 - for review\n"
            "Children: Maisie Platt (DOB 01/02/2019) and Noah Platt (DOB 03/04/2021)\n")
    a = analyzer.analyse(message("FYI", body))
    k = kinds(a)
    assert {"OKONJO, Chidi", "Maisie Platt", "Noah Platt"} <= k["person_name"]
    assert "1951-05-04" in k["date_of_birth"] and "Q1234567" in k["hospital_number"]
    assert a.subjects == 3


def test_reporter_names_an_external_recipient(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("The letter below was emailed to office@school.example.org by mistake.", LETTER))
    assert a.assessment.likelihood == 3 and a.assessment.reportable


def test_negative_result_is_not_a_category(analyzer: Analyzer) -> None:
    a = analyzer.analyse(message("FYI", "Patient: Ms Ana Silva\nDOB: 01/01/1990\nChlamydia screen negative.\n"
                                 "Referred to the early pregnancy unit.\n"))
    assert "sexual_health" not in a.special_categories and "reproductive_health" in a.special_categories


SIGNED_OFF = """I sent the clinic letter for Amara Okafor (DOB 04/05/1961) to the wrong address by mistake.

Jo Bloggs MRPharmS
Pharmacist Manager, Hollins Pharmacy
Hollins Road, Bolton BL1 5AB | 01204 496 020
"""


def test_a_staff_senders_sign_off_is_not_read_by_ner(analyzer: Analyzer) -> None:
    """The reporter's name alone on its line, opening the last paragraph, is a sign-off with no closing word."""
    msg = message(SIGNED_OFF)
    work = analyzer._prepare(msg)
    body = work.sections[0]
    assert body.signoffs and SIGNED_OFF[slice(*body.signoffs[0])].startswith("Jo Bloggs MRPharmS\nPharmacist Manager")
    assert "Amara Okafor" in body.ner_text and "Bloggs" not in body.ner_text and "Hollins" not in body.ner_text
    names = [i.value for i in analyzer.analyse(msg).identifiers if i.kind == "person_name"]
    assert names == ["Amara Okafor"]


@pytest.mark.parametrize("sender", [Party("Someone Else", "someone.else@nhs.net"),      # not this name
                                    Party("Jo Bloggs", "jo.bloggs@gmail.com")])         # same name, not staff
def test_a_name_line_is_a_sign_off_only_for_a_staff_sender(analyzer: Analyzer, sender: Party) -> None:
    """A patient writing in from their own address signs with their own name: NER still reads it."""
    outer = message("Please see below.")
    fh = MessageHeaders(sender=sender, to=[Party("", "reception@nhs.net")])
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Ann Other", "ann.other@nhs.net")),
                        sections=[outer.sections[0], TextSection("forwarded:1", SIGNED_OFF, "forwarded", fh)],
                        forwarded=[fh])
    fwd = analyzer._prepare(msg).sections[1]
    assert fwd.signoffs == [] and "Bloggs" in fwd.ner_text


LONG_PROSE = ("Yesterday afternoon the administrator at the community clinic sent the follow-up letter and the "
              "blood results for Tobias Wainwright-Okoro to an external address that was picked from the "
              "address book by mistake, and nobody noticed until the next morning when the recipient replied.")


def test_ner_reads_the_words_around_a_name_in_long_prose(analyzer: Analyzer) -> None:
    """A long sentence is not fed whole: a few words either side of the capitalised pair, mapped back to the text."""
    msg = message(LONG_PROSE)
    body = analyzer._prepare(msg).sections[0]
    assert "Tobias Wainwright-Okoro" in body.ner_text
    assert len(body.ner_text) < len(LONG_PROSE) / 2
    assert "Yesterday" not in body.ner_text and "replied" not in body.ner_text
    for ner_at, text_at, length in body.ner_map:     # each piece is the text's own characters at that offset
        assert body.ner_text[ner_at:ner_at + length] == LONG_PROSE[text_at:text_at + length]
    names = [(i.value, LONG_PROSE[i.start:i.end]) for i in analyzer.analyse(msg).identifiers
             if i.kind == "person_name"]
    assert names == [("Tobias Wainwright-Okoro", "Tobias Wainwright-Okoro")]


def test_a_window_cut_from_a_sentence_is_set_apart_for_ner(analyzer: Analyzer) -> None:
    """Two windows from one paragraph are not read as one phrase: a complainant named after a cut stays a
    person, so her own relative is not taken for the patient's."""
    text = ("Bridget Gallagher's monthly update (NHS No 460 058 8215) went to the wrong relative's gmail "
            "address last week. Janet Whitworth (her dad Dennis is in room 11, he was not in the update) saw it "
            "and rang me to complain about it straight away.")
    body = analyzer._prepare(message(text)).sections[0]
    assert ".\n\n" in body.ner_text and "wrong relative's gmail" not in body.ner_text
    names = {i.value for i in analyzer.analyse(message(text)).identifiers if i.kind == "person_name"}
    assert names == {"Bridget Gallagher"}


def test_a_name_after_an_honorific_is_left_to_the_title_rule_not_fed_to_ner(analyzer: Analyzer) -> None:
    text = "The clinic letter for Mrs Gwendolyn Pryce went to the wrong address; her sister Joanne Sutton opened it."
    body = analyzer._prepare(message(text)).sections[0]
    assert "Gwendolyn Pryce" not in body.ner_text and "Joanne Sutton" in body.ner_text
    names = {i.value for i in analyzer.analyse(message(text)).identifiers if i.kind == "person_name"}
    assert "Gwendolyn Pryce" in names
