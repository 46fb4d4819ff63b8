"""Settings from ``config/breachdesk.toml``: validated, merged over the shipped defaults.

Selection order: ``--config PATH``, then ``BREACHDESK_CONFIG``, then the shipped
defaults alone. A partial file is merged over the defaults; unknown keys and wrong
types are refused with a :class:`~breachdesk.errors.ConfigError` naming the file,
the key and the line.
"""

from __future__ import annotations

import os
import pwd
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from breachdesk.clientconf import ENV_CONFIG, data_dir, socket_path
from breachdesk.tomlconf import merge, parse_model, read_toml


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Mailbox(_Strict):
    addresses: list[str] = Field(min_length=1)
    allowed_sender_domains: list[str] = []
    trusted_domains: list[str] = []
    max_message_bytes: int = Field(gt=0)
    max_recipients: int = Field(default=20, gt=0)
    acknowledge: bool = True
    acknowledge_domains: list[str] = []        # empty: the trusted domains
    acknowledge_daily_limit: int = Field(default=10, ge=0)   # per sender, like vacation(1)
    dpo_alerts: list[str] = []


class Smtp(_Strict):
    host: str
    port: int = Field(ge=0, le=65535)
    tls_cert: str = ""
    tls_key: str = ""
    require_tls: bool = False
    auth_users_file: str = ""
    max_connections: int = Field(default=50, gt=0)
    max_messages_per_connection: int = Field(default=100, gt=0)
    require_auth: bool = False
    max_connections_per_client: int = Field(default=20, gt=0)
    max_messages_per_client_per_minute: int = Field(default=0, ge=0)
    timeout_seconds: float = Field(default=300, gt=0)
    junk_command_limit: int = Field(default=20, gt=0)
    auth_error_sleep_seconds: float = Field(default=1.0, ge=0)
    auth_max_failures: int = Field(default=3, gt=0)


class Relay(_Strict):
    host: str = ""
    port: int = Field(default=25, ge=0, le=65535)
    from_address: str = "breachdesk-noreply@localhost"
    retry_seconds: list[int] = Field(default=[10, 30, 60, 300, 900, 3600], min_length=1)


class StoreConf(_Strict):
    path: str = ""
    retention_days: int = Field(default=365, ge=1)
    encryption_key_file: str = ""
    # encryption at rest with no key configured: make DATA/keys/master.key at first start
    encryption: bool = True
    # the audit log's HMAC key (empty: DATA/keys/audit.key, made at first start)
    audit_key_file: str = ""
    # each new audit head also goes to the system log (LOG_AUTH), off the data directory
    audit_syslog: bool = True
    # added with breachdesk.permissions: what a too-open data directory does at start
    permissions: Literal["fix", "warn", "refuse"] = "fix"
    # below this much free space the listener answers 452 4.3.1 (never at less than two
    # of the largest messages: see min_free())
    min_free_bytes: int = Field(default=256 * 1024 * 1024, ge=0)
    # the same message (outer Message-ID and raw bytes) delivered again within this many
    # days is one incident: an MTA that lost our 250 and sent it again
    duplicate_window_days: int = Field(default=7, ge=0)


class AnalysisConf(_Strict):
    """The supervised pool of analysis processes (ingest.pool)."""

    workers: int = Field(default=2, ge=1, le=64)
    deadline_seconds: float = Field(default=60.0, gt=0)
    memory_mb: int = Field(default=1024, ge=64)


class Nlp(_Strict):
    model: str
    patterns: str = ""


class Limits(_Strict):
    max_depth: int = Field(default=5, ge=0)
    max_text_chars_per_part: int = Field(default=2_000_000, gt=0)
    max_text_chars_total: int = Field(default=5_000_000, gt=0)
    max_table_rows: int = Field(default=100_000, gt=0)
    zip_max_members: int = Field(default=200, ge=0)
    zip_max_total_bytes: int = Field(default=100_000_000, gt=0)
    zip_max_ratio: int = Field(default=100, gt=0)


class Access(_Strict):
    dpo: list[str] = []
    admin: list[str] = []
    viewer: list[str] = []


class Api(_Strict):
    """The guardian's local API (breachdesk.api): where its socket is and who may connect."""

    # empty: $XDG_RUNTIME_DIR/breachdesk/api.sock for the default data directory, else
    # beside the data directory (DATA.api.sock); the systemd unit uses /run/breachdesk/api.sock
    socket: str = ""
    # empty: the socket is 0600 (only the service user connects: a single-user install);
    # a group name: the socket is 0660 with that group, whose members may connect
    group: str = ""


class StatsConf(_Strict):
    """``breachdesk stats --view sources``: which reporting team or service an address belongs to."""

    # name -> team: a whole address, a local part ("ward12@"), or a domain ("@gp.example.nhs.uk"
    # or "gp.example.nhs.uk", its subdomains too); unmapped addresses count under their domain
    teams: dict[str, str] = {}


class Settings(_Strict):
    mailbox: Mailbox
    smtp: Smtp
    relay: Relay = Relay()
    store: StoreConf = StoreConf()
    nlp: Nlp
    limits: Limits = Limits()
    access: Access = Access()
    analysis: AnalysisConf = AnalysisConf()
    api: Api = Api()
    stats: StatsConf = StatsConf()

    # Where the settings came from; not part of the file's schema.
    source: str = Field(default="<defaults>", exclude=True)

    # -- derived ---------------------------------------------------------
    def data_dir(self) -> Path:
        return data_dir(self.store.path, self.source)

    def min_free(self) -> int:
        """Free bytes the data directory must keep: the configured floor, at least two maximal messages."""
        return max(self.store.min_free_bytes, 2 * self.mailbox.max_message_bytes)

    def patterns_path(self) -> Path | None:
        if not self.nlp.patterns:
            return None
        p = Path(self.nlp.patterns).expanduser()
        if not p.is_absolute() and self.source not in ("<defaults>", ""):
            p = Path(self.source).parent / p
        return p

    def api_socket(self) -> Path:
        """The guardian's socket: ``[api] socket``, else a default derived from the data directory."""
        return socket_path(self.api.socket, self.store.path, self.source)

    def data_owner(self) -> str:
        """The OS user owning the data directory (the guardian's user); the current user if none yet."""
        try:
            uid = self.data_dir().stat().st_uid
        except OSError:
            return current_user()
        return user_name(uid)

    def role_of(self, user: str) -> str | None:
        """The role of an OS user, or None.

        All ``[access]`` lists empty (a single-user install): the data directory's owner is
        dpo and nobody else has a role. Only the guardian's own settings count: a client's
        ``--config`` never reaches :func:`breachdesk.access.require` while the guardian runs.
        """
        a = self.access
        if not (a.dpo or a.admin or a.viewer):
            return "dpo" if user == self.data_owner() else None
        for role in ("dpo", "admin", "viewer"):
            if user in getattr(a, role):
                return role
        return None


def user_name(uid: int) -> str:
    """The login name of ``uid`` from the password database (the kernel's uid, never $USER)."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:                      # no passwd entry (some containers)
        return str(uid)


def current_user() -> str:
    """The user this process runs as: ``os.getuid()`` looked up, never ``LOGNAME``/``USER``."""
    return user_name(os.getuid())


def default_text() -> str:
    return resources.files("breachdesk.defaults").joinpath("breachdesk.toml").read_text(encoding="utf-8")


def _defaults() -> dict[str, Any]:
    import tomllib

    return tomllib.loads(default_text())


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Load settings from ``path`` / ``BREACHDESK_CONFIG`` merged over the defaults."""
    chosen = path or os.environ.get(ENV_CONFIG) or None
    base = _defaults()
    if not chosen:
        s = parse_model(Settings, base, file="<shipped breachdesk.toml>", text=default_text())
        s.source = "<defaults>"
        return s
    p = Path(chosen).expanduser()
    data, text = read_toml(p)
    s = parse_model(Settings, merge(base, data), file=str(p), text=text)
    s.source = str(p.resolve())
    return s
