"""The data directory's own operations, done by whoever holds the store: key rotation, permission
checks, ``doctor`` (check, rebuild the queue), the spool and outbox listing (``queue``, ``queue
retry``), and a door for imported mail.

``doctor``'s rebuild, like a rotation, is the guardian's to do while it runs: it holds the queue in
memory, so a second process writing a new snapshot and journal behind its back would leave it
serving (and filing beside) a queue that no longer exists on disk. Done here, in the guardian, under
the store's lock, its own loaded queue is dropped and read again, and the new journal's sequence gap
makes every other process (the filer, the analysis processes) load it anew too.

While ``breachdesk serve`` runs it holds the keys in memory — its store, its spool, its analysis
processes — so a rotation done from outside would leave it encrypting with a key that is then
retired, or unable to open incident keys re-wrapped under a key it never loaded. So the guardian
rotates itself (:func:`rotate_keys`, called by :meth:`breachdesk.service.StoreService.key_rotate`):

1. the new key goes first in the key file (the old ones stay below it: every key decrypts);
2. :meth:`Host.rekey` gives the new keys to everything that holds the old ones — the daemon's
   store and spool at once, then each analysis process, waiting until every one has answered
   (one busy on a message answers after it);
3. under the store's lock (no incident is filed meanwhile) every incident key is re-wrapped and
   every master-sealed spool file re-encrypted, then checked (:func:`breachdesk.crypto.verify_primary`);
4. only then, and only if every process took the new key, may ``--retire-old`` drop the old keys.

:class:`Host` is what the service needs of its surroundings: the spool imported mail goes to and
what happens once a message is in it, and how keys are swapped. The daemon gives one that wakes its
analysis pool and rekeys its processes (:class:`ingest.daemon.DaemonHost`); embedded mode (the
owner, no daemon) gives :class:`EmbeddedHost`, which files an imported message at once in this
process, as ``breachdesk ingest`` always did without a daemon.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breachdesk import crypto
from breachdesk.errors import ConfigError, StoreError
from breachdesk.permissions import check_permissions

if TYPE_CHECKING:
    from breachdesk.crypto import Cipher
    from breachdesk.settings import Settings
    from breachdesk.store import Store
    from ingest.spool import Spool

log = logging.getLogger("breachdesk.maintenance")


class Host:
    """A store with no daemon around it (tests, benchmarks): imported mail waits in the spool for
    the next ``breachdesk serve``, and keys are swapped in the store alone."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings, self.store = settings, store
        self._spool: Spool | None = None

    @property
    def spool(self) -> Spool:
        from ingest.spool import Spool

        if self._spool is None:
            self._spool = Spool(self.store.root / "spool", cipher=self.store.cipher)
        return self._spool

    def spooled(self, sid: str) -> dict[str, Any]:
        """A message is in the spool (durably): what became of it, as far as is known now."""
        return filed_state(self.store, sid)

    def rekey(self, cipher: Cipher, *, wait: bool = True) -> bool:
        """Give ``cipher`` to everything holding the old keys; True when every holder took it."""
        self.store.rekey(cipher)
        if self._spool is not None:
            self._spool.cipher = cipher
        return True

    def requeued(self, *, messages: int, mails: int) -> None:
        """Failed messages went back to ``incoming/`` and failed mail back to the outbox: with no
        daemon around, they wait for the next ``breachdesk serve``."""


class EmbeddedHost(Host):
    """Embedded mode: an imported message is filed and analysed here and now (no daemon runs)."""

    def __init__(self, settings: Settings, store: Store, *, engine: Any = None) -> None:
        super().__init__(settings, store)
        self.engine = engine                  # the analysis (made at the first message when None)
        self._worker: Any = None

    def spooled(self, sid: str) -> dict[str, Any]:
        from ingest.worker import Worker

        if self._worker is None:
            if self.engine is None:
                from ingest.process import Engine

                self.engine = Engine(self.settings)
            self._worker = Worker(self.engine, self.store, self.spool, retry_delay=0.0)
        inc = None
        for _ in range(self._worker.max_attempts + 1):     # retried, then filed as "unparseable"
            inc = self._worker.process_one(sid)
            if inc is not None:
                break
        return filed_state(self.store, sid) if inc is not None else {"state": "waiting"}


def filed_state(store: Store, sid: str) -> dict[str, Any]:
    """What became of spooled message ``sid``: "waiting" (not filed yet), "filed" (in the queue at once
    from its headers, being analysed), or "analysed" — a new incident, or ``merged`` into the one that
    holds the same original (the report filed first is then closed as its duplicate)."""
    inc = store.find(spool_id=sid)
    if inc is None:
        return {"state": "waiting"}
    if inc.parse_status == "pending":
        return {"state": "filed", "ref": inc.ref, "merged": False}
    merged = inc.spool_id != sid or inc.parse_status == "duplicate"
    ref = inc.related[-1] if inc.parse_status == "duplicate" and inc.related else inc.ref
    return {"state": "analysed", "ref": ref, "merged": merged}


# ------------------------------------------------------------------ keys


def key_file_for(settings: Settings, given: str | None = None) -> Path:
    """The master key file: ``given``, else ``[store] encryption_key_file``, else the one made at first start."""
    path = Path(given).expanduser() if given else crypto.key_file_path(settings)
    if path is None and settings.store.encryption:
        path = settings.data_dir() / crypto.DEFAULT_KEY_FILE
    if path is None:
        raise ConfigError("no key file: give --file PATH, or set encryption_key_file in [store]",
                          file=settings.source, key="store.encryption_key_file")
    return path


def _cipher(settings: Settings) -> Cipher:
    cipher = crypto.load_cipher(settings)      # ConfigError for a missing / wrong key: nothing touched yet
    if cipher is None:
        raise ConfigError(f"encryption is off: set encryption_key_file in [store] or ${crypto.ENV_KEY} first "
                          "(make a key with 'breachdesk key generate')", key="store.encryption_key_file")
    return cipher


def rotate_keys(settings: Settings, store: Store, host: Host, *, new_key: bool, retire_old: bool) -> dict[str, Any]:
    """Rotate (``new_key``) or re-encrypt with the current key, in the process that holds the store.

    Returns the counts and the lines to show; ``ok`` is False when something still needs an old key.
    """
    root = store.root
    cipher = _cipher(settings)
    path = None if cipher.source.startswith("$") else key_file_for(settings)
    lines: list[str] = []
    if new_key:
        if path is None:
            raise ConfigError(f"the key comes from ${crypto.ENV_KEY}: put the new key first there "
                              f"(\"NEW,OLD\"), then run 'breachdesk key encrypt'")
        keys = [crypto.generate_key(), *crypto.read_key_file(path)]
        crypto.write_key_file(path, keys, comment="first key encrypts; the ones below are old, kept to decrypt")
        cipher = _cipher(settings)
        lines.append(f"added a new key at the top of {path} ({len(keys) - 1} old key(s) kept below it)")
    everyone = host.rekey(cipher)
    if not everyone:
        lines.append("an analysis process did not take the new key in time; it is retried with the new key "
                     "when it restarts")
    with store.locked():                       # nothing is filed meanwhile: no key is wrapped with the old one
        counts = crypto.rotate(cipher, root)
        left = crypto.verify_primary(cipher, root)
    lines.append(f"re-wrapped {counts['incident_keys']} incident key(s), re-encrypted {counts['spool_files']} "
                 f"spool file(s) and sealed {counts['details']} incident detail(s) not yet sealed whole")
    retired = False
    if retire_old and cipher.key_count > 1:
        if left:
            lines.append(f"not retiring old keys: {len(left)} item(s) still need them, e.g. {left[0]}")
        elif not everyone:
            lines.append("not retiring old keys: an analysis process may still hold only the old key")
        elif path is None:
            lines.append(f"everything opens with the first key: now remove the old keys from ${crypto.ENV_KEY}")
        else:
            crypto.write_key_file(path, cipher.keys[:1], comment="old keys retired by 'breachdesk key rotate'")
            host.rekey(_cipher(settings), wait=False)
            retired = True
            lines.append(f"retired {cipher.key_count - 1} old key(s) from {path}")
    return {**counts, "new_key": new_key, "old_keys_retired": retired, "needing_old_keys": len(left),
            "left": left[:20], "lines": lines, "ok": not left}


def key_check(settings: Settings, store: Store) -> dict[str, Any]:
    """Does the key open the data, and is all of it under the first key?"""
    cipher = crypto.load_cipher(settings)
    root = store.root
    if cipher is None:
        return {"encrypted": False, "ok": True, "left": [], "needing_old_keys": 0,
                "lines": [f"encryption at rest is off; data in {root} is not encrypted"]}
    left = crypto.verify_primary(cipher, root)
    lines = [f"{cipher.source}: {cipher.key_count} key(s); the key opens the data in {root}"]
    lines += [f"  {item}" for item in left[:20]]
    if left:
        lines.append(f"{len(left)} item(s) not yet under the first key: run 'breachdesk key encrypt'")
    return {"encrypted": True, "ok": not left, "keys": cipher.key_count, "left": left[:20],
            "needing_old_keys": len(left), "lines": lines}


# ------------------------------------------------------------------ permissions


def permissions(store: Store, *, fix: bool) -> dict[str, Any]:
    """The data directory's modes and owners checked (and, with ``fix``, too-open modes tightened)."""
    report = check_permissions(store.root, policy="fix" if fix else "warn")
    lines = [f"fixed: {t}" for t in report.fixed] + [f"problem: {t}" for t in report.problems]
    lines.append(f"{store.root}: {report.checked} path(s) checked, {len(report.fixed)} fixed, "
                 f"{len(report.problems)} problem(s)")
    return {"checked": report.checked, "fixed": list(report.fixed), "problems": list(report.problems),
            "ok": not report.problems, "lines": lines}


# ------------------------------------------------------------------ doctor


def doctor(store: Store, *, rebuild: bool) -> dict[str, Any]:
    """:func:`breachdesk.doctor.check` (changes nothing) or :func:`~breachdesk.doctor.rebuild`, in the
    process that holds the store; references, files and counts only, never a value."""
    from breachdesk import doctor as doc

    report = doc.rebuild(store) if rebuild else doc.check(store)
    return {"ok": report.ok, "rebuilt": report.rebuilt if rebuild else None, "notes": list(report.notes),
            "problems": list(report.problems), "root": str(store.root)}


# ------------------------------------------------------------------ the spool and the outbox


def queue_listing(store: Store, spool: Spool) -> dict[str, Any]:
    """What ``breachdesk queue`` shows: spool and outbox items (ids, refs, sizes, ages, counts)."""
    from ingest.mailq import outbox_items, spool_items

    try:
        spooled = spool_items(spool, store)
    except StoreError:                       # a damaged queue: the spool is still worth seeing
        spooled = spool_items(spool, None)
    mail = outbox_items(store.root, cipher=store.cipher)
    return {"spool": [i.to_json() for i in spooled], "outbox": [i.to_json() for i in mail]}


def queue_retry(store: Store, host: Host, ids: list[str], *, everything: bool) -> dict[str, Any]:
    """Failed messages back to the analysis, failed mail back to the outbox; ``host`` told."""
    from breachdesk.errors import BadRequest, IngestError, SpoolError
    from ingest.mailq import retry

    try:
        msgs, mails = retry(host.spool, store.root, list(ids), everything=everything, cipher=store.cipher)
    except SpoolError:
        raise
    except IngestError as exc:                # ids that are not in the failed queue
        raise BadRequest(str(exc)) from None
    if msgs or mails:
        host.requeued(messages=msgs, mails=mails)
    return {"messages": msgs, "mails": mails}
