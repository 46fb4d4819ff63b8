"""Structured logs to stderr: ``time level logger message`` with key=value fields.

What goes in a log line is decided where it is written: references, spool ids,
sizes, counts and codes — never identifier values, subjects or bodies. Some of it still
comes from the network (an SMTP peer's HELO name, an envelope address), so every line is
made inert (:mod:`breachdesk.textsafe`) before it reaches the terminal or the journal.

Third-party libraries do not follow that rule: mail-parser logs a header it cannot
decode in full, pypdf and tnefparse quote bytes of the file they choke on. Those
libraries read hostile mail, so their loggers are turned down to CRITICAL
(:func:`quiet_third_party`, also called when :mod:`ingest.parse` is imported) and
every record that is not from breachdesk's own code reaches the log only as
"logger level (message withheld)" (:class:`WithholdForeign`).
"""

from __future__ import annotations

import logging
import sys

from breachdesk.textsafe import inert


class InertFormatter(logging.Formatter):
    """The usual format, with control characters shown rather than obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return inert(super().format(record), multiline=True)


# The packages whose loggers carry breachdesk's own lines (the rule above holds for them).
OWN = ("breachdesk", "ingest", "nlp", "tui")

# Libraries that read message content; all of them log fragments of it.
THIRD_PARTY = ("mailparser", "pypdf", "PyPDF2", "extract_msg", "olefile", "tnefparse", "RTFDE",
               "compressed_rtf", "openpyxl", "docx", "chardet", "charset_normalizer", "msoffcrypto",
               "PIL", "bs4", "html5lib", "lxml", "fontTools", "ebcdic", "tzlocal", "dateutil",
               "phonenumbers", "spacy", "thinc", "py.warnings")


def _is_own(name: str) -> bool:
    return name.split(".", 1)[0] in OWN


class WithholdForeign(logging.Filter):
    """Replace the text of every record from outside breachdesk by a fixed phrase.

    The logger name, the level and an exception's class name are kept, so an admin can
    still see that (and where) a library complained; the message and its arguments,
    which may quote the mail, are dropped.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if _is_own(record.name) or getattr(record, "breachdesk_withheld", False):
            return True
        record.breachdesk_withheld = True
        exc = record.exc_info[1] if record.exc_info and record.exc_info[1] is not None else None
        record.msg = "(message withheld%s)" % (f"; {type(exc).__name__}" if exc is not None else "")
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


_WITHHOLD = WithholdForeign()


def quiet_third_party() -> None:
    """Turn the content-reading libraries' loggers down and withhold what still passes.

    The filter is put on each library logger too, for processes (``breachdesk scan``,
    tests) that log through Python's last-resort handler instead of :func:`setup_logging`.
    """
    for name in THIRD_PARTY:
        lg = logging.getLogger(name)
        lg.setLevel(logging.CRITICAL)
        if _WITHHOLD not in lg.filters:
            lg.addFilter(_WITHHOLD)
    last = logging.lastResort
    if last is not None and _WITHHOLD not in last.filters:
        last.addFilter(_WITHHOLD)


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(InertFormatter("%(asctime)s %(levelname)s %(name)s %(message)s",
                                           datefmt="%Y-%m-%dT%H:%M:%S%z"))
    handler.addFilter(_WITHHOLD)
    root.addHandler(handler)
    root.setLevel(level)
    # aiosmtpd logs every command and response at DEBUG/INFO; keep it to warnings.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    quiet_third_party()
