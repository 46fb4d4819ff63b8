"""Where a client finds the guardian, read from the config file without validating all of it.

A client's ``--config`` only says where the guardian's socket (and, for embedded mode, the
data directory) is; roles and everything else are the guardian's. The dashboard's start
pays for every import, and the full, validated :class:`breachdesk.settings.Settings` costs
pydantic (about 100 ms); :func:`quick_socket` reads the two or three keys it needs with
``tomllib`` and the same rules (:func:`socket_path`, :func:`data_dir`, which ``Settings``
uses too). Anything unusual — no such file, not TOML, a key of the wrong type — gives
``None``: the caller loads the full settings, which say what is wrong, as before.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

ENV_CONFIG = "BREACHDESK_CONFIG"
ENV_DATA = "BREACHDESK_DATA"
DEFAULTS = "<defaults>"


def _beside(value: str, source: str) -> Path:
    p = Path(value).expanduser()
    if not p.is_absolute() and source not in (DEFAULTS, ""):
        p = Path(source).parent / p
    return p


def data_dir(store_path: str, source: str) -> Path:
    """The data directory: ``$BREACHDESK_DATA``, ``[store] path`` (beside the config file), or the user's."""
    if os.environ.get(ENV_DATA):
        return Path(os.environ[ENV_DATA]).expanduser()
    if store_path:
        return _beside(store_path, source)
    import platformdirs

    return Path(platformdirs.user_data_dir("breachdesk", appauthor=False))


def socket_path(api_socket: str, store_path: str, source: str) -> Path:
    """The guardian's socket: ``[api] socket``, else a default derived from the data directory."""
    if api_socket:
        return _beside(api_socket, source)
    custom = bool(os.environ.get(ENV_DATA) or store_path)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not custom and runtime and Path(runtime).is_dir():
        return Path(runtime) / "breachdesk" / "api.sock"
    data = data_dir(store_path, source)
    return data.with_name(data.name + ".api.sock")


def _text(data: dict[str, Any], table: str, key: str) -> str | None:
    section = data.get(table, {})
    if not isinstance(section, dict):
        return None
    value = section.get(key, "")
    return value if isinstance(value, str) else None


def _shipped() -> dict[str, Any]:
    from importlib import resources

    return tomllib.loads(resources.files("breachdesk.defaults").joinpath("breachdesk.toml")
                         .read_text(encoding="utf-8"))


def quick_socket(config: str | os.PathLike[str] | None) -> Path | None:
    """The socket path the full settings would give for ``config``, or ``None`` to load them instead."""
    chosen = config or os.environ.get(ENV_CONFIG) or None
    try:
        shipped = _shipped()
        if chosen:
            p = Path(chosen).expanduser()
            data, source = tomllib.loads(p.read_text(encoding="utf-8")), str(p.resolve())
        else:
            data, source = {}, DEFAULTS
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    sock, store = _text(data, "api", "socket"), _text(data, "store", "path")
    if sock is None or store is None:
        return None
    if not (_in(data, "api", "socket") or sock):
        sock = _text(shipped, "api", "socket") or ""      # the file's value wins, as when merged
    if not (_in(data, "store", "path") or store):
        store = _text(shipped, "store", "path") or ""
    return socket_path(sock, store, source)


def _in(data: dict[str, Any], table: str, key: str) -> bool:
    section = data.get(table)
    return isinstance(section, dict) and key in section
