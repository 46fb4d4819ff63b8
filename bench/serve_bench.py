"""A real ``breachdesk serve`` in a throw-away directory, for the daemon benches.

``smtp_load.py``, ``fault.py`` and ``hostile_burst.py`` each start the daemon the way an
operator does (its own process, ``--ready-file``), wait until it listens and every analysis
process has loaded its model, and stop it with SIGTERM at the end. Only 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cfg: Path, *, workers: int, start_timeout: float = 120) -> tuple[subprocess.Popen, int]:
    """Start ``serve`` on the config file ``cfg`` (its folder holds the log, ``serve.log``) and
    return (process, port) once it listens and ``workers`` analysis processes say they are ready.
    Exits the bench with the log's tail if the daemon does not start."""
    tmp = cfg.parent
    ready, log = tmp / "ready", tmp / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "breachdesk", "--config", str(cfg), "serve",
                                 "--ready-file", str(ready)], stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    t_start = time.monotonic()
    while not (ready.exists() and ready.read_text().strip()):
        if proc.poll() is not None or time.monotonic() - t_start > start_timeout:
            print(log.read_text()[-3000:], file=sys.stderr)
            stop(proc, tmp, keep=True)
            sys.exit("bench: the daemon did not start")
        time.sleep(0.1)
    while log.read_text().count(" ready") < workers:      # every analysis process has loaded its model
        time.sleep(0.1)
    return proc, int(ready.read_text())


def stop(proc: subprocess.Popen, tmp: Path, *, keep: bool, wait: float = 180) -> int | None:
    """SIGTERM (the daemon drains), then remove the directory unless ``keep``. The daemon's exit
    status after SIGTERM, or None when it had to be killed (or had already ended)."""
    rc = None
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(wait)
        except subprocess.TimeoutExpired:
            proc.kill()
    if keep:
        print(f"kept {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return rc
