"""Fixtures shared by unit and functional tests: real files in tmp dirs, free ports."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from breachdesk.settings import Settings, load_settings

DATA = Path(__file__).parent / "data"
SAMPLES = DATA / "samples"


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """Long bytes parameters (generated .docx/.xlsx files) are named by their argument only.

    Their bytes (and even their compressed length) carry the time they were made, and
    pytest-xdist requires every worker to collect the same test names; pytest numbers any
    names that come out the same.
    """
    if isinstance(val, bytes | bytearray) and len(val) > 64:
        return f"{argname}-bytes"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Files with slow tests first (order within a file kept).

    With one file per xdist worker, the long daemon and dashboard runs then start at once
    and the quick files fill the other workers, instead of the long ones ending the run.
    """
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(tmp_path: Path, extra: str = "", *, port: int = 0) -> Path:
    cfg = tmp_path / "breachdesk.toml"
    cfg.write_text(
        f"""
[mailbox]
{"" if "addresses" in extra else 'addresses = ["breach@example.nhs.uk"]'}
{extra}

[smtp]
host = "127.0.0.1"
port = {port}

[store]
path = "data"
"""
    )
    return cfg


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    return load_settings(write_config(tmp_path))
