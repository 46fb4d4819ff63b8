"""The queue: most urgent first, live countdowns, filters, open/overdue counts.

The app hands every fresh read of the store to :meth:`QueueScreen.queue_changed`; the
screen sorts and filters in memory (10,000 rows in a few milliseconds) and the virtual
table draws only what is visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Select, Static

from breachdesk import actions
from breachdesk.errors import BreachdeskError
from breachdesk.model import NOT_REPORTS, Incident, Status
from breachdesk.textsafe import inert
from tui.screens.dialogs import SearchDialog, SearchResults
from tui.widgets.footer import StableFooter as Footer
from tui.widgets.format import local, status_text
from tui.widgets.queue_table import QueueTable

if TYPE_CHECKING:
    from tui.app import BreachdeskApp

STATUS_CHOICES = [("open", "open"), ("on the clock", "clock")] + [
    (s.value.replace("_", " "), s.value) for s in Status]
SEVERITY_CHOICES = [(f"severity {n}+", n) for n in range(2, 6)]
FILTER_HELP = "filter: words  status:new,triage  sev:3  assignee:me|none  from:2026-01-01  to:2026-12-31"


class QueueScreen(Screen[None]):
    BINDINGS = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("a", "assign_me", "Assign me"),
        Binding("f", "toggle_mine", "Mine"),
        Binding("S", "app.stats", "Statistics"),
        Binding("L", "app.pattern_lab", "Pattern lab", show=False),
        Binding("P", "person_search", "Find a person", show=False),
    ]
    COMMAND_ACTIONS = [
        ("Filter the queue", "focus_filter"), ("Clear the filter", "clear_filter"),
        ("Assign the highlighted incident to me", "assign_me"), ("Show only incidents assigned to me", "toggle_mine"),
        ("Find every incident about a person…", "person_search"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.incidents: list[Incident] = []
        self.shown: list[Incident] = []
        self.flt = actions.QueueFilter()
        self.status_choice: str = "open"
        self.hays: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self._base: dict[str, list[Incident]] = {}

    @property
    def bd(self) -> BreachdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static("", id="counts")
        with Horizontal(id="filters"):
            yield Input(placeholder=FILTER_HELP, id="query")
            yield Select(STATUS_CHOICES, value="open", prompt="any status", id="status-filter")
            yield Select(SEVERITY_CHOICES, prompt="any severity", id="severity-filter")
        yield QueueTable(id="queue")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(QueueTable).focus()
        if self.bd.incidents is not None:
            self.queue_changed(self.bd.incidents)

    # -- data in ------------------------------------------------------------------
    def queue_changed(self, incidents: list[Incident]) -> None:
        if incidents is self.bd.incidents:             # the app's read: sorted and counted off the UI thread
            self.incidents, self.hays = incidents, self.bd.hays or {}
            self.counts = self.bd.counts or actions.header_counts(incidents, self.bd.now())
        else:
            self.incidents, self.hays = actions.sort_queue(incidents, self.bd.now()), {}
            self.counts = actions.header_counts(self.incidents, self.bd.now())
        self._base = {}
        self.refilter()
        if not self.hays:
            # the free-text haystacks, built off the UI thread once the queue is drawn
            self.call_after_refresh(self.build_haystacks, self.incidents)

    @work(thread=True, exclusive=True, group="haystacks", description="haystacks")
    def build_haystacks(self, incidents: list[Incident]) -> None:
        hays = {i.ref: actions.haystack(i) for i in incidents}
        self.app.call_from_thread(self._haystacks_built, incidents, hays)

    def _haystacks_built(self, incidents: list[Incident], hays: dict[str, str]) -> None:
        if incidents is self.incidents and not self.hays:
            self.hays = hays
            if incidents is self.bd.incidents and self.bd.hays is None:
                self.bd.hays = hays                    # so the next poll asks for the changes only

    def _status_rows(self, choice: str) -> list[Incident]:
        """The incidents the status drop-down lets through (cached until the queue changes)."""
        rows = self._base.get(choice)
        if rows is None:
            rows = self.incidents
            if choice == "open":                   # the usual one (and the first drawn): one pass
                rows = [i for i in rows if i.status not in NOT_REPORTS and i.status != Status.CLOSED]
            else:
                if choice != Status.NOT_A_REPORT:  # kept apart unless asked for by name
                    rows = [i for i in rows if i.status not in NOT_REPORTS]
                if choice == "clock":
                    rows = [i for i in rows if actions.on_the_clock(i)]
                elif choice:
                    rows = [i for i in rows if i.status == choice]
            self._base[choice] = rows
        return rows

    def tick(self) -> None:
        self.query_one(QueueTable).tick(self.bd.now())
        self.counts = actions.header_counts(self.incidents, self.bd.now())
        self.show_counts()

    def refilter(self) -> None:
        # a status typed in the filter wins over the drop-down
        rows = self.incidents if self.flt.statuses else self._status_rows(self.status_choice)
        if self.flt.text and not self.hays:
            self.hays = {i.ref: actions.haystack(i) for i in self.incidents}
        self.shown = actions.filter_queue(rows, self.flt, self.hays or None)
        self.query_one(QueueTable).set_rows(self.shown, self.bd.now())
        self.show_counts()

    def show_counts(self) -> None:
        c = self.counts or actions.header_counts(self.incidents, self.bd.now())
        t = Text(f" {self.bd.user} ({self.bd.role or 'no role'})  ", style="bold")
        t.append(f"{c['open']} open  ")
        t.append(f"{c['overdue']} overdue", style="bold red" if c["overdue"] else "")
        t.append("  ")
        t.append(f"{c['urgent']} due <12h", style="red" if c["urgent"] else "")
        t.append(f"  {c['unassigned']} unassigned   showing {len(self.shown)} of {c['total']}")
        if self.bd.queue_partial and self.incidents is self.bd.incidents:
            t.append("  (the most urgent first; reading the rest…)", style="dim")
        self.query_one("#counts", Static).update(t, layout=False)   # one fixed-size line

    # -- filters ------------------------------------------------------------------
    @on(Input.Changed, "#query")
    def query_changed(self, event: Input.Changed) -> None:
        try:
            flt = actions.parse_filter(event.value, me=self.bd.user)
        except BreachdeskError as exc:
            event.input.set_class(True, "-invalid")
            self.query_one("#counts", Static).update(Text(inert(exc), style="red"))
            return
        event.input.set_class(False, "-invalid")
        sev = self.query_one("#severity-filter", Select).value
        if not flt.min_severity and isinstance(sev, int):
            flt.min_severity = sev
        self.flt = flt
        self.refilter()

    @on(Input.Submitted, "#query")
    def query_submitted(self) -> None:
        self.query_one(QueueTable).focus()

    @on(Select.Changed, "#status-filter")
    def status_changed(self, event: Select.Changed) -> None:
        self.status_choice = event.value if isinstance(event.value, str) else ""
        self.refilter()

    @on(Select.Changed, "#severity-filter")
    def severity_changed(self, event: Select.Changed) -> None:
        self.flt.min_severity = event.value if isinstance(event.value, int) else 0
        self.refilter()

    def action_focus_filter(self) -> None:
        self.query_one("#query", Input).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#query", Input).value = ""
        self.query_one("#severity-filter", Select).clear()
        self.query_one("#status-filter", Select).value = "open"
        self.query_one(QueueTable).focus()

    def action_toggle_mine(self) -> None:
        q = self.query_one("#query", Input)
        token = "assignee:me"
        q.value = " ".join(w for w in q.value.split() if w != token) if token in q.value.split() \
            else f"{q.value} {token}".strip()

    # -- actions ------------------------------------------------------------------
    @on(QueueTable.Opened)
    def open_incident(self, event: QueueTable.Opened) -> None:
        self.bd.open_incident(event.ref)

    def action_person_search(self) -> None:
        if not self.bd.backend.may("search"):
            self.notify("Only a DPO may search for a person.", severity="error", title="Not allowed")
            return
        self.app.push_screen(SearchDialog(), lambda ans: ans and self.run_search(ans))

    @work(thread=True, group="search", exit_on_error=False, description="person search")
    def run_search(self, ans: dict[str, str]) -> None:
        try:
            _h, rows = self.bd.backend.search(ans["kind"], ans["value"], dob=ans["dob"], reason=ans["reason"])
        except BreachdeskError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", title="Search")
            return
        found = [(r.ref, local(r.received_at), status_text(r.status), r.subject) for r in rows]
        self.app.call_from_thread(self.app.push_screen, SearchResults(found),
                                  lambda ref: ref and self.bd.open_incident(ref))

    def action_assign_me(self) -> None:
        ref = self.query_one(QueueTable).current_ref
        if ref is None:
            return
        if not actions.can_act(self.bd.role):
            self.notify("The dashboard is read-only for viewers.", severity="error", title="Read-only")
            return
        inc = next(i for i in self.shown if i.ref == ref)
        self.bd.act_on(ref, f"{ref} assigned to {self.bd.user}", "assign", assignee=self.bd.user,
                       expected_version=inc.version)
