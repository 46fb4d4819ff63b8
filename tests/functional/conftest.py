"""Functional fixtures: the real SMTP handler on 127.0.0.1 behind aiosmtpd's Controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from breachdesk.settings import Settings, load_settings
from ingest.smtp import BreachHandler, smtp_factory
from ingest.spool import Spool
from tests.conftest import free_port, write_config


class BreachController(Controller):
    def __init__(self, settings: Settings, handler: BreachHandler, port: int) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=port)
        self._make = smtp_factory(settings, handler)

    def factory(self):  # noqa: ANN201 - aiosmtpd's hook
        return self._make()


@pytest.fixture
def make_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    started: list[Controller] = []

    def make(extra: str = "") -> tuple[int, Spool, Settings]:
        settings = load_settings(write_config(tmp_path, extra))
        spool = Spool(settings.data_dir() / "spool")
        handler = BreachHandler(settings, spool)
        port = free_port()
        ctl = BreachController(settings, handler, port)
        ctl.start()
        started.append(ctl)
        return port, spool, settings

    yield make
    for ctl in started:
        ctl.stop()


@pytest.fixture
def server(make_server) -> Iterator[tuple[int, Spool, Settings]]:  # noqa: ANN001
    yield make_server()
