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
