"""The misses issue 13 lists, one test each: Scottish CHI under "NHS No", placeholders, punycode,
bracketed +44 area codes, NI numbers in 3-3 grouping, month-first dates, DOB cues after the date,
letter-prefixed hospital numbers, and references that are not health numbers."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer
from nlp.recognizers.validators import parse_date, placeholder, v_chi, v_hc, v_nhs


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def found(analyzer: Analyzer, body: str) -> set[tuple[str, str]]:
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))
    return {(i.kind, i.value) for i in res.identifiers}


@pytest.mark.parametrize("body", [
    "Patient seen at the Royal Infirmary of Edinburgh. NHS No: 140 431 5519",
    "NHS number 1404315519 - transferred from NHS Lothian",
    "Scottish patient, NHS no. 140431-5519, letter went to the wrong address",
])
def test_chi_number_under_an_nhs_label_in_scottish_context(analyzer: Analyzer, body: str) -> None:
    assert ("chi_number", "1404315519") in found(analyzer, body)


def test_chi_range_under_nhs_label_without_scottish_context_is_not_claimed(analyzer: Analyzer) -> None:
    got = found(analyzer, "Patient at Leeds General. NHS No: 140 431 5519")
    assert ("chi_number", "1404315519") not in got and ("nhs_number", "1404315519") not in got


def test_chi_in_3_3_4_grouping(analyzer: Analyzer) -> None:
    assert ("chi_number", "1404315519") in found(analyzer, "Patient CHI: 140 431 5519, seen in Dundee")


@pytest.mark.parametrize("digits", ["1111111111", "0000000000", "2222222222", "1212121212", "0123456789",
                                    "1234567890"])
def test_placeholders_refused_for_every_health_number(digits: str) -> None:
    assert placeholder(digits)
    assert v_nhs(digits) is None and v_chi(digits) is None and v_hc(digits) is None


def test_placeholder_chi_in_text_is_refused(analyzer: Analyzer) -> None:
    assert not [k for k, _ in found(analyzer, "Patient CHI No: 1111111111, seen in Glasgow") if k == "chi_number"]


@pytest.mark.parametrize("addr", ["ivan@xn--80ak6aa92e.xn--p1ai", "anna@xn--bcher-kva.de", "j.o@mail.XN--P1AI"])
def test_punycode_email_domains_are_read_whole(analyzer: Analyzer, addr: str) -> None:
    got = found(analyzer, f"Patient Jane Doe, DOB 01/02/1960, e-mail {addr} for the results")
    assert ("email_address", addr.lower()) in got


def test_plus44_with_bracketed_area_code(analyzer: Analyzer) -> None:
    got = found(analyzer, "Patient Jane Doe, DOB 01/02/1960, tel +44 (20) 7123 4567")
    assert ("phone_number", "02071234567") in got


def test_lower_case_postcode_after_a_clear_cue(analyzer: Analyzer) -> None:
    got = found(analyzer, "Patient Jane Doe DOB 01/02/1960, her postcode is m20 6xh and she lives alone")
    assert ("postcode", "M20 6XH") in got


def test_ni_number_in_3_3_grouping(analyzer: Analyzer) -> None:
    assert ("ni_number", "AZ123456A") in found(analyzer, "Patient Jane Doe, DOB 01/02/1960, NI no AZ 123 456 A")


def test_month_first_date_when_day_first_is_impossible() -> None:
    assert parse_date("11/22/1972").isoformat() == "1972-11-22"
    assert parse_date("11/02/1972").isoformat() == "1972-02-11"     # day-first stays the reading


def test_born_on_month_first(analyzer: Analyzer) -> None:
    assert ("date_of_birth", "1972-11-22") in found(analyzer, "Jane Doe was born on 11/22/1972 and was seen in clinic")


@pytest.mark.parametrize("body", ["Jane Doe - 14/07/1962 is my birthday and my NHS No is 943 476 5919",
                                  "Jane Doe, 14/07/1962 DOB, NHS No 943 476 5919",
                                  "Jane Doe 14/07/1962 (her date of birth), NHS No 943 476 5919"])
def test_dob_cue_after_the_date(analyzer: Analyzer, body: str) -> None:
    assert ("date_of_birth", "1962-07-14") in found(analyzer, body)


def test_cue_after_the_date_belongs_to_the_next_date(analyzer: Analyzer) -> None:
    got = found(analyzer, "Jane Doe seen 14/07/2024, DOB 01/02/1960, NHS No 943 476 5919")
    assert ("date_of_birth", "1960-02-01") in got and ("date_of_birth", "2024-07-14") not in got


def test_letter_prefixed_hospital_number_does_not_glue_the_next_digits(analyzer: Analyzer) -> None:
    got = found(analyzer, "Patient Jane Doe DOB 01/02/1960 Hospital No: RXN647875 9434765919")
    hosp = {v for k, v in got if k == "hospital_number"}
    assert hosp == {"RXN647875"}


def test_tickets_assets_extensions_orders_are_not_health_numbers(analyzer: Analyzer) -> None:
    got = found(analyzer, "Ticket INC0012345, asset tag 4010232137, ext 4567, order number 9434765919")
    assert not [k for k, _ in got if k in ("nhs_number", "chi_number", "hc_number", "hospital_number")]


@pytest.mark.parametrize(("body", "first"), [
    ("The letter for Jane Doe, DOB 01/02/1960 gives an address for him of 119 Beechwood Road, Newcastle upon "
     "Tyne NE4 6EZ which is a few streets away.", "119 Beechwood Road"),
    ("Patient Jane Doe, DOB 01/02/1960 (we had the old address - 158 Well Brae, London, E17 7AS).", "158 Well Brae"),
])
def test_addresses_introduced_in_prose(analyzer: Analyzer, body: str, first: str) -> None:
    assert any(k == "address" and v.startswith(first) for k, v in found(analyzer, body))


def test_compact_yyyymmdd_dates_from_system_exports() -> None:
    assert parse_date("19610714").isoformat() == "1961-07-14"
    assert parse_date("14071961").isoformat() == "1961-07-14"


def test_numbered_tab_list_rows_of_surname_forename(analyzer: Analyzer) -> None:
    body = ("list was\n\n1\tAP RHYS Ffion\t7170412594\t04.01.1932\tdelirium\n"
            "2\tVAUGHAN Eleri\t7339605975\t22.06.1949\tUTI\n")
    got = found(analyzer, body)
    assert {("person_name", "AP RHYS Ffion"), ("person_name", "VAUGHAN Eleri")} <= got
    assert {("date_of_birth", "1932-01-04"), ("date_of_birth", "1949-06-22")} <= got
