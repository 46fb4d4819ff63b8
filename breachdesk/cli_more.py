"""More ``breachdesk`` commands: patterns, rescore, export, stats (and the store's own)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from breachdesk.cli import _ctx, _reason, _settings
from breachdesk.errors import BreachdeskError
from breachdesk.files import write_private
from breachdesk.textsafe import inert, json_dumps


def _check_rows(path: Path | None) -> tuple[list[tuple[str, str, bool, str]], str]:
    """(recogniser, check, ok, detail) for every check, even when the file is refused.

    :func:`load_patterns` stops at the first problem; for the table the schema is parsed on its
    own, then every recogniser's kind, validator and regexes are checked, and the examples run
    for the recognisers that could be built.
    """
    from breachdesk.errors import ConfigError
    from breachdesk.tomlconf import parse_model, read_toml
    from nlp.patterns import (
        VALIDATORS,
        PatternConfig,
        check_examples,
        default_path,
        load_patterns,
        regex_problem,
    )

    p = path or default_path()
    refusal = ""
    try:
        load_patterns(p)
    except ConfigError as exc:
        refusal = str(exc)
    try:
        data, text = read_toml(p)
        cfg = parse_model(PatternConfig, data, file=str(p), text=text)
    except ConfigError as exc:
        return [("(file)", "schema", False, str(exc))], refusal or str(exc)
    from breachdesk.model import KINDS

    rows: list[tuple[str, str, bool, str]] = [("(file)", "schema", True, f"{p}: keys and types")]
    buildable = []
    for spec in cfg.recognizers:
        ok = spec.kind in KINDS
        rows.append((spec.name, "kind", ok, spec.kind if ok else f"unknown kind '{spec.kind}'"))
        vok = spec.validator in VALIDATORS
        rows.append((spec.name, "validator", vok, spec.validator if vok else f"unknown validator '{spec.validator}'"))
        pok = True
        for pat in spec.patterns:
            problem = regex_problem(pat.regex, cfg.limits.max_pattern_width)
            pok = pok and problem is None
            rows.append((spec.name, f"pattern '{pat.name}'", problem is None, problem or "compiles, bounded"))
        if not spec.enabled:
            rows.append((spec.name, "enabled", True, "disabled: examples not run"))
        elif ok and vok and pok:
            buildable.append(spec)
    trial = cfg.model_copy(update={"recognizers": buildable})
    for r in check_examples(trial):
        name, _, check = r.name.partition(":")
        rows.append((name, check.replace("_", "-"), r.ok, r.detail))
    return rows, refusal


def cmd_patterns_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    path = Path(args.file) if args.file else settings.patterns_path()
    rows, refusal = _check_rows(path)
    failed = [r for r in rows if not r[2]]
    w1 = max([len(r[0]) for r in rows] + [10])
    w2 = max([len(r[1]) for r in rows] + [5])
    print(f"{'recogniser':{w1}s}  {'check':{w2}s}  result  detail")
    print(f"{'-' * w1}  {'-' * w2}  ------  {'-' * 30}")
    for name, check, ok, detail in rows:
        print(f"{name:{w1}s}  {check:{w2}s}  {'pass' if ok else 'FAIL':6s}  {detail}")
    print(f"\n{len(rows) - len(failed)} passed, {len(failed)} failed")
    if refusal:
        print(f"breachdesk: error: refused: {refusal}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _looks_like_path(arg: str) -> bool:
    """One word with a folder separator or a file extension: meant as a file, not as text."""
    if not arg or any(c.isspace() for c in arg) or len(arg) > 1024:
        return False
    return "/" in arg or arg.startswith(("~", ".")) or bool(re.fullmatch(r"[\w.-]+\.(eml|txt|csv|msg|html?|json|toml)",
                                                                         arg, re.IGNORECASE))


def _read_text_arg(arg: str) -> str:
    """TEXT as given, ``@FILE`` or an existing file path, or ``-`` for stdin.

    A word that looks like a path but names no file is refused rather than tested as text.
    """
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@"):
        path = Path(arg[1:]).expanduser()
        if not path.is_file():
            raise BreachdeskError(f"{path}: no such file")
        return path.read_text(encoding="utf-8", errors="replace")
    if "\n" not in arg and len(arg) < 4096:
        try:
            if Path(arg).expanduser().is_file():
                return Path(arg).expanduser().read_text(encoding="utf-8", errors="replace")
        except OSError:
            pass
    if _looks_like_path(arg):
        raise BreachdeskError(f"{arg}: no such file (to test it as text, put it in quotes with a space, "
                              "or pass it on stdin with '-')")
    return arg


def cmd_patterns_test(args: argparse.Namespace) -> int:
    from breachdesk.model import MessageHeaders, ParsedMessage, TextSection
    from nlp.patterns import load_patterns
    from nlp.pipeline import Analyzer

    settings = _settings(args)
    text = _read_text_arg(args.text)
    path = Path(args.file) if args.file else settings.patterns_path()
    analyzer = Analyzer(load_patterns(path), model=settings.nlp.model,
                        trusted_domains=list(settings.mailbox.trusted_domains))
    msg = ParsedMessage(headers=MessageHeaders(), sections=[TextSection(where="body", text=text, role="forwarded")])
    a = analyzer.analyse(msg)
    if not a.identifiers:
        print("no identifiers found")
    else:
        print(f"{'kind':16s} {'recogniser':22s} {'matched text':30s} {'value':22s} score  evidence")
    for i in a.identifiers:
        ev = dict(i.evidence or {})
        rec = str(ev.pop("recognizer", i.kind))
        print(inert(f"{i.kind:16s} {rec[:22]:22s} {i.text[:30]!r:30s} {i.value[:22]:22s} {i.confidence:.2f}   "
                    + "; ".join(f"{k}={v}" for k, v in ev.items())))
    if a.special_categories:
        print("special categories: " + ", ".join(a.special_categories))
    return 0


def _date(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def cmd_rescore(args: argparse.Namespace) -> int:
    backend = _ctx(args).backend
    if sys.stderr.isatty():
        print(f"re-analysing in {'the daemon' if backend.mode == 'api' else 'this process'}…", file=sys.stderr)
    rep = backend.rescore(since=args.since or "")
    if rep.get("state") == "failed":
        print(f"breachdesk: error: {rep.get('error') or 'rescore failed'}", file=sys.stderr)
        return 2
    print(f"re-analysed {rep.get('examined', 0)} incident(s): {rep.get('changed', 0)} changed, "
          f"{rep.get('unchanged', 0)} unchanged, {len(rep.get('skipped') or [])} skipped (raw message purged or missing)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    reason = _reason(args, "an export with --reveal") if args.reveal else (args.reason or "")
    if args.format == "pdf" and not args.output:
        raise BreachdeskError("a PDF export needs -o FILE (it is not text for a terminal)")
    backend = _ctx(args).backend
    if args.output:
        data = backend.export_file(args.ref, fmt=args.format, reveal=args.reveal, reason=reason,
                                   form=args.form or "")
        out = Path(args.output)
        write_private(out, data)
        print(f"wrote {out}")
    else:
        text = backend.export(args.ref, fmt=args.format, reveal=args.reveal, reason=reason, form=args.form or "")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import shutil

    from breachdesk import stats

    view = args.view or "counts"
    if args.by and view != "counts":
        raise BreachdeskError(f"--by goes with the counts (not with --view {view})")
    if args.people and view != "sources":
        raise BreachdeskError("--people goes with --view sources")
    result = _ctx(args).backend.stats(year=args.year, by=args.by or "month", view=view, fy=args.fy,
                                      people=args.people, min_count=args.min, reason=args.reason or "")
    if args.csv:
        sys.stdout.write(stats.view_csv(view, result))
    elif args.json:
        # the counts as they always were (the table alone); every other view whole
        print(json_dumps(result["table"] if view == "counts" else result, indent=1))
    else:
        width = max(60, min(shutil.get_terminal_size((80, 24)).columns, 120))
        sys.stdout.write(inert(stats.view_text(view, result, width=width), multiline=True))
    return 0


def cmd_auth_hash(args: argparse.Namespace) -> int:
    import getpass

    from ingest.auth import hash_password

    user = args.user
    if ":" in user or not user.strip():
        raise BreachdeskError("a user name may not be empty or contain ':'")
    pw = getpass.getpass(f"password for {user}: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if len(pw) < 12:
        raise BreachdeskError("use a password of at least 12 characters")
    print(f"{user}:{hash_password(pw)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("patterns", help="check the extraction config; try patterns on text")
    psub = s.add_subparsers(dest="patterns_cmd", required=True)
    c = psub.add_parser("check", help="validate patterns.toml and run every example")
    c.add_argument("--file", help="a patterns.toml to check (default: the configured one)")
    c.set_defaults(func=cmd_patterns_check)
    t = psub.add_parser("test", help="show each match in TEXT (or a FILE, @FILE, - for stdin) with recogniser, "
                                     "score and evidence")
    t.add_argument("text", metavar="TEXT|FILE")
    t.add_argument("--file", help="a candidate patterns.toml to test with (default: the configured one)")
    t.set_defaults(func=cmd_patterns_test)

    s = sub.add_parser("rescore", help="re-analyse stored incidents with the current config")
    s.add_argument("--since", metavar="YYYY-MM-DD", type=_date,
                   help="only incidents received on or after this date")
    s.set_defaults(func=cmd_rescore)

    s = sub.add_parser("export", help="an incident report with the ICO form's fields")
    s.add_argument("ref")
    s.add_argument("--format", choices=("md", "json", "pdf"), default="md",
                   help="Markdown, JSON, or the Markdown typeset as a PDF to attach (needs -o)")
    s.add_argument("--form", choices=("dspt", "ico"),
                   help="in a regulator's shape: the DSPT tool's 'report an incident' form, or the ICO's breach report")
    s.add_argument("--reveal", action="store_true", help="include raw values (dpo role; needs --reason; audited)")
    s.add_argument("--reason", help="why (required with --reveal; audited)")
    s.add_argument("-o", "--output", help="write to this file (0600) instead of stdout")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("stats", help="statistics for FOI answers and reviews: counts, times against the "
                                     "72 hours, repeat sources, per breach type / category / year")
    s.add_argument("--view", choices=("counts", "timing", "sources", "types", "categories", "years"),
                   help="counts (by --by; the default), timing (to triage and to submission against 72 h), "
                        "sources (teams with repeat incidents), types / categories (per year), years")
    s.add_argument("--year", type=int, help="only this calendar year (with --fy: the financial year from April)")
    s.add_argument("--fy", action="store_true", help="financial years, April to March (2019/20), as NHS FOI "
                                                     "answers count")
    s.add_argument("--by", choices=("month", "year", "status", "category", "severity", "breach_type",
                                    "reportable"), help="the counts' breakdown (default month)")
    s.add_argument("--people", action="store_true",
                   help="with --view sources: per reporter, not per team (dpo role; audited)")
    s.add_argument("--min", type=int, default=2, metavar="N", help="with --view sources: at least N incidents "
                                                                   "(default 2)")
    s.add_argument("--reason", help="why (recorded with --people)")
    s.add_argument("--csv", action="store_true")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)

    s = sub.add_parser("auth", help="SMTP AUTH users")
    asub = s.add_subparsers(dest="auth_cmd", required=True)
    h = asub.add_parser("hash", help="print a users-file line (user:hash) for [smtp] auth_users_file")
    h.add_argument("user")
    h.set_defaults(func=cmd_auth_hash)

    try:
        from breachdesk.cli_store import register as register_store
    except ImportError:
        return
    register_store(sub)
