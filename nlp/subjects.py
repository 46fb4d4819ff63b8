"""Counting data subjects: cluster identifiers into people.

Health numbers (and other unique numbers) tie identifiers together by value; names are
merged when one is part of another ("Ms Lewandowska", "Rhiannon" and "Rhiannon
Lewandowska" are one person); the other identifiers of a record attach to the name they
follow (a letter's "Re:" line, an address block, a "Next of kin" line), never to a name
that already has a different health number or date of birth; every table row is a person.
A cluster counts as a data subject when it holds a name, a health or local number, an NI
number or a date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from breachdesk.model import Identifier
from nlp.recognizers.person_name import name_key

UNIQUE = ("nhs_number", "chi_number", "hc_number", "hospital_number", "ni_number")
PERSONAL = {"person_name", "nhs_number", "chi_number", "hc_number", "hospital_number", "ni_number",
            "date_of_birth"}
ONE_PER_PERSON = ("nhs_number", "chi_number", "hc_number", "date_of_birth")
ATTACH_LINES = 7


class _UF:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(sections: list[tuple[str, list[Identifier]]], rows: Iterable[list[Identifier]],
            people: Iterable[list[Identifier]] = ()) -> int:
    """Set ``Identifier.subject`` on every identifier; return the number of data subjects.

    ``people`` are rows that are a person whatever they hold (a group e-mail's recipients: an
    address alone is the disclosed data).
    """
    idents: list[Identifier] = []
    uf = _UF()

    def idx(i: Identifier) -> int:
        idents.append(i)
        return len(idents) - 1

    by_value: dict[tuple[str, str], int] = {}
    # names: full names first, then the shorter mentions merge into them
    name_nodes: list[tuple[int, tuple[str, ...], Identifier, str]] = []
    section_nodes: list[tuple[str, list[tuple[int, Identifier]]]] = []
    for text, found in sections:
        nodes = [(idx(i), i) for i in sorted(found, key=lambda x: x.start)]
        section_nodes.append((text, nodes))
        for n, i in nodes:
            if i.kind == "person_name":
                name_nodes.append((n, name_key(i.value), i, text))
    person_nodes: set[int] = set()
    for row in people:
        for k, i in enumerate(row):
            n = idx(i)
            person_nodes.add(n)
            if k:
                uf.union(n - k, n)
            if i.kind == "person_name":     # a recipient also named in the text ("parent: Ann Lee") is one person
                name_nodes.append((n, name_key(i.value), i, ""))
    in_rows: dict[tuple[str, str, str], int] = {}
    for row in rows:
        first = None
        for i in row:
            n = idx(i)
            first = n if first is None else first
            uf.union(first, n)
            in_rows.setdefault((i.kind, i.value.casefold(), i.where), n)
            if i.kind == "person_name":
                name_nodes.append((n, name_key(i.value), i, ""))
    # a value the table reader put in a row (a text table read by column) belongs to that row's person, not
    # to the name nearest it in the text: in "Ellie Roe0905139909  …  Gemma Roe" the number is the child's
    placed: set[int] = set()
    for _, nodes in section_nodes:
        for n, i in nodes:
            r = in_rows.get((i.kind, i.value.casefold(), i.where))
            if r is not None:
                uf.union(r, n)
                placed.add(n)
    for n, i in enumerate(idents):
        if i.kind in UNIQUE:
            key = (i.kind if i.kind != "hospital_number" else "hosp", i.value)
            if key in by_value:
                uf.union(by_value[key], n)
            else:
                by_value[key] = n
    _merge_names(name_nodes, uf, _held_values(idents, uf))
    for text, nodes in section_nodes:
        _attach(text, nodes, uf, placed)
    # number the clusters that hold something personal, in order of appearance
    ids: dict[int, int] = {}
    personal_roots = {uf.find(n) for n, i in enumerate(idents) if i.kind in PERSONAL or n in person_nodes}
    personal_roots -= _test_patients(idents, uf)
    for n, i in enumerate(idents):
        root = uf.find(n)
        if root in personal_roots:
            ids.setdefault(root, len(ids) + 1)
            i.subject = ids[root]
    return len(ids)


def _test_patients(idents: list[Identifier], uf: _UF) -> set[int]:
    """Roots of the clusters that are a system's test patient: a 999 test number, no real health number, and a
    name that says so ("Mr TESTPATIENT Daffy, NHS No 999 000 1235", "XXTESTPATIENT, Donald"). They are reported,
    but are nobody (a spreadsheet's rows with 999 numbers and ordinary names still count)."""
    test: set[int] = set()
    real: set[int] = set()
    named: set[int] = set()
    for n, i in enumerate(idents):
        if i.kind in ("nhs_number", "chi_number", "hc_number"):
            (test if i.evidence.get("test_number") else real).add(uf.find(n))
        elif i.kind == "person_name" and _TEST_NAME.search(i.value):
            named.add(uf.find(n))
    return (test - real) & named


_TEST_NAME = re.compile(r"test|dummy", re.I)


def _held_values(idents: list[Identifier], uf: _UF) -> dict[int, dict[str, str]]:
    """Root -> {kind: value} of the one-per-person numbers each cluster already holds (rows, shared values)."""
    held: dict[int, dict[str, str]] = {}
    for n, i in enumerate(idents):
        if i.kind in ONE_PER_PERSON:
            held.setdefault(uf.find(n), {}).setdefault(i.kind, i.value)
    return held


def _clash(uf: _UF, held: dict[int, dict[str, str]], a: int, b: int) -> bool:
    """Two clusters with different NHS numbers or dates of birth are different people, whatever their names."""
    ha, hb = held.get(uf.find(a), {}), held.get(uf.find(b), {})
    return any(k in hb and hb[k] != v for k, v in ha.items())


def _merge_names(nodes: list[tuple[int, tuple[str, ...], Identifier, str]], uf: _UF,
                 held: dict[int, dict[str, str]] | None = None) -> None:
    """Longest names first; a name whose words are all in an earlier one joins it.

    "Ms Lewandowska", "Rhiannon" and "Ó Floinn" join "Rhiannon Lewandowska" and "Pádraig Ó
    Floinn"; with several candidates ("Mr Lloyd" and two Lloyds) the nearest full name before it.
    """
    clusters: list[tuple[frozenset[str], tuple[str, str], int, int]] = []   # words, (first, last), node, start
    # indexes keep this linear for a 100,000-row spreadsheet of names (lists stay in creation order)
    by_ends: dict[tuple[str, str], list[int]] = {}
    by_word: dict[str, list[int]] = {}
    # (an initial's name after the full names of its length: "Ms E. Bowen" joins "Eleri Bowen" below it)
    for n, key, ident, _ in sorted(nodes, key=lambda x: (-len(x[1]), any(len(w) == 1 for w in x[1]))):
        if not key:
            continue
        words = frozenset(key)
        ends = (key[0], key[-1])
        same = [clusters[k] for k in by_ends.get(ends, [])] if len(key) >= 2 else []
        cands = same
        if not cands:
            lists = [by_word.get(w, []) for w in words]
            if lists and all(lists):
                cands = [clusters[k] for k in min(lists, key=len) if words <= clusters[k][0]]
        if not cands:
            cands = _by_initial(key, clusters, by_word, uf)
        if not cands:
            by_ends.setdefault(ends, []).append(len(clusters))
            for w in words:
                by_word.setdefault(w, []).append(len(clusters))
            clusters.append((words, ends, n, ident.start))
            continue
        if held:     # two "Bethany Ali"s with different NHS numbers are two people
            cands = [c for c in cands if not _clash(uf, held, c[2], n)]
            if not cands:
                by_ends.setdefault(ends, []).append(len(clusters))
                for w in words:
                    by_word.setdefault(w, []).append(len(clusters))
                clusters.append((words, ends, n, ident.start))
                continue
        before = [c for c in cands if c[3] <= ident.start]
        target = (before or cands)[-1][2]
        ra, rb = uf.find(target), uf.find(n)
        merged = {**held.get(rb, {}), **held.get(ra, {})} if held else {}
        uf.union(target, n)
        if held:
            held[uf.find(n)] = merged


def _by_initial(key: tuple[str, ...], clusters: list[tuple[frozenset[str], tuple[str, str], int, int]],
                by_word: dict[str, list[int]], uf: _UF) -> list[tuple[frozenset[str], tuple[str, str], int, int]]:
    """"Mrs J Patel" is the one earlier full name with that surname and a forename starting J; none when
    two people could be meant ("Jaswinder Patel" and "Jasmine Patel") or the initial matches nobody."""
    initials = [w for w in key if len(w) == 1]
    full = [w for w in key if len(w) > 1]
    if not initials or not full or len(key) < 2:
        return []
    lists = [by_word.get(w, []) for w in full]
    if not all(lists):
        return []
    got = []
    for k in min(lists, key=len):
        words = clusters[k][0]
        rest = [w for w in words if w not in full]
        if set(full) <= words and len(rest) >= len(initials) \
                and all(any(w.startswith(i) for w in rest) for i in initials):
            got.append(clusters[k])
    return got if len({uf.find(c[2]) for c in got}) == 1 else []


def _start(nodes: list[tuple[int, tuple[str, ...], Identifier, str]], m: int) -> int:
    return next(i.start for n, _, i, _ in nodes if n == m)


def _attach(text: str, nodes: list[tuple[int, Identifier]], uf: _UF, placed: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    """Attach each non-name identifier to the name whose record it belongs to (``placed``: already in a row)."""
    line_of = _line_index(text)
    names = [(n, i) for n, i in nodes if i.kind == "person_name"]
    held: dict[int, dict[str, str]] = {}

    def holds(root: int) -> dict[str, str]:
        return held.setdefault(uf.find(root), {})

    def conflict(n: int, i: Identifier) -> bool:
        have = holds(n)
        return i.kind in ONE_PER_PERSON and i.kind in have and have[i.kind] != i.value

    def join(n: int, i_node: int, i: Identifier) -> None:
        merged = {**holds(n), **holds(i_node)}
        uf.union(n, i_node)
        held[uf.find(n)] = merged
        if i.kind in ONE_PER_PERSON:
            merged[i.kind] = i.value

    last_free: tuple[int, int] | None = None   # (node, line) of the last identifier with no name
    for n, i in nodes:
        if i.kind == "person_name" or i.start < 0 or n in placed:
            continue
        line = line_of(i.start)
        # the last name before it within reach and the first after it (none past a separator line)
        before = next((m for m, j in reversed(names) if j.start < i.start and line - line_of(j.start) <= ATTACH_LINES
                       and not _separator_between(text, j.end, i.start)), None)
        after = next((m for m, j in names if j.start > i.end and line_of(j.start) - line <= 2
                      and not _separator_between(text, i.end, j.start)), None)
        target = None
        if before is not None and not conflict(before, i):
            target = before
        if target is None and after is not None and not conflict(after, i):
            target = after
        if target is None and last_free is not None and line - last_free[1] <= 2 and not conflict(last_free[0], i):
            target = last_free[0]
        if target is not None:
            join(target, n, i)
        else:
            if i.kind in ONE_PER_PERSON:
                holds(n)[i.kind] = i.value
            last_free = (n, line)


def _separator_between(text: str, a: int, b: int) -> bool:
    seg = text[a:b]
    return "----" in seg or "____" in seg or "====" in seg or "\n\n\n" in seg


_NEWLINE = re.compile("\n")


def _line_index(text: str):  # noqa: ANN202
    import bisect

    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    return lambda pos: bisect.bisect_right(starts, pos) - 1


# A count the reporter gives of the people on a lost or misdirected item when none of them is named in the
# mail: "12 pts on it", "a list of 30 patients", "details of 8 residents"
_PEOPLE = r"(?:pts|patients|residents|service users|clients|people|children|pupils|families)"
_STATED = re.compile(
    r"\b(?:(?:list|sheet|details|records|names)\s+(?:of|for|with)\s+(\d{1,4})\s+" + _PEOPLE + r"\b"
    r"|(\d{1,4})\s+" + _PEOPLE + r"(?:'|’)?\s+(?:on\s+(?:it|there|the\s+(?:list|sheet|letter|form|spreadsheet))|listed|"
    r"names|details|records|were\s+on|are\s+on)\b)", re.I)


# The reporter's count of everyone affected, when it is more than the mail names: "All 37 patients are affected",
# "names and complaints for about 6 patients" (five readable, one cut off)
_AFFECTED = re.compile(
    r"\ball\s+(\d{1,4})\s+" + _PEOPLE + r"\s+(?:are|were|have\s+been)\s+affected\b"
    r"|\b(?:names|details)\b[^.\n]{0,60}?\bfor\s+(?:about|around|approx\.?|approximately)\s+(\d{1,4})\s+" + _PEOPLE + r"\b",
    re.I)


# a number then people ("12 pts"): in every match of _STATED and _AFFECTED, found at once by skipping to the digits
_NUMBER_OF_PEOPLE = re.compile(r"\d\s+" + _PEOPLE, re.I)


def affected_count(text: str) -> int:
    """The largest count of people the report says were affected (0 when it gives none); read beside the
    people it names, and used only when it is the larger."""
    if not _NUMBER_OF_PEOPLE.search(text):
        return 0
    counts = [int(m.group(1) or m.group(2)) for m in _AFFECTED.finditer(text)]
    return max((n for n in counts if 2 <= n <= 10_000), default=0)


def stated_count(text: str) -> int:
    """The largest count of people the text says an item held (0 when it says none); read only when no
    identifier names anyone."""
    if not _NUMBER_OF_PEOPLE.search(text):
        return 0
    counts = [int(m.group(1) or m.group(2)) for m in _STATED.finditer(text)]
    return max((n for n in counts if 2 <= n <= 10_000), default=0)
