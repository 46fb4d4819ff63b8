"""Supervised analysis: file every report at once, analyse it in a pool of processes.

Why a pool under a supervisor: one hostile report (a 5 MB single line, a PDF with a huge
content stream) must neither hold up the reports behind it nor take the daemon down.
The SMTP handler only spools the message and writes one byte to a non-blocking pipe
(:meth:`Pool.wake`); it never touches anything a dead process could hold (the old
multiprocessing ``Event`` deadlocked the listener once its worker was SIGKILLed).

One thread of the daemon process and one more child process do the rest:

* the **filer** process (:func:`~ingest.filing.filer_main`) files each new spool file from
  its headers at once — status "analysing", the clock running — notes retransmissions of a
  message already filed, and files "analysis incomplete" when the supervisor gives up. It is
  a process, not a thread of the daemon, so that its store writes (encryption, JSON, the
  journal's fsync) never hold the GIL the SMTP event loop needs to answer end-of-DATA; it
  is replaced at once if it dies (every step is idempotent by spool id, and what it was
  asked to file incomplete is asked again);
* the **supervisor** thread hands messages (once the filer has caught up: during a burst the store's
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
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from breachdesk.settings import Settings
from ingest.filing import filer_main
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
FILER_STALL = 120.0       # the filer silent this long (a heartbeat comes every second): unhealthy
FILER_DRAIN = 30.0        # at shutdown, seconds the filer gets to file what was given up on
SMALL_BYTES = 512 * 1024  # waiting reports up to this size are analysed before bigger ones


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
    def __init__(self, settings: Settings, spool: Spool, *, log_level: int = logging.INFO,
                 on_done: Any = None) -> None:
        self.settings = settings
        self.spool = spool
        self.log_level = log_level
        self.on_done = on_done
        self.ctx = mp.get_context("spawn")
        self.wake_r, self.wake_w = _nonblocking_pipe()
        self.lock = threading.Lock()
        self.todo: deque[str] = deque()            # filed, waiting for analysis, in arrival order
        self.queued: set[str] = set()              # in todo or held by a process
        self.not_before: dict[str, float] = {}
        self.big: set[str] = set()                 # waiting, over SMALL_BYTES
        # given up on, to be filed incomplete by the filer: sid -> (why, quick findings); kept
        # until the filer says it is done, so a filer that dies meanwhile is asked again
        self.jobs: dict[str, tuple[str, dict | None]] = {}
        self.jobs_sent: set[str] = set()
        self.jobs_due: dict[str, float] = {}       # refused by the store: ask again at
        self.slots: list[Slot] = []
        self.filer: Slot | None = None
        self.filer_next_at = 0.0
        self.filer_woken = False                   # a wake-up sent that the filer has not acted on
        self.starts: deque[float] = deque(maxlen=50)
        self.next_start_at = 0.0
        self.draining = False
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
                filer = [self.filer] if self.filer is not None else []
                if all(s.key_gen >= gen for s in list(self.slots) + filer if not s.gone):
                    return True
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.key_taken.wait(min(left, TICK))

    def healthy(self) -> bool:
        """The supervisor turning, the filer alive and heard from (or being replaced), and an
        analysis process alive (or being replaced)."""
        now = time.monotonic()
        if not self._threads or not all(t.is_alive() for t in self._threads):
            return False
        if now - self.sup_tick > 10:
            return False
        if self.filer is None or self.filer.gone:
            if now > self.filer_next_at + 30:
                return False
        elif now - self.filer_tick > FILER_STALL:
            return False
        return self.alive > 0 or now < self.next_start_at + 30

    def status(self) -> dict[str, Any]:
        return {"workers": [{"pid": s.pid, "ready": s.ready, "sid": s.sid,
                             "for": round(time.monotonic() - s.since, 1) if s.sid else 0} for s in self.slots],
                "filer": self.filer.pid if self.filer is not None else 0,
                "waiting": len(self.todo), "unfiled": self.backlog}

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        self._start_filer()
        for _ in range(self.settings.analysis.workers):
            self._start_process()
        t = threading.Thread(target=self._supervise, name="supervisor", daemon=True)
        t.start()
        self._threads.append(t)
        self.wake()

    def stop(self, timeout: float) -> None:
        """Finish the messages being analysed (within their deadline), file what was given up on,
        stop the processes and the supervisor."""
        self.draining = True
        self.wake()
        for t in self._threads:
            t.join(timeout + FILER_DRAIN + STOP_GRACE)   # deadlines are enforced meanwhile
        for fd in (self.wake_r, self.wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def _start_filer(self) -> None:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=filer_main, name="breachdesk-filer", daemon=False,
                                args=(child, self.settings, str(self.spool.root.parent), self.log_level))
        proc.start()
        child.close()
        now = time.monotonic()
        self.filer = Slot(proc=proc, conn=parent, started=now, key_gen=self.key_wanted)
        self.filer_tick = now
        self.filer_woken = False
        self.jobs_sent.clear()                    # a new filer is asked again what the last one did not finish
        if self.draining:
            self._send(self.filer, ("drain",))
        log.info("filer process started pid=%s", proc.pid)

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
        drained_at = 0.0
        while True:
            self.sup_tick = time.monotonic()
            try:
                self._turn()
            except Exception as exc:  # noqa: BLE001 - the supervisor must keep turning
                log.error("supervisor pass failed (%s)", exc.__class__.__name__)
                time.sleep(TICK)
            if self.draining and not any(s.sid for s in self.slots):
                # the analyses are over; the filer files what was given up on, then all stop
                drained_at = drained_at or time.monotonic()
                if not self.jobs or time.monotonic() - drained_at > FILER_DRAIN:
                    break
        if self.jobs:
            log.error("%d report(s) given up on were not filed incomplete before the stop; "
                      "they stay in the spool and are analysed at the next start", len(self.jobs))
        self._stop_processes()

    def _turn(self) -> None:
        objs: list[Any] = [self.wake_r]
        for s in self.slots:
            if not s.gone:
                objs += [s.conn, s.proc.sentinel]
        filer = self.filer
        if filer is not None and not filer.gone:
            objs += [filer.conn, filer.proc.sentinel]
        for obj in wait(objs, timeout=TICK):
            if obj == self.wake_r:
                self._drain_wake()
                continue
            if filer is not None and obj is filer.conn:
                self._receive_filer(filer)
                continue
            slot = next((s for s in self.slots if obj in (s.conn, s.proc.sentinel)), None)
            if slot is not None and obj is slot.conn:
                self._receive(slot)
        new, self._reload = self._reload, None
        if new is not None:
            for slot in self.slots:
                self._send(slot, ("reload", new))
            if self.filer is not None:
                self._send(self.filer, ("reload", new))
        wanted = self.key_wanted
        if wanted > self.key_asked:
            self.key_asked = wanted
            for slot in self.slots + ([self.filer] if self.filer is not None else []):
                self._send(slot, ("rekey", wanted))
        self._reap_filer()
        self._send_jobs()
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
        if self.draining and self.filer is not None:
            self._send(self.filer, ("drain",))
        elif not self.filer_woken and self.filer is not None:
            self.filer_woken = True               # one wake-up outstanding at most: the pipe never fills
            self._send(self.filer, ("wake",))

    # -- the filer process -----------------------------------------------------
    def _receive_filer(self, filer: Slot) -> None:
        try:
            while filer.conn.poll():
                self._on_filer(filer, filer.conn.recv())
        except (EOFError, OSError):
            filer.gone = True

    def _on_filer(self, filer: Slot, msg: tuple) -> None:
        self.filer_tick = time.monotonic()
        kind = msg[0]
        if kind == "ready":
            filer.ready = True
            log.info("filer process pid=%s up", filer.pid)     # not "ready": that counts analysis processes
        elif kind == "rekeyed":
            with self.key_taken:
                filer.key_gen = max(filer.key_gen, int(msg[1]))
                self.key_taken.notify_all()
        elif kind == "pass":                      # it has read its wake-ups: the next one is sent
            self.filer_woken = False
            self.backlog = msg[1]
        elif kind == "filed":
            _, sid, outcome, left = msg
            self.backlog = left
            if outcome == "analyse":
                self._enqueue(sid)
        elif kind == "incomplete":
            _, sid, ok = msg
            self.jobs_sent.discard(sid)
            if ok:
                self.jobs.pop(sid, None)
                self.jobs_due.pop(sid, None)
                with self.lock:
                    self.queued.discard(sid)
                if self.on_done is not None:
                    self.on_done()                # its acknowledgement may be in the outbox
            else:                                 # the store refused: ask again later
                self.jobs_due[sid] = time.monotonic() + STORAGE_RETRY

    def _reap_filer(self) -> None:
        filer = self.filer
        if filer is not None and (filer.gone or not filer.proc.is_alive()):
            if filer.proc.is_alive():
                filer.proc.kill()
            filer.proc.join(1)
            filer.conn.close()
            now = time.monotonic()
            log.error("filer process pid=%s stopped (%s); starting another", filer.pid,
                      describe_exit(filer.proc.exitcode))
            self.filer = None
            # a filer that dies young is not restarted in a tight loop
            self.filer_next_at = now + (BACKOFF if now - filer.started < BACKOFF else 0.0)
        if self.filer is None and time.monotonic() >= self.filer_next_at:
            self._start_filer()

    def _send_jobs(self) -> None:
        if self.filer is None:
            return
        now = time.monotonic()
        for sid, (why, quick) in list(self.jobs.items()):
            if sid in self.jobs_sent or self.jobs_due.get(sid, 0.0) > now:
                continue
            self.jobs_sent.add(sid)
            self._send(self.filer, ("incomplete", sid, why, quick))

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
            quick = slot.quick
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
            sid, reason, quick = slot.sid, slot.kill_reason, slot.quick
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
        """The oldest waiting report that is due, small ones first: an ordinary report that comes
        after a burst of huge or hostile ones is analysed as soon as a process is free, not after
        all of them (every one of them is already in the queue, filed from its headers)."""
        with self.lock:
            pick = None
            for sid in self.todo:
                if self.not_before.get(sid, 0.0) > now:
                    continue
                if sid not in self.big:
                    pick = sid
                    break
                pick = pick or sid
            if pick is None:
                return None
            self.todo.remove(pick)
            self.not_before.pop(pick, None)
            self.big.discard(pick)
            return pick

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
            self._note_size(sid)

    def _enqueue(self, sid: str) -> None:
        """A filed report waits for analysis (the filer said so)."""
        try:
            size = (self.spool.incoming / f"{sid}.msg").stat().st_size
        except FileNotFoundError:
            return            # analysed meanwhile (a new filer files again what an old one did)
        except OSError:
            size = 0
        with self.lock:
            if sid in self.queued:
                return
            self.queued.add(sid)
            self.todo.append(sid)
            if size > SMALL_BYTES:
                self.big.add(sid)

    def _note_size(self, sid: str) -> None:
        try:
            if (self.spool.incoming / f"{sid}.msg").stat().st_size > SMALL_BYTES:
                self.big.add(sid)
        except OSError:
            pass

    def _give_up(self, sid: str, why: str, quick: dict | None) -> None:
        """Have the filer file ``sid`` "analysis incomplete" (sent at the end of this turn)."""
        self.jobs[sid] = (why, quick)
        self.jobs_due.pop(sid, None)

    def _stop_processes(self) -> None:
        everyone = self.slots + ([self.filer] if self.filer is not None else [])
        for slot in everyone:
            self._send(slot, ("stop",))
        end = time.monotonic() + STOP_GRACE
        for slot in everyone:
            slot.proc.join(max(0.1, end - time.monotonic()))
            if slot.proc.is_alive():
                slot.proc.kill()
                slot.proc.join(2)
            slot.conn.close()
        log.info("analysis and filer processes stopped")
