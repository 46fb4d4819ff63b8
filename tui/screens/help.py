"""``?``: what each key does, on every screen, and how the queue is ordered."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# breachdesk — help

**Queue** (most urgent first: reportable or unassessed incidents by time left on the
72-hour ICO clock, then severity; then the rest). The clock turns red under 12 h and
shows *overdue* past 72 h; it stops once the incident is reported, not reportable or closed.

| key | does |
| --- | --- |
| `↑ ↓ PgUp PgDn` | move |
| `enter` / click | open the incident |
| `/` | filter: `words status:new,triage sev:3 assignee:me\\|none from:2026-01-01 to:2026-12-31` |
| `escape` | clear the filter |
| `f` | only mine |
| `a` | assign the highlighted incident to me |
| `S` | statistics |

**Incident**

| key | does |
| --- | --- |
| `a` / `A` | assign to me / to someone |
| `s` | change status (closing asks for the outcome; *not reportable* asks for the reason) |
| `o` | override likelihood/severity (reason required) |
| `n` | add a note |
| `c` | record a containment step |
| `m` | mark / clear near miss |
| `l` | link a related incident, or merge this duplicate into another |
| `t` | record whether the data subjects were told |
| `e` | export the report or a regulator's form (Markdown, JSON or PDF; masked unless you reveal — audited) |
| `w` / `W` | edit the letter to the people affected / the Caldicott summary here; OK saves a new version |
| `v` / `V` | the same letters in `$VISUAL` / `$EDITOR` (the dashboard steps aside until you quit it) |
| `r` | reveal identifiers (asks why; audited) / mask them again |
| `escape` | back to the queue |

**Statistics**: `v` next view (counts, 72 hours: time to triage and to submission, repeat
sources by team, per breach type, per special category, per year), `y` next year, `f` calendar
or financial years (April–March), `p` repeat sources per reporter (DPO; audited), `x` export
the view as CSV, `escape` back.

**Everywhere**: `ctrl+p` command palette, `T` light/dark theme, `?` this help, `q` quit.

Viewers can look but not change anything. If another DPO changed an incident while you
were looking at it, your change is refused, the incident reloads, and you can try again.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(HELP)
