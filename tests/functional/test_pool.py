"""The supervised pool end to end: the real daemon, real smtplib, the real store and spaCy model.

One daemon serves every step (each start loads spaCy twice): file first, a report past its
deadline and one over its memory cap filed "analysis incomplete" while the others go on,
an analysis process SIGKILLed twice on the same report, a retransmission, low disk, and
``breachdesk queue``. Slow and growing analyses come from the test hook
(``BREACHDESK_TEST_HOOKS=1`` with an ``X-Breachdesk-Test`` header), which only a daemon
started with that variable honours; the kills, the deadline and the memory cap are real.
"""

from __future__ import annotations

import os
import re
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from breachdesk.model import Incident
from ingest.spool import Spool
from tests.functional.daemon import MAILBOX, ServeProcess, send, write_cfg

pytestmark = pytest.mark.slow

NHS = "943 476 5919"   # valid check digit


@pytest.fixture
def nlp() -> None:
    pytest.importorskip("nlp.pipeline", reason="nlp/ is not in this tree yet")


def _collect(sock: socket.socket, said: list[bytes]) -> None:
    sock.settimeout(120)
    while not said or said[-1] != b"STOPPING=1":
        try:
            said.append(sock.recv(4096))
        except OSError:
            return


def report(tag: str, hook: str = "", body: str = "") -> bytes:
    head = f"X-Breachdesk-Test: {hook}\n" if hook else ""
    return (f"{head}From: Staff Nurse <staff.nurse@nhs.net>\nTo: {MAILBOX}\nSubject: Report {tag}\n"
            f"Message-ID: <{tag}@nhs.net>\n\n{body or 'A clinic letter went to the wrong address.'}\n").encode()


def queued_id(reply: bytes) -> str:
    return reply.decode().rsplit(" ", 1)[-1]


def wait_for(d: ServeProcess, sid: str, pred, timeout: float = 120) -> Incident:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    inc = None
    while time.monotonic() < deadline:
        inc = d.store.find(spool_id=sid)
        if inc is not None and pred(inc):
            return inc
        time.sleep(0.1)
    raise AssertionError(f"spool {sid}: {inc and inc.status}; log: {d.log.read_text()[-3000:]}")


def active_pid(d: ServeProcess, sid: str, not_pid: int = 0, timeout: float = 120) -> int:
    marker = d.store.root / "spool" / "incoming" / f"{sid}.active"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid = int(marker.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pid = 0
        if pid and pid != not_pid:
            return pid
        time.sleep(0.05)
    raise AssertionError(f"spool {sid} never handed to an analysis process; log: {d.log.read_text()[-3000:]}")


def scheduling(pid: int) -> set[tuple[int, int]]:
    """(nice, policy) of every thread of ``pid``, from /proc (fields 19 and 41 of stat)."""
    out = set()
    for tid in os.listdir(f"/proc/{pid}/task"):
        fields = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        out.add((int(fields[16]), int(fields[38])))
    return out


def wait_path(path: Path, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not path.exists():
        time.sleep(0.05)
    return path.exists()


def queue_cmd(cfg: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "queue", *args],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_file_first_deadline_memory_kills_retransmission_disk_and_queue(tmp_path: Path, nlp: None) -> None:
    cfg = write_cfg(tmp_path, analysis="workers = 2\ndeadline_seconds = 6\nmemory_mb = 450")
    systemd = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)     # stands for systemd's notify socket
    systemd.bind(str(tmp_path / "notify"))
    said: list[bytes] = []
    listener = threading.Thread(target=_collect, args=(systemd, said), daemon=True)
    listener.start()
    env = {"BREACHDESK_TEST_HOOKS": "1", "NOTIFY_SOCKET": str(tmp_path / "notify"), "WATCHDOG_USEC": "1000000"}
    d = ServeProcess(cfg, tmp_path / "serve.log", env=env).start()
    try:
        while d.log.read_text().count(" ready") < 2:                   # both analysis processes loaded
            time.sleep(0.1)
        # when CPUs are short the listener's replies come first, then filing, then analysis
        if sys.platform.startswith("linux"):
            log = d.log.read_text()
            filer = int(re.search(r"filer process started pid=(\d+)", log).group(1))
            analysis = [int(p) for p in re.findall(r"analysis process pid=(\d+) ready", log)]
            base = os.getpriority(os.PRIO_PROCESS, 0)
            assert scheduling(d.proc.pid) == {(base, os.SCHED_OTHER)}
            assert scheduling(filer) == {(max(base, 5), os.SCHED_OTHER)}
            for pid in analysis:
                assert scheduling(pid) == {(max(base, 15), os.SCHED_BATCH)}
        # SIGKILL of the process holding a report: retried once (in the other one), then filed incomplete
        code, reply = send(d.port, report("killed", "sleep=600"))
        assert code == 250
        killed = queued_id(reply)
        pid = active_pid(d, killed)
        os.kill(pid, signal.SIGKILL)
        pid2 = active_pid(d, killed, not_pid=pid)
        os.kill(pid2, signal.SIGKILL)
        gone = wait_for(d, killed, lambda i: i.status == "incomplete")
        assert "stopped twice" in d.store.detail(gone.ref)["message"]["error"]
        d.wait_log("retrying it once")

        # the listener goes on; a report that would take ten minutes is filed first (analysing) ...
        code, reply = send(d.port, report("slow", "sleep=600", f"NHS number {NHS} in the letter."))
        assert code == 250
        slow = queued_id(reply)
        first = wait_for(d, slow, lambda i: True)
        assert first.status == "analysing" and first.clock_running()
        assert first.reporter == "staff.nurse@nhs.net" and first.subject == "Report slow"
        assert first.deadline > first.received_at
        # ... a report behind it is analysed by the replacement processes ...
        code, reply = send(d.port, report("ordinary"))
        assert code == 250
        ordinary = wait_for(d, queued_id(reply), lambda i: i.status == "new")
        assert ordinary.parse_status == "ok"
        active_pid(d, slow)
        listing = queue_cmd(cfg)
        assert "1 analysing" in listing and first.ref in listing
        # ... and the slow one is filed incomplete at its deadline, with what the quick pass found
        late = wait_for(d, slow, lambda i: i.status == "incomplete")
        detail = d.store.detail(late.ref)
        assert "analysis incomplete: it took longer than 6 s" in detail["notes"]
        assert late.identifier_counts == {"nhs_number": 1}
        assert late.reportable
        assert wait_path(d.store.root / "spool" / "failed" / f"{slow}.msg")

        # memory: a report whose analysis grows past memory_mb is killed from outside
        code, reply = send(d.port, report("hungry", "alloc=900"))
        assert code == 250
        hungry = wait_for(d, queued_id(reply), lambda i: i.status == "incomplete")
        assert "analysis incomplete: it needed more than 450 MB of memory" in d.store.detail(hungry.ref)["notes"]

        # an MTA that lost our 250 sends the same bytes again: one incident, a timeline note
        raw = report("twice", body="Discharge summary sent to the wrong GP.")
        code, reply = send(d.port, raw)
        assert code == 250
        one = wait_for(d, queued_id(reply), lambda i: True)
        code, reply = send(d.port, raw)
        assert code == 250
        again = queued_id(reply)
        wait_for(d, again, lambda i: i.ref == one.ref)
        assert [i.ref for i in d.store.list_incidents() if i.subject == "Report twice"] == [one.ref]
        timeline = d.store.detail(one.ref)["timeline"]
        assert any(t["action"] == "redelivered" for t in timeline)
        assert wait_path(d.store.root / "spool" / "done" / f"{again}.msg")

        # `queue` shows the failed ones; `queue retry` puts one back in front of the analysis
        listing = queue_cmd(cfg)
        assert "3 failed" in listing and hungry.ref in listing
        assert "Report" not in listing and "staff.nurse" not in listing        # nothing from the mail
        assert "re-queued 1 message(s)" in queue_cmd(cfg, "retry", slow)
        assert not (d.store.root / "spool" / "failed" / f"{slow}.msg").exists()
        assert slow in Spool(d.store.root / "spool").pending()      # back in front of the analysis

        # low disk: more free space demanded than there is -> 452 4.3.1 before anything is accepted
        open_conn = smtplib.SMTP("127.0.0.1", d.port, timeout=30)
        open_conn.ehlo()
        open_conn.mail("nurse@nhs.net")
        assert open_conn.rcpt(MAILBOX)[0] == 250
        write_cfg(tmp_path, analysis="workers = 2\ndeadline_seconds = 6\nmemory_mb = 450",
                  store=f"min_free_bytes = {2 ** 62}")
        d.signal(signal.SIGHUP)
        d.wait_log("config reloaded (SIGHUP)")
        code, msg = open_conn.docmd("DATA")
        assert (code, msg) == (452, b"4.3.1 Insufficient system storage")
        open_conn.quit()
        with smtplib.SMTP("127.0.0.1", d.port, timeout=30) as c:
            c.ehlo()
            assert c.mail("nurse@nhs.net")[0] == 452
        write_cfg(tmp_path, analysis="workers = 2\ndeadline_seconds = 6\nmemory_mb = 450")
        d.signal(signal.SIGHUP)
        d.wait_log("config reloaded (SIGHUP)", start=d.log.read_text().index("config reloaded (SIGHUP)") + 1)
        assert send(d.port, report("room again"))[0] == 250
    finally:
        assert d.terminate() == 0
    listener.join(10)
    systemd.close()
    assert said[0].startswith(b"READY=1\n") and said[-1] == b"STOPPING=1"
    assert b"WATCHDOG=1" in said                                       # healthy all along: heartbeats
    log = d.log.read_text()
    assert NHS not in log and "wrong GP" not in log
