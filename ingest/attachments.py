"""Text and tables out of attachments, in memory only.

:func:`extract` identifies an attachment by magic bytes, extension and content type, and
hands it to one reader: DOCX (python-docx), PDF (pypdf), CSV, XLSX (openpyxl), HTML, plain
text / RTF, ZIP (:mod:`ingest.archives`), attached messages (.eml, Outlook .msg,
winmail.dat: :mod:`ingest.msgfiles`). Everything stays in ``BytesIO``; nothing is written
to disk or opened with another program. Heavy libraries are imported on first use.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from typing import TYPE_CHECKING, Any

from breachdesk.model import AttachmentInfo, Table
from ingest.forwards import decode_text, html_to_text, rtf_to_text, tidy

if TYPE_CHECKING:
    from ingest.parse import Walker

PDF_MAX_PAGES = 300
PDF_TIME_BUDGET = 6.0
# pypdf's text extraction is superlinear in a page's content stream (1 MB: about 5 s, 10 MB:
# minutes, on this project's 2-core machine); a page of text needs tens of kilobytes.
PDF_MAX_PAGE_STREAM = 512_000       # decoded bytes of one page's content (and form XObjects)
PDF_MAX_STREAM_TOTAL = 4_000_000    # decoded content bytes read in one PDF

TEXT_EXT = {".txt", ".text", ".log", ".md", ".json", ".xml", ".ics", ".vcf"}
NONE_TYPES = ("image/", "audio/", "video/", "font/")
NONE_EXT = {".exe", ".dll", ".scr", ".com", ".bat", ".cmd", ".js", ".vbs", ".ps1", ".jar", ".msi",
            ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".ico", ".svg", ".mp3",
            ".mp4", ".wav", ".avi", ".mov", ".iso", ".img", ".bin", ".p7s", ".sig", ".asc"}
_EXT_FOR = {"text/plain": ".txt", "text/html": ".html", "text/csv": ".csv", "application/pdf": ".pdf",
            "message/rfc822": ".eml", "application/zip": ".zip", "application/ms-tnef": ".dat",
            "application/vnd.ms-tnef": ".dat"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"


def guess_extension(ctype: str) -> str:
    return _EXT_FOR.get(ctype, "")


def kind_of(name: str, ctype: str, data: bytes) -> str:
    """One of docx, xlsx, zip, pdf, msg, tnef, ole, csv, html, rtf, text, eml, none, unknown.

    "none" is a type known to hold no readable text (images, programs); "unknown" is
    anything not identified (octet-stream with an odd name, a TNEF attachment without a
    type), whose bytes are then looked at.
    """
    lname = name.lower()
    ext = lname[lname.rfind("."):] if "." in lname else ""
    head = data[:8]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist()[:5000])
        except Exception:  # noqa: BLE001
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return "msg" if ext == ".msg" or "outlook" in ctype else "ole"
    if head.startswith(TNEF_MAGIC) or ctype in ("application/ms-tnef", "application/vnd.ms-tnef"):
        return "tnef"
    if head.startswith(b"{\\rtf") or ext == ".rtf" or ctype in ("application/rtf", "text/rtf"):
        return "rtf"
    if ext in (".csv", ".tsv", ".tab") or ctype in ("text/csv", "application/csv", "text/comma-separated-values",
                                                   "text/tab-separated-values"):
        return "csv"
    if ext in (".eml", ".mht") or ctype in ("message/rfc822", "message/global"):
        return "eml"
    if ext in (".htm", ".html", ".xhtml") or ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ext in NONE_EXT or ctype.startswith(NONE_TYPES) or head.startswith((b"MZ", b"\x7fELF", b"\x89PNG",
                                                                          b"GIF8", b"\xff\xd8\xff")):
        return "none"
    if ext in TEXT_EXT or ctype.startswith("text/"):
        return "text"
    if ext in (".xlsx", ".xlsm", ".docx", ".zip"):
        return "zip"  # a broken container; the zip reader reports it
    return "unknown"


def extract(w: Walker, name: str, ctype: str, data: bytes, depth: int) -> AttachmentInfo:
    """Record one attachment and put its text/tables into the walker's output."""
    where = f"attachment:{name}"
    info = AttachmentInfo(name=name, content_type=ctype, size=len(data),
                          sha256=hashlib.sha256(data).hexdigest(), where=where)
    w.add_attachment(info)
    lim = w.limits
    if len(data) > lim.max_attachment_bytes:
        info.extracted = f"skipped: over {lim.max_attachment_bytes} bytes"
        w.truncate(f"attachment {name} over {lim.max_attachment_bytes} bytes")
        return info
    if w.out_of_time():
        info.extracted = "skipped: time budget"
        return info
    kind = kind_of(name, ctype, data)
    try:
        info.extracted = _READERS.get(kind, _none)(w, info, data, depth)
    except Exception as exc:  # noqa: BLE001 - one bad attachment never stops the rest
        info.extracted = f"error: {type(exc).__name__}"
        w.partial(f"unparseable part: {ctype or 'unknown'} ({name}): {type(exc).__name__}")
    return info


# ------------------------------------------------------------------- readers


def _none(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    return "none"


def _ole(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    return "skipped: legacy Office (OLE) file, not read"


def _sniff_text(data: bytes) -> str | None:
    """The bytes as text when they look like text (no NULs, few control characters)."""
    head = data[:65536]
    if not head.strip() or b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", "replace")
    else:
        text, _ = decode_text(data)
    sample = text[:20000]
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or c == "\ufffd")
    return text if bad <= len(sample) * 0.02 else None


def looks_delimited(text: str) -> bool:
    """Text that is a comma/semicolon/pipe-separated table: the same count on most lines."""
    lines = [ln for ln in text[:20000].splitlines() if ln.strip()][:30]
    if len(lines) < 2:
        return False
    for sep in (",", ";", "|", "\t"):
        counts = [ln.count(sep) for ln in lines]
        if counts[0] >= 1 and sum(c == counts[0] for c in counts) >= 0.8 * len(counts):
            return True
    return False


def _unknown(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    """An unidentified attachment: read as text (or a table) when its bytes are text."""
    text = _sniff_text(data)
    if text is None:
        return f"skipped: unknown format ({info.content_type or 'no type'})"
    if looks_delimited(text):
        return _csv(w, info, data, depth)
    w.add_text(info.where, tidy(text[: w.limits.max_text_chars_per_part]), "attachment")
    return "text"


def looks_tabular(text: str) -> bool:
    """A plain-text file that is really a tab-separated export (a list of patients, say)."""
    lines = [ln for ln in text[:20000].splitlines() if ln.strip()][:30]
    if len(lines) < 3:
        return False
    counts = [ln.count("\t") for ln in lines]
    return counts[0] >= 2 and sum(c == counts[0] for c in counts) >= 0.8 * len(counts)


def _text(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    text, _ = decode_text(data[: w.limits.max_text_chars_per_part * 4], _charset(info.content_type))
    if looks_tabular(text):
        return _csv(w, info, data, depth)
    w.add_text(info.where, tidy(text), "attachment")
    return "text"


def _html(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    text, _ = decode_text(data, _charset(info.content_type) or _meta_charset(data))
    w.add_text(info.where, html_to_text(text), "attachment")
    return "text"


def _rtf(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    w.add_text(info.where, rtf_to_text(data), "attachment")
    return "text"


def _csv(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    for t in read_csv(data, info.where, w):
        w.add_table(t)
    return "table"


def _xlsx(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    from ingest.archives import container_problem

    problem = container_problem(data, w.limits)
    if problem:
        w.truncate(f"{info.name}: {problem}")
        return f"skipped: {problem}"
    for t in read_xlsx(data, info.where, w):
        w.add_table(t)
    return "table"


def _docx(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    from ingest.archives import container_problem

    problem = container_problem(data, w.limits)
    if problem:
        w.truncate(f"{info.name}: {problem}")
        return f"skipped: {problem}"
    w.add_text(info.where, docx_text(data), "attachment")
    return "text"


def _pdf(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    text, status = pdf_text(data, w, info.name)
    w.add_text(info.where, text, "attachment")
    return status


def _eml(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    if depth + 1 > w.limits.max_depth:
        w.truncate(f"nesting deeper than {w.limits.max_depth} levels")
        return f"skipped: nesting deeper than {w.limits.max_depth}"
    w.message_bytes(data, depth + 1)
    return "message"


def _zip(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    from ingest.archives import read_zip

    return read_zip(w, info, data, depth)


def _msg(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    from ingest.msgfiles import read_msg

    return read_msg(w, info, data, depth)


def _tnef(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    from ingest.msgfiles import read_tnef

    return read_tnef(w, info, data, depth)


_READERS = {"text": _text, "html": _html, "rtf": _rtf, "csv": _csv, "xlsx": _xlsx, "docx": _docx,
            "pdf": _pdf, "eml": _eml, "zip": _zip, "msg": _msg, "tnef": _tnef, "ole": _ole,
            "none": _none, "unknown": _unknown}


# ------------------------------------------------------------------ formats


def _charset(ctype: str) -> str | None:
    m = re.search(r"charset=\"?([\w.:-]+)", ctype or "", re.I)
    return m.group(1) if m else None


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii", "replace") if m else None


def docx_text(data: bytes) -> str:
    """Headers, body paragraphs and tables in document order, footers."""
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    doc = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def table_text(tbl: DocxTable) -> None:
        for row in tbl.rows:
            cells: list[str] = []
            for cell in row.cells:
                t = " ".join(cell.text.split())
                if not cells or cells[-1] != t:
                    cells.append(t)
            out.append("\t".join(cells))
            for cell in row.cells:
                for inner in cell.tables:
                    table_text(inner)

    def block(parent: object, element: object) -> None:
        for child in element.iterchildren():  # type: ignore[attr-defined]
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)  # type: ignore[arg-type]
            elif tag == "tbl":
                table_text(DocxTable(child, parent))  # type: ignore[arg-type]
            elif tag == "sdt":
                content = child.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtContent")
                if content is not None:
                    block(parent, content)

    seen: list[Any] = []  # header/footer parts already read (linked ones repeat)

    def header_footer(parts: tuple[Any, ...]) -> None:
        for part in parts:
            try:
                if part.is_linked_to_previous:  # check first: _element would add a definition
                    continue
                el = part._element
                if not any(el is e for e in seen):
                    seen.append(el)
                    block(part, el)
            except Exception:  # noqa: BLE001 - a missing header part is no error
                pass

    for section in doc.sections:
        header_footer((section.header, section.first_page_header))
    block(doc, doc.element.body)
    for section in doc.sections:
        header_footer((section.footer, section.first_page_footer))
    return tidy("\n".join(out))


def pdf_text(data: bytes, w: Walker, name: str) -> tuple[str, str]:
    """Page text with a page cap and a time budget; encrypted files are noted."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        ok: Any = 0
        try:
            ok = reader.decrypt("")
        except Exception:  # noqa: BLE001
            pass
        if not ok:
            w.partial(f"encrypted attachment: application/pdf ({name})")
            return "", "skipped: encrypted"
    pages: list[str] = []
    start = time.monotonic()
    total = 0
    streamed = 0
    n = len(reader.pages)
    for i, page in enumerate(reader.pages):
        if i >= PDF_MAX_PAGES:
            w.truncate(f"{name} has {n} pages, read {PDF_MAX_PAGES}")
            break
        if time.monotonic() - start > PDF_TIME_BUDGET:
            w.truncate(f"{name} PDF time budget used up after {i} of {n} pages")
            break
        try:
            size = page_stream_bytes(page)
            if size > PDF_MAX_PAGE_STREAM:
                w.truncate(f"{name} page {i + 1}: content stream of {size} bytes (over {PDF_MAX_PAGE_STREAM}), "
                           "not read")
                continue
            streamed += size
            if streamed > PDF_MAX_STREAM_TOTAL:
                w.truncate(f"{name}: content streams over {PDF_MAX_STREAM_TOTAL} bytes, read {i} of {n} pages")
                break
            t = page_text(page)
        except Exception as exc:  # noqa: BLE001
            w.partial(f"unparseable part: application/pdf ({name}) page {i + 1}: {type(exc).__name__}")
            continue
        pages.append(t)
        total += len(t)
        if total > w.limits.max_text_chars_per_part:
            break
    return tidy("\n\n".join(pages)), "text"


_CELL_GAP = re.compile(r"\S {2,}(?=\S)")
_TABLE_LINES_MIN = 3


def _table_line(line: str) -> bool:
    """A line of a printed table as pypdf's layout mode lays it out: three or more cells, 2+ spaces apart."""
    return len(_CELL_GAP.findall(line)) >= 2


def page_text(page: Any) -> str:
    """A page's text. A page holding a table (a clinic list, a grab sheet, a handover) is read in pypdf's
    layout mode, which keeps the gap between cells, so its rows read as rows of columns ("Rm  Resident  DOB
    NHS …"); in plain mode the cells run together one space apart and a row's names and dates blur.
    Prose lines of such a page are joined with single spaces as plain mode gives them, each line's indent
    (a right-aligned letterhead) dropped, and the blank lines between a table's rows closed up."""
    plain = page.extract_text() or ""
    if plain.count("\n") < _TABLE_LINES_MIN:
        return plain
    try:
        laid = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001  (layout mode is the newer code path: plain text is still good)
        return plain
    lines = [ln.strip() for ln in laid.split("\n")]
    if sum(_table_line(ln) for ln in lines) < _TABLE_LINES_MIN:
        return plain
    out: list[str] = []
    for k, ln in enumerate(lines):
        if not ln:
            nxt = next((x for x in lines[k + 1:] if x), "")
            if out and out[-1] and _table_line(out[-1]) and _table_line(nxt):
                continue        # the vertical gap between two rows of one table
            if out and not out[-1]:
                continue        # one blank line is enough
            out.append("")
            continue
        out.append(ln if _table_line(ln) else " ".join(ln.split()))
    return "\n".join(out).strip("\n")


def page_stream_bytes(page: Any) -> int:
    """Decoded bytes pypdf would interpret to extract a page's text: its content streams
    and the form XObjects it draws (one level down)."""
    def length(obj: Any) -> int:
        obj = obj.get_object() if hasattr(obj, "get_object") else obj
        if hasattr(obj, "get_data"):
            return len(obj.get_data())
        if isinstance(obj, list):
            return sum(length(x) for x in obj[:1000])
        return 0

    total = length(page.get("/Contents")) if page.get("/Contents") is not None else 0
    try:
        xobjects = page["/Resources"].get_object()["/XObject"].get_object()
    except (KeyError, TypeError, AttributeError):
        return total
    for ref in list(xobjects.values())[:1000]:
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Form":
            total += length(obj)
        if total > PDF_MAX_PAGE_STREAM:
            break
    return total


# -------------------------------------------------------------------- tables

_DATA_CELL = re.compile(r"\d{3,}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|@|^\s*-?\d+(?:\.\d+)?\s*$")


def _looks_like_data(row: list[str]) -> bool:
    return any(_DATA_CELL.search(c) for c in row if c)


def make_tables(rows_iter: object, where: str, sheet: str, w: Walker) -> Table | None:
    """Header detection and the row cap over an iterator of ``list[str]`` rows."""
    cap = w.limits.max_table_rows
    header: list[str] | None = None
    first: list[list[str]] = []   # rows seen before the header is settled
    rows: list[list[str]] = []
    total = 0
    for row in rows_iter:  # type: ignore[attr-defined]
        while row and not row[-1]:
            row = row[:-1]
        if not any(c.strip() for c in row):
            continue
        if header is None:
            first.append(row)
            if len(first) < 2:
                continue
            header, pending = _pick_header(first)
            header = _rejoin_header(header, pending)
            first = []
            for r in pending:
                total += 1
                if len(rows) < cap:
                    rows.append(r)
            continue
        total += 1
        if len(rows) < cap:
            rows.append(row)
    if header is None:
        if not first:
            return None
        header, pending = _pick_header(first)
        for r in pending:
            total += 1
            rows.append(r)
    if total > cap:
        w.truncate(f"{where}{' sheet ' + sheet if sheet else ''} has {total} rows, kept {cap}")
    return Table(where=where, sheet=sheet, header=header, rows=rows, total_rows=total)


def _rejoin_header(header: list[str], rows: list[list[str]]) -> list[str]:
    """A header cell split at an unquoted comma inside brackets ("Patient (SURNAME, Forename)" written
    without quotes) is one cell again, when the header has more cells than the row under it."""
    if not rows or len(header) <= len(rows[0]):
        return header
    out: list[str] = []
    extra = len(header) - len(rows[0])
    for cell in header:
        if extra and out and out[-1].count("(") > out[-1].count(")") and cell.count(")") > cell.count("("):
            out[-1] = f"{out[-1]}, {cell}"
            extra -= 1
        else:
            out.append(cell)
    return out


def _pick_header(first: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The first non-empty row is the header unless it looks like data; a lone title
    cell above a real header row is skipped."""
    top = first[0]
    nxt = first[1] if len(first) > 1 else None
    if nxt is not None and sum(1 for c in top if c.strip()) == 1 and len(nxt) >= 2 \
            and not _looks_like_data(nxt):
        return nxt, first[2:]
    if _looks_like_data(top):
        return [], first
    return top, first[1:]


def read_csv(data: bytes, where: str, w: Walker) -> list[Table]:
    import csv

    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", "replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", "replace")
    else:
        text, _ = decode_text(data)
    sample = text[:16384]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text.replace("\x00", "")), dialect)

    def rows() -> object:
        try:
            for r in reader:
                yield [c.strip() for c in r]
        except csv.Error as exc:
            w.partial(f"unparseable part: text/csv ({where}): csv.Error after {reader.line_num} lines")
            del exc

    t = make_tables(rows(), where, "", w)
    return [t] if t else []


def _cell(v: object) -> str:
    import datetime as dt

    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    return str(v).strip()


def read_xlsx(data: bytes, where: str, w: Walker) -> list[Table]:
    import warnings

    import openpyxl

    out: list[Table] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for ws in wb.worksheets:
                if w.out_of_time():
                    break
                rows = ([_cell(v) for v in r] for r in ws.iter_rows(values_only=True))
                t = make_tables(rows, where, ws.title, w)
                if t:
                    out.append(t)
        finally:
            wb.close()
    return out
