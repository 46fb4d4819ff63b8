"""The shipped samples filed with encryption on (the default): no patient's name, address,
postcode, NHS number or e-mail address — nor a subject, masked form, attachment name or
forwarded header — is anywhere in the data directory in clear; purge destroys the keys
and with them every copy."""

from __future__ import annotations

import json
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk import actions
from breachdesk.audit import AuditLog
from breachdesk.crypto import DecryptError, open_detail, open_spool
from breachdesk.datadir import open_store
from breachdesk.model import utcnow
from breachdesk.retention import purge
from breachdesk.settings import Settings, load_settings
from ingest.backfill import ingest_paths
from ingest.process import Engine
from tests.conftest import SAMPLES
from tests.functional.daemon import write_cfg

KINDS = ("person_name", "address", "postcode", "nhs_number", "email_address", "date_of_birth",
         "phone_number", "chi_number", "hc_number")


def _truth_values() -> set[str]:
    """Every data subject's name and identifier in the samples' truth file."""
    out: set[str] = set()
    for line in (SAMPLES / "truth.jsonl").read_text().splitlines():
        t = json.loads(line)
        out.update(t.get("names", []))
        for kind in KINDS:
            out.update(t.get("identifiers", {}).get(kind, []))
    for v in list(out):
        if re.fullmatch(r"\d{10}", v):                       # NHS / CHI numbers as usually written
            out.add(f"{v[:3]} {v[3:6]} {v[6:]}")
    return {v for v in out if len(v) >= 4}


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes().lower() for p in root.rglob("*") if p.is_file()}


def _hits(root: Path, needles: set[str]) -> list[str]:
    files = _files(root)
    return sorted({f"{p.relative_to(root)} holds a {len(n)}-character value" for p, data in files.items()
                   for n in needles if n.lower().encode() in data})


@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("encrypted")
    settings = load_settings(write_cfg(folder))
    paths = sorted(str(p) for p in SAMPLES.glob("*.eml"))
    assert ingest_paths(settings, paths, engine=Engine(settings)) == 0
    return settings


def test_no_sample_value_is_in_clear_anywhere(filed: Settings) -> None:
    store = open_store(filed)
    root = store.root
    assert (root / "keys" / "master.key").exists()                  # encryption is on by default
    incs = store.list_incidents()
    assert len(incs) == len(list(SAMPLES.glob("*.eml")))
    truth = _truth_values()
    # not vacuous: the decrypted store does hold these values
    opened = json.dumps([store.detail(i.ref) for i in incs], ensure_ascii=False).lower()
    assert sum(v.lower() in opened for v in truth) > len(truth) // 2
    assert _hits(root, truth) == []
    # nor anything the views show, masked or not
    shown: set[str] = set()
    for inc in incs:
        shown.add(inc.subject)
        d = store.detail(inc.ref)
        shown.update(i["masked"] for i in d.get("identifiers", []))
        shown.update(a["name"] for a in d.get("attachments", []))
        for h in d.get("forwarded", []):
            shown.update([h.get("sender", ""), h.get("subject", ""), *h.get("to", []), *h.get("cc", [])])
        shown.update(d.get("notes", []))
    shown = {s for s in shown if len(s) >= 6}
    assert len(shown) > 50
    assert _hits(root, shown) == []


def test_every_filing_is_audited_and_the_log_verifies(filed: Settings) -> None:
    store = open_store(filed)
    log = AuditLog(store.root)
    refs = [i.ref for i in store.list_incidents()]
    assert {e["ref"] for e in log.entries() if e["action"] == "received"} == set(refs)
    assert log.verify(store_refs=refs) == []
    assert not any(n.lower().encode() in log.path.read_bytes().lower() for n in _truth_values())


def test_purge_destroys_the_keys_and_nothing_decrypts(filed: Settings, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(filed.data_dir(), data)
    settings = load_settings(write_cfg(tmp_path))
    backup = tmp_path / "backup"
    shutil.copytree(data, backup)                                   # a copy taken before the purge
    store = open_store(settings)
    for inc in store.list_incidents():
        if inc.status in ("new", "unparseable"):
            actions.set_status(store, inc.ref, "triage", by="dora", role="dpo")
        actions.set_status(store, inc.ref, "not_reportable", by="dora", role="dpo", reason="tested")
        actions.set_status(store, inc.ref, "closed", by="dora", role="dpo", outcome="done")
    report = purge(settings, store, by="dora", now=utcnow() + timedelta(days=400))
    assert len(report.items) == len(store.list_incidents()) and all(i.key for i in report.items)
    assert list((data / "keys" / "incidents").glob("*.key")) == []
    assert list((data / "spool" / "done").glob("*.msg")) == []
    for inc in store.list_incidents():
        assert inc.subject == "(purged)" and sum(inc.identifier_counts.values()) >= 0
        assert set(store.detail(inc.ref)) == {"ref", "purged_at", "identifiers", "timeline"}
        old = json.loads((backup / "details" / f"{inc.ref}.json").read_bytes())
        with pytest.raises(DecryptError):
            open_detail(old, store.keyring, inc.ref)
    for raw in (backup / "spool" / "done").glob("*.msg"):
        with pytest.raises(DecryptError):
            open_spool(raw.read_bytes(), store.cipher, data)
    assert _hits(data, _truth_values()) == []
    assert AuditLog(data).verify(store_refs=[i.ref for i in store.list_incidents()]) == []
