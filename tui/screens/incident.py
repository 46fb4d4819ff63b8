"""One incident: summary, identifiers, message, timeline — and every DPO action on it.

The screen reads and acts through the app's backend (the guardian's API, or the store in
embedded mode) in thread workers, always passing the version it is showing: if another DPO
changed the incident meanwhile, the guardian refuses (StaleEditError), and the screen reloads
and says so. What it loads is masked; a reveal (DPO, with a reason, audited by the guardian)
fetches the values, and any reload masks them again.
"""

from __future__ import annotations

from datetime import timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from breachdesk import actions, editor, report, tasks
from breachdesk.errors import BreachdeskError, StaleEditError
from breachdesk.files import write_private
from breachdesk.model import Incident, parse_iso
from breachdesk.report import ReportView
from breachdesk.textsafe import inert
from tui.messages import ActionDone, ActionFailed, DetailLoaded
from tui.screens.dialogs import (
    AskDialog,
    ExportDialog,
    LetterDialog,
    LinkDialog,
    NoteDialog,
    OverrideDialog,
    StatusDialog,
    TaskDialog,
    TextDialog,
)
from tui.widgets import detail_view
from tui.widgets.footer import StableFooter as Footer
from tui.widgets.format import badge, left_text, local, status_text

if TYPE_CHECKING:
    from tui.app import BreachdeskApp


class IncidentScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("a", "assign_me", "Assign me"),
        Binding("A", "assign", "Assign…", show=False),
        Binding("s", "status", "Status"),
        Binding("o", "override", "Override"),
        Binding("n", "note", "Note", show=False),
        Binding("c", "containment", "Contain", show=False),
        Binding("m", "near_miss", "Near miss", show=False),
        Binding("l", "link", "Link/merge", show=False),
        Binding("t", "told", "Subjects told", show=False),
        Binding("e", "export", "Export"),
        Binding("r", "reveal", "Reveal"),
        Binding("1", "tab('summary')", "Summary", show=False),
        Binding("2", "tab('identifiers')", "Identifiers", show=False),
        Binding("3", "tab('message')", "Message", show=False),
        Binding("4", "tab('timeline')", "Timeline", show=False),
        Binding("5", "tab('tasks')", "Tasks", show=False),
        Binding("k", "add_task", "Task", show=False),
        Binding("x", "toggle_task", "Task done", show=False),
        Binding("w", "letter('article34')", "Letter", show=False),
        Binding("i", "ask", "Ask reporter", show=False),
        Binding("W", "letter('caldicott')", "Caldicott summary", show=False),
        Binding("v", "letter_editor('article34')", "Letter in $EDITOR", show=False),
        Binding("V", "letter_editor('caldicott')", "Caldicott in $EDITOR", show=False),
    ]
    COMMAND_ACTIONS = [
        ("Assign to me", "assign_me"), ("Assign to someone…", "assign"), ("Change status…", "status"),
        ("Override grade…", "override"), ("Add note…", "note"), ("Record containment step…", "containment"),
        ("Toggle near miss", "near_miss"), ("Link or merge duplicate…", "link"),
        ("Record whether data subjects were told…", "told"), ("Export report…", "export"),
        ("Reveal / hide identifiers…", "reveal"), ("Add a task…", "add_task"),
        ("Tick / untick the highlighted task", "toggle_task"),
        ("Draft the letter to the people affected (Article 34)…", "letter('article34')"),
        ("Ask the reporter a question…", "ask"),
        ("Draft the summary for the Caldicott Guardian…", "letter('caldicott')"),
        ("Edit the letter to the people affected in $VISUAL/$EDITOR…", "letter_editor('article34')"),
        ("Edit the Caldicott Guardian summary in $VISUAL/$EDITOR…", "letter_editor('caldicott')"),
    ]

    revealed: reactive[bool] = reactive(False)

    def __init__(self, ref: str = "") -> None:
        super().__init__()
        self.ref = ref
        self.incident: Incident | None = None
        self.detail: dict[str, Any] = {}
        self._subject: str | None = None      # the report view's (masked) subject, for the title
        self._reveal_reason = ""               # the reason given for the reveal shown now (letters reuse it)
        self._styled_for = -1                  # the app's CSS generation this screen was last restyled for
        self._rendered = 0                     # bumped at each render: a deferred one for an older is dropped

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Restyle on resume only when the app's CSS changed (a theme) since the last time.

        Textual restyles every node of a pushed screen; this one is pushed again for each
        incident opened, with nothing to restyle (class changes apply at once), and its ~80
        nodes cost 30-60 ms of every open.
        """
        generation = self.app._css_update_count
        if event.refresh_styles and self._styled_for == generation:
            event.refresh_styles = False
        self._styled_for = generation
        super()._on_screen_resume(event)

    def show(self, ref: str) -> None:
        """Reuse this (already mounted) screen for another incident: opening stays fast."""
        self.ref, self.incident, self.detail, self._subject = ref, None, {}, None
        self._reveal_reason = ""
        self.set_reactive(IncidentScreen.revealed, False)
        if self.is_mounted:
            self.query_one("#inc-title", Static).update(Text(inert(ref)))
            self.query_one("#summary", Static).update("loading…")
            self.query_one("#tabs", TabbedContent).active = "tab-summary"
            self.load()

    @property
    def bd(self) -> BreachdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Text(inert(self.ref)), id="inc-title")
        with TabbedContent(id="tabs"):
            with TabPane("Summary", id="tab-summary"), VerticalScroll():
                yield Static("loading…", id="summary")
            with TabPane("Identifiers", id="tab-identifiers"):
                yield DataTable(id="identifiers", cursor_type="row", zebra_stripes=True)
            with TabPane("Message", id="tab-message"), VerticalScroll():
                yield Static("", id="attachments")
                yield Static("", id="message")
            with TabPane("Timeline", id="tab-timeline"):
                yield DataTable(id="timeline", cursor_type="row", zebra_stripes=True)
            with TabPane("Tasks", id="tab-tasks"):
                yield DataTable(id="tasks", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#identifiers", DataTable).add_columns("Subject", "Kind", "Value", "Where", "Conf",
                                                               "Evidence")
        self.query_one("#timeline", DataTable).add_columns("When", "Who", "Action", "Detail")
        self.query_one("#tasks", DataTable).add_columns("#", "Done", "Task", "Owner", "Due")
        if self.ref:
            self.load()

    # -- loading --------------------------------------------------------------
    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load(self) -> None:
        ref = self.ref
        try:
            incident, detail = self.bd.backend.show(ref)
        except BreachdeskError as exc:
            self.post_message(ActionFailed(ref, str(exc)))
            return
        self.post_message(DetailLoaded(incident, detail))

    def on_detail_loaded(self, msg: DetailLoaded) -> None:
        if msg.incident.ref != self.ref:
            return                                      # a late answer for the previous incident
        self.incident, self.detail = msg.incident, msg.detail
        self.set_reactive(IncidentScreen.revealed, bool(msg.detail.get("revealed")))
        self.render_all()

    def queue_changed(self, incidents: list[Incident]) -> None:
        """The app saw the store change: reload if our incident moved on."""
        mine = next((i for i in incidents if i.ref == self.ref), None)
        if mine and self.incident and mine.version != self.incident.version:
            self.load()

    def tick(self) -> None:
        self.render_title()

    def report_view(self) -> ReportView | None:
        """The incident as every tab shows it: masked unless revealed (one view model, breachdesk.report)."""
        if self.incident is None:
            return None
        settings = self.bd.settings
        trusted = tuple(settings.mailbox.trusted_domains) if settings is not None else ()
        return report.build(self.incident, self.detail, reveal=self.revealed, trusted_domains=trusted)

    def render_all(self) -> None:
        """The title and the first tab now; the other tabs once that frame is drawn (opening shows the first)."""
        view = self.report_view()
        if self.incident is None or view is None:
            return
        self._rendered += 1
        self.render_title(view)
        self.query_one("#summary", Static).update(detail_view.summary(self.incident, view, self.bd.now()))
        self.call_after_refresh(self._render_tabs, self._rendered, view)

    def _render_tabs(self, rendered: int, view: ReportView) -> None:
        if rendered != self._rendered or self.incident is None:
            return                                      # another incident, or a reveal, since
        self.render_identifiers(view)
        self.query_one("#attachments", Static).update(detail_view.attachments(view))
        tl = self.query_one("#timeline", DataTable)
        tl.clear()
        tl.add_rows(detail_view.timeline_rows(view))
        self.render_tasks()

    def render_tasks(self) -> None:
        """The checklist as loaded (masked by the guardian unless revealed); overdue ones in red."""
        table = self.query_one("#tasks", DataTable)
        table.clear()
        now = self.bd.now()
        for t in tasks.task_list(self.detail):
            late = not t.get("done") and t.get("due") and parse_iso(t["due"]) <= now
            due = Text(local(t.get("due", "")), style="bold red" if late else "")
            table.add_row(str(t.get("id", "")), "✓" if t.get("done") else "", Text(inert(t.get("title", ""))),
                          Text(inert(t.get("owner", "")) or "—"), due, key=str(t.get("id", "")))

    def render_title(self, view: ReportView | None = None) -> None:
        inc = self.incident
        if inc is None:
            return
        if view is not None:
            self._subject = view.subject
        t = Text(f"{inc.ref}  ", style="bold")
        t.append_text(badge(inc))
        t.append(f"  {status_text(inc.status)}  ")
        t.append_text(left_text(inc, self.bd.now()))
        t.append(f"  {inc.assignee or 'unassigned'}  ", style="italic")
        t.append("identifiers REVEALED" if self.revealed else "masked", style="bold red" if self.revealed else "dim")
        t.append("\n" + inert(self._subject if self._subject is not None else inc.subject))
        self.query_one("#inc-title", Static).update(t)

    def render_identifiers(self, view: ReportView) -> None:
        table = self.query_one("#identifiers", DataTable)
        table.clear()
        rows, more = detail_view.identifier_rows(view)
        table.add_rows(rows)
        if more:
            table.add_row("…", f"{more} more", "export the report to see all", "", "", "")
        self.query_one("#message", Static).update(detail_view.message(view))

    def watch_revealed(self) -> None:
        view = self.report_view()
        if view is not None:
            self._rendered += 1                         # (a deferred render of the other view is dropped)
            self.render_title(view)
            self._render_tabs(self._rendered, view)

    # -- acting ---------------------------------------------------------------
    def _may_act(self) -> bool:
        if self.incident is None:
            return False
        if not actions.can_act(self.bd.role):
            self.notify(f"You are {self.bd.role or 'without a role'}: the dashboard is read-only for you.",
                        severity="error", title="Read-only")
            return False
        return True

    @work(thread=True, group="act", exit_on_error=False)
    def act(self, said: str, name: str, /, *, versioned: bool = True, **params: Any) -> None:
        """The backend's action ``name`` (breachdesk.service.ACTS) on this incident, off the UI thread."""
        version = self.incident.version if versioned and self.incident is not None else None
        try:
            result = self.bd.backend.act(self.ref, name, expected_version=version, **params)
        except StaleEditError as exc:
            self.post_message(ActionFailed(self.ref, str(exc), stale=True))
        except BreachdeskError as exc:
            self.post_message(ActionFailed(self.ref, str(exc)))
        else:
            self.post_message(ActionDone(self.ref, said, result if isinstance(result, Incident) else None))

    def on_action_done(self, msg: ActionDone) -> None:
        msg.stop()
        self.notify(msg.text, title=self.ref)
        self.load()
        self.bd.load_queue()

    def on_action_failed(self, msg: ActionFailed) -> None:
        msg.stop()
        title = "Changed by someone else" if msg.stale else "Not done"
        self.notify(msg.error, title=title, severity="warning" if msg.stale else "error", timeout=8)
        if msg.stale:
            self.load()

    def action_assign_me(self) -> None:
        if self._may_act():
            self.act(f"assigned to {self.bd.user}", "assign", assignee=self.bd.user)

    def action_assign(self) -> None:
        if self._may_act():
            self.app.push_screen(TextDialog("Assign", "Assign to (user name; empty to unassign)",
                                            value=self.incident.assignee if self.incident else "",
                                            required=False),
                                 lambda who: who is not None and self.act(f"assigned to {who or 'nobody'}",
                                                                           "assign", assignee=who))

    def action_status(self) -> None:
        if not self._may_act() or self.incident is None:
            return
        options = actions.next_statuses(self.incident.status)
        if not options:
            self.notify(f"No status change is possible from {self.incident.status}.", severity="warning")
            return

        def chosen(answer: tuple[str, str, dict[str, str]] | None) -> None:
            if answer:
                new, why, extra = answer
                kw = {"outcome": why} if new == "closed" else {"reason": why}
                self.act(f"status → {status_text(new)}", "status", status=new,
                         **{k: v for k, v in kw.items() if v}, **extra)

        now = self.bd.now().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M+00:00")
        self.app.push_screen(StatusDialog(self.incident.status, options, now=now), chosen)

    def action_override(self) -> None:
        if not self._may_act() or self.incident is None:
            return

        def chosen(answer: tuple[int, int, str] | None) -> None:
            if answer:
                self.act(f"grade overridden to L{answer[0]} S{answer[1]}", "override", likelihood=answer[0],
                         severity=answer[1], reason=answer[2])

        self.app.push_screen(OverrideDialog(self.incident.likelihood, self.incident.severity), chosen)

    def _ask_then(self, title: str, prompt: str, done: str, name: str, param: str, **dialog: Any) -> None:
        if self._may_act():
            self.app.push_screen(TextDialog(title, prompt, **dialog),
                                 lambda text: text is not None and self.act(done, name, **{param: text}))

    def action_note(self) -> None:
        if self._may_act():
            self.app.push_screen(NoteDialog(), lambda text: text and self.act("note added", "note", text=text))

    def action_containment(self) -> None:
        self._ask_then("Containment step", "What was done?", "containment step recorded", "containment", "step",
                       placeholder="recalled the email, recipient confirmed deletion")

    def action_near_miss(self) -> None:
        if not self._may_act() or self.incident is None:
            return
        if self.incident.near_miss:
            self.act("near miss cleared", "near_miss", near_miss=False)
            return
        self.app.push_screen(TextDialog("Near miss", "Why is this a near miss? (required: why no breach happened)"),
                             lambda why: why and self.act("marked as near miss", "near_miss", near_miss=True,
                                                          reason=why))

    def action_told(self) -> None:
        if self._may_act():
            self.app.push_screen(
                TextDialog("Data subjects told?", "How were they told? (leave empty to record: not told)",
                           required=False),
                lambda how: how is not None and self.act("recorded whether data subjects were told",
                                                         "subjects_told", told=bool(how), how=how))

    def action_link(self) -> None:
        if not self._may_act():
            return

        def chosen(answer: tuple[str, bool] | None) -> None:
            if answer:
                other, merge = answer
                if merge:
                    self.act(f"merged into {other}", "merge", into=other)
                else:
                    self.act(f"linked to {other}", "link", other=other)

        self.app.push_screen(LinkDialog(), chosen)

    def action_reveal(self) -> None:
        if self.revealed:
            self.load()                                 # the masked detail again, values dropped
            return
        if self.bd.role not in actions.REVEAL_ROLES:
            self.notify("Only a DPO may reveal identifiers.", severity="error", title="Read-only")
            return
        self.app.push_screen(TextDialog("Reveal identifiers", "Why do you need the values? (audited)"),
                             lambda why: why and self.do_reveal(why))

    @work(thread=True, group="act", exit_on_error=False)
    def do_reveal(self, why: str) -> None:
        try:
            incident, detail = self.bd.backend.reveal(self.ref, why)
        except BreachdeskError as exc:
            self.post_message(ActionFailed(self.ref, str(exc)))
            return
        self._reveal_reason = why
        self.app.call_from_thread(self.notify, "identifiers revealed (recorded in the audit log)", title=self.ref)
        self.post_message(DetailLoaded(incident, detail))

    def action_export(self) -> None:
        if self.incident is None:
            return
        if not actions.can_act(self.bd.role):
            self.notify("Viewers cannot export.", severity="error", title="Read-only")
            return
        path = str(self.bd.export_dir / f"{self.ref}.md")
        self.app.push_screen(ExportDialog(path, can_reveal=self.bd.role in actions.REVEAL_ROLES),
                             lambda ans: ans and self.do_export(ans))

    @work(thread=True, group="act", exit_on_error=False)
    def do_export(self, ans: dict[str, Any]) -> None:
        try:
            # the guardian checks the role, requires the reason for values, and audits it
            data = self.bd.backend.export_file(self.ref, fmt=ans["fmt"], reveal=ans["reveal"], reason=ans["reason"],
                                               form=ans.get("form", ""))
            out = Path(ans["path"]).expanduser()
            write_private(out, data)
        except (BreachdeskError, OSError) as exc:
            self.post_message(ActionFailed(self.ref, str(exc)))
            return
        self.post_message(ActionDone(self.ref, f"exported to {out}"))

    def action_add_task(self) -> None:
        if self._may_act() and self.incident is not None:
            self.app.push_screen(TaskDialog(owner=self.incident.assignee),
                                 lambda ans: ans and self.act("task added", "task_add", **ans))

    def action_toggle_task(self) -> None:
        if not self._may_act():
            return
        table = self.query_one("#tasks", DataTable)
        rows = tasks.task_list(self.detail)
        if not rows or table.cursor_row < 0 or table.cursor_row >= len(rows):
            self.notify("No task highlighted (Tasks tab: 5).", severity="warning")
            return
        task = rows[table.cursor_row]
        done = not task.get("done")
        self.act("task done" if done else "task reopened", "task_done", task=int(task["id"]), done=done)

    def action_ask(self) -> None:
        if self._may_act():
            self.app.push_screen(AskDialog(), lambda ans: ans and self.do_ask(ans))

    @work(thread=True, group="act", exit_on_error=False)
    def do_ask(self, ans: dict[str, str]) -> None:
        try:
            self.bd.backend.ask_reporter(self.ref, ans["template"], text=ans["text"])
        except BreachdeskError as exc:
            self.post_message(ActionFailed(self.ref, str(exc)))
            return
        self.post_message(ActionDone(self.ref, "question queued to the reporter"))

    def action_letter(self, kind: str) -> None:
        if self._may_act():
            self.draft_letter(kind)

    def action_letter_editor(self, kind: str) -> None:
        if self._may_act():
            self.draft_letter(kind, outside=True)

    @work(thread=True, group="act", exit_on_error=False)
    def draft_letter(self, kind: str, outside: bool = False) -> None:
        """The saved letter or the guardian's draft — masked, or with the values while they are revealed
        (the reveal's reason again; audited) — then the TextArea or $EDITOR; saving goes through the
        backend's action."""
        reason = self._reveal_reason if self.revealed else ""
        try:
            draft = self.bd.backend.letter(self.ref, kind, reveal=bool(reason), reason=reason)
        except BreachdeskError as exc:
            self.post_message(ActionFailed(self.ref, str(exc)))
            return
        saved = draft["saved"]
        if saved and saved[-1].get("names_withheld"):
            self.post_message(ActionFailed(self.ref, "The saved letter names the people affected and is shown "
                                                     "masked: reveal the identifiers (r) to edit it, or the masked "
                                                     "text would replace the names."))
            return
        text = str(saved[-1]["text"] if saved else draft["text"])
        self.app.call_from_thread(self.edit_letter, kind, text, outside)

    def edit_letter(self, kind: str, text: str, outside: bool) -> None:
        """Edit in $VISUAL/$EDITOR with the dashboard suspended, or (and where the terminal cannot hand
        over) in the TextArea dialog."""
        if outside:
            try:
                with self.app.suspend():
                    edited = editor.edit_text(text, name=f"{self.ref}-{kind}.txt")
            except SuspendNotSupported:
                self.notify("This terminal cannot hand over to $EDITOR: edit the letter here.", severity="warning")
            except BreachdeskError as exc:
                self.notify(str(exc), title="Letter not saved", severity="error", timeout=8)
                return
            else:
                self.save_letter(kind, text, edited)
                return
        title = "Letter to the people affected" if kind == "article34" else "Caldicott Guardian summary"
        self.app.push_screen(LetterDialog(title, text),
                             lambda edited: edited is not None and self.save_letter(kind, text, edited))

    def save_letter(self, kind: str, before: str, edited: str) -> None:
        """A new version of the letter on the incident, unless nothing changed."""
        if edited.strip() == before.strip():
            self.notify("The letter is unchanged: nothing saved.", title=self.ref)
        elif not edited.strip():
            self.notify("The letter is empty: nothing saved.", title=self.ref, severity="warning")
        else:
            # not versioned: a save adds a version and overwrites nothing, and a fetch with the values
            # (a reveal, on the timeline) has moved the incident on since this screen loaded it
            self.act("letter saved", "letter_save", versioned=False, kind=kind, text=edited)

    def action_tab(self, name: str) -> None:
        self.query_one("#tabs", TabbedContent).active = f"tab-{name}"
