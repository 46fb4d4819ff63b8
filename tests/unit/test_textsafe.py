"""inert() and json_dumps(): nothing from mail reaches a terminal as a control sequence."""

from __future__ import annotations

import io
import json
import logging

import pytest

from breachdesk.logs import InertFormatter
from breachdesk.report_text import code, md
from breachdesk.textsafe import inert, json_dumps

NASTY = "a\x00b\x1bc\x7fd\x85e\x9bf\u202eg\u2066h\ud800i\udcffj\nk\tl\rm"


def test_every_control_bidi_override_and_lone_surrogate_is_shown_not_obeyed() -> None:
    assert inert(NASTY) == "a␀b␛c␡d\\x85e\\x9bf\\u202eg\\u2066h\ufffdi\ufffdj␊k l␍m"
    assert inert(NASTY, multiline=True).endswith("j\nk\tl␍m")
    inert(NASTY).encode("utf-8")             # encodable: a lone surrogate would raise here


@pytest.mark.parametrize("plain", ["", "Fw: letter for Mrs Ó Súilleabháin 🙂", "[bold red]x[/]", "plain ascii"])
def test_printable_text_is_left_alone(plain: str) -> None:
    assert inert(plain) == plain


def test_json_dumps_escapes_but_keeps_every_value() -> None:
    dumped = json_dumps({"v": NASTY, "ok": "café"})
    assert json.loads(dumped) == {"v": NASTY, "ok": "café"}
    assert not [c for c in "\x1b\x9b\x85\u202e\u2066\ud800\r" if c in dumped]
    assert "café" in dumped                   # still readable UTF-8, not \\u-escaped letters
    dumped.encode("utf-8")


def test_markdown_values_cannot_become_links_html_or_table_cells() -> None:
    assert md("[click](javascript:x) <img src=x> a|b *em* \x1b[2J") == \
        "\\[click\\](javascript:x) \\<img src=x> a\\|b \\*em\\* ␛\\[2J"
    assert code("*** *** **19") == "`*** *** **19`" and code("a`b|c") == "`a'b\\|c`"


def test_log_lines_are_inert() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(InertFormatter("%(message)s"))
    log = logging.getLogger("test.inert")
    log.addHandler(handler)
    try:
        log.warning("HELO %s from %s", "evil\x1b]0;pwn\x07", "x\x9by")
    finally:
        log.removeHandler(handler)
    assert out.getvalue() == "HELO evil␛]0;pwn␇ from x\\x9by\n"
