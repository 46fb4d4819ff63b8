"""The PDF export is the Markdown export typeset: mail-borne text arrives as typed (no markup,
no aliases), every character is drawn or shown as an escape, and nothing is logged about it."""

from __future__ import annotations

import io
import logging

import pytest
from pypdf import PdfReader

from breachdesk.report_pdf import render, shown
from breachdesk.report_text import md, md_line


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(("line", "escaped"), [
    ("# heading", "\\# heading"), ("> quote", "\\> quote"), ("- item", "\\- item"), ("+ item", "\\+ item"),
    ("1. first", "1\\. first"), ("12) twelfth", "12\\) twelfth"), ("=====", "\\====="), ("~~~", "\\~~~"),
    ("    indented code", "indented code"), ("plain words", "plain words"), ("a & b", "a \\& b"),
])
def test_a_note_line_cannot_become_markdown_structure(line: str, escaped: str) -> None:
    assert md_line(line) == escaped


def test_hostile_text_is_shown_as_typed_in_the_pdf() -> None:
    hostile = "**bold** _em_ [link](https://x.example) <b>tag</b> &amp; `code` | cell {nb} \x1b[2J"
    note = [f"- {md('2026-11-23')} {md('alice')}:", f"  {md_line('# not a heading')}  ", f"  {md_line(hostile)}  "]
    markdown = "\n".join(["# Report BD-2026-000001", "", "## Notes", "", *note, "",
                          "| when | detail |", "| --- | --- |", f"| now | {md(hostile)} |", ""])
    text = text_of(render(markdown, footer="BD-2026-000001"))
    assert "# not a heading" in text
    assert text.count("**bold** _em_ [link](https://x.example) <b>tag</b> &amp; `code` | cell {nb} \\x1b[2J") == 2
    assert "page 1 of 1" in text                                     # the real alias, not mail's {nb}


def test_what_the_font_cannot_draw_is_escaped_and_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    assert shown("Wiśniewska, Ó Briain, Ní Bhriain") == "Wiśniewska, Ó Briain, Ní Bhriain"
    assert shown("王小明␊x␛") == "\\u738b\\u5c0f\\u660e↵x\\x1b"
    with caplog.at_level(logging.DEBUG):
        text = text_of(render("# Report\n\n- **Name:** 王小明 Wiśniewska\n", footer="ref"))
    assert "\\u738b\\u5c0f\\u660e Wiśniewska" in text
    assert not [r for r in caplog.records if r.name.startswith("fpdf") and r.levelno >= logging.WARNING]
