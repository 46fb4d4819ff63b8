"""The DPO's question to the reporter: queued through the service, sent by the notifier to a real
local relay (aiosmtpd) with [REF] in the subject and Reply-To the mailbox; recorded and audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breachdesk.api.backend import store_backend
from breachdesk.errors import BadRequest
from breachdesk.settings import load_settings
from ingest.ack import Notifier
from tests.functional.conftest_tui import build_store
from tests.functional.daemon import Relay, write_cfg

REF = "BD-2026-000001"                       # reported by ward12@example.nhs.uk


def test_a_question_reaches_the_reporter_through_the_relay(tmp_path: Path) -> None:
    with Relay() as relay:
        cfg = write_cfg(tmp_path, relay=f'host = "127.0.0.1"\nport = {relay.port}\nretry_seconds = [1]\n'
                                        'from_address = "breachdesk@example.nhs.uk"')
        settings = load_settings(cfg)
        store = build_store(settings.data_dir())
        backend = store_backend(store, user="alice", role="dpo", settings=settings)
        with pytest.raises(BadRequest, match="needs its text"):
            backend.ask_reporter(REF, "other")
        inc = backend.ask_reporter(REF, "deleted", text="The recipient was a pharmacy in Leeds.")
        assert Notifier(settings, store).tick() == 1
        (_sender, rcpts, msg), = relay.wait(1)
        assert rcpts == ["ward12@example.nhs.uk"]
        assert msg["Subject"] == f"[{REF}] Has the recipient confirmed deletion?"
        assert msg["Reply-To"] == settings.mailbox.addresses[0] and msg["Auto-Submitted"] is None
        text = msg.get_payload(decode=True).decode()
        assert "confirmed, in writing" in text and "pharmacy in Leeds" in text
        assert "9434765919" not in text and "Peter Rabbit" not in text and "discharge letter" not in text
        convo = store.detail(REF)["conversation"]
        assert [(c["direction"], c["template"], c["to"]) for c in convo] == [("out", "deleted",
                                                                             ["ward12@example.nhs.uk"])]
        assert inc.version == store.get(REF).version
        assert store.detail(REF)["timeline"][-1]["action"] == "ask_reporter"
        entries = [json.loads(x) for x in (store.root / "audit.jsonl").read_text().splitlines()]
        assert entries[-1]["detail"] == {"field": "conversation", "template": "deleted", "recipients": 1,
                                         "text_given": True}


def test_without_a_relay_the_question_is_refused(tmp_path: Path) -> None:
    settings = load_settings(write_cfg(tmp_path))
    store = build_store(settings.data_dir())
    backend = store_backend(store, user="alice", role="dpo", settings=settings)
    with pytest.raises(BadRequest, match=r"no \[relay\] host"):
        backend.ask_reporter(REF, "recalled")
    assert "conversation" not in store.detail(REF)


@pytest.mark.asyncio
async def test_asking_from_the_dashboard(tmp_path: Path) -> None:
    from tests.functional.conftest_tui import NOW, settle
    from tests.functional.test_tui_incident import answer, open_incident
    from tui.app import BreachdeskApp

    with Relay() as relay:
        cfg = write_cfg(tmp_path, relay=f'host = "127.0.0.1"\nport = {relay.port}\nretry_seconds = [1]\n')
        settings = load_settings(cfg)
        store = build_store(settings.data_dir())
        app = BreachdeskApp(store_backend(store, user="alice", role="dpo", settings=settings), None,
                            clock=lambda: NOW, poll_seconds=0, tick_seconds=0)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_incident(app, pilot)
            await pilot.press("i")
            await answer(app, pilot, template="other")                 # no text: refused in the dialog
            await answer(app, pilot, template="other", text="Which ward sent it?")
            await settle(app, pilot)
            assert [c["text"] for c in store.detail(REF)["conversation"]] == ["Which ward sent it?"]
        assert Notifier(settings, store).tick() == 1
        (_s, _r, msg), = relay.wait(1)
        assert msg["Subject"] == f"[{REF}] A question from the Data Protection Officer"


def test_asking_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk.cli import main

    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    with Relay() as relay:
        cfg = write_cfg(tmp_path, relay=f'host = "127.0.0.1"\nport = {relay.port}\nretry_seconds = [1]\n')
        settings = load_settings(cfg)
        store = build_store(settings.data_dir())
        assert main(["--config", str(cfg), "ask", REF, "--template", "other"]) == 2
        assert "needs its text" in capsys.readouterr().err
        assert main(["--config", str(cfg), "ask", REF, "--template", "recalled", "-m", "It went at 10:53.",
                     "-m", "Please reply today."]) == 0
        assert capsys.readouterr().out.startswith(f"{REF}: question queued to the reporter (recalled)")
        [asked] = store.detail(REF)["conversation"]
        assert (asked["direction"], asked["template"], asked["to"]) == ("out", "recalled", ["ward12@example.nhs.uk"])
        assert asked["text"] == "It went at 10:53.\n\nPlease reply today."
        assert Notifier(settings, store).tick() == 1
        (_s, rcpts, msg), = relay.wait(1)
        assert rcpts == ["ward12@example.nhs.uk"] and msg["Subject"].startswith(f"[{REF}] ")
        assert "It went at 10:53." in msg.get_payload(decode=True).decode()
        entries = [json.loads(x) for x in (store.root / "audit.jsonl").read_text().splitlines()]
        assert entries[-1]["action"] == "ask_reporter" and entries[-1]["ref"] == REF
