"""``breachdesk scan`` reads files and prints JSON: it must not pay for the daemon's spool, store and crypto."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_analysis_path_does_not_import_the_spool_store_or_crypto() -> None:
    code = ("import json, sys; import ingest.process, ingest.folders; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('ingest', 'breachdesk', 'cryptography'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out))
    assert "ingest.process" in loaded
    assert not loaded & {"ingest.spool", "breachdesk.store", "breachdesk.crypto", "cryptography"}


def test_scan_builds_its_engine_without_the_cyclic_collector_and_freezes_it_after() -> None:
    """The engine's start-up objects live as long as the process: no collection runs over them while
    they are made, and later collections skip them (frozen); the collector is back on for the analysis."""
    eml = sorted((ROOT / "tests" / "data" / "fresh12").glob("*.eml"))[0]
    code = (
        "import gc, io, json, sys, contextlib\n"
        "import ingest.process as P\n"
        "seen = []\n"
        "real = P.Engine.__init__\n"
        "def init(self, *a, **k):\n"
        "    before = gc.get_stats()\n"
        "    real(self, *a, **k)\n"
        "    seen.append((gc.get_threshold()[0], [s['collections'] for s in gc.get_stats()] == [s['collections'] for s in before]))\n"
        "P.Engine.__init__ = init\n"
        "from breachdesk.cli import main\n"
        f"sys.argv = ['breachdesk', 'scan', '--json', {str(eml)!r}]\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps([seen, gc.isenabled() and gc.get_threshold()[0] > 0, gc.get_freeze_count() > 0, json.loads(out.getvalue())['source']]))\n"
    )
    got = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    seen, enabled, frozen, source = json.loads(got)
    assert seen == [[0, True]]      # built with the collector's threshold at zero, and no collection ran meanwhile
    assert enabled and frozen
    assert source.endswith(eml.name)
