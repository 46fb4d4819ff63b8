"""The API server inside ``breachdesk serve``: aiohttp on a Unix-domain socket.

Who is calling comes from the kernel: ``SO_PEERCRED`` on the connection's socket gives
the peer's uid, looked up in the password database — never a header, an argument or
the client's environment. The role comes only from the guardian's own settings
(:meth:`breachdesk.service.StoreService.caller_for`). A user without a role is refused
before any route runs (403, audited as ``access_refused``).

Two gates: the socket's mode decides who may connect at all (0600: only the service
user; with ``[api] group``: 0660 and that group), and the role decides what a
connected user may do.

Every route is one :class:`~breachdesk.service.StoreService` call run in a one-thread
executor, so store work never blocks the event loop that also serves SMTP, and store
operations never race each other inside the guardian. Errors are JSON
``{"error": "...", "kind": "..."}``: 400 bad input, 403 access denied, 404 unknown
incident or route, 409 stale edit, 500 a store failure (no traceback, no values).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import grp
import json
import logging
import os
import socket
import stat
import struct
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from aiohttp import web

from breachdesk.actions import WorkflowError
from breachdesk.api import AS_NEW_HEADER, DELIVERED_HEADER, LABEL_HEADER
from breachdesk.errors import (
    AccessDenied,
    BadRequest,
    BreachdeskError,
    ConfigError,
    NotFoundError,
    StaleEditError,
    TooLarge,
)
from breachdesk.maintenance import Host
from breachdesk.service import Caller, QueueRow, StoreService
from breachdesk.settings import Settings
from breachdesk.store import Store

log = logging.getLogger("breachdesk.api")

SUN_PATH_MAX = 107                   # bytes of a Unix socket path (108 with the NUL)
# the request's key for the kernel-identified Caller (typed keys since aiohttp 3.12)
CALLER: Any = web.RequestKey("caller", Caller) if hasattr(web, "RequestKey") else "breachdesk.caller"
SERVICE = web.AppKey("service", StoreService)
EXECUTOR = web.AppKey("executor", ThreadPoolExecutor)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
INGEST_CHUNK = 64 * 1024            # an imported message's body is read this much at a time
_dumps = functools.partial(json.dumps, separators=(",", ":"), ensure_ascii=False)   # the queue is megabytes


class ApiError(BreachdeskError):
    """The API socket cannot be set up (path too long, taken, wrong group)."""


# ------------------------------------------------------------------ identity


def peer_uid(request: web.Request) -> int:
    """The connecting process's uid, from the kernel (``SO_PEERCRED``)."""
    transport = request.transport
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        raise BadRequest("the connection has gone")
    size = struct.calcsize("3i")
    _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, size))
    return uid


# ------------------------------------------------------------------ errors

STATUS: list[tuple[type[BaseException], int]] = [
    (AccessDenied, 403), (NotFoundError, 404), (StaleEditError, 409), (TooLarge, 413), (BadRequest, 400),
    (WorkflowError, 400), (ConfigError, 400),
]                                                     # the first match wins: subclasses before their bases


def error_response(status: int, message: str, kind: str) -> web.Response:
    return web.json_response({"error": message, "kind": kind}, status=status)


def status_of(exc: BreachdeskError) -> int:
    for cls, code in STATUS:
        if isinstance(exc, cls):
            return code
    return 500


@web.middleware
async def errors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except BreachdeskError as exc:
        return error_response(status_of(exc), str(exc), exc.__class__.__name__)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        text = "no such route (this is the /v1 API)" if exc.status == 404 else exc.reason
        return error_response(exc.status, text, "HTTPError")
    except Exception as exc:  # noqa: BLE001 - the guardian answers; the log names the class, never values
        log.error("API %s %s failed: %s", request.method, request.path, exc.__class__.__name__)
        return error_response(500, f"internal error ({exc.__class__.__name__}); see the daemon's log", "InternalError")


@web.middleware
async def identity_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Caller from the kernel; a user with no role goes no further (audited)."""
    service = request.app[SERVICE]
    caller = service.caller_for(peer_uid(request))
    if caller.role is None:
        await run(request, service.require, caller, "view")     # raises AccessDenied, audited
    request[CALLER] = caller
    return await handler(request)


# ------------------------------------------------------------------ helpers


async def run(request: web.Request, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    """``fn(*args, **kw)`` in the store's executor (blocking file work off the event loop)."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(request.app[EXECUTOR], functools.partial(fn, *args, **kw))


async def call(request: web.Request, name: str, *args: Any, **kw: Any) -> web.Response:
    service = request.app[SERVICE]
    result = await run(request, getattr(service, name), request[CALLER], *args, **kw)
    return web.json_response(result, dumps=_dumps)


def row_json(row: QueueRow) -> str:
    text = row.json
    if text is None:
        text = row.json = _dumps(row)
    return text


def encode_list(result: dict[str, Any]) -> bytes:
    """A list answer as JSON; the compact form's rows from their memoised encodings.

    The queue is megabytes: encoded in the store's executor, not on the event loop that
    also answers SMTP, and in the compact form each row is encoded once per version.
    """
    rows = result.get("rows")
    if rows is None:
        return _dumps(result).encode()
    parts = [row_json(row) for row in rows]
    head = _dumps({k: v for k, v in result.items() if k != "rows"})
    return f'{head[:-1]},"rows":[{",".join(parts)}]}}'.encode()


async def body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadRequest("the request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadRequest("the request body must be a JSON object")
    return data


def _ref(request: web.Request) -> str:
    """The incident reference in the path (only letters, digits and '-' can name one)."""
    ref = request.match_info["ref"]
    if not (0 < len(ref) <= 40 and ref.replace("-", "").isascii() and ref.replace("-", "").isalnum()):
        raise NotFoundError("no such incident (a reference is letters, digits and '-')")
    return ref


def _text(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadRequest(f"'{key}' must be text")
    return value


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise BadRequest(f"'{key}' must be true or false")
    return value


def _int_query(request: web.Request, key: str, default: int | None) -> int | None:
    raw = request.query.get(key)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise BadRequest(f"'{key}' must be a number") from None


# ------------------------------------------------------------------ routes

routes = web.RouteTableDef()


@routes.get("/v1/whoami")
async def whoami(request: web.Request) -> web.Response:
    return await call(request, "whoami")


@routes.get("/v1/revision")
async def revision(request: web.Request) -> web.Response:
    return await call(request, "revision")


@routes.get("/v1/incidents")
async def list_incidents(request: web.Request) -> web.Response:
    service = request.app[SERVICE]

    first = _int_query(request, "first", 0)
    more = {"first": first} if first else {}          # (a dashboard's start: its first screen)

    def listing() -> bytes:
        return encode_list(service.list_incidents(request[CALLER], status=request.query.get("status", ""),
                                                  changed_since=request.query.get("changed_since", ""),
                                                  form=request.query.get("form", ""), **more))

    return web.Response(body=await run(request, listing), content_type="application/json")


@routes.get("/v1/incidents/{ref}")
async def show(request: web.Request) -> web.Response:
    return await call(request, "show", _ref(request))


@routes.post("/v1/incidents/{ref}/reveal")
async def reveal(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "reveal", _ref(request), _text(data, "reason"))


@routes.post("/v1/incidents/{ref}/export")
async def export(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "export", _ref(request), fmt=_text(data, "format", "md"),
                      reveal=_flag(data, "reveal"), reason=_text(data, "reason"), form=_text(data, "form"))


@routes.post("/v1/incidents/{ref}/actions/{name}")
async def act(request: web.Request) -> web.Response:
    data = await body(request)
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise BadRequest("'params' must be a JSON object")
    version = data.get("expected_version")
    return await call(request, "act", _ref(request), request.match_info["name"], params,
                      expected_version=version)


@routes.post("/v1/incidents/{ref}/ask")
async def ask_reporter(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "ask_reporter", _ref(request), template=_text(data, "template"),
                      text=_text(data, "text"))


@routes.post("/v1/incidents/{ref}/letter")
async def letter(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "letter", _ref(request), kind=_text(data, "kind"), reveal=_flag(data, "reveal"),
                      reason=_text(data, "reason"))


@routes.post("/v1/search")
async def search(request: web.Request) -> web.Response:
    """POST, so the searched value is never in a URL (nor a proxy's or a shell's history of one)."""
    data = await body(request)
    return await call(request, "search", kind=_text(data, "kind"), value=_text(data, "value"),
                      dob=_text(data, "dob"), reason=_text(data, "reason"))


@routes.post("/v1/search/reindex")
async def search_reindex(request: web.Request) -> web.Response:
    return await call(request, "search_reindex")


@routes.get("/v1/stats")
async def stats(request: web.Request) -> web.Response:
    return await call(request, "stats", year=_int_query(request, "year", None),
                      by=request.query.get("by", "month"), view=request.query.get("view", "counts"),
                      fy=bool(_int_query(request, "fy", 0)), people=bool(_int_query(request, "people", 0)),
                      min_count=_int_query(request, "min", 2) or 0, reason=request.query.get("reason", ""))


@routes.post("/v1/purge")
async def purge(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "purge", dry_run=_flag(data, "dry_run"), reason=_text(data, "reason"))


@routes.post("/v1/rescore")
async def rescore_start(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "rescore_start", since=_text(data, "since"))


@routes.get("/v1/rescore")
async def rescore_status(request: web.Request) -> web.Response:
    return await call(request, "rescore_status")


@routes.get("/v1/audit/verify")
async def audit_verify(request: web.Request) -> web.Response:
    return await call(request, "audit_verify", anchors=list(request.query.getall("anchor", [])))


@routes.get("/v1/lab/recent")
async def lab_recent(request: web.Request) -> web.Response:
    return await call(request, "lab_recent", n=_int_query(request, "n", 20))


@routes.post("/v1/lab/effects")
async def lab_effects(request: web.Request) -> web.Response:
    data = await body(request)
    candidate = data.get("candidate")
    if not isinstance(candidate, dict):
        raise BadRequest("'candidate' must be a JSON object")
    n = data.get("n", 20)
    if not isinstance(n, int) or isinstance(n, bool):
        raise BadRequest("'n' must be a number")
    return await call(request, "lab_effects", candidate, n=n)


@routes.post("/v1/lab/saved")
async def lab_saved(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "patterns_saved", recognizer=_text(data, "recognizer"), file=_text(data, "file"))


# ------------------------------------------------------------------ the data directory itself


@routes.get("/v1/ingest")
async def ingest_check(request: web.Request) -> web.Response:
    return await call(request, "ingest_check")


@routes.post("/v1/ingest")
async def ingest(request: web.Request) -> web.Response:
    """One imported message: its bytes are the body, read in chunks up to the SMTP limit (413 past it)."""
    service = request.app[SERVICE]
    await run(request, service.require, request[CALLER], "ingest")     # before a byte of the body is read
    limit = service.settings.mailbox.max_message_bytes
    too_large = TooLarge(f"the message is larger than the mailbox takes ({limit} bytes)")
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(INGEST_CHUNK):
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    flag = request.headers.get(AS_NEW_HEADER, "0")
    if flag not in ("0", "1"):
        raise BadRequest(f"{AS_NEW_HEADER} must be 0 or 1")
    return await call(request, "ingest", b"".join(chunks), label=unquote(request.headers.get(LABEL_HEADER, "")),
                      delivered=request.headers.get(DELIVERED_HEADER, ""), as_new=flag == "1")


@routes.post("/v1/ingest/status")
async def ingest_status(request: web.Request) -> web.Response:
    data = await body(request)
    ids = data.get("spool_ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise BadRequest("'spool_ids' must be a list of spool ids")
    return await call(request, "ingest_status", ids)


@routes.get("/v1/keys")
async def key_check(request: web.Request) -> web.Response:
    return await call(request, "key_check")


@routes.post("/v1/keys/rotate")
async def key_rotate(request: web.Request) -> web.Response:
    data = await body(request)
    new_key = data.get("new_key", True)
    if not isinstance(new_key, bool):
        raise BadRequest("'new_key' must be true or false")
    return await call(request, "key_rotate", new_key=new_key, retire_old=_flag(data, "retire_old"))


@routes.get("/v1/permissions")
async def permissions_check(request: web.Request) -> web.Response:
    return await call(request, "permissions", fix=False)


@routes.post("/v1/permissions")
async def permissions_fix(request: web.Request) -> web.Response:
    data = await body(request)
    return await call(request, "permissions", fix=_flag(data, "fix"))


@routes.get("/v1/doctor")
async def doctor_check(request: web.Request) -> web.Response:
    return await call(request, "doctor", rebuild=False)


@routes.post("/v1/doctor/rebuild")
async def doctor_rebuild(request: web.Request) -> web.Response:
    """The guardian rebuilds its own queue (it holds it in memory): never a second process."""
    return await call(request, "doctor", rebuild=True)


@routes.get("/v1/queue")
async def queue_list(request: web.Request) -> web.Response:
    return await call(request, "queue")


MAX_RETRY_IDS = 10_000


@routes.post("/v1/queue/retry")
async def queue_retry(request: web.Request) -> web.Response:
    data = await body(request)
    ids = data.get("ids") or []
    if (not isinstance(ids, list) or len(ids) > MAX_RETRY_IDS
            or not all(isinstance(i, str) and 0 < len(i) <= 200 for i in ids)):
        raise BadRequest(f"'ids' must be a list of at most {MAX_RETRY_IDS} spool or outbox ids")
    return await call(request, "queue_retry", ids, everything=_flag(data, "all"))


def make_app(service: StoreService, executor: ThreadPoolExecutor) -> web.Application:
    app = web.Application(middlewares=[errors_middleware, identity_middleware], client_max_size=4 * 1024 * 1024)
    app[SERVICE] = service
    app[EXECUTOR] = executor
    app.add_routes(routes)
    return app


# ------------------------------------------------------------------ the socket


def _in_use(path: Path) -> bool:
    """Whether something answers on ``path`` (a guardian already running)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        try:
            s.connect(str(path))
        except OSError:
            return False
    return True


def prepare_socket_path(path: Path, group: str) -> int | None:
    """Check the path, make its directory, remove a stale socket; the group's gid (or None)."""
    if len(os.fsencode(str(path))) > SUN_PATH_MAX:
        raise ApiError(f"[api] socket {path} is too long for a Unix socket (at most {SUN_PATH_MAX} bytes); "
                       "choose a shorter path")
    gid = None
    if group:
        try:
            gid = grp.getgrnam(group).gr_gid
        except KeyError:
            raise ApiError(f"[api] group '{group}' does not exist") from None
    parent = path.parent
    if not parent.exists():
        parent.mkdir(parents=True, mode=0o750 if gid is not None else 0o700)
        if gid is not None:
            with contextlib.suppress(OSError):
                os.chown(parent, -1, gid)
    if path.exists() or path.is_symlink():
        if not stat.S_ISSOCK(path.lstat().st_mode):
            raise ApiError(f"[api] socket {path} exists and is not a socket; remove it or choose another path")
        if _in_use(path):
            raise ApiError(f"another breachdesk daemon is already serving {path}")
        path.unlink()                                 # left by a daemon that did not stop cleanly
    return gid


def secure_socket(path: Path, gid: int | None, group: str) -> None:
    """0600 (service user only) or 0660 with ``[api] group``."""
    if gid is None:
        os.chmod(path, 0o600)
        return
    try:
        os.chown(path, -1, gid)
    except PermissionError:
        raise ApiError(f"cannot give {path} to group '{group}': the service user must be a member of it") from None
    os.chmod(path, 0o660)


class ApiServer:
    """The running API: ``await start()``, ``await stop()``."""

    def __init__(self, settings: Settings | Callable[[], Settings], store: Store, host: Host | None = None) -> None:
        self.service = StoreService(settings, store, host=host)
        first = self.service.settings
        self.path = first.api_socket()
        self.group = first.api.group
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="breachdesk-api")
        self.runner: web.AppRunner | None = None
        self._warming: asyncio.Future[None] | None = None

    async def start(self) -> None:
        gid = prepare_socket_path(self.path, self.group)
        self.runner = web.AppRunner(make_app(self.service, self.executor), access_log=None,
                                    handle_signals=False)
        await self.runner.setup()
        site = web.UnixSite(self.runner, str(self.path))
        old = os.umask(0o177)                          # born 0600: nobody connects before it is secured
        try:
            await site.start()
        except OSError as exc:
            await self.runner.cleanup()
            raise ApiError(f"cannot listen on {self.path}: {exc.strerror or exc}") from None
        finally:
            os.umask(old)
        secure_socket(self.path, gid, self.group)
        # the store read and the compact queue, before the first dashboard asks (in the
        # executor, so a request that comes sooner waits for it rather than doing it again)
        self._warming = asyncio.get_running_loop().run_in_executor(self.executor, self._warm)
        log.info("API listening on %s (%s)", self.path,
                 f"group {self.group}, mode 660" if gid is not None else "mode 600, service user only")

    def _warm(self) -> None:
        try:
            for row in self.service.warm_queue():
                row_json(row)
        except Exception as exc:  # noqa: BLE001 - only a head start: the first list will say what is wrong
            log.warning("API: reading the queue ahead failed: %s", exc.__class__.__name__)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.executor.shutdown(wait=True)


async def start_api(settings: Settings | Callable[[], Settings], store: Store,
                    host: Host | None = None) -> ApiServer:
    """Start the API for ``store`` (the daemon's hook; ``host`` its spool, pool and keys); raises
    :class:`ApiError` with a clear message."""
    server = ApiServer(settings, store, host)
    await server.start()
    return server

