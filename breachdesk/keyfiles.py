"""Private key files, read and made one way: the master keys, the audit key, the person-index key.

Each is a text file of ``#`` comments and key lines, 0600 and the service user's. Reading
one refuses a file that other users can read (a key that leaked is not a key), says what
to run to fix it, and never puts key material in a message; making one is exclusive
(:func:`breachdesk.files.create_exclusive`), so two processes starting at once agree on
one key instead of each writing its own. The callers differ only in what the file is
called in messages and which error they raise (:class:`KeyFile`).
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from breachdesk.errors import BreachdeskError
from breachdesk.files import create_exclusive, ensure_private_dir

HEX_KEY_BYTES = 32


@dataclass(frozen=True)
class KeyFile:
    """One kind of private key file: its path, its name in messages, its error."""

    path: Path
    what: str                                          # "the audit key", "key file"
    error: Callable[[str], BreachdeskError]
    own: bool = False                                  # also refuse a file another user owns (root may read)

    def text(self) -> str | None:
        """The file's text, or None when it does not exist; the error when it is unreadable or too open."""
        path = self.path
        try:
            st = path.stat()
            text = path.read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self.error(f"cannot read {self.what} {path}: {exc.strerror}") from None
        mode = stat.S_IMODE(st.st_mode)
        if mode & 0o077:
            raise self.error(f"{self.what} {path} is readable by other users (mode {mode:o}); "
                             f"run: chmod 600 {path}")
        if self.own and st.st_uid != os.getuid() and os.getuid() != 0:
            raise self.error(f"{self.what} {path} belongs to another user (uid {st.st_uid}); "
                             "only the breachdesk service user may hold it")
        return text

    def lines(self) -> list[str] | None:
        """The key lines (comments and blank lines left out), or None when the file does not exist."""
        text = self.text()
        if text is None:
            return None
        return [x.strip() for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#")]

    def make(self, body: str, header: str) -> bool:
        """Write ``header`` (comment lines) and ``body`` if the file does not exist yet; False when
        another process was first (then read what it wrote)."""
        ensure_private_dir(self.path.parent)
        comments = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
        return create_exclusive(self.path, (comments + body.rstrip("\n") + "\n").encode("ascii"))

    # -- a 32-byte key written as hex (the audit key, the person-index key) ----------
    def hex_key(self, *, create: bool, header: str = "") -> bytes | None:
        """The key, made (with ``header`` as its comment) when missing and ``create``; else None."""
        lines = self.lines()
        if lines is None:
            if not create:
                return None
            key = secrets.token_bytes(HEX_KEY_BYTES)
            if self.make(key.hex(), header):
                return key
            lines = self.lines() or []                 # another process made it first: use theirs
        try:
            key = bytes.fromhex(lines[0]) if lines else b""
        except ValueError:
            key = b""
        if len(key) < HEX_KEY_BYTES:
            raise self.error(f"{self.what} {self.path} is damaged (expected {2 * HEX_KEY_BYTES} hex digits)")
        return key
