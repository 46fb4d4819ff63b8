"""``doctor`` and ``queue`` between real OS users: the guardian does them, by role, audited.

The site of :mod:`tests.functional.test_multiuser` (a service user running the real ``breachdesk
serve`` and owning the data directory; a dpo and a viewer in the socket's group), with the service
user made admin. While the guardian runs, the owner's ``doctor``, ``queue`` and ``queue retry`` are
API calls too — even with a config naming another socket — and the guardian rebuilds its own queue
(it holds it in memory) without a restart; a viewer is refused ``queue``, ``queue retry`` and
``doctor --repair``. Stopped, the guardian leaves the owner working embedded and tells everyone
else it is not running. Root only (CI); skipped otherwise.
"""

from __future__ import annotations

import json
import os
import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from breachdesk.demo import crlf, demo_samples
from tests.functional import test_multiuser as mu
from tests.functional.test_multiuser import MAILBOX, Site, Users, _uid, _why_not

shared_python, users = mu.shared_python, mu.users

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(_why_not()), reason=_why_not() or "ok")]

FAILED_SUBJECT = "Letter for Agatha Quenby sent to the wrong house"   # must never be printed
FAILED_MAIL = "ack-BD-2026-999999-0123abcd"


@pytest.fixture(scope="module")
def site(shared_python: Path, users: Users) -> Iterator[Site]:
    with mu.running_site(shared_python, users, admin=(users.svc,)) as s:
        yield s


def _entries(site: Site, action: str, by: str) -> list[dict]:
    return [e for e in site.audit() if e.get("action") == action and e.get("by") == by]


def _rows(site: Site) -> list[dict]:
    out = site.cli(site.users.dpo, "list", "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _chown_tree(path: Path, user: str) -> None:
    uid, gid = _uid(user)
    for p in [path, *path.rglob("*")]:
        os.lchown(p, uid, gid)


def _plant_failed(site: Site) -> str:
    """A failed message in the spool and a failed acknowledgement in the outbox, sealed with the
    guardian's master key as the daemon would leave them (written by root, then given to the service user)."""
    from breachdesk.crypto import load_cipher
    from breachdesk.settings import load_settings
    from ingest.spool import Envelope, Spool

    cipher = load_cipher(load_settings(str(site.config)))
    assert cipher is not None                                   # the data directory's own keys/master.key
    raw = (f"From: Staff Nurse <nurse@example.nhs.uk>\r\nTo: {MAILBOX}\r\nSubject: {FAILED_SUBJECT}\r\n"
           "Message-ID: <failed-once@example.nhs.uk>\r\n\r\nA clinic letter for Agatha Quenby, NHS number "
           "943 476 5919, went to the wrong address.\r\n").encode()
    spool = Spool(site.data / "spool", cipher=cipher)
    env = Envelope(mail_from="nurse@example.nhs.uk", rcpt_tos=[MAILBOX], peer="127.0.0.1", helo="mx.example.nhs.uk",
                   received_at="2026-12-01T10:00:00+00:00")
    sid = spool.write(env, raw)
    spool.mark_failed(sid)
    item = {"kind": "ack", "ref": "BD-2026-999999", "to": ["agatha.quenby@personal.example"],
            "subject": FAILED_SUBJECT, "body": "x", "attempts": 5, "next_at": 0.0, "queued_at": time.time() - 90}
    failed = site.data / "outbox" / "failed"
    failed.mkdir(parents=True, exist_ok=True, mode=0o700)
    (failed / f"{FAILED_MAIL}.json").write_bytes(cipher.seal(json.dumps(item).encode()))
    os.chmod(failed / f"{FAILED_MAIL}.json", 0o600)
    _chown_tree(site.data / "spool", site.users.svc)
    _chown_tree(site.data / "outbox", site.users.svc)
    return sid


def test_the_owners_doctor_and_queue_go_through_the_guardian(site: Site) -> None:
    svc = site.users.svc
    out = site.cli(svc, "doctor")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "the store is consistent" in out.stdout
    [check] = _entries(site, "doctor_check", svc)
    assert check["detail"]["via"] == "guardian" and check["detail"]["problems"] == 0
    out = site.cli(svc, "queue")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("spool: 0 incoming, 0 analysing, 0 failed")
    assert [e["detail"]["via"] for e in _entries(site, "queue_list", svc)] == ["guardian"]
    # a config of the owner's naming another socket (or none): the guardian's lock still leads to it
    other = site.root / "owner-elsewhere.toml"
    other.write_text(site.config.read_text().replace(str(site.socket), str(site.root / "elsewhere.sock")))
    os.chmod(other, 0o644)
    out = site.cli(svc, "queue", config=other)
    assert out.returncode == 0, out.stdout + out.stderr
    assert [e["detail"]["via"] for e in _entries(site, "queue_list", svc)] == ["guardian", "guardian"]
    # nor can a second daemon start on the same directory through such a config
    second = site.cli(svc, "serve", config=other)
    assert second.returncode == 2, second.stdout + second.stderr
    assert f"is already running on {site.data}, serving {site.socket}" in second.stderr, second.stderr


def test_a_viewer_may_not_see_or_retry_the_queue_nor_rebuild_it(site: Site) -> None:
    viewer, spoof = site.users.viewer, {"USER": site.users.svc, "LOGNAME": site.users.svc}
    for args, action in ((("queue",), "queue"), (("queue", "retry", "--all"), "queue_retry"),
                         (("doctor", "--repair"), "doctor_rebuild"), (("doctor", "rebuild"), "doctor_rebuild"),
                         (("doctor",), "doctor")):
        out = site.cli(viewer, *args, env=spoof)
        assert out.returncode == 2, (args, out.stdout)
        assert f"user '{viewer}' is a viewer" in out.stderr, out.stderr
        refused = [e for e in _entries(site, "access_refused", viewer) if e["detail"]["action"] == action]
        assert refused, action
    assert not _entries(site, "doctor_rebuild", viewer) and not _entries(site, "queue_retry", viewer)


def test_failed_items_retried_by_the_owner_are_taken_back_by_the_guardian(site: Site) -> None:
    svc, dpo = site.users.svc, site.users.dpo
    sid = _plant_failed(site)
    before = {r["ref"] for r in _rows(site)}
    out = site.cli(dpo, "queue")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "spool: 0 incoming, 0 analysing, 1 failed" in out.stdout and sid in out.stdout
    assert "outbox: 0 waiting, 1 failed" in out.stdout and FAILED_MAIL in out.stdout   # opened with the key
    assert "Quenby" not in out.stdout and "wrong house" not in out.stdout
    refused = site.cli(site.users.viewer, "queue", "retry", sid)
    assert refused.returncode == 2 and (site.data / "spool" / "failed" / f"{sid}.msg").exists()
    out = site.cli(svc, "queue", "retry", "--all")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "re-queued 1 message(s) for analysis and 1 outgoing mail(s)" in out.stdout
    assert "wait for the next" not in out.stdout                     # the daemon took them at once
    [entry] = _entries(site, "queue_retry", svc)
    assert entry["detail"] == {"messages": 1, "mails": 1, "all": True, "via": "guardian"}
    back = site.data / "outbox" / f"{FAILED_MAIL}.json"
    assert back.exists() and b"Quenby" not in back.read_bytes()     # sealed again, not written out plain
    deadline = time.monotonic() + 120                                # the guardian's pool was woken
    while not ({r["ref"] for r in _rows(site)} - before):
        assert time.monotonic() < deadline, "the retried message was never filed"
        time.sleep(1)
    assert not (site.data / "spool" / "failed" / f"{sid}.msg").exists()


def test_the_guardian_rebuilds_its_own_queue_without_a_restart(site: Site) -> None:
    svc, dpo, viewer = site.users.svc, site.users.dpo, site.users.viewer
    rows = _rows(site)
    refs = sorted(r["ref"] for r in rows)
    snapshot = site.data / "incidents.json"
    snapshot.write_bytes(b"")                                        # emptied behind everyone's back
    out = site.cli(dpo, "list")
    assert out.returncode == 2 and "breachdesk doctor" in out.stderr, out.stdout + out.stderr
    out = site.cli(dpo, "doctor")
    assert out.returncode == 1 and "problem: incidents.json (the queue file) is missing or empty" in out.stdout
    out = site.cli(viewer, "doctor", "--repair")
    assert out.returncode == 2 and snapshot.stat().st_size == 0
    out = site.cli(svc, "doctor", "--repair")
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"rebuilt the queue: {len(refs)} incident(s)" in out.stdout
    assert "the queue was rebuilt by the daemon" in out.stdout and "the store is consistent" in out.stdout
    [entry] = _entries(site, "doctor_rebuild", svc)
    assert entry["detail"]["via"] == "guardian" and entry["detail"]["incidents"] == len(refs)
    assert snapshot.stat().st_uid == _uid(svc)[0]                    # written by the guardian itself
    assert sorted(r["ref"] for r in _rows(site)) == refs             # served again, no restart
    # the filer (a process of its own) files the next report after them: no ref reused
    port = int((site.socket.parent / "ready").read_text())
    raw = next(raw for name, raw in demo_samples() if name == "007-scotland-chi.eml")
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        smtp.sendmail("nurse@example.nhs.uk", [MAILBOX], crlf(raw))
    deadline = time.monotonic() + 120
    while len(now := _rows(site)) <= len(refs):
        assert time.monotonic() < deadline, "the report sent after the rebuild was never filed"
        time.sleep(1)
    new = sorted({r["ref"] for r in now} - set(refs))
    assert len(new) == 1 and new[0] > max(refs), (new, refs)


def test_with_the_guardian_stopped_the_owner_works_embedded_and_the_others_are_told(site: Site) -> None:
    svc, dpo = site.users.svc, site.users.dpo
    site.stop()
    deadline = time.monotonic() + 30
    while site.socket.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    for args in (("doctor",), ("queue",)):
        out = site.cli(svc, *args)
        assert out.returncode == 0, (args, out.stdout + out.stderr)
    assert _entries(site, "doctor_check", svc)[-1]["detail"]["via"] == "embedded"
    assert _entries(site, "queue_list", svc)[-1]["detail"]["via"] == "embedded"
    for args in (("doctor",), ("doctor", "--repair"), ("queue",), ("queue", "retry", "--all")):
        out = site.cli(dpo, *args)
        assert out.returncode == 2, (args, out.stdout)
        assert f"the breachdesk daemon is not running at {site.socket}" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
