"""Hostile text through the analyser: seconds per input; prints figures, asserts nothing.

    python bench/hostile_nlp.py [--scale F]

Each input is a single message body (analysed as a section, then as a real .eml through\n``ingest.parse``) built to make a backtracking or quadratic scan blow up
(issue 12): a 5 MB single line of prose, three 400 KB runs of ``aaaa…@`` around a "born"
cue, "12 High Street, " repeated to a megabyte, and a few more of the same family. With
linear scanning each takes seconds, not minutes. ``--scale 0.1`` runs them at a tenth of
the size (what the unit tests do, asserting correctness only).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection  # noqa: E402


def hostile_inputs(scale: float = 1.0) -> dict[str, str]:
    """name -> body text; sizes as measured in issue 12, times ``scale``."""
    mb = int(1_000_000 * scale)
    run = int(400_000 * scale)
    words = ("the patient was recalled and confirmed deleted but the letter went to the wrong "
             "address and her bank details were on it safeguarding mental health ")
    return {
        "5 MB single line of prose": (words * (5 * mb // len(words) + 1))[: 5 * mb],
        "5 MB single word (no spaces)": "a" * (5 * mb),
        "1 MB of 'sent it to x'": "sent it to x " * (mb // 13),
        "1 MB of 'To: a@b.com '": "To: a@b.com " * (mb // 12),
        "3 x 400 KB runs of aaaa…@": ("Jane Smith (born " + "a" * run + "@ ") * 3,
        "'12 High Street, ' to 1 MB": "12 High Street, " * (mb // 16),
        "1 MB of 'Mr Mr Mr'": "Mr " * (mb // 3),
        "1 MB of digits": "0123456789" * (mb // 10),
        "1 MB of 'Flat 1, '": "Flat 1, " * (mb // 8),
        "1 MB of 'Smith, '": "SMITH, Jane, " * (mb // 13),
        "1 MB of 'x@'": "x@" * (mb // 2),
        "1 MB of dots": "a." * (mb // 2),
        "1 MB of lower words": "jane smith was seen " * (mb // 20),
    }


def message(body: str) -> ParsedMessage:
    """The body as the analyser gets it from a parsed report (one cover section)."""
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "breach@nhs.net")],
                       subject="report")
    return ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")])


def eml(body: str) -> bytes:
    """The body as a real report: an RFC 5322 message, quoted-printable, as `scan` reads it."""
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "A Clerk <clerk@nhs.net>"
    m["To"] = "breach@nhs.net"
    m["Subject"] = "report"
    m.set_content(body, cte="quoted-printable")
    return bytes(m)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    from ingest.parse import parse_message  # the bench may use ingest; nlp never does
    from nlp.pipeline import Analyzer

    an = Analyzer()
    an.analyse(message("warm-up: Jane Smith, DOB 01/02/1960"))
    print(f"{'input':32} {'chars':>10} {'analyse s':>10} {'parse+analyse s':>16}")
    for name, body in hostile_inputs(args.scale).items():
        t0 = time.process_time()
        res = an.analyse(message(body))
        t1 = time.process_time()
        an.analyse(parse_message(eml(body)))
        t2 = time.process_time()
        print(f"{name:32} {len(body):>10} {t1 - t0:>10.2f} {t2 - t1:>16.2f}   ({len(res.identifiers)} identifiers)",
              flush=True)


if __name__ == "__main__":
    main()
