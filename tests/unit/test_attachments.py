"""Attachments: every reader with real libraries, built in memory; zip limits and bombs."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from breachdesk.model import ParsedMessage
from ingest.attachments import kind_of
from ingest.parse import ParseLimits, parse_message

NHS = "9434765919"
REALMAIL = Path(__file__).resolve().parents[1] / "data" / "realmail" / "mail-parser"


def with_attachments(*atts: tuple[str, str, bytes], body: str = "See attached.") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rep <rep@nhs.net>"
    msg["To"] = "ig@nhs.net"
    msg["Subject"] = "FW: attached"
    msg.set_content(body)
    for name, ctype, data in atts:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def parse_one(name: str, ctype: str, data: bytes, **limits: int) -> ParsedMessage:
    return parse_message(with_attachments((name, ctype, data)), limits=ParseLimits(**limits))


def section(p: ParsedMessage, where: str) -> str:
    return next(s.text for s in p.sections if s.where == where)


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with Helvetica text, offsets computed (no PDF library needed)."""
    ops = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({ln}) Tj T*" for ln in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_docx() -> bytes:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Calder Valley NHS Trust"
    d.add_paragraph("Dear Dr Smith,")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Patient", "Joan PATIENT"
    t.cell(1, 0).text, t.cell(1, 1).text = "NHS No", "943 476 5919"
    d.add_paragraph("Diagnosis: asthma.")
    d.sections[0].footer.paragraphs[0].text = "Confidential"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Clinic"
    ws.append(["NHS Number", "Name", "DOB", "Visits", "Score"])
    ws.append([9434765919, "Joan", dt.datetime(1950, 2, 1), 3.0, 2.5])
    ws.append([None, None, None, None, None])
    ws.append([4010232137, "Ann", dt.date(1961, 12, 31), 12, None])
    ws2 = wb.create_sheet("Raw")
    ws2.append(["Clinic list June"])
    ws2.append(["Ref", "Surname"])
    ws2.append(["A1", "JONES"])
    ws3 = wb.create_sheet("NoHeader")
    ws3.append([NHS, "1950-02-01"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# -------------------------------------------------------------- documents


def test_docx_paragraphs_tables_header_footer_in_order() -> None:
    p = parse_one("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx())
    text = section(p, "attachment:letter.docx")
    assert text == ("Calder Valley NHS Trust\nDear Dr Smith,\nPatient\tJoan PATIENT\nNHS No\t943 476 5919\n"
                    "Diagnosis: asthma.\nConfidential")
    assert p.attachments[0].extracted == "text" and p.attachments[0].where == "attachment:letter.docx"


def test_pdf_text() -> None:
    p = parse_one("letter.pdf", "application/pdf", make_pdf(["Patient: Joan PATIENT", "NHS No 943 476 5919"]))
    text = section(p, "attachment:letter.pdf")
    assert "Joan PATIENT" in text and "943 476 5919" in text
    assert p.attachments[0].extracted == "text" and p.parse_status == "ok"


def test_encrypted_pdf_is_noted() -> None:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    w.add_page(PdfReader(io.BytesIO(make_pdf(["secret"]))).pages[0])
    w.encrypt("open-sesame", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    p = parse_one("locked.pdf", "application/pdf", buf.getvalue())
    assert p.attachments[0].extracted == "skipped: encrypted"
    assert "encrypted attachment: application/pdf (locked.pdf)" in p.notes and p.parse_status == "partial"


def test_broken_pdf_is_partial_with_note() -> None:
    p = parse_one("report.pdf", "application/pdf", b"%PDF-1.7\n garbage " + NHS.encode())
    assert p.parse_status == "partial"
    assert p.attachments[0].extracted.startswith("error: ")
    note = next(n for n in p.notes if n.startswith("unparseable part: application/pdf (report.pdf): "))
    assert NHS not in note
    assert section(p, "body") == "See attached."


@pytest.mark.parametrize(("name", "ctype", "data", "expected"), [
    ("notes.txt", "text/plain", "Zoë Smith NHS 943 476 5919".encode("cp1252"), "Zoë Smith NHS 943 476 5919"),
    ("page.html", "text/html", b"<p>Patient:&nbsp;Joan</p><script>x()</script><p>NHS 943</p>",
     "Patient: Joan\n\nNHS 943"),
    ("letter.rtf", "application/rtf", rb"{\rtf1{\fonttbl{\f0 Arial;}}Dear Zo\'eb\par NHS 943}", "Dear Zoë\nNHS 943"),
])
def test_text_like_attachments(name: str, ctype: str, data: bytes, expected: str) -> None:
    p = parse_one(name, ctype, data)
    assert section(p, f"attachment:{name}") == expected
    assert p.attachments[0].extracted == "text"


@pytest.mark.parametrize(("name", "ctype", "data"), [
    ("scan.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50),
    ("run.exe", "application/octet-stream", b"MZ\x90\x00" + b"\x00" * 50),
])
def test_binary_attachments_are_listed_not_read(name: str, ctype: str, data: bytes) -> None:
    p = parse_one(name, ctype, data)
    a = p.attachments[0]
    assert (a.name, a.extracted, a.size) == (name, "none", len(data)) and len(a.sha256) == 64
    assert [s.where for s in p.sections] == ["body"] and p.parse_status == "ok"
    assert not any("could not be read" in n for n in p.notes)  # images and programs hold no text


@pytest.mark.parametrize(("name", "ctype", "data", "reason"), [
    ("blob", "application/octet-stream", bytes(range(256)), "unknown format (application/octet-stream)"),
    ("old.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "legacy Office (OLE) file, not read"),
])
def test_unreadable_attachments_are_named_in_a_note(name: str, ctype: str, data: bytes, reason: str) -> None:
    p = parse_one(name, ctype, data)
    a = p.attachments[0]
    assert (a.name, a.extracted, a.size) == (name, f"skipped: {reason}", len(data))
    assert f"1 attachment could not be read: {name} ({reason})" in p.notes


def test_unknown_attachment_that_is_text_is_read() -> None:
    p = parse_one("export", "application/octet-stream", b"Name,NHS\nJoan Smith,943 476 5919\nA B,1\n")
    assert p.attachments[0].extracted == "table"
    assert p.tables[0].header == ["Name", "NHS"] and p.tables[0].rows[0] == ["Joan Smith", "943 476 5919"]


@pytest.mark.parametrize(("name", "ctype", "data", "kind"), [
    ("report.bin", "application/octet-stream", make_pdf(["x"]), "pdf"),
    ("noext", "application/octet-stream", make_docx(), "docx"),
    ("data", "application/octet-stream", make_xlsx(), "xlsx"),
    ("x.csv", "application/octet-stream", b"a,b\n1,2\n", "csv"),
    ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22\x00\x00", "tnef"),
    ("mail.msg", "application/vnd.ms-outlook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "msg"),
    ("fwd.eml", "message/rfc822", b"From: a@b\n\nhi", "eml"),
])
def test_kind_by_magic_extension_and_type(name: str, ctype: str, data: bytes, kind: str) -> None:
    assert kind_of(name, ctype, data) == kind


def test_oversize_attachment_skipped() -> None:
    p = parse_one("big.txt", "text/plain", b"a" * 5000, max_attachment_bytes=1000)
    assert p.attachments[0].extracted == "skipped: over 1000 bytes" and p.truncated
    assert "attachment:big.txt" not in [s.where for s in p.sections]


# ------------------------------------------------------------------ tables


def test_xlsx_every_sheet_dates_integers_and_headers() -> None:
    p = parse_one("list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx())
    clinic, raw, noheader = p.tables
    assert (clinic.where, clinic.sheet) == ("attachment:list.xlsx", "Clinic")
    assert clinic.header == ["NHS Number", "Name", "DOB", "Visits", "Score"]
    assert clinic.rows == [[NHS, "Joan", "1950-02-01", "3", "2.5"], ["4010232137", "Ann", "1961-12-31", "12"]]
    assert clinic.total_rows == 2
    assert (raw.header, raw.rows) == (["Ref", "Surname"], [["A1", "JONES"]])  # title row skipped
    assert noheader.header == [] and noheader.rows == [[NHS, "1950-02-01"]]  # first row is data
    assert not [s for s in p.sections if s.role == "attachment"]
    assert p.attachments[0].extracted == "table"


@pytest.mark.parametrize(("data", "header", "first"), [
    (b"NHS Number,Surname\n9434765919,JONES\n", ["NHS Number", "Surname"], [NHS, "JONES"]),
    (b"\xef\xbb\xbfNHS;Name;DOB\n9434765919;Zo\xc3\xab;01/02/1950\n", ["NHS", "Name", "DOB"],
     [NHS, "Zoë", "01/02/1950"]),
    ("Nom\tVille\nZoë\tLéon\n".encode("cp1252"), ["Nom", "Ville"], ["Zoë", "Léon"]),
    (b"9434765919|JONES\n4010232137|SMITH\n", [], [NHS, "JONES"]),
    (b'"Name","Notes"\n"Joan","said ""hi"", left"\n', ["Name", "Notes"], ["Joan", 'said "hi", left']),
])
def test_csv_delimiters_encodings_headers(data: bytes, header: list[str], first: list[str]) -> None:
    p = parse_one("list.csv", "text/csv", data)
    t = p.tables[0]
    assert (t.where, t.header, t.rows[0]) == ("attachment:list.csv", header, first)


def test_table_row_cap_keeps_total() -> None:
    data = b"NHS,Name\n" + b"".join(b"%010d,P%d\n" % (i, i) for i in range(50))
    p = parse_one("big.csv", "text/csv", data, max_table_rows=10)
    t = p.tables[0]
    assert len(t.rows) == 10 and t.total_rows == 50 and p.truncated
    assert any("attachment:big.csv has 50 rows, kept 10" in n for n in p.notes)


# -------------------------------------------------------------------- zips


def test_zip_members_go_through_the_dispatcher() -> None:
    z = make_zip({"docs/letter.docx": make_docx(), "list.csv": b"NHS,Name\n9434765919,Joan\n",
                  "photo.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 20, "readme.txt": b"hello"})
    p = parse_one("bundle.zip", "application/zip", z)
    by_name = {a.name: a.extracted for a in p.attachments}
    assert by_name == {"bundle.zip": "archive", "bundle.zip/letter.docx": "text", "bundle.zip/list.csv": "table",
                       "bundle.zip/photo.jpg": "none", "bundle.zip/readme.txt": "text"}
    assert "Joan PATIENT" in section(p, "attachment:bundle.zip/letter.docx")
    assert p.tables[0].where == "attachment:bundle.zip/list.csv"


def test_zip_bomb_is_reported_not_expanded() -> None:
    bomb = make_zip({"zeros.txt": b"\x00" * 60_000_000})
    assert len(bomb) < 200_000
    p = parse_one("invoice.zip", "application/zip", bomb)        # time taken: bench/bounded.py
    a = p.attachments[0]
    assert a.extracted.startswith("skipped: zip bomb (ratio ") and len(p.attachments) == 1
    assert p.truncated and any("zip bomb" in n for n in p.notes)


def test_zip_total_size_limit() -> None:
    z = make_zip({"a.txt": b"a" * 5000, "b.txt": b"b" * 5000}, zipfile.ZIP_STORED)
    p = parse_one("two.zip", "application/zip", z, zip_max_total_bytes=6000)
    assert p.attachments[0].extracted.startswith("skipped: zip bomb (uncompressed 10000 bytes)")


def test_zip_member_count_limit() -> None:
    z = make_zip({f"f{i}.txt": b"x" for i in range(30)})
    p = parse_one("many.zip", "application/zip", z, zip_max_members=5)
    assert len([a for a in p.attachments if a.name.startswith("many.zip/")]) == 5
    assert p.truncated and "truncated: many.zip has 30 members, read 5" in p.notes


def test_zip_encrypted_member_noted() -> None:
    z = bytearray(make_zip({"secret.txt": b"NHS 943 476 5919"}, zipfile.ZIP_STORED))
    z[6] |= 1  # general-purpose flag, bit 0 "encrypted", in the local header
    cd = z.find(b"PK\x01\x02")
    z[cd + 8] |= 1  # and in the central directory
    p = parse_one("locked.zip", "application/zip", bytes(z))
    assert {a.name: a.extracted for a in p.attachments}["locked.zip/secret.txt"] == "skipped: encrypted"
    assert "encrypted zip member: locked.zip/secret.txt" in p.notes and p.parse_status == "partial"


def test_nested_zips_stop_at_depth() -> None:
    z = make_zip({"inner.txt": b"deep text"})
    for i in range(4):
        z = make_zip({f"level{i}.zip": z})
    p = parse_one("outer.zip", "application/zip", z, max_depth=3)
    assert any(a.extracted == "skipped: nesting deeper than 3" for a in p.attachments)
    assert "deep text" not in "".join(s.text for s in p.sections) and p.truncated


def test_corrupt_zip_is_an_error_not_a_crash() -> None:
    p = parse_one("bad.zip", "application/zip", b"PK\x03\x04" + b"\x00" * 100)
    assert p.attachments[0].extracted.startswith("error: ") and p.parse_status == "partial"


def test_docx_bomb_is_not_opened() -> None:
    z = make_zip({"word/document.xml": b" " * 50_000_000, "[Content_Types].xml": b"<x/>"})
    p = parse_one("letter.docx", "application/octet-stream", z)
    assert p.attachments[0].extracted.startswith("skipped: zip bomb")


# --------------------------------------------------------- attached messages


def test_attached_eml_file_is_a_forwarded_message() -> None:
    inner = b"From: Staff <staff@nhs.net>\r\nSubject: Letter\r\n\r\nRe: Joan PATIENT, NHS 943 476 5919\r\n"
    p = parse_one("original.eml", "application/octet-stream", inner)
    assert [s.where for s in p.sections] == ["body", "forwarded:1"]
    assert p.forwarded[0].sender.email == "staff@nhs.net" and "943 476 5919" in p.sections[1].text
    assert p.attachments[0].extracted == "message"


def test_attached_outlook_msg() -> None:
    data = (REALMAIL / "mail_outlook_1").read_bytes()
    p = parse_one("forwarded.msg", "application/vnd.ms-outlook", data)
    fwd = next(s for s in p.sections if s.where == "forwarded:1")
    assert fwd.headers is not None and fwd.headers.sender.email == "NueblingV@w-vwa.de"
    assert fwd.headers.subject.startswith("Newsletter") and len(fwd.text) > 500
    names = [a.name for a in p.attachments]
    assert names[0] == "forwarded.msg" and "newsletter.png" in names
    assert p.attachments[0].extracted == "message"


def _tnef_obj(level: int, attr: int, data: bytes) -> bytes:
    return struct.pack("<BIIs", level, attr, len(data), b"")[:9] + data + struct.pack("<H", sum(data) & 0xFFFF)


def make_tnef() -> bytes:
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _tnef_obj(1, 0x00069007, struct.pack("<II", 1252, 0))          # OEM code page
    out += _tnef_obj(1, 0x00078004, b"Clinic list\x00")                     # subject
    out += _tnef_obj(1, 0x0002800C, b"Re: Joan PATIENT NHS 943 476 5919\x00")  # body
    out += _tnef_obj(2, 0x00069002, b"\x01\x00\xff\xff\xff\xff" + b"\x00" * 8)  # attachment starts
    out += _tnef_obj(2, 0x00018010, b"list.csv\x00")                        # its title
    out += _tnef_obj(2, 0x0006800F, b"NHS,Name\n9434765919,Joan\n")         # its data
    return out


def test_winmail_dat_tnef() -> None:
    p = parse_one("winmail.dat", "application/ms-tnef", make_tnef())
    fwd = next(s for s in p.sections if s.where == "forwarded:1")
    assert fwd.headers is not None and fwd.headers.subject == "Clinic list"
    assert "943 476 5919" in fwd.text
    assert p.tables and p.tables[0].rows == [[NHS, "Joan"]]
    assert p.attachments[0].extracted == "message"


@pytest.mark.parametrize(("name", "ctype"), [("list.txt", "text/plain"), ("list.tsv", "application/octet-stream"),
                                              ("drops.txt", "text/tab-separated-values")])
def test_a_tab_separated_export_becomes_a_table(name: str, ctype: str) -> None:
    from email.message import EmailMessage

    from ingest.parse import parse_message

    rows = "Customer\tAddr1\tPCode\tTel\r\nAda Lovelace\t1 Mill Lane\tLS6 2AB\t07700 900123\r\n" \
           "Alan Turing\t2 Mill Lane\tLS6 2AC\t07700 900124\r\nMary Seacole\t3 Mill Lane\tLS6 2AD\t07700 900125\r\n"
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@nhs.net", "breach@example.nhs.uk", "list"
    m.set_content("see attached")
    maintype, subtype = ctype.split("/")
    m.add_attachment(rows.encode(), maintype=maintype, subtype=subtype, filename=name)
    parsed = parse_message(bytes(m))
    assert [t.header for t in parsed.tables] == [["Customer", "Addr1", "PCode", "Tel"]]
    assert len(parsed.tables[0].rows) == 3
    assert parsed.attachments[0].extracted == "table"


def make_table_pdf(head: list[str], rows: list[list[str]], title: str = "Resident list") -> bytes:
    """A one-page PDF with a letterhead, a title and a table drawn cell by cell (as fpdf2, a report writer, lays it)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 6, "Larchfield Lodge, 2 Fixby Road, Huddersfield HD2 1YF", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    widths = [12, 45, 25, 28, 40, 35][: len(head)]
    for row in [head, *rows]:
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 6, cell)
        pdf.ln(6 if row is head else 9)       # rows further apart than lines: a gap pypdf lays out as blank
    return bytes(pdf.output())


def test_a_pdf_table_keeps_its_cells_apart_and_its_prose_as_plain_text() -> None:
    head = ["Rm", "Resident", "DOB", "NHS", "NOK", "NOK tel"]
    rows = [["1", "Jack Gallacher", "30/04/1927", "4164874449", "Grace Doherty", "0114 496 0735"],
            ["2", "Mohammed Lomax", "13/06/1947", "7286880683", "Ciaran Varley", "0117 496 0712"],
            ["3", "Ewan Doherty", "02/08/1936", "7740201162", "Arthur Jarvis", "0117 496 0059"]]
    p = parse_one("grab sheet.pdf", "application/pdf", make_table_pdf(head, rows))
    text = section(p, "attachment:grab sheet.pdf")
    lines = text.split("\n")
    # each row on its own line, its cells two or more spaces apart, no blank line between rows
    at = [i for i, ln in enumerate(lines) if re.match(r"\d +\S", ln)]
    assert len(at) == 3 and at == list(range(at[0], at[0] + 3))
    assert re.fullmatch(r"1 {2,}Jack Gallacher {2,}30/04/1927 {2,}4164874449 {2,}Grace Doherty {2,}0114 496 0735",
                        lines[at[0]])
    # the right-aligned letterhead is one line of single-spaced words, as plain mode gives it
    assert "Larchfield Lodge, 2 Fixby Road, Huddersfield HD2 1YF" in lines


def test_a_pdf_letter_with_no_table_reads_as_before() -> None:
    from pypdf import PdfReader

    data = make_pdf(["Dear Mrs Ann Dale,", "Your appointment is on Monday.", "Clinic 4, Outpatients", "Yours"])
    p = parse_one("letter.pdf", "application/pdf", data)
    assert section(p, "attachment:letter.pdf") == PdfReader(io.BytesIO(data)).pages[0].extract_text().strip()
