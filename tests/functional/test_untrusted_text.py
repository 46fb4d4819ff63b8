"""Text from mail is inert in every renderer: markup stays literal, escapes never reach a terminal.

A crafted report is filed for real (``ingest_paths`` with the real engine) with markup and
terminal-escape payloads in every field that comes from mail: the reporter's display name and
address, the subject, the forwarded original's From/To/Cc and subject, attachment names, a CSV
header and cells, and a parse note (a truncated attachment names itself). A second report of
the same original, from a sender ``"[/]…"@nhs.net``, merges into it as a second reporter. Then
``list``, ``show`` (masked and revealed, text and JSON), ``export`` (md and json, masked and
revealed) and ``scan`` run as real processes, and the dashboard opens the incident on every
tab, masked and revealed.
"""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable, Static

from breachdesk.api.backend import store_backend
from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.backfill import ingest_paths
from ingest.process import Engine
from tests.functional.daemon import write_cfg
from tests.functional.test_tui_incident import answer, open_incident
from tui.app import BreachdeskApp
from tui.screens.incident import IncidentScreen

PAYLOAD = "[/] [bold red]x [link=file:///etc/passwd]y \x1b]0;pwn\x07\x1b[2J \x9b31m \u202eevil \rZ"
FILE_PAYLOAD = "[bold red]x \x1b]0;pwn\x07\x1b[2J \x9b31m"     # no "/": a path separator in a file name
FORBIDDEN = ("\x1b", "\x9b", "\x07", "\r", "\u202e")
# Two layers: the parser drops C0/C1 control characters from everything it reads (so ESC, BEL,
# CSI and CR never reach the store), and every renderer shows what is left inert: markup stays
# literal and a bidi override (a printable character the parser keeps) is shown escaped.
LITERAL = ("[bold red]x", "]0;pwn", "[2J", "\\u202eevil")       # what a revealed view shows


def _ew(s: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(s.encode()).decode() + "?="


def _fn(s: str) -> str:
    return "utf-8''" + urllib.parse.quote(s.encode())


def crafted(sender_name: str, sender: str, cover: str) -> bytes:
    """A report forwarding an original (message/rfc822) with payloads everywhere."""
    csv = ("NHS Number [/],Name \x1b[2J,Note\r\n943 476 5919,Peter Rabbit,[bold red]x \x9b31m\r\n"
           "401 023 2137,Jemima Duck,ok\r\n")
    inner = (f"From: {_ew('Pat ' + PAYLOAD)} <pat.payload@personal.example>\n"
             f"To: {_ew('Rcpt ' + PAYLOAD)} <rcpt@personal.example>\n"
             f"Cc: {_ew('Cc ' + PAYLOAD)} <cc@personal.example>\n"
             f"Subject: {_ew('Letter ' + PAYLOAD)}\n"
             "Date: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-ID: <fuzz-inner@example.nhs.uk>\n"
             "Content-Type: text/plain; charset=utf-8\n\n"
             "Dear Peter Rabbit, NHS number 943 476 5919, your appointment is confirmed.\n")
    long_note = ("ward notes " + "lorem ipsum " * 60 + "\n")
    raw = (f"From: {_ew(sender_name)} <{sender}>\nTo: breach@example.nhs.uk\n"
           f"Subject: {_ew('Fw: ' + PAYLOAD)}\nDate: Mon, 2 Nov 2026 11:00:00 +0000\n"
           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"BOUND\"\n\n"
           f"--BOUND\nContent-Type: text/plain; charset=utf-8\n\n{cover}\n\n"
           f"--BOUND\nContent-Type: message/rfc822\n\n{inner}\n"
           f"--BOUND\nContent-Type: text/csv\nContent-Disposition: attachment; filename*={_fn('list ' + FILE_PAYLOAD + '.csv')}\n\n{csv}\n"
           f"--BOUND\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Disposition: attachment; filename*={_fn('notes ' + FILE_PAYLOAD + '.txt')}\n\n{long_note}\n"
           "--BOUND--\n")
    return raw.replace("\n", "\r\n").encode()


@dataclass
class Filed:
    cfg: Path
    store: Store
    ref: str
    eml: Path                  # the first report, for ``scan``


@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> Filed:
    tmp = tmp_path_factory.mktemp("fuzz")
    cfg = write_cfg(tmp, mailbox='trusted_domains = ["nhs.net"]')
    with cfg.open("a") as fh:
        fh.write("\n[limits]\nmax_text_chars_per_part = 400\n")    # the long attachment leaves a parse note
    settings = load_settings(cfg)
    first = tmp / "first.eml"
    first.write_bytes(crafted("Reporter " + PAYLOAD, '"[/]\x1b[2J"@nhs.net', "Sent in error, see attached."))
    second = tmp / "second.eml"
    second.write_bytes(crafted("Second " + PAYLOAD, '"[/]"@nhs.net', "I got this too."))
    assert ingest_paths(settings, [str(first), str(second)], engine=Engine(settings)) == 0
    store = Store(settings.data_dir())
    (inc,) = store.list_incidents()              # the second report merged into the first
    return Filed(cfg, store, inc.ref, first)


def test_the_payloads_really_came_from_mail(filed: Filed) -> None:
    inc, detail = filed.store.get(filed.ref), filed.store.detail(filed.ref)
    assert len(inc.reporters) == 2 and all("[/]" in r for r in inc.reporters)
    subject = detail["headers"]["subject"]
    assert "[bold red]x" in subject and "]0;pwn" in subject and "\u202eevil" in subject
    fwd = detail["forwarded"][0]
    fields = (subject, fwd["sender"], *fwd["to"], *fwd["cc"], fwd["subject"],
              *(a["name"] for a in detail["attachments"]), *detail["notes"], *inc.reporters)
    # the markup arrived; the control characters were dropped by the parser
    assert all("[2J" in f for f in (fwd["sender"], *fwd["to"], *fwd["cc"], fwd["subject"]))
    assert not any(c in f for f in fields for c in ("\x1b", "\x9b", "\x07", "\r"))
    assert sum("]0;pwn" in a["name"] for a in detail["attachments"]) == 2
    assert "NHS Number [/]" in detail["tables"][0]["header"]
    assert any("]0;pwn" in n for n in detail["notes"]), detail["notes"]


CLI_VIEWS = {
    "list": ["list"],
    "list --json": ["list", "--json"],
    "show": ["show", "{ref}"],
    "show --json": ["show", "{ref}", "--json"],
    "show --reveal": ["show", "{ref}", "--reveal", "--reason", "fuzz test"],
    "show --reveal --json": ["show", "{ref}", "--reveal", "--reason", "fuzz test", "--json"],
    "export md": ["export", "{ref}"],
    "export json": ["export", "{ref}", "--format", "json"],
    "export md revealed": ["export", "{ref}", "--reveal", "--reason", "fuzz test"],
    "export json revealed": ["export", "{ref}", "--format", "json", "--reveal", "--reason", "fuzz test"],
    "scan --explain": ["scan", "{eml}", "--explain"],
    "scan --json": ["scan", "{eml}", "--json"],
    "error message": ["show", "BD-\x1b]0;pwn\x07"],
}
# One real process runs every command through breachdesk.cli.main, writing to a real pipe
# (strict UTF-8: a lone surrogate would fail here), each output followed by a marker line.
_DRIVER = """
import json, sys
from breachdesk.cli import main
for name, argv in json.loads(sys.argv[1]):
    rc = main(argv)
    sys.stdout.flush(); sys.stderr.flush()
    print(f"\\n=== {name} rc={rc}", flush=True)
    print(f"=== {name} rc={rc}", file=sys.stderr, flush=True)
"""


@pytest.fixture(scope="module")
def cli(filed: Filed) -> dict[str, tuple[int, str, str]]:
    """view → (exit status, stdout, stderr)."""
    runs = [(name, ["--config", str(filed.cfg), *[a.format(ref=filed.ref, eml=filed.eml) for a in argv]])
            for name, argv in CLI_VIEWS.items()]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    p = subprocess.run([sys.executable, "-c", _DRIVER, json.dumps(runs)], capture_output=True, env=env,
                       timeout=300)
    out, err = p.stdout.decode("utf-8"), p.stderr.decode("utf-8")      # strict UTF-8
    assert p.returncode == 0 and "Traceback" not in err, err
    results = {}
    for name, _ in runs:
        o, _, out = out.partition(f"\n=== {name} rc=")
        rc, _, out = out.partition("\n")
        e, _, err = err.partition(f"=== {name} rc=")
        err = err.partition("\n")[2]
        results[name] = (int(rc), o, e)
    return results


@pytest.mark.parametrize("view", list(CLI_VIEWS))
def test_cli_output_is_inert(cli: dict[str, tuple[int, str, str]], view: str) -> None:
    rc, out, err = cli[view]
    bad = [c for c in FORBIDDEN if c in out or c in err]
    assert not bad, f"{view}: {bad!r} written raw"
    if view == "error message":
        assert rc == 2 and err.startswith("breachdesk: error: ") and "␛]0;pwn␇" in err
        return
    assert rc == 0 and out.strip(), (view, err)
    if "json" in view:
        for line in out.splitlines() if view.startswith("scan") else [out]:
            json.loads(line)              # still valid JSON
    if view in ("show --reveal", "export md revealed", "scan --explain"):
        # scan prints no subject, so no bidi override there: the file names carry the rest
        for piece in LITERAL if view != "scan --explain" else LITERAL[:3]:
            assert piece in out.replace("\\[", "[").replace("\\]", "]"), (view, piece)


def test_json_keeps_the_values_exactly(filed: Filed, cli: dict[str, tuple[int, str, str]]) -> None:
    """JSON escapes, never alters: a reader gets the subject back character for character."""
    data = json.loads(cli["show --reveal --json"][1])
    assert data["subject"] == filed.store.detail(filed.ref)["headers"]["subject"]
    assert data["reporters"] == filed.store.get(filed.ref).reporters


def test_list_shows_the_reporter_escaped(cli: dict[str, tuple[int, str, str]]) -> None:
    # the markup stays literal; the escape was dropped when the report was parsed
    assert '"[/] [2J"@nhs.net' in cli["list"][1] and "␛" not in cli["list"][1]


# ------------------------------------------------------------------ the dashboard


def _texts(screen: IncidentScreen) -> dict[str, str]:
    out = {wid: str(screen.query_one(f"#{wid}", Static).render())
           for wid in ("inc-title", "summary", "message", "attachments")}
    for wid in ("identifiers", "timeline"):
        table = screen.query_one(f"#{wid}", DataTable)
        out[wid] = "\n".join(" ".join(str(c) for c in table.get_row_at(r)) for r in range(table.row_count))
    return out


@pytest.mark.asyncio
async def test_dashboard_opens_every_tab_masked_and_revealed(filed: Filed) -> None:
    settings = load_settings(filed.cfg)
    backend = store_backend(filed.store, user="alice", role="dpo", settings=settings)
    app = BreachdeskApp(backend, settings, poll_seconds=0, tick_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        shots = [app.export_screenshot()]                        # the queue
        screen = await open_incident(app, pilot, filed.ref)
        views: dict[str, dict[str, str]] = {}
        for revealed in (False, True):
            if revealed:
                await pilot.press("r")
                await answer(app, pilot, text="fuzz test")
                assert screen.revealed
            for tab in ("summary", "identifiers", "message", "timeline"):
                await pilot.press({"summary": "1", "identifiers": "2", "message": "3", "timeline": "4"}[tab])
                await pilot.pause()
                shots.append(app.export_screenshot())
            views["revealed" if revealed else "masked"] = _texts(screen)
        assert app.is_running and app.return_code in (None, 0)
    for shot in shots:
        assert not [c for c in FORBIDDEN if c in shot]
    for mode, texts in views.items():
        for wid, text in texts.items():
            assert not [c for c in FORBIDDEN if c in text], (mode, wid)
    shown = views["revealed"]
    assert "[/]" in shown["summary"] and "[link=file:///etc/passwd]y" in shown["summary"]
    assert all(p in shown["summary"] for p in LITERAL)
    assert "NHS Number [/]" in shown["attachments"] and "[bold red]x ]0;pwn [2J" in shown["attachments"]
    assert "\\u202e" in views["masked"]["inc-title"]      # masked views show the bidi override escaped too


# ------------------------------------------------------------------ crashes


def test_an_unexpected_cli_error_prints_no_traceback(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk import cli

    def broken(args: object) -> int:
        patient = "Alison Wong 943 476 5919"   # noqa: F841 - a local a traceback would show
        raise KeyError("Alison Wong")

    monkeypatch.setattr(cli, "cmd_list", broken)
    monkeypatch.delenv("BREACHDESK_DEBUG", raising=False)
    assert cli.main(["list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("breachdesk: error: internal error (KeyError)")
    assert "Traceback" not in err and "Alison" not in err


@pytest.mark.asyncio
async def test_a_dashboard_crash_shows_no_locals(filed: Filed) -> None:
    app = BreachdeskApp(store_backend(filed.store, user="alice", role="dpo"), None, poll_seconds=0, tick_seconds=0)
    printed = io.StringIO()
    app.error_console = Console(file=printed, width=100, markup=False, highlight=False)  # where it prints

    def crash() -> None:
        patient = base64.b64decode("QWxpc29uIFdvbmc=").decode()   # noqa: F841 - a local with a name in it
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(80, 24)) as pilot:
            app.call_later(crash)
            await pilot.pause()
            await pilot.pause()
    shown = printed.getvalue()
    assert "RuntimeError" in shown and "boom" in shown
    assert "Alison" not in shown and "locals" not in shown
