"""``config/patterns.toml``: recognisers, keyword lists and grading weights.

:func:`load_patterns` refuses, with the file, the key and the line, anything that would
make extraction wrong or slow: a regex that does not compile, a nested quantifier such as
``(a+)+`` (catastrophic backtracking), an unbounded pattern wider than the limit, an
unknown validator or kind, and an example that does not match (or a counter-example that
does). :func:`check_patterns` runs the same checks and reports each one for
``breachdesk patterns check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from breachdesk.errors import ConfigError
from breachdesk.model import KINDS, SPECIAL_CATEGORIES
from breachdesk.tomlconf import locate, parse_model, read_toml

try:  # Python 3.11+: the regex parser lives in re._parser
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

VALIDATORS = ("nhs_mod11", "chi", "hc_mod11", "date", "postcode", "uk_phone", "email", "ni_number",
              "hospital_number", "none")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PatternSpec(_Strict):
    name: str
    regex: str
    score: float | None = Field(default=None, ge=0, le=1)


class RecognizerSpec(_Strict):
    name: str
    kind: str
    enabled: bool = True
    validator: str = "none"
    score: float = Field(default=0.5, ge=0, le=1)
    context_boost: float = Field(default=0.3, ge=0, le=1)
    context: list[str] = []
    negative_context: list[str] = []
    patterns: list[PatternSpec] = []
    examples: list[str] = []
    counter_examples: list[str] = []


class Limits(_Strict):
    max_section_chars: int = Field(default=400_000, gt=0)
    max_ner_chars: int = Field(default=60_000, gt=0)
    window_chars: int = Field(default=4096, ge=256)
    max_pattern_width: int = Field(default=600, gt=0)
    min_score: float = Field(default=0.5, ge=0, le=1)
    table_sniff_rows: int = Field(default=25, gt=0)
    # longest single line handed to spaCy: a megabyte-long line ("Mr Mr Mr …") is not prose
    max_ner_line_chars: int = Field(default=2000, gt=0)


class Names(_Strict):
    not_name_words: list[str] = []
    place_words: list[str] = []
    titles: list[str] = []
    clinician_titles: list[str] = []
    closings: list[str] = []
    particles: list[str] = []
    # a name right after one of these (same sentence) is the person the mail went to, not a
    # data subject ("sent it to Mrs X", "replied to a parent (Stacey B, …)")
    recipient_cues: list[str] = []
    # after the name (same sentence): "… Mrs X by mistake"
    recipient_after_cues: list[str] = []
    # a job title or staff role right before a name ("Chief Executive, Martin Cole")
    staff_roles_before: list[str] = []
    # a name in a Subject line counts when it is also named in the text, or the subject
    # carries one of these patient cues ("Fw: Letter - Jane Smith")
    subject_cues: list[str] = []
    # words in a cover-note sentence that make the person named in it a party to the incident (the
    # recipient who opened it, the complainant, the finder), not a data subject (nlp/pipeline.py _drop_cast)
    story_cues: list[str] = []
    # a cover-note sentence saying a record was opened for a reason ("the access to Mr Bhatt's record
    # was legitimate"): the person named in it is in the audit trail, not a data subject; unless a word
    # just before the cue denies it ("no legitimate reason") or the sentence is somebody's claim
    legitimate_cues: list[str] = []
    legitimate_negation: list[str] = []
    legitimate_doubt: list[str] = []
    # a word of a candidate name that makes it an organisation, service, benefit, building or
    # product ("St Bede's", "Attendance Allowance", "Alcohol Liaison", "Rapid Response")
    org_words: list[str] = []
    # words just before a prose name that show it is a person ("her son", "patient", "Mrs")
    person_cues_before: list[str] = []
    # words in the same line that show a prose name is a person ("DOB", "NHS", "aged")
    person_cues_line: list[str] = []
    # what clinical and administrative prose says right after a person's name: a verb ("attended",
    # "rang", "passed away") or, after was/were/is/has (been), a participle or state ("seen", "admitted",
    # "on the list", "under the care"); also after "X and Y …". Makes a prose name a person's, untitled.
    person_verbs_after: list[str] = []
    person_states_after: list[str] = []
    # a capitalised name right after one of these at the start of a line or quote ("Hi Oluwaseun
    # Adebayo-Williams, your appointment …") is a subject only when the text has patient context
    greetings: list[str] = []
    # words that give a text patient context (for names after a greeting)
    patient_context: list[str] = []


class Addresses(_Strict):
    # the last word of a house, farm or building name that can open an address block without a
    # house number ("Rose Cottage", "Pen y Bryn Farm", "Cathay House")
    house_words: list[str] = []
    # a house word written first, as in Welsh ("Fferm Pen-lôn", "Bwthyn y Nant", "Plas Newydd")
    house_words_first: list[str] = []
    # words opening a sub-unit line ("Flat 2", "Apartment 5", "Unit 3")
    unit_words: list[str] = []
    # an address block (or the lines just above it) holding one of these is an organisation's
    # letterhead, signature or footer, not a data subject's address; matched on word edges,
    # lower case = any case
    business_words: list[str] = []


class SentenceRule(_Strict):
    """Categories said by a word only in the right company: a ``when`` word (with one of ``also`` in the same
    sentence, when ``also`` is given) and none of ``unless`` there ("sertraline" but not "sertraline … for pain")."""

    name: str
    categories: list[str] = Field(min_length=1)
    when: list[str] = Field(min_length=1)
    also: list[str] = []
    unless: list[str] = []


class Categories(_Strict):
    negation_cues: list[str] = []
    negation_window: int = Field(default=4, ge=0, le=20)
    keywords: dict[str, list[str]] = {}
    # words right after a keyword that make the finding negative ("safeguarding: none")
    post_negation_cues: list[str] = []
    # cue words before a keyword that make it hypothetical or boilerplate ("if you have any …")
    hypothetical_cues: list[str] = []
    # words after a keyword that make it the name of a team, service or building, not a
    # finding about a person ("Mental Health Unit", "Safeguarding Lead"); ignored in the
    # reporter's cover note and in letterhead/address lines
    service_words: list[str] = []
    # a neonatal record ("Baby of …"): the birth itself is health, not reproductive health, unless
    # a reproductive keyword outside ``neonatal_birth_words`` is present
    # "Audley Range Surgery", "The Moorside Surgery": a capitalised "Surgery" after a capitalised name is a GP
    # practice, not an operation, unless the word before is one of these ("Day Surgery", "Vascular Surgery")
    surgery_kinds: list[str] = []
    neonatal_cues: list[str] = []
    neonatal_birth_words: list[str] = []
    # words that say a category only in the right sentence (see SentenceRule)
    sentence_rules: list[SentenceRule] = []


class Cues(_Strict):
    near_miss: list[str] = []
    published: list[str] = []
    # a publication cue in the same clause as one of these is a denial or a doubt, not a publication
    # ("it was not posted on Facebook", "no sign it was shared online or on social media")
    published_doubt: list[str] = []
    # platforms whose name is also a word or a letter ("X", "Threads"): published only as "posted/shared …
    # on NAME" in one sentence, the name matched case as written ("posted it on X", not "posted on x-ray")
    posted_on: list[str] = []
    misuse: list[str] = []
    external: list[str] = []
    # external cues that name a person ("another patient"): they count only as the one who received it
    external_as_recipient: list[str] = []
    containment: list[str] = []
    # words just before a misuse cue that make it the reporter's own action ("we contacted the patient")
    reporter_words: list[str] = []
    # a misuse cue in the same sentence as one of these is a risk or a denial, not a report of misuse
    # ("could lead to unauthorised access", "no evidence of harassment")
    misuse_doubt: list[str] = []
    # a containment cue in the same sentence as one of these is a claim or a promise, not proof
    containment_doubt: list[str] = []
    # the recipient stayed inside the NHS / the organisation ("wrong GP practice", "nhs.net")
    internal: list[str] = []
    vulnerable: list[str] = []
    financial: list[str] = []
    # a financial cue near one of these is the organisation's, a supplier's or an invoice's, not a person's
    financial_not_personal: list[str] = []
    # the mail is not a breach report: phishing, spam, newsletters, IT notices
    non_breach: list[str] = []
    # clinical or patient context: an unlabelled Mod-11 number only counts as a health number with one
    patient_context: list[str] = []
    # strong containment evidence: counts unless directly negated ("not yet confirmed in writing")
    containment_confirmed: list[str] = []
    containment_negation: list[str] = []
    # proof that the recipient never read it ("deleted before it was read", "returned unopened"): with
    # containment, the likelihood may go down to ``containment_floor_unread``
    containment_unread: list[str] = []
    # the report says the original went to many people with their addresses visible ("should have been Bcc")
    group_disclosure: list[str] = []
    # a messaging group (WhatsApp, a family chat): a deletion after delivery leaves copies on every phone
    group_chat: list[str] = []
    # external cues that say how it went (post, fax, text) and internal cues that say to whom: the recipient wins
    external_channel: list[str] = []
    internal_recipient: list[str] = []
    # a trusted mail system named in the external cue's sentence: it stayed inside
    internal_domain: list[str] = []
    external_maybe_nhs: list[str] = []
    # the outside recipient is our own contracted data processor ("Oncora are our data processor")
    processor: list[str] = []


class Grading(_Strict):
    reportable_likelihood: int = Field(default=3, ge=1, le=5)
    reportable_severity: int = Field(default=2, ge=1, le=5)
    severity_identifiable: int = Field(default=2, ge=1, le=5)
    severity_none: int = Field(default=1, ge=1, le=5)
    severity_financial: int = Field(default=4, ge=1, le=5)
    severity_vulnerable_min: int = Field(default=2, ge=1, le=5)
    likelihood_near_miss: int = Field(default=1, ge=1, le=5)
    likelihood_nothing_disclosed: int = Field(default=1, ge=1, le=5)
    likelihood_internal: int = Field(default=2, ge=1, le=5)
    likelihood_external: int = Field(default=3, ge=1, le=5)
    likelihood_published: int = Field(default=4, ge=1, le=5)
    likelihood_misuse: int = Field(default=5, ge=1, le=5)
    likelihood_vulnerable_min: int = Field(default=2, ge=1, le=5)
    # the recipient cannot be determined from the headers or the reporter's words: the safer grade
    likelihood_undetermined: int = Field(default=3, ge=1, le=5)
    # a bare forward (no words from the reporter) with no recipient shown anywhere
    likelihood_no_report: int = Field(default=2, ge=1, le=5)
    containment_step: int = Field(default=1, ge=0, le=4)
    containment_floor: int = Field(default=2, ge=1, le=5)
    # the floor when the containment comes with proof that nobody read it (a recall report: "deleted before
    # it was read")
    containment_floor_unread: int = Field(default=1, ge=1, le=5)
    severity_by_category: dict[str, int] = {}
    cues: Cues = Cues()


class PatternConfig(_Strict):
    version: int = 1
    limits: Limits = Limits()
    recognizers: list[RecognizerSpec] = []
    names: Names = Names()
    addresses: Addresses = Addresses()
    categories: Categories = Categories()
    grading: Grading = Grading()

    def recognizer(self, name: str) -> RecognizerSpec | None:
        return next((r for r in self.recognizers if r.name == name), None)


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str = ""


# ------------------------------------------------------------ regex safety


def _repeats(items: Any) -> list[tuple[int, int, Any]]:
    """(min, max, body) of every repeat directly or indirectly inside parsed items."""
    out: list[tuple[int, int, Any]] = []
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, body = av
            out.append((lo, hi, body))
            out.extend(_repeats(body))
        elif name == "SUBPATTERN":
            out.extend(_repeats(av[-1]))
        elif name == "BRANCH":
            for alt in av[1]:
                out.extend(_repeats(alt))
        elif name in ("ASSERT", "ASSERT_NOT"):
            out.extend(_repeats(av[1]))
    return out


def regex_problem(regex: str, max_width: int) -> str | None:
    """Why a pattern is refused, or None. Compiles, then checks for backtracking risk."""
    try:
        re.compile(regex)
        parsed = sre_parse.parse(regex)
    except re.error as exc:
        return f"regex does not compile: {exc}"
    for _lo, hi, body in _repeats(list(parsed)):
        inner = [h for _, h, _ in _repeats(list(body)) if h > 1]
        if hi <= 1 or not inner:
            continue
        unbounded = hi >= sre_parse.MAXREPEAT or max(inner) >= sre_parse.MAXREPEAT
        items = list(body)
        anchored = bool(items) and str(items[0][0]) == "LITERAL"
        if unbounded or not anchored:
            return "nested quantifier (like (a+)+) risks catastrophic backtracking"
    hi = parsed.getwidth()[1]
    if hi > max_width:
        return (f"pattern can match {'unbounded' if hi >= 2**16 else hi} characters; "
                f"use bounded repeats such as {{1,40}} (limit {max_width})")
    return None


# ----------------------------------------------------------------- loading


def default_path() -> Path:
    return Path(str(files("breachdesk.defaults") / "patterns.toml"))


def load_patterns(path: Path | None = None) -> PatternConfig:
    """Read and validate a patterns file (None: the shipped default)."""
    p = Path(path) if path is not None else default_path()
    data, text = read_toml(p)
    cfg: PatternConfig = parse_model(PatternConfig, data, file=str(p), text=text)
    for i, rec in enumerate(cfg.recognizers):
        key = ("recognizers", i)
        if rec.kind not in KINDS:
            raise _err(p, text, key + ("kind",), f"unknown kind '{rec.kind}' (one of {', '.join(KINDS)})")
        if rec.validator not in VALIDATORS:
            raise _err(p, text, key + ("validator",),
                       f"unknown validator '{rec.validator}' (one of {', '.join(VALIDATORS)})")
        for j, pat in enumerate(rec.patterns):
            problem = regex_problem(pat.regex, cfg.limits.max_pattern_width)
            if problem:
                raise _err(p, text, key + ("patterns", j, "regex"), f"pattern '{pat.name}': {problem}")
    for cat in cfg.categories.keywords:
        if cat not in SPECIAL_CATEGORIES:
            raise _err(p, text, ("categories", "keywords", cat), f"unknown special category '{cat}'")
    for i, rule in enumerate(cfg.categories.sentence_rules):
        for cat in rule.categories:
            if cat not in SPECIAL_CATEGORIES:
                raise _err(p, text, ("categories", "sentence_rules", i, "categories"),
                           f"rule '{rule.name}': unknown special category '{cat}'")
    for cat in cfg.grading.severity_by_category:
        if cat not in SPECIAL_CATEGORIES:
            raise _err(p, text, ("grading", "severity_by_category", cat), f"unknown special category '{cat}'")
    failures = [r for r in check_examples(cfg) if not r.ok]
    if failures:
        first = failures[0]
        idx = next(i for i, r in enumerate(cfg.recognizers) if first.name.startswith(r.name + ":"))
        field = "examples" if ":example" in first.name else "counter_examples"
        raise _err(p, text, ("recognizers", idx, field), f"{first.name}: {first.detail}")
    return cfg


def _err(path: Path, text: str, key: tuple[str | int, ...], msg: str) -> ConfigError:
    line = locate(text, key)
    return ConfigError(msg, file=str(path), key=".".join(str(k) for k in key), line=line)


# ---------------------------------------------------------------- checking


def check_examples(cfg: PatternConfig) -> list[CheckResult]:
    """Run each enabled recogniser on its own examples and counter-examples."""
    from nlp.recognizers import build_recognizer

    out: list[CheckResult] = []
    for spec in cfg.recognizers:
        if not spec.enabled:
            continue
        rec = build_recognizer(spec, cfg)
        for ex in spec.examples:
            found = [m for m in rec.scan_text(ex) if m.confidence >= cfg.limits.min_score]
            out.append(CheckResult(f"{spec.name}:example", bool(found),
                                   f"{ex!r} -> {found[0].value!r}" if found else f"{ex!r} did not match"))
        for ex in spec.counter_examples:
            found = [m for m in rec.scan_text(ex) if m.confidence >= cfg.limits.min_score]
            out.append(CheckResult(f"{spec.name}:counter_example", not found,
                                   f"{ex!r} matched {found[0].value!r}" if found else f"{ex!r} rejected"))
    return out


def check_patterns(cfg: PatternConfig) -> list[CheckResult]:
    """Every check ``breachdesk patterns check`` reports: regexes, validators, examples."""
    out: list[CheckResult] = []
    for spec in cfg.recognizers:
        out.append(CheckResult(f"{spec.name}:kind", spec.kind in KINDS, spec.kind))
        out.append(CheckResult(f"{spec.name}:validator", spec.validator in VALIDATORS, spec.validator))
        for pat in spec.patterns:
            problem = regex_problem(pat.regex, cfg.limits.max_pattern_width)
            out.append(CheckResult(f"{spec.name}:{pat.name}", problem is None, problem or "compiles, bounded"))
    out.extend(check_examples(cfg))
    return out
