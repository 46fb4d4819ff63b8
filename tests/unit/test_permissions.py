"""The data directory's permissions: 0700 directories, 0600 files; fix, warn or refuse."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from breachdesk.permissions import PermissionProblem, check_permissions, check_settings, enforce
from breachdesk.settings import load_settings
from breachdesk.store import Store
from tests.conftest import write_config


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


@pytest.fixture
def loose(tmp_path: Path) -> Path:
    """A store whose directory, a detail file and a spool file were made group/world readable."""
    root = tmp_path / "data"
    st = Store(root)
    inc = st.create({"received_at": "2026-01-01T09:00:00+00:00", "reporter": "r@nhs.net", "subject": "s",
                     "spool_id": "s1"}, {"identifiers": []})
    (root / "spool").mkdir(mode=0o700)
    (root / "spool" / "done").mkdir()
    (root / "spool" / "done" / "s1.msg").write_bytes(b"{}\nraw")
    os.chmod(root, 0o755)
    os.chmod(root / "details" / f"{inc.ref}.json", 0o644)
    os.chmod(root / "spool" / "done" / "s1.msg", 0o664)
    os.chmod(root / "spool" / "done", 0o775)
    return root


def test_a_fresh_store_is_private(tmp_path: Path) -> None:
    st = Store(tmp_path / "data")
    st.create({"received_at": "2026-01-01T09:00:00+00:00", "reporter": "r", "subject": "s"}, {})
    report = check_permissions(st.root, policy="warn")
    assert report.ok, report.problems
    assert _mode(st.root / ".lock") == 0o600


def test_missing_directory_is_fine(tmp_path: Path) -> None:
    assert check_permissions(tmp_path / "nothing-yet").ok


def test_fix_tightens_everything(loose: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        report = enforce(loose, policy="fix")
    assert report.ok
    assert len(report.fixed) == 4
    assert _mode(loose) == 0o700
    assert _mode(loose / "spool" / "done") == 0o700
    assert _mode(loose / "spool" / "done" / "s1.msg") == 0o600
    assert all(_mode(p) == 0o600 for p in (loose / "details").iterdir())
    assert "spool/done/s1.msg: file mode 664, should be 600 (fixed)" in caplog.text
    assert check_permissions(loose, policy="warn").ok


def test_warn_changes_nothing(loose: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        report = enforce(loose, policy="warn")
    assert len(report.problems) == 4
    assert ".: directory mode 755, should be 700" in report.problems
    assert _mode(loose) == 0o755
    assert "is not private" in caplog.text


def test_refuse_raises_and_changes_nothing(loose: Path) -> None:
    with pytest.raises(PermissionProblem, match=r"is not private: .*directory mode 755, should be 700"):
        enforce(loose, policy="refuse")
    assert _mode(loose) == 0o755


def test_shallow_check_sees_only_the_top_level(loose: Path) -> None:
    report = check_permissions(loose, policy="warn", deep=False)
    assert {p.split(":")[0] for p in report.problems} == {"."}


def test_symlinks_are_reported_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "data"
    Store(root)
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    (root / "details" / "BD-2026-000001.json").symlink_to(outside)
    report = check_permissions(root, policy="fix")
    assert report.problems == ["details/BD-2026-000001.json: a symlink inside the data directory (remove it)"]
    assert _mode(outside) == 0o644


def test_policy_comes_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('path = "data"', 'path = "data"\npermissions = "refuse"'))
    settings = load_settings(cfg)
    Store(settings.data_dir())
    os.chmod(settings.data_dir(), 0o750)
    with pytest.raises(PermissionProblem):
        check_settings(settings)


def test_unknown_policy_is_refused(tmp_path: Path) -> None:
    from breachdesk.errors import StoreError

    with pytest.raises(StoreError, match="unknown permissions policy"):
        check_permissions(tmp_path, policy="maybe")
