"""Modal dialogs that ask for what an action needs: a reason, an outcome, a grade, a reference.

Each returns its answer through ``dismiss`` (None when cancelled with Escape). They check
only that required fields are filled; the rules themselves live in ``breachdesk.actions``.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Select, Static

from breachdesk.model import Status
from breachdesk.textsafe import inert

STATUS_HELP = {
    Status.CLOSED: "Outcome (required): how did it end?",
    Status.NOT_REPORTABLE: "Reason (required: the ICO expects the decision written down)",
}


class Dialog(ModalScreen[Any]):
    """A titled box with OK / Cancel; subclasses add fields and implement ``answer``."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    TITLE_TEXT = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.TITLE_TEXT, classes="dialog-title")
            yield from self.fields()
            yield Label("", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def fields(self) -> ComposeResult:
        yield from ()

    def answer(self) -> Any:
        raise NotImplementedError

    def error(self, text: str) -> None:
        self.query_one(".dialog-error", Label).update(Text(inert(text)))

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def submit(self) -> None:
        result = self.answer()
        if result is not None:
            self.dismiss(result)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class TextDialog(Dialog):
    """One line of text: a reason, a note, a containment step, an assignee, a reference."""

    def __init__(self, title: str, prompt: str, *, value: str = "", placeholder: str = "",
                 required: bool = True) -> None:
        super().__init__()
        self.TITLE_TEXT = title
        self.prompt, self.value, self.placeholder, self.required = prompt, value, placeholder, required

    def fields(self) -> ComposeResult:
        yield Label(self.prompt)
        yield Input(value=self.value, placeholder=self.placeholder, id="text")

    def answer(self) -> str | None:
        text = self.query_one("#text", Input).value.strip()
        if self.required and not text:
            self.error("This is required.")
            return None
        return text


class StatusDialog(Dialog):
    """Pick the next status; closing asks for the outcome, not reportable for the reason."""

    TITLE_TEXT = "Change status"

    def __init__(self, current: str, options: tuple[str, ...]) -> None:
        super().__init__()
        self.current, self.options = current, options

    def fields(self) -> ComposeResult:
        yield Label(f"Now: {self.current}. Move to:")
        with RadioSet(id="status"):
            for i, s in enumerate(self.options):
                yield RadioButton(s.replace("_", " "), value=i == 0, name=s, id=f"to-{s}")
        yield Label(STATUS_HELP.get(self.options[0], "Note (optional)") if self.options else "", id="why-label")
        yield Input(id="why")

    def _chosen(self) -> str:
        rs = self.query_one("#status", RadioSet)
        btn = rs.pressed_button
        return btn.name if btn is not None and btn.name else self.options[0]

    @on(RadioSet.Changed)
    def relabel(self) -> None:
        self.query_one("#why-label", Label).update(STATUS_HELP.get(self._chosen(), "Note (optional)"))

    def answer(self) -> tuple[str, str] | None:
        chosen = self._chosen()
        why = self.query_one("#why", Input).value.strip()
        if chosen in STATUS_HELP and not why:
            self.error(STATUS_HELP[chosen])
            return None
        return chosen, why


def _grades(prefix: str) -> list[tuple[str, int]]:
    return [(f"{prefix} {n}", n) for n in range(1, 6)]


class OverrideDialog(Dialog):
    """A new likelihood and severity, and the reason (required, kept on record)."""

    TITLE_TEXT = "Override the grade"

    def __init__(self, likelihood: int, severity: int) -> None:
        super().__init__()
        self.likelihood, self.severity = likelihood or 1, severity or 1

    def fields(self) -> ComposeResult:
        with Horizontal(classes="dialog-row"):
            yield Select(_grades("likelihood"), value=self.likelihood, allow_blank=False, id="likelihood")
            yield Select(_grades("severity"), value=self.severity, allow_blank=False, id="severity")
        yield Label("Reason (required)")
        yield Input(id="reason", placeholder="e.g. recipient is a trusted NHS partner")

    def answer(self) -> tuple[int, int, str] | None:
        reason = self.query_one("#reason", Input).value.strip()
        if not reason:
            self.error("An override needs a reason.")
            return None
        return (int(self.query_one("#likelihood", Select).value),  # type: ignore[arg-type]
                int(self.query_one("#severity", Select).value), reason)  # type: ignore[arg-type]


class LinkDialog(Dialog):
    """Another incident's reference; optionally merge this one into it as a duplicate."""

    TITLE_TEXT = "Link or merge"

    def fields(self) -> ComposeResult:
        yield Label("Reference of the other incident")
        yield Input(id="other", placeholder="BD-2026-000001")
        yield Checkbox("This one is a duplicate: merge it into the other and close it", id="merge")

    def answer(self) -> tuple[str, bool] | None:
        other = self.query_one("#other", Input).value.strip().upper()
        if not other:
            self.error("Type a reference.")
            return None
        return other, self.query_one("#merge", Checkbox).value


class ExportDialog(Dialog):
    """Format, where to write, and whether to reveal identifiers (needs a reason; audited)."""

    TITLE_TEXT = "Export the incident report"

    def __init__(self, path: str, *, can_reveal: bool) -> None:
        super().__init__()
        self.path, self.can_reveal = path, can_reveal

    def fields(self) -> ComposeResult:
        yield Select([("Markdown", "md"), ("JSON", "json")], value="md", allow_blank=False, id="format")
        yield Label("File (written 0600; the extension follows the format)")
        yield Input(value=self.path, id="path")
        yield Checkbox("Reveal identifier values (audited)", id="reveal", disabled=not self.can_reveal)
        yield Label("Reason (required when revealing)")
        yield Input(id="reason")

    def answer(self) -> dict[str, Any] | None:
        reveal = self.query_one("#reveal", Checkbox).value
        reason = self.query_one("#reason", Input).value.strip()
        if reveal and not reason:
            self.error("Revealing needs a reason.")
            return None
        fmt = str(self.query_one("#format", Select).value)
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self.error("Type a file name.")
            return None
        stem = path.rsplit(".", 1)[0] if path.endswith((".md", ".json")) else path
        return {"fmt": fmt, "reveal": reveal, "reason": reason, "path": f"{stem}.{fmt}"}
