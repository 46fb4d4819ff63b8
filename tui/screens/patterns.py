"""The pattern lab (admins and DPOs): try a candidate recogniser before it goes live.

Type a regex, a kind, context words and a validator; the matches in the sample text and in
the most recent incidents' stored sections (values masked) update as you type (debounced,
computed in a thread worker). "What would change" counts, per incident, the identifiers the
candidate would add (and, when it reuses an existing recogniser's name, remove). ``ctrl+s``
appends it to the configured patterns file only if the whole file still validates (atomic
write, ``.bak`` kept); ``ctrl+y`` copies the TOML entry to paste by hand instead.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, Select, Static, TextArea

from breachdesk.errors import BreachdeskError
from breachdesk.model import KINDS
from breachdesk.textsafe import inert
from nlp.patterns import VALIDATORS, PatternConfig, load_patterns
from tui import lab

if TYPE_CHECKING:
    from tui.app import BreachdeskApp

RECENT = 20           # incidents whose stored sections are scanned
DEBOUNCE = 0.3        # seconds after the last keystroke
SAMPLE = ("Re: Jane Doe, Hospital No: RX123456, NHS No 943 476 5919\n"
          "Seen in clinic; MRN K-0012345 follows up.\n")


@dataclass
class LabResult(Message):
    error: str
    sample: list[tuple[str, str, float, str]]      # (text, value, score, evidence)
    effects: list[lab.IncidentEffect]
    snippet: str
    min_score: float


class PatternLabScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+s", "save", "Save to patterns file"),
        Binding("ctrl+y", "copy_snippet", "Copy TOML"),
    ]
    COMMAND_ACTIONS = [("Save the candidate recogniser to the patterns file", "save"),
                       ("Copy the candidate's TOML entry", "copy_snippet")]

    def __init__(self) -> None:
        super().__init__()
        self.cfg: PatternConfig | None = None
        self.cfg_error = ""
        self.snippet = ""
        self.last_error = ""
        self._timer: Timer | None = None

    @property
    def bd(self) -> BreachdeskApp:
        return self.app  # type: ignore[return-value]

    def patterns_path(self) -> Path | None:
        settings = self.bd.settings
        return settings.patterns_path() if settings is not None else None

    def compose(self) -> ComposeResult:
        yield Static(Text.from_markup("[b]Pattern lab[/b] — try a recogniser before it goes live"), id="lab-title")
        with Horizontal(id="lab-main"):
            with VerticalScroll(id="lab-form"):
                yield Label("name")
                yield Input(value="my_recogniser", id="lab-name")
                yield Label("kind")
                yield Select([(k, k) for k in KINDS], value="hospital_number", allow_blank=False, id="lab-kind")
                yield Label("regex")
                yield Input(placeholder=r"e.g. \bRX\d{6}\b", id="lab-regex")
                yield Label("context words (comma-separated)")
                yield Input(value="hospital no, mrn", id="lab-context")
                yield Label("validator")
                yield Select([(v, v) for v in VALIDATORS], value="none", allow_blank=False, id="lab-validator")
                yield Label("base score (0–1)")
                yield Input(value="0.5", id="lab-score")
                yield Label("examples that must match (separate with |)")
                yield Input(id="lab-examples")
                yield Label("TOML entry")
                yield TextArea("", read_only=True, id="lab-snippet")
            with Vertical(id="lab-results"):
                yield Static("", id="lab-status")
                yield TextArea(SAMPLE, id="lab-sample")
                yield Static("", id="lab-sample-matches")
                with VerticalScroll(id="lab-incidents-box"):
                    yield Static("", id="lab-incidents")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#lab-regex", Input).focus()
        self.load_config()

    # -- input --------------------------------------------------------------------
    def candidate(self) -> lab.Candidate:
        q = self.query_one
        try:
            score = float(q("#lab-score", Input).value or "0.5")
        except ValueError:
            score = -1.0
        return lab.Candidate(
            name=q("#lab-name", Input).value.strip(), kind=str(q("#lab-kind", Select).value),
            regex=q("#lab-regex", Input).value, context=lab.split_words(q("#lab-context", Input).value),
            validator=str(q("#lab-validator", Select).value), score=score,
            examples=lab.split_words(q("#lab-examples", Input).value, "|"))

    @on(Input.Changed)
    @on(Select.Changed)
    @on(TextArea.Changed, "#lab-sample")
    def schedule(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self.recompute)

    def recompute(self) -> None:
        if self.cfg is None:
            return
        self.compute(self.candidate(), self.query_one("#lab-sample", TextArea).text,
                     [(i.ref, i.version) for i in self.recent()])

    def recent(self) -> list[Any]:
        incidents = self.bd.incidents or []
        return sorted(incidents, key=lambda i: i.received_at, reverse=True)[:RECENT]

    def queue_changed(self, incidents: list[Any]) -> None:
        self.schedule()

    # -- work off the UI thread ---------------------------------------------------------
    @work(thread=True, exclusive=True, group="lab-config")
    def load_config(self) -> None:
        try:
            cfg = load_patterns(self.patterns_path())
        except BreachdeskError as exc:
            self.app.call_from_thread(self._config_failed, str(exc))
            return
        self.app.call_from_thread(self._config_loaded, cfg)

    def _config_loaded(self, cfg: PatternConfig) -> None:
        self.cfg = cfg
        self.recompute()

    def _config_failed(self, error: str) -> None:
        self.cfg_error = error
        self.query_one("#lab-status", Static).update(Text(f"the current patterns file is refused: {inert(error)}",
                                                          style="bold red"))

    @work(thread=True, exclusive=True, group="lab")
    def compute(self, c: lab.Candidate, sample: str, recent: list[tuple[str, int]]) -> None:
        assert self.cfg is not None
        cfg = self.cfg
        snippet = lab.toml_snippet(c)
        error = lab.problem(c, cfg)
        if error:
            self.post_message(LabResult(error, [], [], snippet, cfg.limits.min_score))
            return
        try:
            hits = lab.scan(c, cfg, sample)
            # the guardian runs the candidate over the stored text (which never leaves it)
            effects = self.bd.backend.lab_effects(asdict(c), n=len(recent)) if recent else []
        except (BreachdeskError, ValueError, KeyError) as exc:
            self.post_message(LabResult(str(exc) or exc.__class__.__name__, [], [], snippet, cfg.limits.min_score))
            return
        rows = [(h.text, h.value, h.confidence,
                 "; ".join(f"{k}={v}" for k, v in (h.evidence or {}).items() if k not in ("recognizer", "pattern")))
                for h in hits]
        self.post_message(LabResult("", rows, effects, snippet, cfg.limits.min_score))

    def on_lab_result(self, msg: LabResult) -> None:
        self.snippet, self.last_error = msg.snippet, msg.error
        self.query_one("#lab-snippet", TextArea).load_text(msg.snippet)
        status = self.query_one("#lab-status", Static)
        sample = self.query_one("#lab-sample-matches", Static)
        incidents = self.query_one("#lab-incidents", Static)
        if msg.error:
            status.update(Text(f"✗ {inert(msg.error)}", style="bold red"))
            sample.update("")
            incidents.update("")
            return
        kept = [r for r in msg.sample if r[2] >= msg.min_score]
        status.update(Text(f"✓ {len(kept)} match(es) in the sample (score ≥ {msg.min_score:g})", style="green"))
        lines = Text()
        for text, value, score, evidence in msg.sample:
            style = "" if score >= msg.min_score else "dim"
            lines.append(inert(f"{text!r} → {value}  score {score:.2f}  {evidence}")
                         + f"{'' if score >= msg.min_score else '  (below min_score: dropped)'}\n", style=style)
        sample.update(lines or Text("no match in the sample", style="dim"))
        incidents.update(self._effects_text(msg.effects))

    @staticmethod
    def _effects_text(effects: list[lab.IncidentEffect]) -> Text:
        out = Text()
        changed = [e for e in effects if e.added or e.removed or e.matches]
        out.append(f"What would change in the {len(effects)} most recent incident(s) "
                   f"(this recogniser alone): {sum(e.added for e in effects)} identifier(s) added, "
                   f"{sum(e.removed for e in effects)} removed\n", style="bold")
        for e in changed:
            out.append(f"{e.ref}: +{e.added} −{e.removed}  ")
            out.append(inert(", ".join(e.matches[:6])) + (" …" if len(e.matches) > 6 else "") + "\n", style="dim")
        if not changed:
            out.append("no match in recent incidents\n", style="dim")
        return out

    # -- actions ----------------------------------------------------------------------
    def action_copy_snippet(self) -> None:
        if not self.snippet:
            return
        self.app.copy_to_clipboard(self.snippet)
        self.notify("TOML entry copied (also shown under the form): paste it into your patterns file")

    def action_save(self) -> None:
        path = self.patterns_path()
        if path is None:
            self.notify("no patterns file is configured ([nlp] patterns in breachdesk.toml): the shipped "
                        "default is not edited; copy the TOML entry (ctrl+y) into your own file",
                        severity="warning", timeout=10)
            return
        if self.last_error:
            self.notify(f"not saved: {self.last_error}", severity="error")
            return
        self.save(self.candidate(), path)

    @work(thread=True, exclusive=True, group="lab-save")
    def save(self, c: lab.Candidate, path: Path) -> None:
        try:
            backup = lab.save(c, path)
        except BreachdeskError as exc:
            self.app.call_from_thread(self.notify, f"not saved: {exc}", severity="error", timeout=10)
            return
        try:
            self.bd.backend.patterns_saved(recognizer=c.name, file=str(path))     # audited by the guardian
        except BreachdeskError as exc:
            self.app.call_from_thread(self.notify, f"saved, but not recorded in the audit log: {exc}",
                                      severity="warning", timeout=10)
        self.app.call_from_thread(self.notify, f"saved '{c.name}' to {path} (previous file: {backup.name}); "
                                  "the daemon reloads it within seconds")
        self.load_config()
