"""The project's hostile set: messages built to make a parser or an extractor slow.

    python bench/hostile.py DIR      # writes the messages into DIR (about 40 MB)

``bench/realmail.py --hostile`` builds them in a temporary directory and times each
through the ``scan`` path. They are generated, not stored, because several are large:
a one-page PDF with a 10 MB content stream, a TNEF with a million empty attributes and
TNEFs whose property counts claim 2**32 entries, 5 MB single-line bodies (plain, HTML,
``aaaa…@`` runs, "12 High Street, " repeated), deeply nested HTML, a 1 MB header,
100,000 forward markers and quote lines, and an RTF without a break.
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path


def _message(body: str = "see attached", *, subject: str = "FW: report", html: str | None = None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Ward Clerk <ward.clerk@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m["Subject"] = subject
    m.set_content(body)
    if html is not None:
        m.add_alternative(html, subtype="html")
    return m


def _pdf(ops: bytes) -> bytes:
    data = zlib.compress(ops, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _tnef_object(level: int, name: int, kind: int, body: bytes) -> bytes:
    return struct.pack("<BHHI", level, name, kind, len(body)) + body + struct.pack("<H", sum(body) & 0xFFFF)


def _tnef(*objects: bytes) -> bytes:
    head = struct.pack("<IH", 0x223E9F78, 0) + _tnef_object(1, 0x9007, 6, struct.pack("<II", 1252, 0))
    return head + _tnef_object(1, 0x8004, 1, b"Discharge list\x00") + b"".join(objects)


def _with(m: EmailMessage, name: str, maintype: str, subtype: str, data: bytes) -> EmailMessage:
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m


def messages() -> Iterator[tuple[str, bytes]]:
    """(file name, raw message) of each hostile message."""
    five = 5_000_000
    yield "pdf-10mb-content-stream.eml", _with(
        _message(), "letter.pdf", "application", "pdf",
        _pdf(b"BT /F1 12 Tf 72 720 Td " + b"(Patient Joan) Tj " * (10_000_000 // 18) + b"ET")).as_bytes()
    yield "tnef-million-empty-attributes.eml", _with(
        _message(), "winmail.dat", "application", "ms-tnef",
        _tnef(_tnef_object(1, 0x0006, 0, b"") * 1_000_000)).as_bytes()
    yield "tnef-property-count-2-32.eml", _with(
        _message(), "winmail.dat", "application", "ms-tnef",
        _tnef(_tnef_object(1, 0x9003, 6, struct.pack("<I", 0xFFFFFFFF)))).as_bytes()
    yield "tnef-multivalue-count-2-32.eml", _with(
        _message(), "winmail.dat", "application", "ms-tnef",
        _tnef(_tnef_object(1, 0x9003, 6, struct.pack("<IHHI", 1, 0x1002, 0x0E1D, 0xFFFFFFFF)))).as_bytes()
    yield "single-line-5mb.eml", _message("Patient Joan Smith " * (five // 19)).as_bytes()
    yield "single-line-at-runs.eml", _message(" ".join(["a" * 400_000 + "@"] * 3)).as_bytes()
    yield "high-street-repeated.eml", _message("12 High Street, " * (1_000_000 // 16)).as_bytes()
    yield "html-single-line-5mb.eml", _message(
        "stub", html="<p>" + "<b>Patient</b> Joan Smith " * (five // 26) + "</p>").as_bytes()
    yield "html-unclosed-tag.eml", _message("stub", html="<a href='" + "x" * five).as_bytes()
    yield "html-nested-100k.eml", _message(
        "stub", html="<div><table><tr><td>" * 100_000 + "x" + "</td></tr></table></div>" * 100_000).as_bytes()
    yield "header-1mb.eml", _message(subject="Re: " + "Joan Smith, " * 80_000).as_bytes()
    yield "to-100k-addresses.eml", _header("To", ", ".join(f"p{i}@x.nhs.uk" for i in range(100_000)))
    yield "forward-markers-100k.eml", _message(
        "From: Joan Smith\nSent: today\nTo: a@b\n\n" * 100_000).as_bytes()
    yield "quote-lines-100k.eml", _message("> Joan Smith NHS\n" * 100_000).as_bytes()
    yield "rtf-5mb-one-group.eml", _with(
        _message(), "letter.rtf", "application", "rtf", b"{\\rtf1 " + b"\\b Joan\\b0 Smith " * (five // 18) + b"}"
    ).as_bytes()
    yield "boundary-trailing-100k.eml", (
        b'From: a@nhs.net\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + b"--b trailing text\r\nContent-Type: text/plain\r\n\r\nJoan\r\n" * 100_000 + b"--b--\r\n")


def _header(name: str, value: str) -> bytes:
    """A message whose ``name`` header is ``value``, spliced in as raw bytes (folded after each
    comma): the email package's header parser takes many minutes to build a 1 MB address list."""
    m = _message()
    del m[name]
    folded = ",\n ".join(value.split(", "))
    head, sep, body = m.as_bytes().partition(b"\n\n")
    return head + f"\n{name}: {folded}".encode() + sep + body


def write(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    out = []
    for name, raw in messages():
        path = target / name
        path.write_bytes(raw)
        out.append(path)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for p in write(Path(sys.argv[1])):
        print(f"{p.stat().st_size:>10} {p}")
