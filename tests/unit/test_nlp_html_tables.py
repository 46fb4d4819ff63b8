"""HTML tables become Table objects; addresses never span cells; hospital-number columns."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ingest.forwards import html_to_text_tables
from ingest.parse import parse_message
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table, text_tables


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _html_mail(rows: list[list[str]]) -> bytes:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    m = EmailMessage()
    m["From"] = "Ana Reporter <ana.reporter@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m["Subject"] = "Fw: list"
    m.set_content("<p>I sent this list to an outside address by mistake.</p>"
                  "<p>From: Clerk &lt;clerk@nhs.net&gt;<br>To: someone@gmail.com<br>Subject: list</p>"
                  f"<table>{cells}</table><p>Thanks</p>", subtype="html")
    return bytes(m)


def test_html_table_cells_collected() -> None:
    text, tables = html_to_text_tables("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>x&amp;y</td></tr></table>")
    assert tables == [[["A", "B"], ["1", "x&y"]]]
    assert "1\tx&y" in text


@pytest.mark.parametrize("header", [
    ["Bed", "Unit No", "Mobile", "Patient", "D.O.B.", "NHS No", "Postcode"],
    ["Cot", "MRN", "Tel", "Name", "Date of birth", "NHS", "Post code"],
])
def test_html_table_becomes_table(analyzer: Analyzer, header: list[str]) -> None:
    rows = [header,
            ["7", "RX81234", "07700 900317", "Fenella Odukoya", "28/10/2020", "943 476 5919", "S6 2ER"],
            ["9", "RX81299", "07700 900318", "Bartholomew Quist", "03/04/1951", "401 023 2137", "LS9 7TF"]]
    msg = parse_message(_html_mail(rows))
    assert msg.tables and msg.tables[0].where.startswith(("forwarded", "body"))
    a = analyzer.analyse(msg)
    dobs = {i.value for i in a.identifiers if i.kind == "date_of_birth"}
    assert {"2020-10-28", "1951-04-03"} <= dobs
    assert a.subjects == 2
    for i in a.identifiers:
        if i.kind == "address":
            assert "\t" not in i.text and "07700" not in i.value


def test_address_does_not_swallow_a_row(analyzer: Analyzer) -> None:
    rec = next(r for r in analyzer.recognizers if r.kind == "address")
    text = "49\tMDI\t07700 900941\tIoana Stanciu\t28/10/2020\t674 387 2806\tS6 2ER\n"
    assert not rec.scan_text(text)
    assert rec.scan_text("Lives at:\n14 Larch Grove\nSheffield\nS6 2ER\n")


@pytest.mark.parametrize("head", ["Hosp No", "RiO", "PAS", "Patient ID", "MRN"])
def test_text_table_hospital_column(head: str) -> None:
    text = f"Name\t{head}\tClinic\nOlwen Tregarthen\tK204611\tDerm\nIsaac Feldmann\tK204987\tENT\n"
    tables = text_tables(text, "body")
    assert tables
    res = analyse_table(tables[0])
    assert {i.value for i in res.identifiers if i.kind == "hospital_number"} >= {"K204611", "K204987"}
