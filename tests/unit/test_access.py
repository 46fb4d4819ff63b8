"""Roles: which role may take which action; unknown users get nothing; the CLI refuses clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from breachdesk import access
from breachdesk.cli import main
from breachdesk.errors import AccessDenied
from breachdesk.settings import Settings, current_user, load_settings
from tests.conftest import write_config

ME = current_user()

# (action, dpo, admin, viewer)
TABLE = [
    ("view", True, True, True),
    ("reveal", True, False, False),
    ("export", True, True, False),
    ("export_reveal", True, False, False),
    ("status", True, False, False),
    ("override", True, False, False),
    ("edit", True, False, False),
    ("purge", True, True, False),
    ("config_reload", True, True, False),
    ("rescore", True, True, False),
    ("audit", True, True, False),
    ("keys", True, True, False),
    ("doctor", True, True, False),
    ("doctor_rebuild", True, True, False),
    ("queue", True, True, False),
    ("queue_retry", True, True, False),
]


def _settings(tmp_path: Path, access_toml: str) -> tuple[Settings, Path]:
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text() + "\n[access]\n" + access_toml)
    return load_settings(cfg), cfg


@pytest.fixture
def roles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    s, _ = _settings(tmp_path, 'dpo = ["dora"]\nadmin = ["adam"]\nviewer = ["vera"]\n')
    return s


@pytest.mark.parametrize(("action", "dpo", "admin", "viewer"), TABLE)
def test_role_table(roles: Settings, action: str, dpo: bool, admin: bool, viewer: bool) -> None:
    for user, expected in (("dora", dpo), ("adam", admin), ("vera", viewer)):
        assert access.allowed(roles, user, action) is expected
        if expected:
            assert access.require(roles, user, action) == roles.role_of(user)
        else:
            with pytest.raises(AccessDenied, match=f"user '{user}' is an? {roles.role_of(user)}; to "):
                access.require(roles, user, action)


def test_every_action_is_in_the_table() -> None:
    assert {a for a, *_ in TABLE} <= set(access.ACTIONS)
    assert set(access.DESCRIPTIONS) == set(access.ACTIONS)


@pytest.mark.parametrize("action", sorted(access.ACTIONS))
def test_unknown_users_get_nothing(roles: Settings, action: str) -> None:
    assert not access.allowed(roles, "eve", action)
    with pytest.raises(AccessDenied, match="user 'eve' has no role in \\[access\\]"):
        access.require(roles, "eve", action)


def test_unknown_action_is_a_programming_error(roles: Settings) -> None:
    with pytest.raises(ValueError, match="unknown action"):
        access.require(roles, "dora", "launch")


def test_default_config_makes_the_current_user_dpo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    s = load_settings(write_config(tmp_path))
    assert access.require(s, ME, "reveal") == "dpo"
    assert not access.allowed(s, "somebody-else", "view")


def test_actions_of() -> None:
    assert access.actions_of("viewer") == ["view"]
    assert "reveal" in access.actions_of("dpo")
    assert access.actions_of(None) == []


def test_refusal_message_names_the_needed_role(roles: Settings) -> None:
    with pytest.raises(AccessDenied) as exc:
        access.require(roles, "vera", "purge")
    assert str(exc.value) == "user 'vera' is a viewer; to purge expired data you need the dpo or admin role"


@pytest.mark.parametrize("argv", [["purge", "--dry-run"], ["key", "check"], ["permissions"], ["doctor"],
                                  ["doctor", "--repair"], ["queue"], ["queue", "retry", "--all"]])
def test_cli_store_commands_refuse_viewers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    _, cfg = _settings(tmp_path, f'viewer = ["{ME}"]\n')
    assert main(["--config", str(cfg), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"breachdesk: error: user '{ME}' is a viewer; to ")
    assert "Traceback" not in err


def test_cli_store_commands_refuse_unknown_users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    _, cfg = _settings(tmp_path, 'dpo = ["somebody-else"]\n')
    assert main(["--config", str(cfg), "purge"]) == 2
    assert f"user '{ME}' has no role in [access]" in capsys.readouterr().err
