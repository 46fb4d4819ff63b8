"""``ingest``, ``key …`` and ``permissions`` between real OS users: through the guardian, by role.

The site of :mod:`tests.functional.test_multiuser` (a service user running the real ``breachdesk
serve`` and owning the data directory; a dpo and a viewer in the socket's group), a guardian of this
module's own. The dpo imports a file only it can read — its bytes go to the guardian, which could not
have opened it — and rotates keys and repairs modes in a directory it cannot even list; a viewer is
refused each, and the refusals are audited under the kernel's name. Stopped, the guardian leaves the
owner working embedded and tells everyone else it is not running. Root only (CI); skipped otherwise.
"""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

from breachdesk.demo import demo_samples
from tests.functional import test_multiuser as mu
from tests.functional.test_multiuser import Site, _revealed_values, _uid, _why_not

# the fixtures of the multi-user site, shared (this module gets a guardian of its own)
shared_python, users, site = mu.shared_python, mu.users, mu.site

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(_why_not()), reason=_why_not() or "ok")]

IMPORTED = "007-scotland-chi.eml"


def _private_file(site: Site, user: str, name: str) -> Path:
    """A mail file in a 0700 folder of ``user``'s: nobody else (the guardian's user included) can read it."""
    home = site.root / f"{user}-private"
    home.mkdir(mode=0o700, exist_ok=True)
    os.chown(home, *_uid(user))
    path = home / name
    path.write_bytes(next(raw for n, raw in demo_samples() if n == IMPORTED))
    os.chown(path, *_uid(user))
    os.chmod(path, 0o600)
    return path


def _keys(path: Path) -> list[str]:
    return [ln for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("#")]


def _entries(site: Site, action: str, by: str) -> list[dict]:
    return [e for e in site.audit() if e.get("action") == action and e.get("by") == by]


def _rows(site: Site) -> int:
    out = site.cli(site.users.dpo, "list", "--json")
    assert out.returncode == 0, out.stderr
    import json

    return len(json.loads(out.stdout))


def test_the_dpo_imports_a_file_the_guardian_cannot_read(site: Site) -> None:
    dpo, svc = site.users.dpo, site.users.svc
    path = _private_file(site, dpo, "backfill.eml")
    peek = subprocess.run(["runuser", "-u", svc, "--", "cat", str(path)], capture_output=True, text=True)
    assert peek.returncode != 0 and "Permission denied" in peek.stderr
    before = _rows(site)
    out = site.cli(dpo, "ingest", str(path))
    assert out.returncode == 0, out.stderr
    assert "ingested 1 message(s): 1 new incident(s)" in out.stdout or "1 in the queue and still being analysed" \
        in out.stdout, out.stdout                                # in the queue at once, analysed soon after
    assert _rows(site) == before + 1
    [entry] = _entries(site, "ingest", dpo)
    assert entry["detail"]["via"] == "guardian" and entry["detail"]["bytes"] == path.stat().st_size


def test_the_dpo_rotates_keys_and_repairs_modes_through_the_guardian(site: Site) -> None:
    dpo = site.users.dpo
    key_file = site.data / "keys" / "master.key"
    before = _keys(key_file)
    out = site.cli(dpo, "key", "rotate", "--retire-old")
    assert out.returncode == 0, out.stdout + out.stderr
    after = _keys(key_file)
    assert len(after) == 1 and after != before
    info = key_file.stat()
    assert info.st_uid == _uid(site.users.svc)[0] and stat.S_IMODE(info.st_mode) == 0o600
    [rot] = _entries(site, "key_rotate", dpo)
    assert rot["detail"]["via"] == "guardian" and rot["detail"]["old_keys_retired"]
    check = site.cli(dpo, "key", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    raw = _revealed_values(site, site.refs[0])                   # the guardian reads with the new key
    assert raw and all(v.isdigit() for v in raw)

    loose = site.data / "audit.head"
    os.chmod(loose, 0o640)
    out = site.cli(dpo, "permissions", "--fix")
    assert out.returncode == 0 and "fixed: audit.head" in out.stdout, out.stdout + out.stderr
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600 and loose.stat().st_uid == _uid(site.users.svc)[0]
    [fix] = _entries(site, "permissions_fix", dpo)
    assert fix["detail"]["via"] == "guardian" and fix["detail"]["fixed"] >= 1


def test_a_viewer_may_not_import_rotate_or_repair(site: Site) -> None:
    viewer = site.users.viewer
    path = _private_file(site, viewer, "mine.eml")
    keys = _keys(site.data / "keys" / "master.key")
    before = _rows(site)
    spoof = {"USER": site.users.dpo, "LOGNAME": site.users.dpo}
    for args, action in ((("ingest", str(path)), "ingest"), (("key", "rotate"), "keys"),
                         (("key", "check"), "keys"), (("permissions", "--fix"), "permissions")):
        out = site.cli(viewer, *args, env=spoof)
        assert out.returncode == 2, (args, out.stdout)
        assert f"user '{viewer}' is a viewer" in out.stderr, out.stderr
        refused = [e for e in _entries(site, "access_refused", viewer) if e["detail"]["action"] == action]
        assert refused, action
    assert _rows(site) == before and _keys(site.data / "keys" / "master.key") == keys


def test_with_the_guardian_down_the_owner_works_embedded_and_the_others_are_told(site: Site) -> None:
    svc, dpo = site.users.svc, site.users.dpo
    site.stop()
    deadline = time.monotonic() + 30
    while site.socket.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    site.config.write_text(site.config.read_text().replace("[access]\n", f'[access]\nadmin = ["{svc}"]\n'))
    out = site.cli(svc, "permissions")
    assert out.returncode == 0, out.stdout + out.stderr
    out = site.cli(svc, "key", "check")
    assert out.returncode == 0, out.stdout + out.stderr
    assert _entries(site, "permissions_check", svc)[-1]["detail"]["via"] == "embedded"
    path = _private_file(site, dpo, "later.eml")
    for args in (("ingest", str(path)), ("key", "rotate"), ("permissions", "--fix"), ("key", "check")):
        out = site.cli(dpo, *args)
        assert out.returncode == 2, (args, out.stdout)
        assert f"the breachdesk daemon is not running at {site.socket}" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
