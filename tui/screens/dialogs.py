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
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from breachdesk.model import Status
from breachdesk.textsafe import inert

CHANNEL_OPTIONS = [("DSPT incident reporting tool", "dspt"), ("ICO breach report form", "ico"),
                   ("Both (DSPT tool and ICO form)", "both")]
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


class NoteDialog(Dialog):
    """A multi-line note (Enter is a new line; OK or Ctrl+S saves)."""

    BINDINGS = [*Dialog.BINDINGS, Binding("ctrl+s", "save", "Save")]

    def __init__(self, title: str = "Add a note", prompt: str = "Note (several lines are fine)") -> None:
        super().__init__()
        self.TITLE_TEXT, self.prompt = title, prompt

    def fields(self) -> ComposeResult:
        yield Label(self.prompt)
        yield TextArea(id="text", classes="dialog-note", soft_wrap=True, show_line_numbers=False)

    def action_save(self) -> None:
        self.submit()

    def answer(self) -> str | None:
        text = self.query_one("#text", TextArea).text.strip()
        if not text:
            self.error("This is required.")
            return None
        return text


class TaskDialog(Dialog):
    """A task for the checklist: what, who (a user in [access]) and by when."""

    TITLE_TEXT = "Add a task"

    def __init__(self, *, owner: str = "") -> None:
        super().__init__()
        self.owner = owner

    def fields(self) -> ComposeResult:
        yield Label("Task (one line)")
        yield Input(id="title", placeholder="e.g. recall the e-mail; Caldicott Guardian sign-off")
        with Horizontal(classes="dialog-row"):
            yield Input(value=self.owner, placeholder="owner (a user in [access])", id="owner")
            yield Input(placeholder="due: 2026-12-02T17:00 (UTC)", id="due")

    def answer(self) -> dict[str, str] | None:
        values = {k: self.query_one(f"#{k}", Input).value.strip() for k in ("title", "owner", "due")}
        if not values["title"]:
            self.error("Say what is to be done.")
            return None
        return {k: v for k, v in values.items() if v}


SEARCH_KINDS = [("NHS / CHI / H&C number", "nhs"), ("E-mail address", "email"), ("NI number", "ni"),
                ("Name and date of birth", "name_dob")]


class SearchDialog(Dialog):
    """Who to look for: one identifier (or a name with a date of birth), and why (audited)."""

    TITLE_TEXT = "Find every incident about a person"

    def fields(self) -> ComposeResult:
        yield Select(SEARCH_KINDS, value="nhs", allow_blank=False, id="kind")
        yield Input(placeholder="the number, address or name", password=True, id="value")
        yield Input(placeholder="date of birth YYYY-MM-DD (with a name)", id="dob")
        yield Label("Why (e.g. the SAR's reference; audited — the value itself never is)")
        yield Input(id="reason")

    def answer(self) -> dict[str, str] | None:
        kind = str(self.query_one("#kind", Select).value)
        value = self.query_one("#value", Input).value.strip()
        dob = self.query_one("#dob", Input).value.strip()
        if not value:
            self.error("Type what to look for.")
            return None
        if kind == "name_dob" and not dob:
            self.error("A name goes with a date of birth.")
            return None
        return {"kind": kind, "value": value, "dob": dob if kind == "name_dob" else "",
                "reason": self.query_one("#reason", Input).value.strip()}


class SearchResults(ModalScreen[str | None]):
    """The incidents a person search found (masked rows); Enter opens one."""

    BINDINGS = [Binding("escape", "dismiss_none", "Close")]

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"{len(self.rows)} incident{'s' if len(self.rows) != 1 else ''} found "
                         "(masked; the search is in the audit log)", classes="dialog-title")
            table: DataTable[Any] = DataTable(id="found", cursor_type="row", zebra_stripes=True)
            yield table
            with Horizontal(classes="dialog-buttons"):
                yield Button("Close", id="cancel")

    def on_mount(self) -> None:
        table = self.query_one("#found", DataTable)
        table.add_columns("Ref", "Received", "Status", "Subject")
        for ref, received, status, subject in self.rows:
            table.add_row(Text(inert(ref)), received, status, Text(inert(subject)), key=ref)

    @on(DataTable.RowSelected)
    def chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(str(event.row_key.value))

    @on(Button.Pressed, "#cancel")
    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class LetterDialog(NoteDialog):
    """A drafted letter to edit; OK (or Ctrl+S) saves it to the incident (encrypted, audited)."""

    def __init__(self, title: str, text: str) -> None:
        super().__init__(title, "Edit the draft; [bracketed] parts are yours to fill in. OK saves it.")
        self.text = text

    def on_mount(self) -> None:
        self.query_one("#text", TextArea).load_text(self.text)


QUESTIONS = [("Who received it?", "recipient"), ("Was it recalled?", "recalled"),
             ("Has the recipient confirmed deletion?", "deleted"), ("A question of my own", "other")]


class AskDialog(Dialog):
    """A question to the reporter: a template, and text of one's own (required for 'other')."""

    TITLE_TEXT = "Ask the reporter (sent through the relay; the reply is filed with the incident)"

    def fields(self) -> ComposeResult:
        yield Select(QUESTIONS, value="recipient", allow_blank=False, id="template")
        yield Label("Added text (optional; required for a question of your own)")
        yield TextArea(id="text", classes="dialog-note", soft_wrap=True)

    def answer(self) -> dict[str, str] | None:
        template = str(self.query_one("#template", Select).value)
        text = self.query_one("#text", TextArea).text.strip()
        if template == "other" and not text:
            self.error("Write your question.")
            return None
        return {"template": template, "text": text}


class StatusDialog(Dialog):
    """Pick the next status; closing asks for the outcome, not reportable for the reason, and
    reported for the submission on record (time, channel, references, a late one's reason)."""

    TITLE_TEXT = "Change status"

    def __init__(self, current: str, options: tuple[str, ...], *, now: str = "") -> None:
        super().__init__()
        self.current, self.options, self.now = current, options, now

    def fields(self) -> ComposeResult:
        yield Label(f"Now: {self.current}. Move to:")
        with RadioSet(id="status"):
            for i, s in enumerate(self.options):
                yield RadioButton(s.replace("_", " "), value=i == 0, name=s, id=f"to-{s}")
        yield Label(STATUS_HELP.get(self.options[0], "Note (optional)") if self.options else "", id="why-label")
        yield Input(id="why")
        with Vertical(id="report-fields", classes="dialog-sub"):
            yield Label("Submitted at (ISO date and time; UTC unless a zone is given)")
            yield Input(value=self.now, id="submitted_at")
            yield Select(CHANNEL_OPTIONS, value="dspt", allow_blank=False, id="channel")
            with Horizontal(classes="dialog-row"):
                yield Input(placeholder="DSPT incident reference", id="dspt_ref")
                yield Input(placeholder="ICO case reference", id="ico_ref")
            yield Label("Reason for the delay (required more than 72 hours after becoming aware)")
            yield Input(id="delay_reason")

    def on_mount(self) -> None:
        self.relabel()

    def _chosen(self) -> str:
        rs = self.query_one("#status", RadioSet)
        btn = rs.pressed_button
        return btn.name if btn is not None and btn.name else self.options[0]

    @on(RadioSet.Changed)
    def relabel(self) -> None:
        chosen = self._chosen()
        self.query_one("#why-label", Label).update(STATUS_HELP.get(chosen, "Note (optional)"))
        self.query_one("#report-fields").display = chosen == Status.REPORTED

    def answer(self) -> tuple[str, str, dict[str, str]] | None:
        chosen = self._chosen()
        why = self.query_one("#why", Input).value.strip()
        if chosen in STATUS_HELP and not why:
            self.error(STATUS_HELP[chosen])
            return None
        extra: dict[str, str] = {}
        if chosen == Status.REPORTED:
            extra = {k: self.query_one(f"#{k}", Input).value.strip()
                     for k in ("submitted_at", "dspt_ref", "ico_ref", "delay_reason")}
            extra["channel"] = str(self.query_one("#channel", Select).value)
            problem = submission_problem(extra)
            if problem:
                self.error(problem)
                return None
            extra = {k: v for k, v in extra.items() if v}
        return chosen, why, extra


def submission_problem(extra: dict[str, str]) -> str:
    """What the dialog can check before asking the guardian (which checks everything again)."""
    if not extra["submitted_at"]:
        return "The submission time is required."
    if extra["channel"] in ("dspt", "both") and not extra["dspt_ref"]:
        return "The DSPT incident reference is required."
    if extra["channel"] == "ico" and not extra["ico_ref"]:
        return "The ICO case reference is required."
    return ""


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
        yield Select([("Markdown", "md"), ("JSON", "json"), ("PDF (to attach)", "pdf")], value="md",
                     allow_blank=False, id="format")
        yield Select([("Incident report", "report"), ("DSPT tool: report an incident", "dspt"),
                      ("ICO breach report", "ico")], value="report", allow_blank=False, id="form")
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
        stem = path.rsplit(".", 1)[0] if path.endswith((".md", ".json", ".pdf")) else path
        form = str(self.query_one("#form", Select).value)
        return {"fmt": fmt, "reveal": reveal, "reason": reason, "path": f"{stem}.{fmt}",
                "form": "" if form == "report" else form}
