"""``breachdesk`` command line: wires the core, ingest, nlp and tui together.

Every command turns a :class:`BreachdeskError` into one clear line on stderr and
exit status 2 — never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from breachdesk import __version__
from breachdesk.errors import BreachdeskError
from breachdesk.settings import Settings, current_user, load_settings


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


def _store(settings: Settings):  # noqa: ANN202
    from breachdesk.datadir import open_store

    return open_store(settings)


def _require(settings: Settings, action: str = "view") -> str:
    """The current OS user, if their role may take ``action`` (see breachdesk.access)."""
    from breachdesk.access import require

    user = current_user()
    require(settings, user, action)
    return user


# ------------------------------------------------------------------ commands


def cmd_serve(args: argparse.Namespace) -> int:
    from breachdesk.logs import setup_logging
    from ingest.daemon import serve

    setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    return serve(_settings(args), port=args.port, ready_file=args.ready_file)


def iter_eml_paths(paths: list[str]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() in (".eml", ".msg", ""):
                    yield child
        else:
            yield path


def cmd_scan(args: argparse.Namespace) -> int:
    from ingest.process import Engine

    settings = _settings(args)
    engine = Engine(settings)
    status = 0
    paths = list(iter_eml_paths(args.paths))
    batch: list[tuple[str, object]] = []

    def flush() -> None:
        parsed = [p for _, p in batch]
        for (src, _), analysis in zip(batch, engine.analyse_many(parsed), strict=True):  # type: ignore[arg-type]
            emit(src, analysis)
        batch.clear()

    def emit(src: str, analysis) -> None:  # noqa: ANN001
        if args.json:
            print(json.dumps(analysis.to_scan_json(src, explain=args.explain), ensure_ascii=False), flush=False)
        else:
            print(_human(src, analysis, args.explain))

    for path in paths:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"breachdesk: cannot read {path}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        batch.append((str(path), engine.parse(raw)))
        if len(batch) >= 32:
            flush()
    if batch:
        flush()
    sys.stdout.flush()
    return status


def _human(src: str, a, explain: bool) -> str:  # noqa: ANN001
    ass = a.assessment
    lines = [f"{src}: {len(a.identifiers)} identifier(s), {a.subjects} data subject(s); "
             f"likelihood {ass.likelihood} severity {ass.severity} "
             f"{'REPORTABLE' if ass.reportable else 'not reportable'}"]
    if a.special_categories:
        lines.append("  special categories: " + ", ".join(a.special_categories))
    for i in a.identifiers:
        lines.append(f"  {i.kind:16s} {i.value:32s} {i.where:24s} {i.confidence:.2f}")
        if explain and i.evidence:
            lines.append("      " + "; ".join(f"{k}={v}" for k, v in i.evidence.items()))
    for r in ass.reasons:
        lines.append(f"  reason: {r}")
    for n in a.notes:
        lines.append(f"  note: {n}")
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    settings = _settings(args)
    _require(settings)
    store = _store(settings)
    rows = sorted(store.list_incidents(), key=lambda i: i.received_at, reverse=True)
    if args.status:
        rows = [r for r in rows if r.status == args.status]
    if args.json:
        print(json.dumps([r.summary_json() for r in rows], indent=1, ensure_ascii=False))
        return 0
    if not rows:
        print("no incidents")
        return 0
    print(f"{'ref':16s} {'received':20s} {'status':14s} {'L':>2s} {'S':>2s} {'subj':>5s}  reporter")
    for r in rows:
        flag = "!" if r.reportable else " "
        print(f"{r.ref:16s} {r.received_at[:19]:20s} {r.status:14s} {r.likelihood:2d} {r.severity:2d}{flag}"
              f"{r.subjects:5d}  {r.reporter}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from breachdesk.audit import AuditLog

    settings = _settings(args)
    user = _require(settings, "reveal" if args.reveal else "view")
    store = _store(settings)
    inc = store.get(args.ref)
    detail = store.detail(args.ref)
    idents = detail.get("identifiers", [])
    if args.reveal:
        AuditLog(store.root).append("reveal", by=user, ref=inc.ref, why=args.reason or "breachdesk show --reveal",
                                    detail={"identifiers": len(idents), "via": "cli"})
    shown = [{"kind": i["kind"], "value": i["value"] if args.reveal else i.get("masked", ""),
              "where": i.get("where", ""), "confidence": i.get("confidence"), "subject": i.get("subject")}
             for i in idents]
    out = {**inc.summary_json(), "reporters": inc.reporters, "identifiers": shown,
           "reasons": (inc.override or inc.auto or {}).get("reasons", []),
           "notes": detail.get("notes", []), "attachments": detail.get("attachments", []),
           "timeline": detail.get("timeline", [])}
    if args.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return 0
    print(f"{inc.ref}  {inc.status}  received {inc.received_at}  deadline {inc.deadline}")
    print(f"reporter(s): {', '.join(inc.reporters or [inc.reporter])}")
    print(f"grade: likelihood {inc.likelihood} severity {inc.severity} "
          f"{'REPORTABLE' if inc.reportable else 'not reportable'}; data subjects {inc.subjects}")
    for r in out["reasons"]:
        print(f"  - {r}")
    for i in shown:
        print(f"  {i['kind']:16s} {i['value']:28s} {i['where']}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from breachdesk.audit import AuditLog

    settings = _settings(args)
    _require(settings, "audit")
    log = AuditLog(settings.data_dir())
    problems = log.verify()
    if problems:
        for p in problems:
            print(f"audit log {log.path}: {p}")
        return 1
    print(f"audit log {log.path}: {len(log.entries())} entries, chain intact")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from importlib import resources

    target = Path(args.dir)
    target.mkdir(parents=True, exist_ok=True)
    for name in ("breachdesk.toml", "patterns.toml"):
        dest = target / name
        if dest.exists() and not args.force:
            print(f"{dest} exists (use --force to overwrite)")
            continue
        dest.write_text(resources.files("breachdesk.defaults").joinpath(name).read_text(encoding="utf-8"))
        print(f"wrote {dest}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.backfill import ingest_paths

    settings = _settings(args)
    _require(settings, "ingest")
    return ingest_paths(settings, args.paths, progress=sys.stderr.isatty())


def cmd_queue(args: argparse.Namespace) -> int:
    from ingest.mailq import outbox_items, render, retry, spool_items
    from ingest.spool import Spool

    settings = _settings(args)
    if args.queue_cmd == "retry":
        _require(settings, "ingest")
        if not args.all and not args.ids:
            raise BreachdeskError("name the failed items to retry (IDs from `breachdesk queue`), or --all")
    else:
        _require(settings)
    store = _store(settings)
    spool = Spool(store.root / "spool", cipher=store.cipher)
    if args.queue_cmd == "retry":
        msgs, mails = retry(spool, store.root, args.ids, everything=args.all)
        print(f"re-queued {msgs} message(s) for analysis and {mails} outgoing mail(s)")
        return 0
    print(render(spool_items(spool, store), outbox_items(store.root)))
    return 0


def cmd_tui(args: argparse.Namespace) -> int:
    from tui.app import run

    settings = _settings(args)
    user = _require(settings)
    run(settings, _store(settings), user)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from breachdesk.demo import run_demo

    return run_demo(no_tui=args.no_tui, keep=args.keep)


# ------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="breachdesk", description="A breach mailbox for UK health and care.")
    p.add_argument("--version", action="version", version=f"breachdesk {__version__}")
    p.add_argument("--config", metavar="FILE", help="config file (default: $BREACHDESK_CONFIG or the shipped defaults)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("serve", help="run the SMTP daemon and worker (foreground)")
    s.add_argument("--port", type=int, help="override [smtp] port (0: any free port)")
    s.add_argument("--ready-file", help=argparse.SUPPRESS)
    s.add_argument("-v", "--verbose", action="store_true")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("scan", help="analyse .eml files without storing them")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--json", action="store_true", help="JSON Lines, one object per email")
    s.add_argument("--explain", action="store_true", help="show the evidence for each identifier")
    s.set_defaults(func=cmd_scan)

    s = sub.add_parser("ingest", help="import .eml / mbox / Maildir into the queue")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("list", help="the queue (masked)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--status")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("show", help="one incident (masked unless --reveal)")
    s.add_argument("ref")
    s.add_argument("--json", action="store_true")
    s.add_argument("--reveal", action="store_true", help="show raw values (dpo role; audited)")
    s.add_argument("--reason", help="why you need to see the values (audited)")
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("queue", help="the spool and the outbox, like mailq; `queue retry` re-queues failed items")
    s.set_defaults(func=cmd_queue, queue_cmd="")
    qsub = s.add_subparsers(dest="queue_cmd", metavar="retry")
    r = qsub.add_parser("retry", help="put failed messages back to analysis and failed mail back in the outbox")
    r.add_argument("ids", nargs="*", metavar="ID")
    r.add_argument("--all", action="store_true", help="every failed message and mail")
    r.set_defaults(func=cmd_queue)

    s = sub.add_parser("tui", help="the triage dashboard")
    s.set_defaults(func=cmd_tui)

    s = sub.add_parser("demo", help="serve mail in a temp dir, send the samples, open the dashboard")
    s.add_argument("--no-tui", action="store_true", help="print the queue instead of opening the dashboard")
    s.add_argument("--keep", action="store_true", help="keep the temporary directory")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("audit", help="audit log tools")
    asub = s.add_subparsers(dest="audit_cmd", required=True)
    v = asub.add_parser("verify", help="check the hash chain of audit.jsonl")
    v.set_defaults(func=cmd_audit)

    s = sub.add_parser("init", help="write starter config files")
    s.add_argument("dir", nargs="?", default=".")
    s.add_argument("--force", action="store_true")
    s.set_defaults(func=cmd_init)

    _extensions(sub)
    return p


def _extensions(sub: argparse._SubParsersAction) -> None:
    """Commands whose code lives beside the core (patterns, export, stats, rescore, purge)."""
    try:
        from breachdesk.cli_more import register
    except ImportError:
        return
    register(sub)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BreachdeskError as exc:
        print(f"breachdesk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
