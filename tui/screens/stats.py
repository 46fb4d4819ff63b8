"""Statistics: per month and year, by status, severity, breach type and special category.

The answer to an FOI request such as "how many patient data breaches in 2019": pick the
year, read the totals, press ``x`` to write the CSV.
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
from textual.widgets import Footer, Select, Static

from breachdesk import stats
from breachdesk.files import write_private
from breachdesk.model import Incident
from breachdesk.textsafe import inert
from tui.messages import ActionDone, ActionFailed
from tui.screens.dialogs import TextDialog

if TYPE_CHECKING:
    from tui.app import BreachdeskApp

TABLES = (("By status", "status"), ("By severity", "severity"), ("By breach type", "breach_type"),
          ("Special categories", "category"), ("Reportable", "reportable"), ("Near misses", "near_miss"),
          ("By year", "year"))


class StatsScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("x", "export_csv", "Export CSV"),
        Binding("y", "next_year", "Next year"),
    ]
    COMMAND_ACTIONS = [("Export statistics as CSV…", "export_csv")]

    def __init__(self) -> None:
        super().__init__()
        self.incidents: list[Incident] = []
        self.year: int | None = None
        self.summ: dict[str, Any] = {}

    @property
    def bd(self) -> BreachdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Horizontal(id="stats-bar"):
            yield Select([], prompt="all years", id="year")
            yield Static("", id="stats-totals")
        with VerticalScroll(id="stats-body"):
            yield Static("", id="stats-chart")
            yield Static("", id="stats-tables")
        yield Footer()

    def on_mount(self) -> None:
        if self.bd.incidents is not None:
            self.queue_changed(self.bd.incidents)

    def queue_changed(self, incidents: list[Incident]) -> None:
        self.incidents = incidents
        years = sorted({i.received_at[:4] for i in incidents}, reverse=True)
        sel = self.query_one("#year", Select)
        current = sel.value
        sel.set_options([(y, int(y)) for y in years])
        if isinstance(current, int) and str(current) in years:
            sel.value = current
        self.recompute()

    def tick(self) -> None:
        pass

    @on(Select.Changed, "#year")
    def year_changed(self, event: Select.Changed) -> None:
        self.year = event.value if isinstance(event.value, int) else None
        self.recompute()

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

    def recompute(self) -> None:
        chosen = stats.in_year(self.incidents, self.year)
        self.summ = stats.summary(chosen)
        s = self.summ
        med = s["median_hours_to_triage"]
        scope = str(self.year) if self.year else "all years"
        totals = Text(f" {scope}: ", style="bold")
        totals.append(f"{s['total']} incidents · {s['reportable']} reportable · {s['near_misses']} near misses · "
                      f"median to triage {'—' if med is None else f'{med} h'}")
        self.query_one("#stats-totals", Static).update(totals)
        self.query_one("#stats-chart", Static).update(self.chart())
        self.query_one("#stats-tables", Static).update(self.tables())

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
                      min_width=24)
            t.add_column("key")
            t.add_column("n", justify="right")
            for k, n in self.summ["by"][dim].items():
                t.add_row(Text(inert(k.replace("_", " "))), str(n))
            cells.append(t)
        for _ in range(3):
            grid.add_column(min_width=24)
        for i in range(0, len(cells), 3):
            row = cells[i:i + 3]
            grid.add_row(*row, *[""] * (3 - len(row)))
        return grid

    def action_export_csv(self) -> None:
        name = f"breachdesk-stats-{self.year or 'all'}.csv"
        self.app.push_screen(TextDialog("Export statistics", "Write the CSV to",
                                        value=str(self.bd.export_dir / name)),
                             lambda path: path and self.write_csv(path, stats.summary_csv(self.summ)))

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
