"""The store's own commands: ``purge``, ``key generate|encrypt|rotate|check``, ``permissions``,
``doctor``.

Registered by :func:`breachdesk.cli_more.register`. ``purge``, ``key encrypt|rotate|check``,
``permissions`` and ``doctor`` are calls to the store's service (:mod:`breachdesk.api.backend`): the guardian's
API while ``breachdesk serve`` runs — it holds the keys and owns the directory, checks the role and
audits — or embedded, for the data directory's owner alone, when it does not.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from breachdesk import access
from breachdesk.cli import _ctx, _settings
from breachdesk.errors import AccessDenied, ConfigError, DaemonUnavailable

if TYPE_CHECKING:
    from breachdesk.settings import Settings  # pydantic: imported when a command needs it


def _user(settings: Settings, action: str) -> str:
    from breachdesk.settings import current_user

    user = current_user()
    access.require(settings, user, action)
    return user


# ------------------------------------------------------------------ purge


def cmd_purge(args: argparse.Namespace) -> int:
    report = _ctx(args).backend.purge(dry_run=args.dry_run, reason=args.reason or "")
    verb = "would purge" if args.dry_run else "purged"
    for item in report["items"]:
        print(f"{verb} {item['summary']}")
    keys = sum(1 for i in report["items"] if i.get("key"))
    print(f"{verb} {len(report['items'])} incident(s) closed before {report['cutoff'][:10]} "
          f"(retention {report['retention_days']} days): {report['spool_files']} raw message(s), "
          f"{keys} incident data key(s) destroyed; "
          f"kept {report['kept_recent']} closed more recently and {report['kept_open']} not closed")
    return 0


# ------------------------------------------------------------------- keys
# While the guardian runs it holds the keys: rotation, encryption and checks are its to do (through
# the API); embedded mode (the owner, no daemon) does them in this process.


def _print_lines(result: dict) -> int:
    for line in result["lines"]:
        print(line)
    return 0 if result["ok"] else 1


def cmd_key_generate(args: argparse.Namespace) -> int:
    """A key file for a new install: never the store's own while a guardian runs with it."""
    from breachdesk.api.backend import connect, owns_data_dir, running_guardian
    from breachdesk.crypto import generate_key, write_key_file
    from breachdesk.maintenance import key_file_for

    settings = _settings(args)
    path = key_file_for(settings, args.file)
    if running_guardian(settings) is not None:
        backend = connect(settings)
        if not backend.may("keys"):
            raise AccessDenied(f"user '{backend.user}' is {backend.role or 'without a role'}: managing encryption "
                               "keys needs the dpo or admin role")
        try:
            store_key = key_file_for(settings).resolve()
        except ConfigError:                    # encryption off, no key file: the store has none
            store_key = None
        if args.file is None or path.resolve() == store_key:
            raise ConfigError(f"the breachdesk daemon at {backend.where} is running with the store's keys: "
                              "change them with 'breachdesk key rotate' (the daemon rotates them itself); "
                              "'key generate' is for a new install, or give another --file")
    elif owns_data_dir(settings):
        _user(settings, "keys")                # embedded: the owner, no daemon (the store is not opened)
    else:
        raise DaemonUnavailable(f"the breachdesk daemon is not running at {settings.api_socket()}")
    if path.exists() and not args.force:
        raise ConfigError(f"{path} exists; a new key there would make encrypted data unreadable. "
                          "Use 'breachdesk key rotate' to change keys (or --force for a fresh install)")
    write_key_file(path, [generate_key()], comment="made by 'breachdesk key generate'")
    print(f"wrote a new key to {path} (mode 600). Keep a copy somewhere safe: without it the "
          "encrypted data cannot be read.")
    if not settings.store.encryption_key_file:
        print(f'to use it, set in [store]: encryption_key_file = "{path}", then run "breachdesk key encrypt"')
    return 0


def cmd_key_rotate(args: argparse.Namespace) -> int:
    return _print_lines(_ctx(args).backend.key_rotate(new_key=not args.keep_key, retire_old=args.retire_old))


def cmd_key_encrypt(args: argparse.Namespace) -> int:
    return _print_lines(_ctx(args).backend.key_rotate(new_key=False, retire_old=False))


def cmd_key_check(args: argparse.Namespace) -> int:
    return _print_lines(_ctx(args).backend.key_check())


# ------------------------------------------------------------ permissions


def cmd_permissions(args: argparse.Namespace) -> int:
    """Checked (and fixed) by whoever owns the directory: the guardian while it runs."""
    return _print_lines(_ctx(args).backend.permissions(fix=args.fix))


# ----------------------------------------------------------------- doctor


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check the store; with --repair (or ``doctor rebuild``) rebuild the queue from the details.

    Done by whoever holds the store: the guardian while it runs (it holds the queue in memory and
    rebuilds it itself), else embedded for the data directory's owner.
    """
    repair = args.repair or args.action == "rebuild"
    backend = _ctx(args).backend
    report = backend.doctor(rebuild=repair)
    for text in report["notes"]:
        print(text)
    for text in report["problems"]:
        print(f"problem: {text}")
    where = "the daemon" if backend.mode == "api" else "this process"
    if repair:
        print(f"the queue was rebuilt by {where}")
    if report["ok"]:
        print(f"{report['root']}: the store is consistent")
        return 0
    if not repair:
        print("run `breachdesk doctor --repair` to rebuild the queue from the incident documents")
    return 1


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("purge", help="remove raw data of incidents closed more than retention_days ago")
    s.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    s.add_argument("--reason", help="why (audited; default: the retention period)")
    s.set_defaults(func=cmd_purge)

    s = sub.add_parser("key", help="encryption at rest: make, apply, rotate and check keys")
    ksub = s.add_subparsers(dest="key_cmd", required=True)
    g = ksub.add_parser("generate", help="write a new key file (mode 600)")
    g.add_argument("--file", help="where (default: [store] encryption_key_file)")
    g.add_argument("--force", action="store_true", help="overwrite an existing key file")
    g.set_defaults(func=cmd_key_generate)
    e = ksub.add_parser("encrypt", help="encrypt everything not yet under the current key")
    e.set_defaults(func=cmd_key_encrypt)
    r = ksub.add_parser("rotate", help="add a new key first in the key file and re-encrypt everything")
    r.add_argument("--keep-key", action="store_true", help="no new key: re-encrypt with the first key")
    r.add_argument("--retire-old", action="store_true",
                   help="then drop the old keys, once everything opens with the new one")
    r.set_defaults(func=cmd_key_rotate)
    c = ksub.add_parser("check", help="does the key open the data, and is all of it encrypted?")
    c.set_defaults(func=cmd_key_check)

    s = sub.add_parser("permissions", help="check the data directory is private (0700/0600)")
    s.add_argument("--fix", action="store_true", help="tighten modes that are too open")
    s.set_defaults(func=cmd_permissions)

    s = sub.add_parser("doctor", help="check the store (identity, counter, journal, details vs queue)")
    s.add_argument("action", nargs="?", choices=["check", "rebuild"], default="check",
                   help="rebuild: make the queue again from the incident documents (same as --repair)")
    s.add_argument("--repair", action="store_true", help="rebuild the queue from the incident documents")
    s.set_defaults(func=cmd_doctor)
