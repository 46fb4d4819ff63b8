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
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from breachdesk.model import Incident
from breachdesk.tasks import overdue
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
    Column("tasks", "T", 1, 1),                  # ! an open task is overdue; · open tasks
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


@lru_cache(maxsize=16)
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
        self._styles: tuple[Style, Style, Style, Style] | None = None

    # -- data ---------------------------------------------------------------
    def set_rows(self, rows: list[Incident], now: datetime, *, keep: str | None = None) -> None:
        """Show ``rows``; keep the cursor on incident ``keep`` (or the current one) if still there."""
        keep = keep or self.current_ref
        self.rows = rows
        self.now = now
        self._resize_virtual(Size(self.size.width, len(rows) + 1))
        index = next((n for n, r in enumerate(rows) if r.ref == keep), None) if keep else None
        self.cursor = min(index if index is not None else self.cursor, max(len(rows) - 1, 0))
        self.refresh()

    def _resize_virtual(self, size: Size) -> None:
        """The scrollable height for the rows: a layout of the screen only when the scrollbar comes or goes.

        (``virtual_size`` is a layout reactive: set plainly, every keystroke of the filter would
        lay out the whole screen again although only the scrollbar's thumb moves.)
        """
        old = self.virtual_size
        if size == old:
            return
        height = self.container_size.height
        if not self.is_mounted or not height or size.width != old.width or \
                (size.height > height) != (old.height > height):
            self.virtual_size = size
            return
        self.set_reactive(QueueTable.virtual_size, size)
        self._scroll_update(size)                       # the scrollbar's thumb, the offset clamped

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
    def render_lines(self, crop: Region) -> list[Strip]:
        self._styles = None                            # looked up again once for this pass
        return super().render_lines(crop)

    def _pass_styles(self) -> tuple[Style, Style, Style, Style]:
        """(plain, cursor, zebra, header): what every line of one redraw shares."""
        if self._styles is None:
            get = self.get_component_rich_style
            self._styles = (self.rich_style, get("queue-table--cursor"), get("queue-table--zebra"),
                            get("queue-table--header"))
        return self._styles

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        cols = layout(width)
        plain, cursor, zebra, header = self._pass_styles()
        if y == 0:
            return self._strip([[(c.title, "")] for c, _ in cols], cols, width, header)
        index = int(self.scroll_offset.y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, plain)
        inc = self.rows[index]
        base = cursor if index == self.cursor else zebra if index % 2 else plain
        return self._strip([self._cell(inc, c.key) for c, _ in cols], cols, width, base)

    def _strip(self, cells: list[list[tuple[str, str]]], cols: list[tuple[Column, int]], width: int,
               base: Style) -> Strip:
        """Segments built directly (no Text.render), runs in the line's own style joined into one
        segment: cheap enough to redraw on every keystroke (Textual post-processes each segment)."""
        segments: list[Segment] = []
        plain: list[str] = []                          # text waiting in the base style
        for n, ((_, w), parts) in enumerate(zip(cols, cells, strict=True)):
            if n:
                plain.append(" ")
            room = w
            for text, style in parts:
                if room <= 0:
                    break
                if len(text) > room:
                    text = text[:room - 1] + "…"
                if style:
                    if plain:
                        segments.append(Segment("".join(plain), base))
                        plain = []
                    segments.append(Segment(text, base + _style(style)))
                else:
                    plain.append(text)
                room -= len(text)
            if room > 0:
                plain.append(" " * room)
        if plain:
            segments.append(Segment("".join(plain), base))
        total = sum(w for _, w in cols) + len(cols) - 1
        strip = Strip(segments, total)                  # one Strip per line: they are not cheap
        return strip if total == width else strip.adjust_cell_length(width, base)

    def _cell(self, inc: Incident, key: str) -> list[tuple[str, str]]:
        if key == "ref":
            return [(inert(inc.ref), "")]
        if key == "left":
            return [left_parts(inc, self.now, short=True)]
        if key == "tasks":
            if overdue(inc, self.now):
                return [("!", "bold red")]
            return [("·", "dim")] if inc.tasks_open else [(" ", "")]
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

