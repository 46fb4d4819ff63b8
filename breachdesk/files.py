"""Durable file writing for the store: private modes, atomic replace, fsync, syncfs, the boot id.

Why its own module: the store, the spool, the audit log and retention all write files
that must be private (0700/0600) and either whole or absent after a crash.
``atomic_write_bytes(durable=False)`` serves the store's journalled details, whose
bytes the fsynced journal line already holds; ``BOOT_ID`` tells a restart of the
machine (which may lose undurable writes) from a restart of a process (which does not).
"""

from __future__ import annotations

import ctypes
import os
import stat
import threading
from pathlib import Path

from breachdesk.errors import StoreError

DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    try:
        if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
            os.chmod(path, DIR_MODE)
    except OSError as exc:
        raise StoreError(f"cannot set permissions on {path}: {exc.strerror}") from None


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600, and durably unless told not to.

    ``durable=False`` (details written in a journalled change) skips the fsyncs: the
    journal line holds the same bytes and is fsynced; compaction syncs the files.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    if durable:
        fsync_dir(path.parent)


def write_private(path: Path, data: bytes) -> None:
    """A file a user asked for (an export, a letter): 0600 before a byte is written, even when it
    already existed with a wider mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), FILE_MODE)
        fh.write(data)


def create_exclusive(path: Path, data: bytes) -> bool:
    """Write ``path`` (0600) only if it does not exist yet; False when another process was first."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)
        made = True
    except FileExistsError:
        made = False
    except OSError:                          # no hard links here: O_EXCL (not atomic on a crash)
        made = _create_excl_open(path, data)
    finally:
        tmp.unlink()
    fsync_dir(path.parent)
    return made


def _create_excl_open(path: Path, data: bytes) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True




def sync_filesystem(path: Path) -> None:
    """Flush every file of ``path``'s filesystem (syncfs(2); os.sync() where there is none)."""
    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        os.sync()
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err))
    finally:
        os.close(fd)


def remove_stale_temporaries(root: Path) -> None:
    """Temporary files of writers that died mid-write (they may hold personal data)."""
    for folder in (root, root / "details"):
        with os.scandir(folder) as it:
            for entry in it:
                if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                    continue
                pid = next((int(p) for p in entry.name.split(".") if p.isdigit()), 0)
                if pid and pid != os.getpid() and not _alive(pid):
                    Path(entry.path).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _boot_id() -> str:
    """This boot of the machine: the page cache (and undurable writes) survive only within it."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


BOOT_ID = _boot_id()


def file_sig(path: Path) -> tuple[int, int, int]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (0, 0, 0)
    return (st.st_ino, st.st_size, st.st_mtime_ns)
