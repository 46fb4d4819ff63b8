"""Every refusal of a patterns file names the file, the key and the line; big inputs scan in bounded time."""

from __future__ import annotations

from pathlib import Path

import pytest

from breachdesk.errors import ConfigError
from breachdesk.model import MessageHeaders, ParsedMessage, TextSection
from nlp.patterns import load_patterns
from nlp.pipeline import Analyzer

GOOD = """version = 1

[categories]
negation_cues = ["no", "not"]
keywords = { sexual_health = ["hiv"] }

[[recognizers]]
name = "trust_mrn"
kind = "hospital_number"
validator = "none"
score = 0.6
context = ["mrn"]
examples = ["MRN: RX123456"]
counter_examples = ["Order RX12"]
[[recognizers.patterns]]
name = "RX six digits"
regex = '\\bRX\\d{6}\\b'
"""


def write(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD
    p = tmp_path / "patterns.toml"
    p.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    return p


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_the_good_file_loads(tmp_path: Path) -> None:
    p = tmp_path / "patterns.toml"
    p.write_text(GOOD, encoding="utf-8")
    assert load_patterns(p).recognizer("trust_mrn") is not None


@pytest.mark.parametrize("old,new,key,needle,message", [
    ('score = 0.6', 'score = 0.6\nboost = 1', "recognizers.0.boost", "boost = 1", "unknown key"),
    ('version = 1', 'version = 1\nextra_table = 2', "extra_table", "extra_table", "unknown key"),
    ('score = 0.6', 'score = "high"', "recognizers.0.score", 'score = "high"', "valid number"),
    ('context = ["mrn"]', 'context = "mrn"', "recognizers.0.context", 'context = "mrn"', "valid list"),
    ("regex = '\\bRX\\d{6}\\b'", "regex = '(RX\\d{6}'", "recognizers.0.patterns.0.regex", "regex =",
     "does not compile"),
    ('validator = "none"', 'validator = "luhn"', "recognizers.0.validator", 'validator = "luhn"',
     "unknown validator"),
    ('examples = ["MRN: RX123456"]', 'examples = ["MRN: RX12345"]', "recognizers.0.examples", "examples =",
     "did not match"),
    ('counter_examples = ["Order RX12"]', 'counter_examples = ["MRN RX654321"]', "recognizers.0.counter_examples",
     "counter_examples =", "matched"),
    ("regex = '\\bRX\\d{6}\\b'", "regex = '\\bRX(\\d+)+\\b'", "recognizers.0.patterns.0.regex", "regex =",
     "nested quantifier"),
    ("regex = '\\bRX\\d{6}\\b'", "regex = '\\bRX\\d+\\b'", "recognizers.0.patterns.0.regex", "regex =",
     "unbounded"),
    ('kind = "hospital_number"', 'kind = "passport"', "recognizers.0.kind", 'kind = "passport"', "unknown kind"),
    ('keywords = { sexual_health', 'keywords = { astrology', "categories.keywords.astrology", "keywords =",
     "unknown special category"),
    ('keywords = { sexual_health = ["hiv"] }', 'keywords = { sexual_health = ["hiv"] }\n\n[[categories.sentence_rules]]\n'
     'name = "stars"\ncategories = ["astrology"]\nwhen = ["horoscope"]', "categories.sentence_rules.0.categories",
     'categories = ["astrology"]', "unknown special category"),
    ('keywords = { sexual_health = ["hiv"] }', 'keywords = { sexual_health = ["hiv"] }\n\n[[categories.sentence_rules]]\n'
     'name = "stars"\ncategories = ["health"]\nwhen = ["horoscope"]\nexcept = ["tea"]',
     "categories.sentence_rules.0.except", 'except = ["tea"]', "unknown key"),
])
def test_refusal_names_file_key_and_line(tmp_path: Path, old: str, new: str, key: str, needle: str,
                                         message: str) -> None:
    p = write(tmp_path, old, new)
    with pytest.raises(ConfigError) as exc:
        load_patterns(p)
    err = exc.value
    assert (err.file, err.key, err.line) == (str(p), key, line_of(p, needle))
    assert message in str(err)
    assert str(err).startswith(f"{p}:{err.line}, key '{key}'")


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    p = write(tmp_path, 'score = 0.6', 'score = = 0.6')
    with pytest.raises(ConfigError) as exc:
        load_patterns(p)
    assert exc.value.file == str(p) and exc.value.line == line_of(p, "score = =")


@pytest.mark.parametrize("filler", ["7", " ", "1 "])
def test_a_megabyte_of_digits_or_spaces_is_scanned_only_to_the_limit(filler: str) -> None:
    # a lower limit than the shipped 400,000 characters: the same path, a quarter of the work
    # (the time taken with the shipped limits: bench/bounded.py)
    cfg = load_patterns()
    cfg = cfg.model_copy(update={"limits": cfg.limits.model_copy(update={"max_section_chars": 100_000})})
    text = (filler * (1_000_000 // len(filler) + 1))[:1_000_000]
    analyzer = Analyzer(cfg)
    a = analyzer.analyse(ParsedMessage(headers=MessageHeaders(),
                                       sections=[TextSection(where="body", text=text, role="forwarded")]))
    assert not a.identifiers
    assert a.truncated and "truncated: body scanned to 100000 of 1000000 characters" in a.notes


def test_line_of_a_pattern_in_a_later_recogniser(tmp_path: Path) -> None:
    second = GOOD.split("\n[[recognizers]]", 1)[1].replace('"trust_mrn"', '"trust_mrn_2"')
    p = tmp_path / "patterns.toml"
    p.write_text(GOOD + "\n[[recognizers]]" + second.replace("\\d{6}", "(\\d+)+"), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_patterns(p)
    assert exc.value.key == "recognizers.1.patterns.0.regex"
    assert exc.value.line == line_of(p, "(\\d+)+")
