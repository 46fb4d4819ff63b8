"""Person search: a keyed-hash index of normalised identifiers, kept as incidents are filed and
changed, searched without decrypting any incident; audited with the hash, results masked."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from breachdesk import person_index
from breachdesk.api.backend import store_backend
from breachdesk.crypto import Cipher, generate_key
from breachdesk.errors import AccessDenied, BadRequest
from breachdesk.store import Store

NHS, EMAIL, DOB = "9434765919", "Jane.Smith@Example.org", "1962-07-14"


def idents(*items: tuple[str, str, int]) -> list[dict[str, object]]:
    return [{"kind": k, "value": v, "text": v, "where": "body", "subject": s, "masked": "***"} for k, v, s in items]


def file(store: Store, n: int, identifiers: list[dict[str, object]]) -> str:
    fields = {"received_at": f"2026-11-{10 + n:02d}T09:00:00+00:00", "reporter": "w@example.nhs.uk",
              "subject": f"report {n}", "spool_id": f"s{n}"}
    return store.create(fields, {"identifiers": identifiers}).ref


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "d", cipher=Cipher([generate_key()]))       # encrypted at rest, as deployed
    file(s, 1, idents(("nhs_number", NHS, 1), ("person_name", "Mrs Jane Smith", 1), ("date_of_birth", DOB, 1)))
    file(s, 2, idents(("email_address", "jane.smith@example.org", 1), ("chi_number", "1407621234", 2)))
    file(s, 3, idents(("person_name", "Jane Smith", 1), ("date_of_birth", "1970-01-01", 1),
                      ("nhs_number", "4010232137", 2)))
    return s


def test_normal_forms() -> None:
    assert person_index.health_number("943 476 5919") == "num:9434765919"
    assert person_index.email(" Jane.Smith@Example.ORG ") == "email:jane.smith@example.org"
    assert person_index.ni_number("qq 12 34 56 c") == "ni:QQ123456"
    assert person_index.name_dob("Dr. JANE  Smith", DOB) == "namedob:jane smith|1962-07-14"
    for bad in (lambda: person_index.health_number("12345"), lambda: person_index.email("nobody"),
                lambda: person_index.name_dob("Jane", "14/07/1962")):
        with pytest.raises(BadRequest):
            bad()


def test_search_finds_the_incidents_without_values_on_disk(store: Store) -> None:
    root = store.root
    assert person_index.search(root, person_index.health_number("943 476 5919"))[1] == ["BD-2026-000001"]
    assert person_index.search(root, person_index.email(EMAIL))[1] == ["BD-2026-000002"]
    assert person_index.search(root, person_index.name_dob("jane smith", DOB))[1] == ["BD-2026-000001"]
    assert person_index.search(root, person_index.name_dob("Jane Smith", "1970-01-01"))[1] == ["BD-2026-000003"]
    assert person_index.search(root, person_index.health_number("1407621234"))[1] == ["BD-2026-000002"]   # CHI
    assert person_index.search(root, person_index.health_number("1111111111"))[1] == []
    raw = (root / person_index.INDEX_FILE).read_text()
    # the file holds keyed hashes in hex: a value must not appear as its own token (a digest may hold "1962")
    tokens = set(re.findall(r"[a-z0-9]+", raw.lower())) - set(re.findall(r"[0-9a-f]{64}", raw.lower()))
    assert len(re.findall(r"[0-9a-f]{64}", raw.lower())) >= 4
    for value in (NHS, "jane", "smith", "1962", "1407621234"):
        assert value not in tokens
        assert not re.search(rf"(?<![0-9a-f]){value}(?![0-9a-f])", raw.lower())
    for path in (root / person_index.INDEX_FILE, root / person_index.KEY_FILE):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_rescore_or_purge_changes_the_index_and_a_note_does_not(store: Store) -> None:
    ref = "BD-2026-000001"
    lines = len((store.root / person_index.INDEX_FILE).read_text().splitlines())
    store.update(ref, lambda inc, d: "a note", by="a", action="note")
    assert len((store.root / person_index.INDEX_FILE).read_text().splitlines()) == lines

    def purge(inc: object, d: dict) -> str:
        d["identifiers"] = [{**i, "value": "", "text": ""} for i in d["identifiers"]]
        return "purged"

    store.update(ref, purge, by="a", action="purge")
    assert person_index.search(store.root, person_index.health_number(NHS))[1] == []


def test_the_service_audits_the_hash_and_answers_masked_rows(store: Store) -> None:
    backend = store_backend(store, user="alice", role="dpo")
    h, rows = backend.search("nhs", "943 476 5919", reason="SAR 2026-17")
    assert [r.ref for r in rows] == ["BD-2026-000001"]
    entry = [json.loads(x) for x in (store.root / "audit.jsonl").read_text().splitlines()][-1]
    assert (entry["action"], entry["why"], entry["detail"]) == ("search", "SAR 2026-17",
                                                              {"kind": "nhs", "hmac": h, "found": 1})
    assert NHS not in (store.root / "audit.jsonl").read_text()
    with pytest.raises(BadRequest, match="10 digits"):
        backend.search("nhs", "94347")
    viewer = store_backend(store, user="vic", role="viewer")
    with pytest.raises(AccessDenied):
        viewer.search("nhs", NHS)
    # an index lost or made before: rebuilt from the incidents
    (store.root / person_index.INDEX_FILE).unlink()
    assert backend.search_reindex() == 3
    assert [r.ref for r in backend.search("email", EMAIL)[1]] == ["BD-2026-000002"]


def test_a_name_kept_surname_first_is_found_by_the_forename_first_query() -> None:
    """Names are stored as written ("PRIDDLE Ansel", "PRIDDLE, Ansel"); a DPO types "Ansel Priddle"."""
    for written in ("PRIDDLE Ansel", "PRIDDLE, Ansel", "Ansel Priddle", "VAN DER BERG Ilse-Marie"):
        detail = {"identifiers": idents(("person_name", written, 1), ("date_of_birth", "1951-03-09", 1))}
        forms = person_index.normal_forms(detail)
        query = person_index.name_dob(person_index.forename_first(written), "1951-03-09")
        assert query in forms and person_index.name_dob(written, "1951-03-09") in forms
    assert person_index.forename_first("PRIDDLE Ansel") == "Ansel PRIDDLE"
    assert person_index.forename_first("Ansel PRIDDLE") == "Ansel PRIDDLE"     # already forename first
    assert person_index.forename_first("ANSEL PRIDDLE") == "ANSEL PRIDDLE"     # all capitals: order unknown
