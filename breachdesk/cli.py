"""``breachdesk`` command line: wires the core, ingest, nlp and tui together.

One grammar for every command (:class:`CommandParser`): a usage mistake, a bad choice
(listed, with the nearest suggested), a :class:`BreachdeskError` or an unreadable file
named on the command line is one ``breachdesk: error: …`` line on stderr and exit status 2
— never a traceback; exit status 1 is kept for checks that found problems. ``--config``
may come before or after the command.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import logging
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from breachdesk import __version__
from breachdesk.errors import BadRequest, BreachdeskError
from breachdesk.model import Status
from breachdesk.textsafe import inert, json_dumps

if TYPE_CHECKING:
    from breachdesk.api.backend import Backend
    from breachdesk.settings import Settings

# (report, report_text and settings are imported where used: ``breachdesk tui``'s start pays
# for every import, and the settings' pydantic alone is ~100 ms)


def _settings(args: argparse.Namespace) -> Settings:
    from breachdesk.settings import load_settings

    return load_settings(args.config)


class Context:
    """What a store command needs, built once: the client's settings and the store backend.

    The settings only say where the guardian's socket is (and, in embedded mode, the data
    directory); the backend is :func:`breachdesk.api.backend.connect`'s choice — the
    guardian's API while it runs, the store itself for its owner when it does not.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._settings: Settings | None = None
        self._backend: Backend | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = _settings(self.args)
        return self._settings

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            from breachdesk.api.backend import connect

            self._backend = connect(self.settings)
        return self._backend

    def quick_backend(self) -> Backend:
        """:attr:`backend`, without loading the full settings when the guardian answers (the dashboard's start).

        The socket path is read from the config file alone (:func:`breachdesk.clientconf.quick_socket`,
        the same rules as the settings'); when the guardian answers there, that is the backend
        :func:`~breachdesk.api.backend.connect` would have chosen. Anything else (no answer,
        permission denied, a config that needs reading in full) goes the usual way.
        """
        if self._backend is None and self._settings is None:
            from breachdesk.clientconf import quick_socket

            path = quick_socket(self.args.config)
            if path is not None:
                from breachdesk.api.backend import api_backend, probe

                if probe(path) == "up":
                    self._backend = api_backend(path)
        return self.backend


def _ctx(args: argparse.Namespace) -> Context:
    ctx = getattr(args, "_context", None)
    if ctx is None:
        ctx = Context(args)
        args._context = ctx
    return ctx


def _reason(args: argparse.Namespace, what: str) -> str:
    """``--reason`` as typed (required for reveals: nobody else may fill it in)."""
    reason = (getattr(args, "reason", None) or "").strip()
    if not reason:
        raise BadRequest(f"{what} needs --reason \"WHY\" on the command line (it is audited)")
    return reason


# ------------------------------------------------------------------ commands


def cmd_serve(args: argparse.Namespace) -> int:
    from breachdesk.logs import setup_logging
    from ingest.daemon import serve

    setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    return serve(_settings(args), port=args.port, ready_file=args.ready_file)


def scan_paths(paths: list[str]) -> tuple[list[Path], list[str]]:
    """The files to scan and one problem line per path that gives none.

    A file named on the command line is scanned whatever it looks like; in a folder only
    what looks like mail is (see :mod:`ingest.folders`).
    """
    from ingest.folders import mail_files

    files: list[Path] = []
    problems: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found, skipped = mail_files(path)
            if not found:
                why = f" ({skipped.summary()})" if skipped.total else ""
                problems.append(f"{path}: no mail files in this folder{why}")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"cannot read {path}: no such file or folder")
    return files, problems


def cmd_scan(args: argparse.Namespace) -> int:
    # Start-up (settings, spaCy, the model, the patterns) allocates ~150,000 containers that live as long
    # as the process: the cyclic collector would run ~200 times over them for nothing (a sixth of a one-file
    # scan's CPU). It waits until the engine is built, which is then frozen out of every later collection.
    # (A zero threshold, not gc.disable: srsly's msgpack load turns the collector back on when it ends.)
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        engine, paths, problems = _scan_engine(args)
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()
    for text in problems:
        print(f"breachdesk: error: {inert(text)}", file=sys.stderr)
    if engine is None:
        return 2
    from ingest.textclean import clean_text

    status = 2 if problems else 0
    batch: list[tuple[str, object]] = []

    def flush() -> None:
        nonlocal status
        parsed = [p for _, p in batch]
        try:
            results = list(engine.analyse_many(parsed))  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - one message broke the batch: analyse each on its own
            results = None
        for i, (src, p) in enumerate(batch):
            try:
                emit(src, results[i] if results is not None else engine.analyse(p))  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - one bad message never takes the others down
                # the type only: an exception's text may quote the message
                print(f"breachdesk: error: {inert(src)}: could not be analysed ({type(exc).__name__})",
                      file=sys.stderr)
                status = 2
        batch.clear()

    def emit(src: str, analysis) -> None:  # noqa: ANN001
        if args.json:
            print(json_dumps(analysis.to_scan_json(src, explain=args.explain)), flush=False)
        else:
            print(_human(src, analysis, args.explain))

    for path in paths:
        src = clean_text(str(path))  # a file name in no valid encoding stays printable
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"breachdesk: error: cannot read {inert(src)}: {exc.strerror}", file=sys.stderr)
            status = 2
            continue
        batch.append((src, engine.parse(raw)))
        if len(batch) >= engine.analyzer.BATCH:
            flush()
    if batch:
        flush()
    sys.stdout.flush()
    return status


def _scan_engine(args: argparse.Namespace) -> tuple[Any, list[Path], list[str]]:
    """The analysis engine (None when no file was found to scan), the files and the problems finding them."""
    settings = _settings(args)
    paths, problems = scan_paths(args.paths)
    if not paths:
        return None, paths, problems
    from ingest.process import Engine

    return Engine(settings), paths, problems


def _human(src: str, a, explain: bool) -> str:  # noqa: ANN001
    ass = a.assessment
    src = inert(src)
    lines = [f"{src}: {len(a.identifiers)} identifier(s), {a.subjects} data subject(s); "
             f"likelihood {ass.likelihood} severity {ass.severity} "
             f"{'REPORTABLE' if ass.reportable else 'not reportable'}"]
    if a.special_categories:
        lines.append("  special categories: " + ", ".join(a.special_categories))
    for i in a.identifiers:
        lines.append(f"  {i.kind:16s} {inert(i.value):32s} {inert(i.where):24s} {i.confidence:.2f}")
        if explain and i.evidence:
            lines.append("      " + inert("; ".join(f"{k}={v}" for k, v in i.evidence.items())))
    for r in ass.reasons:
        lines.append(f"  reason: {inert(r)}")
    for n in a.notes:
        lines.append(f"  note: {inert(n)}")
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    """The queue in the dashboard's order (most urgent first) with each clock."""
    from breachdesk.actions import sort_queue
    from breachdesk.model import NOT_REPORTS, Status, utcnow
    from breachdesk.report_text import queue_lines

    now = utcnow()
    status = Status.NOT_A_REPORT.value if args.not_reports else (args.status or "")
    _rev, rows = _ctx(args).backend.list_incidents(status=status)
    if not status:        # auto-replies, bounces and list mail are kept apart from the queue
        rows = [r for r in rows if r.status not in NOT_REPORTS]
    rows = sort_queue(rows, now)
    if args.json:
        print(json_dumps([r.summary_json() for r in rows], indent=1))
        return 0
    if not rows:
        print(f"no incidents with status {status}" if status else "no incidents")
        return 0
    print("\n".join(queue_lines(rows, now)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from breachdesk.report import build as build_report
    from breachdesk.report import show_json
    from breachdesk.report_text import show_text

    backend = _ctx(args).backend
    if args.reveal:
        inc, detail = backend.reveal(args.ref, _reason(args, "--reveal"))
    else:
        inc, detail = backend.show(args.ref)         # masked by the guardian
    trusted = _ctx(args).settings.mailbox.trusted_domains
    view = build_report(inc, detail, reveal=bool(args.reveal), trusted_domains=trusted)
    if args.json:
        print(json_dumps(show_json(view), indent=1))
        return 0
    print(show_text(view))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from breachdesk.audit import anchor_texts

    anchors = anchor_texts(args.anchor or [], args.anchors or [])   # read here, as the caller
    result = _ctx(args).backend.audit_verify(anchors=anchors)
    for line in result["lines"]:
        print(line)
    return 0 if result["ok"] else 1


def starter_config(patterns_file: str) -> str:
    """The shipped breachdesk.toml with ``[nlp] patterns`` pointing at ``patterns_file``."""
    from importlib import resources

    text = resources.files("breachdesk.defaults").joinpath("breachdesk.toml").read_text(encoding="utf-8")
    new, n = re.subn(r'(?m)^patterns = ""[^\n]*$',
                     f'patterns = "{patterns_file}"      # beside this file; edit it to tune the recognisers',
                     text, count=1)
    if n != 1:
        raise BreachdeskError("the shipped breachdesk.toml has no [nlp] patterns line to point at patterns.toml")
    return new


def cmd_init(args: argparse.Namespace) -> int:
    from importlib import resources

    target = Path(args.dir)
    if target.exists() and not target.is_dir():
        raise BreachdeskError(f"{target} is not a folder")
    target.mkdir(parents=True, exist_ok=True)
    texts = {"breachdesk.toml": starter_config("patterns.toml"),
             "patterns.toml": resources.files("breachdesk.defaults").joinpath("patterns.toml")
             .read_text(encoding="utf-8")}
    for name, text in texts.items():
        dest = target / name
        if dest.exists() and not args.force:
            print(f"{dest} exists (use --force to overwrite)")
            continue
        dest.write_text(text, encoding="utf-8")
        print(f"wrote {dest}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """The files are read here, as the caller; the guardian (or, embedded, this process) files them."""
    from ingest.backfill import send_paths

    return send_paths(_ctx(args).backend, args.paths, progress=sys.stderr.isatty(), as_new=args.as_new)


def cmd_queue(args: argparse.Namespace) -> int:
    """The spool and the outbox, like mailq: the guardian's to read and retry while it runs."""
    from ingest.mailq import render

    if args.queue_cmd == "retry" and not args.all and not args.ids:
        raise BreachdeskError("name the failed items to retry (IDs from `breachdesk queue`), or --all")
    backend = _ctx(args).backend
    if args.queue_cmd == "retry":
        msgs, mails = backend.queue_retry(args.ids, everything=args.all)
        print(f"re-queued {msgs} message(s) for analysis and {mails} outgoing mail(s)"
              + (" (they wait for the next `breachdesk serve`)" if backend.mode != "api" and msgs + mails else ""))
        return 0
    spool, outbox = backend.queue()
    print(inert(render(spool, outbox), multiline=True))
    return 0


def cmd_tui(args: argparse.Namespace) -> int:
    from tui.app import run

    return run(*dashboard_start(args))


def dashboard_start(args: argparse.Namespace) -> tuple[Any, Backend]:
    """What ``breachdesk tui`` gives the dashboard: (the settings or a function reading them, the backend).

    Connected without the full settings when the guardian answers (:meth:`Context.quick_backend`);
    they are then read by the dashboard once the queue is drawn.
    """
    ctx = _ctx(args)
    backend = ctx.quick_backend()
    return (ctx._settings or (lambda: ctx.settings)), backend


def cmd_demo(args: argparse.Namespace) -> int:
    from breachdesk.demo import run_demo

    return run_demo(no_tui=args.no_tui, keep=args.keep)


# ------------------------------------------------------------------ parser

CONFIG_HELP = "config file (default: $BREACHDESK_CONFIG or the shipped defaults)"


def invalid_choice(value: object, choices: Iterable[object]) -> str:
    """"invalid choice: 'lsit' — did you mean 'list'? (choose from …)" for any argument with choices."""
    names = [str(c) for c in choices]
    near = difflib.get_close_matches(str(value), names, n=1, cutoff=0.6)
    hint = f"; did you mean '{near[0]}'?" if near else ""
    return f"invalid choice: {str(value)!r}{hint} (choose from {', '.join(names)})"


class _Commands(argparse._SubParsersAction):
    """Subcommands that each accept ``--config`` too, so it may come before or after the command.

    The subcommand's ``--config`` defaults to SUPPRESS: when not given it leaves the
    top-level value alone instead of resetting it to None.
    """

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser = super().add_parser(name, **kwargs)
        parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help=CONFIG_HELP)
        return parser


class CommandParser(argparse.ArgumentParser):
    """One grammar for every command: ``breachdesk: error: …`` and exit 2, choices listed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)

    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction:
        kwargs.setdefault("metavar", "COMMAND")      # "required: COMMAND", not the dest's name
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"breachdesk: error: {message}\n")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            raise argparse.ArgumentError(action, invalid_choice(value, action.choices))


def build_parser() -> argparse.ArgumentParser:
    p = CommandParser(prog="breachdesk", description="A breach mailbox for UK health and care.",
                      epilog="Exit status: 0 done; 1 a check found problems; 2 an error.")
    p.add_argument("--version", action="version", version=f"breachdesk {__version__}")
    p.add_argument("--config", metavar="FILE", help=CONFIG_HELP)
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

    s = sub.add_parser("ingest", help="import .eml / .msg / mbox / Maildir into the queue",
                       description="Import old mail. Each message keeps the time it arrived (its top "
                                   "Received: header, else Date:, else the mbox/Maildir delivery time), "
                                   "so its 72-hour clock and statistics are those of that day. In a folder "
                                   "only files that look like mail are taken; the rest are counted.")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--as-new", action="store_true",
                   help="file every message as arriving now (a fresh 72-hour clock) instead")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("list", help="the queue (masked)")
    s.add_argument("--json", action="store_true")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--status", choices=[st.value for st in Status], help="only incidents with this status")
    g.add_argument("--not-reports", action="store_true",
                   help="the mail kept as not a report (auto-replies, bounces, list mail) instead of the queue")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("show", help="one incident (masked unless --reveal)")
    s.add_argument("ref")
    s.add_argument("--json", action="store_true")
    s.add_argument("--reveal", action="store_true", help="show raw values (dpo role; audited)")
    s.add_argument("--reason", help="why you need to see the values (required with --reveal; audited)")
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
    v = asub.add_parser("verify", help="check the audit log's MACs, chain, head and anchors")
    v.add_argument("--anchor", action="append", metavar="N:MAC",
                   help="an audit head kept elsewhere (from the system log: 'breachdesk audit head n=N mac=MAC'); "
                        "repeatable")
    v.add_argument("--anchors", action="append", metavar="FILE",
                   help="a file of anchor lines copied from the system log (e.g. journalctl -t breachdesk)")
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
    from breachdesk.cli_case import register as register_case

    register_case(sub)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BreachdeskError as exc:
        print(f"breachdesk: error: {inert(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:                 # a file named on the command line: its path, never its content
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"breachdesk: error: {inert(where)}{exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 2
    except Exception as exc:               # a bug: its type only (the message may quote mail text)
        if os.environ.get("BREACHDESK_DEBUG"):
            raise
        print(f"breachdesk: error: internal error ({type(exc).__name__}); "
              "run with BREACHDESK_DEBUG=1 for the traceback", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
