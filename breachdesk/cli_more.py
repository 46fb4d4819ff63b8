"""More ``breachdesk`` commands: patterns, rescore, export, stats (and the store's own)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from breachdesk.cli import _require, _settings, _store


def cmd_patterns_check(args: argparse.Namespace) -> int:
    from nlp.patterns import check_patterns, load_patterns

    settings = _settings(args)
    path = Path(args.file) if args.file else settings.patterns_path()
    cfg = load_patterns(path)  # ConfigError (file, key, line) when the file itself is refused
    results = check_patterns(cfg)
    failed = [r for r in results if not r.ok]
    print(f"{'recogniser / check':40s} {'result':8s} detail")
    for r in results:
        print(f"{r.name[:40]:40s} {'pass' if r.ok else 'FAIL':8s} {r.detail}")
    print(f"\n{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def cmd_patterns_test(args: argparse.Namespace) -> int:
    from breachdesk.model import MessageHeaders, ParsedMessage, TextSection
    from nlp.patterns import load_patterns
    from nlp.pipeline import Analyzer

    settings = _settings(args)
    text = Path(args.text[1:]).read_text(encoding="utf-8", errors="replace") if args.text.startswith("@") \
        else args.text
    analyzer = Analyzer(load_patterns(settings.patterns_path()), model=settings.nlp.model,
                        trusted_domains=list(settings.mailbox.trusted_domains))
    msg = ParsedMessage(headers=MessageHeaders(), sections=[TextSection(where="body", text=text, role="forwarded")])
    a = analyzer.analyse(msg)
    if not a.identifiers:
        print("no identifiers found")
    for i in a.identifiers:
        ev = i.evidence or {}
        print(f"{i.kind:16s} {i.text!r:34s} -> {i.value:24s} score {i.confidence:.2f}  "
              + "; ".join(f"{k}={v}" for k, v in ev.items()))
    if a.special_categories:
        print("special categories: " + ", ".join(a.special_categories))
    return 0


def cmd_rescore(args: argparse.Namespace) -> int:
    from ingest.rescore import rescore

    settings = _settings(args)
    user = _require(settings, "rescore")
    rep = rescore(settings, _store(settings), since=args.since or "", by=user, progress=sys.stderr.isatty())
    print(f"re-analysed {rep.examined} incident(s): {rep.changed} changed, {rep.unchanged} unchanged, "
          f"{len(rep.skipped)} skipped (raw message purged or missing)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from breachdesk import actions
    from breachdesk.audit import AuditLog

    settings = _settings(args)
    user = _require(settings, "export_reveal" if args.reveal else "export")
    store = _store(settings)
    text = actions.export_report(store, args.ref, fmt=args.format, reveal=args.reveal)
    AuditLog(store.root).append("export", by=user, ref=args.ref, why=args.reason or "breachdesk export",
                                detail={"format": args.format, "revealed": bool(args.reveal), "via": "cli"})
    if args.output:
        out = Path(args.output)
        out.write_text(text, encoding="utf-8")
        out.chmod(0o600)
        print(f"wrote {out}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from breachdesk import stats

    settings = _settings(args)
    _require(settings)
    incidents = _store(settings).list_incidents()
    if args.year:
        incidents = [i for i in incidents if i.received_at[:4] == str(args.year)]
    table = stats.breakdown(incidents, by=args.by)
    if args.csv:
        sys.stdout.write(stats.to_csv(table))
    elif args.json:
        print(json.dumps(table, indent=1))
    else:
        scope = f" in {args.year}" if args.year else ""
        print(f"{len(incidents)} incident(s){scope}, by {args.by}:")
        for key, n in table.items():
            print(f"  {key:24s} {n:6d}")
    return 0


def cmd_auth_hash(args: argparse.Namespace) -> int:
    import getpass

    from ingest.auth import hash_password

    user = args.user
    if ":" in user or not user.strip():
        print("breachdesk: error: a user name may not be empty or contain ':'", file=sys.stderr)
        return 2
    pw = getpass.getpass(f"password for {user}: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if len(pw) < 12:
        print("breachdesk: error: use a password of at least 12 characters", file=sys.stderr)
        return 2
    print(f"{user}:{hash_password(pw)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("patterns", help="check the extraction config; try patterns on text")
    psub = s.add_subparsers(dest="patterns_cmd", required=True)
    c = psub.add_parser("check", help="validate patterns.toml and run every example")
    c.add_argument("--file", help="a patterns.toml to check (default: the configured one)")
    c.set_defaults(func=cmd_patterns_check)
    t = psub.add_parser("test", help="show each match in TEXT (or @FILE) with recogniser, score and evidence")
    t.add_argument("text", metavar="TEXT")
    t.set_defaults(func=cmd_patterns_test)

    s = sub.add_parser("rescore", help="re-analyse stored incidents with the current config")
    s.add_argument("--since", metavar="YYYY-MM-DD")
    s.set_defaults(func=cmd_rescore)

    s = sub.add_parser("export", help="an incident report with the ICO form's fields")
    s.add_argument("ref")
    s.add_argument("--format", choices=("md", "json"), default="md")
    s.add_argument("--reveal", action="store_true", help="include raw values (dpo role; audited)")
    s.add_argument("--reason", help="why (audited)")
    s.add_argument("-o", "--output", help="write to this file (0600) instead of stdout")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("stats", help="counts, e.g. for FOI requests")
    s.add_argument("--year", type=int)
    s.add_argument("--by", choices=("month", "year", "status", "category", "severity", "breach_type",
                                    "reportable"), default="month")
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
