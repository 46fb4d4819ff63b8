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
import html
import json
import logging
import os
import re
import smtplib
import subprocess
import sys
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from breachdesk.demo import crlf
from breachdesk.settings import current_user
from tests.conftest import SAMPLES, write_config
from tests.functional.conftest_tui import settle
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


def _explain(found: dict[str, list[str]], texts: dict[str, str]) -> str:
    """Each leak with a little context, for a readable failure."""
    lines = []
    for name, needles in found.items():
        for n in needles:
            at = texts[name].lower().find(n.lower())
            lines.append(f"{name}: {n!r} in ...{texts[name][max(at - 50, 0):at + len(n) + 30]!r}...")
    return "\n".join(lines)


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


# One process runs many commands through breachdesk.cli.main, each with its own stdout and
# stderr (and a root log handler writing to that stderr): the same code and output as one
# process per command, without paying the interpreter start-up for each.
_DRIVER = """
import contextlib, io, json, logging, sys
from breachdesk.cli import main
results = []
for argv in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    handler = logging.StreamHandler(err)
    logging.getLogger().addHandler(handler)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    logging.getLogger().removeHandler(handler)
    results.append([code, out.getvalue(), err.getvalue()])
json.dump(results, sys.stdout)
"""


def _cli_many(cfg: Path, argvs: list[tuple[str, ...]]) -> list[tuple[int, str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    out = subprocess.run([sys.executable, "-c", _DRIVER], input=json.dumps([["--config", str(cfg), *a] for a in argvs]),
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    return [tuple(r) for r in json.loads(out.stdout)]


async def _dashboard(cfg: Path, refs: list[str]) -> tuple[list[str], dict[str, str]]:
    """Drive the dashboard as a viewer: queue, each incident's tabs, a refused reveal.

    Returns the notifications shown and the text of every screen rendered.
    """
    from breachdesk.api.backend import local_backend
    from breachdesk.settings import load_settings
    from tui.app import BreachdeskApp

    settings = load_settings(cfg)
    app = BreachdeskApp(local_backend(settings), settings, poll_seconds=0, tick_seconds=0,
                        export_dir=cfg.parent)
    app.animation_level = "none"           # tab underlines would animate for ~0.5 s per key
    screens: dict[str, str] = {}

    def shot(name: str) -> None:
        svg = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        screens[f"dashboard {name}"] = " ".join(re.findall(r">([^<]*)</text>", svg))

    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        shot("queue")
        for n in range(len(refs)):
            await pilot.press("enter")
            await settle(app, pilot)
            for key in ("1", "2", "3", "4", "r"):
                await pilot.press(key)
                await settle(app, pilot)
                shot(f"incident #{n + 1} after key {key}")
            await pilot.press("escape")
            await settle(app, pilot)
            await pilot.press("down")
        notes = [f"{n.title}: {n.message}" for n in app._notifications]
    return notes, screens


@dataclass
class Run:
    values: list[str]
    subjects: list[str]
    refs: list[str]
    logs: dict[str, str] = field(default_factory=dict)       # logs, stderr, notifications, audit
    masked: dict[str, str] = field(default_factory=dict)     # masked stdout and dashboard screens


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Everything once: daemon, CLI, dashboard; the outputs collected for the tests below."""
    tmp_path = tmp_path_factory.mktemp("leak")
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
    r = Run(values, subjects, sorted(i.ref for i in incs))
    # the stored details really do hold the values: the searches below are not vacuous
    # (opened with the store's keys: on disk they are encrypted)
    stored = "".join(json.dumps(d.store.detail(i.ref), ensure_ascii=False) for i in incs)
    assert len(_leaks(stored, values)) >= 20

    r.logs["serve log"] = (tmp_path / "serve.log").read_text()
    # a process of its own for each kind of command; every incident's views in one more
    alone = [("list",), ("list", "--json"), ("stats", "--by", "category"), ("audit", "verify"),
             ("purge", "--dry-run"), ("show", r.refs[0]), ("show", r.refs[0], "--reveal", "--reason", "leak test"),
             ("export", r.refs[0]), ("export", r.refs[0], "--reveal", "--reason", "leak test"),
             ("show", "BD-1999-000001")]
    for argv in alone:
        out = _cli(cfg, *argv)
        name = " ".join(argv)
        r.logs[f"{name} (stderr)"] = out.stderr
        r.masked[f"{name} (stdout)"] = out.stdout
    together = [("show", ref) for ref in r.refs[1:]] + [("show", ref, "--json") for ref in r.refs]
    together += [("export", ref) for ref in r.refs[1:]]
    for argv, (_code, stdout, stderr) in zip(together, _cli_many(cfg, together), strict=True):
        name = " ".join(argv)
        r.logs[f"{name} (stderr)"] = stderr
        r.masked[f"{name} (stdout)"] = stdout
    logging.getLogger().setLevel(logging.DEBUG)
    handler = _Collect()
    logging.getLogger().addHandler(handler)
    try:
        notes, screens = asyncio.run(_dashboard(cfg, r.refs))
    finally:
        logging.getLogger().removeHandler(handler)
    r.logs["dashboard notifications"] = "\n".join(notes)
    r.logs["dashboard logs"] = "\n".join(handler.lines)
    r.masked.update(screens)
    audit = d.store.root / "audit.jsonl"
    r.logs["audit log"] = audit.read_text() if audit.exists() else ""
    return r


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record) + (record.exc_text or ""))


def test_the_run_did_what_it_should(run: Run) -> None:
    assert not [k for k, v in run.logs.items() if "Traceback" in v and "(stderr)" in k]
    refused = run.logs[f"show {run.refs[0]} --reveal --reason leak test (stderr)"]
    assert "viewer" in refused and "dpo" in refused, refused
    assert "viewer" in run.logs[f"export {run.refs[0]} --reveal --reason leak test (stderr)"]
    assert "DPO" in run.logs["dashboard notifications"]           # the dashboard refused the reveal
    screens = [text for name, text in run.masked.items() if name.startswith("dashboard ")]
    assert len(screens) > len(run.refs) and all(any(ref in t for t in screens) for ref in run.refs)
    assert "spool" in run.logs["serve log"]


def test_logs_errors_and_audit_carry_no_identifiers_names_or_subjects(run: Run) -> None:
    found = {name: hits for name, text in run.logs.items() if (hits := _leaks(text, run.values + run.subjects))}
    assert not found, _explain(found, run.logs)


def test_masked_views_carry_no_identifier_values(run: Run) -> None:
    found = {name: hits for name, text in run.masked.items() if (hits := _leaks(text, run.values))}
    assert not found, _explain(found, run.masked)
