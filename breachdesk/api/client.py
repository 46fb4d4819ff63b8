"""A small typed client of the guardian's API (stdlib HTTP/1.1 over the Unix socket; synchronous).

The method names and arguments are :class:`breachdesk.service.StoreService`'s without the
caller (the guardian knows who is calling from the kernel), and the results are the same
JSON values, so :class:`breachdesk.api.backend.Backend` can sit on either. Synchronous on
purpose: the CLI is, and the dashboard calls the backend from thread workers (each call takes
an idle keep-alive connection from a small pool, or opens one: safe from several threads).
An error answer becomes the same :class:`~breachdesk.errors.BreachdeskError` subclass the
service raised, with the guardian's message.

``http.client`` on an ``AF_UNIX`` socket rather than httpx: the dashboard's start pays for
every import, and httpx (with its CLI module, certifi and h11) cost 100-150 ms of it for
plain HTTP on a local socket.
"""

from __future__ import annotations

import http.client
import json as jsonlib
import select
import socket
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from breachdesk.actions import WorkflowError
from breachdesk.api import API_VERSION, AS_NEW_HEADER, DELIVERED_HEADER, LABEL_HEADER
from breachdesk.errors import (
    AccessDenied,
    BadRequest,
    BreachdeskError,
    ConfigError,
    DaemonUnavailable,
    NotFoundError,
    StaleEditError,
    StoreError,
    TooLarge,
)

TIMEOUT = 60.0                 # seconds for one call; purge and exports of big incidents take a while
ROTATE_TIMEOUT = 3600.0        # a key rotation re-wraps every incident's key (a doctor reads every
                               # detail): minutes for a big store
MAX_LABEL = 200                # characters of an imported message's label (its file name) sent
POOL = 4                       # idle keep-alive connections kept (the dashboard's workers share them)
ERRORS: dict[str, type[BreachdeskError]] = {
    c.__name__: c for c in (AccessDenied, BadRequest, NotFoundError, StaleEditError, StoreError, TooLarge,
                             WorkflowError)
}


def error_from(status: int, body: bytes) -> BreachdeskError:
    """The exception an error answer stands for (the guardian's message, its class)."""
    try:
        data = jsonlib.loads(body)
        message, kind = str(data.get("error") or ""), str(data.get("kind") or "")
    except (ValueError, AttributeError):
        message, kind = "", ""
    message = message or f"the breachdesk daemon answered {status}"
    if kind == "ConfigError":
        return ConfigError(message)
    cls = ERRORS.get(kind) or {403: AccessDenied, 404: NotFoundError, 409: StaleEditError,
                               413: TooLarge, 400: BadRequest}.get(status, BreachdeskError)
    return cls(message)


class _UnixConnection(http.client.HTTPConnection):
    """HTTP/1.1 on a Unix-domain socket (the host name is only the ``Host`` header)."""

    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("breachdesk", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.settimeout(self.timeout)
            s.connect(self.path)
        except BaseException:
            s.close()
            raise
        self.sock = s

    def usable(self) -> bool:
        """Whether an idle kept-alive connection may carry another request: still open, nothing unread.

        A socket readable while idle has been closed by the guardian (or holds bytes nobody
        asked for): it is dropped, never written to, so no request is sent twice.
        """
        if self.sock is None:
            return False
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable


def _query(params: dict[str, Any] | None) -> str:
    items = [(k, v) for k, v in (params or {}).items() if v is not None]
    return "?" + urlencode(items, doseq=True) if items else ""


class ApiClient:
    """The guardian's API at ``socket_path``."""

    def __init__(self, socket_path: str | Path, *, timeout: float = TIMEOUT) -> None:
        self.socket_path = Path(socket_path)
        self.timeout = timeout
        self._idle: list[_UnixConnection] = []
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _take(self, timeout: float) -> _UnixConnection:
        with self._lock:
            while self._idle:
                conn = self._idle.pop()
                if conn.usable():
                    if conn.sock is not None:
                        conn.sock.settimeout(timeout)
                    return conn
                conn.close()
        return _UnixConnection(str(self.socket_path), timeout)

    def _give_back(self, conn: _UnixConnection, response: http.client.HTTPResponse) -> None:
        if response.will_close or conn.sock is None:
            conn.close()
            return
        with self._lock:
            if not self._closed and len(self._idle) < POOL:
                self._idle.append(conn)
                return
        conn.close()

    def request(self, method: str, url: str, *, params: dict[str, Any] | None = None,
                json: dict[str, Any] | None = None, content: bytes | None = None,
                headers: dict[str, str] | None = None, timeout: float | None = None) -> tuple[int, bytes]:
        """One request to ``/v1{url}``: (status, body). The socket failing is :class:`DaemonUnavailable`."""
        sent = dict(headers or {})
        body = content
        if json is not None:
            body = jsonlib.dumps(json, separators=(",", ":")).encode("utf-8")
            sent["Content-Type"] = "application/json"
        sent.setdefault("Accept", "application/json")
        conn = self._take(timeout if timeout is not None else self.timeout)
        try:
            conn.request(method, f"/{API_VERSION}{url}{_query(params)}", body=body, headers=sent)
            response = conn.getresponse()
            data = response.read()
        except TimeoutError:
            conn.close()
            raise DaemonUnavailable(f"the breachdesk daemon at {self.socket_path} did not answer in time") from None
        except (OSError, http.client.HTTPException):
            conn.close()
            raise DaemonUnavailable(f"the breachdesk daemon is not running at {self.socket_path}") from None
        self._give_back(conn, response)
        return response.status, data

    def _call(self, method: str, url: str, **kw: Any) -> Any:
        status, data = self.request(method, url, **kw)
        if status >= 400:
            raise error_from(status, data)
        try:
            return jsonlib.loads(data)
        except ValueError:
            raise BreachdeskError(f"the breachdesk daemon at {self.socket_path} sent an answer that is "
                                  "not JSON") from None

    # -- the service's operations (same names, no caller) --------------------------
    def whoami(self) -> dict[str, Any]:
        return self._call("GET", "/whoami")

    def revision(self) -> dict[str, Any]:
        return self._call("GET", "/revision")

    def list_incidents(self, *, status: str = "", changed_since: str = "", form: str = "",
                       first: int = 0) -> dict[str, Any]:
        return self._call("GET", "/incidents", params={"status": status or None,
                                                       "changed_since": changed_since or None,
                                                       "form": form or None, "first": first or None})

    def show(self, ref: str) -> dict[str, Any]:
        return self._call("GET", f"/incidents/{_ref(ref)}")

    def reveal(self, ref: str, reason: str) -> dict[str, Any]:
        return self._call("POST", f"/incidents/{_ref(ref)}/reveal", json={"reason": reason})

    def export(self, ref: str, *, fmt: str = "md", reveal: bool = False, reason: str = "",
               form: str = "") -> dict[str, Any]:
        return self._call("POST", f"/incidents/{_ref(ref)}/export",
                          json={"format": fmt, "reveal": reveal, "reason": reason, "form": form})

    def act(self, ref: str, name: str, params: dict[str, Any] | None = None, *,
            expected_version: int | None = None) -> dict[str, Any]:
        return self._call("POST", f"/incidents/{_ref(ref)}/actions/{_ref(name)}",
                          json={"params": params or {}, "expected_version": expected_version})

    def ask_reporter(self, ref: str, *, template: str, text: str = "") -> dict[str, Any]:
        return self._call("POST", f"/incidents/{_ref(ref)}/ask", json={"template": template, "text": text})

    def letter(self, ref: str, *, kind: str, reveal: bool = False, reason: str = "") -> dict[str, Any]:
        return self._call("POST", f"/incidents/{_ref(ref)}/letter",
                          json={"kind": kind, "reveal": reveal, "reason": reason})

    def search(self, *, kind: str, value: str, dob: str = "", reason: str = "") -> dict[str, Any]:
        return self._call("POST", "/search", json={"kind": kind, "value": value, "dob": dob, "reason": reason})

    def search_reindex(self) -> dict[str, Any]:
        return self._call("POST", "/search/reindex")

    def stats(self, *, year: int | None = None, by: str = "month", view: str = "counts", fy: bool = False,
              people: bool = False, min_count: int = 2, reason: str = "") -> dict[str, Any]:
        return self._call("GET", "/stats", params={"year": year, "by": by, "view": view, "fy": int(fy),
                                                   "people": int(people), "min": min_count,
                                                   "reason": reason or None})

    def purge(self, *, dry_run: bool = False, reason: str = "") -> dict[str, Any]:
        return self._call("POST", "/purge", json={"dry_run": dry_run, "reason": reason})

    def rescore_start(self, *, since: str = "") -> dict[str, Any]:
        return self._call("POST", "/rescore", json={"since": since})

    def rescore_status(self) -> dict[str, Any]:
        return self._call("GET", "/rescore")

    def audit_verify(self, *, anchors: list[str] | None = None) -> dict[str, Any]:
        return self._call("GET", "/audit/verify", params={"anchor": list(anchors) if anchors else None})

    def lab_recent(self, *, n: int = 20) -> dict[str, Any]:
        return self._call("GET", "/lab/recent", params={"n": n})

    def lab_effects(self, candidate: dict[str, Any], *, n: int = 20) -> dict[str, Any]:
        return self._call("POST", "/lab/effects", json={"candidate": candidate, "n": n})

    def patterns_saved(self, *, recognizer: str, file: str) -> dict[str, Any]:
        return self._call("POST", "/lab/saved", json={"recognizer": recognizer, "file": file})

    def ingest_check(self) -> dict[str, Any]:
        return self._call("GET", "/ingest")

    def ingest(self, raw: bytes, *, label: str = "", delivered: str = "", as_new: bool = False) -> dict[str, Any]:
        """One message's bytes as the body (never in a URL); where it came from percent-encoded in a header."""
        return self._call("POST", "/ingest", content=raw,
                          headers={"Content-Type": "message/rfc822", LABEL_HEADER: quote(label[-MAX_LABEL:]),
                                   DELIVERED_HEADER: delivered, AS_NEW_HEADER: "1" if as_new else "0"})

    def ingest_status(self, spool_ids: list[str]) -> dict[str, Any]:
        return self._call("POST", "/ingest/status", json={"spool_ids": list(spool_ids)})

    def key_check(self) -> dict[str, Any]:
        return self._call("GET", "/keys")

    def key_rotate(self, *, new_key: bool = True, retire_old: bool = False) -> dict[str, Any]:
        return self._call("POST", "/keys/rotate", json={"new_key": new_key, "retire_old": retire_old},
                          timeout=ROTATE_TIMEOUT)

    def permissions(self, *, fix: bool = False) -> dict[str, Any]:
        return self._call("POST" if fix else "GET", "/permissions", json={"fix": True} if fix else None)

    def doctor(self, *, rebuild: bool = False) -> dict[str, Any]:
        if rebuild:
            return self._call("POST", "/doctor/rebuild", json={}, timeout=ROTATE_TIMEOUT)
        return self._call("GET", "/doctor", timeout=ROTATE_TIMEOUT)

    def queue(self) -> dict[str, Any]:
        return self._call("GET", "/queue")

    def queue_retry(self, ids: list[str], *, everything: bool = False) -> dict[str, Any]:
        return self._call("POST", "/queue/retry", json={"ids": list(ids), "all": everything})


def _ref(text: str) -> str:
    """A path segment: references and action names are letters, digits, '-' and '_'."""
    if not text or not text.replace("-", "").replace("_", "").isalnum():
        raise BadRequest(f"not an incident reference or action name: {text!r}")
    return text
