"""Structured logs to stderr: ``time level logger message`` with key=value fields.

What goes in a log line is decided where it is written: references, spool ids,
sizes, counts and codes — never identifier values, subjects or bodies. Some of it still
comes from the network (an SMTP peer's HELO name, an envelope address), so every line is
made inert (:mod:`breachdesk.textsafe`) before it reaches the terminal or the journal.
"""

from __future__ import annotations

import logging
import sys

from breachdesk.textsafe import inert


class InertFormatter(logging.Formatter):
    """The usual format, with control characters shown rather than obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return inert(super().format(record), multiline=True)


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(InertFormatter("%(asctime)s %(levelname)s %(name)s %(message)s",
                                           datefmt="%Y-%m-%dT%H:%M:%S%z"))
    root.addHandler(handler)
    root.setLevel(level)
    # aiosmtpd logs every command and response at DEBUG/INFO; keep it to warnings.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
