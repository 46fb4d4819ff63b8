"""Opening the data directory the same way everywhere: permissions checked, key loaded.

The daemon, its worker, the CLI and the dashboard all call :func:`open_store`, so a
too-open directory is fixed or refused (``[store] permissions``) and a missing or
wrong encryption key is a clear error before anything is read or written.
"""

from __future__ import annotations

import logging

from breachdesk.crypto import load_cipher
from breachdesk.permissions import check_settings
from breachdesk.settings import Settings
from breachdesk.store import Store


def open_store(settings: Settings, *, deep: bool = False, logger: logging.Logger | None = None) -> Store:
    root = settings.data_dir()
    store = Store(root)                   # creates the directory (0700) on first use
    check_settings(settings, deep=deep, logger=logger)
    cipher = load_cipher(settings)
    if cipher is not None:
        store = Store(root, cipher=cipher)
    return store
