"""One base error with a subclass per area.

Messages never carry identifier values, bodies or subjects: they name files,
keys, lines, references and counts only.
"""

from __future__ import annotations


class BreachdeskError(Exception):
    """Base of every error breachdesk raises on purpose."""


class ConfigError(BreachdeskError):
    """Bad configuration: names the file, the key and (when known) the line."""

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None,
                 line: int | None = None) -> None:
        self.file = file
        self.key = key
        self.line = line
        self.reason = message
        where = []
        if file:
            where.append(f"{file}:{line}" if line else file)
        if key:
            where.append(f"key '{key}'")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class StoreError(BreachdeskError):
    """The store cannot be read or written."""


class StaleEditError(StoreError):
    """Someone else changed the incident since it was read; reload and try again."""


class NotFoundError(StoreError):
    """No incident with that reference."""


class AccessDenied(BreachdeskError):
    """The current user's role may not take this action."""


class IngestError(BreachdeskError):
    """A message could not be taken in (spool, parse)."""


class SpoolError(IngestError):
    """The spool cannot be written: the client must retry (451)."""


class BadRequest(BreachdeskError):
    """A request to the store's service that is malformed: a missing or wrong parameter."""


class TooLarge(BadRequest):
    """A message larger than the mailbox takes (``[mailbox] max_message_bytes``, as over SMTP)."""


class DaemonUnavailable(BreachdeskError):
    """The guardian (``breachdesk serve``) cannot be reached, and this user may not open the store."""
