"""The guardian's /v1 API over a real Unix socket: identity from the kernel, roles from its own
settings, masked unless revealed with a reason, every change audited, clear JSON errors.

The server is the real :class:`~breachdesk.api.server.ApiServer` (aiohttp on a ``UnixSite``) on
its own event loop in a thread; the client is the real one (stdlib HTTP over the socket), and
``raw_http`` a second, independent one (httpx) for the wire itself. Roles are switched by
changing the settings the server reads (as a reload does), since the test has one uid.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import tui.app
from breachdesk import actions
from breachdesk.actions import WorkflowError
from breachdesk.api.backend import ApiBackend, connect
from breachdesk.api.client import ApiClient
from breachdesk.api.server import ApiServer
from breachdesk.errors import (
    AccessDenied,
    BadRequest,
    DaemonUnavailable,
    NotFoundError,
    StaleEditError,
    StoreError,
)
from breachdesk.model import NOT_REPORTS, Status, utcnow
from breachdesk.service import ACTS
from breachdesk.settings import Access, Settings, current_user, load_settings
from breachdesk.store import Store
from tests.conftest import write_config
from tests.functional.conftest_tui import NOW, build_store, settle
from tui.app import BreachdeskApp
from tui.screens.incident import IncidentScreen

ME = current_user()
RAW = ("9434765919", "943 476 5919", "Peter Rabbit", "Rabbit")        # values in conftest_tui's incidents
REF = "BD-2026-000001"


class Guardian:
    """An ApiServer on its own loop in a thread; ``role`` switches what [access] gives this uid."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.server = ApiServer(lambda: self.settings, store)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def role(self, role: str | None) -> None:
        grant = Access(**({role: [ME]} | ({"viewer": ["bob"]} if role != "viewer" else {}))) if role \
            else Access(viewer=["somebody-else"])
        self.settings = self.settings.model_copy(update={"access": grant})

    def __enter__(self) -> Guardian:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(30)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def guardian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Guardian]:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[api]\nsocket = "api.sock"\n')
    settings = load_settings(cfg)
    store = build_store(settings.data_dir())
    with Guardian(settings, store) as g:
        g.role("dpo")
        yield g


@pytest.fixture
def client(guardian: Guardian) -> Iterator[ApiClient]:
    with ApiClient(guardian.server.path) as c:
        yield c


def raw_http(guardian: Guardian, method: str, url: str, **kw: Any) -> httpx.Response:
    with httpx.Client(transport=httpx.HTTPTransport(uds=str(guardian.server.path)),
                      base_url="http://breachdesk") as h:
        return h.request(method, url, **kw)


def audit(guardian: Guardian) -> list[dict[str, Any]]:
    path = guardian.store.root / "audit.jsonl"
    entries = [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
    return [e for e in entries if e["action"] != "audit_started"]          # the keyed log's first entry


# ------------------------------------------------------------------ identity and roles


def test_the_socket_is_private_and_the_caller_is_the_kernels_uid(guardian: Guardian, client: ApiClient,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert stat.S_IMODE(guardian.server.path.stat().st_mode) == 0o600
    monkeypatch.setenv("USER", "the-dpo")
    monkeypatch.setenv("LOGNAME", "the-dpo")
    # a header claiming someone else changes nothing: the guardian asks the kernel
    r = raw_http(guardian, "GET", "/v1/whoami", headers={"X-User": "the-dpo", "Authorization": "the-dpo"})
    assert r.status_code == 200
    assert r.json()["user"] == ME == current_user() and r.json()["uid"] == os.getuid()
    assert client.whoami()["role"] == "dpo"


def test_a_user_with_no_role_is_refused_at_the_socket_and_it_is_audited(guardian: Guardian) -> None:
    guardian.role(None)
    r = raw_http(guardian, "GET", "/v1/incidents")
    assert r.status_code == 403
    assert f"user '{ME}' has no role" in r.json()["error"]
    assert [e for e in audit(guardian) if e["action"] == "access_refused" and e["by"] == ME]
    with pytest.raises(AccessDenied, match="has no role"):
        ApiBackend(ApiClient(guardian.server.path), str(guardian.server.path))


def test_roles_come_from_the_guardians_settings_as_they_are_now(guardian: Guardian, client: ApiClient) -> None:
    guardian.role("viewer")
    assert client.whoami()["role"] == "viewer"
    with pytest.raises(AccessDenied, match="is a viewer; to reveal identifier values you need the dpo role"):
        client.reveal(REF, "curious")
    with pytest.raises(AccessDenied, match="viewer"):
        client.act(REF, "note", {"text": "x"})
    refused = [e for e in audit(guardian) if e["action"] == "access_refused"]
    assert {e["detail"]["action"] for e in refused} == {"reveal", "edit"}
    guardian.role("dpo")                                   # a reload that makes us dpo applies at once
    assert client.reveal(REF, "checking the NHS number")["detail"]["revealed"] is True


# ------------------------------------------------------------------ masking and reveal


def test_list_and_show_carry_no_identifier_value_and_reveal_is_audited(guardian: Guardian,
                                                                      client: ApiClient) -> None:
    listing = json.dumps(client.list_incidents())
    shown = json.dumps(client.show(REF))
    for value in RAW:
        assert value not in listing and value not in shown, value
    assert "*** *** **19" in shown                     # at most the last two digits
    with pytest.raises(BadRequest, match="needs a reason"):
        client.reveal(REF, "  ")
    revealed = client.reveal(REF, "ICO form needs the number")
    assert "9434765919" in json.dumps(revealed)
    entry = [e for e in audit(guardian) if e["action"] == "reveal"]
    assert [(e["by"], e["ref"], e["why"]) for e in entry] == [(ME, REF, "ICO form needs the number")]


def test_export_is_masked_unless_revealed_with_a_reason(guardian: Guardian, client: ApiClient) -> None:
    masked = client.export(REF, fmt="json")["text"]
    assert "9434765919" not in masked and json.loads(masked)["revealed"] is False
    with pytest.raises(BadRequest, match="needs a reason"):
        client.export(REF, fmt="md", reveal=True)
    assert "9434765919" in client.export(REF, fmt="md", reveal=True, reason="for the ICO")["text"]
    exports = [e for e in audit(guardian) if e["action"] == "export"]
    assert [e["detail"]["revealed"] for e in exports] == [False, True]


def test_a_pdf_export_crosses_the_socket_as_base64_masked_unless_revealed(guardian: Guardian) -> None:
    import io

    from pypdf import PdfReader

    backend = connect(guardian.settings)
    try:
        assert isinstance(backend, ApiBackend)
        masked = backend.export_file(REF, fmt="pdf", form="dspt")
        assert masked.startswith(b"%PDF-")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(masked)).pages)
        assert "NHS DSPT incident reporting tool" in text and all(v not in text for v in RAW)
        with pytest.raises(BadRequest, match="needs a reason"):
            backend.export_file(REF, fmt="pdf", reveal=True)
        with pytest.raises(BadRequest, match="not text"):
            backend.export(REF, fmt="pdf")
        revealed = backend.export_file(REF, fmt="pdf", reveal=True, reason="for the ICO")
        assert "9434765919" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(revealed)).pages)
    finally:
        backend.close()
    exports = [e for e in audit(guardian) if e["action"] == "export"]
    assert [(e["detail"]["format"], e["detail"]["revealed"], e["why"]) for e in exports] == \
        [("pdf", False, "export"), ("pdf", True, "for the ICO")]


# ------------------------------------------------------------------ actions and errors


PARAMS: dict[str, dict[str, Any]] = {
    "status": {"status": "triage"}, "override": {"likelihood": 4, "severity": 4, "reason": "vulnerable adult"},
    "assign": {"assignee": "bob"}, "note": {"text": "called the ward"},
    "containment": {"step": "recipient deleted it"}, "near_miss": {"near_miss": True, "reason": "caught"},
    "subjects_told": {"told": True, "how": "letter"}, "breach_type": {"breach_type": "integrity"},
    "link": {"other": "BD-2026-000002"}, "merge": {"into": "BD-2026-000003"},
}


SUBMISSION_ACTS = {"report_update", "withdraw"}          # need a reported incident: tested below
TASK_ACTS = {"task_add", "task_done", "task_edit", "task_defaults", "letter_save"}    # tested below


def test_every_dpo_action_goes_through_the_api_and_is_audited(guardian: Guardian, client: ApiClient) -> None:
    assert set(PARAMS) | SUBMISSION_ACTS | TASK_ACTS == set(ACTS)
    for name, params in PARAMS.items():
        version = client.show(REF)["incident"]["version"]
        after = client.act(REF, name, params, expected_version=version)["incident"]
        assert after["version"] > version, name
    timeline = [t["action"] for t in guardian.store.detail(REF)["timeline"]]
    assert {"status", "override", "assign", "note", "containment", "near_miss", "link", "merge"} <= set(timeline)
    assert [e["action"] for e in audit(guardian)] == list(PARAMS)
    assert all(e["by"] == ME for e in audit(guardian))


def test_errors_are_json_with_the_right_status(guardian: Guardian, client: ApiClient) -> None:
    cases = [
        (raw_http(guardian, "GET", "/v1/incidents/BD-1999-000001"), 404, "no incident BD-1999-000001"),
        (raw_http(guardian, "GET", "/v2/incidents"), 404, "no such route"),
        (raw_http(guardian, "POST", f"/v1/incidents/{REF}/reveal", content=b"{not json"), 400, "not valid JSON"),
        (raw_http(guardian, "POST", f"/v1/incidents/{REF}/actions/teleport", json={}), 400, "unknown action"),
        (raw_http(guardian, "POST", f"/v1/incidents/{REF}/actions/override",
                  json={"params": {"likelihood": "high", "severity": 3, "reason": "x"}}), 400, "must be a number"),
        (raw_http(guardian, "POST", f"/v1/incidents/{REF}/actions/status",
                  json={"params": {"status": "closed"}}), 400, "the outcome is required"),
        (raw_http(guardian, "GET", "/v1/stats", params={"by": "colour"}), 400, "unknown breakdown"),
        (raw_http(guardian, "GET", "/v1/stats", params={"view": "weekday"}), 400, "unknown view"),
        (raw_http(guardian, "GET", "/v1/stats", params={"view": "years", "fy": "yes"}), 400, "must be a number"),
    ]
    for r, status, text in cases:
        assert r.status_code == status, (r.request.url, r.text)
        assert text in r.json()["error"], r.json()
    v = client.show(REF)["incident"]["version"]
    client.act(REF, "note", {"text": "first"}, expected_version=v)
    with pytest.raises(StaleEditError, match="changed by someone else"):
        client.act(REF, "note", {"text": "second"}, expected_version=v)
    with pytest.raises(NotFoundError):
        client.show("BD-1999-000001")


def test_stats_audit_verify_purge_and_the_lab(guardian: Guardian, client: ApiClient) -> None:
    assert client.stats(by="status")["total"] == 6
    from tests.functional.conftest_tui import ROWS

    years = client.stats(view="years", fy=True)
    # the fixture's incidents are all from the days before 23 Nov 2026: financial year 2026/27
    assert years["fy"] is True and years["years"] == {"2026/27": {
        "incidents": 6, "reportable": sum(1 for r in ROWS if r[3] >= 3 and r[4] >= 2), "submitted": 0,
        "near_misses": 0, "special_category": sum(1 for r in ROWS if r[5])}}
    assert client.stats(view="sources", min_count=1)["sources"] == {"example.nhs.uk": 6}
    people = client.stats(view="sources", people=True, reason="repeat-breach review")
    assert people["by"] == "reporter" and people["sources"] == {}                  # each reporter once
    assert audit(guardian)[-1]["action"] == "stats_people"
    guardian.role("viewer")
    with pytest.raises(AccessDenied):
        client.stats(view="sources", people=True)
    assert client.stats(view="timing")["total"] == 6
    guardian.role("dpo")
    assert client.audit_verify()["ok"] is True
    report = client.purge(dry_run=True)
    assert report["dry_run"] is True and report["kept_open"] == 5
    recent = client.lab_recent(n=3)["incidents"]
    assert len(recent) == 3
    effects = client.lab_effects({"name": "nhs_spaced_again", "kind": "nhs_number",
                                  "regex": r"\b\d{3} \d{3} \d{4}\b", "validator": "nhs_mod11"}, n=6)["effects"]
    assert sum(len(e["matches"]) for e in effects) == 6
    assert not any(v in json.dumps(effects) for v in RAW)
    with pytest.raises(BadRequest, match="does not compile"):
        client.lab_effects({"name": "broken", "kind": "nhs_number", "regex": r"(\d{3"}, n=1)


# ------------------------------------------------------------------ clients


def test_connect_uses_the_socket_while_the_guardian_runs(guardian: Guardian) -> None:
    backend = connect(guardian.settings)
    assert backend.mode == "api" and backend.user == ME and backend.role == "dpo"
    rev, rows = backend.list_incidents()
    assert len(rows) == 6 and rev == backend.revision()


def test_connect_is_embedded_for_the_owner_when_no_guardian_runs(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[api]\nsocket = "api.sock"\n')
    settings = load_settings(cfg)
    build_store(settings.data_dir())
    backend = connect(settings)
    assert backend.mode == "embedded" and backend.role == "dpo"       # empty [access]: the owner is dpo
    assert len(backend.list_incidents()[1]) == 6


@pytest.mark.asyncio
async def test_the_dashboard_over_the_api(guardian: Guardian) -> None:
    backend = connect(guardian.settings)
    app = BreachdeskApp(backend, guardian.settings, clock=lambda: NOW, poll_seconds=0.2, tick_seconds=0)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.incidents is not None and len(app.incidents) == 6
        app.open_incident(REF)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, IncidentScreen) and screen.incident is not None
        await pilot.press("a")                                  # assign to me, through the guardian
        await settle(app, pilot)
        assert guardian.store.get(REF).assignee == ME
        # a report filed meanwhile (by the daemon's worker, here straight into the store) shows up by polling
        from tests.functional.conftest_tui import add_incident

        new = add_incident(guardian.store, 99)
        for _ in range(50):
            await pilot.pause(0.1)
            if any(i.ref == new for i in app.incidents or []):
                break
        assert any(i.ref == new for i in app.incidents or [])
    assert [e["action"] for e in audit(guardian)] == ["assign"]


def test_breachdesk_serve_is_the_guardian_and_clients_go_through_its_socket(tmp_path: Path) -> None:
    from tests.functional.daemon import ServeProcess, write_cfg

    cfg = write_cfg(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[api]\nsocket = "api.sock"\n')
    settings = load_settings(cfg)
    sock = settings.api_socket()
    d = ServeProcess(cfg, tmp_path / "serve.log").start()
    try:
        assert stat.S_ISSOCK(sock.stat().st_mode) and stat.S_IMODE(sock.stat().st_mode) == 0o600
        backend = connect(settings)
        assert backend.mode == "api" and backend.role == "dpo"         # the owner, via the socket
        assert backend.list_incidents()[1] == []
        with pytest.raises(NotFoundError):
            backend.show("BD-2026-000001")
    finally:
        assert d.terminate() == 0
    assert not sock.exists()                                          # removed at a clean stop
    assert connect(settings).mode == "embedded"                       # the owner, no guardian
    assert "API listening on" in (tmp_path / "serve.log").read_text()


def test_a_second_guardian_is_refused_and_a_stale_socket_replaced(guardian: Guardian, tmp_path: Path) -> None:
    import socket as so

    from breachdesk.api.server import ApiError

    second = ApiServer(guardian.settings, guardian.store)
    with pytest.raises(ApiError, match="another breachdesk daemon is already serving"):
        asyncio.run(second.start())
    stale = tmp_path / "stale.sock"
    s = so.socket(so.AF_UNIX, so.SOCK_STREAM)
    s.bind(str(stale))
    s.close()                                       # left behind, as by a killed daemon
    settings = guardian.settings.model_copy(update={"api": guardian.settings.api.model_copy(
        update={"socket": str(stale)})})
    third = ApiServer(settings, guardian.store)

    async def start_stop() -> None:
        await third.start()
        await third.stop()

    asyncio.run(start_stop())
    assert not stale.exists()
    with pytest.raises(ApiError, match="not a socket"):
        (tmp_path / "plain").write_text("x")
        asyncio.run(ApiServer(settings.model_copy(update={"api": settings.api.model_copy(
            update={"socket": str(tmp_path / "plain")})}), guardian.store).start())


def test_the_queue_follows_changes_without_fetching_everything(guardian: Guardian, client: ApiClient) -> None:
    first = client.list_incidents()
    assert first["complete"] is True and len(first["incidents"]) == 6
    assert client.list_incidents(changed_since=first["as_of"])["incidents"] == []
    v = client.show(REF)["incident"]["version"]
    client.act(REF, "note", {"text": "called the ward"}, expected_version=v)
    changed = client.list_incidents(changed_since=first["as_of"])
    assert changed["complete"] is False and [r["ref"] for r in changed["incidents"]] == [REF]
    assert client.list_incidents(changed_since=changed["as_of"])["incidents"] == []
    # a mark from another guardian (restarted) or garbage: the whole queue again
    for foreign in ("0123456789ab:3", "nonsense"):
        again = client.list_incidents(changed_since=foreign)
        assert again["complete"] is True and len(again["incidents"]) == 6


def test_repeated_refusals_cannot_flood_the_audit_log(guardian: Guardian, client: ApiClient,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    guardian.role("viewer")
    for _ in range(5):
        with pytest.raises(AccessDenied):
            client.reveal(REF, "again and again")
    assert len([e for e in audit(guardian) if e["action"] == "access_refused"]) == 1
    monkeypatch.setattr("breachdesk.service.REFUSAL_QUIET", 0.0)       # the quiet minute is over
    with pytest.raises(AccessDenied):
        client.reveal(REF, "once more")
    refused = [e for e in audit(guardian) if e["action"] == "access_refused"]
    assert [e["detail"]["repeated_since_last_entry"] for e in refused] == [0, 4]
    r = raw_http(guardian, "GET", "/v1/incidents/..%2F..%2Fetc")
    assert r.status_code == 404 and "no such incident" in r.json()["error"]


def test_a_submission_update_and_withdrawal_over_the_api(guardian: Guardian, client: ApiClient) -> None:
    ref = "BD-2026-000002"                                             # triage, aware 20 h before NOW
    submitted = (NOW - timedelta(hours=1)).isoformat()
    with pytest.raises(WorkflowError, match="needs its incident reference"):
        client.act(ref, "status", {"status": "reported", "submitted_at": submitted, "channel": "dspt"})
    after = client.act(ref, "status", {"status": "reported", "submitted_at": submitted, "channel": "dspt",
                                       "dspt_ref": "19876"})["incident"]
    assert after["status"] == "reported" and after["reported_at"] == submitted
    client.act(ref, "report_update", {"text": "ICO case opened", "ico_ref": "IC-1-AB"})
    client.act(ref, "withdraw", {"reason": "not a breach after all"})
    sub = guardian.store.detail(ref)["submission"]
    assert sub["ico_ref"] == "IC-1-AB" and sub["withdrawn"]["by"] == ME
    entries = [e for e in audit(guardian) if e["ref"] == ref]
    assert [e["action"] for e in entries] == ["status", "report_update", "withdraw"]
    assert all("IC-1-AB" not in json.dumps(e["detail"]) for e in entries)      # names of params, not values


def test_tasks_over_the_api(guardian: Guardian, client: ApiClient) -> None:
    with pytest.raises(BadRequest, match="the task's owner must be a user in"):
        client.act(REF, "task_add", {"title": "Recall the e-mail", "owner": "mallory"})
    row = client.act(REF, "task_add", {"title": "Recall the e-mail", "owner": "bob",
                                       "due": "2026-11-23T12:00"})["incident"]
    assert (row["tasks_open"], row["task_due"]) == (1, "2026-11-23T12:00:00+00:00")
    client.act(REF, "task_defaults", {})
    client.act(REF, "task_edit", {"task": 1, "due": ""})
    row = client.act(REF, "task_done", {"task": 1})["incident"]
    assert row["tasks_open"] == 2
    shown = client.show(REF)["detail"]["tasks"]
    assert [t["done"] for t in shown] == [True, False, False]
    assert [e["action"] for e in audit(guardian)] == ["task_add", "task_defaults", "task_edit", "task_done"]


def test_a_regulators_form_over_the_api_is_masked_and_audited(guardian: Guardian, client: ApiClient) -> None:
    answer = client.export(REF, fmt="json", form="dspt")
    fields = json.loads(answer["text"])
    assert answer["form"] == "dspt" and fields["form"].startswith("NHS DSPT")
    assert all(value not in answer["text"] for value in RAW)
    with pytest.raises(BadRequest, match="unknown form"):
        client.export(REF, form="nhs")
    assert client.export(REF, form="ico")["text"].startswith("# ICO personal data breach report")
    exports = [e for e in audit(guardian) if e["action"] == "export"]
    assert [e["detail"].get("form") for e in exports] == ["dspt", "ico"]


def test_person_search_over_the_api(guardian: Guardian, client: ApiClient) -> None:
    answer = client.search(kind="nhs", value="943 476 5919", reason="SAR 17")
    assert len(answer["incidents"]) == 6                  # every sample holds the same NHS number
    assert all(v not in json.dumps(answer) for v in RAW)
    assert client.search(kind="name_dob", value="Peter Rabbit", dob="1962-07-14")["incidents"] == []
    with pytest.raises(BadRequest, match="10 digits"):
        client.search(kind="nhs", value="123")
    entries = [e for e in audit(guardian) if e["action"] == "search"]
    assert [e["detail"]["found"] for e in entries] == [6, 0]
    assert "9434765919" not in json.dumps(audit(guardian))
    guardian.role("viewer")
    with pytest.raises(AccessDenied):
        client.search(kind="nhs", value="9434765919")


def test_a_letter_over_the_api(guardian: Guardian, client: ApiClient) -> None:
    draft = client.letter(REF, kind="article34")
    assert draft["text"].startswith("Dear [name of the person affected]") and draft["saved"] == []
    with pytest.raises(BadRequest, match="unknown letter"):
        client.letter(REF, kind="poem")
    client.act(REF, "letter_save", {"kind": "article34", "text": "Dear Peter Rabbit,\nWe are sorry."})
    again = client.letter(REF, kind="article34")
    assert "Peter Rabbit" not in json.dumps(again)                        # saved letters come back masked
    assert [x["text"].endswith("\nWe are sorry.") for x in again["saved"]] == [True]
    entries = [e for e in audit(guardian) if e["action"] == "letter"]
    assert entries[0]["detail"] == {"field": "letters", "kind": "article34", "characters": 32, "version": 1}
    assert [(x["version"], x["names_withheld"]) for x in again["saved"]] == [(1, True)]


def test_ask_and_reindex_routes(guardian: Guardian, client: ApiClient) -> None:
    with pytest.raises(BadRequest, match=r"no \[relay\] host"):             # this guardian has no relay
        client.ask_reporter(REF, template="recalled")
    with pytest.raises(BadRequest, match="unknown question"):
        client.ask_reporter(REF, template="gossip")
    assert client.search_reindex() == {"indexed": 6}
    assert [e["action"] for e in audit(guardian)] == ["search_reindex"]


# ------------------------------------------------------------------ the queue's compact form


def test_the_compact_queue_has_the_queues_columns_masked_and_matches_the_full_rows(guardian: Guardian,
                                                                                  client: ApiClient) -> None:
    from breachdesk.service import GRADE_KEYS, QUEUE_COLUMNS

    r = raw_http(guardian, "GET", "/v1/incidents", params={"form": "queue"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert not any(value in r.text for value in RAW)                   # masked, like the full rows
    compact = r.json()
    assert compact["complete"] is True and "incidents" not in compact
    assert compact["columns"] == list(QUEUE_COLUMNS)
    full = {d["ref"]: d for d in client.list_incidents()["incidents"]}
    assert sorted(row[0] for row in compact["rows"]) == sorted(full)
    for row in compact["rows"]:
        got = dict(zip(compact["columns"], row, strict=True))
        want = full[got["ref"]]
        assert got["auto"] == {k: want["auto"][k] for k in GRADE_KEYS}        # the grade, not its reasons
        assert {k: v for k, v in got.items() if k != "auto"} == {k: want[k] for k in got if k != "auto"}
    assert "reasons" in next(iter(full.values()))["auto"] and "reasons" not in r.text
    with pytest.raises(BadRequest, match="form must be one of: queue"):
        client.list_incidents(form="everything")


def test_the_compact_queue_follows_new_and_changed_incidents(guardian: Guardian, client: ApiClient) -> None:
    """Rows are kept between reads: a report filed meanwhile and an edited incident still show."""
    from tests.functional.conftest_tui import add_incident

    first = client.list_incidents(form="queue")
    again = client.list_incidents(form="queue")
    assert again["rows"] == first["rows"] and again["as_of"] != first["as_of"]
    new = add_incident(guardian.store, 99, subject="Fwd: filed while the dashboard was open")
    v = client.show(REF)["incident"]["version"]
    client.act(REF, "assign", {"assignee": "bob"}, expected_version=v)
    after = client.list_incidents(form="queue")
    cols = after["columns"]
    rows = {row[0]: dict(zip(cols, row, strict=True)) for row in after["rows"]}
    assert len(rows) == 7 and rows[new]["subject"] == "Fwd: filed while the dashboard was open"
    assert rows[REF]["assignee"] == "bob" and rows[REF]["version"] == v + 1
    changed = client.list_incidents(changed_since=first["as_of"], form="queue")
    assert changed["complete"] is False and sorted(row[0] for row in changed["rows"]) == sorted([new, REF])
    assert client.list_incidents(changed_since=after["as_of"], form="queue")["rows"] == []


def test_the_dashboards_rows_over_the_compact_form_are_the_stores(guardian: Guardian) -> None:
    backend = connect(guardian.settings)
    assert isinstance(backend, ApiBackend)
    _rev, as_of, rows = backend.list_changes()
    assert as_of and len(rows) == 6
    for inc in rows:
        stored = guardian.store.get(inc.ref)
        assert (inc.likelihood, inc.severity, inc.reportable) == (stored.likelihood, stored.severity,
                                                                   stored.reportable)
        assert (inc.status, inc.assignee, inc.version, inc.deadline, inc.subject) == \
            (stored.status, stored.assignee, stored.version, stored.deadline, stored.subject)
        assert inc.identifier_counts == {} and inc.spool_ids == []           # not queue columns: defaults
    assert rows[0].spool_ids is not rows[1].spool_ids                        # fresh defaults for each row


def test_a_dashboard_reads_a_guardian_from_before_the_compact_form(guardian: Guardian,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Upgraded clients meet the running (older) guardian until it restarts: it ignores ``form``."""
    from breachdesk.service import StoreService

    original = StoreService.list_incidents

    def older(self: StoreService, caller: Any, *, status: str = "", changed_since: str = "",
              form: str = "") -> dict[str, Any]:
        return original(self, caller, status=status, changed_since=changed_since)

    monkeypatch.setattr(StoreService, "list_incidents", older)
    _rev, _as_of, rows = connect(guardian.settings).list_changes()
    assert sorted(i.ref for i in rows) == sorted(i.ref for i in guardian.store.list_incidents())
    assert all(i.identifier_counts for i in rows)                  # the full rows, as that guardian sends


def test_an_imported_message_is_streamed_to_the_spool_up_to_the_smtp_limit(guardian: Guardian,
                                                                          client: ApiClient) -> None:
    from breachdesk.errors import TooLarge

    limit = 6 * 1024 * 1024                      # above aiohttp's 4 MiB body limit for JSON requests
    guardian.settings = guardian.settings.model_copy(update={
        "mailbox": guardian.settings.mailbox.model_copy(update={"max_message_bytes": limit})})
    incoming = guardian.store.root / "spool" / "incoming"
    head = b"From: nurse@nhs.net\r\nTo: breach@example.nhs.uk\r\nSubject: old report\r\n\r\n"
    raw = head + b"x" * (5 * 1024 * 1024) + b"\r\n"
    assert client.ingest_check() == {"max_bytes": limit}
    got = client.ingest(raw, label="/home/me/Letter - a patient.eml", delivered="2025-03-04T10:00:00+00:00")
    assert got["state"] == "waiting" and got["dated"]           # no daemon's pool here: it waits in the spool
    assert len(list(incoming.glob("*.msg"))) == 1
    [entry] = [e for e in audit(guardian) if e["action"] == "ingest"]
    assert entry["by"] == ME and entry["detail"]["bytes"] == len(raw) and entry["detail"]["via"] == "guardian"
    assert "patient" not in json.dumps(entry)                   # the file's name is not audited
    assert client.ingest_status([got["spool_id"]])["messages"] == [{"spool_id": got["spool_id"], "state": "waiting"}]

    with pytest.raises(TooLarge, match=f"at most {limit}|mailbox takes \\({limit}"):
        client.ingest(head + b"y" * limit)

    def chunked() -> Iterator[bytes]:                          # no Content-Length: the limit is met mid-stream
        yield head
        for _ in range(limit // 65536 + 2):
            yield b"z" * 65536

    r = raw_http(guardian, "POST", "/v1/ingest", content=chunked())
    assert r.status_code == 413 and r.json()["kind"] == "TooLarge", r.text
    assert len(list(incoming.glob("*.msg"))) == 1                # nothing more spooled

    guardian.role("viewer")
    with pytest.raises(AccessDenied, match="import messages"):
        client.ingest_check()
    r = raw_http(guardian, "POST", "/v1/ingest", content=raw[:1000])
    assert r.status_code == 403 and r.json()["kind"] == "AccessDenied"
    assert len(list(incoming.glob("*.msg"))) == 1
    assert any(e["action"] == "access_refused" and e["detail"]["action"] == "ingest" for e in audit(guardian))


def test_keys_and_permissions_over_the_api(guardian: Guardian, client: ApiClient) -> None:
    checked = client.permissions()
    assert checked["ok"] and checked["checked"] > 3
    loose = next(guardian.store.root.glob("details/*.json"))
    os.chmod(loose, 0o644)
    assert not client.permissions()["ok"]
    fixed = client.permissions(fix=True)
    assert fixed["ok"] and len(fixed["fixed"]) == 1 and stat.S_IMODE(loose.stat().st_mode) == 0o600
    key = client.key_check()
    assert set(key) >= {"ok", "lines", "needing_old_keys"}
    actions = [e["action"] for e in audit(guardian)]
    assert actions.count("permissions_check") == 2 and "permissions_fix" in actions and "key_check" in actions
    guardian.role("viewer")
    for call in (client.permissions, client.key_check, lambda: client.key_rotate(new_key=True)):
        with pytest.raises(AccessDenied, match="is a viewer"):
            call()


def test_doctor_and_the_queue_over_the_socket(guardian: Guardian, client: ApiClient) -> None:
    checked = client.doctor()
    assert checked["ok"] and checked["rebuilt"] is None
    listing = client.queue()
    assert listing == {"spool": [], "outbox": []}
    for body in ({"ids": "all"}, {"ids": [1]}, {"ids": [], "all": "yes"}):
        r = raw_http(guardian, "POST", "/v1/queue/retry", json=body)
        assert r.status_code == 400 and r.json()["kind"] == "BadRequest", r.text
    with pytest.raises(BadRequest, match="not in the failed queue"):
        client.queue_retry(["no-such-id"])
    guardian.store.db_path.write_bytes(b"")                  # the queue file emptied behind the guardian
    with pytest.raises(StoreError, match="doctor"):
        client.list_incidents()
    rebuilt = client.doctor(rebuild=True)                    # the guardian rebuilds the queue it serves
    assert rebuilt["ok"] and rebuilt["rebuilt"] == len(guardian.store.list_incidents()) > 0
    assert len(client.list_incidents()["incidents"]) == rebuilt["rebuilt"]
    guardian.role("viewer")
    for call in (client.queue, client.doctor, lambda: client.doctor(rebuild=True),
                 lambda: client.queue_retry([], everything=True)):
        with pytest.raises(AccessDenied, match="is a viewer"):
            call()
    actions = [e["action"] for e in audit(guardian)]
    assert {"doctor_check", "queue_list", "doctor_rebuild", "access_refused"} <= set(actions)


# ------------------------------------------------------------------ a dashboard's start


def test_a_first_screen_is_the_most_urgent_open_rows_with_the_whole_queues_counts(guardian: Guardian,
                                                                                   client: ApiClient) -> None:
    whole = connect(guardian.settings).list_changes()[2]
    open_rows = [i for i in whole if i.status not in NOT_REPORTS and i.status != Status.CLOSED]
    assert 2 < len(open_rows) < len(whole)                       # some are left out, some cut off
    before = utcnow()
    data = client.list_incidents(form="queue", first=2)
    after = utcnow()
    assert data["partial"] is True and data["complete"] is False and data["as_of"] == ""
    refs = [row[data["columns"].index("ref")] for row in data["rows"]]
    assert refs in [[i.ref for i in actions.sort_queue(open_rows, t)[:2]] for t in (before, after)]
    assert data["counts"] in [actions.header_counts(whole, t) for t in (before, after)]
    assert not any(v in json.dumps(data) for v in RAW)              # masked, as the whole queue is
    for bad in ({"first": -1, "form": "queue"}, {"first": 2, "form": "queue", "changed_since": "x"},
                {"first": 2}, {"first": 2, "form": "queue", "status": "new"}):
        with pytest.raises(BadRequest):
            client.list_incidents(**bad)
    guardian.role(None)
    with pytest.raises(AccessDenied):
        client.list_incidents(form="queue", first=2)


@pytest.mark.asyncio
async def test_the_dashboard_draws_the_first_screen_then_reads_the_whole_queue(guardian: Guardian) -> None:
    seen: list[tuple[bool, list[str]]] = []

    class Watched(BreachdeskApp):
        CSS_PATH = str(Path(tui.app.__file__).with_name("app.tcss"))

        def on_queue_loaded(self, msg: Any) -> None:        # (Textual calls the app's handler too)
            seen.append((msg.partial, [i.ref for i in msg.incidents]))

    app = Watched(connect(guardian.settings), guardian.settings, poll_seconds=0, tick_seconds=0)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        from tui.screens.queue import QueueScreen

        queue = app.screen
        assert isinstance(queue, QueueScreen)
        assert [p for p, _ in seen] == [True, False]
        assert sorted(seen[1][1]) == sorted(i.ref for i in guardian.store.list_incidents())
        assert seen[0][1] == [i.ref for i in queue.shown][:len(seen[0][1])]   # the same first rows
        assert not app.queue_partial and len(app.incidents or []) == 6
        assert app.settings is guardian.settings


@pytest.mark.asyncio
async def test_the_dashboard_connects_before_reading_the_config_and_refuses_a_bad_one(
        guardian: Guardian, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk.cli import build_parser, dashboard_start

    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(f'[api]\nsocket = "{guardian.server.path}"\n\n[mailbox]\ntrusted_domains = ["ward.example"]\n')
    bad.write_text(f'[api]\nsocket = "{guardian.server.path}"\n\n[smtp]\nprot = 25\n')
    for cfg, code in ((good, 0), (bad, 2)):
        settings, backend = dashboard_start(build_parser().parse_args(["--config", str(cfg), "tui"]))
        assert callable(settings) and backend.mode == "api"      # the socket found without pydantic
        app = BreachdeskApp(backend, settings, poll_seconds=0, tick_seconds=0)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(app, pilot)
            if code == 0:
                assert app.settings is not None and app.settings.mailbox.trusted_domains == ["ward.example"]
        assert (app.return_code or 0) == code
        if code:                                                # said on stderr as the app ends
            said = capsys.readouterr().err
            assert "breachdesk: error:" in said and "prot" in said


def test_the_client_shares_its_connections_between_threads_and_outlives_a_restart(guardian: Guardian) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ApiClient(guardian.server.path) as c:
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: (c.whoami()["user"], len(c.list_incidents()["incidents"])),
                                    range(40)))
        assert answers == [(ME, 6)] * 40
        asyncio.run_coroutine_threadsafe(guardian.server.stop(), guardian.loop).result(30)
        with pytest.raises(DaemonUnavailable):                 # its kept connections closed: not sent again
            c.whoami()
        guardian.server = ApiServer(lambda: guardian.settings, guardian.store)
        asyncio.run_coroutine_threadsafe(guardian.server.start(), guardian.loop).result(30)
        assert c.whoami()["user"] == ME
