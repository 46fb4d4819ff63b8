"""One interface to the store for the CLI and the dashboard: over the socket, or embedded.

:func:`connect` chooses. While the guardian runs, every client — the data directory's
owner too — goes through its socket (:class:`ApiBackend`); the owner's client finds it through the
data directory's guardian lock even when its config names another socket. When it is not running, the
owner may open the store directly (:class:`LocalBackend`, embedded mode: a laptop
install; the owner can read the files anyway); anyone else gets "the breachdesk daemon
is not running at PATH". A client's ``--config`` only says where the socket (and, for
embedded mode, the data directory) is: roles are the guardian's.

Both backends call the same :class:`~breachdesk.service.StoreService` methods (the
client over HTTP, the local one in-process, with the caller this process's uid), and
:class:`Backend` turns their JSON into typed values — :class:`Incident` rows, detail
dicts — so a caller cannot tell them apart except by :attr:`Backend.mode`.
"""

from __future__ import annotations

import base64
import errno
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from breachdesk.errors import AccessDenied, BadRequest, DaemonUnavailable
from breachdesk.model import Incident

if TYPE_CHECKING:      # the service and the settings (pydantic) only for embedded mode: a client of
    from breachdesk.service import Caller, StoreService  # the guardian's API never imports them
    from breachdesk.settings import Settings
    from breachdesk.store import Store

RESCORE_POLL_SECONDS = 0.5


class Raw(Protocol):
    """What a backend sits on: the service's methods without the caller (ApiClient, BoundService)."""

    def __getattr__(self, name: str) -> Callable[..., Any]: ...


class BoundService:
    """A :class:`StoreService` with the caller filled in: the embedded twin of the API client.

    With ``watch`` (a data directory: embedded mode), every call first checks that no guardian
    has started on it since: a dashboard or command opened embedded stops using the files once
    ``breachdesk serve`` holds them, instead of writing beside it.
    """

    def __init__(self, service: StoreService, caller: Caller, *, watch: Path | None = None) -> None:
        self.service, self.caller, self.watch = service, caller, watch

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = getattr(self.service, name)

        def bound(*args: Any, **kw: Any) -> Any:
            if self.watch is not None:
                self._still_alone()
            return fn(self.caller, *args, **kw)

        return bound

    def _still_alone(self) -> None:
        from breachdesk.datadir import guardian_socket

        running = guardian_socket(self.watch) if self.watch is not None else None
        if running is not None:
            raise DaemonUnavailable(f"the breachdesk daemon has started on {self.watch} (socket {running}): "
                                    "this embedded session no longer uses the files; run the command again "
                                    "(or reopen the dashboard) to go through the daemon")

    def close(self) -> None:
        pass


@dataclass
class Effect:
    """What a candidate recogniser would change in one incident (the pattern lab)."""

    ref: str
    matches: list[str]
    added: int
    removed: int


class Backend:
    """The typed operations the CLI and the dashboard use."""

    mode = "?"

    def __init__(self, raw: Any, where: str) -> None:
        self.raw = raw
        self.where = where                     # the socket path, or the data directory
        who = raw.whoami()                     # AccessDenied here: no role, go no further
        self.user: str = who["user"]
        self.role: str | None = who["role"]
        self.permitted: frozenset[str] = frozenset(who.get("actions") or ())

    def may(self, action: str) -> bool:
        """Whether the guardian gives this user ``action`` (to hide a binding; the guardian checks anyway)."""
        return action in self.permitted

    def close(self) -> None:
        self.raw.close()

    # -- reading ----------------------------------------------------------
    def revision(self) -> int:
        return int(self.raw.revision()["revision"])

    def list_incidents(self, *, status: str = "") -> tuple[int, list[Incident]]:
        data = self.raw.list_incidents(status=status)
        return int(data["revision"]), [Incident.from_doc(d) for d in data["incidents"]]

    def list_changes(self, changed_since: str = "") -> tuple[int, str, list[Incident]]:
        """(revision, as_of, rows changed since ``changed_since``; all rows when empty).

        Pass the ``as_of`` back next time and merge the rows by ``ref``: that is how the
        dashboard follows the queue without fetching all of it for each change. The rows come
        in the compact form (:data:`breachdesk.service.QUEUE_COLUMNS`): the fields the queue
        shows are set, the rest keep their defaults (``show`` gives the whole incident).
        """
        data = self.raw.list_incidents(changed_since=changed_since, form="queue")
        if "columns" in data:
            rows = Incident.from_queue_rows(data["columns"], data["rows"])
        else:                                   # a guardian from before the compact form
            rows = [Incident.from_doc(d) for d in data["incidents"]]
        return int(data["revision"]), str(data["as_of"]), rows

    def first_page(self, n: int) -> tuple[int, list[Incident], dict[str, int]] | None:
        """(revision, the ``n`` most urgent open rows, the whole queue's header counts): a first screen.

        The compact rows of :meth:`list_changes`, already in the queue's order; ``None`` from a
        guardian that cannot give a first page (then read the whole queue).
        """
        try:
            data = self.raw.list_incidents(form="queue", first=n)
        except BadRequest:
            return None
        if not data.get("partial") or "columns" not in data:
            return None
        counts = {k: int(v) for k, v in dict(data["counts"]).items()}
        return int(data["revision"]), Incident.from_queue_rows(data["columns"], data["rows"]), counts

    def show(self, ref: str) -> tuple[Incident, dict[str, Any]]:
        data = self.raw.show(ref)
        return Incident.from_doc(data["incident"]), data["detail"]

    def reveal(self, ref: str, reason: str) -> tuple[Incident, dict[str, Any]]:
        data = self.raw.reveal(ref, reason)
        return Incident.from_doc(data["incident"]), data["detail"]

    def export(self, ref: str, *, fmt: str = "md", reveal: bool = False, reason: str = "", form: str = "") -> str:
        """The report (md, json), or with ``form`` (dspt, ico) the regulator's form's fields."""
        if fmt == "pdf":
            raise BadRequest("a PDF is not text: write it to a file (export_file)")
        return str(self.raw.export(ref, fmt=fmt, reveal=reveal, reason=reason, form=form)["text"])

    def export_file(self, ref: str, *, fmt: str = "md", reveal: bool = False, reason: str = "",
                    form: str = "") -> bytes:
        """The export as the bytes of a file: UTF-8 text for md and json, the document for pdf."""
        data = self.raw.export(ref, fmt=fmt, reveal=reveal, reason=reason, form=form)
        if data.get("encoding") == "base64":
            return base64.b64decode(str(data["data"]), validate=True)
        return str(data["text"]).encode("utf-8")

    def stats(self, *, year: int | None = None, by: str = "month", view: str = "counts", fy: bool = False,
              people: bool = False, min_count: int = 2, reason: str = "") -> dict[str, Any]:
        """A statistics view (:meth:`breachdesk.service.StoreService.stats`)."""
        return self.raw.stats(year=year, by=by, view=view, fy=fy, people=people, min_count=min_count,
                              reason=reason)

    def ask_reporter(self, ref: str, template: str, *, text: str = "") -> Incident:
        """Queue a templated question to the reporter (through the relay) and record it."""
        return Incident.from_doc(self.raw.ask_reporter(ref, template=template, text=text)["incident"])

    def letter(self, ref: str, kind: str, *, reveal: bool = False, reason: str = "") -> dict[str, Any]:
        """A draft letter (masked unless revealed with a reason) and the ones saved before."""
        return self.raw.letter(ref, kind=kind, reveal=reveal, reason=reason)

    def search(self, kind: str, value: str, *, dob: str = "", reason: str = "") -> tuple[str, list[Incident]]:
        """(the search's HMAC, the masked incidents holding the person's identifier)."""
        data = self.raw.search(kind=kind, value=value, dob=dob, reason=reason)
        return str(data["hmac"]), [Incident.from_doc(d) for d in data["incidents"]]

    def search_reindex(self) -> int:
        return int(self.raw.search_reindex()["indexed"])

    # -- acting -----------------------------------------------------------
    def act(self, ref: str, name: str, *, expected_version: int | None = None, **params: Any) -> Incident:
        data = self.raw.act(ref, name, params, expected_version=expected_version)
        return Incident.from_doc(data["incident"])

    def purge(self, *, dry_run: bool = False, reason: str = "") -> dict[str, Any]:
        return self.raw.purge(dry_run=dry_run, reason=reason)

    def rescore(self, *, since: str = "", wait: bool = True,
                on_wait: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
        """Start a rescore in the guardian; with ``wait``, poll until it is done and return its report."""
        state = self.raw.rescore_start(since=since)
        while wait and state.get("state") == "running":
            if on_wait is not None:
                on_wait(state)
            time.sleep(RESCORE_POLL_SECONDS)
            state = self.raw.rescore_status()
        return state

    def audit_verify(self, *, anchors: list[str] | None = None) -> dict[str, Any]:
        return self.raw.audit_verify(anchors=list(anchors or []))

    # -- pattern lab ------------------------------------------------------
    def lab_recent(self, *, n: int = 20) -> list[tuple[str, int]]:
        return [(r["ref"], int(r["version"])) for r in self.raw.lab_recent(n=n)["incidents"]]

    def lab_effects(self, candidate: dict[str, Any], *, n: int = 20) -> list[Effect]:
        return [Effect(**e) for e in self.raw.lab_effects(candidate, n=n)["effects"]]

    def patterns_saved(self, *, recognizer: str, file: str) -> None:
        self.raw.patterns_saved(recognizer=recognizer, file=file)

    # -- the data directory itself ------------------------------------------------
    def ingest_check(self) -> int:
        """The largest message the guardian takes; AccessDenied (audited) for a user who may not import."""
        return int(self.raw.ingest_check()["max_bytes"])

    def ingest(self, raw: bytes, *, label: str = "", delivered: str = "", as_new: bool = False) -> dict[str, Any]:
        """Send one message's bytes to be filed like mail received; its spool id and state."""
        return self.raw.ingest(raw, label=label, delivered=delivered, as_new=as_new)

    def ingest_status(self, spool_ids: list[str]) -> list[dict[str, Any]]:
        return list(self.raw.ingest_status(list(spool_ids))["messages"])

    def key_check(self) -> dict[str, Any]:
        return self.raw.key_check()

    def key_rotate(self, *, new_key: bool = True, retire_old: bool = False) -> dict[str, Any]:
        return self.raw.key_rotate(new_key=new_key, retire_old=retire_old)

    def permissions(self, *, fix: bool = False) -> dict[str, Any]:
        return self.raw.permissions(fix=fix)

    def doctor(self, *, rebuild: bool = False) -> dict[str, Any]:
        """The store checked, or its queue rebuilt — by the guardian while it runs."""
        return self.raw.doctor(rebuild=rebuild)

    def queue(self) -> tuple[list[Any], list[Any]]:
        """(spool items, outbox items) as :class:`ingest.mailq.Item`."""
        from ingest.mailq import Item

        data = self.raw.queue()
        return [Item.from_json(i) for i in data["spool"]], [Item.from_json(i) for i in data["outbox"]]

    def queue_retry(self, ids: list[str], *, everything: bool = False) -> tuple[int, int]:
        """(messages, mails) put back in the queue."""
        data = self.raw.queue_retry(list(ids), everything=everything)
        return int(data["messages"]), int(data["mails"])


class ApiBackend(Backend):
    """Through the guardian's socket."""

    mode = "api"


class LocalBackend(Backend):
    """Embedded mode: the service in this process, for the data directory's owner alone."""

    mode = "embedded"


# ------------------------------------------------------------------ choosing


def probe(path: Path) -> str:
    """``"up"`` (something answers), ``"down"`` (no socket, or a stale one) or ``"denied"``."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(5)
        try:
            s.connect(str(path))
        except PermissionError:
            return "denied"
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM):
                return "denied"
            return "down"
    return "up"


def owns_data_dir(settings: Settings) -> bool:
    """Whether this process's uid owns the data directory (or may create it: it does not exist yet)."""
    root = settings.data_dir()
    try:
        return root.stat().st_uid == os.getuid()
    except FileNotFoundError:
        try:
            os.stat(root.parent)
        except OSError:
            return False
        return os.access(root.parent, os.W_OK | os.X_OK)
    except OSError:                                   # cannot even look: certainly not ours
        return False


def local_backend(settings: Settings, *, engine: Any = None) -> LocalBackend:
    """The embedded backend (the caller must own the data directory; :func:`connect` checks).

    Imported mail is filed and analysed in this process (with ``engine``, else one made at the
    first message): no daemon runs to do it.
    """
    from breachdesk.datadir import open_store
    from breachdesk.maintenance import EmbeddedHost
    from breachdesk.service import Caller, StoreService
    from breachdesk.settings import current_user

    user = current_user()
    store = open_store(settings)
    service = StoreService(settings, store, host=EmbeddedHost(settings, store, engine=engine), via="embedded")
    caller = Caller(uid=os.getuid(), user=user, role=settings.role_of(user))
    return LocalBackend(BoundService(service, caller, watch=settings.data_dir()), str(settings.data_dir()))


def api_backend(path: Path) -> ApiBackend:
    from breachdesk.api.client import ApiClient

    client = ApiClient(path)
    try:
        return ApiBackend(client, str(path))
    except BaseException:
        client.close()
        raise


def running_guardian(settings: Settings) -> Path | None:
    """The socket of the guardian running on ``settings``' data directory, when this user can tell.

    The configured socket if something answers there; else, for the data directory's owner, the
    one the running guardian recorded in its lock (a config naming another socket, or none).
    """
    from breachdesk.datadir import guardian_socket

    path = settings.api_socket()
    if probe(path) != "down":
        return path
    return guardian_socket(settings.data_dir())


def connect(settings: Settings) -> Backend:
    """The guardian's API if it is running; else embedded mode for the owner; else a clear error."""
    from breachdesk.datadir import guardian_socket

    path = settings.api_socket()
    state = probe(path)
    if state == "up":
        return api_backend(path)
    if state == "denied":
        from breachdesk.settings import current_user

        group = f" (group '{settings.api.group}')" if settings.api.group else ""
        raise AccessDenied(f"user '{current_user()}' may not connect to the breachdesk daemon at {path}: "
                           f"permission denied; ask an admin to add you to the socket's group{group}")
    if owns_data_dir(settings):
        running = guardian_socket(settings.data_dir())     # the guardian holds the directory's lock
        if running is None:
            return local_backend(settings)
        if running != path and probe(running) == "up":
            return api_backend(running)                     # this config names another socket: go through it
        raise DaemonUnavailable(f"the breachdesk daemon holds {settings.data_dir()} but does not answer at "
                                f"{running} (starting or stopping?); try again in a moment")
    raise DaemonUnavailable(f"the breachdesk daemon is not running at {path}")


def store_backend(store: Store, *, user: str, role: str | None, settings: Settings | None = None,
                  colleagues: dict[str, list[str]] | None = None) -> LocalBackend:
    """An embedded backend on an open ``store`` for ``user`` as ``role`` (tests and benchmarks).

    The role is granted through ``[access]`` of (a copy of) ``settings``, so the service checks
    it exactly as it checks the guardian's table; ``colleagues`` (role -> users) adds other
    users to it (people an incident or a task may be given to).
    """
    from breachdesk.service import Caller, StoreService
    from breachdesk.settings import Access, load_settings

    base = settings or load_settings()
    lists: dict[str, list[str]] = {k: list(v) for k, v in (colleagues or {}).items()}
    if role:
        lists.setdefault(role, []).insert(0, user)
    grant = Access(**lists) if lists else Access(viewer=["-nobody-"])
    base = base.model_copy(update={"access": grant})
    caller = Caller(uid=os.getuid(), user=user, role=base.role_of(user))
    return LocalBackend(BoundService(StoreService(base, store), caller), str(store.root))
