"""Table-driven tests for the number-like recognisers: positives and decoys."""

from __future__ import annotations

import pytest

from nlp.patterns import load_patterns
from nlp.recognizers import build_recognizer
from nlp.recognizers.validators import mod11_ok, v_chi, v_ni, v_postcode

CFG = load_patterns()


def found(kind: str, text: str) -> list[str]:
    out = []
    for spec in CFG.recognizers:
        if spec.kind == kind and spec.enabled:
            rec = build_recognizer(spec, CFG)
            out += [i.value for i in rec.scan_text(text) if i.confidence >= CFG.limits.min_score]
    return out


@pytest.mark.parametrize("text,value", [
    ("NHS No: 401 023 2137", "4010232137"),
    ("nhs number 401-023-2137", "4010232137"),
    ("Re: Kay Ng, DOB 01/01/1950, NHS no. 4010232137", "4010232137"),
    ("NHS Number\n401 023 2137", "4010232137"),
    ("Test patient NHS 999 000 0018", "9990000018"),
    ("their NHS number is 743 520 8078.", "7435208078"),
])
def test_nhs_positive(text: str, value: str) -> None:
    assert found("nhs_number", text) == [value]


@pytest.mark.parametrize("text", [
    "Our ref: 401 023 2137",          # a reference, even with a valid check digit
    "Order ref: 4010232137",
    "Invoice 4010232137",
    "Datix 401 023 2137",
    "NHS No: 401 023 2138",           # check digit wrong
    "NHS No: 000 000 0000",
    "Tel: 0114 496 0168",             # 11-digit phone
    "NHS No: 1404315519",             # Scottish CHI range
    "401 023 21370",                  # 11 digits
])
def test_nhs_decoys(text: str) -> None:
    assert found("nhs_number", text) == []


def test_test_numbers_are_marked() -> None:
    rec = build_recognizer(CFG.recognizer("nhs_number"), CFG)  # type: ignore[arg-type]
    [ident] = rec.scan_text("NHS No: 999 000 0018")
    assert ident.evidence["test_number"] is True
    assert ident.evidence["context"] == "nhs no"


def test_mod11() -> None:
    assert mod11_ok("9434765919")
    assert not mod11_ok("9434765918")


@pytest.mark.parametrize("text,value", [("CHI number 1404315519", "1404315519"), ("CHI: 140431 5519", "1404315519")])
def test_chi(text: str, value: str) -> None:
    assert found("chi_number", text) == [value]


def test_chi_needs_real_date_and_label() -> None:
    assert v_chi("3213315519") is None
    assert found("chi_number", "ref 1404315519") == []
    assert v_chi("1404315519").notes["sex_digit"] == "male"  # type: ignore[union-attr]


@pytest.mark.parametrize("text,ok", [("H&C No: 320 000 0015", True), ("HCN 3456789017", True),
                                     ("H&C No: 320 000 0016", False), ("NHS No: 4010232137", False)])
def test_hc(text: str, ok: bool) -> None:
    assert bool(found("hc_number", text)) is ok


@pytest.mark.parametrize("text,value", [
    ("Tel: 0114 496 0168", "01144960168"),
    ("mobile 07700 900400", "07700900400"),
    ("call +44 (0)20 7946 0206", "02079460206"),
    ("Next of kin: Ann Lee (wife) 07700-900159", "07700900159"),
    ("mobile +44-20 3456 7890", "02034567890"),        # a hyphen after the country code (python-phonenumbers' GB tests)
    ("her Irish mobile +353 87 123 4567", "+353871234567"),   # another country's, written with its +
    ("mobile: +47 21 30 85 99.", "+4721308599"),
])
def test_phone_positive(text: str, value: str) -> None:
    assert found("phone_number", text) == [value]


@pytest.mark.parametrize("text", ["Our ref: 564 794 6330", "NHS No: 401 023 2137", "Fax: 0114 496 0168",
                                  "Room 0123", "Order ref: 01144960168",
                                  "mobile (415) 555-0132",      # a foreign number without its +: no UK reading
                                  "mobile +49 123",             # too short to be a number
                                  "Order ref: +353 87 123 4567"])
def test_phone_decoys(text: str) -> None:
    assert found("phone_number", text) == []


@pytest.mark.parametrize("text,value", [
    ("Address: 1 High St, Leeds, LS6 9HW", "LS6 9HW"), ("Manchester\nm20 6xh", "M20 6XH"),
    ("Liverpool, L155NQ", "L15 5NQ"), ("London EC1V 8AX", "EC1V 8AX"),
    ("she moved to sw1A 0AA last year", "SW1A 0AA"), ("lives at EC2V 7hh now", "EC2V 7HH"),   # one half in capitals
])
def test_postcode_positive(text: str, value: str) -> None:
    assert found("postcode", text) == [value]


@pytest.mark.parametrize("text", ["Ref QX1 2AB", "HbA1c 62 mmol", "the m20 6xh code was wrong"])
def test_postcode_decoys(text: str) -> None:
    assert found("postcode", text) == []


@pytest.mark.parametrize("code", ["EC1C 1HQ", "W1M 4ZZ", "BF2 4BB"])
def test_outward_codes_that_no_district_uses(code: str) -> None:
    # the letter ending an A9A / AA9A outward code comes from a fixed set; British Forces have BF1 only
    # (ukpostcodeparser's strict tests)
    assert v_postcode(code) is None
    assert v_postcode("EC1A 1HQ") is not None and v_postcode("W1A 4ZZ") is not None and v_postcode("BF1 4BB") is not None


def test_postcode_validator() -> None:
    assert v_postcode("bs16 6na").value == "BS16 6NA"  # type: ignore[union-attr]
    assert v_postcode("ZZ1 1AA") is None


@pytest.mark.parametrize("text,value", [("Email: Jane.Doe@Example.co.uk", "jane.doe@example.co.uk"),
                                        ("mailto:someone@sky.com", "someone@sky.com")])
def test_email(text: str, value: str) -> None:
    assert found("email_address", text) == [value]


@pytest.mark.parametrize("text,value", [("NI number: HT 89 61 94 B", "HT896194B"),
                                        ("National Insurance ab123456c", "AB123456C")])
def test_ni_positive(text: str, value: str) -> None:
    assert found("ni_number", text) == [value]


@pytest.mark.parametrize("raw", ["QQ123456C", "DA123456A", "AO123456A", "BG123456A", "GB123456A", "NK123456A",
                                 "TN123456A", "ZZ123456A", "AB123456E"])
def test_ni_prefix_rules(raw: str) -> None:
    assert v_ni(raw) is None


def test_ni_lower_case_needs_label() -> None:
    assert found("ni_number", "code ab123456c") == []


@pytest.mark.parametrize("text,value", [
    ("Hospital No: RXN647875", "RXN647875"), ("Hosp No: 6475439", "6475439"), ("MRN M0736918", "M0736918"),
    ("Unit No: K123456", "K123456"), ("Case note number: AB12345", "AB12345"), ("seen RXF936152 today", "RXF936152"),
])
def test_hospital_number(text: str, value: str) -> None:
    assert value in found("hospital_number", text)


@pytest.mark.parametrize("text", ["Order ref: RXN647875", "Bed 24", "Datix ID 738079", "Room 8"])
def test_hospital_number_decoys(text: str) -> None:
    assert found("hospital_number", text) == []
