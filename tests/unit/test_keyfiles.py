"""The one reader and maker of private key files (breachdesk.keyfiles) and private output files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from breachdesk.audit import AuditKeyError, AuditLog
from breachdesk.crypto import read_key_file
from breachdesk.errors import ConfigError, StoreError
from breachdesk.files import write_private
from breachdesk.keyfiles import KeyFile


def _kf(path: Path, **kw: object) -> KeyFile:
    return KeyFile(path, "the test key", StoreError, **kw)  # type: ignore[arg-type]


def test_a_hex_key_is_made_once_0600_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "t.key"
    assert _kf(path).hex_key(create=False) is None and not path.exists()
    key = _kf(path).hex_key(create=True, header="a test key\nsecond line")
    assert key is not None and len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text()
    assert text.startswith("# a test key\n# second line\n") and key.hex() in text
    assert _kf(path).hex_key(create=True) == key                 # never made again


def test_another_process_first_wins(tmp_path: Path) -> None:
    path = tmp_path / "t.key"
    theirs = bytes(range(32))
    assert _kf(path).make(theirs.hex(), "made by the other one")
    assert not _kf(path).make("ff" * 32, "mine")                  # exclusive: theirs stays
    assert _kf(path).hex_key(create=True) == theirs


@pytest.mark.parametrize(("content", "message"), [("# only a comment\n", "damaged"), ("zz" * 32 + "\n", "damaged"),
                                                   ("ab" * 8 + "\n", "damaged")])
def test_a_damaged_key_is_refused_without_showing_it(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "t.key"
    path.write_text(content)
    os.chmod(path, 0o600)
    with pytest.raises(StoreError, match=message) as info:
        _kf(path).hex_key(create=True)
    assert content.strip() not in str(info.value)


def test_every_key_file_that_others_can_read_is_refused(tmp_path: Path) -> None:
    """The master keys, the audit key and the person-index key: one rule, one message."""
    master = tmp_path / "master.key"
    master.write_text("# keys\nsomekey\n")
    os.chmod(master, 0o640)
    with pytest.raises(ConfigError, match=r"readable by other users \(mode 640\); run: chmod 600"):
        read_key_file(master)
    os.chmod(master, 0o600)
    assert read_key_file(master) == [b"somekey"]

    root = tmp_path / "data"
    log = AuditLog(root, syslog=False)
    log.append("test", by="me")
    os.chmod(log.key_path, 0o644)
    with pytest.raises(AuditKeyError, match="the audit key .* readable by other users"):
        AuditLog(root, syslog=False).append("test", by="me")

    from breachdesk import person_index

    person_index.index_incident(root, "BD-2026-000001", {"identifiers": []})
    os.chmod(root / person_index.KEY_FILE, 0o604)
    with pytest.raises(StoreError, match="the person-index key .* readable by other users"):
        person_index.search(root, "num:9434765919")


def test_a_private_output_file_is_made_0600_even_over_a_looser_one(tmp_path: Path) -> None:
    out = tmp_path / "export.md"
    out.write_text("old")
    os.chmod(out, 0o644)
    write_private(out, b"the export\n")
    assert out.read_text() == "the export\n" and stat.S_IMODE(out.stat().st_mode) == 0o600
    fresh = tmp_path / "new.csv"
    write_private(fresh, b"a,b\n")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
