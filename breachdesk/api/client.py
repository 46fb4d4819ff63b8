"""A small typed client of the guardian's API (httpx over the Unix socket; synchronous).

The method names and arguments are :class:`breachdesk.service.StoreService`'s without the
caller (the guardian knows who is calling from the kernel), and the results are the same
JSON values, so :class:`breachdesk.api.backend.Backend` can sit on either. Synchronous on
purpose: the CLI is, and the dashboard calls the backend from thread workers. An error
answer becomes the same :class:`~breachdesk.errors.BreachdeskError` subclass the service
raised, with the guardian's message.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from breachdesk.actions import WorkflowError
from breachdesk.api import AS_NEW_HEADER, DELIVERED_HEADER, LABEL_HEADER
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
ERRORS: dict[str, type[BreachdeskError]] = {
    c.__name__: c for c in (AccessDenied, BadRequest, NotFoundError, StaleEditError, StoreError, TooLarge,
                             WorkflowError)
}


def error_from(response: httpx.Response) -> BreachdeskError:
    """The exception an error answer stands for (the guardian's message, its class)."""
    try:
        data = response.json()
        message, kind = str(data.get("error") or ""), str(data.get("kind") or "")
    except ValueError:
        message, kind = "", ""
    message = message or f"the breachdesk daemon answered {response.status_code}"
    if kind == "ConfigError":
        return ConfigError(message)
    cls = ERRORS.get(kind) or {403: AccessDenied, 404: NotFoundError, 409: StaleEditError,
                               413: TooLarge, 400: BadRequest}.get(response.status_code, BreachdeskError)
    return cls(message)


class ApiClient:
    """The guardian's API at ``socket_path``."""

    def __init__(self, socket_path: str | Path, *, timeout: float = TIMEOUT) -> None:
        self.socket_path = Path(socket_path)
        # Plain HTTP over a Unix socket: no TLS is ever spoken, so no CA bundle is loaded (that
        # alone cost 70-140 ms of every command's start); the context given would refuse any
        # certificate, were TLS ever asked of it.
        transport = httpx.HTTPTransport(uds=str(self.socket_path), verify=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
        self.http = httpx.Client(transport=transport, base_url="http://breachdesk/v1", timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, url: str, *, params: dict[str, Any] | None = None,
              json: dict[str, Any] | None = None, content: bytes | None = None,
              headers: dict[str, str] | None = None, timeout: float | None = None) -> Any:
        try:
            r = self.http.request(method, url, params={k: v for k, v in (params or {}).items() if v is not None},
                                  json=json, content=content, headers=headers,
                                  timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
        except httpx.TimeoutException:
            raise DaemonUnavailable(f"the breachdesk daemon at {self.socket_path} did not answer in time") from None
        except httpx.TransportError:
            raise DaemonUnavailable(f"the breachdesk daemon is not running at {self.socket_path}") from None
        if r.status_code >= 400:
            raise error_from(r)
        try:
            return r.json()
        except ValueError:
            raise BreachdeskError(f"the breachdesk daemon at {self.socket_path} sent an answer that is "
                                  "not JSON") from None

    # -- the service's operations (same names, no caller) --------------------------
    def whoami(self) -> dict[str, Any]:
        return self._call("GET", "/whoami")

    def revision(self) -> dict[str, Any]:
        return self._call("GET", "/revision")

    def list_incidents(self, *, status: str = "", changed_since: str = "", form: str = "") -> dict[str, Any]:
        return self._call("GET", "/incidents", params={"status": status or None,
                                                       "changed_since": changed_since or None,
                                                       "form": form or None})

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
