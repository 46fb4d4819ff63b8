"""Person search: which incidents hold this NHS number, e-mail address, NI number or name and DOB.

A subject access request, a complaint or a repeat-breach review needs every incident about one
person; revealing incidents one by one to find them would show the reviewer everyone else too.
So when an incident's identifiers are stored (filed, rescored, purged: :class:`breachdesk.store.
Store` calls :func:`index_incident`), their normalised forms are hashed with HMAC-SHA256 under a
key only the guardian holds (``DATA/keys/person-index.key``, 0600, made at first use, separate from
the data key as the audit key is) and appended to ``DATA/person-index.jsonl`` (0600): one line per
incident and change, the last line of a reference wins. A search hashes the typed value the same
way and reads the lines — no incident is decrypted, and the file holds no value: without the key
a 10-digit NHS number cannot be guessed from its hash.

Normal forms: health numbers (NHS, CHI, H&C) as their digits in one space, so a number is found
whatever kind the analysis gave it; e-mail addresses in lower case; NI numbers upper case without
spaces; a name and date of birth of one data subject as ``name|YYYY-MM-DD``, the name case-folded
without titles or punctuation.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from breachdesk.errors import BadRequest, StoreError
from breachdesk.keyfiles import KeyFile

INDEX_FILE = "person-index.jsonl"
KEY_FILE = "keys/person-index.key"
HEALTH_KINDS = ("nhs_number", "chi_number", "hc_number")
SEARCH_KINDS = ("nhs", "email", "ni", "name_dob")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "master", "rev"})
_NOT_NAME = re.compile(r"[^\w\s'-]+")


# ------------------------------------------------------------------ normal forms


def health_number(text: str) -> str:
    digits = re.sub(r"\D", "", text or "")
    if len(digits) != 10:
        raise BadRequest("an NHS, CHI or H&C number has 10 digits")
    return "num:" + digits


def email(text: str) -> str:
    text = (text or "").strip().lower()
    if "@" not in text or " " in text:
        raise BadRequest("not an e-mail address")
    return "email:" + text


def ni_number(text: str) -> str:
    text = re.sub(r"\s", "", text or "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]?", text):
        raise BadRequest("an NI number is two letters, six digits and a letter A-D")
    return "ni:" + text[:8]


def person_name(text: str) -> str:
    words = [w.strip("'-") for w in _NOT_NAME.sub(" ", (text or "").casefold()).split()]
    words = [w for w in words if w and w.rstrip(".") not in _TITLES]
    return " ".join(words)


def forename_first(name: str) -> str:
    """A name kept as written in a surname-first order, as a DPO would type it: "SMITH, Jane" and
    "SMITH Jane" (a capitalised surname run, then a mixed-case forename) -> "Jane SMITH"."""
    name = (name or "").strip()
    if "," in name:
        a, _, b = name.partition(",")
        return f"{b.strip()} {a.strip()}".strip()
    toks = name.split()
    k = 0
    while k < len(toks) and len(toks[k].strip("'-")) >= 2 and toks[k].isupper():
        k += 1
    if 1 <= k < len(toks) and not any(t.isupper() for t in toks[k:]):
        return " ".join([*toks[k:], *toks[:k]])
    return name


def name_dob(name: str, dob: str) -> str:
    n = person_name(name)
    if not n:
        raise BadRequest("a name is needed with the date of birth")
    try:
        d = date.fromisoformat((dob or "").strip()).isoformat()
    except ValueError:
        raise BadRequest("the date of birth: YYYY-MM-DD") from None
    return f"namedob:{n}|{d}"


def normal_forms(detail: dict[str, Any]) -> set[str]:
    """The normal forms of an incident's identifiers (values gone after a purge: none)."""
    out: set[str] = set()
    names: dict[Any, set[str]] = {}
    dobs: dict[Any, set[str]] = {}
    for i in detail.get("identifiers") or []:
        if not isinstance(i, dict):
            continue
        kind, value = str(i.get("kind", "")), str(i.get("value") or "")
        if not value:
            continue
        try:
            if kind in HEALTH_KINDS:
                out.add(health_number(value))
            elif kind == "email_address":
                out.add(email(value))
            elif kind == "ni_number":
                out.add(ni_number(value))
            elif kind == "person_name" and person_name(value):
                names.setdefault(i.get("subject"), set()).update(
                    person_name(v) for v in (value, forename_first(value)))
            elif kind == "date_of_birth":
                dobs.setdefault(i.get("subject"), set()).add(date.fromisoformat(value).isoformat())
        except (BadRequest, ValueError):
            continue                                    # a value the analysis kept but cannot be normalised
    for subject, ns in names.items():
        if subject is None:
            continue
        out.update(f"namedob:{n}|{d}" for n in ns for d in dobs.get(subject, ()))
    return out


def query_form(kind: str, value: str, dob: str = "") -> str:
    """The normal form of what a DPO typed (BadRequest for something that cannot be one)."""
    if kind == "nhs":
        return health_number(value)
    if kind == "email":
        return email(value)
    if kind == "ni":
        return ni_number(value)
    if kind == "name_dob":
        return name_dob(value, dob)
    raise BadRequest(f"search by one of {', '.join(SEARCH_KINDS)}")


# ------------------------------------------------------------------ the key and the file


KEY_HEADER = ("breachdesk person-index key (HMAC-SHA256 of normalised identifiers). Only the service\n"
              "user may read it; losing it means re-indexing (breachdesk rescore).")


def _key(root: Path, *, create: bool) -> bytes | None:
    return KeyFile(Path(root) / KEY_FILE, "the person-index key", StoreError).hex_key(create=create,
                                                                                    header=KEY_HEADER)


def digest(key: bytes, form: str) -> str:
    return hmac.new(key, form.encode("utf-8"), hashlib.sha256).hexdigest()


def index_incident(root: Path, ref: str, detail: dict[str, Any]) -> None:
    """Append the incident's hashed normal forms (an empty list after a purge: it drops out)."""
    key = _key(root, create=True)
    assert key is not None
    hashes = sorted(digest(key, f) for f in normal_forms(detail))
    line = json.dumps({"ref": ref, "h": hashes}, separators=(",", ":")) + "\n"
    path = Path(root) / INDEX_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line.encode("ascii"))
    finally:
        os.close(fd)


def _current(root: Path) -> dict[str, set[str]]:
    """ref -> its hashes, the last line of each ref winning (a line torn by a crash is skipped)."""
    out: dict[str, set[str]] = {}
    try:
        with open(Path(root) / INDEX_FILE, encoding="ascii", errors="replace") as fh:
            for raw in fh:
                try:
                    entry = json.loads(raw)
                    out[str(entry["ref"])] = set(entry["h"])
                except (ValueError, KeyError, TypeError):
                    continue
    except FileNotFoundError:
        return {}
    return out


def search(root: Path, form: str) -> tuple[str, list[str]]:
    """(the form's HMAC, the references holding it); nothing decrypted."""
    key = _key(root, create=True)
    assert key is not None
    h = digest(key, form)
    return h, sorted(ref for ref, hashes in _current(root).items() if h in hashes)


def indexed_refs(root: Path) -> Iterable[str]:
    return _current(root).keys()
