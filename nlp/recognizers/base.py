"""The recogniser shape (Presidio-like, with evidence).

A recogniser has class-level defaults — ``KIND``, ``PATTERNS`` (name, regex), ``CONTEXT``
and ``NEGATIVE_CONTEXT`` words, a base ``SCORE`` and a ``VALIDATOR`` name — which an entry
in ``patterns.toml`` overrides. :meth:`Recognizer.scan_text` runs each pattern over bounded
windows, validates each match, reads the field label in front of it and records *why* it
was accepted in ``Identifier.evidence``: the pattern, the context word, the validator.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.validators import VALIDATOR_FUNCS, Verdict
from nlp.text import (
    Layout,
    column_header,
    fold_rx,
    folded_lower,
    has_phrase,
    label_before,
    lead_with_class,
    phrase_lists,
    windows,
    words,
    wrapped_label,
)

if TYPE_CHECKING:
    from nlp.patterns import PatternConfig, RecognizerSpec


class Recognizer:
    KIND: ClassVar[str] = ""
    PATTERNS: ClassVar[list[tuple[str, str]]] = []
    CONTEXT: ClassVar[list[str]] = []
    NEGATIVE_CONTEXT: ClassVar[list[str]] = []
    SCORE: ClassVar[float] = 0.5
    CONTEXT_BOOST: ClassVar[float] = 0.3
    VALIDATOR: ClassVar[str] = "none"
    # A cheap test a window must pass before any regex runs (None: always run).
    REQUIRES: ClassVar[re.Pattern[str] | None] = re.compile(r"\d")
    # Whether a match with no context word is reported at all.
    NEEDS_CONTEXT: ClassVar[bool] = False
    # Whether a column header above a text table's rows is this match's label ("CHI" over a column of
    # numbers): only kinds whose validator is strong (a check digit), never a bare digit run.
    HEADER_CONTEXT: ClassVar[bool] = False

    def __init__(self, spec: RecognizerSpec | None = None, cfg: PatternConfig | None = None) -> None:
        self.name = spec.name if spec else self.KIND
        self.kind = spec.kind if spec else self.KIND
        pats = [(p.name, p.regex) for p in spec.patterns] if spec and spec.patterns else self.PATTERNS
        self.patterns = [(n, re.compile(lead_with_class(rx))) for n, rx in pats]
        self._folded = [fold_rx(rx) for _, rx in self.patterns]     # case-sensitive twins of (?i) patterns
        self._any_folded = any(self._folded)
        self.context = phrase_lists(spec.context if spec and spec.context else self.CONTEXT)
        neg = spec.negative_context if spec else self.NEGATIVE_CONTEXT
        self.negative = phrase_lists(neg)
        self.base = spec.score if spec else self.SCORE
        self.boost = spec.context_boost if spec else self.CONTEXT_BOOST
        self.validator_name = spec.validator if spec else self.VALIDATOR
        self._validator = VALIDATOR_FUNCS[self.validator_name]
        self.window = cfg.limits.window_chars if cfg else 4096
        self.cfg = cfg
        self._contexts: dict[str, tuple[str | None, str | None]] = {}    # label -> context_of(label)

    # -- hooks ---------------------------------------------------------------
    def validate(self, text: str) -> Verdict | None:
        return self._validator(text)

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        """Kind-specific last word on a validated match (default: keep it)."""
        return ident

    # -- scanning ------------------------------------------------------------
    def context_of(self, label: str) -> tuple[str | None, str | None]:
        """(positive word, negative word) in a label; the one written nearer the match wins."""
        got = self._contexts.get(label)
        if got is None:
            got = self._context_words(label)
            if len(self._contexts) >= 4096:     # the same few labels recur ("DOB:", "NHS no."): kept, up to a bound
                self._contexts.clear()
            self._contexts[label] = got
        return got

    def _context_words(self, label: str) -> tuple[str | None, str | None]:
        lw = words(label)
        pos = has_phrase(lw, self.context)
        neg = has_phrase(lw, self.negative)
        if pos and neg:
            p_at = _last_index(lw, pos.split())
            n_at = _last_index(lw, neg.split())
            return (pos, None) if p_at > n_at else (None, neg)
        return pos, neg

    def scan_text(self, text: str, where: str = "body", layout: Layout | None = None) -> list[Identifier]:
        out: list[Identifier] = []
        seen: set[tuple[int, int]] = set()
        for off, chunk in ((0, text),) if len(text) <= self.window else windows(text, self.window):
            if self.REQUIRES is not None and not self.REQUIRES.search(chunk):
                continue
            low = folded_lower(chunk) if self._any_folded else None
            for (pname, rx), folded in zip(self.patterns, self._folded, strict=True):
                for m in (folded.finditer(low) if folded is not None and low is not None else rx.finditer(chunk)):
                    span = (off + m.start(), off + m.end())
                    if span in seen:
                        continue
                    seen.add(span)
                    ident = self._judge(text, chunk[m.start():m.end()], span, pname, where)
                    if ident is not None:
                        out.append(ident)
        return out

    def _judge(self, text: str, mtext: str, span: tuple[int, int], pname: str,
               where: str) -> Identifier | None:
        verdict = self.validate(mtext)
        if verdict is None:
            return None
        label = label_before(text, span[0])
        pos, neg = self.context_of(label)
        if not pos and not neg and self.negative:      # "… order" / "number 943 476 5919": a wrapped label
            wrapped = wrapped_label(text, span[0], label)
            if wrapped is not label:
                pos, neg = self.context_of(wrapped)
        if neg:
            return None
        if not pos and self.HEADER_CONTEXT:
            head = column_header(text, span[0])
            if head:
                pos = has_phrase(words(head), self.context)
                if pos:
                    pos = f"{pos} (column header)"
        if self.NEEDS_CONTEXT and not pos:
            return None
        score = self.base + verdict.score + (self.boost if pos else 0.0)
        evidence: dict[str, Any] = {"recognizer": self.name, "pattern": pname,
                                    "validator": self.validator_name, **verdict.notes}
        if pos:
            evidence["context"] = pos
        ident = Identifier(kind=self.kind, value=verdict.value, text=mtext, where=where,
                           confidence=max(0.0, min(1.0, score)), evidence=evidence,
                           start=span[0], end=span[1])
        return self.accept(ident, text, label)


def _last_index(seq: list[str], sub: list[str]) -> int:
    k = len(sub)
    for i in range(len(seq) - k, -1, -1):
        if seq[i:i + k] == sub:
            return i
    return -1
