"""``breachdesk demo``: the whole product in a throw-away directory.

Writes a config into a temp dir, starts the real ``breachdesk serve`` on a free
port (a separate process), sends the shipped sample breach reports through real
SMTP, waits until each has become an incident, then opens the dashboard (or,
with ``--no-tui``, prints the queue) and stops the daemon. Like every client, the
dashboard and the wait go through the daemon's API socket (``[api] socket``), never
to the files.
"""

from __future__ import annotations

import os
import shutil
import signal
import smtplib
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

from breachdesk.errors import BreachdeskError

DEMO_MAILBOX = "breach@example.nhs.uk"

DEMO_CONFIG = f"""\
# breachdesk demo configuration (temporary)
[mailbox]
addresses = ["{DEMO_MAILBOX}", "ig.incidents@nhs.net"]

[smtp]
host = "127.0.0.1"
port = 0

[store]
path = "data"

[api]
socket = "api.sock"
"""


def demo_samples() -> list[tuple[str, bytes]]:
    folder = resources.files("breachdesk.demo_samples")
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".eml"))


def crlf(raw: bytes) -> bytes:
    """Line endings as SMTP wants them (a real MTA does this when it relays a file)."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def daemon_command() -> list[str]:
    """How to start ``breachdesk`` as a child, whatever the current folder holds.

    ``-P`` keeps the current folder off ``sys.path``: run from a checkout, ``-m breachdesk``
    would otherwise import the source tree (which has no ``breachdesk.defaults``) instead of
    the installed package. The flag is inherited by the worker the daemon spawns.
    """
    return [sys.executable, "-P", "-m", "breachdesk"]


def _wait_for(predicate, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise BreachdeskError(f"the demo timed out after {timeout:.0f}s waiting for {what}")


def run_demo(*, no_tui: bool = False, keep: bool = False) -> int:
    from breachdesk.api.backend import connect
    from breachdesk.settings import load_settings

    tmp = Path(tempfile.mkdtemp(prefix="breachdesk-demo-"))
    os.chmod(tmp, 0o700)
    cfg = tmp / "breachdesk.toml"
    cfg.write_text(DEMO_CONFIG)
    ready = tmp / "port"
    log_path = tmp / "serve.log"
    env = {k: v for k, v in os.environ.items() if k not in ("BREACHDESK_CONFIG", "BREACHDESK_DATA")}
    print(f"demo directory {tmp}", flush=True)
    with open(log_path, "wb") as log_fh:
        proc = subprocess.Popen(
            [*daemon_command(), "--config", str(cfg), "serve", "--ready-file", str(ready)],
            stdout=log_fh, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_for(lambda: ready.exists() and ready.read_text().strip() != "" or proc.poll() is not None,
                  60, "the daemon to listen")
        if proc.poll() is not None:
            print(log_path.read_text(errors="replace"), file=sys.stderr)
            print("breachdesk: error: the demo daemon did not start", file=sys.stderr)
            return 2
        port = int(ready.read_text())
        samples = demo_samples()
        print(f"breachdesk serve listening on 127.0.0.1:{port}; sending {len(samples)} sample reports by SMTP",
              flush=True)
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            for _name, raw in samples:
                smtp.sendmail("reporter@example.nhs.uk", [DEMO_MAILBOX], crlf(raw))
        settings = load_settings(cfg)
        backend = connect(settings)                 # the daemon runs: its API socket
        total = len(samples)

        def filed() -> bool:   # analysed: each report is in the queue at once, status "analysing"
            incs = backend.list_incidents()[1]
            return len({s for i in incs if i.parse_status != "pending"
                        for s in (i.spool_id, *i.spool_ids) if s}) >= total

        _wait_for(filed, 180, "the analysis of every report")
        incidents = [i for i in backend.list_incidents()[1] if i.parse_status != "duplicate"]
        print(f"{total} reports filed as {len(incidents)} incident(s) "
              f"({total - len(incidents)} merged as duplicates)", flush=True)
        if no_tui:
            from breachdesk.cli import main as cli_main

            return cli_main(["--config", str(cfg), "list"])
        from tui.app import run

        run(settings, backend)
        return 0
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
        if keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
