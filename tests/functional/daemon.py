"""Run the real ``breachdesk serve`` as a child process for end-to-end tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from breachdesk.settings import load_settings
from breachdesk.store import Store


class ServeProcess:
    def __init__(self, config: Path, log: Path) -> None:
        self.config = config
        self.log = log
        self.ready = config.parent / f"ready-{time.time_ns()}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.store = Store(load_settings(config).data_dir())

    def start(self, timeout: float = 60) -> ServeProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
        with open(self.log, "ab") as fh:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "breachdesk", "--config", str(self.config), "serve",
                 "--ready-file", str(self.ready)], stdout=fh, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready.exists() and self.ready.read_text().strip():
                self.port = int(self.ready.read_text())
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            time.sleep(0.1)
        raise TimeoutError("serve did not start")

    def wait_incidents(self, n: int, timeout: float = 120) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            incs = self.store.list_incidents()
            if sum(1 + len(i.spool_ids) for i in incs) >= n:
                return incs
            time.sleep(0.2)
        raise TimeoutError(f"expected {n} reports filed, have {len(self.store.list_incidents())}; "
                           f"log: {self.log.read_text()[-2000:]}")

    def terminate(self, timeout: float = 60) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(10)
        self.ready.unlink(missing_ok=True)
