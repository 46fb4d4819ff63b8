"""Opening the data directory the same way everywhere: permissions checked, keys loaded.

The daemon, its worker, the CLI and the dashboard all call :func:`open_store`, so a
too-open directory is fixed or refused (``[store] permissions``), a missing or wrong
encryption key is a clear error before anything is read or written, and the master
key (``keys/master.key``, when none is configured) is made at first start. The audit
key's place (``[store] audit_key_file``) is registered for every audit log of the
directory (:func:`breachdesk.audit.configure_from`); the key itself is made at the
first audited action.

While ``breachdesk serve`` runs it holds ``guardian.lock`` in the data directory (an exclusive
``flock``, with its pid and API socket written in it): a second daemon on the same directory is
refused before it touches anything, and a client of the owner's whose config names another socket
(or none) still finds the running guardian (:func:`guardian_socket`) instead of opening the store
behind its back.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import time
from pathlib import Path

from breachdesk.audit import configure_from
from breachdesk.crypto import load_cipher
from breachdesk.errors import StoreError
from breachdesk.files import FILE_MODE, ensure_private_dir
from breachdesk.permissions import check_settings
from breachdesk.settings import Settings
from breachdesk.store import Store


def open_store(settings: Settings, *, deep: bool = False, logger: logging.Logger | None = None) -> Store:
    root = settings.data_dir()
    store = Store(root)                   # creates the directory (0700) on first use
    check_settings(settings, deep=deep, logger=logger)
    configure_from(settings)              # where the audit key lives, whether anchors go to syslog
    cipher = load_cipher(settings)
    if cipher is not None:
        store = Store(root, cipher=cipher)
    return store


GUARDIAN_LOCK = "guardian.lock"
LOCK_WAIT_SECONDS = 3.0         # a client's shared lock is held for a moment only: try for this long


def hold_guardian_lock(root: Path, socket_path: Path) -> int:
    """Take ``root``'s guardian lock for this process's life (the fd returned, kept open).

    StoreError, naming the running daemon's pid and socket, when another process holds it.
    """
    ensure_private_dir(root)
    path = root / GUARDIAN_LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, FILE_MODE)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            held = _lock_doc(fd)
            os.close(fd)
            raise StoreError(f"another breachdesk daemon (pid {held.get('pid', '?')}) is already running on "
                             f"{root}, serving {held.get('socket', '?')}") from None
    os.fchmod(fd, FILE_MODE)
    doc = json.dumps({"pid": os.getpid(), "socket": str(socket_path)}).encode()
    os.ftruncate(fd, 0)
    os.pwrite(fd, doc, 0)
    return fd


def _lock_doc(fd: int) -> dict:
    try:
        data = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def guardian_socket(root: Path) -> Path | None:
    """The API socket of the guardian holding ``root``'s lock; None when no guardian runs (or the
    lock cannot be read: not the owner)."""
    try:
        fd = os.open(root / GUARDIAN_LOCK, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            sock = _lock_doc(fd).get("socket")
            return Path(sock) if isinstance(sock, str) and sock else Path("?")
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
