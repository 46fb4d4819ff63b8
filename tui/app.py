"""``breachdesk tui``: the DPO's triage dashboard.

The app owns the backend (:mod:`breachdesk.api.backend`: the guardian's API over its socket,
or the store itself in embedded mode), the user and role the guardian gave it, and the clock.
Every call to the backend runs in a thread worker (harlequin-style, ``@work(thread=True)``),
never on the UI thread. A worker reads the queue and posts :class:`QueueLoaded`; the app
hands it down to every screen (``queue_changed``). The queue's revision is polled each
second (one cheap API call), so incidents the daemon files — and changes another DPO
makes — appear without a restart.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from breachdesk import actions
from breachdesk.errors import BreachdeskError, StaleEditError
from breachdesk.model import Incident
from breachdesk.textsafe import inert
from tui.commands import BreachdeskCommands
from tui.messages import ActionDone, ActionFailed, QueueLoaded
from tui.screens.queue import QueueScreen

if TYPE_CHECKING:
    from breachdesk.api.backend import Backend
    from breachdesk.settings import Settings  # pydantic: not needed to draw the queue
    from tui.screens.incident import IncidentScreen

Clock = Callable[[], datetime]
DARK, LIGHT = "textual-dark", "textual-light"
FIRST_PAGE = 200           # rows of the first read at start-up: a screenful and some, the most urgent


class BreachdeskApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "breachdesk"
    COMMANDS = App.COMMANDS | {BreachdeskCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Help"),
        Binding("T", "toggle_theme", "Theme", show=False),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+r", "reload", "Reload", show=False),
    ]

    def __init__(self, backend: Backend, settings: Settings | Callable[[], Settings] | None = None,
                 clock: Clock | None = None, *, poll_seconds: float = 1.0, tick_seconds: float = 30.0,
                 export_dir: Path | None = None) -> None:
        super().__init__()
        self.backend = backend
        # the client's settings: the trusted domains (incident view), the patterns file (pattern
        # lab). Given as a function, they are read in a worker once the queue is drawn (pydantic
        # is not needed for the first frame), before the incident screen is made.
        self._settings_loader = settings if callable(settings) else None
        self.settings: Settings | None = None if callable(settings) else settings
        self.user = backend.user                 # as the guardian identified us (kernel uid)
        self.role = backend.role                 # as the guardian's [access] says
        self.clock = clock
        self.poll_seconds, self.tick_seconds = poll_seconds, tick_seconds
        self.export_dir = export_dir or Path.cwd()
        self.incidents: list[Incident] | None = None
        self.queue_partial = False                         # incidents is the first page only
        self.hays: dict[str, str] | None = None            # ref -> actions.haystack, once built
        self.counts: dict[str, int] | None = None          # actions.header_counts of incidents
        self.revision: int | None = None
        self.last_load_seconds = 0.0
        self._loading = False
        self._frozen = False
        self._store_error = ""
        self._polling = False
        self._as_of = ""                         # the backend's mark of the last queue read
        self._first_drawn = threading.Event()    # the first page is on screen: read the rest
        self._incident_screen: IncidentScreen | None = None
        self.theme = DARK

    # -- rendering untrusted text ---------------------------------------------------
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every notification as plain, inert text: error messages may quote what came from mail."""
        super().notify(inert(message, multiline=True), title=inert(title), severity=severity, timeout=timeout,
                       markup=False)

    def _fatal_error(self) -> None:
        """Textual's crash report without the locals: they hold identifier values and message text."""
        import rich
        from rich.segment import Segments
        from rich.traceback import Traceback

        self.bell()
        traceback = Traceback(show_locals=False, width=None, suppress=[rich])
        self._exit_renderables.append(Segments(self.console.render(traceback, self.console.options)))
        self._close_messages_no_wait()

    def now(self) -> datetime:
        return self.clock() if self.clock else datetime.now(timezone.utc)

    async def on_mount(self) -> None:
        self.sub_title = f"{self.user} ({self.role or 'no role'})"
        self.load_queue()
        await self.push_screen(QueueScreen())
        if self.poll_seconds:
            self.set_interval(self.poll_seconds, self.poll_store)
        if self.tick_seconds:
            self.set_interval(self.tick_seconds, self.tick)

    @property
    def incident_screen(self) -> IncidentScreen:
        """The one incident screen, reused for every incident (made, and its module imported, on first use)."""
        if self._incident_screen is None:
            from tui.screens.incident import IncidentScreen

            self._incident_screen = IncidentScreen()
            self.install_screen(self._incident_screen, "incident")
        return self._incident_screen

    async def _premount_incident_screen(self) -> None:
        """Mount the incident screen once the queue's first rows are drawn, so opening is fast.

        Pushed and popped again with repaints held (``batch_update``): it never shows.
        """
        if self.incident_screen.is_mounted or self.incident_screen in self.screen_stack:
            return
        with self.batch_update():
            await self.push_screen("incident")
            if self.screen is self.incident_screen:
                await self.pop_screen()
        # the end of start-up: what came since the first freeze (the settings and pydantic, the
        # incident screen and its modules) lives as long as the app too — out of the full scans
        gc.freeze()

    @work(thread=True, group="settings", exit_on_error=False)
    def load_settings(self) -> None:
        """The full client settings, off the UI thread; a bad config file ends the dashboard, said plainly."""
        loader = self._settings_loader
        if loader is None:
            return
        try:
            settings = loader()
        except BreachdeskError as exc:
            from rich.text import Text  # plain text: the message may quote the file

            self.call_from_thread(self.exit, None, 2, Text(f"breachdesk: error: {inert(str(exc))}"))
            return
        self.call_from_thread(self._settings_loaded, settings)

    async def _settings_loaded(self, settings: Settings) -> None:
        self.settings, self._settings_loader = settings, None
        screen = self._incident_screen
        if screen is not None and screen.incident is not None:
            screen.render_all()                  # opened before they came: the trusted domains now
        await self._premount_incident_screen()

    # -- the backend, off the UI thread ----------------------------------------------
    @work(thread=True, group="poll", exit_on_error=False)
    def poll_store(self) -> None:
        """Cheap: one revision call. Re-read the queue only when it changed (one poll at a time)."""
        if self._loading or self._polling:
            return
        self._polling = True
        try:
            rev = self.backend.revision()
        except BreachdeskError as exc:
            self._store_failed(exc)
            return
        finally:
            self._polling = False
        self._store_error = ""
        if rev != self.revision:
            self._read_queue(changes_only=True)

    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def load_queue(self) -> None:
        if self.incidents is None and self.revision is None:
            self._read_first_page()
        self._read_queue()

    def _read_first_page(self) -> None:
        """At start-up: the first screen of the queue (sorted by the guardian), drawn before the rest is read.

        The whole queue (megabytes of JSON at 10,000 incidents, parsed holding the GIL) is asked
        for once that first frame is drawn, so it does not hold up the frame.
        """
        self._loading = True                         # (no poll reads meanwhile)
        t0 = time.perf_counter()
        try:
            first = self.backend.first_page(FIRST_PAGE)
        except BreachdeskError:
            return                                   # the whole read says what is wrong
        if first is None:
            return
        rev, rows, counts = first
        self._first_drawn.clear()
        self.post_message(QueueLoaded(rows, rev, time.perf_counter() - t0, None, "", counts, partial=True))
        self._first_drawn.wait(1.0)                  # (not for ever: no frame, read it anyway)

    def _read_queue(self, *, changes_only: bool = False) -> None:
        """The whole queue, or (a poll saw a change) only the rows changed since the last read."""
        self._loading = True
        t0 = time.perf_counter()
        known, hays_known = self.incidents, self.hays
        since = self._as_of if changes_only and known is not None else ""
        try:
            rev, as_of, rows = self.backend.list_changes(since)
        except BreachdeskError as exc:
            self._loading = False
            self._store_failed(exc)
            return
        self._store_error = ""
        hays: dict[str, str] | None = None
        if since and known is not None:
            by_ref = {i.ref: i for i in known}
            by_ref.update((i.ref, i) for i in rows)
            incidents = list(by_ref.values())
            if hays_known is not None:
                # the free-text filter's haystacks: the changed rows' here, off the UI thread (a
                # whole queue's are built by the queue screen once its first rows are drawn)
                hays = {**hays_known, **{i.ref: actions.haystack(i) for i in rows}}
        else:
            incidents = rows
        now = self.now()
        incidents = actions.sort_queue(incidents, now)          # here too, not on the UI thread
        counts = actions.header_counts(incidents, now)
        self.post_message(QueueLoaded(incidents, rev, time.perf_counter() - t0, hays, as_of, counts))

    def _store_failed(self, exc: BreachdeskError) -> None:
        """Say so once (not every poll) when the daemon goes away or refuses."""
        text = str(exc)
        if text != self._store_error:
            self._store_error = text
            self.call_from_thread(self.notify, text, severity="error", title="Store", timeout=10)

    def on_queue_loaded(self, msg: QueueLoaded) -> None:
        if msg.partial:
            if self.incidents is None:               # (never over a whole read)
                self.incidents, self.counts, self.queue_partial = msg.incidents, msg.counts, True
                for screen in self.screen_stack:
                    handler = getattr(screen, "queue_changed", None)
                    if handler is not None:
                        handler(msg.incidents)
            self.call_after_refresh(self._first_drawn.set)
            return
        self._loading = False
        self.queue_partial = False
        self.revision, self.incidents, self.last_load_seconds = msg.revision, msg.incidents, msg.seconds
        self.hays, self._as_of = msg.hays, msg.as_of          # the rows and the mark they go with
        self.counts = msg.counts
        if not self._frozen:
            # Start-up is done: move what lives as long as the app (modules, screens, the first
            # read of the queue) out of the cyclic GC's full scans, which otherwise stall
            # keystrokes for 50-120 ms. Once only: later reloads replace the incidents (freed
            # by reference counting) and transient screens must stay collectable.
            gc.freeze()
            self._frozen = True
            if self._settings_loader is not None:
                self.call_after_refresh(self.load_settings)
            else:
                self.call_after_refresh(self._premount_incident_screen)
        for screen in self.screen_stack:
            handler = getattr(screen, "queue_changed", None)
            if handler is not None:
                handler(msg.incidents)

    def tick(self) -> None:
        """Move the countdowns on."""
        for screen in self.screen_stack:
            handler = getattr(screen, "tick", None)
            if callable(handler):
                handler()

    @work(thread=True, group="act", exit_on_error=False, description="action")
    def act_on(self, ref: str, done: str, name: str, *, expected_version: int | None = None,
               **params: Any) -> None:
        """One DPO action (:data:`breachdesk.service.ACTS` names it) through the backend."""
        try:
            self.backend.act(ref, name, expected_version=expected_version, **params)
        except StaleEditError as exc:
            self.post_message(ActionFailed(ref, str(exc), stale=True))
        except BreachdeskError as exc:
            self.post_message(ActionFailed(ref, str(exc)))
        else:
            self.post_message(ActionDone(ref, done))

    def on_action_done(self, msg: ActionDone) -> None:
        self.notify(msg.text)
        self.load_queue()

    def on_action_failed(self, msg: ActionFailed) -> None:
        self.notify(msg.error, severity="warning" if msg.stale else "error", timeout=8)
        self.load_queue()

    # -- navigation -------------------------------------------------------------------
    def open_incident(self, ref: str) -> None:
        self.incident_screen.show(ref)
        if self.screen is not self.incident_screen:
            self.push_screen("incident")

    def action_queue(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def action_stats(self) -> None:
        from tui.screens.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_pattern_lab(self) -> None:
        from tui.screens.patterns import PatternLabScreen

        if not self.backend.may("patterns_lab"):
            self.notify(f"the pattern lab is for admins and DPOs (you are {self.role or 'no role'})",
                        severity="error")
            return
        if not isinstance(self.screen, PatternLabScreen):
            self.push_screen(PatternLabScreen())

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_reload(self) -> None:
        self.load_queue()


def run(settings: Settings | Callable[[], Settings], backend: Backend) -> int:
    """Entry point for ``breachdesk tui`` (and ``demo``): the dashboard on ``backend``; its exit status."""
    app = BreachdeskApp(backend, settings)
    app.run()
    return app.return_code or 0
