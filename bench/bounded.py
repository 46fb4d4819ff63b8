"""Time taken on typical, broken, big and hostile input; prints figures, asserts nothing.

    python bench/bounded.py [--rounds N] [--no-nlp]

The tests check that these inputs are handled (truncated, skipped, reported); how long
that takes depends on the machine and its load, so the figures live here instead:

1. parsing: a typical report (median and p95 ms over ``--rounds``), each broken-MIME
   case from tests/unit/test_parse.py, a 20 MB attachment over the limit, a zip bomb,
   and the real-mail corpus (median and slowest file);
2. analysis (skipped with ``--no-nlp``): hostile text bodies of a megabyte (digits,
   spaces, at-signs, titles, "1 1 1 …"), which the pipeline must truncate, not stall on.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ingest.parse import ParseLimits, parse_message  # noqa: E402

DATA = HERE.parent / "tests" / "data"

BROKEN = {
    "unterminated": b"From: a@b\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n--zzz\r\n",
    "no-boundary": b"From: a@b\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all",
    "bad-charset-param": b"From: a@b\r\nContent-Type: text/plain; charset=\"\r\n"
                         b"Content-Transfer-Encoding: base64\r\n\r\n@@@!!",
    "bad-addresses": b"From: \"unterminated <x@y\r\nTo: ,,,;;<>\r\nSubject: =?bogus?Q?x?=\r\n\r\nbody",
    "rfc822-chain": b"Content-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\nnot really",
    "3000-parts": b"From: a@b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" + b"--b\r\n\r\n" * 3000,
}

HOSTILE = {"digits": "7" * 1_000_000, "spaces": " " * 1_000_000, "at-signs": "a@" * 300_000,
           "titles": "Mr " * 300_000, "ones": "1 " * 500_000}


def seconds(fn) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def with_attachment(name: str, maintype: str, subtype: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "nurse@nhs.net"
    msg["Subject"] = "FW: list"
    msg.set_content("Please see attached.\n")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("zeros.txt", b"\x00" * 60_000_000)
    return buf.getvalue()


def bench_parse(rounds: int) -> None:
    typical = (DATA / "samples" / "011-inline-forward-outlook.eml").read_bytes()
    parse_message(typical)
    times = sorted(seconds(lambda: parse_message(typical)) for _ in range(rounds))
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"parse typical report: median {statistics.median(times) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms "
          f"({rounds} rounds)")
    for name, raw in BROKEN.items():
        print(f"parse broken MIME {name:18s} {seconds(lambda raw=raw: parse_message(raw)):7.3f} s")
    big = with_attachment("blob.bin", "application", "octet-stream", random.Random(1).randbytes(20_000_000))
    t = seconds(lambda: parse_message(big, limits=ParseLimits(max_attachment_bytes=10_000_000)))
    print(f"parse 20 MB attachment over a 10 MB limit {t:7.3f} s")
    bomb = with_attachment("invoice.zip", "application", "zip", zip_bomb())
    print(f"parse zip bomb (60 MB of zeros)           {seconds(lambda: parse_message(bomb)):7.3f} s")
    corpus = sorted((DATA / "realmail" / "mail-parser").glob("mail_*"))
    if corpus:
        per = sorted((seconds(lambda p=p: parse_message(p.read_bytes())), p.name) for p in corpus)
        print(f"parse real-mail corpus: {len(per)} files, median {statistics.median(t for t, _ in per):.3f} s, "
              f"slowest {per[-1][0]:.3f} s ({per[-1][1]})")


def bench_nlp() -> None:
    from breachdesk.model import MessageHeaders, ParsedMessage, TextSection
    from nlp.patterns import load_patterns
    from nlp.pipeline import Analyzer

    t = time.perf_counter()
    analyzer = Analyzer(load_patterns())
    analyzer.analyse(ParsedMessage(headers=MessageHeaders(), sections=[TextSection(where="body", text="warm up")]))
    print(f"analyser start (spaCy model load): {time.perf_counter() - t:.2f} s")
    for name, text in HOSTILE.items():
        msg = ParsedMessage(headers=MessageHeaders(), sections=[TextSection(where="body", text=text,
                                                                            role="forwarded")])
        t = time.perf_counter()
        a = analyzer.analyse(msg)
        took = time.perf_counter() - t
        print(f"analyse hostile body {name:9s} ({len(text):,} chars) {took:7.2f} s, "
              f"truncated={a.truncated}, identifiers={len(a.identifiers)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--no-nlp", action="store_true", help="parsing only (no spaCy)")
    args = ap.parse_args()
    bench_parse(args.rounds)
    if not args.no_nlp:
        bench_nlp()
    return 0


if __name__ == "__main__":
    sys.exit(main())
