"""Check (and by default repair) the data directory's permissions at start.

The data directory holds the leaked data itself, so it must be private: every
directory 0700, every file 0600, all owned by the user breachdesk runs as, no
symlinks leading elsewhere. ``[store] permissions`` chooses what a problem does:

``fix`` (default)
    tighten modes that are too open, log a warning for each; warn about what
    cannot be fixed (another owner, a symlink).
``warn``
    change nothing, log a warning for each problem.
``refuse``
    change nothing and refuse to start (:class:`PermissionProblem`).

Messages name paths inside the data directory (references, spool ids), never
contents.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from breachdesk.errors import StoreError
from breachdesk.store import DIR_MODE, FILE_MODE

if TYPE_CHECKING:
    from breachdesk.settings import Settings

log = logging.getLogger("breachdesk.permissions")

POLICIES = ("fix", "warn", "refuse")


class PermissionProblem(StoreError):
    """The data directory is not private and the policy says refuse."""


@dataclass
class PermissionReport:
    root: Path
    problems: list[str] = field(default_factory=list)   # still wrong after the check
    fixed: list[str] = field(default_factory=list)      # were wrong, now right
    checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _entries(root: Path, deep: bool) -> list[tuple[Path, os.stat_result]]:
    """(path, lstat) of root and what is under it (only its top level unless ``deep``)."""
    out = [(root, root.lstat())]
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                for de in it:
                    p = Path(de.path)
                    try:
                        st = de.stat(follow_symlinks=False)
                    except FileNotFoundError:       # moved meanwhile (the worker, a purge)
                        continue
                    out.append((p, st))
                    if deep and stat.S_ISDIR(st.st_mode):
                        stack.append(p)
        except (FileNotFoundError, NotADirectoryError):
            continue
        except PermissionError:
            out.append((d, d.lstat()))              # reported below as unreadable
    return out


def check_permissions(root: Path, *, policy: str = "fix", deep: bool = True) -> PermissionReport:
    """Check ``root`` and everything under it; apply ``policy``; return what was found.

    ``deep=False`` looks at the directory and its top level only (cheap: for CLI
    commands); the daemon checks deeply at start. A data directory that does not
    exist yet is fine: the store creates it private.
    """
    if policy not in POLICIES:
        raise StoreError(f"unknown permissions policy {policy!r}; one of {', '.join(POLICIES)}")
    root = Path(root)
    report = PermissionReport(root)
    if not root.exists() and not root.is_symlink():
        return report
    if root.is_symlink():
        root = root.resolve()
    me = os.geteuid()
    for path, st in _entries(root, deep):
        report.checked += 1
        rel = "." if path == root else str(path.relative_to(root))
        mode = stat.S_IMODE(st.st_mode)
        if stat.S_ISLNK(st.st_mode):
            report.problems.append(f"{rel}: a symlink inside the data directory (remove it)")
            continue
        if st.st_uid != me:
            report.problems.append(f"{rel}: owned by uid {st.st_uid}, not by the user breachdesk runs as "
                                   f"(uid {me}); chown it")
            continue
        if stat.S_ISDIR(st.st_mode):
            want, kind = DIR_MODE, "directory"
        elif stat.S_ISREG(st.st_mode):
            want, kind = FILE_MODE, "file"
        else:
            report.problems.append(f"{rel}: not a regular file or directory")
            continue
        if mode & 0o077 == 0 and (kind == "file" or mode & 0o700 == 0o700):
            continue
        text = f"{rel}: {kind} mode {mode:o}, should be {want:o}"
        if policy != "fix":
            report.problems.append(text)
            continue
        try:
            os.chmod(path, want)
            report.fixed.append(text)
        except FileNotFoundError:
            continue
        except OSError as exc:
            report.problems.append(f"{text} (cannot fix: {exc.strerror})")
    return report


def enforce(root: Path, *, policy: str = "fix", deep: bool = True,
            logger: logging.Logger | None = None) -> PermissionReport:
    """Run :func:`check_permissions`, log the outcome, raise under the ``refuse`` policy."""
    lg = logger or log
    report = check_permissions(root, policy=policy, deep=deep)
    for text in report.fixed:
        lg.warning("data directory %s was not private: %s (fixed)", report.root, text)
    if report.problems and policy == "refuse":
        more = f" (and {len(report.problems) - 5} more)" if len(report.problems) > 5 else ""
        raise PermissionProblem(f"data directory {report.root} is not private: "
                                + "; ".join(report.problems[:5]) + more
                                + " — fix it (chmod -R go-rwx), or set [store] permissions = \"fix\"")
    for text in report.problems:
        lg.warning("data directory %s is not private: %s", report.root, text)
    return report


def check_settings(settings: Settings, *, deep: bool = True,
                   logger: logging.Logger | None = None) -> PermissionReport:
    """:func:`enforce` on a Settings' data directory with its ``[store] permissions`` policy."""
    return enforce(settings.data_dir(), policy=settings.store.permissions, deep=deep, logger=logger)
