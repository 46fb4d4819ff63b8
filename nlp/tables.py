"""Column-aware extraction from CSV/XLSX tables.

Each column's kind comes from its header ("NHS Number", "DOB", "Surname") or, for an
unlabelled column, from its values (a sample of rows must mostly validate). Cells are
then validated one by one — no NER over thousands of cells. Every row holding an
identifier is one data subject; a forename and a surname column make one name.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from breachdesk.model import Identifier, Table
from nlp.recognizers.address import STREET_WORDS
from nlp.recognizers.person_name import ROLE_PREFIX
from nlp.recognizers.validators import (
    Verdict,
    chi_date,
    v_chi,
    v_date,
    v_email,
    v_hc,
    v_hospital,
    v_nhs,
    v_ni,
    v_none,
    v_phone,
    v_postcode,
)

# (header regex, column kind); the first that matches wins.
HEADER_KINDS: list[tuple[re.Pattern[str], str]] = [(re.compile(rx, re.I), kind) for rx, kind in [
    (r"\bdob\b|d\.o\.b|date\s*of\s*birth|birth\s*date|\bborn\b|birthdate", "date_of_birth"),
    (r"\bnhs(?:no|num(?:ber)?)?\b", "nhs_number"),      # "NHS", "NHSNO"
    (r"\bchi(?:no|num(?:ber)?)?\b", "chi_number"),
    (r"\bh\s*[&+]\s*c\b|\bh\s+and\s+c\b|\bhcn\b|health\s*and\s*care", "hc_number"),
    # one column holding the whole name, its order spelt out: "Patient (SURNAME, Forename)"
    (r"(?:surname|last\s*name|family\s*name)\W{1,4}(?:forenames?|first\s*names?|given\s*names?)|"
     r"(?:forenames?|first\s*names?|given\s*names?)\W{1,4}(?:surname|last\s*name|family\s*name)", "person_name"),
    (r"surname|last\s*name|family\s*name", "surname"),
    (r"forename|first\s*name|given\s*name|christian\s*name|first\s*names", "forename"),
    (r"post\s*code|postcode|\bp\s*/?\s*code\b", "postcode"),
    (r"e-?mail", "email_address"),
    (r"\bni\b|national\s*insurance|\bnino\b", "ni_number"),
    (r"hospital|\bhosp(?:no|num(?:ber)?)?\b|\brio\b|\bmrn\b|unit\s*(no|number)|\bpas\b|case\s*note|k\s*-?\s*number|local\s*id|patient\s*id|client\s*id|service\s*user\s*id|resident\s*id", "hospital_number"),
    (r"phone|\btel\b|mobile|\bmob\b|\bph\b|contact\s*(no|number)", "phone_number"),
    (r"address|\baddr(ess)?\s*\d?\b|^\s*street\s*$", "address"),
    (r"^(?!.*\b(gp|practice|school|ward|consultant|clinician|org|organisation|hospital|team|doctor|nurse|user|file|"
     r"staff|site|clinic|setting|referrer)\b).*\bname\s*$|^\s*(patient|pt|resident|client|service\s*user|su|child|pupil|"
     r"customer|recipient|tenant|attendee|member|participant|person|baby|infant|young\s*person|yp|individual|deceased|student|"
     r"learner|occupant|claimant|applicant|employee|victim|survivor|(?:alleged\s*)?(?:perpetrator|abuser|offender)|mother|father|mum|dad|parent|parent\s*/\s*(?:carer|guardian)|guardian\s*/\s*parent|carer|guardian|"
     r"relative|spouse|partner|contact\s*person|(?:emergency|bereavement|family|main|key|first|second)\s*contact"
     r"(?:\s*(?:name|person))?)\s*[:.]?\s*$|"
     r"^\s*name\s*(?:of|for)\s*(?:the\s*)?(?:patient|child|resident|client|service\s*user|pupil|baby|parent|carer|"
     r"mother|father|guardian|relative|deceased|young\s*person)\b|"
     r"^\s*(?:patient|pt|child|resident|client|pupil|baby|parent|carer|mother|father|guardian|relative|nok)['’]?s?\s*"
     r"(?:full\s*)?name\b|"
     r"next\s*of\s*kin|\bnok\b|"
     # deprivation of liberty forms: the "Relevant person" and their representative ("RPR", often family)
     r"^\s*relevant\s*person\s*(?:name)?\s*[:.]?\s*$|\brpr\b|^\s*(?:relevant\s*person['’]?s\s*)?representative\b|"
     # the person a payment goes to: "Account holder", "Payee", "Name on account"
     r"^\s*(?:bank\s*)?account\s*(?:holder|name)\s*(?:name)?\s*$|^\s*payee(?:\s*name)?\s*$|name\s*on\s*(?:the\s*)?account",
     "person_name"),
]]

# a column telling how a person is related to the subject, not who they are
_RELATION_HEAD = re.compile(r"relationship|\brelation\b|\brel(?:\.|\s*to\b)|\bnok\s*type\b", re.I)

# a column headed only "Contact" ("Contact details", "Contact info") holds numbers or addresses: sniffed
# with a lower bar, since some will be mistyped
_CONTACT_HEAD = re.compile(r"\s*contact(?:\s*(?:details?|info))?\s*$", re.I)

CELL_VALIDATORS: dict[str, Callable[[str], Verdict | None]] = {
    "nhs_number": v_nhs, "chi_number": v_chi, "hc_number": v_hc, "date_of_birth": v_date,
    "postcode": v_postcode, "email_address": v_email, "ni_number": v_ni, "hospital_number": v_hospital,
    "phone_number": v_phone, "address": v_none, "person_name": v_none, "surname": v_none, "forename": v_none,
}
# Kinds an unlabelled column may be sniffed as (dates never: a date is a DOB by label only).
# A CHI number is sniffed only when no NHS number reading holds and 3+ cells are all CHI numbers (a real date of
# birth and the check digit: a chance 10-digit run passes about one time in thirty).
SNIFFABLE = ("nhs_number", "chi_number", "postcode", "email_address", "ni_number", "phone_number")


@dataclass
class TableResult:
    identifiers: list[Identifier] = field(default_factory=list)
    rows: list[list[Identifier]] = field(default_factory=list)   # identifiers per row holding any
    columns: dict[int, tuple[str, str]] = field(default_factory=dict)   # index -> (kind, detected_by)
    deceased: list[int] = field(default_factory=list)   # name columns of the dead (see _drop_deceased)


def _check(kind: str, cell: str, memo: dict | None) -> Verdict | None:
    """``CELL_VALIDATORS[kind](cell)``, remembered in ``memo`` (one message's: a cell sniffed for its column's
    kind is validated again when its row is read, and a text table is sniffed before NER and read after)."""
    if memo is None:
        return CELL_VALIDATORS[kind](cell)
    key = ("cell", kind, cell)
    if key in memo:
        return memo[key]
    got = CELL_VALIDATORS[kind](cell)
    if len(memo) < 20_000:          # a 100,000-row sheet's cells are not all kept
        memo[key] = got
    return got


def column_kinds(table: Table, sniff_rows: int, memo: dict | None = None) -> dict[int, tuple[str, str]]:
    """Each column's kind and how it was told (header or values); ``memo`` is one message's (see :func:`_check`)."""
    if memo is not None:
        got = memo.get(("kinds", id(table), sniff_rows))
        if got is not None and got[0] is table:
            return dict(got[1])
    kinds = _column_kinds(table, sniff_rows, memo)
    if memo is not None:
        memo[("kinds", id(table), sniff_rows)] = (table, dict(kinds))     # the table kept: its id is not reused
    return kinds


CHI_UNDER_NHS = "header 'NHS number', values CHI numbers (Scotland)"


def _column_kinds(table: Table, sniff_rows: int, memo: dict | None) -> dict[int, tuple[str, str]]:
    kinds: dict[int, tuple[str, str]] = {}
    blank: list[tuple[int, list[str]]] = []      # unlabelled columns no value test claimed
    named: list[tuple[int, list[str]]] = []      # columns under a header no rule knows, no value test claimed
    width = max([len(table.header)] + [len(r) for r in table.rows[:sniff_rows]] + [0])
    for i in range(width):
        head = (table.header[i] if i < len(table.header) else "").replace("_", " ")   # "PATIENT_NAME", "NHS_NO"
        kind = next((k for rx, k in HEADER_KINDS if head and rx.search(head)), None)
        if kind == "nhs_number" and _chi_by_values(table, i, sniff_rows):
            kinds[i] = ("chi_number", CHI_UNDER_NHS)
            continue
        if kind == "person_name" and _RELATION_HEAD.search(head):
            # "NOK relationship", "Relation to client": "Wife", "Son" — a relation, not a name; but "NOK
            # (relationship)" over "Frank Shah (daughter)" is the next of kin's name with the relation after it
            sample = [_RELATION_NOTE.sub("", r[i]).strip() for r in table.rows[:sniff_rows]
                      if i < len(r) and str(r[i]).strip()]
            if not (len(sample) >= 2 and sum(_name_cell(v) for v in sample) >= 0.8 * len(sample)):
                continue
        if kind in _WITH_NAME_KINDS and _NAME_TOO.search(head):
            kinds[i] = (kind, WITH_NAME)      # "Name / CHI": "KAMARA Fatmata 0808392638" in one cell
            continue
        if kind:
            kinds[i] = (kind, "header")
            continue
        sample = [r[i].strip() for r in table.rows[:sniff_rows] if i < len(r) and r[i].strip()]
        if len(sample) < 2:
            continue
        share = 0.5 if _CONTACT_HEAD.match(head) else 0.8     # "Contact": phones, some mistyped
        for k in SNIFFABLE:
            if k == "chi_number" and len(sample) < 3:
                continue
            need = (1.0 if k == "chi_number" else share) * len(sample)
            ok = misses = 0
            for v in sample:
                if (got := _check(k, v, memo)) is not None \
                        and not (k == "nhs_number" and got.notes.get("range") == "scotland"):
                    ok += 1
                else:
                    misses += 1
                    if len(sample) - misses < need:
                        break       # the cells left cannot make up the share
            if ok >= need:
                kinds[i] = (k, "values")
                break
        else:
            if sum(_address_cell(v) for v in sample) >= 0.8 * len(sample):
                kinds[i] = ("address", "values")     # "PICKUP", "Collect from", no header: street lines
                continue
            if head and _proxy_column(sample):
                kinds[i] = ("person_name", "values")     # "Consent (if not self)": "self", "Ann Lee (LPA health)"
                continue
            if not head:
                blank.append((i, sample))
            elif (not _NOT_PEOPLE_HEAD.search(head) or _staff_own_data(table, head)) \
                    and len(set(sample)) >= 0.9 * len(sample):
                named.append((i, sample))     # "PAX", "Who": a header no rule knows; only whole, distinct names
    _sniff_people(kinds, blank, named)
    _drop_rota_workers(table, kinds)
    return kinds


# One column for the name and a number or DOB: "Name / CHI", "Patient name & NHS no", "Name, DOB"
WITH_NAME = "header (name and number in one cell)"
_WITH_NAME_KINDS = ("nhs_number", "chi_number", "hc_number", "hospital_number", "date_of_birth")
_NAME_TOO = re.compile(r"\bname\b|^\s*(?:patient|pt|resident|client|child)\b(?=.*[/&+,])", re.I)
_FIRST_DIGIT = re.compile(r"\d")
_NAME_PART = re.compile(r"[^\W\d_][\w'’\-]*(?:,?[ \t]{1,2}[^\W\d_][\w'’\-.]*){1,4}")


def _split_with_name(cell: str) -> tuple[str, str] | None:
    """ "KAMARA Fatmata 0808392638" -> ("KAMARA Fatmata", "0808392638"): the name before the first digit."""
    m = _FIRST_DIGIT.search(cell)
    if m is None:
        return None
    name = cell[:m.start()].strip(" \t,;/-–(")
    if not _NAME_PART.fullmatch(name):
        return None
    return name, cell[m.start():].strip(" \t)")


# A visit rota ("Day | Time | Carer | Client"): its "Carer" column names the care worker, not an unpaid carer
_VISIT_HEAD = re.compile(r"^\s*(?:time|call|visit|visit\s*time|shift|duration|mins|slot|run|round|start|end)\s*$", re.I)
_WORKER_HEAD = re.compile(r"^\s*(?:carer|care\s*worker|worker|staff|allocated(?:\s*to)?|assigned(?:\s*to)?)(?:\s*name)?\s*$",
                          re.I)


def _drop_rota_workers(table: Table, kinds: dict[int, tuple[str, str]]) -> None:
    heads = [h or "" for h in table.header]
    if not any(_VISIT_HEAD.match(h) for h in heads):
        return
    workers = [i for i, (k, _) in kinds.items() if k == "person_name" and i < len(heads) and _WORKER_HEAD.match(heads[i])]
    if workers and any(k == "person_name" and i not in workers for i, (k, _) in kinds.items()):
        for i in workers:
            del kinds[i]


# A whole name in a cell: "Shane Kelly", "Mary-Rose O'Neill", "KELLY Shane", "Ó Briain, Niamh"
_NAME_CELL = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]{0,30}(?:,? [A-Za-z\u00C0-\u017F][\w'’\-]{0,30}){1,3}")
_NOT_NAME_WORDS = {"ward", "bay", "bed", "room", "clinic", "hospital", "road", "street", "lane", "avenue", "team",
                   "service", "services", "unit", "centre", "center", "nhs", "trust", "practice", "surgery", "school",
                   "house", "home", "care", "health", "council", "bank", "nursing", "daily", "weekly", "monthly",
                   "review", "mg", "ml", "and", "the", "of", "for", "with", "to", "in", "on", "at", "no", "yes",
                   "none", "new", "follow", "up", "appointment", "appt", "referral", "discharge", "routine", "urgent"}


# A street line in a cell: "14 Mill Lane", "Flat 3 Dyer House, 9 Kirk Row", "27a Moor View Halifax"
_ADDRESS_CELL = re.compile(r"(?i)(?:(?:flat|apartment|apt|unit|room)[ ]{1,3}\d{1,4}[A-Z]?,?[ ]{1,3}(?:[^\W\d_][\w'’\-]*"
                           r"(?:[ ][^\W\d_][\w'’\-]*){0,3},?[ ]{1,3})?)?\d{1,4}[A-Z]?,?[ ]{1,3}"
                           r"(?:(?:[^\W\d_][\w'’\-]*[ ]){1,4}?(?:" + STREET_WORDS + r")\b\.?"
                           r"|(?:heol|ffordd|stryd|lôn|lon|rhodfa)[ ][^\W\d_][\w'’\-]*)"   # Welsh: the street word first
                           r"(?:,?[ ]{1,3}[^\W\d_][\w'’\-]*){0,4}(?:,?[ ]{1,3}[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})?")


def _proxy_column(sample: list[str]) -> bool:
    """A column of people acting for the row's person, under a header no rule knows: two or more cells a whole
    name with its relation or power in brackets ("Ann Lee (LPA health)", "Tom Rees (son)"), the rest one or two
    words that name nobody ("self", "n/a")."""
    proxies = sum(_RELATION_NOTE.search(v) is not None and _name_cell(_RELATION_NOTE.sub("", v).strip()) for v in sample)
    return proxies >= 2 and all(_RELATION_NOTE.search(v) is not None or (len(v.split()) <= 2 and not _name_cell(v))
                                for v in sample)


def _address_cell(v: str) -> bool:
    return len(v) <= 120 and bool(_ADDRESS_CELL.fullmatch(v))


# A name typed in lower case ("jane roe", "mary o'neill"): taken only as the first column of a headerless
# list, every sampled cell of it so
_LOWER_NAME_CELL = re.compile(r"[a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}"
                              r"(?: [a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}){1,2}")


def _lower_name_cell(v: str) -> bool:
    return bool(_LOWER_NAME_CELL.fullmatch(v)) and not any(w in _NOT_NAME_WORDS for w in v.split())


def _name_cell(v: str) -> bool:
    return bool(_NAME_CELL.fullmatch(v)) and not any(
        w.strip(",").lower() in _NOT_NAME_WORDS for w in v.split())


# Headers of columns that name places, services or staff, never the row's person
_NOT_PEOPLE_HEAD = re.compile(r"dest|locat|site|venue|clinic|hospital|ward|team|unit|service|gp|practice|surgery|school|"
                              r"org|provider|agency|company|firm|supplier|driver|staff|carer|worker|clinician|consultant|"
                              r"doctor|nurse|therapist|referrer|author|by\b|owner|manager|lead|contact|town|city|area|"
                              r"street|road|route|vehicle|status|type|note|comment|reason|outcome|mobility|escort|esc\b",
                              re.I)


# a column of staff ("Staff", "Staff member") in a sheet of their own personal data: a rota sent out with the
# nurses' home addresses and mobiles for lone working names its staff as the subjects
_STAFF_HEAD = re.compile(r"^\s*(?:staff(?:\s*member)?|colleague|employee)(?:\s*name)?\s*$", re.I)
_STAFF_OWN_HEAD = re.compile(r"\bhome\b|personal|sick|absence|diagnos|grievance|disciplin|salary|\bdob\b|"
                             r"birth|\bni\b|national\s*insurance", re.I)


def _staff_own_data(table: Table, head: str) -> bool:
    """A staff column ("Staff") beside a column of the staff's own data ("Home address (lone working)")."""
    return bool(_STAFF_HEAD.match(head)) and any(_STAFF_OWN_HEAD.search(h or "") for h in table.header)


def _sniff_people(kinds: dict[int, tuple[str, str]], blank: list[tuple[int, list[str]]],
                  named: list[tuple[int, list[str]]] = ()) -> None:  # type: ignore[assignment]
    """Unlabelled columns of a table with no header (an export "with no header row"), read only beside a
    column that already identifies someone (a health number, a postcode, an e-mail address or a phone number by
    its values: a text-message send log is "mobile, name, …"):
    a column of whole names is the row's person; a column of dates spread over ten years or more, all in the
    past, is their date of birth (appointment and admission dates cluster in a year or two). A column under a
    header no rule knows ("PAX") is the row's person only when every sampled cell is a whole name and they
    are distinct (a destination or a team repeats down the column)."""
    if not (blank or named):
        return
    if not any(k in ("nhs_number", "chi_number", "hc_number", "postcode", "email_address", "ni_number", "phone_number")
               for k, _ in kinds.values()):
        _names_beside_birth_dates(kinds, blank)
        return
    has_name = any(k in ("person_name", "surname", "forename") for k, _ in kinds.values())
    for i, sample in named:
        if not has_name and len(sample) >= 3 and all(_name_cell(v) for v in sample):
            kinds[i] = ("person_name", "values")
            has_name = True
    by_col = dict(blank)
    first_names: set[str] = set()
    this_year = _dt.date.today().year
    for i, sample in blank:
        if i in kinds:
            continue
        if not any(k == "hospital_number" for k, _ in kinds.values()) and _local_numbers(sample):
            kinds[i] = ("hospital_number", "values")    # "N6268278", "N0824283": the trust's local number
            continue
        if _clinicians(sample):
            continue        # "Dr Hartley" down a clinic list: who holds the clinic, not a second person of the row
        if not has_name and i + 1 in by_col and _surname_forename_pair(sample, by_col[i + 1]):
            kinds[i], kinds[i + 1] = ("surname", "values"), ("forename", "values")   # "ELLISON | Harpreet"
            has_name = True
            continue
        names = sum(_name_cell(v) for v in sample) >= 0.8 * len(sample)
        if (not has_name and (names or (i == 0 and all(_lower_name_cell(v) for v in sample)))) \
                or (has_name and names and first_names and not first_names & set(sample)):
            # (a second column of other whole names is a second person of the row: a parent, a next of kin)
            kinds[i] = ("person_name", "values")
            has_name = True
            first_names = first_names or set(sample)
            continue
        if not any(k == "date_of_birth" for k, _ in kinds.values()) and _birth_dates(sample, this_year):
            kinds[i] = ("date_of_birth", "values")


_LOCAL_NUMBER = re.compile(r"([A-Z]{1,3})(\d{5,9})")
_CLINICIAN_CELL = re.compile(r"(?i:dr|prof|professor|sister|nurse)\.?[ ][A-Z]")


def _local_numbers(sample: list[str]) -> bool:
    """Three or more cells of one shape, distinct: the same letters, then the same count of digits ("N6268278")."""
    got = [_LOCAL_NUMBER.fullmatch(v) for v in sample]
    if len(sample) < 3 or not all(got) or len(set(sample)) < len(sample):
        return False
    return len({(m.group(1), len(m.group(2))) for m in got if m}) == 1


def _clinicians(sample: list[str]) -> bool:
    """Most cells a clinician's title and a name ("Dr Hartley", "Sister Ames")."""
    return sum(_CLINICIAN_CELL.match(v) is not None for v in sample) >= 0.8 * len(sample)


def _birth_dates(sample: list[str], this_year: int) -> bool:
    """Most cells dates, spread over ten years, or all five or more years ago (appointments and admissions are
    recent)."""
    dates = [d for v in sample if (d := v_date(v)) is not None]
    if not dates or len(dates) < 0.8 * len(sample):
        return False
    years = [int(d.value[:4]) for d in dates]
    return (max(years) - min(years) >= 10 and len(set(years)) >= min(3, len(years))) \
        or (len(years) >= 3 and max(years) <= this_year - 5)


def _names_beside_birth_dates(kinds: dict[int, tuple[str, str]], blank: list[tuple[int, list[str]]]) -> None:
    """A list with no header and no number ("Ruby | Kershaw | 14/09/2013 | Y8 | HPV dose 1"): three or more rows
    each with a forename and a surname side by side (or a whole name) and a date of birth. Both or neither: a
    column of names alone may be staff or places, a column of dates alone anything."""
    if any(k in ("person_name", "surname", "forename", "date_of_birth") for k, _ in kinds.values()):
        return
    this_year = _dt.date.today().year
    dob = next((i for i, sample in blank if len(sample) >= 3 and _birth_dates(sample, this_year)), None)
    if dob is None:
        return
    by_col = dict(blank)
    for i, sample in blank:
        if len(sample) < 3 or i == dob:
            continue
        if i + 1 in by_col and i + 1 != dob and _forename_surname_pair(sample, by_col[i + 1]):
            kinds[i], kinds[i + 1] = ("forename", "values"), ("surname", "values")
            break
        if sum(_name_cell(v) for v in sample) >= 0.8 * len(sample) and len(set(sample)) >= 0.9 * len(sample):
            kinds[i] = ("person_name", "values")
            break
    else:
        return
    kinds[dob] = ("date_of_birth", "values")


_SINGLE_NAME_WORD = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]+")


def _forename_surname_pair(left: list[str], right: list[str]) -> bool:
    """Two unlabelled columns side by side, a Forename and a Surname ("Ruby | Kershaw"), one word each in most
    rows, the surnames mostly distinct."""
    if len(left) != len(right) or len(set(right)) < 0.8 * len(right):
        return False
    ok = sum(bool(_SINGLE_NAME_WORD.fullmatch(a)) and bool(_SINGLE_NAME_WORD.fullmatch(b))
             and a.lower() not in _NOT_NAME_WORDS and b.lower() not in _NOT_NAME_WORDS for a, b in zip(left, right, strict=True))
    return ok >= 0.8 * len(left)


_CAPS_WORD = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][A-Z\u00C0-\u00DE\u0100-\u017F'’\-]+")
_FORENAME_WORD = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]+"
                            r"(?: [A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]+)?")


def _surname_forename_pair(left: list[str], right: list[str]) -> bool:
    """Two unlabelled columns side by side, a SURNAME and a Forename ("ELLISON | Harpreet"), in most sampled rows."""
    if len(left) < 2 or len(left) != len(right):
        return False
    ok = sum(bool(_CAPS_WORD.fullmatch(a)) and bool(_FORENAME_WORD.fullmatch(b))
             and a.lower() not in _NOT_NAME_WORDS and b.lower() not in _NOT_NAME_WORDS for a, b in zip(left, right, strict=True))
    return ok >= 0.8 * len(left)


def _chi_by_values(table: Table, col: int, sniff_rows: int) -> bool:
    """An "NHS number" column whose values are CHI numbers: in Scotland the CHI number is the NHS number."""
    sample = [r[col].strip() for r in table.rows[:sniff_rows] if col < len(r) and r[col].strip()]
    if len(sample) < 2:
        return False
    chi = sum(v_chi(v) is not None for v in sample)
    return chi >= 0.8 * len(sample)


_POSTCODE_IN = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}\b", re.I)

# a column of a staff member's own personal data (a sickness record, an HR list): those staff are its subjects
_STAFF_PERSONAL_HEAD = re.compile(r"reason|sick|absence|days\s*off|diagnos|condition|health|disciplin|grievance|"
                                  r"salary|\bpay\b|\bdob\b|birth|\bni\b|national\s*insurance|address", re.I)


def staff_list(table: Table) -> bool:
    """Whether a table lists staff at work (a role, grade or band column: a contact list, a rota), not people whose
    own data it discloses (a sickness record names staff with their absence reasons: they are its subjects)."""
    heads = [h or "" for h in table.header]
    return any(_STAFF_COLUMNS.match(h) for h in heads) and not any(_STAFF_PERSONAL_HEAD.search(h) for h in heads)


_STAFF_COLUMNS = re.compile(r"^\s*(role|job\s*title|designation|position|grade|band|organisation|agency)\s*$", re.I)
_CELL_LABEL = re.compile(r"^\s*(?:mrn|no\.?|unit\s*no\.?|hosp(?:ital)?\s*no\.?|nhs(?:\s*no\.?)?|dob|tel|"
                         r"(?:(?:parent|mum|dad|nok|home|work|personal)\s+)?e-?mail(?:\s*address)?)[:\s]+", re.I)


_ROLE_WORDS = re.compile(r"\b(nok|next\s*of\s*kin|parent|mother|father|mum|dad|carer|guardian|relative|spouse|"
                         r"partner|contact|emergency|husband|wife|son|daughter|account\s*holder|payee|rpr|representative)\b",
                         re.I)


def _role(header: str) -> str:
    m = _ROLE_WORDS.search(header or "")
    return "".join(m.group(1).lower().split()).replace("nextofkin", "nok") if m else ""


# (a date of birth beside only a relative's name is the relative's own: "Relative | Relationship | DOB")
_SUBJECT_KINDS = ("nhs_number", "chi_number", "hc_number", "hospital_number")


def people_columns(table: Table, columns: dict[int, tuple[str, str]]) -> dict[int, int]:
    """Column index -> person in the row (0: the record's subject; 1, 2 …: a parent, a next of kin).

    A row may hold more than one person ("Resident | DOB | NOK | NOK phone", "Child | Parent |
    Parent email"): each name column is a person, and a column goes with the person whose role
    its header names ("NOK phone"), otherwise with the record's subject.
    """
    head = lambda i: table.header[i] if i < len(table.header) else ""  # noqa: E731
    names = [i for i, (k, _) in columns.items() if k == "person_name"]
    pair = [i for i, (k, _) in columns.items() if k in ("surname", "forename")]
    persons: list[tuple[str, list[int]]] = []
    if pair:
        persons.append((_role(" ".join(head(i) for i in pair)), pair))
    persons.extend((_role(head(i)), [i]) for i in names)
    if len(persons) == 1 and persons[0][0] and any(
            k in _SUBJECT_KINDS and not _role(head(i)) for i, (k, _) in columns.items()):
        # "NHS # | NoK name | NoK tel" (a second sheet beside the patients'): the health number is the
        # patient's, who is not named here; the next of kin is a person of their own
        persons.insert(0, ("", []))
    if len(persons) <= 1:
        return dict.fromkeys(columns, 0)
    persons.sort(key=lambda p: (p[0] != "", min(p[1], default=-1)))       # the subject: the first name column with no role
    out: dict[int, int] = {}
    for k, (_, cols) in enumerate(persons):
        for i in cols:
            out[i] = k
    for i in columns:
        if i not in out:
            role = _role(head(i))
            out[i] = next((k for k, (r, _) in enumerate(persons) if role and r == role), 0)
    return out


def reads_names(table: Table, sniff_rows: int = 25, memo: dict | None = None) -> bool:
    """Whether :func:`analyse_table` reads the table's people by column (a name, surname or forename column)."""
    table = transpose_form(lift_header(table))
    staff = staff_list(table)
    return any((k in ("person_name", "surname", "forename") or how == WITH_NAME)
               and (not staff or _subject_head(table, i))
               for i, (k, how) in column_kinds(table, sniff_rows, memo).items())


# a name column's header that says whose name it is: kept in a table that also lists staff roles
# (a privacy-audit extract: "User | Role | Patient NHS No | Patient name")
_SUBJECT_HEAD = re.compile(r"\b(?:patient|pt|resident|client|service\s*user|child|pupil|baby|nok|next\s*of\s*kin|"
                           r"relative|parent|mother|father)\b", re.I)


def _subject_head(table: Table, i: int) -> bool:
    return i < len(table.header) and bool(_SUBJECT_HEAD.search(table.header[i] or ""))


_CAPS_CELL = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][A-Z\u00C0-\u00DE\u0100-\u017F'’\- ]{0,40}")
_FORENAME_CELL = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}"
                            r"(?: [A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30})?")


def mend_split_names(table: Table, sniff_rows: int = 25) -> Table:
    """A CSV written with "SURNAME, Forename" unquoted under one "Name" header: every row has one cell more
    than the header, the name split over two. When most sampled rows are one cell longer and hold a SURNAME
    and then a Forename at the name column, those two cells are joined again ("SURNAME, Forename") and the
    columns after it line up with their headers. Other tables are returned as they are."""
    width = len(table.header)
    if width < 2 or not table.rows:
        return table
    sample = table.rows[:sniff_rows]
    long = [r for r in sample if len(r) == width + 1]
    if len(long) < max(2, 0.8 * len(sample)):
        return table
    for i, head in enumerate(table.header):
        h = (head or "").replace("_", " ")
        if next((k for rx, k in HEADER_KINDS if h and rx.search(h)), None) != "person_name":
            continue
        split = [r for r in long if _CAPS_CELL.fullmatch(str(r[i]).strip()) and _FORENAME_CELL.fullmatch(str(r[i + 1]).strip())]
        if len(split) < 0.8 * len(long):
            continue
        rows = [[*r[:i], f"{str(r[i]).strip()}, {str(r[i + 1]).strip()}", *r[i + 2:]]
                if len(r) == width + 1 and _CAPS_CELL.fullmatch(str(r[i]).strip()) else r for r in table.rows]
        return Table(where=table.where, sheet=table.sheet, header=table.header, rows=rows, total_rows=table.total_rows)
    return table


def mend_split_text(table: Table, sniff_rows: int = 25) -> Table:
    """A CSV whose free-text column holds an unquoted comma ("Self harm, low mood"): that row has one cell
    (or a few) more than the header, and every column after the text is shifted. When most rows fit the
    header and one column alone is free text (no identifier header, its cells in fitting rows words, not
    numbers), a longer row's extra cells are joined back into that column. Other tables are returned as
    they are."""
    width = len(table.header)
    sample = table.rows[:sniff_rows]
    if width < 3 or not any(len(r) > width for r in table.rows):
        return table
    fit = [r for r in sample if len(r) == width]
    if len(fit) < max(2, 0.6 * len(sample)):
        return table
    text_cols = []
    for i, head in enumerate(table.header):
        h = (head or "").replace("_", " ")
        if next((k for rx, k in HEADER_KINDS if h and rx.search(h)), None) is not None:
            continue
        cells = [str(r[i]).strip() for r in fit if str(r[i]).strip()]
        if cells and sum(bool(_TEXT_CELL.fullmatch(c)) for c in cells) >= 0.8 * len(cells):
            text_cols.append(i)
    if len(text_cols) != 1:
        return table
    j = text_cols[0]
    rows = [[*r[:j], ", ".join(str(c).strip() for c in r[j:j + len(r) - width + 1]), *r[j + len(r) - width + 1:]]
            if len(r) > width else r for r in table.rows]
    return Table(where=table.where, sheet=table.sheet, header=table.header, rows=rows, total_rows=table.total_rows)


_TEXT_CELL = re.compile(r"[A-Za-z][A-Za-z '’/?+&\-]*")


def _named_kinds(cells: list[str]) -> int:
    """How many of a row's cells read as column headers of a kind breachdesk knows ("Child", "CHI", "DOB")."""
    n = 0
    for c in cells:
        h = str(c or "").replace("_", " ").strip()
        if h and len(h) <= 40 and not any(ch.isdigit() for ch in h) and any(rx.search(h) for rx, _ in HEADER_KINDS):
            n += 1
    return n


def lift_header(table: Table, scan_rows: int = 6) -> Table:
    """A sheet or CSV with a title above its header ("CAMHS waiting list", "Exported 15/10 by TRAK", then
    "Child | CHI | Parent/carer | …"): when the first row names fewer than two known columns, the first of
    the next rows that names two or more is the header, and the rows above it are dropped. Else the table."""
    if _named_kinds(table.header) >= 2 or not table.rows:
        return table
    for k, row in enumerate(table.rows[:scan_rows]):
        cells = [str(c or "").strip() for c in row]
        if any(any(ch.isdigit() for ch in c) for c in cells):
            continue    # "Client | Dylan Gallagher | DOB | 21/06/1936": a form's labels and values, no header
        if _named_kinds(cells) >= 2:
            return Table(where=table.where, sheet=table.sheet, header=cells, rows=table.rows[k + 1:],
                         total_rows=max(0, table.total_rows - (k + 1)))
    return table


def title_rows(table: Table, scan_rows: int = 6) -> str:
    """The text of a sheet's title rows, one cell each above its header ("Audit: Patient access report", "Patient:
    JARVIS, Grace  MRN RX1229717  NHS 648 223 2183  DOB 24/07/1999"): a title may itself name the patient, so
    it is read as text. Empty when the first row is a header of two or more cells."""
    out: list[str] = []
    for row in [table.header, *table.rows[:scan_rows]]:
        cells = [str(c).strip() for c in row if str(c or "").strip()]
        if len(cells) > 1:
            break
        out.extend(cells)
    return "\n".join(out)


def transpose_form(table: Table, max_people: int = 4, max_fields: int = 40) -> Table:
    """A form laid out with its field labels down the first column and one person per column after it ("  |
    Service user | Partner", "Name | Evelyn Ahmed | Tomasz Ahmed", "DOB | 16/06/1941 | 03/03/1936", …; or a
    two-column "Name | Jane Doe", "NHS number | 943 …"): turned so each person is a row under the labels.
    A table whose first column holds three or more labels of known kinds is such a form. Else the table."""
    if len(table.rows) > max_fields:
        return table        # (checked before the rows are copied: a sheet may hold 100,000)
    rows = [table.header, *table.rows]
    width = max(len(r) for r in rows)
    if width < 2 or width > max_people + 1:
        return table
    firsts = [str(r[0]).strip() if r else "" for r in rows]
    if _named_kinds(firsts) < 3 or _named_kinds([str(c) for c in table.header[1:]]) >= 2:
        return table        # (a header row naming columns is an ordinary table)
    labelled = [r for r in rows if r and str(r[0]).strip()]
    if _named_kinds([str(r[0]) for r in labelled]) < 0.5 * len(labelled):
        return table        # a list of people whose first column is a name, not a form
    people = []
    for j in range(1, width):
        col = [str(r[j]).strip() if j < len(r) else "" for r in labelled]
        if _named_kinds(col) >= 2:
            return table    # "Client | X | DOB | 21/06/1936": label and value pairs across a row, one person
        if any(col):
            people.append(col)
    if not people:
        return table
    return Table(where=table.where, sheet=table.sheet, header=[str(r[0]).strip() for r in labelled], rows=people,
                 total_rows=len(people))


def analyse_table(table: Table, sniff_rows: int = 25, memo: dict | None = None) -> TableResult:
    """Every row's identifiers, one list per person in the row (see :func:`people_columns`); ``memo`` is
    one message's, shared with :func:`reads_names` (see :func:`_check`)."""
    table = mend_split_text(mend_split_names(transpose_form(lift_header(table)), sniff_rows), sniff_rows)
    res = TableResult(columns=column_kinds(table, sniff_rows, memo))
    if not res.columns:
        return res
    if staff_list(table):   # a contact list or a rota of staff, not subjects
        res.columns = {i: kc for i, kc in res.columns.items()
                       if kc[0] not in ("person_name", "surname", "forename") or _subject_head(table, i)}
    _drop_deceased(table, res)
    sur = [i for i, (k, _) in res.columns.items() if k == "surname"]
    fore = [i for i, (k, _) in res.columns.items() if k == "forename"]
    person_of = people_columns(table, res.columns)
    dob_cols = [i for i, (k, _) in res.columns.items() if k == "date_of_birth"]
    for r, row in enumerate(table.rows):
        got: dict[int, list[Identifier]] = {}
        for i, (kind, how) in res.columns.items():
            if kind in ("surname", "forename") or i >= len(row):
                continue
            cell = _CELL_LABEL.sub("", str(row[i]).strip())
            if not cell:
                continue
            if how == WITH_NAME and (both := _split_with_name(cell)) is not None:
                who = got.setdefault(person_of.get(i, 0), [])
                who.append(_ident("person_name", both[0], both[0], table, i, r, "header", Verdict(both[0], {})))
                cell = both[1]
            verdict = _check(kind, cell, memo)
            if (kind == "nhs_number" and verdict is None or how == CHI_UNDER_NHS) \
                    and (nhs := _nhs_not_row_chi(cell, row, dob_cols)) is not None:
                kind, verdict = "nhs_number", nhs
            elif verdict is None and kind in _HEALTH_NUMBER_KINDS:
                # one list may hold patients from each UK system: a CHI (Scotland) or H&C (Northern Ireland)
                # number under "NHS No" is still that person's health number
                kind, verdict = next(((k, v) for k in _HEALTH_NUMBER_KINDS if (v := _check(k, cell, memo))),
                                     (kind, None))
            if verdict is None:
                continue
            if kind == "address" and not (_DIGIT_OR_COMMA.search(cell) or len(cell.split()) >= 3):
                continue     # "same", "as above", "NFA": no address written
            if kind == "person_name":
                if len(cell) < 3 or not any(ch.isalpha() for ch in cell):
                    continue     # "1", "2" under a "Partner" header: a number, not a name
                bare = _RELATION_NOTE.sub("", verdict.value).strip()    # "Peter Jones (son)": the relation
                if _NO_PERSON_CELL.match(str(row[i]).strip()):
                    continue     # "no NOK - LA appointee", "none known": nobody named
                contact = _CONTACT_TAIL.search(bare)
                if contact is not None and _NAME_PART.fullmatch(bare[:contact.start()].strip(" \t,;/-–")):
                    # "Derek Hargreaves (son) 07700 900234": the name, then the relative's number
                    detail = contact.group(1)
                    ck = "email_address" if "@" in detail else "phone_number"
                    if (cv := _check(ck, detail, memo)) is not None:
                        got.setdefault(person_of.get(i, 0), []).append(
                            _ident(ck, cv.value, detail, table, i, r, "inside the name", cv))
                    bare = bare[:contact.start()].strip(" \t,;/-–")
                verdict = Verdict(bare or verdict.value, verdict.notes)   # is not the name; as written
            who = got.setdefault(person_of.get(i, 0), [])
            who.append(_ident(kind, verdict.value, cell, table, i, r, how, verdict))
            if kind == "address":     # "151 Harbour View, Belfast BT12 9DG": the postcode inside is one too
                pc = next((v for m in _POSTCODE_IN.finditer(cell) if (v := v_postcode(m.group(0)))), None)
                if pc is not None:
                    who.append(_ident("postcode", pc.value, pc.value, table, i, r, "inside the address", pc))
        for i in res.deceased:      # disclosed, still confidential: shown with the living relative's row
            cell = str(row[i]).strip() if i < len(row) else ""
            if len(cell) >= 3 and any(ch.isalpha() for ch in cell) and got:
                got.setdefault(0, []).append(_ident("person_name", cell, cell, table, i, r, "header",
                                                    Verdict(cell, {"deceased": True})))
        parts = [str(row[i]).strip() for i in fore + sur if i < len(row) and str(row[i]).strip()]
        if parts and (sur or len(parts) > 1):
            name = " ".join(parts)
            cols = [table.header[i] for i in fore + sur if i < len(table.header)]
            got.setdefault(person_of.get((fore + sur)[0], 0), []).append(
                _ident("person_name", name, name, table, (fore + sur)[0], r, "header", Verdict(name, {"columns": cols})))
        _rows_per_person(got, res)
    return res


_HEALTH_NUMBER_KINDS = ("nhs_number", "chi_number", "hc_number")


def _nhs_not_row_chi(cell: str, row: list[str], dob_cols: list[int]) -> Verdict | None:
    """A number under "NHS No" that reads as a CHI number but whose date part is not the row's date of birth.

    A CHI number begins with its holder's birth date, so a CHI number in a row always agrees with that
    row's DOB (a Scottish patient in an English list). A Modulus 11 number in the CHI range whose date part
    is some other day is an NHS number that happens to start like a date."""
    chi = v_chi(cell)
    if chi is None or not dob_cols:
        return None
    dobs = [v_date(str(row[i])) for i in dob_cols if i < len(row) and str(row[i]).strip()]
    dobs = [d.value for d in dobs if d is not None]
    born = chi_date(chi.value)
    if not dobs or born is None or any(d[2:] == born.isoformat()[2:] for d in dobs):
        return None      # agrees with the row's DOB (yy-mm-dd: the CHI number holds no century): a CHI number
    return Verdict(chi.value, {"checksum": "mod11 ok", "range": "scotland",
                               "date_part": "not the row's date of birth"}, score=0.0)
_DIGIT_OR_COMMA = re.compile(r"[\d,]")
_DECEASED = re.compile(r"\b(?:deceased|died|late)\b", re.I)
_DEATH_DATE = re.compile(r"\b(?:date\s*of\s*death|dod|died(?:\s*on)?)\b", re.I)


def _drop_deceased(table: Table, res: TableResult) -> None:
    """The dead are not data subjects (UK GDPR covers living people): a "Deceased" name column, beside a
    next of kin's, is not read as a person; the row's subject is the living relative. The dead person's
    name is still disclosed (the duty of confidence outlives them): it is reported in the relative's row,
    so it never adds a data subject."""
    heads = [table.header[i] if i < len(table.header) else "" for i in range(max(res.columns, default=-1) + 1)]
    dead = [i for i, (k, _) in res.columns.items() if k in ("person_name", "surname", "forename")
            and _DECEASED.search(heads[i])]
    living = [i for i, (k, _) in res.columns.items() if k in ("person_name", "surname", "forename")
              and i not in dead]
    if not dead or not living:
        return
    for i in dead:
        del res.columns[i]
    res.deceased = dead
    for i, h in enumerate(table.header):   # the date of death is no date of birth either
        if i in res.columns and _DEATH_DATE.search(h):
            del res.columns[i]


def _rows_per_person(got: dict[int, list[Identifier]], res: TableResult) -> None:
    """A second person counts only when named; their other details otherwise stay with the subject."""
    main = got.pop(0, [])
    others = []
    for k in sorted(got):
        if any(i.kind == "person_name" for i in got[k]):
            others.append(got[k])
        else:
            main.extend(got[k])
    for person in [main, *others]:
        if person:
            res.rows.append(person)
            res.identifiers.extend(person)


def _ident(kind: str, value: str, cell: str, table: Table, col: int, row: int, how: str,
           verdict: Verdict) -> Identifier:
    head = table.header[col] if col < len(table.header) else f"column {col + 1}"
    conf = 0.95 if how == "header" else 0.8
    if kind == "person_name":
        value = " ".join(value.split())
        value = ROLE_PREFIX.sub("", value, count=1) if ROLE_PREFIX.match(value) else value   # "Nurse Kirsty Rhodes"
    # One evidence dict per column and verdict, shared by its cells: a 100,000-row sheet
    # would otherwise hold a dict per cell (the row shows as the identifier's data subject).
    notes = verdict.notes
    try:
        key = (table.where, head, how, tuple(sorted(notes.items())))
        evidence = _EVIDENCE.setdefault(key, {"recognizer": "table", "column": head, "detected_by": how,
                                               **notes})
    except TypeError:          # an unhashable note: keep a dict of its own
        evidence = {"recognizer": "table", "column": head, "detected_by": how, **notes}
    if len(_EVIDENCE) > 10_000:
        _EVIDENCE.clear()
    return Identifier(kind=kind, value=value, text=cell, where=table.where, confidence=conf,
                      evidence=evidence)


_EVIDENCE: dict[tuple, dict] = {}


def table_text(table: Table, rows: int = 50) -> str:
    """Headers and the first rows as text, for the special-category keywords."""
    lines = [" | ".join(table.header)] + [" | ".join(str(c) for c in r) for r in table.rows[:rows]]
    return "\n".join(lines)


# a header line holds no data: no run of digits ("HbA1c" and "Address 1" are headers, "15/01/2013" is not)
_DATA_DIGITS = re.compile(r"\d{2,}")
_GLUED = re.compile(r"(?<=[a-z])(?=\d)|(?<=[a-z])[ ](?=\d{4})|(?<=[a-z])(?=\+44)|(?<=\d)(?=[A-Z][a-z])")
# a name cell that names nobody: "no NOK - LA appointee", "None known", "N/A", "not given", "self"
_NO_PERSON_CELL = re.compile(r"(?:no|none|nil|n/?a|self|not\s+(?:known|given|recorded|applicable)|unknown|declined)\b|"
                             r"\([^()]*\)$", re.I)     # (or a note in brackets: "(see diary)")
# a phone number or an e-mail address written after the name in its cell
_CONTACT_TAIL = re.compile(r"[ \t]*[,;:\-–]?[ \t]*(?:(?:tel|mob|mobile|phone|t|m)(?:[:.][ \t]*|[ \t]+))?"
                           r"(?<![\w.+\-])(\+?\(?\d[\d \t()\-]{8,}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)[ \t]*$", re.I)
_RELATION_NOTE = re.compile(r"[ \t]*[(\[][ \t]*(?:son|daughter|wife|husband|partner|mother|father|mum|dad|sister|"
                            r"brother|niece|nephew|grandson|granddaughter|friend|neighbour|carer|guardian|"
                            r"parent|aunt|uncle|cousin|spouse|nok|next of kin|poa|lpa|attorney)"
                            r"(?:[ \t,/&]{1,3}[^()\[\]\n]{1,30})?[ \t]*[)\]]", re.I)     # "(LPA health)", "(son, NOK)"
# tab, pipe, fixed-width; last, comma-separated lines pasted from a CSV ("Service user, DOB, Postcode")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_CELL_SPLITS = (re.compile(r"\t"), re.compile(r"\s*\|\s*"), re.compile(r"\s{2,}"), _COMMA)
_SPLIT_SEPARATORS = ("\t", "|", None, ",")     # what each splitter cannot split without (None: not told)
# a comma-separated header's cells: short column labels ("Service user", "NOK phone", "Hosp no."), not prose
_SHORT_LABEL = re.compile(r"[^\W\d_][\w'’/&#()\-]{0,24}\.?(?:[ \t][\w'’/&#()\-]{1,24}\.?){0,3}")


# before a pasted row: quote marks ("> >> "), a list number and one space ("1. "): not the first cell's
_LINE_LEAD = re.compile(r"^[ \t]*(?:>[ \t]?)+(?:\d{1,3}[.)][ ](?=[^ \t]))?|^[ \t]*\d{1,3}[.)][ ](?=[^\W\d_])")


def text_tables(text: str, where: str, max_lines: int = 5000) -> list[Table]:
    """Tables written as text (tab, pipe or fixed-width columns) inside a section.

    A run of at least two lines splitting into the same number (3+) of cells, whose first
    line names at least one known column ("Name", "DOB", "NHS number"), becomes a Table.
    """
    return [t for t, _, _ in text_table_lines(text, where, max_lines)]


def text_table_lines(text: str, where: str, max_lines: int = 5000) -> list[tuple[Table, int, int]]:
    """:func:`text_tables` with where each table sits: (table, first line, line after its last row)."""
    lines = [_LINE_LEAD.sub("", ln) for ln in text.split("\n")[:max_lines]]
    out: list[tuple[Table, int, int]] = []
    i = 0
    while i < len(lines):
        found = False
        # (a line holding data is no header, and a line without a splitter's separator is one cell for it)
        line = lines[i].strip().strip("|")
        splits = () if _DATA_DIGITS.search(lines[i]) else \
            [rx for rx, sep in zip(_CELL_SPLITS, _SPLIT_SEPARATORS, strict=True) if sep is None or sep in line]
        for rx in splits:
            head = [c.strip() for c in rx.split(line)]
            if len(head) < 3 or not any(h and any(hr.search(h) for hr, _ in HEADER_KINDS) for h in head):
                continue
            if rx is _COMMA and not all(_SHORT_LABEL.fullmatch(h) for h in head):
                continue     # "PMH: AF on apixaban, T2DM, mild dementia. NOK daughter …" is prose, not a header
            rows: list[list[str]] = []
            j = i + 1
            while j < len(lines):
                cells = [c.strip() for c in rx.split(lines[j].strip().strip("|"))]
                if not lines[j].strip() or set(lines[j].strip()) <= set("-=|+: "):
                    if rows:
                        break
                    j += 1
                    continue
                if len(cells) != len(head) and rx is _CELL_SPLITS[2]:
                    # a fixed-width export whose long value ran into the next column: "Ellie-Mae Robertson0905139909",
                    # "+44 7700 900771Wed 11 Nov"
                    cells = [c.strip() for c in rx.split(_GLUED.sub("  ", lines[j].strip()))]
                if not rows and len(cells) == len(head) + 1 and (wider := _split_header(head)) is not None:
                    head = wider     # "Bed  Hosp no  Name   Age Notes": two headers a single space apart
                if rx is _CELL_SPLITS[0] and len(head) > len(cells) >= max(2, len(head) - 2):
                    cells += [""] * (len(head) - len(cells))    # empty last cells: their tabs went with the strip
                if len(cells) != len(head):
                    break
                rows.append(cells)
                j += 1
            if rows and (rx is not _COMMA or len(rows) >= 2):
                out.append((Table(where=where, header=head, rows=rows, total_rows=len(rows)), i, j))
                i = j
                found = True
                break
        if not found:
            got = _headerless_run(lines, i)
            if got is not None:
                out.append((Table(where=where, header=[], rows=got, total_rows=len(got)), i, i + len(got)))
                i += len(got)
                continue
            i += 1
    return out


MIN_HEADERLESS_ROWS = 3


def _split_header(head: list[str]) -> list[str] | None:
    """The header with its one cell of two header words a single space apart split in two ("Age Notes" ->
    "Age", "Notes"), when exactly one cell is so; None otherwise."""
    found = [k for k, h in enumerate(head) if len(parts := h.split(" ")) == 2
             and all(any(hr.fullmatch(p) for hr, _ in HEADER_KINDS) or p.lower() in _NOTE_HEADERS for p in parts)]
    if len(found) != 1:
        return None
    k = found[0]
    return head[:k] + head[k].split(" ") + head[k + 1:]


_NOTE_HEADERS = {"notes", "note", "comments", "comment", "plan", "issues", "jobs", "status", "diagnosis", "dx", "age",
                 "sex", "gender", "bed", "room", "bay", "ward"}


def _headerless_run(lines: list[str], i: int) -> list[list[str]] | None:
    """A list pasted with no header ("jane roe  12.03.61  ls6 2ab  nail care"): 3+ consecutive lines of data
    (each with a digit) splitting on tabs, pipes or wide gaps into the same number (3+) of cells. Its columns are
    then read by value only (see :func:`column_kinds`), so a run of prose cannot make one."""
    line = lines[i].strip()
    if not ("\t" in line or "|" in line or "  " in line) or not any(ch.isdigit() for ch in line):
        return None     # no cell gap, or no data: most lines of prose stop here
    for rx in _CELL_SPLITS[:3]:
        head = [c.strip() for c in rx.split(lines[i].strip().strip("|"))]
        if len(head) < 3 or not all(head):
            continue
        rows = [head]
        j = i + 1
        while j < len(lines) and any(ch.isdigit() for ch in lines[j]):
            cells = [c.strip() for c in rx.split(lines[j].strip().strip("|"))]
            if len(cells) != len(head) or not all(cells):
                break
            rows.append(cells)
            j += 1
        if len(rows) >= MIN_HEADERLESS_ROWS:
            return rows
    return None
