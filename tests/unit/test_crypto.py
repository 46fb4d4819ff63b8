"""Encryption at rest: whole detail documents, queue rows and spool files under per-incident keys;
the default key; wrong or missing keys; rotation."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from breachdesk.cli import main
from breachdesk.crypto import (
    ENV_KEY,
    Cipher,
    DecryptError,
    KeyDestroyed,
    destroy_incident_key,
    generate_key,
    load_cipher,
    rotate,
    verify_primary,
    write_key_file,
)
from breachdesk.errors import ConfigError, IngestError
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.spool import Envelope, Spool
from tests.conftest import write_config

NHS = "9434765919"
NAME = "Priya Raman"
BODY = f"Patient {NAME}, NHS number {NHS}, DOB 03/04/1961"


def _detail() -> dict:
    return {"identifiers": [{"kind": "nhs_number", "value": NHS, "text": "943 476 5919", "masked": "943 *** **19",
                             "where": "body", "confidence": 0.97, "subject": 0},
                            {"kind": "person_name", "value": NAME, "text": NAME, "masked": "P. R****",
                             "where": "body", "confidence": 0.8, "subject": 0}],
            "sections": [{"where": "body", "role": "forwarded", "text": BODY}]}


def _fields(i: int = 1) -> dict:
    return {"received_at": "2026-03-01T09:00:00+00:00", "reporter": "nurse@nhs.net", "subject": "FW: results",
            "spool_id": f"s{i}", "identifier_counts": {"nhs_number": 1, "person_name": 1}}


@pytest.fixture
def keyed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings with encryption on: a key file beside the config."""
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    monkeypatch.delenv(ENV_KEY, raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('path = "data"', 'path = "data"\nencryption_key_file = "bd.key"'))
    write_key_file(tmp_path / "bd.key", [generate_key()])
    return load_settings(cfg)


def _another_process() -> None:
    """What a new process starts with: no queue loaded yet (the store shares one per process)."""
    from breachdesk import store

    store._forget_after_fork()


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_round_trip() -> None:
    c = Cipher([generate_key()])
    assert c.decrypt_str(c.encrypt_str(BODY)) == BODY
    assert c.open(c.seal(b"raw")) == b"raw"
    assert c.open(b"plain, written before encryption") == b"plain, written before encryption"
    assert c.decrypt_str("not encrypted") == "not encrypted"


def test_store_seals_the_whole_detail_and_the_rows_personal_fields(keyed: Settings) -> None:
    cipher = load_cipher(keyed)
    assert cipher is not None
    st = Store(keyed.data_dir(), cipher=cipher)
    inc = st.create({**_fields(), "subject": f"Fw: Letter - {NAME}", "original_message_id": "<x@gp.example>"},
                    {**_detail(), "attachments": [{"name": f"{NAME} NHS {NHS}.pdf"}],
                     "forwarded": [{"to": [f"{NAME} <priya@personal.example>"]}], "notes": ["parse note"]})
    st.update(inc.ref, lambda i, d: (d.setdefault("dpo_notes", []).append({"text": f"rang {NAME}"}), "a note")[1],
              by="dora", action="note")
    raw = _all_bytes(st.root)
    for secret in (NHS, NAME, "943 476 5919", "03/04/1961", "943 *** **19", "P. R****", "priya@personal",
                   "Letter - ", "gp.example", "parse note"):
        assert secret.encode() not in raw, secret
    stored = json.loads((st.root / "details" / f"{inc.ref}.json").read_bytes())
    assert set(stored) == {"ref", "sealed", "version", "data"} and stored["ref"] == inc.ref
    journalled = [json.loads(line) for line in (st.root / "incidents.journal").read_bytes().splitlines()[1:]]
    assert all(rec["row"]["subject"] == "" and rec["row"]["sealed"] for rec in journalled)
    st.compact()                                              # the snapshot holds rows as sealed
    row = next(iter(json.loads((st.root / "incidents.json").read_bytes())["incidents"].values()))
    assert (row["subject"], row["original_message_id"], row["reporter"]) == ("", "", "nurse@nhs.net")
    assert row["identifier_counts"] == {"nhs_number": 1, "person_name": 1} and row["sealed"]
    d = st.detail(inc.ref)
    assert [i["value"] for i in d["identifiers"]] == [NHS, NAME]
    assert d["sections"][0]["text"] == BODY and d["dpo_notes"][0]["text"] == f"rang {NAME}"
    assert st.get(inc.ref).subject == f"Fw: Letter - {NAME}"
    assert st.find(message_id="<x@gp.example>").ref == inc.ref


def test_each_incident_has_its_own_key_and_destroying_it_shreds_only_that_one(keyed: Settings) -> None:
    st = Store(keyed.data_dir(), cipher=load_cipher(keyed))
    a, b = st.create(_fields(1), _detail()), st.create(_fields(2), _detail())
    keys = st.root / "keys" / "incidents"
    assert sorted(p.name for p in keys.iterdir()) == [f"{a.ref}.key", f"{b.ref}.key"]
    assert oct(keys.stat().st_mode & 0o777) == "0o700"
    assert oct((keys / f"{a.ref}.key").stat().st_mode & 0o777) == "0o600"
    assert (keys / f"{a.ref}.key").read_bytes() != (keys / f"{b.ref}.key").read_bytes()
    assert destroy_incident_key(st.root, a.ref) is True
    _another_process()
    fresh = Store(keyed.data_dir(), cipher=load_cipher(keyed))      # another process: no cached key
    with pytest.raises(KeyDestroyed, match=f"the key of {a.ref} has been destroyed"):
        fresh.detail(a.ref)
    assert fresh.get(a.ref).subject == "" and fresh.get(a.ref).identifier_counts   # counts stay
    assert fresh.detail(b.ref)["identifiers"][0]["value"] == NHS
    with pytest.raises(KeyDestroyed):
        st.detail(a.ref)                                             # the cache forgot it too


def test_a_store_without_the_key_cannot_read_and_says_so(keyed: Settings) -> None:
    cipher = load_cipher(keyed)
    st = Store(keyed.data_dir(), cipher=cipher)
    inc = st.create(_fields(), _detail())
    _another_process()
    plain = Store(keyed.data_dir())                 # e.g. a process not given the key
    with pytest.raises(DecryptError, match=f"the detail of {inc.ref} is encrypted but no key is configured"):
        plain.detail(inc.ref)
    assert plain.get(inc.ref).subject == "" and plain.get(inc.ref).subjects == 0
    assert st.detail(inc.ref)["identifiers"][0]["value"] == NHS     # nothing lost


def test_encryption_is_on_by_default_with_a_key_made_at_first_start(settings: Settings) -> None:
    from breachdesk.datadir import open_store

    st = open_store(settings)
    key = settings.data_dir() / "keys" / "master.key"
    assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"
    inc = st.create(_fields(), _detail())
    assert NHS.encode() not in _all_bytes(st.root)
    again = open_store(settings)
    assert again.cipher is not None and again.cipher.keys == st.cipher.keys
    assert Store(settings.data_dir()).detail(inc.ref)["identifiers"][0]["value"] == NHS   # the owner, embedded
    key.unlink()
    with pytest.raises(ConfigError, match="is encrypted but its key file .*master.key is missing"):
        open_store(settings)


def test_encryption_off_makes_no_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    monkeypatch.delenv(ENV_KEY, raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('path = "data"', 'path = "data"\nencryption = false'))
    assert load_cipher(load_settings(cfg)) is None
    assert not (tmp_path / "data" / "keys" / "master.key").exists()


def test_spool_is_encrypted_and_old_plain_files_still_read(keyed: Settings) -> None:
    root = keyed.data_dir() / "spool"
    old = Spool(root).write(Envelope(mail_from="a@nhs.net"), BODY.encode())   # before encryption
    sp = Spool(root, cipher=load_cipher(keyed))
    sid = sp.write(Envelope(mail_from="a@nhs.net", rcpt_tos=["breach@example.nhs.uk"]), BODY.encode())
    assert NHS.encode() not in (root / "incoming" / f"{sid}.msg").read_bytes()
    assert sp.read(sid).raw == BODY.encode()
    assert sp.read(sid).envelope.rcpt_tos == ["breach@example.nhs.uk"]
    assert sp.read(old).raw == BODY.encode()


def test_a_filed_spool_file_is_resealed_with_the_incident_key(keyed: Settings) -> None:
    cipher = load_cipher(keyed)
    st = Store(keyed.data_dir(), cipher=cipher)
    sp = Spool(st.root / "spool", cipher=cipher)
    sid = sp.write(Envelope(mail_from="a@nhs.net"), BODY.encode())
    inc = st.create(_fields(), _detail())
    sp.seal_for(sid, inc.ref)
    sp.mark_done(sid)
    data = (st.root / "spool" / "done" / f"{sid}.msg").read_bytes()
    assert data.startswith(f"BDENC2 {inc.ref}\n".encode()) and NHS.encode() not in data
    assert sp.read(sid, "done").raw == BODY.encode()
    destroy_incident_key(st.root, inc.ref, st.keyring)
    with pytest.raises(IngestError, match=f"the key of {inc.ref} has been destroyed"):
        Spool(st.root / "spool", cipher=cipher).read(sid, "done")


def test_spool_without_or_with_a_wrong_key_is_a_clear_error(keyed: Settings) -> None:
    root = keyed.data_dir() / "spool"
    sid = Spool(root, cipher=load_cipher(keyed)).write(Envelope(), BODY.encode())
    with pytest.raises(IngestError, match=f"spool file {sid} is encrypted but no key is configured"):
        Spool(root).read(sid)
    with pytest.raises(IngestError, match="cannot decrypt spool file .*: wrong key") as exc:
        Spool(root, cipher=Cipher([generate_key()])).read(sid)
    assert NHS not in str(exc.value)
    assert (root / "incoming" / f"{sid}.msg").exists()       # nothing lost


def test_wrong_key_is_refused_at_load(keyed: Settings, tmp_path: Path) -> None:
    Store(keyed.data_dir(), cipher=load_cipher(keyed)).create(_fields(), _detail())
    write_key_file(tmp_path / "bd.key", [generate_key()])
    with pytest.raises(ConfigError, match="does not open the data in .* \\(wrong key\\?\\); nothing was changed"):
        load_cipher(keyed)


def test_wrong_key_on_a_detail_is_a_store_error(keyed: Settings) -> None:
    st = Store(keyed.data_dir(), cipher=load_cipher(keyed))
    inc = st.create(_fields(), _detail())
    other = Store(keyed.data_dir(), cipher=Cipher([generate_key()], source="key file x"))
    with pytest.raises(DecryptError, match=f"cannot decrypt the key of {inc.ref} with key file x: wrong key"):
        other.detail(inc.ref)


def test_missing_key_file_and_encrypted_data_without_key(keyed: Settings, tmp_path: Path) -> None:
    load_cipher(keyed)                        # first use writes key.check
    (tmp_path / "bd.key").unlink()
    with pytest.raises(ConfigError, match="key file .*bd.key does not exist"):
        load_cipher(keyed)
    default = keyed.model_copy(update={"store": keyed.store.model_copy(update={"encryption_key_file": ""})})
    with pytest.raises(ConfigError, match="is encrypted but its key file .*master.key is missing"):
        load_cipher(default)
    off = keyed.model_copy(update={"store": keyed.store.model_copy(update={"encryption_key_file": "",
                                                                          "encryption": False})})
    with pytest.raises(ConfigError, match="is encrypted but no key is configured"):
        load_cipher(off)


def test_bad_and_exposed_key_files(keyed: Settings, tmp_path: Path) -> None:
    key = tmp_path / "bd.key"
    os.chmod(key, 0o644)
    with pytest.raises(ConfigError, match="readable by other users .*chmod 600"):
        load_cipher(keyed)
    key.write_text("not-a-key\n")
    os.chmod(key, 0o600)
    with pytest.raises(ConfigError, match="not a valid key"):
        load_cipher(keyed)


def test_key_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    settings = load_settings(write_config(tmp_path))
    monkeypatch.setenv(ENV_KEY, generate_key().decode())
    cipher = load_cipher(settings)
    assert cipher is not None and cipher.source == f"${ENV_KEY}"


def test_rotation_new_key_first_then_retire(keyed: Settings, tmp_path: Path) -> None:
    old = load_cipher(keyed)
    assert old is not None
    root = keyed.data_dir()
    plain_sid = Spool(root / "spool").write(Envelope(), BODY.encode())      # from before encryption
    st = Store(root, cipher=old)
    inc = st.create(_fields(), _detail())
    sid = Spool(root / "spool", cipher=old).write(Envelope(), BODY.encode())
    filed = Spool(root / "spool", cipher=old).write(Envelope(), BODY.encode())
    Spool(root / "spool", cipher=old).seal_for(filed, inc.ref)              # under the incident's key
    new = Cipher([generate_key(), *old.keys])
    counts = rotate(new, root)
    assert counts == {"spool_files": 2, "incident_keys": 1, "details": 0}
    assert verify_primary(new, root) == []
    only_new = new.primary()
    assert Store(root, cipher=only_new).detail(inc.ref)["identifiers"][0]["value"] == NHS
    assert Spool(root / "spool", cipher=only_new).read(sid).raw == BODY.encode()
    assert Spool(root / "spool", cipher=only_new).read(plain_sid).raw == BODY.encode()
    assert Spool(root / "spool", cipher=only_new).read(filed).raw == BODY.encode()
    with pytest.raises(DecryptError):
        Store(root, cipher=old.primary()).detail(inc.ref)       # the old master key alone: no more


def test_key_commands(keyed: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", keyed.source]
    root = keyed.data_dir()
    Spool(root / "spool").write(Envelope(), BODY.encode())                  # plaintext, before
    Store(root).create(_fields(), _detail())
    assert main([*cfg, "key", "check"]) == 1
    assert "not yet under the first key" in capsys.readouterr().out
    assert main([*cfg, "key", "encrypt"]) == 0
    assert NHS.encode() not in _all_bytes(root)
    assert main([*cfg, "key", "rotate"]) == 0
    keys = [ln for ln in (tmp_path / "bd.key").read_text().splitlines() if ln and not ln.startswith("#")]
    assert len(keys) == 2
    assert main([*cfg, "key", "rotate", "--keep-key", "--retire-old"]) == 0
    keys2 = [ln for ln in (tmp_path / "bd.key").read_text().splitlines() if ln and not ln.startswith("#")]
    assert keys2 == keys[:1]
    assert main([*cfg, "key", "check"]) == 0
    capsys.readouterr()
    assert main([*cfg, "key", "generate"]) == 2
    assert "Use 'breachdesk key rotate'" in capsys.readouterr().err
    from breachdesk.audit import AuditLog

    log = AuditLog(root)
    entries = log.entries()
    assert [e["action"] for e in entries] == ["audit_started", "key_check"] + ["key_rotate"] * 3 + ["key_check"]
    assert {e["detail"]["via"] for e in entries[1:]} == {"embedded"}        # no daemon: the owner, in-process
    assert log.verify() == []


def test_outbox_files_are_sealed_and_still_sent(keyed: Settings) -> None:
    from ingest.ack import Notifier

    st = Store(keyed.data_dir(), cipher=load_cipher(keyed))
    relay = keyed.model_copy(update={"relay": keyed.relay.model_copy(update={"host": "127.0.0.1", "port": 9})})
    n = Notifier(relay, st)
    assert n._queue("ack", "BD-2026-000001", "k", ["nurse@nhs.net"], "Breach report received: BD-2026-000001",
                    "Thank you.")
    path = next(n.outbox.glob("*.json"))
    assert path.read_bytes().startswith(b"BDENC1\n") and b"nurse@nhs.net" not in path.read_bytes()
    assert n._load(path)["to"] == ["nurse@nhs.net"]
    assert n.tick() == 0                              # nothing listens on port 9: kept for a retry ...
    assert n._load(path)["attempts"] == 1 and path.read_bytes().startswith(b"BDENC1\n")   # ... still sealed


def test_rotating_the_key_made_at_first_start(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk.datadir import open_store

    cfg = ["--config", settings.source]
    st = open_store(settings)
    inc = st.create(_fields(), _detail())
    key = settings.data_dir() / "keys" / "master.key"
    before = key.read_text()
    assert main([*cfg, "key", "rotate"]) == 0
    assert "re-wrapped 1 incident key(s)" in capsys.readouterr().out
    assert main([*cfg, "key", "rotate", "--keep-key", "--retire-old"]) == 0
    assert key.read_text() != before and oct(key.stat().st_mode & 0o777) == "0o600"
    assert open_store(settings).detail(inc.ref)["identifiers"][0]["value"] == NHS
    assert main([*cfg, "key", "check"]) == 0


def test_a_format_1_detail_still_opens_and_is_sealed_whole_by_key_encrypt(keyed: Settings) -> None:
    """Details written before per-incident keys: raw values encrypted one by one, the rest in clear."""
    cipher = load_cipher(keyed)
    assert cipher is not None
    root = keyed.data_dir()
    inc = Store(root).create(_fields(), {})                         # a row, and a detail to replace
    old = _detail()
    for i in old["identifiers"]:
        i["value"], i["text"] = cipher.encrypt_str(i["value"]), cipher.encrypt_str(i["text"])
    old["sections"][0]["text"] = cipher.encrypt_str(BODY)
    (root / "details" / f"{inc.ref}.json").write_text(json.dumps({**old, "ref": inc.ref}))
    st = Store(root, cipher=cipher)
    assert st.detail(inc.ref)["identifiers"][0]["value"] == NHS
    assert f"detail {inc.ref} is not encrypted" in verify_primary(cipher, root)
    assert rotate(cipher, root)["details"] == 1
    stored = json.loads((root / "details" / f"{inc.ref}.json").read_bytes())
    assert set(stored) == {"ref", "sealed", "version", "data"} and b"943 *** **19" not in _all_bytes(root)
    assert b"FW: results" not in _all_bytes(root)                   # the queue row was sealed too
    assert Store(root, cipher=cipher).detail(inc.ref)["sections"][0]["text"] == BODY


def test_doctor_rebuilds_an_encrypted_queue_with_its_sealed_rows(tmp_path: Path) -> None:
    from breachdesk import doctor
    from breachdesk.crypto import default_cipher
    from tests.unit.test_store_journal import reopen

    root = tmp_path / "data"
    st = Store(root, cipher=default_cipher(root, create=True))       # the key made at first start
    refs = [st.create({**_fields(i), "subject": f"Fw: Letter - {NAME} {i}"}, _detail()).ref for i in (1, 2)]
    st.compact()
    refs.append(st.create({**_fields(3), "subject": f"Fw: Letter - {NAME} 3"}, _detail()).ref)
    st.db_path.write_bytes(b"")                                        # the queue file emptied
    report = doctor.rebuild(reopen(root))
    assert report.ok and report.rebuilt == 3, report.problems
    again = reopen(root)
    assert [again.get(r).subject for r in refs] == [f"Fw: Letter - {NAME} {i}" for i in (1, 2, 3)]
    assert NAME.encode() not in _all_bytes(root)
