"""No identifier value, name, subject or body ever reaches a log, an error or a masked view.

The samples' ground truth (``truth.jsonl``) lists the identifiers and data-subject
names in each email. They go through everything that writes output: the real
daemon (SMTP, spool, worker, verbose logging), a broken MIME message that the
parser cannot read, the CLI (``list``, masked ``show``, a refused ``show --reveal``
and ``export`` by a viewer, ``purge --dry-run``, ``audit verify``) and the dashboard
(queue, incident tabs, a refused reveal). Then every byte of log, stderr, masked
stdout, dashboard notification and audit entry is searched for them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import smtplib
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from breachdesk.demo import crlf
from breachdesk.settings import current_user
from tests.conftest import SAMPLES, write_config
from tests.functional.daemon import ServeProcess

pytestmark = pytest.mark.slow
MAILBOX = "breach@example.nhs.uk"
ME = current_user()

BROKEN = b"""From: Ward Clerk <ward.clerk@nhs.net>
To: breach@example.nhs.uk
Subject: FW: Zanele Okonkwo-Brightwater discharge list
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="never-closed"

--never-closed
Content-Type: text/plain; charset="x-no-such-charset"
Content-Transfer-Encoding: base64

!!!! not base64 Zanele Okonkwo-Brightwater NHS 401 023 2137 DOB 17/09/1958 ====
--never-closed
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="list.xlsx"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAJunk Zanele Okonkwo-Brightwater 4010232137
"""
BROKEN_SECRETS = ["Zanele Okonkwo-Brightwater", "4010232137", "401 023 2137", "17/09/1958"]


def _written_forms(kind: str, value: str) -> list[str]:
    """The value as normalised and as it is usually written."""
    forms = [value]
    if kind in ("nhs_number", "chi_number", "hc_number") and len(value) == 10:
        forms.append(f"{value[:3]} {value[3:6]} {value[6:]}")
    if kind == "date_of_birth" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        y, m, d = value.split("-")
        forms += [f"{d}/{m}/{y}", f"{d}.{m}.{y}"]
    return forms


def secrets() -> tuple[list[str], list[str]]:
    """(identifier values and names, subjects) of the samples: what must never leak."""
    values: set[str] = set(BROKEN_SECRETS)
    subjects: set[str] = {"FW: Zanele Okonkwo-Brightwater discharge list"}
    for line in (SAMPLES / "truth.jsonl").read_text().splitlines():
        t = json.loads(line)
        for kind, vals in t["identifiers"].items():
            for v in vals:
                values.update(_written_forms(kind, v))
        values.update(t["names"])
        msg = message_from_bytes((SAMPLES / t["file"]).read_bytes(), policy=policy.default)
        if msg["subject"] and len(str(msg["subject"])) > 12:
            subjects.add(str(msg["subject"]))
    return sorted(v for v in values if len(v) >= 5), sorted(subjects)


def _leaks(text: str, needles: list[str]) -> list[str]:
    low = text.lower()
    return [n for n in needles if n.lower() in low]


def _send(port: int, raw: bytes) -> int:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo()
        c.mail("reporter@nhs.net")
        c.rcpt(MAILBOX)
        code, _ = c.data(crlf(raw))
        return code


def _start_verbose(d: ServeProcess, timeout: float = 90) -> None:
    """``ServeProcess.start`` with ``serve -v`` (DEBUG logging: the most there is to leak)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    with open(d.log, "ab") as fh:
        d.proc = subprocess.Popen([sys.executable, "-m", "breachdesk", "--config", str(d.config), "serve",
                                   "-v", "--ready-file", str(d.ready)], stdout=fh, stderr=subprocess.STDOUT,
                                  env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if d.ready.exists() and d.ready.read_text().strip():
            d.port = int(d.ready.read_text())
            return
        if d.proc.poll() is not None:
            raise RuntimeError(f"serve exited {d.proc.returncode}")
        time.sleep(0.1)
    raise TimeoutError("serve did not start")


def _cli(cfg: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    return subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), *argv],
                          capture_output=True, text=True, timeout=120, env=env)


async def _dashboard(cfg: Path, refs: list[str]) -> list[str]:
    """Drive the dashboard as a viewer: queue, each incident's tabs, a refused reveal."""
    from breachdesk.settings import load_settings
    from breachdesk.store import Store
    from tui.app import BreachdeskApp

    settings = load_settings(cfg)
    app = BreachdeskApp(Store(settings.data_dir()), settings, ME, poll_seconds=0, tick_seconds=0,
                        export_dir=cfg.parent)
    seen: list[str] = []
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause(1.0)
        for _ in refs[:6]:
            await pilot.press("enter")
            await pilot.pause(0.3)
            for key in ("2", "3", "4", "r", "e"):
                await pilot.press(key)
                await pilot.pause(0.2)
                if key == "e":
                    await pilot.press("escape")
            seen.extend(str(n.message) + " " + str(n.title) for n in app._notifications)
            await pilot.press("escape")
            await pilot.press("down")
        seen.extend(str(n.message) + " " + str(n.title) for n in app._notifications)
    return seen


def test_no_identifier_reaches_any_log_or_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    values, subjects = secrets()
    assert len(values) > 40 and len(subjects) >= 10
    cfg = write_config(tmp_path)
    # The current user is only a viewer: reveals and exports must be refused.
    cfg.write_text(cfg.read_text() + f'\n[access]\ndpo = ["somebody-else"]\nviewer = ["{ME}"]\n')
    d = ServeProcess(cfg, tmp_path / "serve.log")
    _start_verbose(d)
    try:
        samples = sorted(SAMPLES.glob("*.eml"))
        for path in samples:
            assert _send(d.port, path.read_bytes()) == 250
        assert _send(d.port, BROKEN) == 250
        incs = d.wait_incidents(len(samples) + 1, timeout=300)
    finally:
        assert d.terminate() == 0
    refs = sorted(i.ref for i in incs)
    # the stored detail really does hold the values: the search below is not vacuous
    stored = "".join(p.read_text() for p in (d.store.root / "details").glob("*.json"))
    assert len(_leaks(stored, values)) >= 20

    outputs: dict[str, str] = {"serve log": (tmp_path / "serve.log").read_text()}
    masked_stdout: dict[str, str] = {}
    runs = [("list",), ("list", "--json"), ("stats", "--by", "category"), ("audit", "verify"),
            ("purge", "--dry-run")]
    runs += [("show", ref) for ref in refs] + [("show", ref, "--json") for ref in refs[:5]]
    runs += [("show", refs[0], "--reveal", "--reason", "leak test"), ("export", refs[0]),
             ("export", refs[0], "--reveal"), ("show", "BD-1999-000001")]
    for argv in runs:
        out = _cli(cfg, *argv)
        name = " ".join(argv)
        assert "Traceback" not in out.stderr, (name, out.stderr[-2000:])
        outputs[f"{name} (stderr)"] = out.stderr
        masked_stdout[f"{name} (stdout)"] = out.stdout
    refused = outputs[f"show {refs[0]} --reveal --reason leak test (stderr)"]
    assert "viewer" in refused and "dpo" in refused, refused

    with caplog.at_level(logging.DEBUG):
        notes = asyncio.run(_dashboard(cfg, refs))
    outputs["dashboard notifications"] = "\n".join(notes)
    outputs["dashboard logs"] = caplog.text
    outputs["audit log"] = (d.store.root / "audit.jsonl").read_text() \
        if (d.store.root / "audit.jsonl").exists() else ""

    found = {name: _leaks(text, values + subjects) for name, text in outputs.items()}
    found.update({name: _leaks(text, values) for name, text in masked_stdout.items()})
    assert {k: v for k, v in found.items() if v} == {}
