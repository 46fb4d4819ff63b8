"""Backfill keeps history true, and takes only mail from a folder.

An imported message keeps the time it arrived (top ``Received:``, else ``Date:``, else the
mbox ``From `` line or the Maildir delivery time) as "received" and "became aware"; its
72-hour clock runs from then and the statistics count it in its own year. ``--as-new``
files it as arriving now. Real parser, real store; the analysis is the stub at the nlp boundary.
"""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from breachdesk import actions
from breachdesk.cli import main
from breachdesk.errors import IngestError
from breachdesk.model import parse_iso, utcnow
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.backfill import arrival_time, count_messages, ingest_paths
from ingest.folders import Skipped, mail_kind
from tests.conftest import SAMPLES, write_config
from tests.unit.test_worker import StubEngine

RECEIVED = "from mx1.nhs.net by mail.trust.nhs.uk; Tue, 4 Mar 2025 09:15:00 +0000"
OLDER_HOP = "from laptop by mx1.nhs.net; Tue, 4 Mar 2025 09:14:00 +0000"


def report(n: int, *, received: list[str] | None = None, date: str | None = "Mon, 3 Mar 2025 17:00:00 +0000",
           ) -> bytes:
    msg = EmailMessage()
    for hop in received or []:
        msg["Received"] = hop
    msg["From"] = f"nurse{n}@nhs.net"
    msg["To"] = "breach@example.nhs.uk"
    msg["Subject"] = f"possible breach {n}"
    msg["Message-ID"] = f"<backfill-{n}@nhs.net>"
    if date:
        msg["Date"] = date
    msg.set_content(f"Report {n}: a letter went to the wrong address.\n")
    return msg.as_bytes()


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    return load_settings(write_config(tmp_path))


def ingest(settings: Settings, *paths: Path, as_new: bool = False) -> Store:
    assert ingest_paths(settings, [str(p) for p in paths], engine=StubEngine(), as_new=as_new) == 0
    return Store(settings.data_dir())


# ------------------------------------------------------------------ dates


def test_arrival_is_the_top_received_header() -> None:
    when = arrival_time(report(1, received=[RECEIVED, OLDER_HOP]))
    assert when == datetime(2025, 3, 4, 9, 15, tzinfo=UTC)


def test_arrival_falls_back_to_date_then_delivery() -> None:
    assert arrival_time(report(1)) == datetime(2025, 3, 3, 17, 0, tzinfo=UTC)
    delivered = datetime(2025, 2, 1, 8, 0, tzinfo=UTC)
    assert arrival_time(report(1, date=None), delivered) == delivered
    assert arrival_time(report(1, date=None)) is None


@pytest.mark.parametrize("date", ["not a date at all", "Mon, 3 Mar 2199 17:00:00 +0000",
                                  "Mon, 3 Mar 1970 17:00:00 +0000"])
def test_wrong_clocks_are_passed_over(date: str) -> None:
    delivered = datetime(2025, 2, 1, 8, 0, tzinfo=UTC)
    assert arrival_time(report(1, date=date), delivered) == delivered


def test_zone_is_converted_to_utc() -> None:
    assert arrival_time(report(1, date="Tue, 1 Jul 2025 10:00:00 +0100")) == datetime(2025, 7, 1, 9, 0, tzinfo=UTC)


def test_imported_message_keeps_its_arrival_and_its_clock(settings: Settings, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    eml = tmp_path / "old.eml"
    eml.write_bytes(report(1, received=[RECEIVED]))
    store = ingest(settings, eml)
    [inc] = store.list_incidents()
    assert inc.received_at.startswith("2025-03-04T09:15:00")
    assert parse_iso(inc.deadline) - parse_iso(inc.received_at) == timedelta(hours=72)
    assert inc.ref.startswith("BD-2025-")
    assert actions.countdown(inc, utcnow()) == ("overdue", "overdue")
    detail = store.detail(inc.ref)
    assert detail["timeline"][0]["action"] == "received"
    assert detail["timeline"][0]["at"].startswith("2025-03-04T09:15:00")
    ico = json.loads(actions.export_report(store, inc.ref, fmt="json", reveal=False))
    assert ico["when_we_became_aware"].startswith("2025-03-04T09:15:00")
    capsys.readouterr()
    assert main(["stats", "--year", "2025", "--json", "--config", settings.source]) == 0
    assert sum(json.loads(capsys.readouterr().out).values()) == 1
    assert main(["stats", "--year", str(utcnow().year), "--json", "--config", settings.source]) == 0
    assert sum(json.loads(capsys.readouterr().out).values()) == 0


def test_as_new_files_imported_mail_as_arriving_now(settings: Settings, tmp_path: Path) -> None:
    eml = tmp_path / "old.eml"
    eml.write_bytes(report(1, received=[RECEIVED]))
    before = utcnow().replace(microsecond=0)           # stored to the second
    [inc] = ingest(settings, eml, as_new=True).list_incidents()
    assert before <= parse_iso(inc.received_at) <= utcnow()
    assert actions.countdown(inc, utcnow())[0] in ("71h left", "72h left")


def test_mbox_from_line_and_maildir_name_date_undated_reports(settings: Settings, tmp_path: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "shared.mbox"))
    m = mailbox.mboxMessage(report(1, date=None))
    m.set_from("MAILER-DAEMON", (2025, 5, 6, 7, 8, 9, 0, 0, 0))
    box.add(m)
    box.flush()
    md_path = tmp_path / "Maildir"
    mailbox.Maildir(str(md_path))                        # cur/ new/ tmp/
    delivered = int(datetime(2025, 8, 9, 10, 11, 12, tzinfo=UTC).timestamp())
    (md_path / "cur" / f"{delivered}.M1P2Q3.host:2,S").write_bytes(report(2, date=None))
    store = ingest(settings, tmp_path / "shared.mbox", md_path)
    got = sorted(i.received_at[:19] for i in store.list_incidents())
    assert got == ["2025-05-06T07:08:09", "2025-08-09T10:11:12"]


# ------------------------------------------------------------- what is mail


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("report.eml", b"anything at all", "eml"),
    ("noext", b"Received: from a by b; Tue, 4 Mar 2025 09:15:00 +0000\r\nSubject: x\r\n\r\nbody", "eml"),
    ("folded", b"Subject: a long\r\n  folded subject\r\nFrom: a@b\r\n\r\nbody", "eml"),
    ("export.mbox", b"From MAILER-DAEMON Tue Mar  4 09:15:00 2025\nSubject: x\n\nbody\n", "mbox"),
    ("truth.jsonl", b'{"file": "001.eml", "reportable": true}\n', ""),
    ("README.md", b"# Export\nTitle: not a header block\n\nthe exported mailbox\n", ""),
    ("notes.txt", b"Note: this looks like a header\nbut: none of these are mail fields\n\n", ""),
    ("empty", b"", ""),
    ("fake.msg", b"plain text named .msg", ""),
])
def test_mail_kind(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert mail_kind(path)[0] == kind


def test_folder_ingest_skips_what_is_not_mail_and_says_why(settings: Settings, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for name in ("011-inline-forward-outlook.eml", "007-scotland-chi.eml", "truth.jsonl"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "no-extension").write_bytes(report(3))
    (folder / "README.md").write_text("# what this export is\n")
    skipped = Skipped()
    assert count_messages([str(folder)], skipped) == 3
    assert skipped.reasons == {"not mail (no message headers)": 2}
    capsys.readouterr()
    store = ingest(settings, folder)
    out = capsys.readouterr()
    assert "ingested 3 message(s): 3 new incident(s)" in out.out
    assert "skipped 2 file(s) that are not mail" in out.out
    assert "2 skipped: 2 not mail (no message headers) (README.md, truth.jsonl)" in out.err
    assert {i.status for i in store.list_incidents()} == {"new"}         # nothing filed as "unparseable"


def test_folder_with_no_mail_is_an_error(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "truth.jsonl").write_text('{"file": "a.eml"}\n')
    with pytest.raises(IngestError, match="no mail to import") as exc:
        ingest_paths(settings, [str(folder)], engine=StubEngine())
    assert "truth.jsonl" in str(exc.value)


def test_a_file_named_on_the_command_line_is_taken_as_given(settings: Settings, tmp_path: Path) -> None:
    odd = tmp_path / "saved-report.txt"
    odd.write_bytes(b"From: nurse@nhs.net\r\nSubject: x\r\n\r\nletter to the wrong patient\r\n")
    assert count_messages([str(odd)]) == 1
