"""The pattern lab's logic, without Textual: a candidate recogniser, its matches, its effect, saving.

The screen (:mod:`tui.screens.patterns`) calls these from a thread worker; the guardian's
service (:meth:`breachdesk.service.StoreService.lab_effects`) runs :func:`effect` over the stored
raw text, so that text never leaves it (it lives in ``nlp`` so the core may import it). A candidate is
checked with the same rules as ``patterns.toml`` (:func:`nlp.patterns.regex_problem`, the
validator and kind names); saving appends it as a new ``[[recognizers]]`` entry and keeps the
file only if :func:`nlp.patterns.load_patterns` accepts the result (written atomically, the old
file kept as ``patterns.toml.bak``).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from breachdesk.errors import BadRequest, ConfigError
from breachdesk.masking import mask, mask_short
from breachdesk.model import KINDS, Identifier
from nlp.patterns import VALIDATORS, PatternConfig, PatternSpec, RecognizerSpec, load_patterns, regex_problem
from nlp.recognizers import build_recognizer

CANDIDATE_PATTERN = "candidate"


@dataclass
class Candidate:
    name: str
    kind: str
    regex: str
    context: list[str] = field(default_factory=list)
    validator: str = "none"
    score: float = 0.5
    context_boost: float = 0.3
    examples: list[str] = field(default_factory=list)

    def spec(self) -> RecognizerSpec:
        return RecognizerSpec(name=self.name, kind=self.kind, validator=self.validator, score=self.score,
                              context_boost=self.context_boost, context=self.context,
                              patterns=[PatternSpec(name=CANDIDATE_PATTERN, regex=self.regex)],
                              examples=self.examples)


@dataclass
class IncidentEffect:
    ref: str
    matches: list[str]          # masked "kind value (where)"
    added: int
    removed: int


def candidate_from_json(data: dict[str, Any]) -> Candidate:
    """A Candidate from the API's JSON (BadRequest for a missing or wrong field)."""
    try:
        return Candidate(name=str(data["name"]), kind=str(data["kind"]), regex=str(data["regex"]),
                         context=[str(w) for w in data.get("context") or []],
                         validator=str(data.get("validator") or "none"), score=float(data.get("score", 0.5)),
                         context_boost=float(data.get("context_boost", 0.3)),
                         examples=[str(w) for w in data.get("examples") or []])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadRequest(f"candidate recogniser: bad or missing field {exc}") from None


def split_words(text: str, sep: str = ",") -> list[str]:
    return [w.strip() for w in text.split(sep) if w.strip()]


def problem(c: Candidate, cfg: PatternConfig) -> str | None:
    """Why the candidate cannot be used (None: it can)."""
    if not c.name.strip():
        return "give the recogniser a name"
    if c.kind not in KINDS:
        return f"unknown kind '{c.kind}'"
    if c.validator not in VALIDATORS:
        return f"unknown validator '{c.validator}'"
    if not c.regex:
        return "type a regular expression"
    if not 0 <= c.score <= 1:
        return "score must be between 0 and 1"
    return regex_problem(c.regex, cfg.limits.max_pattern_width)


def scan(c: Candidate, cfg: PatternConfig, text: str, where: str = "sample") -> list[Identifier]:
    """The candidate's matches in ``text`` (all of them; the caller marks those under min_score)."""
    rec = build_recognizer(c.spec(), cfg)
    return rec.scan_text(text[: cfg.limits.max_section_chars], where)


def effect(c: Candidate, cfg: PatternConfig, ref: str, detail: dict[str, Any]) -> IncidentEffect:
    """What the candidate would change in one stored incident (this recogniser alone).

    Added: confident matches whose (kind, value) the incident does not have yet. Removed: when
    the candidate has the name of an existing recogniser, that recogniser's identifiers the
    candidate no longer finds.
    """
    found: list[Identifier] = []
    for sec in detail.get("sections") or []:
        found.extend(i for i in scan(c, cfg, sec.get("text") or "", sec.get("where") or "body")
                     if i.confidence >= cfg.limits.min_score)
    existing = detail.get("identifiers") or []
    have = {(i.get("kind"), i.get("value")) for i in existing}
    new_keys = {(i.kind, i.value) for i in found}
    added = len({k for k in new_keys if k not in have})
    mine = {(i.get("kind"), i.get("value")) for i in existing
            if (i.get("evidence") or {}).get("recognizer") == c.name}
    removed = len(mine - new_keys)
    shown = [f"{i.kind} {mask(i.kind, i.value)} ({mask_short(i.where, existing)})" for i in found]
    return IncidentEffect(ref, shown, added, removed)


# ------------------------------------------------------------------ TOML


def _s(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def _lst(values: list[str]) -> str:
    return "[" + ", ".join(_s(v) for v in values) + "]"


def toml_snippet(c: Candidate) -> str:
    """The ``[[recognizers]]`` entry for the candidate, ready to paste into patterns.toml."""
    lines = ["[[recognizers]]", f"name = {_s(c.name)}", f"kind = {_s(c.kind)}", f"validator = {_s(c.validator)}",
             f"score = {c.score:g}", f"context_boost = {c.context_boost:g}", f"context = {_lst(c.context)}"]
    if c.examples:
        lines.append(f"examples = {_lst(c.examples)}")
    lines += ["[[recognizers.patterns]]", f"name = {_s(CANDIDATE_PATTERN)}", f"regex = {_s(c.regex)}"]
    return "\n".join(lines) + "\n"


def save(c: Candidate, path: Path) -> Path:
    """Append the candidate to ``path`` if the result validates; returns the backup's path.

    Raises :class:`ConfigError` (naming the file, key and line) and leaves ``path`` untouched
    when the new file would be refused, or when the name is already used.
    """
    old = path.read_text(encoding="utf-8")
    current = load_patterns(path)
    if current.recognizer(c.name) is not None:
        raise ConfigError(f"a recogniser named '{c.name}' exists; choose a new name (or edit the file by hand)",
                          file=str(path), key="recognizers.name")
    text = old + ("" if old.endswith("\n") else "\n") + "\n# added in the pattern lab\n" + toml_snippet(c)
    fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            load_patterns(Path(tmp))
        except ConfigError as exc:       # name the real file in the message, not the temporary one
            raise ConfigError(exc.reason, file=str(path), key=exc.key, line=exc.line) from None
        backup = path.with_name(path.name + ".bak")
        backup.write_text(old, encoding="utf-8")
        os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return backup
