"""A text edited in the user's own editor (``$VISUAL``, ``$EDITOR``, else ``vi``), not left on disk.

A letter to the people affected may name them once revealed, so the copy the editor works on
is handled like the store's own files: a fresh 0700 directory (on a memory file system when
there is one: ``$XDG_RUNTIME_DIR`` if it is this user's and private, else ``/dev/shm``), the
file in it 0600, and afterwards every file the editor left there (its swap and backup files
too) overwritten with zeros, synced and removed, and the directory with them. Overwriting is
best effort — a journalling or copy-on-write file system may keep old blocks — which is why a
memory file system is preferred. The editor's command line is the user's choice (their
environment); it only ever receives the path of the copy. Used by ``breachdesk letter edit``
and by the dashboard (inside ``App.suspend()``); nothing here imports Textual.
"""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

from breachdesk.errors import BadRequest
from breachdesk.files import write_private

MAX_EDITED_BYTES = 256 * 1024


def editor_command() -> list[str]:
    """``$VISUAL``, else ``$EDITOR``, else ``vi``, split as a shell would (``code --wait`` works)."""
    line = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        words = shlex.split(line)
    except ValueError:
        raise BadRequest("$VISUAL/$EDITOR cannot be read as a command line") from None
    return words or ["vi"]


def private_root() -> str | None:
    """Where the copy goes: a private memory file system if there is one, else the system's temp dir."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        try:
            st = os.stat(runtime)
            if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077:
                return runtime
        except OSError:
            pass
    if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK):
        return "/dev/shm"
    return None


def edit_text(text: str, *, name: str = "letter.txt") -> str:
    """``text`` after the user has edited it in their editor (the copy is removed whatever happens).

    Refused (:class:`BadRequest`, nothing returned) when the editor cannot be started, exits
    with an error, or leaves a file that is too big or not UTF-8.
    """
    command = editor_command()
    folder = Path(tempfile.mkdtemp(prefix="breachdesk-edit-", dir=private_root()))     # 0700
    path = folder / Path(name).name
    try:
        write_private(path, text.encode("utf-8"))
        try:
            status = subprocess.run([*command, str(path)], check=False).returncode
        except OSError as exc:
            raise BadRequest(f"cannot start the editor {command[0]!r} ({exc.strerror or exc}); "
                             "set $VISUAL or $EDITOR") from None
        if status != 0:
            raise BadRequest(f"the editor {command[0]!r} exited with status {status}: nothing kept")
        with path.open("rb") as fh:
            raw = fh.read(MAX_EDITED_BYTES + 1)
        if len(raw) > MAX_EDITED_BYTES:
            raise BadRequest(f"the edited text is more than {MAX_EDITED_BYTES // 1024} KiB")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest("the edited text is not UTF-8") from None
    finally:
        shred_tree(folder)


def shred_tree(folder: Path) -> None:
    """Zero, sync and remove every regular file under ``folder`` (links are not followed), then it."""
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            _shred(Path(dirpath) / name)
    shutil.rmtree(folder, ignore_errors=True)


def _shred(path: Path) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    except OSError:                       # a symlink or gone: only removed
        path.unlink(missing_ok=True)
        return
    try:
        size = os.fstat(fd).st_size
        block = b"\0" * 65536
        left = size
        while left > 0:
            left -= os.write(fd, block[:min(left, len(block))])
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
