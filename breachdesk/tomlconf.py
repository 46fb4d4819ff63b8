"""Reading TOML config files with errors that name the file, the key and the line.

``tomllib`` gives no positions for keys, so :func:`locate` finds the line of a
dotted key path by scanning the file text for the table header and the key.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from breachdesk.errors import ConfigError

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")


def _unquote(k: str) -> str:
    k = k.strip()
    if len(k) >= 2 and k[0] == k[-1] and k[0] in "\"'":
        return k[1:-1]
    return k


def locate(text: str, path: tuple[str | int, ...]) -> int | None:
    """Best-effort 1-based line of a key path such as ``("smtp", "port")``.

    Array-of-table indexes (``("recognizers", 2, "regex")``) count ``[[recognizers]]``
    headers. Returns the closest line found (the table header if the key is not).
    """
    names = [p for p in path if isinstance(p, str)]
    if not names:
        return None
    lines = text.splitlines()
    if sum(isinstance(p, int) for p in path) >= 2:     # e.g. recognizers.13.patterns.0.regex
        nested = _locate_nested(lines, path)
        if nested is not None:
            return nested
    best: int | None = None
    # Try the longest table prefix that appears as a header, then the key under it.
    for split in range(len(path), -1, -1):
        table = path[:split]
        rest = path[split:]
        table_names = ".".join(str(p) for p in table if isinstance(p, str))
        index = next((p for p in table if isinstance(p, int)), None)
        start = _find_header(lines, table_names, index) if table_names else 0
        if start is None:
            continue
        best = start + 1 if table_names else best
        key_names = [p for p in rest if isinstance(p, str)]
        if not key_names:
            return best
        found = _find_key(lines, start, key_names[0], top_level=not table_names)
        if found is not None:
            return found + 1
        if table_names:
            return best
    return best


def _header_name(line: str) -> str | None:
    m = _HEADER.match(line)
    return ".".join(_unquote(x) for x in m.group(1).split(".")) if m else None


def _locate_nested(lines: list[str], path: tuple[str | int, ...]) -> int | None:
    """Nested arrays of tables: the N-th ``[[a]]``, then the M-th ``[[a.b]]`` inside it, then the key."""
    start, stop, table, i = 0, len(lines), "", 0
    while i + 1 < len(path) and isinstance(path[i], str) and isinstance(path[i + 1], int):
        table = f"{table}.{path[i]}" if table else str(path[i])
        want, count, found = int(path[i + 1]), -1, None
        for n in range(start, stop):
            if lines[n].lstrip().startswith("[[") and _header_name(lines[n]) == table:
                count += 1
                if count == want:
                    found = n
                    break
        if found is None:
            return None
        end = stop
        for n in range(found + 1, stop):
            name = _header_name(lines[n])
            if name is not None and (name == table or not name.startswith(table + ".")):
                end = n
                break
        start, stop, i = found, end, i + 2
    key = next((p for p in path[i:] if isinstance(p, str)), None)
    if key is not None:
        for n in range(start + 1, stop):
            if _HEADER.match(lines[n]):
                break
            m = _KEY.match(lines[n])
            if m and _unquote(m.group(1)) == key:
                return n + 1
    return start + 1


def _find_header(lines: list[str], name: str, index: int | None) -> int | None:
    count = -1
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m and ".".join(_unquote(x) for x in m.group(1).split(".")) == name:
            count += 1
            if index is None or count == index:
                return i
    return None


def _find_key(lines: list[str], start: int, key: str, *, top_level: bool) -> int | None:
    begin = start if top_level else start + 1
    for i in range(begin, len(lines)):
        if i > start and _HEADER.match(lines[i]) and not top_level:
            return None
        if top_level and _HEADER.match(lines[i]):
            return None
        m = _KEY.match(lines[i])
        if m and _unquote(m.group(1)) == key:
            return i
        # dotted keys: a.b = ...
        dm = re.match(r"^\s*([A-Za-z0-9_\-\.\"']+)\s*=", lines[i])
        if dm and _unquote(dm.group(1).split(".")[0]) == key:
            return i
    return None


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; syntax errors become :class:`ConfigError` with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc.__class__.__name__}", file=str(path)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"not valid TOML: {exc}", file=str(path),
                          line=int(m.group(1)) if m else None) from None


def validation_error(exc: ValidationError, *, file: str, text: str,
                     prefix: tuple[str | int, ...] = ()) -> ConfigError:
    """Turn the first pydantic error into a ConfigError naming file, key and line.

    All errors are listed in the message so an admin can fix them in one go.
    """
    problems = []
    first_key: str | None = None
    first_line: int | None = None
    for err in exc.errors():
        loc = prefix + tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        key = ".".join(str(p) for p in loc)
        line = locate(text, loc)
        kind = err.get("type", "")
        if kind == "extra_forbidden":
            msg = "unknown key"
        elif kind == "missing":
            msg = "required key is missing"
        else:
            msg = err.get("msg", "invalid value")
        problems.append(f"{file}:{line or '?'}: key '{key}': {msg}")
        if first_key is None:
            first_key, first_line = key, line
    # The first problem leads (file:line, key: reason); any others follow, each with its own line.
    reason = problems[0].split(": ", 2)[-1]
    if len(problems) > 1:
        reason += f"; and {len(problems) - 1} more: " + "; ".join(problems[1:])
    return ConfigError(reason, file=file, key=first_key, line=first_line)


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``over`` onto ``base`` (tables merge, everything else replaces)."""
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def parse_model(model: type[BaseModel], data: dict[str, Any], *, file: str, text: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, file=file, text=text) from None
