"""SMTP AUTH users: a file of PBKDF2 password hashes and an aiosmtpd authenticator.

The users file (``[smtp] auth_users_file``) has one ``user:hash`` line per user;
blank lines and ``#`` comments are ignored. The hash is
``pbkdf2_sha256$<iterations>$<salt>$<base64 digest>`` (the form Django uses), made
by :func:`hash_password`::

    python -c "from ingest.auth import hash_password; print('relay:' + hash_password('s3cret'))"

AUTH is only offered over TLS (aiosmtpd's ``auth_require_tls``); the SMTP side
runs :class:`UsersAuthenticator` in a thread because the hash is slow on purpose.
An unknown user name runs the same hash against a dummy, so a failure takes as long
for a user who does not exist as for a wrong password (no enumeration by timing);
the SMTP side then delays each failure and closes the connection after a few
(``[smtp] auth_error_sleep_seconds``, ``auth_max_failures``), as Postfix does.
Neither passwords nor user names that failed are logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import AuthResult, LoginPassword

from breachdesk.errors import ConfigError
from breachdesk.settings import Settings

log = logging.getLogger("breachdesk.auth")

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000      # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
MECHANISMS = ("PLAIN", "LOGIN")
INVALID = "535 5.7.8 Authentication credentials invalid"


def hash_password(password: str, *, iterations: int = DEFAULT_ITERATIONS, salt: str | None = None) -> str:
    """The users-file form of ``password``: ``pbkdf2_sha256$iterations$salt$digest``."""
    if not password:
        raise ValueError("empty password")
    if iterations < 1:
        raise ValueError("iterations must be positive")
    salt = salt or secrets.token_urlsafe(16)
    if "$" in salt:
        raise ValueError("salt may not contain '$'")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return f"{ALGORITHM}${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def verify_password(password: str | bytes, encoded: str) -> bool:
    """True when ``password`` matches ``encoded``; constant-time comparison."""
    try:
        algorithm, iterations, salt, b64 = encoded.split("$", 3)
        expected = base64.b64decode(b64, validate=True)
        rounds = int(iterations)
    except ValueError:
        return False
    if algorithm != ALGORITHM or rounds < 1:
        return False
    pw = password if isinstance(password, bytes) else password.encode("utf-8")
    got = hashlib.pbkdf2_hmac("sha256", pw, salt.encode("utf-8"), rounds)
    return hmac.compare_digest(got, expected)


def users_file_path(settings: Settings) -> Path | None:
    if not settings.smtp.auth_users_file:
        return None
    p = Path(settings.smtp.auth_users_file).expanduser()
    if not p.is_absolute() and settings.source not in ("<defaults>", ""):
        p = Path(settings.source).parent / p
    return p


def load_users(path: Path) -> dict[str, str]:
    """Read a users file; a bad line is a ConfigError naming the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the AUTH users file: {exc.strerror}", file=str(path)) from None
    users: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, encoded = line.partition(":")
        parts = encoded.split("$")
        if not sep or not user or len(parts) != 4 or parts[0] != ALGORITHM or not parts[1].isdigit():
            raise ConfigError(f"expected 'user:{ALGORITHM}$iterations$salt$hash'", file=str(path), line=n)
        if user in users:
            raise ConfigError(f"user '{user}' is listed twice", file=str(path), line=n)
        users[user] = encoded
    if not users:
        raise ConfigError("the AUTH users file lists no users", file=str(path))
    try:
        if os.stat(path).st_mode & 0o077:
            log.warning("AUTH users file %s is readable by other users; chmod 600 it", path)
    except OSError:
        pass
    return users


def _iterations(encoded: str) -> int:
    try:
        return max(int(encoded.split("$")[1]), 1)
    except (IndexError, ValueError):
        return DEFAULT_ITERATIONS


class UsersAuthenticator:
    """aiosmtpd ``authenticator``: checks LOGIN/PLAIN credentials against the users file.

    A successful check is remembered (as a keyed hash of the password, never the
    password) so a relay that authenticates on every connection pays the slow
    hash once.
    """

    def __init__(self, users: dict[str, str]) -> None:
        self.users = dict(users)
        self._key = secrets.token_bytes(32)
        # An unknown user costs the same PBKDF2 work as a known one with a wrong password
        # (no user enumeration by timing): the dummy has the users' largest iteration count.
        rounds = max((_iterations(e) for e in self.users.values()), default=DEFAULT_ITERATIONS)
        self._dummy = hash_password(secrets.token_urlsafe(16), iterations=rounds)
        self._ok: set[tuple[str, bytes]] = set()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> UsersAuthenticator | None:
        path = users_file_path(settings)
        return None if path is None else cls(load_users(path))

    def check(self, login: str, password: bytes) -> bool:
        encoded = self.users.get(login)
        if encoded is None:
            verify_password(password, self._dummy)    # the same work as a wrong password
            return False
        token = (login, hmac.new(self._key, password + b"\0" + encoded.encode(), "sha256").digest())
        with self._lock:
            if token in self._ok:
                return True
        if not verify_password(password, encoded):
            return False
        with self._lock:
            self._ok.add(token)
        return True

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if mechanism not in MECHANISMS or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False, message=INVALID)
        login = auth_data.login.decode("utf-8", "replace")
        if self.check(login, auth_data.password):
            log.info("AUTH %s succeeded", mechanism)
            return AuthResult(success=True, auth_data=auth_data)
        log.info("AUTH %s failed (535 5.7.8)", mechanism)
        return AuthResult(success=False, handled=False, message=INVALID)
