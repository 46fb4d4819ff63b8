"""patterns.toml: the shipped default loads and passes; bad files are refused with file/key/line."""

from __future__ import annotations

from pathlib import Path

import pytest

from breachdesk.errors import ConfigError
from nlp.patterns import check_patterns, default_path, load_patterns, regex_problem


def test_default_loads_and_every_check_passes() -> None:
    cfg = load_patterns()
    results = check_patterns(cfg)
    assert results and all(r.ok for r in results), [r for r in results if not r.ok]


@pytest.mark.parametrize("regex,bad", [
    (r"(a+)+", True), (r"(\d{3})+", True), (r"(a{1,5}){1,5}", True), (r"\d+", True),
    (r"\d{3}[ -]?\d{3}", False), (r"(?:\.[a-z]{1,20}){0,4}", False), (r"(", True),
])
def test_regex_safety(regex: str, bad: bool) -> None:
    assert (regex_problem(regex, 600) is not None) is bad


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = default_path().read_text(encoding="utf-8")
    assert old in text
    p = tmp_path / "patterns.toml"
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return p


@pytest.mark.parametrize("old,new,key,message", [
    ("name = \"3-3-4 digits\"\nregex = '", "name = \"3-3-4 digits\"\nregex = '((\\d)+)+", "recognizers.0.patterns.0.regex",
     "nested quantifier"),
    ('validator = "nhs_mod11"', 'validator = "luhn"', "recognizers.0.validator", "unknown validator"),
    ('kind = "nhs_number"', 'kind = "passport"', "recognizers.0.kind", "unknown kind"),
    ('examples = ["NHS No: 943 476 5919"', 'examples = ["NHS No: 943 476 5918"', "recognizers.0.examples",
     "did not match"),
    ("min_score = 0.5", "min_score = 0.5\nsurprise = 1", "limits.surprise", "unknown key"),
])
def test_bad_files_name_file_key_line(tmp_path: Path, old: str, new: str, key: str, message: str) -> None:
    p = _variant(tmp_path, old, new)
    with pytest.raises(ConfigError) as exc:
        load_patterns(p)
    err = exc.value
    assert err.file == str(p)
    assert err.key == key
    assert err.line is not None and err.line > 1
    assert message in str(err)


def test_counter_example_that_matches_is_refused(tmp_path: Path) -> None:
    p = _variant(tmp_path, 'counter_examples = ["Our ref: 943 476 5919"', 'counter_examples = ["NHS 943 476 5919"')
    with pytest.raises(ConfigError, match="matched"):
        load_patterns(p)


def test_disabled_recogniser_is_not_run(tmp_path: Path) -> None:
    p = _variant(tmp_path, 'name = "ni_number"\nkind = "ni_number"', 'name = "ni_number"\nkind = "ni_number"\nenabled = false')
    cfg = load_patterns(p)
    assert not cfg.recognizer("ni_number").enabled  # type: ignore[union-attr]
