"""``ingest``, ``key …`` and ``permissions`` go through the guardian while it runs — the owner's too.

The real ``breachdesk serve`` on a real socket, the real CLI in child processes. The client's config
names the guardian's socket but a *decoy* data directory: a command that acted on the store itself
(as these did before) would create or change the decoy, and the guardian's store would not see it.
So each check is that the decoy stays absent, that the guardian's store changed as asked (an imported
message spooled by the guardian's own process, keys rotated under a daemon that goes on filing and
reading with them), and that the guardian's audit log records the caller's command ``via`` the
guardian. Then the guardian's roles make the same user a viewer (a reload, no restart): refused and
audited. With the guardian stopped, the owner works embedded. (Other users, and the "not running"
error for them: tests/functional/test_multiuser_ops.py.)
"""

from __future__ import annotations

import getpass
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from breachdesk.audit import AuditLog
from breachdesk.demo import demo_samples
from breachdesk.settings import load_settings
from tests.functional.daemon import ServeProcess, send, write_cfg

pytestmark = pytest.mark.slow

SAMPLE = "011-inline-forward-outlook.eml"
LATER = "017-inline-forward-gmail.eml"
EMBEDDED = "007-scotland-chi.eml"


def _sample(name: str) -> bytes:
    return next(raw for n, raw in demo_samples() if n == name)


def _cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    return subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(config), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def _keys(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("#")]


def _entries(data: Path, action: str) -> list[dict]:
    return [e for e in AuditLog(data).entries() if e.get("action") == action]


@pytest.fixture
def site(tmp_path: Path):  # noqa: ANN201
    cfg = write_cfg(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[api]\nsocket = "api.sock"\n')
    client = tmp_path / "client.toml"                      # the same socket, a decoy data directory
    client.write_text(cfg.read_text().replace('path = "data"', 'path = "decoy"'))
    d = ServeProcess(cfg, tmp_path / "serve.log", env={"BREACHDESK_WATCH_SECONDS": "0.5"}).start()
    try:
        yield d, cfg, client, load_settings(cfg).data_dir(), tmp_path / "decoy"
    finally:
        if d.proc is not None and d.proc.poll() is None:
            d.terminate()


def test_ingest_key_and_permissions_by_the_owner_go_through_the_guardian(site, tmp_path: Path) -> None:
    d, cfg, client, data, decoy = site
    me = getpass.getuser()

    # ingest: read here, sent to the guardian, spooled by the guardian's own process
    eml = tmp_path / "old-report.eml"
    eml.write_bytes(_sample(SAMPLE))
    out = _cli(client, "ingest", str(eml))
    assert out.returncode == 0, out.stderr
    # in the queue at once; the summary waits a while for the analysis (a loaded machine may outlast it)
    assert "ingested 1 message(s): 1 new incident(s)" in out.stdout or "1 in the queue and still being analysed" \
        in out.stdout, out.stdout
    [inc] = d.store.list_incidents()
    assert f"-{d.proc.pid}-" in inc.spool_id                     # the spool id names the process that spooled it
    [entry] = _entries(data, "ingest")
    assert entry["by"] == me and entry["detail"]["via"] == "guardian"
    assert entry["detail"]["spool_id"] == inc.spool_id and entry["detail"]["bytes"] == len(_sample(SAMPLE))
    assert str(eml) not in json.dumps(entry)                     # no file name (it may name a patient)
    assert not decoy.exists()

    # key rotate --retire-old: the guardian rotates its own keys and goes on using the new one
    key_file = data / "keys" / "master.key"
    before = _keys(key_file)
    out = _cli(client, "key", "rotate", "--retire-old")
    assert out.returncode == 0, out.stderr
    assert "retired 1 old key(s)" in out.stdout, out.stdout
    after = _keys(key_file)
    assert len(after) == 1 and after != before
    [rot] = _entries(data, "key_rotate")
    assert rot["by"] == me and rot["detail"]["via"] == "guardian" and rot["detail"]["old_keys_retired"]
    assert rot["detail"]["incident_keys"] >= 1
    code, _ = send(d.port, _sample(LATER))                        # filed and sealed after the rotation ...
    assert code == 250
    d.wait_incidents(2)
    for row in d.store.list_incidents():                          # ... and every incident opens with the new key
        shown = _cli(client, "show", row.ref, "--json", "--reveal", "--reason", "key rotation check")
        assert shown.returncode == 0, shown.stderr
    check = _cli(client, "key", "check")
    assert check.returncode == 0, check.stdout + check.stderr     # all of it under the one key left
    assert _entries(data, "key_check")[-1]["detail"]["via"] == "guardian"
    assert not decoy.exists()

    # permissions: checked and fixed by the guardian, in its data directory
    loose = data / "audit.head"
    os.chmod(loose, 0o644)
    out = _cli(client, "permissions")
    assert out.returncode == 1 and "problem: audit.head" in out.stdout, out.stdout
    out = _cli(client, "permissions", "--fix")
    assert out.returncode == 0 and "fixed: audit.head" in out.stdout, out.stdout + out.stderr
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600
    fixes = _entries(data, "permissions_fix")
    assert fixes and fixes[-1]["by"] == me and fixes[-1]["detail"] == {**fixes[-1]["detail"], "via": "guardian"}
    assert fixes[-1]["detail"]["fixed"] >= 1
    assert not decoy.exists()
    assert AuditLog(data).verify() == []

    # the guardian's own roles now make this user a viewer (reloaded, no restart): refused, audited
    mark = len(d.log.read_text())
    cfg.write_text(cfg.read_text() + f'\n[access]\ndpo = ["someone-else"]\nviewer = ["{me}"]\n')
    d.wait_log("config reloaded", start=mark)
    n = len(d.store.list_incidents())
    for args, action in ((("ingest", str(eml)), "ingest"), (("key", "rotate"), "keys"),
                         (("permissions", "--fix"), "permissions"), (("key", "check"), "keys")):
        out = _cli(client, *args)
        assert out.returncode == 2, (args, out.stdout)
        assert f"user '{me}' is a viewer" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
        refused = [e for e in _entries(data, "access_refused") if e["detail"]["action"] == action]
        assert refused and refused[-1]["by"] == me, action
    assert len(d.store.list_incidents()) == n and _keys(key_file) == after
    assert not decoy.exists()

    # the guardian stopped: the owner works on its own data directory, embedded
    assert d.terminate() == 0
    cfg.write_text(cfg.read_text().replace(f'viewer = ["{me}"]', "viewer = []").replace('"someone-else"', f'"{me}"'))
    out = _cli(cfg, "permissions")
    assert out.returncode == 0, out.stdout + out.stderr
    out = _cli(cfg, "key", "check")
    assert out.returncode == 0, out.stdout + out.stderr
    third = tmp_path / "third.eml"
    third.write_bytes(_sample(EMBEDDED))
    out = _cli(cfg, "ingest", str(third))
    assert out.returncode == 0, out.stderr[-2000:]
    assert "ingested 1 message(s)" in out.stdout
    assert {e["detail"]["via"] for e in _entries(data, "permissions_check")[-1:] + _entries(data, "ingest")[-1:]} \
        == {"embedded"}
    assert f"-{d.proc.pid}-" not in _entries(data, "ingest")[-1]["detail"]["spool_id"]
    assert AuditLog(data).verify() == []
