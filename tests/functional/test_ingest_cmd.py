"""``breachdesk ingest PATH…``: .eml files, mbox files and Maildir folders through the same worker."""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from pathlib import Path

import pytest

from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.backfill import count_messages, ingest_paths
from tests.conftest import SAMPLES
from tests.functional.daemon import write_cfg
from tests.unit.test_worker import StubEngine

NAMES = ["011-inline-forward-outlook.eml", "007-scotland-chi.eml", "016-special-hiv-keyword.eml",
         "013-forward-as-attachment.eml", "014-near-miss-no-identifiers.eml"]


def _export(tmp_path: Path) -> list[Path]:
    """A loose .eml, an mbox of two, a Maildir of one plus a Maildir++ sub-folder of one."""
    raws = [(SAMPLES / n).read_bytes() for n in NAMES]
    eml = tmp_path / "one.eml"
    eml.write_bytes(raws[0])
    mbox = mailbox.mbox(str(tmp_path / "shared.mbox"))
    for raw in raws[1:3]:
        mbox.add(raw)
    mbox.flush()
    md = mailbox.Maildir(str(tmp_path / "Maildir"))
    md.add(raws[3])
    md.add_folder("Archive").add(raws[4])
    return [eml, tmp_path / "shared.mbox", tmp_path / "Maildir"]


def test_ingest_eml_mbox_and_maildir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in _export(tmp_path)]
    settings = load_settings(write_cfg(tmp_path))
    assert count_messages(paths) == 5
    assert ingest_paths(settings, paths, progress=True, engine=StubEngine()) == 0
    out = capsys.readouterr()
    assert "ingested 5 message(s): 5 new incident(s), 0 merged" in out.out
    assert "[##############################] 5/5" in out.err              # the progress bar
    store = Store(settings.data_dir())
    incs = store.list_incidents()
    assert len(incs) == 5
    assert {i.parse_status for i in incs} <= {"ok", "partial"}
    assert not list((settings.data_dir() / "spool" / "incoming").glob("*.msg"))
    assert not (settings.data_dir() / "outbox").exists() or not list((settings.data_dir() / "outbox").glob("*.json"))
    # importing the same export again merges into the same incidents instead of duplicating
    ingest_paths(settings, paths[:1], engine=StubEngine())
    assert "0 new incident(s), 1 merged" in capsys.readouterr().out
    assert len(store.list_incidents()) == 5


def test_ingest_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    cfg = write_cfg(tmp_path)
    out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "ingest",
                          str(tmp_path / "nope.mbox")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "nope.mbox: no such file or folder" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.slow
def test_ingest_command_with_the_real_engine(tmp_path: Path) -> None:
    pytest.importorskip("nlp.pipeline", reason="nlp/ is not in this tree yet")
    paths = [str(p) for p in _export(tmp_path)]
    cfg = write_cfg(tmp_path)
    out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "ingest", *paths],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "ingested 5 message(s): 5 new incident(s)" in out.stdout
    assert "\r[" not in out.stderr                      # no progress bar when stderr is not a terminal
    listed = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "list", "--json"],
                            capture_output=True, text=True, timeout=120)
    rows = json.loads(listed.stdout)
    assert len(rows) == 5
    assert any(r["identifier_counts"].get("chi_number") for r in rows)
