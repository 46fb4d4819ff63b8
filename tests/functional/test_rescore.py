"""``breachdesk rescore``: incidents taken in by the real worker, a DPO override, a new local
hospital-number recogniser; the rescore finds the new identifiers, keeps the override and says
in each timeline what changed."""

from __future__ import annotations

import subprocess
import sys
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from breachdesk import actions
from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.backfill import ingest_paths
from nlp.patterns import default_path
from tests.functional.daemon import write_cfg

pytestmark = pytest.mark.slow

LOCAL = """
[[recognizers]]
name = "trust_case_note"
kind = "hospital_number"
validator = "none"
score = 0.9
context = ["px"]
examples = ["Patient PX7-445566 seen"]
counter_examples = ["Order PX7-44"]
[[recognizers.patterns]]
name = "PX7 six digits"
regex = '\\bPX7-\\d{6}\\b'
"""


def eml(folder: Path, n: int) -> Path:
    m = EmailMessage()
    m["From"], m["To"] = "ward7@example.nhs.uk", "breach@example.nhs.uk"
    m["Subject"], m["Message-ID"] = f"Fwd: clinic list {n} emailed to a patient's relative", make_msgid()
    m.set_content(f"Sent to the wrong family.\n\nPatient PX7-44556{n} was seen in clinic today.\n"
                  "The list went to someone@gmail.com by mistake.\n")
    p = folder / f"m{n}.eml"
    p.write_bytes(bytes(m))
    return p


def run_cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), *args],
                          capture_output=True, text=True, timeout=300)


def test_rescore_applies_new_patterns_and_keeps_the_dpo_override(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns.toml"
    patterns.write_text(default_path().read_text(encoding="utf-8"), encoding="utf-8")
    cfg = write_cfg(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[nlp]\npatterns = "patterns.toml"\n')
    settings = load_settings(cfg)
    ingest_paths(settings, [str(eml(tmp_path, 1)), str(eml(tmp_path, 2))])
    store = Store(settings.data_dir())
    incidents = sorted(store.list_incidents(), key=lambda i: i.subject)
    assert len(incidents) == 2
    assert all("hospital_number" not in i.identifier_counts for i in incidents)
    first, second = incidents
    actions.override(store, first.ref, 4, 4, "relative is the alleged abuser", by="dpo1", role="dpo")

    patterns.write_text(patterns.read_text() + LOCAL, encoding="utf-8")
    assert run_cli(cfg, "patterns", "check").returncode == 0
    out = run_cli(cfg, "rescore")
    assert out.returncode == 0, out.stderr
    assert "re-analysed 2 incident(s): 2 changed" in out.stdout

    after = {i.ref: i for i in store.list_incidents()}
    for inc, n in ((first, 1), (second, 2)):
        now = after[inc.ref]
        assert now.identifier_counts.get("hospital_number") == 1
        values = [i["value"] for i in store.detail(inc.ref)["identifiers"] if i["kind"] == "hospital_number"]
        assert values == [f"PX7-44556{n}"]
        entry = store.detail(inc.ref)["timeline"][-1]
        assert entry["action"] == "rescore" and "+1 hospital_number" in entry["detail"]
    kept = after[first.ref]
    assert kept.override and kept.override["likelihood"] == 4 and kept.override["reason"].startswith("relative")
    assert (kept.likelihood, kept.severity) == (4, 4)
    assert "(DPO override kept)" in store.detail(first.ref)["timeline"][-1]["detail"]

    # nothing changed since: a second rescore changes nothing and adds no timeline entries
    out = run_cli(cfg, "rescore", "--since", "2000-01-01")
    assert "2 unchanged" in out.stdout
    assert store.detail(first.ref)["timeline"][-1]["action"] == "rescore"
    assert run_cli(cfg, "rescore", "--since", "yesterday").returncode == 2
