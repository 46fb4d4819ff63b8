"""A CHI-range number (010-311m) under "NHS No" in English mail, and NHSmail's disclaimer naming Scotland."""
from nlp.recognizers.chi_number import ChiNumberRecognizer, scottish
from nlp.recognizers.nhs_number import NhsNumberRecognizer
from nlp.recognizers.validators import mod11_ok

DISCLAIMER = "NHSmail is the secure email and directory service available for all NHS staff in England and Scotland."


def _valid(prefix: str) -> str:
    """The first Modulus 11 valid number with these nine leading digits' prefix."""
    for tail in range(10 ** (9 - len(prefix))):
        d9 = prefix + str(tail).zfill(9 - len(prefix))
        for c in "0123456789":
            if mod11_ok(d9 + c):
                return d9 + c
    raise AssertionError("no valid number")


def test_the_nhsmail_disclaimer_does_not_make_mail_scottish():
    assert not scottish(f"Please see the list.\n\n{DISCLAIMER}")
    assert scottish("Patient seen at NHS Lothian")
    assert scottish("I am writing from Scotland about a letter")


def test_chi_range_number_under_nhs_no_label_in_english_mail_is_an_nhs_number():
    num = _valid("04228")      # "042" + month 28: no real date, so never a CHI number
    text = f"Leeds clinic list.\nNHS No: {num}\n\n{DISCLAIMER}"
    got = [i.value for i in NhsNumberRecognizer().scan_text(text)]
    assert got == [num]
    assert ChiNumberRecognizer().scan_text(text) == []


def test_chi_range_number_is_refused_without_a_label_or_in_scottish_mail_or_after_a_trust_name():
    num = _valid("04228")
    rec = NhsNumberRecognizer()
    assert rec.scan_text(f"Reference {num} for your records") == []
    assert rec.scan_text(f"NHS Tayside clinic\nNHS No: {num}") == []
    assert rec.scan_text(f"Eastfield Community Health NHS Trust\n{num}") == []


def test_a_real_chi_number_under_nhs_label_in_scotland_stays_a_chi_number():
    chi = _valid("150372")      # 15 March 1972
    text = f"NHS Grampian\nNHS No: {chi}"
    assert NhsNumberRecognizer().scan_text(text) == []
    assert [i.value for i in ChiNumberRecognizer().scan_text(text)] == [chi]


def test_a_number_under_nhs_no_whose_date_part_is_not_the_rows_dob_is_an_nhs_number():
    from breachdesk.model import Table
    from nlp.tables import analyse_table

    english = _valid("070381")     # reads as 7 March 1981, but the row's patient was born in 1939
    scot = _valid("120886")        # a Scottish patient in an English list: born 12 August 1986
    table = Table("attachment:panel.xlsx", header=["Pt", "NHS No.", "D.o.B"],
                  rows=[["Edna Sugden", english, "29/04/1939"], ["Audrey Macleod", scot, "12/08/1986"]])
    got = {(i.kind, i.value) for i in analyse_table(table).identifiers if i.kind.endswith("_number")}
    assert got == {("nhs_number", english), ("chi_number", scot)}


def test_nhs_right_before_a_chi_range_number_is_its_label():
    num = _valid("07896")      # "078" + month 96: never a CHI number
    rec = NhsNumberRecognizer()
    assert [i.value for i in rec.scan_text(f"Alan (NHS {num}, DOB 16/04/1973) is on the ward.")] == [num]
    assert rec.scan_text(f"Eastfield Community Health NHS Trust\n{num}") == []
