"""One command-line grammar: errors as ``breachdesk: error: …`` with exit 2, ``--config`` before
or after the command, choices listed, the nearest command suggested, ``list`` in the dashboard's
order with its clock, and ``init`` writing a config that uses the patterns file it writes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk.cli import main
from breachdesk.model import iso, utcnow
from breachdesk.settings import load_settings
from breachdesk.store import Store
from tests.conftest import write_config


@pytest.fixture
def cfg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    return write_config(tmp_path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """main(argv) → (exit status, stdout, stderr); argparse's SystemExit counts as a status."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("breachdesk: error: ")]
    assert lines, err
    return lines[0]


def test_config_is_accepted_before_and_after_the_command(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = run(capsys, "--config", str(cfg), "list", "--json")
    after = run(capsys, "list", "--json", "--config", str(cfg))
    assert before == after == (0, "[]\n", "")


def test_config_after_a_nested_command(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "audit", "verify", "--config", str(cfg))
    assert code == 0 and "every MAC and link intact" in out and err == ""


def test_config_after_the_command_wins_over_the_global_one(cfg: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--config", str(tmp_path / "missing.toml"), "list", "--config", str(cfg))
    assert code == 0, err
    code, _, err = run(capsys, "--config", str(cfg), "list", "--config", str(tmp_path / "missing.toml"))
    assert code == 2 and "missing.toml" in error_line(err)


def test_bad_status_is_refused_with_the_valid_ones(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--config", str(cfg), "list", "--status", "bogus")
    line = error_line(err)
    assert code == 2 and out == ""
    assert "invalid choice: 'bogus'" in line
    for status in ("new", "triage", "investigating", "reported", "not_reportable", "closed", "unparseable"):
        assert status in line


def test_near_miss_status_is_suggested(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--config", str(cfg), "list", "--status", "closd")
    assert code == 2 and "did you mean 'closed'?" in error_line(err)


@pytest.mark.parametrize(("typo", "meant"), [("lsit", "list"), ("sacn", "scan"), ("ingets", "ingest"),
                                             ("stat", "stats")])
def test_mistyped_command_suggests_the_nearest(typo: str, meant: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, typo)
    assert code == 2 and f"did you mean '{meant}'?" in error_line(err)


def test_unrelated_word_lists_the_commands_without_a_guess(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "zzzzzz")
    line = error_line(err)
    assert code == 2 and "did you mean" not in line and "serve" in line and "scan" in line


def test_unknown_option_is_an_error_in_the_same_form(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--config", str(cfg), "list", "--colour")
    assert code == 2 and "unrecognized arguments: --colour" in error_line(err)


def test_missing_config_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "--config", str(tmp_path / "nope.toml"))
    assert code == 2 and "nope.toml" in error_line(err) and "Traceback" not in err


def test_scan_of_a_missing_path_is_an_error_and_exits_2(cfg: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scan", "--config", str(cfg), str(tmp_path / "no-such.eml"))
    assert code == 2 and out == ""
    assert error_line(err) == f"breachdesk: error: cannot read {tmp_path / 'no-such.eml'}: no such file or folder"


def test_scan_of_an_empty_folder_says_so(cfg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsys, "scan", "--config", str(cfg), str(empty))
    assert code == 2 and out == ""
    assert error_line(err) == f"breachdesk: error: {empty}: no mail files in this folder"


def test_scan_of_a_folder_without_mail_says_what_it_skipped(cfg: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "truth.jsonl").write_text('{"file": "a.eml", "reportable": true}\n')
    code, _, err = run(capsys, "scan", "--config", str(cfg), str(folder))
    line = error_line(err)
    assert code == 2 and "no mail files in this folder" in line
    assert "1 skipped: 1 not mail (no message headers) (truth.jsonl)" in line


def test_patterns_test_of_a_missing_file_is_an_error(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "patterns", "test", "/no/such/file", "--config", str(cfg))
    assert code == 2 and out == ""
    assert error_line(err).startswith("breachdesk: error: /no/such/file: no such file")


@pytest.mark.parametrize("arg", ["@/no/such/file", "./letter.txt", "letter.eml"])
def test_patterns_test_refuses_other_path_looking_words(arg: str, cfg: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "patterns", "test", arg, "--config", str(cfg))
    assert code == 2 and "no such file" in error_line(err)


def test_a_file_that_cannot_be_written_is_an_error(cfg: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "init", str(cfg))            # a file, not a folder
    assert code == 2 and "is not a folder" in error_line(err)


def _incident(store: Store, n: int, *, hours_ago: float, status: str = "new", likelihood: int = 3,
              severity: int = 2) -> str:
    received = utcnow() - timedelta(hours=hours_ago)
    inc = store.create({"received_at": iso(received), "reporter": f"r{n}@nhs.net", "subject": f"s{n}",
                        "spool_id": f"sp{n}", "status": status,
                        "auto": {"likelihood": likelihood, "severity": severity,
                                 "reportable": likelihood >= 3 and severity >= 2, "reasons": []}},
                       {"identifiers": []})
    return inc.ref


def test_list_sorts_like_the_dashboard_and_shows_the_clock(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from breachdesk.actions import sort_queue

    store = Store(load_settings(cfg).data_dir())
    closed = _incident(store, 1, hours_ago=1, status="closed")
    newest = _incident(store, 2, hours_ago=2)
    overdue = _incident(store, 3, hours_ago=80)
    middle = _incident(store, 4, hours_ago=40)
    code, out, err = run(capsys, "list", "--config", str(cfg))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ref", "received", "deadline", "clock"]
    refs = [line.split()[0] for line in lines[1:]]
    assert refs == [overdue, middle, newest, closed]
    assert refs == [i.ref for i in sort_queue(store.list_incidents(), utcnow())]
    clocks = {line.split()[0]: line for line in lines[1:]}
    assert "overdue" in clocks[overdue] and "stopped" in clocks[closed]
    assert "31h left" in clocks[middle] or "32h left" in clocks[middle]
    deadline = store.get(middle).deadline[:19]
    assert deadline in clocks[middle]


def test_list_status_filter_keeps_the_order(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(load_settings(cfg).data_dir())
    _incident(store, 1, hours_ago=1, status="closed")
    code, out, _ = run(capsys, "list", "--status", "new", "--config", str(cfg))
    assert (code, out) == (0, "no incidents with status new\n")


def test_init_writes_a_config_that_uses_its_patterns_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    target = tmp_path / "conf"
    code, out, _ = run(capsys, "init", str(target))
    assert code == 0 and "wrote" in out
    settings = load_settings(target / "breachdesk.toml")
    assert settings.patterns_path() == target / "patterns.toml"
    assert (target / "patterns.toml").is_file()
    # and the file it points at is the one in use: patterns check reads it
    code, out, err = run(capsys, "patterns", "check", "--config", str(target / "breachdesk.toml"))
    assert code == 0, err
    assert str(target / "patterns.toml") in out


def test_nested_commands_share_the_grammar(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "key", "genrate")
    assert code == 2 and "did you mean 'generate'?" in error_line(err)
    code, _, err = run(capsys, "audit")
    assert code == 2 and error_line(err) == "breachdesk: error: the following arguments are required: COMMAND"


def test_a_bad_option_value_names_the_option(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rescore", "--since", "2025-13-01", "--config", str(cfg))
    assert code == 2 and "argument --since: not a date: '2025-13-01'" in error_line(err)
    code, _, err = run(capsys, "stats", "--by", "weekday", "--config", str(cfg))
    assert code == 2 and "(choose from month, year, status" in error_line(err)


def test_ingest_of_a_folder_without_mail_is_an_error(cfg: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "truth.jsonl").write_text('{"file": "a.eml"}\n')
    code, out, err = run(capsys, "ingest", "--as-new", str(folder), "--config", str(cfg))
    assert code == 2 and "ingested" not in out
    assert "no mail to import" in error_line(err) and "truth.jsonl" in error_line(err)
