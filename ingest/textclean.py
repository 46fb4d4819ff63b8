"""Valid, inert text out of whatever a message carried.

The stdlib ``email`` package keeps raw 8-bit header bytes (RFC 6532 allows UTF-8 there;
old mailers send Latin-1) as lone surrogates (``surrogateescape``). Those are not text:
spaCy refuses them, ``json.dumps`` writes them as invalid UTF-8 and a strict stdout
raises. :func:`clean_text` turns each run of escaped bytes back into characters (UTF-8
where they are UTF-8, cp1252 for the bytes that are not), replaces any other lone surrogate, and drops NULs and
the control characters a terminal would act on. :func:`sanitise` applies it to every
string a :class:`~breachdesk.model.ParsedMessage` holds, so no surrogate leaves the parser.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from typing import Any

_ESCAPED = re.compile("[\udc80-\udcff]+")        # bytes kept by surrogateescape
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab, LF, FF and CR; DEL; C1 controls (0x9b is a CSI on some terminals)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _cp1252_for_bad_bytes(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not part of valid UTF-8 is read as cp1252."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start:err.end].decode("cp1252", "replace"), err.end


codecs.register_error("breachdesk-cp1252", _cp1252_for_bad_bytes)


def _unescape(m: re.Match[str]) -> str:
    return bytes(ord(c) - 0xDC00 for c in m.group()).decode("utf-8", "breachdesk-cp1252")


def clean_text(s: str) -> str:
    """``s`` as valid Unicode without NULs or terminal controls; never raises."""
    if not isinstance(s, str):
        s = str(s)
    if not s.isascii() and _SURROGATE.search(s):
        s = _SURROGATE.sub("\ufffd", _ESCAPED.sub(_unescape, s))
    if _CONTROL.search(s):
        s = _CONTROL.sub(lambda m: "" if m.group() == "\x00" else " ", s)
    return s


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        value[:] = [_clean(v) for v in value]
        return value
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        sanitise(value)
    return value


def sanitise(obj: Any) -> Any:
    """Clean every string field of a dataclass tree (in place); returns ``obj``."""
    for f in dataclasses.fields(obj):
        setattr(obj, f.name, _clean(getattr(obj, f.name)))
    return obj
