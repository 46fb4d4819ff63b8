"""Validators named in ``patterns.toml``: checksums, ranges and normalisation.

Each takes the matched text and returns a :class:`Verdict` (normalised value plus notes
for the evidence) or ``None`` when the text is not a valid identifier of that kind.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import phonenumbers


@dataclass
class Verdict:
    value: str
    notes: dict[str, Any] = field(default_factory=dict)
    score: float = 0.0          # added to the recogniser's base score (may be negative)


def digits(s: str) -> str:
    return "".join(filter(str.isdigit, s))


_PLACEHOLDERS = {"0123456789", "1234567890", "9876543210", "0987654321", "1212121212", "1231231231"}


def placeholder(d: str) -> bool:
    """A run or a typed-in filler ("1111111111", "1234567890", "0000000000"): never a real health number."""
    return len(set(d)) <= 2 and (len(set(d)) == 1 or d[:2] * 5 == d) or d in _PLACEHOLDERS


_MOD11_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def mod11_ok(d: str) -> bool:
    """NHS / CHI / H&C Modulus 11: weights 10..2, check = 11 - sum mod 11, 11 -> 0, 10 invalid."""
    if len(d) != 10 or not d.isdigit():
        return False
    total = sum(map(operator.mul, map(int, d[:9]), _MOD11_WEIGHTS))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def nhs_range(d: str) -> str:
    """Which scheme a valid 10-digit number's first three digits belong to."""
    head = int(d[:3])
    if d.startswith("999"):
        return "test"
    if 400 <= head <= 499 or 600 <= head <= 799:
        return "england_wales"
    if 320 <= head <= 399:
        return "northern_ireland"
    if 10 <= head <= 311:
        return "scotland"
    return "unallocated"


def v_nhs(text: str) -> Verdict | None:
    d = digits(text)
    if len(d) != 10 or placeholder(d) or not mod11_ok(d):
        return None
    rng = nhs_range(d)
    if rng == "northern_ireland" or (rng == "scotland" and v_chi(d) is not None):
        return None  # the hc_number / chi_number recognisers own these
    notes: dict[str, Any] = {"checksum": "mod11 ok", "range": rng}
    if rng == "test":
        notes["test_number"] = True
    # the CHI range: an NHS number only under an "NHS No" label in mail that is not Scottish (the recogniser
    # decides; in Scotland the CHI number is the NHS number and the chi_number recogniser owns it)
    return Verdict(d, notes, score=-0.2 if rng in ("unallocated", "scotland") else 0.05)


def chi_date(d: str) -> date | None:
    try:
        dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
        return date(1900 + yy, mm, dd) if mm != 2 or dd != 29 else date(2000 + yy, mm, dd)
    except ValueError:
        return None


def v_chi(text: str) -> Verdict | None:
    d = digits(text)
    if len(d) != 10 or placeholder(d) or not mod11_ok(d) or chi_date(d) is None or not 10 <= int(d[:3]) <= 311:
        return None
    sex = "female" if int(d[8]) % 2 == 0 else "male"
    return Verdict(d, {"checksum": "mod11 ok", "date_part": "valid date", "sex_digit": sex})


def v_hc(text: str) -> Verdict | None:
    d = digits(text)
    if len(d) != 10 or placeholder(d) or not mod11_ok(d) or nhs_range(d) != "northern_ireland":
        return None
    return Verdict(d, {"checksum": "mod11 ok", "range": "northern_ireland"})


# ------------------------------------------------------------------ dates

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "sept", *MONTHS}


def _year(y: str, today: date) -> int:
    v = int(y)
    if len(y) <= 2:
        v += 2000 if v <= today.year % 100 else 1900
    return v


def parse_date(text: str, today: date | None = None) -> date | None:
    """A UK (day-first) date in any common written form, or None."""
    return _parse_date(text, today or date.today())


_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b")
_OF = re.compile(r"\bof\b")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2})[-/ ]+([a-z]{3,9})\.?[-/ ]+(\d{2}|\d{4})")
_MONTH_DAY = re.compile(r"([a-z]{3,9})\.?\s+(\d{1,2})\s+(\d{4})")
_PACKED_DMY = re.compile(r"(\d{2})(\d{2})(\d{4})")
_PACKED_YMD = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")      # "19610714": a system export's YYYYMMDD


# (a date is read again by the table reader and by each rule that meets it in a message: the last few are kept)
@functools.lru_cache(maxsize=32)
def _parse_date(text: str, today: date) -> date | None:
    s = _ORDINAL.sub(r"\1", text.strip().lower()).replace(",", " ")
    s = _OF.sub(" ", s)
    try:
        m = _ISO.fullmatch(s)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _NUMERIC.fullmatch(s)
        if m:
            day, month = int(m[1]), int(m[2])
            if month > 12 >= day:      # "11/22/1972": month-first, because day-first is impossible
                day, month = month, day
            return date(_year(m[3], today), month, day)
        m = _DAY_MONTH.fullmatch(s)
        if m and m[2] in _MONTH_WORDS:
            return date(_year(m[3], today), MONTHS[m[2][:3]], int(m[1]))
        m = _MONTH_DAY.fullmatch(s)
        if m and m[1] in _MONTH_WORDS:
            return date(int(m[3]), MONTHS[m[1][:3]], int(m[2]))
        m = _PACKED_DMY.fullmatch(s)
        if m and 1 <= int(m[2]) <= 12:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = _PACKED_YMD.fullmatch(s)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


def v_date(text: str) -> Verdict | None:
    """A plausible date of birth: a real date, not in the future, not over 120 years ago."""
    today = date.today()
    d = parse_date(text, today)
    if d is None or d > today or today.year - d.year > 120:
        return None
    notes: dict[str, Any] = {"date": "valid, not future, within 120 years"}
    if (today - d).days < 18 * 365:
        notes["child"] = True
    return Verdict(d.isoformat(), notes)


# -------------------------------------------------------------- postcodes

POSTCODE_AREAS = frozenset("""AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG
DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD
LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO
SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split())
_PC = re.compile(r"([A-Z]{1,2})(\d[A-Z\d]?)(\d)([ABD-HJLNP-UW-Z]{2})")
_SPACE = re.compile(r"\s")


def v_postcode(text: str) -> Verdict | None:
    s = _SPACE.sub("", text.upper())
    m = _PC.fullmatch(s)
    if not m or m[1] not in POSTCODE_AREAS:
        return None
    if m[1] + m[2] == "GIR0":
        return None
    if m[2][-1].isalpha() and m[2][-1] not in ("ABCDEFGHJKPSTUW" if len(m[1]) == 1 else "ABEHMNPRVWXY"):
        return None     # the letter ending an outward code: A9A takes ABCDEFGHJKPSTUW, AA9A ABEHMNPRVWXY ("EC1C")
    if m[1] == "BF" and m[2] != "1":
        return None     # British Forces: BF1 is the only district
    return Verdict(f"{m[1]}{m[2]} {m[3]}{m[4]}", {"area": m[1]})


# ----------------------------------------------------------------- phones


# phonenumbers reads a number from its first digit or plus sign: text with neither is never one
_PHONE_START = re.compile(r"[\d+\uFF0B]")


def _phone_chars(raw: str) -> int:
    """The characters phonenumbers could read as a digit: digits (any script) and letters (a vanity
    number's "0800 FLOWERS"). A national number kept here has 9 or 10 digits after its leading 0."""
    return sum(1 for ch in raw if ch.isdigit() or ch.isalpha())


_FIRST_PHONE_CHAR = re.compile(r"[\d+\uFF0B]")


def v_phone(text: str) -> Verdict | None:
    got = _phone(text.strip())
    if got is None:
        return None
    value, notes, score = got
    return Verdict(value, dict(notes), score=score)


# (phonenumbers' parse is the dear part of a phone's check, and a message repeats its numbers (the body and the
# signature, a table and its text): the last few verdicts' parts are kept, each caller gets its own Verdict and notes)
@functools.lru_cache(maxsize=32)
def _phone(raw: str) -> tuple[str, tuple[tuple[str, str], ...], float] | None:
    # (a table column's dates and postcodes are tried too: 9 readable characters at least, or no parse)
    if not _PHONE_START.search(raw) or _phone_chars(raw) < 9:
        return None
    first = _FIRST_PHONE_CHAR.search(raw)
    if first is None or first.group(0) not in "0+\uFF0B":
        return None     # "H&C 381 123 4064", "Ref 943 476 5919": a UK number is written with its 0 (or +44)
    try:
        num = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None
    if num.country_code != 44:
        # another country's number only when written with its "+" and valid there ("+353 87 123 4567" of a
        # patient from Donegal): without the plus a foreign number cannot be told from a reference
        if not raw.startswith(("+", "\uFF0B")) or not phonenumbers.is_valid_number(num):
            return None
        region = phonenumbers.region_code_for_number(num) or "?"
        return (f"+{num.country_code}{phonenumbers.national_significant_number(num)}",
                (("phonenumbers", "valid"), ("country", region)), 0.05)
    national = "0" + phonenumbers.national_significant_number(num)
    if not (10 <= len(national) <= 11) or national[1] not in "123578":
        return None
    if not phonenumbers.is_possible_number(num):
        return None
    valid = phonenumbers.is_valid_number(num)
    notes = [("phonenumbers", "valid" if valid else "possible (reserved or drama range)")]
    if national.startswith("07"):
        notes.append(("type", "mobile"))
    return national, tuple(notes), 0.05 if valid else 0.0


# ------------------------------------------------------------- the others


def v_email(text: str) -> Verdict | None:
    s = text.strip().strip(".").lower()
    local, _, domain = s.partition("@")
    if not local or "." not in domain or ".." in s or local.startswith(".") or local.endswith("."):
        return None
    return Verdict(s, {"domain": domain})


_NI = re.compile(r"[A-Z]{2}\d{6}[A-D]")
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")
_NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def v_ni(text: str) -> Verdict | None:
    s = _SPACE.sub("", text.upper())
    if not _NI.fullmatch(s):
        return None
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIQUVO" or s[:2] in _NI_BAD_PREFIX:
        return None
    return Verdict(s, {"prefix": "allowed", "suffix": s[-1]})


def v_hospital(text: str) -> Verdict | None:
    s = _NOT_ALNUM.sub("", text.upper())
    if sum(ch.isdigit() for ch in s) < 5 or len(s) > 14:
        return None
    return Verdict(s, {"shape": "local hospital number"})


def v_none(text: str) -> Verdict | None:
    return Verdict(" ".join(text.split()))


VALIDATOR_FUNCS: dict[str, Callable[[str], Verdict | None]] = {
    "nhs_mod11": v_nhs, "chi": v_chi, "hc_mod11": v_hc, "date": v_date, "postcode": v_postcode,
    "uk_phone": v_phone, "email": v_email, "ni_number": v_ni, "hospital_number": v_hospital, "none": v_none,
}
