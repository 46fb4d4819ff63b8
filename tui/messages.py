"""Typed messages posted by the store workers back to the UI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual.message import Message

from breachdesk.model import Incident


@dataclass
class QueueLoaded(Message):
    """A fresh read of the queue (the daemon or another DPO may have changed it), most urgent first."""

    incidents: list[Incident]
    revision: int
    seconds: float = 0.0
    hays: dict[str, str] | None = None      # ref -> free-text haystack (actions.haystack)
    as_of: str = ""                         # the backend's mark of this read (Backend.list_changes)
    counts: dict[str, int] | None = None    # actions.header_counts of the (already sorted) incidents
    partial: bool = False                   # the first screen only (the whole queue follows)

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, QueueLoaded)


@dataclass
class DetailLoaded(Message):
    """One incident's row and detail document, read for the incident screen."""

    incident: Incident
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class ActionDone(Message):
    """A DPO action was stored; ``text`` is what to tell the user."""

    ref: str
    text: str
    incident: Incident | None = None


@dataclass
class ActionFailed(Message):
    """A DPO action was refused (role, workflow, stale edit) or the store failed."""

    ref: str
    error: str
    stale: bool = False


@dataclass
class StatsLoaded(Message):
    """A statistics view (:meth:`breachdesk.service.StoreService.stats`) read for the stats screen."""

    view: str
    year: int | None
    fy: bool
    people: bool
    result: dict[str, Any]

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StatsLoaded)
