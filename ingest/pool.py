"""Supervised analysis: file every report at once, analyse it in a pool of processes.

Why a pool under a supervisor: one hostile report (a 5 MB single line, a PDF with a huge
content stream) must neither hold up the reports behind it nor take the daemon down.
The SMTP handler only spools the message and writes one byte to a non-blocking pipe
(:meth:`Pool.wake`); it never touches anything a dead process could hold (the old
multiprocessing ``Event`` deadlocked the listener once its worker was SIGKILLed).

Two threads of the daemon process do the rest:

* the **filer** (:class:`~ingest.filing.Filer`) files each new spool file from its headers
  at once — status "analysing", the clock running — notes retransmissions of a message
  already filed, and files "analysis incomplete" when the supervisor gives up;
* the **supervisor** hands messages (once the filer has caught up: during a burst the store's
  writes go to putting every report in the queue first) to ``[analysis] workers`` processes
  (:func:`ingest.worker.child_main`, one socketpair each), enforces from outside each
  message's wall-clock deadline and the memory cap (VmRSS from ``/proc/PID/status``) by
  SIGKILL, notices a dead process at once (its sentinel), retries the message it held
  once, then has it filed incomplete, and starts a replacement (backing off if they keep
  dying). A storage error in a worker is retried later without counting as an attempt.

:meth:`Pool.healthy` is what the systemd watchdog heartbeat is sent on.
"""

from __future__ import annotations

import fcntl
import logging
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from breachdesk.settings import Settings
from breachdesk.store import Store
from ingest.filing import Filer
from ingest.quick import QuickScan
from ingest.spool import Spool
from ingest.worker import _status_kb, child_main

log = logging.getLogger("breachdesk.pool")

TRIES = 2                 # a message whose process dies is retried once, then filed incomplete
RETRY_DELAY = 1.0         # seconds before the retry of a failed analysis
STORAGE_RETRY = 5.0       # seconds before retrying a message the store refused
TICK = 0.2                # the supervisor looks at its processes this often
RESTARTS_PER_MINUTE = 5   # more than this and replacements wait BACKOFF seconds
BACKOFF = 10.0
STOP_GRACE = 5.0          # seconds a process gets to exit after ("stop",)


@dataclass
class Slot:
    """One analysis process and what it is doing."""

    proc: Any
    conn: Any
    started: float
    ready: bool = False
    sid: str = ""
    since: float = 0.0
    quick: dict | None = None
    kill_reason: str = ""
    retiring: bool = False
    gone: bool = False
    key_gen: int = 0              # the last key rotation this process has taken (``Pool.rekey``)

    @property
    def pid(self) -> int:
        return int(self.proc.pid or 0)


def _nonblocking_pipe() -> tuple[int, int]:
    r, w = os.pipe()
    for fd in (r, w):
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
        os.set_inheritable(fd, False)
    return r, w


def describe_exit(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class Pool:
    def __init__(self, settings: Settings, store: Store, spool: Spool, *, log_level: int = logging.INFO,
                 on_incident: Any = None, on_done: Any = None) -> None:
        self.settings = settings
        self.spool = spool
        self.log_level = log_level
        self.on_done = on_done
        self.ctx = mp.get_context("spawn")
        self.filer = Filer(settings, store, spool, on_incident=on_incident)
        self.wake_r, self.wake_w = _nonblocking_pipe()
        self.lock = threading.Lock()
        self.todo: deque[str] = deque()            # filed, waiting for analysis, in arrival order
        self.queued: set[str] = set()              # in todo or held by a process
        self.not_before: dict[str, float] = {}
        self.jobs: queue.Queue[tuple[str, str, QuickScan | None]] = queue.Queue()   # to file incomplete
        self.slots: list[Slot] = []
        self.starts: deque[float] = deque(maxlen=50)
        self.next_start_at = 0.0
        self.draining = False
        self.stopped = threading.Event()
        self.filer_wake = threading.Event()
        self.sup_tick = self.filer_tick = time.monotonic()
        self._threads: list[threading.Thread] = []
        self._reload: Settings | None = None
        self.backlog = 0                           # spooled reports the filer has not filed yet
        self.alive = 0                             # analysis processes alive at the last turn
        self.key_wanted = 0                        # key rotations asked for (Pool.rekey) ...
        self.key_asked = 0                         # ... and passed on to the processes
        self.key_taken = threading.Condition()

    # -- the event loop's side: never blocks ---------------------------------
    def wake(self) -> None:
        """Tell the pool a message was spooled: one byte to a non-blocking pipe, EAGAIN ignored."""
        try:
            os.write(self.wake_w, b"!")
        except (BlockingIOError, InterruptedError):
            pass                                   # the pipe is full: a wake-up is pending anyway
        except OSError:
            pass                                   # closed at shutdown

    def reload(self, settings: Settings) -> None:
        """New settings for the pool; the supervisor thread passes them on (this never blocks)."""
        self.settings = settings
        self.filer.settings = settings
        self._reload = settings
        self.wake()

    def rekey(self, timeout: float) -> bool:
        """Have every analysis process open the store again with the key file as it is now (the
        guardian rotated its keys); True once each has (a busy one answers after its message), False
        after ``timeout`` seconds (0: do not wait)."""
        with self.key_taken:
            self.key_wanted += 1
            gen = self.key_wanted
        self.wake()
        deadline = time.monotonic() + timeout
        with self.key_taken:
            while True:
                if all(s.key_gen >= gen for s in list(self.slots) if not s.gone):
                    return True
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.key_taken.wait(min(left, TICK))

    def healthy(self) -> bool:
        """Both threads alive and turning, and an analysis process alive (or being replaced)."""
        now = time.monotonic()
        if not self._threads or not all(t.is_alive() for t in self._threads):
            return False
        if now - self.sup_tick > 10 or now - self.filer_tick > 120:
            return False
        return self.alive > 0 or now < self.next_start_at + 30

    def status(self) -> dict[str, Any]:
        return {"workers": [{"pid": s.pid, "ready": s.ready, "sid": s.sid,
                             "for": round(time.monotonic() - s.since, 1) if s.sid else 0} for s in self.slots],
                "waiting": len(self.todo)}

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        for _ in range(self.settings.analysis.workers):
            self._start_process()
        for target, name in ((self._supervise, "supervisor"), (self._file_loop, "filer")):
            t = threading.Thread(target=target, name=name, daemon=True)
            t.start()
            self._threads.append(t)
        self.wake()

    def stop(self, timeout: float) -> None:
        """Finish the messages being analysed (within their deadline), stop the processes and threads."""
        self.draining = True
        self.wake()
        supervisor, filer = self._threads
        supervisor.join(timeout)                   # deadlines are enforced meanwhile
        self.stopped.set()
        self.filer_wake.set()
        filer.join(30)                             # files what the supervisor gave up on
        for fd in (self.wake_r, self.wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def _start_process(self) -> None:
        parent, child = self.ctx.Pipe(duplex=True)
        a = self.settings.analysis
        proc = self.ctx.Process(target=child_main, name="breachdesk-analysis", daemon=False,
                                args=(child, self.settings, str(self.spool.root.parent), self.log_level,
                                      a.memory_mb))
        proc.start()
        child.close()
        now = time.monotonic()
        self.starts.append(now)
        # a process started now reads the key file as it is now
        self.slots.append(Slot(proc=proc, conn=parent, started=now, key_gen=self.key_wanted))
        recent = [t for t in self.starts if now - t < 60]
        if len(recent) > RESTARTS_PER_MINUTE:
            self.next_start_at = now + BACKOFF
        log.info("analysis process started pid=%s", proc.pid)

    # -- the supervisor thread -------------------------------------------------
    def _supervise(self) -> None:
        while True:
            self.sup_tick = time.monotonic()
            try:
                self._turn()
            except Exception as exc:  # noqa: BLE001 - the supervisor must keep turning
                log.error("supervisor pass failed (%s)", exc.__class__.__name__)
                time.sleep(TICK)
            if self.draining and not any(s.sid for s in self.slots):
                break
        self._stop_processes()

    def _turn(self) -> None:
        objs: list[Any] = [self.wake_r]
        for s in self.slots:
            if not s.gone:
                objs += [s.conn, s.proc.sentinel]
        for obj in wait(objs, timeout=TICK):
            if obj == self.wake_r:
                self._drain_wake()
                continue
            slot = next((s for s in self.slots if obj in (s.conn, s.proc.sentinel)), None)
            if slot is not None and obj is slot.conn:
                self._receive(slot)
        new, self._reload = self._reload, None
        if new is not None:
            for slot in self.slots:
                self._send(slot, ("reload", new))
        wanted = self.key_wanted
        if wanted > self.key_asked:
            self.key_asked = wanted
            for slot in self.slots:
                self._send(slot, ("rekey", wanted))
        self._reap()
        self.alive = len(self.slots)
        self._watch_limits()
        if not self.draining:
            if time.monotonic() >= self.next_start_at:
                while len(self.slots) < self.settings.analysis.workers:
                    self._start_process()
            self._dispatch()

    def _drain_wake(self) -> None:
        try:
            while os.read(self.wake_r, 4096):
                pass
        except (BlockingIOError, InterruptedError, OSError):
            pass
        self.filer_wake.set()

    def _receive(self, slot: Slot) -> None:
        try:
            while slot.conn.poll():
                self._on_message(slot, slot.conn.recv())
        except (EOFError, OSError):
            slot.gone = True

    def _on_message(self, slot: Slot, msg: tuple) -> None:
        kind = msg[0]
        if kind == "ready":
            slot.ready = True
            log.info("analysis process pid=%s ready", slot.pid)
        elif kind == "rekeyed":
            with self.key_taken:
                slot.key_gen = max(slot.key_gen, int(msg[1]))
                self.key_taken.notify_all()
        elif kind == "quick" and msg[1] == slot.sid:
            slot.quick = msg[2]
        elif kind == "done" and msg[1] == slot.sid:
            self._release(slot)
            if self.on_done is not None:
                self.on_done()
        elif kind == "error" and msg[1] == slot.sid:
            sid, name, why = msg[1], msg[2], msg[3]
            quick = self._quick(slot)
            self._release(slot, keep=True)
            if why == "storage":
                self.spool.set_attempts(sid, self.spool.attempts(sid) - 1)   # not the message's fault
                self._requeue(sid, STORAGE_RETRY)
            elif why == "memory":
                self._give_up(sid, f"it needed more than {self.settings.analysis.memory_mb} MB of memory", quick)
            elif self.spool.attempts(sid) >= TRIES:
                self._give_up(sid, f"the analysis failed twice ({name})", quick)
            else:
                log.warning("spool %s: analysis failed (%s); retrying once", sid, name)
                self._requeue(sid, RETRY_DELAY)

    def _quick(self, slot: Slot) -> QuickScan | None:
        return QuickScan.from_json(slot.quick) if slot.quick else None

    def _release(self, slot: Slot, keep: bool = False) -> None:
        sid = slot.sid
        slot.sid, slot.quick, slot.kill_reason = "", None, ""
        if sid:
            self.spool.clear_active(sid)
            if not keep:
                with self.lock:
                    self.queued.discard(sid)

    def _reap(self) -> None:
        for slot in list(self.slots):
            if slot.proc.is_alive() and not slot.gone:
                continue
            if slot.proc.is_alive():             # its end of the pipe closed but it lingers
                slot.proc.kill()
            slot.proc.join(1)
            slot.conn.close()
            self.slots.remove(slot)
            how = describe_exit(slot.proc.exitcode)
            if slot.retiring and not slot.sid:
                log.info("analysis process pid=%s retired (%s)", slot.pid, how)
                continue
            if not slot.sid:
                if not self.draining:
                    log.error("analysis process pid=%s stopped (%s); starting another", slot.pid, how)
                continue
            sid, reason, quick = slot.sid, slot.kill_reason, self._quick(slot)
            self._release(slot, keep=True)
            if self.draining and not reason:
                self.spool.set_attempts(sid, self.spool.attempts(sid) - 1)
                continue
            if reason:                            # past its deadline or memory cap: no retry
                log.error("spool %s: analysis stopped, %s", sid, reason)
                self._give_up(sid, reason, quick)
            elif self.spool.attempts(sid) >= TRIES:
                log.error("analysis process pid=%s stopped (%s) on spool %s again; filing it incomplete",
                          slot.pid, how, sid)
                self._give_up(sid, f"the analysis process stopped twice on it ({how})", quick)
            else:
                log.error("analysis process pid=%s stopped (%s) holding spool %s; retrying it once",
                          slot.pid, how, sid)
                self._requeue(sid, 0.0, front=True)

    def _watch_limits(self) -> None:
        a = self.settings.analysis
        now = time.monotonic()
        for slot in self.slots:
            if slot.gone or slot.kill_reason:
                continue
            rss_mb = _status_kb(slot.pid, "VmRSS") / 1024
            if slot.sid and now - slot.since > a.deadline_seconds:
                self._kill(slot, f"it took longer than {a.deadline_seconds:g} s")
            elif rss_mb > a.memory_mb:
                if slot.sid:
                    self._kill(slot, f"it needed more than {a.memory_mb} MB of memory")
                elif not slot.retiring:          # grown on an earlier message: replace it between messages
                    slot.retiring = True
                    self._send(slot, ("stop",))

    def _kill(self, slot: Slot, reason: str) -> None:
        slot.kill_reason = reason
        try:
            os.kill(slot.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def _dispatch(self) -> None:
        if self.backlog:
            return       # a burst: every report into the queue first, the store's writes go to filing
        now = time.monotonic()
        for slot in self.slots:
            if not slot.ready or slot.sid or slot.gone or slot.retiring:
                continue
            sid = self._next_due(now)
            if sid is None:
                return
            try:
                attempts = self.spool.record_attempt(sid)
            except OSError:
                self._requeue(sid, STORAGE_RETRY)
                continue
            if attempts > TRIES:                  # it took processes down before this daemon started
                self._give_up(sid, "the analysis process stopped on it twice before", None)
                continue
            slot.sid, slot.since, slot.quick = sid, time.monotonic(), None
            self.spool.mark_active(sid, slot.pid)
            self._send(slot, ("analyse", sid))

    def _next_due(self, now: float) -> str | None:
        with self.lock:
            for _ in range(len(self.todo)):
                sid = self.todo.popleft()
                if self.not_before.get(sid, 0.0) <= now:
                    self.not_before.pop(sid, None)
                    return sid
                self.todo.append(sid)
        return None

    def _send(self, slot: Slot, msg: tuple) -> None:
        try:
            slot.conn.send(msg)
        except (OSError, ValueError):
            slot.gone = True

    def _requeue(self, sid: str, delay: float, front: bool = False) -> None:
        with self.lock:
            if delay:
                self.not_before[sid] = time.monotonic() + delay
            (self.todo.appendleft if front else self.todo.append)(sid)
            self.queued.add(sid)

    def enqueue(self, sid: str) -> None:
        """A filed report waits for analysis (called by the filer)."""
        with self.lock:
            if sid in self.queued:
                return
            self.queued.add(sid)
            self.todo.append(sid)
        self.wake()

    def _give_up(self, sid: str, why: str, quick: QuickScan | None) -> None:
        self.jobs.put((sid, why, quick))
        self.filer_wake.set()

    def _stop_processes(self) -> None:
        for slot in self.slots:
            self._send(slot, ("stop",))
        end = time.monotonic() + STOP_GRACE
        for slot in self.slots:
            slot.proc.join(max(0.1, end - time.monotonic()))
            if slot.proc.is_alive():
                slot.proc.kill()
                slot.proc.join(2)
            slot.conn.close()
        log.info("analysis processes stopped")

    # -- the filer thread ------------------------------------------------------
    def _file_loop(self) -> None:
        retry_at = 0.0
        while True:
            self.filer_tick = time.monotonic()
            self.filer_wake.wait(1.0)
            self.filer_wake.clear()
            self.filer_tick = time.monotonic()
            self._run_jobs()
            if self.stopped.is_set() and self.jobs.empty():
                return
            if time.monotonic() >= retry_at and not self.draining:
                if not self._file_new():
                    retry_at = time.monotonic() + STORAGE_RETRY

    def _run_jobs(self) -> None:
        later = []
        while True:
            try:
                sid, why, quick = self.jobs.get_nowait()
            except queue.Empty:
                break
            if not self.filer.file_incomplete(sid, why, quick):
                later.append((sid, why, quick))      # the store refused: try again next turn
                continue
            with self.lock:
                self.queued.discard(sid)
        for job in later:
            self.jobs.put(job)

    def _file_new(self) -> bool:
        """File every spooled report not yet known; False when the store refused one (retry later)."""
        with self.lock:
            new = [sid for sid in self.spool.pending() if sid not in self.queued]
        self.backlog = len(new)
        for sid in new:
            outcome = self.filer.file_first(sid)
            if outcome == "retry":
                return False
            self.backlog -= 1
            if outcome == "analyse":
                self.enqueue(sid)
        return True
