"""``queue`` and ``doctor`` on a real store and spool: sealed outbox mail listed and retried sealed, the
service's checks and audit entries, and the data directory's guardian lock."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from breachdesk.api.backend import store_backend
from breachdesk.crypto import Cipher, generate_key
from breachdesk.datadir import guardian_socket, hold_guardian_lock
from breachdesk.errors import AccessDenied, BadRequest, StoreError
from breachdesk.store import Store
from ingest.mailq import outbox_items, render, retry
from ingest.spool import Envelope, Spool
from tests.unit.test_store_journal import _detail, _fields

SECRET = "Agatha Quenby"


def _sealed_failed_mail(root: Path, cipher: Cipher, name: str = "ack-BD-2026-000001-ab") -> Path:
    item = {"kind": "ack", "ref": "BD-2026-000001", "to": ["agatha@personal.example"], "subject": SECRET,
            "body": SECRET, "attempts": 5, "next_at": 0.0, "queued_at": time.time() - 120}
    folder = root / "outbox" / "failed"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_bytes(cipher.seal(json.dumps(item).encode()))
    return path


def test_sealed_outbox_mail_is_listed_and_retried_sealed(tmp_path: Path) -> None:
    cipher = Cipher([generate_key()])
    root = tmp_path / "data"
    store = Store(root, cipher=cipher)
    spool = Spool(root / "spool", cipher=cipher)
    path = _sealed_failed_mail(root, cipher)
    [item] = outbox_items(root, cipher=cipher)
    assert (item.state, item.ref, item.attempts, item.note) == ("outbox-failed", "BD-2026-000001", 5, "ack")
    assert item.age >= 100
    [unread] = outbox_items(root)                     # no key: shown as unreadable, never skipped silently
    assert "cannot be read" in unread.note and unread.ref == ""
    assert SECRET not in render([], [item])
    assert retry(spool, store.root, [path.stem], everything=False, cipher=cipher) == (0, 1)
    back = root / "outbox" / path.name
    assert not path.exists() and back.exists()
    data = back.read_bytes()
    assert SECRET.encode() not in data                # sealed again, as the notifier writes it
    again = json.loads(cipher.open(data))
    assert (again["attempts"], again["next_at"], again["subject"]) == (0, 0.0, SECRET)


def test_the_service_checks_roles_and_audits_doctor_and_queue(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    for i in (1, 2):
        store.create(_fields(i), _detail(i))
    spool = Spool(store.root / "spool")
    sid = spool.write(Envelope(mail_from="n@nhs.net", rcpt_tos=["breach@example.nhs.uk"], peer="127.0.0.1",
                               helo="mx", received_at="2026-12-01T10:00:00+00:00"), b"Subject: x\r\n\r\nhello\r\n")
    spool.mark_failed(sid)
    viewer = store_backend(store, user="vera", role="viewer")
    for call in (viewer.queue, lambda: viewer.queue_retry([], everything=True), viewer.doctor,
                 lambda: viewer.doctor(rebuild=True)):
        with pytest.raises(AccessDenied, match="is a viewer"):
            call()
    admin = store_backend(store, user="ada", role="admin")
    spooled, outbox = admin.queue()
    assert [(i.id, i.state) for i in spooled] == [(sid, "failed")] and outbox == []
    with pytest.raises(BadRequest, match="not in the failed queue"):
        admin.queue_retry(["nonesuch"])
    with pytest.raises(BadRequest, match="name the failed items"):
        admin.queue_retry([])
    assert admin.queue_retry([sid]) == (1, 0) and spool.pending() == [sid]
    store.db_path.write_bytes(b"")
    with pytest.raises(StoreError, match="doctor"):
        admin.list_incidents()
    check = admin.doctor()
    assert not check["ok"] and any("missing or empty" in p for p in check["problems"])
    fixed = admin.doctor(rebuild=True)
    assert fixed["ok"] and fixed["rebuilt"] == 2
    assert [i.ref for i in admin.list_incidents()[1]] == ["BD-2026-000001", "BD-2026-000002"]
    log = [json.loads(x) for x in (store.root / "audit.jsonl").read_text().splitlines()]
    by_action = {(e["action"], e["by"]) for e in log}
    assert {("queue_list", "ada"), ("queue_retry", "ada"), ("doctor_check", "ada"), ("doctor_rebuild", "ada")} \
        <= by_action
    refused = {e["detail"]["action"] for e in log if e["action"] == "access_refused" and e["by"] == "vera"}
    assert refused == {"queue", "queue_retry", "doctor", "doctor_rebuild"}
    assert all("hello" not in json.dumps(e) for e in log)


def test_one_guardian_per_data_directory_and_its_socket_is_found(tmp_path: Path) -> None:
    root = tmp_path / "data"
    assert guardian_socket(root) is None
    fd = hold_guardian_lock(root, tmp_path / "api.sock")
    try:
        assert guardian_socket(root) == tmp_path / "api.sock"
        with pytest.raises(StoreError, match=r"another breachdesk daemon \(pid \d+\) is already running on "):
            hold_guardian_lock(root, tmp_path / "other.sock")
        assert (root / "guardian.lock").stat().st_mode & 0o077 == 0
    finally:
        import os

        os.close(fd)
    assert guardian_socket(root) is None                 # released with the daemon


def test_an_embedded_session_stops_when_a_guardian_takes_the_directory(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from breachdesk.api.backend import local_backend
    from breachdesk.errors import DaemonUnavailable
    from breachdesk.settings import load_settings
    from tests.conftest import write_config

    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    settings = load_settings(write_config(tmp_path))
    backend = local_backend(settings)
    assert backend.mode == "embedded" and backend.list_incidents()[1] == []
    fd = hold_guardian_lock(settings.data_dir(), tmp_path / "api.sock")      # `breachdesk serve` starts
    try:
        with pytest.raises(DaemonUnavailable, match="the breachdesk daemon has started on .* run the command again"):
            backend.list_incidents()
        with pytest.raises(DaemonUnavailable):
            backend.doctor(rebuild=True)
    finally:
        os.close(fd)
    assert backend.list_incidents()[1] == []                                 # it stopped: embedded again
    backend.close()
