"""``breachdesk serve``: the SMTP listener in this process, filing and analysis in supervised children.

The listener only spools (fsync before 250) and wakes the pool with one byte on a
non-blocking pipe; the pool (:mod:`ingest.pool`) files each report from its headers at
once in a filer process and analyses it in ``[analysis] workers`` child processes under a
deadline and a memory cap, so a 25 MB message, a slow spreadsheet or a dead analysis process never
delays accepting other mail or hides a report from the DPO. Messages left in the spool
by a crash are filed and analysed when the daemon starts again.
Below ``[store] min_free_bytes`` of free space the listener answers 452 4.3.1.
SIGTERM/SIGINT: stop accepting, let transactions in flight get their reply, let the
analyses under way finish (within their deadline), exit 0. SIGHUP: reload the configuration
and patterns for new connections and the analysis processes; a bad new config is refused and
logged, the old one keeps running, open connections are not dropped. The same reload runs
when the settings file or the patterns file changes on disk (their mtimes are polled every
``WATCH_SECONDS``; no inotify dependency).
Under systemd (``Type=notify``) it sends READY=1 once listening and a WATCHDOG=1
heartbeat only while the listener and the pool are healthy (:mod:`ingest.sdnotify`).
Acknowledgements queued by the analysis processes are sent by this process's notifier
thread, which also runs the daily retention purge.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breachdesk.audit import AuditLog
from breachdesk.datadir import open_store
from breachdesk.errors import BreachdeskError, SpoolError
from breachdesk.maintenance import Host
from breachdesk.settings import Settings, current_user, load_settings
from ingest.pool import Pool
from ingest.sdnotify import notify, watchdog_interval
from ingest.smtp import ERR_421_SHUTDOWN, BreachHandler, smtp_factory
from ingest.spool import Spool

if TYPE_CHECKING:
    from breachdesk.crypto import Cipher

log = logging.getLogger("breachdesk.serve")

DRAIN_SECONDS = 60          # longest wait for SMTP transactions in flight at SIGTERM
WATCH_SECONDS = float(os.environ.get("BREACHDESK_WATCH_SECONDS", "2"))  # config file polling

Stamp = tuple[int, int] | None


class ServeError(BreachdeskError):
    """The daemon cannot start (port taken, spool not writable...)."""


def check_spool(spool: Spool) -> None:
    """Refuse to start unless a message could be spooled and moved right now."""
    try:
        spool.check_writable()
        for d in (spool.incoming, spool.done, spool.failed):
            if not os.access(d, os.W_OK | os.X_OK):
                raise SpoolError(f"spool {d} is not writable")
    except SpoolError as exc:
        raise ServeError(f"{exc}; fix the permissions (the daemon must own its data directory)") from None


def validate_patterns(settings: Settings) -> None:
    """Load the patterns the worker will load, so a bad file is refused before it is used."""
    try:
        from nlp.patterns import load_patterns
    except ImportError:
        return
    load_patterns(settings.patterns_path())


class DaemonHost(Host):
    """What the guardian's service needs of the daemon: imported mail wakes the analysis pool, and
    rotated keys reach the store, the spool, the filer and every analysis process (:mod:`breachdesk.maintenance`)."""

    def __init__(self, daemon: Daemon) -> None:
        super().__init__(daemon.settings, daemon.store)
        self.daemon = daemon
        self._spool = daemon.spool

    def spooled(self, sid: str) -> dict[str, Any]:
        self.daemon.pool.wake()               # the filer files it from its headers at once
        return super().spooled(sid)

    def rekey(self, cipher: Cipher, *, wait: bool = True) -> bool:
        super().rekey(cipher)                 # the daemon's own store and spool (SMTP, notifier)
        timeout = self.daemon.settings.analysis.deadline_seconds + 10 if wait else 0.0
        return self.daemon.pool.rekey(timeout)

    def requeued(self, *, messages: int, mails: int) -> None:
        """``queue retry``: the pool takes the messages back at once, the sender the mail."""
        if messages:
            self.daemon.pool.wake()
        if mails:
            self.daemon.notifier.wake.set()


class Daemon:
    def __init__(self, settings: Settings, *, port: int | None = None) -> None:
        self.settings = settings
        self.port = settings.smtp.port if port is None else port
        self.data_dir = settings.data_dir()
        self._guardian_lock = self._hold(settings)                  # before anything in it is touched
        self.store = open_store(settings, deep=True, logger=log)   # permissions fixed/refused, key checked
        try:
            self.spool = Spool(self.data_dir / "spool", cipher=self.store.cipher)
        except OSError as exc:
            raise ServeError(f"spool {self.data_dir / 'spool'} is not usable: {exc.strerror or exc}") from None
        check_spool(self.spool)
        from ingest.ack import Notifier

        self.notifier = Notifier(settings, self.store)
        self.pool = Pool(settings, self.spool, log_level=logging.getLogger().level, on_done=self.notifier.wake.set)
        self.handler = BreachHandler(settings, self.spool, on_spooled=lambda sid: self.pool.wake())
        self.server: asyncio.base_events.Server | None = None
        self.bound_port: int = 0
        self.stopping = False
        self._quit = threading.Event()
        self._sender: threading.Thread | None = None

    def _hold(self, settings: Settings) -> int:
        """The data directory's guardian lock: one daemon per store, found by its owner's clients."""
        from breachdesk.api.backend import probe
        from breachdesk.datadir import hold_guardian_lock
        from breachdesk.errors import StoreError

        sock = settings.api_socket()
        if probe(sock) == "up":
            raise ServeError(f"another breachdesk daemon is already serving {sock}")
        try:
            return hold_guardian_lock(self.data_dir, sock)
        except StoreError as exc:
            raise ServeError(str(exc)) from None
        except OSError as exc:
            raise ServeError(f"cannot lock the data directory {self.data_dir}: {exc.strerror or exc}") from None

    # -- acknowledgements and retention (a thread: relay I/O never touches the loop) ------
    def _start_sender(self) -> None:
        from breachdesk.retention import DailyPurge

        daily = DailyPurge(self.settings, self.store)

        def run() -> None:
            while not self._quit.is_set():
                try:
                    self.notifier.tick()
                    daily.settings = self.settings
                    daily.tick()
                except Exception as exc:  # noqa: BLE001 - never let the sender thread die
                    log.error("notifier pass failed (%s)", exc.__class__.__name__)
                self.notifier.wake.wait(1.0)
                self.notifier.wake.clear()

        self._sender = threading.Thread(target=run, name="notifier", daemon=True)
        self._sender.start()

    # -- systemd -----------------------------------------------------------
    def healthy(self) -> bool:
        return self.server is not None and self.server.is_serving() and self.pool.healthy()

    async def _heartbeat(self, every: float) -> None:
        """WATCHDOG=1 only while healthy: a stuck listener or pool makes systemd restart us."""
        while not self.stopping:
            if self.healthy():
                notify("WATCHDOG=1")
            else:
                log.error("unhealthy (listener serving=%s, analysis pool healthy=%s): no watchdog heartbeat",
                          self.server is not None and self.server.is_serving(), self.pool.healthy())
            await asyncio.sleep(every)

    # -- listener ----------------------------------------------------------
    async def start(self) -> None:
        from breachdesk.api.server import start_api

        # the store's only door while we run: the local API on a Unix socket (breachdesk.api)
        self.api = await start_api(lambda: self.settings, self.store, DaemonHost(self))
        loop = asyncio.get_running_loop()
        host = self.settings.smtp.host
        try:
            self.server = await loop.create_server(smtp_factory(self.settings, self.handler), host=host,
                                                   port=self.port)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {self.port} on {host} is already in use "
                                 "(another breachdesk or mail server?); choose [smtp] port or stop the other") from None
            raise ServeError(f"cannot listen on {host}:{self.port}: {exc.strerror}") from None
        self.bound_port = self.server.sockets[0].getsockname()[1]
        self.pool.start()
        self._start_sender()
        log.info("listening on %s:%d tls=%s auth=%s mailbox=%d address(es)", host, self.bound_port,
                 self.handler.tls is not None, self.handler.users is not None,
                 len(self.settings.mailbox.addresses))

    # -- configuration files --------------------------------------------------
    def watched_files(self) -> list[Path]:
        """The settings file (unless the shipped defaults) and the patterns file in use."""
        out: list[Path] = []
        if self.settings.source not in ("<defaults>", ""):
            out.append(Path(self.settings.source))
        patterns = self.settings.patterns_path()
        if patterns is not None:
            out.append(patterns)
        return out

    def stamps(self) -> dict[str, Stamp]:
        out: dict[str, Stamp] = {}
        for f in self.watched_files():
            try:
                st = f.stat()
            except OSError:
                out[str(f)] = None            # deleted or mid-replace: a change, reloaded (and refused)
            else:
                out[str(f)] = (st.st_mtime_ns, st.st_size)
        return out

    async def _watch_config(self) -> None:
        """Reload when a config file changes; a refused file is not retried until it changes again."""
        last = self.stamps()
        while not self.stopping:
            await asyncio.sleep(WATCH_SECONDS)
            if self.stopping:
                return
            now = self.stamps()
            if now == last:
                continue
            await asyncio.sleep(0.2)          # let an editor finish writing
            changed = sorted(k for k in set(now) | set(last) if now.get(k) != last.get(k))
            log.info("config file changed: %s", ", ".join(changed))
            self.reload(why="file changed")
            last = self.stamps()              # the new settings may name another patterns file

    def reload(self, why: str = "SIGHUP") -> None:
        src = self.settings.source if self.settings.source != "<defaults>" else None
        try:
            new = load_settings(src)
            validate_patterns(new)
            self.handler.apply(new)           # raises (changing nothing) on a bad certificate or users file
        except BreachdeskError as exc:
            log.error("config reload refused, keeping the old config (%s): %s", why, exc)
            AuditLog(self.data_dir).try_append("config_reload", by=current_user(), why=why,
                                               detail={"ok": False, "source": src or "<defaults>"})
            return
        except Exception as exc:  # noqa: BLE001 - a reload must never take the daemon down
            log.error("config reload refused, keeping the old config (%s): %s", why, exc.__class__.__name__)
            AuditLog(self.data_dir).try_append("config_reload", by=current_user(), why=why,
                                               detail={"ok": False, "source": src or "<defaults>"})
            return
        if (new.smtp.host, new.smtp.port) != (self.settings.smtp.host, self.settings.smtp.port):
            log.warning("[smtp] host/port changes take effect at the next restart")
        self.settings = new
        AuditLog(self.data_dir).try_append("config_reload", by=current_user(), why=why,
                                           detail={"ok": True, "source": src or "<defaults>"})
        self.pool.reload(new)
        self.notifier.apply(new)
        log.info("config reloaded (%s): mailbox=%d address(es)", why, len(new.mailbox.addresses))

    async def serve_forever(self, ready_file: str | None = None) -> None:
        await self.start()
        loop = asyncio.get_running_loop()
        done = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, done.set)
        loop.add_signal_handler(signal.SIGHUP, self.reload, "SIGHUP")
        config_watcher = asyncio.create_task(self._watch_config()) if WATCH_SECONDS > 0 else None
        every = watchdog_interval()
        heartbeat = asyncio.create_task(self._heartbeat(every)) if every else None
        if ready_file:
            tmp = Path(f"{ready_file}.tmp")
            tmp.write_text(str(self.bound_port))
            os.replace(tmp, ready_file)
        notify(f"READY=1\nMAINPID={os.getpid()}\nSTATUS=listening on port {self.bound_port}")
        await done.wait()
        log.info("stopping: no new connections; finishing the messages in flight")
        notify("STOPPING=1")
        self.stopping = True
        if heartbeat is not None:
            heartbeat.cancel()
        if config_watcher is not None:
            config_watcher.cancel()
        await self.stop()

    async def stop(self) -> None:
        self.stopping = True
        if getattr(self, "api", None) is not None:
            await self.api.stop()
        self.handler.closing = True            # connections that race in get 421
        if self.server is not None:
            self.server.close()
        deadline = time.monotonic() + DRAIN_SECONDS
        while self.handler.in_flight and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for proto in list(self.handler.connections):
            transport = getattr(proto, "transport", None)
            if transport is not None and not transport.is_closing():
                transport.write((ERR_421_SHUTDOWN + "\r\n").encode())
                transport.close()
        await asyncio.sleep(0.05)
        loop = asyncio.get_running_loop()
        # the analyses under way finish within their deadline (or are killed at it)
        await loop.run_in_executor(None, self.pool.stop, self.settings.analysis.deadline_seconds + 10)
        self._quit.set()
        self.notifier.wake.set()
        if self._sender is not None:
            await loop.run_in_executor(None, self._sender.join, 15)
        log.info("stopped")


def serve(settings: Settings, *, port: int | None = None, ready_file: str | None = None) -> int:
    # The API's and the spool writes' executor threads run Python beside the event loop (the
    # filer is a process of its own); a shorter GIL switch interval (default 5 ms) lets the
    # loop answer end-of-DATA sooner while they work.
    sys.setswitchinterval(0.001)
    daemon = Daemon(settings, port=port)
    asyncio.run(daemon.serve_forever(ready_file))
    return 0
