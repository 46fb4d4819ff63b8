"""``breachdesk serve``: the SMTP listener in this process, the worker in a child process.

The listener only spools (fsync before 250); analysis runs in a separate worker
process so a 25 MB message or a slow spreadsheet never delays accepting other
mail. Messages left in the spool by a crash are processed when the worker starts.
SIGTERM/SIGINT stop accepting, let the worker finish the message in flight and
exit; SIGHUP reloads the configuration (a bad new config is refused and logged,
the old one keeps running).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import logging
import multiprocessing as mp
import os
import signal
import threading
from pathlib import Path
from typing import Any

from breachdesk.errors import BreachdeskError, ConfigError, SpoolError
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.smtp import BreachHandler, smtp_factory
from ingest.spool import Spool

log = logging.getLogger("breachdesk.serve")


class ServeError(BreachdeskError):
    """The daemon cannot start (port taken, spool not writable...)."""


def _die_with_parent() -> None:
    """Ask Linux to send us SIGTERM when the parent dies (e.g. SIGKILLed)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def worker_main(settings: Settings, data_dir: str, stop: Any, wake: Any, reload: Any,
                ready: Any, log_level: int) -> None:
    """Entry point of the worker process."""
    _die_with_parent()
    from breachdesk.logs import setup_logging

    setup_logging(log_level)
    wlog = logging.getLogger("breachdesk.worker")
    local_stop = threading.Event()

    def on_term(signum: int, frame: Any) -> None:
        local_stop.set()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    from ingest.ack import Notifier
    from ingest.process import Engine
    from ingest.worker import Worker

    root = Path(data_dir)
    store = Store(root)
    spool = Spool(root / "spool")
    engine = Engine(settings)
    notifier = Notifier(settings, store)
    worker = Worker(engine, store, spool, on_incident=notifier.on_incident)
    ready.set()
    n = worker.process_pending(local_stop)
    if n:
        wlog.info("recovered %d message(s) left in the spool", n)
    while not (local_stop.is_set() or stop.is_set()):
        if reload.is_set():
            reload.clear()
            try:
                new = load_settings(settings.source if settings.source != "<defaults>" else None)
                new_engine = Engine(new)
            except ConfigError as exc:
                wlog.error("config reload refused, keeping the old config: %s", exc)
            else:
                settings, engine = new, new_engine
                worker.engine = engine
                notifier.apply(settings)
                wlog.info("config reloaded")
        try:
            handled = worker.process_pending(local_stop)
        except Exception:  # noqa: BLE001 - keep going; messages stay spooled
            wlog.exception("worker pass failed")
            handled = 0
        notifier.tick()
        if not handled:
            wake.wait(0.5)
            wake.clear()
    wlog.info("worker stopped")


class Daemon:
    def __init__(self, settings: Settings, *, port: int | None = None) -> None:
        self.settings = settings
        self.port = settings.smtp.port if port is None else port
        self.data_dir = settings.data_dir()
        self.store = Store(self.data_dir)
        self.spool = Spool(self.data_dir / "spool")
        try:
            self.spool.check_writable()
        except SpoolError as exc:
            raise ServeError(str(exc)) from None
        ctx = mp.get_context("spawn")
        self.stop_ev, self.wake_ev, self.reload_ev, self.ready_ev = (
            ctx.Event(), ctx.Event(), ctx.Event(), ctx.Event())
        self.handler = BreachHandler(settings, self.spool, on_spooled=lambda sid: self.wake_ev.set())
        self.worker = ctx.Process(
            target=worker_main, name="breachdesk-worker", daemon=False,
            args=(settings, str(self.data_dir), self.stop_ev, self.wake_ev, self.reload_ev, self.ready_ev,
                  logging.getLogger().level))
        self.server: asyncio.base_events.Server | None = None
        self.bound_port: int = 0

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self.server = await loop.create_server(
                smtp_factory(self.settings, self.handler), host=self.settings.smtp.host, port=self.port)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {self.port} on {self.settings.smtp.host} is already in use "
                                 "(another breachdesk or mail server?)") from None
            raise ServeError(f"cannot listen on {self.settings.smtp.host}:{self.port}: {exc.strerror}") from None
        self.bound_port = self.server.sockets[0].getsockname()[1]
        self.worker.start()
        log.info("listening on %s:%d data=%s mailbox=%d address(es)", self.settings.smtp.host,
                 self.bound_port, self.data_dir, len(self.settings.mailbox.addresses))

    def reload(self) -> None:
        src = self.settings.source if self.settings.source != "<defaults>" else None
        try:
            new = load_settings(src)
        except ConfigError as exc:
            log.error("config reload refused, keeping the old config: %s", exc)
            return
        self.settings = new
        self.handler.apply(new)
        self.reload_ev.set()
        self.wake_ev.set()
        log.info("config reloaded (SIGHUP)")

    async def serve_forever(self, ready_file: str | None = None) -> None:
        await self.start()
        loop = asyncio.get_running_loop()
        done = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, done.set)
        loop.add_signal_handler(signal.SIGHUP, self.reload)
        if ready_file:
            Path(ready_file).write_text(str(self.bound_port))
        await done.wait()
        log.info("stopping: no new connections; finishing the message in flight")
        await self.stop()

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.server.wait_closed(), 10)
        self.stop_ev.set()
        self.wake_ev.set()
        loop = asyncio.get_running_loop()
        if self.worker.pid is not None:
            await loop.run_in_executor(None, self.worker.join, 120)
            if self.worker.is_alive():
                os.kill(self.worker.pid, signal.SIGTERM)
                await loop.run_in_executor(None, self.worker.join, 10)
        log.info("stopped")


def serve(settings: Settings, *, port: int | None = None, ready_file: str | None = None) -> int:
    daemon = Daemon(settings, port=port)
    asyncio.run(daemon.serve_forever(ready_file))
    return 0
