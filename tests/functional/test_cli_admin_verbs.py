"""The verbs no other test drove to their effect: ``auth hash``, ``permissions [--fix]``,
``patterns test`` on text (the real spaCy model) and ``tui`` itself (in a real pseudo-terminal)."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import stat
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from breachdesk.cli import main
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.auth import verify_password
from tests.conftest import write_config
from tests.functional.conftest_tui import build_store


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    return load_settings(write_config(tmp_path))


def test_auth_hash_prints_a_line_the_smtp_server_accepts(settings: Settings, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("correct horse battery\n"))
    assert main(["--config", settings.source, "auth", "hash", "relay"]) == 0
    user, _, hashed = capsys.readouterr().out.strip().partition(":")
    assert user == "relay" and verify_password("correct horse battery", hashed)
    assert not verify_password("correct horse batterY", hashed)
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["--config", settings.source, "auth", "hash", "relay"]) == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert main(["--config", settings.source, "auth", "hash", "re:lay"]) == 2


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


def test_permissions_finds_and_fixes_open_modes(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    root = settings.data_dir()
    store = Store(root)
    inc = store.create({"received_at": "2026-01-01T09:00:00+00:00", "reporter": "r@nhs.net", "subject": "s",
                        "spool_id": "s1"}, {"identifiers": []})
    detail = root / "details" / f"{inc.ref}.json"
    os.chmod(root, 0o755)
    os.chmod(detail, 0o644)
    assert main(["--config", settings.source, "permissions"]) == 1
    out = capsys.readouterr().out
    assert "problem:" in out and "0 fixed" in out
    # the check only looks: the open file stays open (opening the store as its owner, as embedded
    # mode does, always re-tightens the data directory itself, as the guardian does at start)
    assert _mode(detail) == 0o644
    assert main(["--config", settings.source, "permissions", "--fix"]) == 0
    assert "fixed:" in capsys.readouterr().out
    assert (_mode(root), _mode(detail)) == (0o700, 0o600)
    assert main(["--config", settings.source, "permissions"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_patterns_test_shows_each_match_with_its_evidence(settings: Settings,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", settings.source, "patterns", "test",
                 "Re: patient NHS No 943 476 5919, DOB 03/04/1961, seen in clinic today"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["kind", "recogniser"]
    nhs = next(line for line in lines if line.startswith("nhs_number"))
    assert "'943 476 5919'" in nhs and "9434765919" in nhs
    assert any(line.startswith("date_of_birth") and "1961-04-03" in line for line in lines)
    assert main(["--config", settings.source, "patterns", "test", "nothing personal here at all"]) == 0
    assert capsys.readouterr().out.strip() == "no identifiers found"


def _read_until(fd: int, proc: subprocess.Popen[bytes], want: bytes, limit: float = 120.0) -> bytes:
    """What the terminal shows until ``want`` appears (a hang fails the test after ``limit``)."""
    seen = b""
    end = time.monotonic() + limit
    while want not in seen and time.monotonic() < end and proc.poll() is None:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def test_tui_opens_the_queue_in_a_terminal_and_q_quits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    build_store(load_settings(cfg).data_dir())
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")} | {
        "TERM": "xterm-256color", "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    proc = subprocess.Popen([sys.executable, "-m", "breachdesk", "--config", str(cfg), "tui"], stdin=slave,
                            stdout=slave, stderr=slave, env=env, cwd=tmp_path, start_new_session=True)
    os.close(slave)
    try:
        shown = _read_until(master, proc, b"BD-2026-000003")         # the overdue one, first in the queue
        assert b"BD-2026-000003" in shown, shown[-2000:]
        os.write(master, b"q")
        _read_until(master, proc, b"\0never\0")                     # keep the terminal drained until it exits
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
