"""Encryption at rest: spool files and raw values; wrong or missing keys; rotation."""

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


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_round_trip() -> None:
    c = Cipher([generate_key()])
    assert c.decrypt_str(c.encrypt_str(BODY)) == BODY
    assert c.open(c.seal(b"raw")) == b"raw"
    assert c.open(b"plain, written before encryption") == b"plain, written before encryption"
    assert c.decrypt_str("not encrypted") == "not encrypted"


def test_store_encrypts_raw_values_but_not_masked_facts(keyed: Settings) -> None:
    cipher = load_cipher(keyed)
    assert cipher is not None
    st = Store(keyed.data_dir(), cipher=cipher)
    inc = st.create(_fields(), _detail())
    raw = _all_bytes(st.root)
    for secret in (NHS, NAME, "943 476 5919", "03/04/1961"):
        assert secret.encode() not in raw
    stored = json.loads((st.root / "details" / f"{inc.ref}.json").read_bytes())
    assert stored["identifiers"][0]["masked"] == "943 *** **19"
    assert stored["identifiers"][0]["value"].startswith("enc:v1:")
    d = st.detail(inc.ref)
    assert [i["value"] for i in d["identifiers"]] == [NHS, NAME]
    assert d["sections"][0]["text"] == BODY


def test_a_store_without_the_key_keeps_values_intact(keyed: Settings) -> None:
    cipher = load_cipher(keyed)
    st = Store(keyed.data_dir(), cipher=cipher)
    inc = st.create(_fields(), _detail())
    plain = Store(keyed.data_dir())                 # e.g. a dashboard not given the key
    assert plain.detail(inc.ref)["identifiers"][0]["masked"] == "943 *** **19"
    plain.update(inc.ref, lambda i, d: "note", by="dora", action="note")
    assert st.detail(inc.ref)["identifiers"][0]["value"] == NHS     # nothing lost


def test_spool_is_encrypted_and_old_plain_files_still_read(keyed: Settings) -> None:
    root = keyed.data_dir() / "spool"
    old = Spool(root).write(Envelope(mail_from="a@nhs.net"), BODY.encode())   # before encryption
    sp = Spool(root, cipher=load_cipher(keyed))
    sid = sp.write(Envelope(mail_from="a@nhs.net", rcpt_tos=["breach@example.nhs.uk"]), BODY.encode())
    assert NHS.encode() not in (root / "incoming" / f"{sid}.msg").read_bytes()
    assert sp.read(sid).raw == BODY.encode()
    assert sp.read(sid).envelope.rcpt_tos == ["breach@example.nhs.uk"]
    assert sp.read(old).raw == BODY.encode()


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
    with pytest.raises(DecryptError, match=f"cannot decrypt a value of {inc.ref} with key file x: wrong key"):
        other.detail(inc.ref)


def test_missing_key_file_and_encrypted_data_without_key(keyed: Settings, tmp_path: Path) -> None:
    load_cipher(keyed)                        # first use writes key.check
    (tmp_path / "bd.key").unlink()
    with pytest.raises(ConfigError, match="key file .*bd.key does not exist"):
        load_cipher(keyed)
    off = keyed.model_copy(update={"store": keyed.store.model_copy(update={"encryption_key_file": ""})})
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
    assert load_cipher(settings) is None
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
    new = Cipher([generate_key(), *old.keys])
    counts = rotate(new, root)
    assert counts == {"spool_files": 2, "details": 1}
    assert verify_primary(new, root) == []
    only_new = new.primary()
    assert Store(root, cipher=only_new).detail(inc.ref)["identifiers"][0]["value"] == NHS
    assert Spool(root / "spool", cipher=only_new).read(sid).raw == BODY.encode()
    assert Spool(root / "spool", cipher=only_new).read(plain_sid).raw == BODY.encode()
    with pytest.raises(DecryptError):
        Store(root, cipher=old).detail(inc.ref)


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
    assert [e["action"] for e in log.entries()] == ["key_rotate"] * 3
    assert log.verify() == []
