"""The queue: a virtual table that renders only the visible rows (10,000 incidents stay fast).

Attributes down: the screen calls :meth:`set_rows` with incidents already sorted and
filtered. Messages up: :class:`QueueTable.Opened` when the DPO presses enter or clicks the
highlighted row. Columns that do not fit are dropped, least important first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from breachdesk.model import Incident
from breachdesk.textsafe import inert
from tui.widgets.format import badge_parts, cats_text, left_parts, local, status_text


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    priority: int          # lower = kept longer when the terminal is narrow


COLUMNS = (
    Column("ref", "Ref", 14, 0),
    Column("left", "Clock", 9, 0),
    Column("received", "Received", 12, 4),
    Column("reporter", "Reporter", 18, 3),
    Column("subject", "Subject", 0, 0),          # flexible
    Column("subjects", "Subj", 4, 2),
    Column("grade", "Grade", 8, 0),
    Column("special", "Special", 14, 5),
    Column("status", "Status", 13, 1),
    Column("assignee", "Assignee", 10, 2),
)
MIN_SUBJECT = 16


def layout(width: int) -> list[tuple[Column, int]]:
    """The columns that fit ``width`` and their widths; the subject takes what is left."""
    cols = list(COLUMNS)
    while True:
        fixed = sum(c.width + 1 for c in cols if c.width)
        if width - fixed >= MIN_SUBJECT or all(c.priority == 0 for c in cols):
            break
        drop = max((c for c in cols if c.priority), key=lambda c: c.priority)
        cols.remove(drop)
    subject = max(width - sum(c.width + 1 for c in cols if c.width), 8)
    return [(c, c.width or subject) for c in cols]


class QueueTable(ScrollView, can_focus=True):
    """Virtual, keyboard-driven incident list."""

    COMPONENT_CLASSES = {"queue-table--header", "queue-table--cursor", "queue-table--zebra"}
    DEFAULT_CSS = """
    QueueTable { height: 1fr; }
    QueueTable > .queue-table--header { text-style: bold; background: $panel; }
    QueueTable > .queue-table--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: $block-cursor-text-style; }
    QueueTable:blur > .queue-table--cursor { background: $block-cursor-blurred-background;
        text-style: $block-cursor-blurred-text-style; }
    QueueTable > .queue-table--zebra { background: $surface-lighten-1 20%; }
    """
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "open", "Open", show=True),
    ]

    cursor: reactive[int] = reactive(0)

    class Opened(Message):
        def __init__(self, ref: str) -> None:
            super().__init__()
            self.ref = ref

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - textual's name
        super().__init__(id=id)
        self.rows: list[Incident] = []
        self.now = datetime.now(timezone.utc)

    # -- data ---------------------------------------------------------------
    def set_rows(self, rows: list[Incident], now: datetime, *, keep: str | None = None) -> None:
        """Show ``rows``; keep the cursor on incident ``keep`` (or the current one) if still there."""
        keep = keep or self.current_ref
        self.rows = rows
        self.now = now
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        index = None
        if keep:
            refs = [r.ref for r in rows]
            if keep in refs:
                index = refs.index(keep)
        self.cursor = min(index if index is not None else self.cursor, max(len(rows) - 1, 0))
        self.refresh()

    def tick(self, now: datetime) -> None:
        self.now = now
        self.refresh()

    @property
    def current_ref(self) -> str | None:
        return self.rows[self.cursor].ref if 0 <= self.cursor < len(self.rows) else None

    # -- movement -----------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        visible = max(self.size.height - 1, 1)
        top = int(self.scroll_offset.y)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + visible:
            self.scroll_to(y=new - visible + 1, animate=False)
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(self.size.height - 2, 1))

    def action_jump(self, where: int) -> None:
        if self.rows:
            self.cursor = 0 if where == 0 else len(self.rows) - 1

    def action_open(self) -> None:
        if self.current_ref:
            self.post_message(self.Opened(self.current_ref))

    def on_click(self, event: Click) -> None:
        if event.y < 1:
            return
        index = int(self.scroll_offset.y) + event.y - 1
        if 0 <= index < len(self.rows):
            if index == self.cursor or event.chain > 1:
                self.cursor = index
                self.action_open()
            self.cursor = index

    # -- rendering ----------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        cols = layout(width)
        if y == 0:
            base = self.get_component_rich_style("queue-table--header")
            return self._strip([[(c.title, "")] for c, _ in cols], cols, width, base)
        index = int(self.scroll_offset.y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        inc = self.rows[index]
        if index == self.cursor:
            base = self.get_component_rich_style("queue-table--cursor")
        elif index % 2:
            base = self.get_component_rich_style("queue-table--zebra")
        else:
            base = self.rich_style
        return self._strip([self._cell(inc, c.key) for c, _ in cols], cols, width, base)

    def _strip(self, cells: list[list[tuple[str, str]]], cols: list[tuple[Column, int]], width: int,
               base: Style) -> Strip:
        """Segments built directly (no Text.render): cheap enough to redraw on every keystroke."""
        segments: list[Segment] = []
        for n, ((_, w), parts) in enumerate(zip(cols, cells, strict=True)):
            if n:
                segments.append(Segment(" ", base))
            room = w
            for text, style in parts:
                if room <= 0:
                    break
                if len(text) > room:
                    text = text[:room - 1] + "…"
                segments.append(Segment(text, base + _style(style) if style else base))
                room -= len(text)
            if room > 0:
                segments.append(Segment(" " * room, base))
        total = sum(w for _, w in cols) + len(cols) - 1
        strip = Strip(segments, total)                  # one Strip per line: they are not cheap
        return strip if total == width else strip.adjust_cell_length(width, base)

    def _cell(self, inc: Incident, key: str) -> list[tuple[str, str]]:
        if key == "ref":
            return [(inert(inc.ref), "")]
        if key == "left":
            return [left_parts(inc, self.now)]
        if key == "received":
            return [(local(inc.received_at), "")]
        if key == "reporter":
            return [(inert(inc.reporter), "")]        # from mail: inert (no escape reaches the terminal)
        if key == "subject":
            return [(inert(inc.subject) or "(no subject)", "")]
        if key == "subjects":
            return [(str(inc.subjects).rjust(3), "")]
        if key == "grade":
            return badge_parts(inc)
        if key == "special":
            return [(cats_text(inc.special_categories), "magenta")]
        if key == "status":
            return [(status_text(inc.status) + (" ·nm" if inc.near_miss else ""), "")]
        if key == "assignee":
            return [(inert(inc.assignee) or "—", "" if inc.assignee else "dim")]
        return [("", "")]


@lru_cache(maxsize=64)
def _style(spec: str) -> Style:
    return Style.parse(spec)

