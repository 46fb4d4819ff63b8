"""Who the user is comes from the kernel (uid → password database), never from the environment."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import pytest

from breachdesk.settings import Access, current_user, load_settings
from tests.conftest import write_config


def test_current_user_ignores_user_and_logname(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "the-dpo")
    monkeypatch.setenv("LOGNAME", "the-dpo")
    monkeypatch.setenv("LNAME", "the-dpo")
    monkeypatch.setenv("USERNAME", "the-dpo")
    assert current_user() == pwd.getpwuid(os.getuid()).pw_name != "the-dpo"


def test_with_empty_access_lists_only_the_data_directorys_owner_is_dpo(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    settings = load_settings(write_config(tmp_path))
    settings.data_dir().mkdir(mode=0o700)
    owner = pwd.getpwuid(settings.data_dir().stat().st_uid).pw_name
    assert settings.role_of(owner) == "dpo"
    assert settings.role_of("somebody-else") is None
    monkeypatch.setenv("USER", "somebody-else")
    assert settings.role_of("somebody-else") is None
    listed = settings.model_copy(update={"access": Access(viewer=[owner])})
    assert listed.role_of(owner) == "viewer"                 # a non-empty table is the whole truth


def test_the_socket_defaults_beside_a_configured_data_directory(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    settings = load_settings(write_config(tmp_path))
    assert settings.api_socket() == tmp_path / "data.api.sock"
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[api]\nsocket = "run/api.sock"\ngroup = "breachdesk-users"\n')
    settings = load_settings(cfg)
    assert settings.api_socket() == tmp_path / "run" / "api.sock" and settings.api.group == "breachdesk-users"
