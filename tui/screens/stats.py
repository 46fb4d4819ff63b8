"""Statistics: counts, times against the 72 hours, repeat sources, per breach type, special
category and year.

The answer to an FOI request such as "how many patient data breaches in 2019": pick the
year (``f`` for financial years, April to March), read the totals, press ``x`` to write the
CSV. The views other than the counts come from the service (``breachdesk stats --view``), in
a thread worker, and are shown as the CLI prints them (one renderer: :func:`breachdesk.stats.view_text`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Select, Static, Tab, Tabs

from breachdesk import stats
from breachdesk.errors import BreachdeskError
from breachdesk.files import write_private
from breachdesk.model import Incident
from breachdesk.textsafe import inert
from tui.messages import ActionDone, ActionFailed, StatsLoaded
from tui.screens.dialogs import TextDialog

if TYPE_CHECKING:
    from tui.app import BreachdeskApp

TABLES = (("By status", "status"), ("By severity", "severity"), ("By breach type", "breach_type"),
          ("Special categories", "category"), ("Reportable", "reportable"), ("Near misses", "near_miss"),
          ("By year", "year"))
VIEW_TITLES = {"counts": "Counts", "timing": "72 hours", "sources": "Sources", "types": "Types",
               "categories": "Categories", "years": "Years"}


class StatsScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("v", "next_view", "View"),
        Binding("y", "next_year", "Year"),
        Binding("f", "toggle_fy", "Fin. year"),
        Binding("p", "toggle_people", "Per reporter"),
        Binding("x", "export_csv", "Export CSV"),
    ]
    COMMAND_ACTIONS = [("Export statistics as CSV…", "export_csv"),
                       ("Statistics: next view", "next_view"),
                       ("Statistics: calendar / financial years", "toggle_fy")]

    def __init__(self) -> None:
        super().__init__()
        self.incidents: list[Incident] = []
        self.year: int | None = None
        self.fy = False
        self.view = "counts"
        self.people = False
        self.summ: dict[str, Any] = {}
        self.result: dict[str, Any] | None = None      # the current view's answer from the service

    @property
    def bd(self) -> BreachdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Horizontal(id="stats-bar"):
            yield Select([], prompt="all years", id="year")
            yield Static("", id="stats-totals")
        yield Tabs(*(Tab(title, id=f"view-{name}") for name, title in VIEW_TITLES.items()), id="stats-views")
        with VerticalScroll(id="stats-body"):
            yield Static("", id="stats-chart")
            yield Static("", id="stats-tables")
            yield Static("", id="stats-view")
        yield Footer()

    def on_mount(self) -> None:
        if self.bd.incidents is not None:
            self.queue_changed(self.bd.incidents)

    def queue_changed(self, incidents: list[Incident]) -> None:
        self.incidents = incidents
        self.set_year_options()
        self.recompute()
        if self.view != "counts" and not self.people:          # per reporter is audited: on request only
            self.fetch()

    def set_year_options(self) -> None:
        rows = stats.reports_only(self.incidents)
        years = sorted({stats.year_of(i, fy=self.fy) for i in rows}, reverse=True)
        sel = self.query_one("#year", Select)
        with self.prevent(Select.Changed):
            sel.set_options([(stats.year_label(y, fy=self.fy), y) for y in years])
            if self.year in years:
                sel.value = self.year
        if self.year not in years:
            self.year = None

    def tick(self) -> None:
        pass

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``p`` (sources per reporter) only for the DPO, and only in the sources view."""
        if action == "toggle_people":
            return self.view == "sources" and self.bd.backend.may("stats_people")
        return True

    # -- choosing ---------------------------------------------------------------
    @on(Select.Changed, "#year")
    def year_changed(self, event: Select.Changed) -> None:
        year = event.value if isinstance(event.value, int) else None
        if year != self.year:
            self.year = year
            self.refresh_view()

    @on(Tabs.TabActivated, "#stats-views")
    def tab_changed(self, event: Tabs.TabActivated) -> None:
        name = (event.tab.id or "").removeprefix("view-")
        if name in VIEW_TITLES and name != self.view:
            self.view = name
            self.people = self.people and name == "sources"
            self.refresh_bindings()
            self.refresh_view(period=False)

    def action_next_view(self) -> None:
        names = list(VIEW_TITLES)
        nxt = names[(names.index(self.view) + 1) % len(names)]
        self.query_one("#stats-views", Tabs).active = f"view-{nxt}"

    def action_next_year(self) -> None:
        sel = self.query_one("#year", Select)
        years = [v for _, v in sel._options if isinstance(v, int)]  # noqa: SLF001
        if not years:
            return
        if self.year not in years:
            sel.value = years[0]
        else:
            i = years.index(self.year)
            if i + 1 < len(years):
                sel.value = years[i + 1]
            else:
                sel.clear()

    def action_toggle_fy(self) -> None:
        self.fy = not self.fy
        self.set_year_options()
        self.refresh_view()

    def action_toggle_people(self) -> None:
        if not self.bd.backend.may("stats_people"):
            self.notify(f"repeat sources per reporter are for the DPO (you are {self.bd.role or 'no role'})",
                        severity="error", title="Statistics")
            return
        self.people = not self.people
        if self.people and self.view != "sources":
            self.query_one("#stats-views", Tabs).active = "view-sources"     # tab_changed keeps people on
            return
        self.refresh_view(period=False)

    def refresh_view(self, *, period: bool = True) -> None:
        """Draw the chosen view; ``period``: the year or the kind of year changed (count again)."""
        if period:
            self.result = None                          # not the figures of another period meanwhile
        self.recompute(count=period)
        if self.view != "counts":
            self.fetch()

    # -- the service, off the UI thread --------------------------------------------
    @work(thread=True, exclusive=True, group="stats", exit_on_error=False)
    def fetch(self) -> None:
        view, year, fy, people = self.view, self.year, self.fy, self.people
        try:
            result = self.bd.backend.stats(view=view, year=year, fy=fy, people=people)
        except BreachdeskError as exc:
            self.post_message(ActionFailed("", str(exc)))
            return
        self.post_message(StatsLoaded(view, year, fy, people, result))

    def on_stats_loaded(self, msg: StatsLoaded) -> None:
        msg.stop()
        if (msg.view, msg.year, msg.fy, msg.people) != (self.view, self.year, self.fy, self.people):
            return                                             # an answer to an earlier choice
        self.result = msg.result
        self.show_view()

    # -- drawing ------------------------------------------------------------------
    def recompute(self, *, count: bool = True) -> None:
        """The totals line and the counts (again only with ``count``: a tab switch keeps them)."""
        if count or not self.summ:
            chosen = stats.in_period(stats.reports_only(self.incidents), self.year, fy=self.fy)
            self.summ = stats.summary(chosen)
        s = self.summ
        med = s["median_hours_to_triage"]
        scope = stats.year_label(self.year, fy=self.fy) if self.year else (
            "all financial years" if self.fy else "all years")
        totals = Text(f" {scope}: ", style="bold")
        totals.append(f"{s['total']} incidents · {s['reportable']} reportable · {s['near_misses']} near misses · "
                      f"median to triage {'—' if med is None else f'{med} h'}")
        self.query_one("#stats-totals", Static).update(totals)
        counts = self.view == "counts"
        self.query_one("#stats-chart", Static).display = counts
        self.query_one("#stats-tables", Static).display = counts
        self.query_one("#stats-view", Static).display = not counts
        if counts:
            self.result = None
            self.query_one("#stats-chart", Static).update(self.chart())
            self.query_one("#stats-tables", Static).update(self.tables())
        elif self.result is None or self.result.get("view") != self.view:
            self.query_one("#stats-view", Static).update(Text("reading…", style="dim"))

    def show_view(self) -> None:
        if self.result is None:
            return
        body = self.query_one("#stats-body")
        # room for the scroll bar, so a long view does not wrap when it appears
        width = max(40, (body.content_size.width or 78) - body.styles.scrollbar_size_vertical)
        # as the CLI prints it; Text, never markup (domains and team names are shown as written)
        self.query_one("#stats-view", Static).update(Text(inert(stats.view_text(self.view, self.result,
                                                                                 width=width), multiline=True)))

    def on_resize(self) -> None:
        if self.view != "counts":
            self.call_after_refresh(self.show_view)

    def chart(self) -> Table:
        by_month = self.summ["by"]["month"]
        months = list(by_month.items())[-24:]
        table = Table(title="Incidents per month", title_justify="left", box=None, show_header=False,
                      padding=(0, 1), expand=False)
        table.add_column("month", style="bold")
        table.add_column("bar", style="cyan")
        table.add_column("n", justify="right")
        for label, bar, n in stats.bar_chart(dict(months), width=40):
            table.add_row(label, bar, str(n))
        if not months:
            table.add_row("(no incidents)", "", "")
        return table

    def tables(self) -> Table:
        grid = Table.grid(padding=(0, 3))
        cells = []
        for title, dim in TABLES:
            t = Table(title=title, title_justify="left", box=None, show_header=False, padding=(0, 1),
                      min_width=22)
            t.add_column("key")
            t.add_column("n", justify="right")
            for k, n in self.summ["by"][dim].items():
                t.add_row(Text(inert(k.replace("_", " "))), str(n))
            cells.append(t)
        for _ in range(3):
            grid.add_column(min_width=22)
        for i in range(0, len(cells), 3):
            row = cells[i:i + 3]
            grid.add_row(*row, *[""] * (3 - len(row)))
        return grid

    # -- CSV ----------------------------------------------------------------------
    def csv_text(self) -> str:
        if self.view == "counts":
            return stats.summary_csv(self.summ)
        return stats.view_csv(self.view, self.result) if self.result else ""

    def action_export_csv(self) -> None:
        if self.view != "counts" and self.result is None:
            self.notify("the view is still being read", title="Statistics")
            return
        period = stats.year_label(self.year, fy=self.fy).replace("/", "-") if self.year else "all"
        view = "" if self.view == "counts" else f"{self.view}-"
        name = f"breachdesk-stats-{view}{'fy-' if self.fy else ''}{period}.csv"
        text = self.csv_text()
        self.app.push_screen(TextDialog("Export statistics", "Write the CSV to",
                                        value=str(self.bd.export_dir / name)),
                             lambda path: path and self.write_csv(path, text))

    @work(thread=True, group="csv")
    def write_csv(self, path: str, text: str) -> None:
        try:
            out = Path(path).expanduser()
            write_private(out, text.encode("utf-8"))
        except OSError as exc:
            self.post_message(ActionFailed("", f"cannot write {path}: {exc.strerror}"))
            return
        self.post_message(ActionDone("", f"statistics written to {out}"))

    def on_action_done(self, msg: ActionDone) -> None:
        msg.stop()
        self.notify(msg.text, title="Statistics")

    def on_action_failed(self, msg: ActionFailed) -> None:
        msg.stop()
        self.notify(msg.error, severity="error", title="Statistics")
