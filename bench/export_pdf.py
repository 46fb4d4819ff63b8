"""The cost of a PDF export against the Markdown it typesets, for small and spreadsheet-sized incidents.

Usage::

    .venv/bin/python bench/export_pdf.py                     # 2, 200 and 2000 identifiers
    .venv/bin/python bench/export_pdf.py --rows 2000 --repeat 3

For each size one incident is filed in a temp store (the dashboard tests' fixture incident with
its identifiers repeated as a spreadsheet's rows, and 20 notes and timeline entries), then the
masked export is made through :mod:`breachdesk.actions` as the service makes it: Markdown, then
the PDF of that Markdown (parse + typeset + font subset). Prints milliseconds (best and median of
``--repeat``), the PDF's size and pages. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402

from breachdesk import actions  # noqa: E402
from breachdesk.store import Store  # noqa: E402
from tests.functional.conftest_tui import incident_records  # noqa: E402


def build(root: Path, rows: int) -> tuple[Store, str]:
    store = Store(root)
    fields, detail = incident_records(0, 5, "ward12@example.nhs.uk", "Fwd: clinic list to gmail", 3, 4, ["health"])
    base = detail["identifiers"]
    detail["identifiers"] = [{**base[n % 2], "value": f"{9434765919 + n // 2}" if n % 2 == 0 else f"Patient {n // 2}",
                              "where": "attachment:list.xlsx", "subject": n // 2 + 1} for n in range(rows)]
    fields["identifier_counts"] = {"nhs_number": (rows + 1) // 2, "person_name": rows // 2}
    ref = store.create(fields, detail).ref
    for n in range(20):
        actions.add_note(store, ref, f"Note {n}: rang Ms Wiśniewska.\nSecond line of note {n}.", by="alice", role="dpo")
    return store, ref


def timed(fn, repeat: int) -> tuple[float, float, object]:  # noqa: ANN001
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="*", default=[2, 200, 2000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    actions.export_pdf(*build(Path(tempfile.mkdtemp()) / "warm", 2))         # imports and font parsing once
    print(f"{'identifiers':>11s}  {'md best/median ms':>18s}  {'pdf best/median ms':>19s}  {'pdf KB':>7s}  pages")
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            store, ref = build(Path(tmp) / "data", rows)
            md_best, md_med, _ = timed(lambda: actions.export_report(store, ref), args.repeat)  # noqa: B023
            pdf_best, pdf_med, pdf = timed(lambda: actions.export_pdf(store, ref), args.repeat)  # noqa: B023
            assert isinstance(pdf, bytes)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            print(f"{rows:11d}  {md_best:8.0f} / {md_med:7.0f}  {pdf_best:9.0f} / {pdf_med:7.0f}  "
                  f"{len(pdf) / 1024:7.0f}  {pages:5d}")


if __name__ == "__main__":
    main()
