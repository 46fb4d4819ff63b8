"""Small display helpers shared by the screens: times, grade badges, countdowns."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from rich.text import Text

from breachdesk.actions import countdown
from breachdesk.model import Incident, parse_iso

LONDON = ZoneInfo("Europe/London")

SEVERITY_STYLE = {1: "dim", 2: "", 3: "yellow", 4: "bold red", 5: "bold white on red"}


def local(ts: str, fmt: str = "%d %b %H:%M") -> str:
    """An ISO timestamp as UK local time (the DPO's clock)."""
    if not ts:
        return ""
    try:
        return parse_iso(ts).astimezone(LONDON).strftime(fmt)
    except ValueError:
        return ts


def local_long(ts: str) -> str:
    return local(ts, "%a %d %b %Y %H:%M")


def badge_parts(inc: Incident) -> list[tuple[str, str]]:
    """``L3 S4 R`` — likelihood, severity, R when reportable, * when overridden: (text, style) runs."""
    return [(f"L{inc.likelihood} S{inc.severity}", SEVERITY_STYLE.get(inc.severity, "")),
            (" R" if inc.reportable else "  ", "bold" if inc.reportable else ""),
            ("*" if inc.override else " ", "")]


def badge(inc: Incident) -> Text:
    return Text.assemble(*badge_parts(inc))


def left_parts(inc: Incident, now: datetime, *, short: bool = False) -> tuple[str, str]:
    text, kind = countdown(inc, now, short=short)
    return text, {"overdue": "bold red", "urgent": "red", "stopped": "dim"}.get(kind, "")


def left_text(inc: Incident, now: datetime) -> Text:
    return Text(*left_parts(inc, now))


def status_text(status: str) -> str:
    return status.replace("_", " ")


def cats_text(cats: list[str]) -> str:
    return ",".join(c.replace("_health", "").replace("_", " ") for c in cats)


def grade_words(inc: Incident) -> str:
    rep = "reportable to the ICO" if inc.reportable else "not reportable"
    return f"likelihood {inc.likelihood}, severity {inc.severity}: {rep}"
