"""Opening the data directory the same way everywhere: permissions checked, keys loaded.

The daemon, its worker, the CLI and the dashboard all call :func:`open_store`, so a
too-open directory is fixed or refused (``[store] permissions``), a missing or wrong
encryption key is a clear error before anything is read or written, and the master
key (``keys/master.key``, when none is configured) is made at first start. The audit
key's place (``[store] audit_key_file``) is registered for every audit log of the
directory (:func:`breachdesk.audit.configure_from`); the key itself is made at the
first audited action.
"""

from __future__ import annotations

import logging

from breachdesk.audit import configure_from
from breachdesk.crypto import load_cipher
from breachdesk.permissions import check_settings
from breachdesk.settings import Settings
from breachdesk.store import Store


def open_store(settings: Settings, *, deep: bool = False, logger: logging.Logger | None = None) -> Store:
    root = settings.data_dir()
    store = Store(root)                   # creates the directory (0700) on first use
    check_settings(settings, deep=deep, logger=logger)
    configure_from(settings)              # where the audit key lives, whether anchors go to syslog
    cipher = load_cipher(settings)
    if cipher is not None:
        store = Store(root, cipher=cipher)
    return store
