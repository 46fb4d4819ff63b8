"""Encryption at rest: raw spool files and raw identifier values, one setting away.

Keys are Fernet keys (AES-128-CBC + HMAC-SHA256, from the ``cryptography``
package), read from ``[store] encryption_key_file`` (one key a line, ``#`` comments)
or the environment variable ``BREACHDESK_KEY`` (keys separated by commas). The
**first key encrypts; every key decrypts** (a ``MultiFernet``), so rotation is:

1. ``breachdesk key rotate`` writes a new key at the top of the key file (old keys
   stay below it) and re-encrypts every spool file and stored value with it;
2. once that has finished, ``breachdesk key rotate --retire-old`` (or deleting the old lines
   by hand) leaves only the new key.

With ``BREACHDESK_KEY``: set ``BREACHDESK_KEY="NEW,OLD"``, run ``breachdesk key rotate``
(re-encrypts with NEW), then set ``BREACHDESK_KEY="NEW"``.

A small ``key.check`` token in the data directory, encrypted when a key is first
used, tells a wrong key from damaged data: a wrong or missing key is a clear
:class:`~breachdesk.errors.ConfigError` at start, never a traceback, and nothing is
rewritten with a key that cannot read what is there. Error messages never include
key material or decrypted content.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from breachdesk.errors import ConfigError, StoreError

if TYPE_CHECKING:
    from breachdesk.settings import Settings

ENV_KEY = "BREACHDESK_KEY"
KEY_SETTING = "store.encryption_key_file"
SPOOL_MAGIC = b"BDENC1\n"          # first bytes of an encrypted spool file
VALUE_PREFIX = "enc:v1:"           # prefix of an encrypted string in a detail document
CHECK_FILE = "key.check"
_CHECK_PLAIN = b"breachdesk key check v1"


class DecryptError(StoreError):
    """Stored data cannot be decrypted with the configured key(s)."""


class Cipher:
    """Encrypts with the first key, decrypts with any of them."""

    def __init__(self, keys: list[bytes], *, source: str = "") -> None:
        if not keys:
            raise ConfigError("no encryption key given", key=KEY_SETTING)
        self.source = source or "the encryption key"
        try:
            self._fernets = [Fernet(k) for k in keys]
        except (ValueError, TypeError):
            raise ConfigError(f"{self.source}: not a valid key (expected 44-character url-safe base64 "
                              "Fernet keys, one a line; make one with 'breachdesk key generate')",
                              key=KEY_SETTING) from None
        self._multi = MultiFernet(self._fernets)
        self._keys = list(keys)
        self.key_count = len(keys)

    def primary(self) -> Cipher:
        """A cipher with the first key only (to check that old keys may be retired)."""
        return Cipher(self._keys[:1], source=f"the first key of {self.source}")

    @property
    def keys(self) -> list[bytes]:
        return list(self._keys)

    # -- bytes -----------------------------------------------------------
    def encrypt(self, data: bytes) -> bytes:
        return self._multi.encrypt(data)

    def decrypt(self, token: bytes, *, what: str = "data") -> bytes:
        try:
            return self._multi.decrypt(token)
        except InvalidToken:
            raise DecryptError(f"cannot decrypt {what} with {self.source}: wrong key, or the data "
                               "is damaged (keep the old key in the key file until 'breachdesk key "
                               "rotate' has finished)") from None

    def rotate_token(self, token: bytes, *, what: str = "data") -> bytes:
        """Re-encrypt a token with the first key."""
        try:
            return self._multi.rotate(token)
        except InvalidToken:
            raise DecryptError(f"cannot re-encrypt {what} with {self.source}: wrong key") from None

    # -- strings inside detail documents ---------------------------------
    def encrypt_str(self, text: str) -> str:
        return VALUE_PREFIX + self.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt_str(self, value: str, *, what: str = "a stored value") -> str:
        if not is_encrypted_str(value):
            return value
        return self.decrypt(value[len(VALUE_PREFIX):].encode("ascii"), what=what).decode("utf-8")

    # -- spool files ------------------------------------------------------
    def seal(self, data: bytes) -> bytes:
        return SPOOL_MAGIC + self.encrypt(data)

    def open(self, data: bytes, *, what: str = "a spool file") -> bytes:
        if not is_sealed(data):
            return data                      # written before encryption was turned on
        return self.decrypt(data[len(SPOOL_MAGIC):], what=what)


def is_encrypted_str(value: object) -> bool:
    return isinstance(value, str) and value.startswith(VALUE_PREFIX)


def is_sealed(data: bytes) -> bool:
    return data.startswith(SPOOL_MAGIC)


def generate_key() -> bytes:
    return Fernet.generate_key()


# ---------------------------------------------------------------- loading


def _parse_keys(text: str) -> list[bytes]:
    keys = []
    for line in text.splitlines():
        for part in line.split("#", 1)[0].split(","):
            if part.strip():
                keys.append(part.strip().encode("ascii", "replace"))
    return keys


def key_file_path(settings: Settings) -> Path | None:
    name = settings.store.encryption_key_file
    if not name:
        return None
    p = Path(name).expanduser()
    if not p.is_absolute() and settings.source not in ("<defaults>", ""):
        p = Path(settings.source).parent / p
    return p


def read_key_file(path: Path) -> list[bytes]:
    try:
        st = path.stat()
        text = path.read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        raise ConfigError(f"key file {path} does not exist (make one with 'breachdesk key generate')",
                          key=KEY_SETTING) from None
    except OSError as exc:
        raise ConfigError(f"cannot read key file {path}: {exc.strerror}", key=KEY_SETTING) from None
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise ConfigError(f"key file {path} is readable by other users "
                          f"(mode {stat.S_IMODE(st.st_mode):o}); run: chmod 600 {path}", key=KEY_SETTING)
    keys = _parse_keys(text)
    if not keys:
        raise ConfigError(f"key file {path} holds no key", key=KEY_SETTING)
    return keys


def load_cipher(settings: Settings, *, check: bool = True) -> Cipher | None:
    """The configured cipher, or None when encryption is off.

    The key comes from ``BREACHDESK_KEY`` if set, else ``[store] encryption_key_file``.
    With ``check``, the key is tried on the data directory's ``key.check`` (written on
    first use); a wrong key, or encrypted data with no key configured, is a ConfigError.
    """
    env = os.environ.get(ENV_KEY, "").strip()
    path = key_file_path(settings)
    if env:
        cipher: Cipher | None = Cipher(_parse_keys(env), source=f"${ENV_KEY}")
    elif path is not None:
        cipher = Cipher(read_key_file(path), source=f"key file {path}")
    else:
        cipher = None
    if check:
        check_key(cipher, settings.data_dir())
    return cipher


def check_key(cipher: Cipher | None, root: Path) -> None:
    """Make sure ``cipher`` can read ``root``'s encrypted data; record it on first use."""
    check = Path(root) / CHECK_FILE
    try:
        token = check.read_bytes()
    except FileNotFoundError:
        token = b""
    probe = token.strip() or _find_token(Path(root))
    if cipher is None:
        if probe:
            raise ConfigError(f"the data in {root} is encrypted but no key is configured: set [store] "
                              f"encryption_key_file or ${ENV_KEY}", key=KEY_SETTING)
        return
    if probe:
        try:
            cipher.decrypt(probe, what="the key check")
        except DecryptError:
            raise ConfigError(f"{cipher.source} does not open the data in {root} (wrong key?); "
                              "nothing was changed", key=KEY_SETTING) from None
    if not token:
        from breachdesk.store import ensure_private_dir

        ensure_private_dir(Path(root))
        write_check(cipher, Path(root))


def _find_token(root: Path, limit: int = 10) -> bytes:
    """An encrypted token from the data (when ``key.check`` is missing), or b"". Cheap: a few files."""
    import itertools
    import re

    for path in itertools.islice(_spool_files(root), limit):
        try:
            with open(path, "rb") as fh:
                if is_sealed(fh.read(len(SPOOL_MAGIC))):
                    return fh.read().strip()
        except OSError:
            continue
    details = root / "details"
    paths = details.glob("*.json") if details.is_dir() else iter(())
    for path in itertools.islice(paths, limit):
        try:
            m = re.search(rb'"enc:v1:([A-Za-z0-9_=-]+)"', path.read_bytes())
        except OSError:
            continue
        if m:
            return m.group(1)
    return b""


def write_check(cipher: Cipher, root: Path) -> None:
    from breachdesk.store import atomic_write_bytes

    atomic_write_bytes(root / CHECK_FILE, cipher.encrypt(_CHECK_PLAIN))


def write_key_file(path: Path, keys: list[bytes], *, comment: str = "") -> None:
    """Write keys (newest first) to ``path`` atomically with mode 0600."""
    from breachdesk.store import atomic_write_bytes

    head = "# breachdesk encryption keys: the first encrypts, all decrypt. Keep a copy offline.\n"
    if comment:
        head += f"# {comment}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, (head + "".join(k.decode("ascii") + "\n" for k in keys)).encode())


# --------------------------------------------------------------- rotation

SPOOL_DIRS = ("incoming", "done", "failed")


def _spool_files(root: Path) -> list[Path]:
    out: list[Path] = []
    for sub in SPOOL_DIRS:
        d = Path(root) / "spool" / sub
        if d.is_dir():
            out.extend(sorted(p for p in d.iterdir() if p.suffix == ".msg"))
    return out


def rotate(cipher: Cipher, root: Path) -> dict[str, int]:
    """Re-encrypt everything in data directory ``root`` with ``cipher``'s first key.

    Plaintext spool files and values (written before encryption was turned on) are
    encrypted too. Each file is replaced atomically, so an interrupted rotation
    leaves every file readable with the old or the new key: run it again.
    Returns counts of spool files and detail documents rewritten.
    """
    from breachdesk.store import Store, atomic_write_bytes

    root = Path(root)
    check_key(cipher, root)
    counts = {"spool_files": 0, "details": 0}
    for path in _spool_files(root):
        try:
            data = path.read_bytes()
        except FileNotFoundError:           # the worker moved it meanwhile; done/ is next
            continue
        new = (SPOOL_MAGIC + cipher.rotate_token(data[len(SPOOL_MAGIC):], what=f"spool file {path.stem}")
               if is_sealed(data) else cipher.seal(data))
        if path.exists():
            atomic_write_bytes(path, new)
            counts["spool_files"] += 1
    store = Store(root, cipher=cipher)
    with store.locked():
        for path in sorted((root / "details").glob("*.json")):
            ref = path.stem
            store._write_detail(ref, store._read_detail(ref))   # read decrypts, write seals anew
            counts["details"] += 1
    write_check(cipher, root)
    return counts


def verify_primary(cipher: Cipher, root: Path) -> list[str]:
    """What could not be read with the first key alone (empty: old keys may be retired)."""
    import json

    from breachdesk.store import _sealed

    primary = cipher.primary()
    bad: list[str] = []
    for path in _spool_files(root):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue
        try:
            if not is_sealed(data):
                bad.append(f"spool file {path.stem} is not encrypted")
            else:
                primary.open(data)
        except DecryptError:
            bad.append(f"spool file {path.stem} needs an old key")
    for path in sorted((Path(root) / "details").glob("*.json")):
        try:
            detail = json.loads(path.read_bytes())
        except ValueError:
            bad.append(f"detail {path.stem} is damaged")
            continue
        try:
            _sealed(detail, primary, path.stem, seal=False)
        except DecryptError:
            bad.append(f"detail {path.stem} needs an old key")
            continue
        if _sealed(detail, primary, path.stem, seal=True) != detail:
            bad.append(f"detail {path.stem} has values that are not encrypted")
    return bad
