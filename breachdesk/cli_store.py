"""The store's own commands: ``purge``, ``key generate|encrypt|rotate|check``, ``permissions``,
``doctor``.

Registered by :func:`breachdesk.cli_more.register`. Each command checks the
user's role through :mod:`breachdesk.access` and audits what it changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from breachdesk import access
from breachdesk.cli import _ctx, _settings
from breachdesk.errors import ConfigError
from breachdesk.settings import Settings, current_user


def _user(settings: Settings, action: str) -> str:
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


def _key_file(settings: Settings, given: str | None) -> Path:
    from breachdesk.crypto import DEFAULT_KEY_FILE, key_file_path

    path = Path(given).expanduser() if given else key_file_path(settings)
    if path is None and settings.store.encryption:      # the key made at first start
        path = settings.data_dir() / DEFAULT_KEY_FILE
    if path is None:
        raise ConfigError("no key file: give --file PATH, or set encryption_key_file in [store]",
                          file=settings.source, key="store.encryption_key_file")
    return path


def cmd_key_generate(args: argparse.Namespace) -> int:
    from breachdesk.crypto import generate_key, write_key_file

    settings = _settings(args)
    _user(settings, "keys")
    path = _key_file(settings, args.file)
    if path.exists() and not args.force:
        raise ConfigError(f"{path} exists; a new key there would make encrypted data unreadable. "
                          "Use 'breachdesk key rotate' to change keys (or --force for a fresh install)")
    write_key_file(path, [generate_key()], comment="made by 'breachdesk key generate'")
    print(f"wrote a new key to {path} (mode 600). Keep a copy somewhere safe: without it the "
          "encrypted data cannot be read.")
    if not settings.store.encryption_key_file:
        print(f'to use it, set in [store]: encryption_key_file = "{path}", then run "breachdesk key encrypt"')
    return 0


def _rotate(settings: Settings, user: str, *, new_key: bool, retire_old: bool) -> int:
    from breachdesk import crypto
    from breachdesk.audit import AuditLog

    root = settings.data_dir()
    cipher = crypto.load_cipher(settings)      # ConfigError for a missing / wrong key: nothing touched yet
    if cipher is None:
        raise ConfigError(f"encryption is off: set encryption_key_file in [store] or ${crypto.ENV_KEY} first "
                          "(make a key with 'breachdesk key generate')", key="store.encryption_key_file")
    path = None if cipher.source.startswith("$") else _key_file(settings, None)
    if new_key:
        if path is None:
            raise ConfigError(f"the key comes from ${crypto.ENV_KEY}: put the new key first there "
                              f"(\"NEW,OLD\"), then run 'breachdesk key encrypt'")
        keys = [crypto.generate_key(), *crypto.read_key_file(path)]
        crypto.write_key_file(path, keys, comment="first key encrypts; the ones below are old, kept to decrypt")
        cipher = crypto.load_cipher(settings)
        assert cipher is not None
        print(f"added a new key at the top of {path} ({len(keys) - 1} old key(s) kept below it)")
    counts = crypto.rotate(cipher, root)
    print(f"re-wrapped {counts['incident_keys']} incident key(s), re-encrypted {counts['spool_files']} "
          f"spool file(s) and sealed {counts['details']} incident detail(s) not yet sealed whole")
    left = crypto.verify_primary(cipher, root)
    retired = False
    if retire_old and cipher.key_count > 1:
        if left:
            print(f"not retiring old keys: {len(left)} item(s) still need them, e.g. {left[0]}")
        elif path is None:
            print(f"everything opens with the first key: now remove the old keys from ${crypto.ENV_KEY}")
        else:
            crypto.write_key_file(path, cipher.keys[:1], comment="old keys retired by 'breachdesk key rotate'")
            retired = True
            print(f"retired {cipher.key_count - 1} old key(s) from {path}")
    AuditLog(root).append("key_rotate", by=user, why="new key" if new_key else "re-encrypt with the current key",
                          detail={**counts, "new_key": new_key, "old_keys_retired": retired,
                                  "needing_old_keys": len(left)})
    return 0 if not left else 1


def cmd_key_rotate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    return _rotate(settings, _user(settings, "keys"), new_key=not args.keep_key, retire_old=args.retire_old)


def cmd_key_encrypt(args: argparse.Namespace) -> int:
    settings = _settings(args)
    return _rotate(settings, _user(settings, "keys"), new_key=False, retire_old=False)


def cmd_key_check(args: argparse.Namespace) -> int:
    from breachdesk.crypto import load_cipher, verify_primary

    settings = _settings(args)
    _user(settings, "keys")
    cipher = load_cipher(settings)
    if cipher is None:
        print(f"encryption at rest is off; data in {settings.data_dir()} is not encrypted")
        return 0
    left = verify_primary(cipher, settings.data_dir())
    print(f"{cipher.source}: {cipher.key_count} key(s); the key opens the data in {settings.data_dir()}")
    for item in left[:20]:
        print(f"  {item}")
    if left:
        print(f"{len(left)} item(s) not yet under the first key: run 'breachdesk key encrypt'")
    return 1 if left else 0


# ------------------------------------------------------------ permissions


def cmd_permissions(args: argparse.Namespace) -> int:
    from breachdesk.permissions import check_permissions

    settings = _settings(args)
    _user(settings, "permissions")
    report = check_permissions(settings.data_dir(), policy="fix" if args.fix else "warn")
    for text in report.fixed:
        print(f"fixed: {text}")
    for text in report.problems:
        print(f"problem: {text}")
    print(f"{settings.data_dir()}: {report.checked} path(s) checked, {len(report.fixed)} fixed, "
          f"{len(report.problems)} problem(s)")
    return 1 if report.problems else 0


# ----------------------------------------------------------------- doctor


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check the store; with --repair (or ``doctor rebuild``) rebuild the queue from the details."""
    from breachdesk import doctor
    from breachdesk.audit import AuditLog
    from breachdesk.datadir import open_store

    settings = _settings(args)
    user = _user(settings, "doctor")
    store = open_store(settings)
    repair = args.repair or args.action == "rebuild"
    report = doctor.rebuild(store) if repair else doctor.check(store)
    if repair:
        AuditLog(store.root).append("doctor_rebuild", by=user, why="breachdesk doctor --repair",
                                    detail={"incidents": report.rebuilt, "problems_left": len(report.problems)})
    for text in report.notes:
        print(text)
    for text in report.problems:
        print(f"problem: {text}")
    if report.ok:
        print(f"{store.root}: the store is consistent")
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
