"""Live reload of the patterns file: the watcher applies a new pattern without a restart; a bad file
(watcher or SIGHUP) is refused with file/key/line in the log and the old patterns keep working.

One real ``breachdesk serve`` (the worker loads spaCy), so one test covering the whole story.
"""

from __future__ import annotations

import os
import signal
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from nlp.patterns import default_path
from tests.functional.daemon import ServeProcess, send, write_cfg

pytestmark = pytest.mark.slow

WARD_ID = """
[[recognizers]]
name = "ward_id"
kind = "hospital_number"
validator = "none"
score = 0.9
context = ["ward id"]
examples = ["Ward ID: WX9876543"]
[[recognizers.patterns]]
name = "WX seven digits"
regex = '\\bWX\\d{7}\\b'
"""
BAD = WARD_ID.replace('name = "ward_id"', 'name = "ward_id_2"').replace("\\d{7}", "(\\d+)+")


def replace(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def email(n: int) -> bytes:
    m = EmailMessage()
    m["From"], m["To"] = "nurse@nhs.net", "breach@example.nhs.uk"
    m["Subject"], m["Message-ID"] = f"Fwd: ward list {n} sent to the wrong team", make_msgid()
    m.set_content(f"Sent in error.\n\nWard ID: WX987654{n} was in the list sent to an external address.\n")
    return bytes(m)


def ward_ids(d: ServeProcess, n: int) -> list[str]:
    inc = next(i for i in d.wait_incidents(n) if f"ward list {n - 1} " in i.subject)
    return [i["value"] for i in d.store.detail(inc.ref)["identifiers"]
            if (i.get("evidence") or {}).get("recognizer") == "ward_id"]


def test_watcher_and_sighup_reload_patterns_and_refuse_a_bad_file(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns.toml"
    default = default_path().read_text(encoding="utf-8")
    patterns.write_text(default, encoding="utf-8")
    cfg = write_cfg(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[nlp]\npatterns = "patterns.toml"\n')
    d = ServeProcess(cfg, tmp_path / "serve.log").start()
    try:
        assert send(d.port, email(0))[0] == 250
        assert ward_ids(d, 1) == []                                   # not a known identifier yet
        # the file changes on disk: the watcher reloads it, no SIGHUP, no restart
        size = len(d.log.read_text())
        replace(patterns, default + WARD_ID)
        d.wait_log("config reloaded (file changed)", start=size)
        d.wait_log("worker: config and patterns reloaded", start=size)
        assert send(d.port, email(1))[0] == 250
        assert ward_ids(d, 2) == ["WX9876541"]
        # a bad file is refused with file, key and line; the running patterns stay
        size = len(d.log.read_text())
        replace(patterns, default + WARD_ID + BAD)
        d.wait_log("config reload refused, keeping the old config (file changed)", start=size)
        line = next(n for n, t in enumerate(patterns.read_text().splitlines(), 1) if "(\\d+)+" in t)
        logged = d.log.read_text()[size:]
        assert f"{patterns}:{line}, key 'recognizers." in logged and "nested quantifier" in logged
        assert send(d.port, email(2))[0] == 250
        assert ward_ids(d, 3) == ["WX9876542"]
        # SIGHUP with the bad file still there: refused the same way
        size = len(d.log.read_text())
        d.signal(signal.SIGHUP)
        d.wait_log("config reload refused, keeping the old config (SIGHUP)", start=size)
        assert str(patterns) in d.log.read_text()[size:]
        assert send(d.port, email(3))[0] == 250
        assert ward_ids(d, 4) == ["WX9876543"]
        assert d.terminate() == 0
        # each reload, accepted or refused, is in the audit log, which verifies
        from breachdesk.audit import AuditLog

        log = AuditLog(d.store.root)
        reloads = [(e["why"], e["detail"]["ok"]) for e in log.entries() if e["action"] == "config_reload"]
        assert {("file changed", True), ("file changed", False), ("SIGHUP", False)} <= set(reloads)
        assert log.verify(store_refs=[i.ref for i in d.store.list_incidents()]) == []
    finally:
        if d.proc is not None and d.proc.poll() is None:
            d.kill()
