"""A burst of hostile reports does not hold up an ordinary one (issue 12): the real daemon, real
smtplib, the real store and spaCy model.

One analysis process is kept busy on a pathological report for as long as the test runs (a
hostile body plus the test hook ``X-Breachdesk-Test: sleep=600``, honoured only by a daemon
started with ``BREACHDESK_TEST_HOOKS=1``); behind it come hostile bodies (runs of ``aaaa…@``
after "born", a street line repeated, HTML nested thousands deep) and real-world mail with
broken MIME (mail-parser's corpus, Apache-2.0), then one ordinary report. The ordinary report
must become an analysed incident while the stuck one is still being worked (or was filed
"analysis incomplete"), and every report of the burst must be an incident. Then the filer
process is SIGKILLed: it is replaced and the next report is filed and analysed. How long it all
takes is measured by ``bench/hostile_burst.py``, not here.
"""

from __future__ import annotations

import os
import re
import signal
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from breachdesk.model import Status
from tests.functional.daemon import MAILBOX, ServeProcess, send, write_cfg
from tests.functional.test_pool import active_pid, queued_id, wait_for

pytestmark = pytest.mark.slow

REALMAIL = Path(__file__).resolve().parents[1] / "data" / "realmail" / "mail-parser"
NHS = "943 476 5919"   # valid check digit


@pytest.fixture
def nlp() -> None:
    pytest.importorskip("nlp.pipeline", reason="nlp/ is not in this tree yet")


def _mail(subject: str, body: str, *, html: str | None = None, hook: str = "") -> bytes:
    m = EmailMessage()
    if hook:
        m["X-Breachdesk-Test"] = hook
    m["From"] = "Ward Clerk <ward.clerk@nhs.net>"
    m["To"] = MAILBOX
    m["Subject"] = subject
    m.set_content(body)
    if html is not None:
        m.add_alternative(html, subtype="html")
    return bytes(m)


def hostile() -> list[bytes]:
    """Hostile bodies at a size a test can afford, and the largest real-world messages."""
    made = [
        _mail("FW: born", ("Jane Smith (born " + "a" * 100_000 + "@ ") * 3),
        _mail("FW: addresses", "12 High Street, " * 60_000),
        _mail("FW: table", "stub", html="<div><table><tr><td>" * 5_000 + "Joan" + "</td></tr></table></div>" * 5_000),
    ]
    real = sorted((p for p in REALMAIL.iterdir() if p.name.startswith("mail_")), key=lambda p: -p.stat().st_size)
    return made + [p.read_bytes() for p in real[:5]]


def test_ordinary_report_after_a_hostile_burst_is_analysed(tmp_path: Path, nlp: None) -> None:
    cfg = write_cfg(tmp_path, analysis="workers = 2\ndeadline_seconds = 300")
    d = ServeProcess(cfg, tmp_path / "serve.log", env={"BREACHDESK_TEST_HOOKS": "1"}).start()
    try:
        while d.log.read_text().count(" ready") < 2:       # both analysis processes have loaded spaCy
            time.sleep(0.1)
        # the pathological one first: it holds one analysis process for the rest of the test
        code, reply = send(d.port, _mail("FW: stuck", "Jane Smith (born " + "a" * 50_000 + "@", hook="sleep=600"))
        assert code == 250
        stuck = queued_id(reply)
        stuck_pid = active_pid(d, stuck)
        burst = []
        for raw in hostile():
            code, reply = send(d.port, raw)
            assert code == 250
            burst.append(queued_id(reply))
        code, reply = send(d.port, _mail("Discharge letter to the wrong GP",
                                         f"A discharge letter for NHS number {NHS} went to the wrong GP."))
        assert code == 250
        ordinary = queued_id(reply)

        done = wait_for(d, ordinary, lambda i: i.parse_status != "pending", timeout=600)
        held = d.store.find(spool_id=stuck)
        assert done.status == Status.NEW and done.parse_status == "ok"
        assert done.identifier_counts.get("nhs_number") == 1
        # the process stuck before the ordinary report arrived was stuck still when it was analysed
        assert held is not None
        if held.status == Status.ANALYSING:
            assert active_pid(d, stuck) == stuck_pid
        else:                                          # given up on at its deadline, after the ordinary one
            assert held.status == Status.INCOMPLETE
            assert _when(d, held.ref, "incomplete") > _when(d, done.ref, "analysed")
        # every report of the burst is in the queue: analysed, or filed incomplete with why
        for sid in burst:
            inc = wait_for(d, sid, lambda i: i.parse_status != "pending", timeout=600)
            assert inc.status != Status.ANALYSING
        # the filer process SIGKILLed (the OOM killer's way): replaced, and the next report is filed
        filer = int(re.search(r"filer process started pid=(\d+)", d.log.read_text()).group(1))
        os.kill(filer, signal.SIGKILL)
        d.wait_log(f"filer process pid={filer} stopped (killed by SIGKILL); starting another")
        code, reply = send(d.port, _mail("After the filer died", "A letter went to the wrong address."))
        assert code == 250
        after = wait_for(d, queued_id(reply), lambda i: i.parse_status != "pending")
        assert after.status == Status.NEW
        # a shorter deadline (reloaded) ends the stuck analysis: filed incomplete, not retried
        write_cfg(tmp_path, analysis="workers = 2\ndeadline_seconds = 1")
        d.signal(signal.SIGHUP)
        gone = wait_for(d, stuck, lambda i: i.status == Status.INCOMPLETE)
        assert "it took longer than 1 s" in d.store.detail(gone.ref)["message"]["error"]
    finally:
        assert d.terminate() == 0
    assert NHS not in d.log.read_text()


def _when(d: ServeProcess, ref: str, action: str) -> str:
    return max(t["at"] for t in d.store.detail(ref)["timeline"] if t["action"] == action)
