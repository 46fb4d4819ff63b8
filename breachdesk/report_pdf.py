"""The PDF a DPO attaches: the Markdown export typeset, not a second layout of the report.

One source: :func:`breachdesk.report_text.export_markdown` and
:func:`~breachdesk.report_text.form_markdown` decide what an export says (masked unless
revealed); this module parses that Markdown with markdown-it-py (HTML off, tables on) and lays
the tokens out with fpdf2. Untrusted text stays inert: the Markdown escapes every character of
mail-borne text that could be markup, so after parsing it is plain text again, and it reaches
fpdf2 only through ``write``/``table`` cells with ``markdown=False`` — no markup, no links, no
aliases (the page-count alias is a random token mail cannot guess). The font is DejaVu Sans,
bundled in ``breachdesk/fonts`` (Bitstream Vera licence beside it), so Wiśniewska and Ó Briain
render on any machine; the PDF embeds only the glyphs it uses.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import as_file, files
from typing import Any

from breachdesk.textsafe import inert

FONT = "DejaVu"
FONT_FILES = (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"))
BODY_PT = 9.5
LINE_MM = 4.6
INDENT_MM = 5.0
TASK_MARKS = {"[x] ": "☑ ", "[ ] ": "☐ "}
TABLE_PT = 8
TABLE_LINE_MM = 3.8
CELL_PAD_MM = 0.8
MAX_COLUMN_WEIGHT = 48               # characters: a long cell wraps, it does not starve the other columns


@cache
def _glyphs() -> frozenset[int]:
    """The code points both bundled faces can draw."""
    from fontTools.ttLib import TTFont

    sets = []
    for _, name in FONT_FILES:
        with as_file(files("breachdesk") / "fonts" / name) as path:
            sets.append(frozenset(TTFont(str(path), lazy=True).getBestCmap()))
    return sets[0] & sets[1]


def shown(text: str) -> str:
    """``text`` as the PDF draws it: what the font lacks written as an escape — a control picture
    from :func:`breachdesk.textsafe.inert` (``␊`` → ``↵``, ``␛`` → ``\\x1b``), a script DejaVu does
    not cover as ``\\uXXXX`` — so nothing is dropped, and fpdf2 never logs the missing characters
    (its warning quotes them: they may be part of a name)."""
    glyphs = _glyphs()
    if all(ord(c) in glyphs for c in text):
        return text
    out = []
    for c in text:
        n = ord(c)
        if n in glyphs or c == "\n":
            out.append(c)
        elif n == 0x240A:
            out.append("↵")
        elif 0x2400 <= n < 0x2420 or n == 0x2421:
            out.append(f"\\x{(n - 0x2400) if n < 0x2420 else 0x7F:02x}")
        else:
            out.append(f"\\u{n:04x}" if n <= 0xFFFF else f"\\U{n:08x}")
    return "".join(out)


@dataclass
class _Run:
    text: str
    bold: bool = False


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)


def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def _runs(inline: Any) -> list[_Run]:
    """An inline token's children as runs of plain text, bold or not (line breaks as '\\n')."""
    runs: list[_Run] = []
    bold = False
    for child in inline.children or []:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type in ("text", "code_inline"):
            runs.append(_Run(shown(child.content), bold))
        elif child.type == "softbreak":
            runs.append(_Run(" ", bold))
        elif child.type == "hardbreak":
            runs.append(_Run("\n", bold))
        elif child.children:                       # emphasis and the like: their text, plainly
            runs += [_Run(r.text, bold or r.bold) for r in _runs(child)]
        elif child.content:
            runs.append(_Run(shown(child.content), bold))
    return runs


def _plain(inline: Any) -> str:
    return "".join(r.text for r in _runs(inline)).replace("\n", " ")


class _Writer:
    """Walks markdown-it's tokens and writes them with fpdf2."""

    def __init__(self, footer: str) -> None:
        from fpdf import FPDF

        alias = "NB" + secrets.token_hex(8)

        class _Doc(FPDF):
            def footer(self) -> None:             # noqa: D102 - fpdf2's hook
                self.set_y(-12)
                self.set_font(FONT, size=7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, f"{footer} — page {self.page_no()} of {alias}", align="L")

        self.pdf = _Doc(format="A4", unit="mm")
        self.pdf.alias_nb_pages(alias)
        fonts = files("breachdesk") / "fonts"
        for style, name in FONT_FILES:
            with as_file(fonts / name) as path:
                self.pdf.add_font(FONT, style, str(path))
        self.pdf.set_margins(18, 16, 18)
        self.pdf.set_auto_page_break(True, margin=18)
        self.pdf.add_page()
        self.pdf.set_font(FONT, size=BODY_PT)
        self.depth = 0
        self.section = ""
        self.bullet = False

    # -- blocks -------------------------------------------------------------
    def heading(self, level: int, inline: Any) -> None:
        text = _plain(inline)
        pdf = self.pdf
        pdf.set_left_margin(18)
        pdf.set_x(18)
        if level > 1:
            pdf.ln(2)
        pdf.set_font(FONT, "B", 14 if level == 1 else 11.5)
        pdf.multi_cell(0, 7 if level == 1 else 6, text, align="L", markdown=False, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=BODY_PT)
        pdf.ln(1)
        self.section = text

    def paragraph(self, inline: Any) -> None:
        pdf = self.pdf
        left = 18 + INDENT_MM * max(self.depth - 1, 0)
        runs = _runs(inline)
        if self.bullet:
            self.bullet = False
            if self.section == "Tasks" and runs and runs[0].text[:4] in TASK_MARKS:
                runs[0] = _Run(TASK_MARKS[runs[0].text[:4]] + runs[0].text[4:], runs[0].bold)
                mark = ""
            else:
                mark = "•" if self.depth <= 1 else "–"
            pdf.set_left_margin(left + INDENT_MM)
            if mark:
                pdf.set_x(left)
                pdf.cell(INDENT_MM, LINE_MM, mark)
            else:
                pdf.set_x(left + INDENT_MM)
        else:
            pdf.set_left_margin(left)
            pdf.set_x(left)
        for run in runs:
            pdf.set_font(FONT, "B" if run.bold else "", BODY_PT)
            if run.text == "\n":
                pdf.ln(LINE_MM)
            else:
                pdf.write(LINE_MM, run.text)
        pdf.set_font(FONT, size=BODY_PT)
        pdf.ln(LINE_MM + 0.6)
        pdf.set_left_margin(18)

    def table(self, table: _Table) -> None:
        """A table drawn cell by cell, its heading repeated on each page.

        Not fpdf2's ``table()``: it lays every cell out twice with ``multi_cell`` (about 4 ms a
        cell), so the identifiers of a 2,000-row spreadsheet took half a minute. Here a cell that
        fits on one line — nearly all of them — is one ``cell()`` (0.2 ms); only longer ones are
        wrapped by ``multi_cell``, and a row taller than a page goes on over the next.
        """
        if not table.rows:
            return
        ncol = max(len(r) for r in table.rows)
        rows = [r + [""] * (ncol - len(r)) for r in table.rows]
        weights = [min(max(max(len(r[c]) for r in rows), 4), MAX_COLUMN_WEIGHT) for c in range(ncol)]
        pdf = self.pdf
        widths = [pdf.epw * w / sum(weights) for w in weights]
        pdf.set_left_margin(18)
        pdf.set_x(18)
        heading = [self._lines(t, w, bold=True) for t, w in zip(rows[0], widths, strict=True)]
        self._row(heading, widths, heading=None)
        for r in rows[1:]:
            self._row([self._lines(t, w, bold=False) for t, w in zip(r, widths, strict=True)], widths, heading)
        pdf.set_font(FONT, size=BODY_PT)
        pdf.ln(2)

    def _lines(self, text: str, width: float, *, bold: bool) -> list[str]:
        pdf = self.pdf
        pdf.set_font(FONT, "B" if bold else "", TABLE_PT)
        if pdf.get_string_width(text) <= width - 2 * CELL_PAD_MM:
            return [text]
        return [str(line) for line in pdf.multi_cell(width - 2 * CELL_PAD_MM, TABLE_LINE_MM, text, align="L",
                                                     markdown=False, dry_run=True, output="LINES")] or [""]

    def _row(self, cells: list[list[str]], widths: list[float], heading: list[list[str]] | None) -> None:
        """One row (``heading`` is None for the heading itself); split over pages when it must be."""
        pdf = self.pdf
        room = int((pdf.eph - 4 * TABLE_LINE_MM) // TABLE_LINE_MM) - 2     # lines of a row on one page
        while True:
            part = [c[:room] for c in cells]
            cells = [c[room:] for c in cells]
            height = max(len(c) for c in part) * TABLE_LINE_MM + 2 * CELL_PAD_MM
            if heading is not None and pdf.will_page_break(height):
                pdf.add_page()
                self._row(heading, widths, None)
            x0, y0 = pdf.l_margin, pdf.get_y()
            pdf.set_font(FONT, "B" if heading is None else "", TABLE_PT)
            if heading is None:
                pdf.set_fill_color(230, 230, 230)
            x = x0
            for lines, width in zip(part, widths, strict=True):
                pdf.rect(x, y0, width, height, style="DF" if heading is None else "D")
                for k, line in enumerate(lines):
                    pdf.set_xy(x + CELL_PAD_MM, y0 + CELL_PAD_MM + k * TABLE_LINE_MM)
                    pdf.cell(width - 2 * CELL_PAD_MM, TABLE_LINE_MM, line)
                x += width
            pdf.set_xy(x0, y0 + height)
            if not any(cells):
                return

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def render(markdown: str, *, footer: str) -> bytes:
    """The PDF of an export's Markdown; ``footer`` (the reference, masked or revealed) on every page."""
    writer = _Writer(shown(inert(footer)))
    tokens = _parser().parse(markdown)
    table: _Table | None = None
    row: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            writer.heading(int(tok.tag[1:]), tokens[i + 1])
            i += 2
        elif kind in ("bullet_list_open", "ordered_list_open"):
            writer.depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            writer.depth -= 1
        elif kind == "list_item_open":
            writer.bullet = True
        elif kind == "table_open":
            table = _Table()
        elif kind == "table_close" and table is not None:
            writer.table(table)
            table = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and table is not None:
            table.rows.append(row)
        elif kind == "inline" and table is not None:
            row.append(_plain(tok))
        elif kind == "inline":
            writer.paragraph(tok)
        elif kind in ("code_block", "fence"):              # not made by the exports; shown as written
            for line in tok.content.splitlines():
                writer.paragraph(_Text(line))
        i += 1
    return writer.output()


class _Text:
    """A line of plain text where an inline token is expected."""

    def __init__(self, text: str) -> None:
        from markdown_it.token import Token

        self.children = [Token("text", "", 0, content=text)]
