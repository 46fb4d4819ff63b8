"""Text from mail made inert before it reaches a terminal, a dashboard or a JSON consumer.

Anyone who can send the mailbox an e-mail chooses its subject, its sender's display name,
its attachment names, its CSV headers and cells. breachdesk shows all of these to the DPO,
so every one of them is hostile input for the terminal:

- C0 controls (``ESC``, ``BEL``, ``CR``, ``BS``…) and DEL start escape sequences that retitle
  the window, clear the screen, move the cursor or overwrite earlier lines; they are shown
  as their Unicode *control pictures* (``\\x1b`` → ``␛``, ``\\r`` → ``␍``);
- C1 controls (U+0080–U+009F: ``\\x9b`` is a one-byte CSI for many terminals) are shown
  as ``\\x9b``-style escapes;
- bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, ...) reorder what the
  reader sees ("Trojan Source"); shown as ``\\u202e``-style escapes;
- lone surrogates (from ``surrogateescape`` decoding) cannot be encoded and would crash the
  writer; shown as U+FFFD.

Newlines and tabs are kept in multi-line views (``multiline=True``) and otherwise shown
as ``␊`` and a space. Rich markup is a separate matter: renderers never pass mail text as a
markup string (``rich.text.Text`` everywhere), so ``[bold]`` stays literal text.

:func:`json_dumps` is the JSON counterpart: values are kept exactly (standard ``\\uXXXX``
escapes, which every JSON reader decodes back), but no control byte reaches the terminal
that prints the JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any

_BIDI = (0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
         0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029)


def _table(multiline: bool) -> dict[int, str]:
    table: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}
    table[0x7F] = "\u2421"                                   # ␡
    table.update({c: f"\\x{c:02x}" for c in range(0x80, 0xA0)})
    table.update({c: f"\\u{c:04x}" for c in _BIDI})
    table.update({c: "\ufffd" for c in range(0xD800, 0xE000)})
    if multiline:
        table[0x0A] = "\n"
        table[0x09] = "\t"
    else:
        table[0x09] = " "
    return table


_ONE_LINE = _table(multiline=False)
_MULTI_LINE = _table(multiline=True)


def inert(text: object, *, multiline: bool = False) -> str:
    """``text`` with nothing in it that a terminal would act on (see the module docstring)."""
    s = text if isinstance(text, str) else str(text)
    if s.isprintable():          # the usual case, checked in C
        return s
    return s.translate(_MULTI_LINE if multiline else _ONE_LINE)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def json_dumps(obj: Any, **kw: Any) -> str:
    """``json.dumps`` readable as UTF-8, with every control and surrogate ``\\u``-escaped."""
    text = json.dumps(obj, ensure_ascii=False, **kw)   # C0 controls are escaped by json itself
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
