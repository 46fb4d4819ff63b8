"""Encryption at rest: everything personal in the data directory, one key per incident.

Layers (all from the ``cryptography`` package):

* the **master key(s)** come from ``[store] encryption_key_file`` (one key a line,
  ``#`` comments) or ``BREACHDESK_KEY`` (keys separated by commas). With neither,
  and ``[store] encryption = true`` (the default), :func:`load_cipher` makes one at
  first start in ``DATA/keys/master.key`` (0600). They are Fernet keys (AES-128-CBC +
  HMAC-SHA256); the **first key encrypts; every key decrypts** (a ``MultiFernet``).
* each incident has its own **data key** (AES-256-GCM, the reference as associated
  data, so a token cannot be moved to another incident), made when it is filed and
  kept wrapped (Fernet-encrypted) by the master key in ``keys/incidents/REF.key``
  (:class:`Keyring`).
  The detail document (:func:`seal_detail`), the personal fields of the queue row
  (:func:`seal_row_fields`) and the raw message(s) once filed (:func:`seal_spool_for`)
  are encrypted with it, so :func:`destroy_incident_key` — what ``purge`` does —
  makes every copy unreadable at once, backups and journals included (crypto-shredding).
* before an incident exists (``spool/incoming``) raw messages are sealed with the
  master key.

Rotation: ``breachdesk key rotate`` writes a new master key at the top of the key
file and re-wraps every incident key with it (and re-encrypts master-sealed spool
files); ``--retire-old`` then drops the old keys. With ``BREACHDESK_KEY``: set
``BREACHDESK_KEY="NEW,OLD"``, run ``breachdesk key rotate``, then set ``BREACHDESK_KEY="NEW"``.

A small ``key.check`` token in the data directory, encrypted when a key is first
used, tells a wrong key from damaged data: a wrong or missing key is a clear
:class:`~breachdesk.errors.ConfigError` at start, never a traceback, and nothing is
rewritten with a key that cannot read what is there. Error messages never include
key material or decrypted content.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from breachdesk.errors import ConfigError, StoreError
from breachdesk.files import create_exclusive
from breachdesk.keyfiles import KeyFile

if TYPE_CHECKING:
    from breachdesk.settings import Settings

ENV_KEY = "BREACHDESK_KEY"
KEY_SETTING = "store.encryption_key_file"
SPOOL_MAGIC = b"BDENC1\n"          # first bytes of a spool file sealed with the master key
INCIDENT_MAGIC = b"BDENC2 "        # ... sealed with an incident's key: "BDENC2 REF\n" + token
DETAIL_FORMAT = 2                  # "sealed" of a detail document sealed whole
DEFAULT_KEY_FILE = "keys/master.key"
INCIDENT_KEY_DIR = "keys/incidents"
VALUE_PREFIX = "enc:v1:"           # prefix of an encrypted string in a detail document
CHECK_FILE = "key.check"
_CHECK_PLAIN = b"breachdesk key check v1"


class DecryptError(StoreError):
    """Stored data cannot be decrypted with the configured key(s)."""


class KeyDestroyed(DecryptError):
    """The incident's key was destroyed (purged): its data can no longer be read by anyone."""


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
        if not data.startswith(SPOOL_MAGIC):
            return data                      # written before encryption was turned on
        return self.decrypt(data[len(SPOOL_MAGIC):], what=what)


def is_encrypted_str(value: object) -> bool:
    return isinstance(value, str) and value.startswith(VALUE_PREFIX)


def is_sealed(data: bytes) -> bool:
    return data.startswith(SPOOL_MAGIC) or data.startswith(INCIDENT_MAGIC)


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


def key_file(path: Path) -> KeyFile:
    """The master key file at ``path`` (:mod:`breachdesk.keyfiles`)."""
    return KeyFile(path, "key file", lambda message: ConfigError(message, key=KEY_SETTING))


def read_key_file(path: Path) -> list[bytes]:
    text = key_file(path).text()
    if text is None:
        raise ConfigError(f"key file {path} does not exist (make one with 'breachdesk key generate')",
                          key=KEY_SETTING)
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
    root = settings.data_dir()
    if env:
        cipher: Cipher | None = Cipher(_parse_keys(env), source=f"${ENV_KEY}")
    elif path is not None:
        cipher = Cipher(read_key_file(path), source=f"key file {path}")
    else:
        cipher = default_cipher(root, create=bool(getattr(settings.store, "encryption", True)))
    if check:
        check_key(cipher, root)
    return cipher


def default_cipher(root: Path, *, create: bool = False) -> Cipher | None:
    """The master key kept in ``DATA/keys/master.key`` (made there when ``create``), or None.

    Used when no key is configured: encryption is on by default, and the key file is
    private to the service user like the data. Data that is encrypted stays readable
    with it even when ``[store] encryption = false``.
    """
    path = Path(root) / DEFAULT_KEY_FILE
    if not path.exists():
        if not create:
            return None
        from breachdesk.store import ensure_private_dir

        ensure_private_dir(Path(root))
        ensure_private_dir(path.parent)
        if _find_token(Path(root)) or (Path(root) / CHECK_FILE).exists():
            raise ConfigError(f"the data in {root} is encrypted but its key file {path} is missing: "
                              f"restore it, or set [store] encryption_key_file or ${ENV_KEY}",
                              key=KEY_SETTING)
        key_file(path).make(generate_key().decode("ascii"),
                            "breachdesk master key, made at first start (no key configured). The first key\n"
                            "encrypts, all decrypt. Keep a copy offline: without it the data cannot be read.")
    return Cipher(read_key_file(path), source=f"key file {path}")


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
                if fh.read(len(SPOOL_MAGIC)) == SPOOL_MAGIC:
                    return fh.read().strip()
        except OSError:
            continue
    keydir = root / INCIDENT_KEY_DIR
    for path in itertools.islice(keydir.glob("*.key") if keydir.is_dir() else iter(()), limit):
        try:
            token = path.read_bytes().strip()
        except OSError:
            continue
        if token:
            return token
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


# ------------------------------------------------------- per-incident keys


def _check_ref(ref: str) -> str:
    if not ref or not ref.replace("-", "").isalnum():
        raise StoreError("bad incident reference")
    return ref


class DataKey:
    """One incident's data key: AES-256-GCM with the reference as associated data."""

    def __init__(self, key: bytes, ref: str) -> None:
        if len(key) != 32:
            raise InvalidToken
        self._aead = AESGCM(key)
        self._aad = ref.encode("ascii")

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return base64.urlsafe_b64encode(nonce + self._aead.encrypt(nonce, data, self._aad))

    def decrypt(self, token: bytes) -> bytes:
        try:
            raw = base64.urlsafe_b64decode(token)
            return self._aead.decrypt(raw[:12], raw[12:], self._aad)
        except (InvalidTag, ValueError):
            raise InvalidToken from None


class Keyring:
    """The incidents' data keys, each wrapped by the master key in ``keys/incidents/REF.key``.

    Unwrapped keys are cached in memory. Sealing checks that the key file is still
    there, so a key destroyed by ``purge`` in another process is never used again
    (new data after a purge gets a new key); opening with a destroyed key raises
    :class:`KeyDestroyed`.
    """

    def __init__(self, cipher: Cipher | None, root: Path) -> None:
        self.cipher = cipher                       # None: a keyring that can only destroy keys
        self.root = Path(root)
        self.dir = self.root / INCIDENT_KEY_DIR
        self._cache: dict[str, DataKey] = {}
        self._lock = threading.Lock()
        # ref -> (row token, its opened fields): a queue re-read decrypts only the rows that changed
        self.rows: dict[str, tuple[str, dict[str, Any]]] = {}

    def path(self, ref: str) -> Path:
        return self.dir / f"{_check_ref(ref)}.key"

    def has(self, ref: str) -> bool:
        return self.path(ref).exists()

    def _load(self, ref: str) -> DataKey | None:
        try:
            token = self.path(ref).read_bytes().strip()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the key of {ref}: {exc.strerror}") from None
        if self.cipher is None:
            raise DecryptError(f"the key of {ref} cannot be unwrapped: no master key is configured")
        try:
            return DataKey(self.cipher.decrypt(token, what=f"the key of {ref}"), ref)
        except InvalidToken:
            raise DecryptError(f"the key of {ref} is damaged") from None

    def opener(self, ref: str, *, check: bool = True) -> DataKey:
        """The key that opens ``ref``'s data; KeyDestroyed when there is none. With ``check``, a
        cached key is used only while its file is there (it may have been destroyed elsewhere)."""
        with self._lock:
            f = self._cache.get(ref)
            if f is not None and check and not self.path(ref).exists():
                del self._cache[ref]
                f = None
            if f is None:
                f = self._load(ref)
                if f is None:
                    raise KeyDestroyed(f"the key of {ref} has been destroyed (purged): its encrypted "
                                       "data cannot be read")
                self._cache[ref] = f
            return f

    def sealer(self, ref: str) -> DataKey:
        """The key to encrypt ``ref``'s data with, made (and wrapped) on first use."""
        with self._lock:
            f = self._cache.get(ref)
            if f is not None and self.path(ref).exists():
                return f
            f = self._load(ref)
            if f is None:
                from breachdesk.store import ensure_private_dir

                ensure_private_dir(self.root / "keys")
                ensure_private_dir(self.dir)
                key = AESGCM.generate_key(bit_length=256)
                if not create_exclusive(self.path(ref), self.cipher.encrypt(key) + b"\n"):
                    f = self._load(ref)             # another process made it first
                f = f or DataKey(key, ref)
            self._cache[ref] = f
            return f

    def destroy(self, ref: str) -> bool:
        """Forget and delete ``ref``'s key; True if there was one."""
        from breachdesk.store import fsync_dir

        with self._lock:
            self._cache.pop(ref, None)
            self.rows.pop(ref, None)
            path = self.path(ref)
            try:
                size = path.stat().st_size
                with open(path, "r+b") as fh:         # overwrite before unlinking (best effort)
                    fh.write(os.urandom(size))
                    fh.flush()
                    os.fsync(fh.fileno())
                path.unlink()
            except FileNotFoundError:
                return False
            fsync_dir(path.parent)
            return True

    def refs(self) -> list[str]:
        return sorted(p.stem for p in self.dir.glob("*.key")) if self.dir.is_dir() else []

    def rewrap(self) -> int:
        """Re-encrypt every incident key with the master cipher's first key; returns how many."""
        from breachdesk.store import atomic_write_bytes

        n = 0
        for ref in self.refs():
            path = self.path(ref)
            try:
                token = path.read_bytes().strip()
            except FileNotFoundError:
                continue
            new = self.cipher.rotate_token(token, what=f"the key of {ref}")
            if new != token:
                atomic_write_bytes(path, new + b"\n")
                n += 1
        return n


_KEYRINGS: dict[tuple[int, str], Keyring] = {}
_KEYRINGS_LOCK = threading.Lock()


def keyring_for(cipher: Cipher | None, root: Path) -> Keyring | None:
    """One shared :class:`Keyring` per (cipher, data directory) in a process; None without a cipher."""
    if cipher is None:
        return None
    k = (id(cipher), str(Path(root).resolve()))
    with _KEYRINGS_LOCK:
        ring = _KEYRINGS.get(k)
        if ring is None or ring.cipher is not cipher:
            ring = _KEYRINGS[k] = Keyring(cipher, root)
        return ring


def store_keyring(cipher: Cipher | None, root: Path) -> Keyring | None:
    """The keyring a :class:`~breachdesk.store.Store` uses: the given cipher's, else the data
    directory's own ``keys/master.key`` if there is one (never made here), else None."""
    if cipher is None:
        cipher = _default_cipher_cached(Path(root))
    return keyring_for(cipher, root)


_DEFAULTS: dict[str, tuple[int, Cipher]] = {}


def _default_cipher_cached(root: Path) -> Cipher | None:
    """``keys/master.key`` of ``root``, read again only when the file changes (a rotation)."""
    try:
        stamp = (root / DEFAULT_KEY_FILE).stat().st_mtime_ns
    except OSError:
        return None
    k = str(root.resolve())
    hit = _DEFAULTS.get(k)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    try:
        c = default_cipher(root, create=False)
    except ConfigError:
        return None
    if c is not None:
        _DEFAULTS[k] = (stamp, c)
    return c


def destroy_incident_key(root: Path, ref: str, keyring: Keyring | None = None) -> bool:
    """Crypto-shredding: delete ``ref``'s key, so every copy of its data (detail, queue row,
    raw messages, backups of them) can no longer be decrypted. Needs no master key."""
    if keyring is not None:
        return keyring.destroy(ref)
    return Keyring(None, root).destroy(ref)


# --------------------------------------------------- detail documents

# What a purged incident's detail may hold in clear (see breachdesk.retention).
STUB_KEYS = frozenset({"ref", "purged_at", "identifiers", "timeline", "sections", "attachments",
                       "forwarded", "tables", "notes", "dpo_notes", "containment", "purged", "queue_row"})


# Identifiers of a purged incident: kind, cluster and confidence; the value keys kept empty so
# that readers need no special case.
STUB_EMPTY_KEYS = ("value", "text", "masked", "where")
STUB_IDENTIFIER_KEYS = frozenset({"kind", "subject", "confidence", *STUB_EMPTY_KEYS})


def _is_stub(detail: dict[str, Any]) -> bool:
    """A purged incident's document with nothing personal left: stored in clear, no key needed."""
    if not detail.get("purged_at") or not set(detail) <= STUB_KEYS:
        return False
    if any(detail.get(k) for k in ("sections", "attachments", "forwarded", "tables", "notes",
                                   "dpo_notes", "containment")):
        return False
    for i in detail.get("identifiers") or []:
        if not isinstance(i, dict) or not set(i) <= STUB_IDENTIFIER_KEYS:
            return False
        if any(i.get(k) for k in STUB_EMPTY_KEYS):
            return False
    for t in detail.get("timeline") or []:
        if not isinstance(t, dict) or not set(t) <= {"at", "by", "action", "detail"}:
            return False
        if t.get("detail") and t.get("action") != "purge":
            return False
    row = detail.get("queue_row")                    # the store's copy of the row (for doctor)
    return row is None or (isinstance(row, dict) and _row_is_clear(row))


def _row_is_clear(row: dict[str, Any]) -> bool:
    """A queue row with nothing personal in it (nothing that seal_row_fields would seal)."""
    if ROW_TOKEN in row or any(row.get(k) and row.get(k) != PURGED for k in ROW_SEALED):
        return False
    override, auto = row.get("override"), row.get("auto")
    if isinstance(override, dict) and override.get("reason") not in (None, "", PURGED):
        return False
    return not (isinstance(auto, dict) and auto.get("reasons"))


def seal_detail(detail: dict[str, Any], keyring: Keyring | None, ref: str) -> dict[str, Any]:
    """The document to store for ``detail``: all of it encrypted with ``ref``'s key under a
    clear header ``{"ref", "sealed": 2, "data"}``. Without a keyring (encryption off), or for
    a purged incident's stub, ``detail`` itself."""
    if keyring is None or _is_stub(detail):
        return detail
    body = json.dumps(detail, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    doc: dict[str, Any] = {"ref": ref, "sealed": DETAIL_FORMAT}
    row = detail.get("queue_row")
    if isinstance(row, dict) and isinstance(row.get("version"), int):
        doc["version"] = row["version"]              # for the store's restore after a restart
    doc["data"] = keyring.sealer(ref).encrypt(body).decode("ascii")
    return doc


def is_sealed_detail(doc: dict[str, Any]) -> bool:
    return isinstance(doc, dict) and doc.get("sealed") == DETAIL_FORMAT and isinstance(doc.get("data"), str)


def open_detail(doc: dict[str, Any], keyring: Keyring | None, ref: str) -> dict[str, Any]:
    """The detail document stored as ``doc``: sealed whole (format 2), with encrypted values
    (format 1, before per-incident keys), or plain."""
    if is_sealed_detail(doc):
        if keyring is None:
            raise DecryptError(f"the detail of {ref} is encrypted but no key is configured")
        try:
            body = keyring.opener(ref).decrypt(doc["data"].encode("ascii"))
        except InvalidToken:
            raise DecryptError(f"cannot decrypt the detail of {ref}: wrong key, or the data is "
                               "damaged") from None
        return json.loads(body)
    if keyring is not None and _has_v1_values(doc):
        return _open_v1(doc, keyring.cipher, ref)
    if keyring is None and _has_v1_values(doc):
        raise DecryptError(f"the detail of {ref} is encrypted but no key is configured")
    return doc


# Format 1 (before per-incident keys): raw values encrypted with the master key, one by one.
_V1_FIELDS: dict[str, tuple[str, ...]] = {"identifiers": ("value", "text"), "sections": ("text",)}


def _has_v1_values(doc: dict[str, Any]) -> bool:
    for list_key, fields in _V1_FIELDS.items():
        for item in doc.get(list_key) or []:
            if isinstance(item, dict) and any(is_encrypted_str(item.get(f)) for f in fields):
                return True
    return False


def _open_v1(doc: dict[str, Any], cipher: Cipher, ref: str) -> dict[str, Any]:
    out = dict(doc)
    for list_key, fields in _V1_FIELDS.items():
        items = doc.get(list_key)
        if not isinstance(items, list):
            continue
        new_items = []
        for item in items:
            if isinstance(item, dict):
                item = dict(item)
                for f in fields:
                    if is_encrypted_str(item.get(f)):
                        item[f] = cipher.decrypt_str(item[f], what=f"a value of {ref}")
            new_items.append(item)
        out[list_key] = new_items
    return out


# ------------------------------------------------------------- queue rows

# The queue row's personal fields: encrypted with the incident's key in one ``sealed``
# token. What stays in clear: ref, times, status, grade, counts, flags, spool ids, the
# reporters' (staff) addresses and the assignee.
ROW_SEALED = ("subject", "original_message_id", "content_key")
ROW_TOKEN = "sealed"
PURGED = "(purged)"                # what purge leaves in place of a personal field


def seal_row_fields(row: dict[str, Any], keyring: Keyring | None) -> dict[str, Any]:
    """A copy of the queue row ``row`` with its personal fields moved into one token."""
    if keyring is None:
        return row
    secret: dict[str, Any] = {k: row.get(k) for k in ROW_SEALED if row.get(k) and row.get(k) != PURGED}
    override = row.get("override")
    if isinstance(override, dict) and override.get("reason") and override["reason"] != PURGED:
        secret["override_reason"] = override["reason"]
    auto = row.get("auto")
    if isinstance(auto, dict) and auto.get("reasons"):
        secret["auto_reasons"] = auto["reasons"]
    out = {k: v for k, v in row.items() if k != ROW_TOKEN}
    if not secret:                                   # nothing personal (a purged row): no key needed
        return out
    for k in ROW_SEALED:
        if k in out:
            out[k] = ""
    if "override_reason" in secret:
        out["override"] = {**override, "reason": ""}  # type: ignore[dict-item]
    if "auto_reasons" in secret:
        out["auto"] = {**auto, "reasons": []}  # type: ignore[dict-item]
    body = json.dumps(secret, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    out[ROW_TOKEN] = token = keyring.sealer(str(row["ref"])).encrypt(body).decode("ascii")
    keyring.rows[str(row["ref"])] = (token, secret)
    return out


def open_row_fields(row: dict[str, Any], keyring: Keyring | None) -> dict[str, Any]:
    """The queue row with its personal fields back; a row whose key was destroyed (or that
    cannot be opened without a key) comes back with them empty, never with an error."""
    token = row.get(ROW_TOKEN)
    if token is None:
        return row
    out = {k: v for k, v in row.items() if k != ROW_TOKEN}
    if keyring is None:
        return out
    ref = str(row.get("ref", ""))
    hit = keyring.rows.get(ref)
    if hit is not None and hit[0] == token:
        secret = hit[1]
    else:
        try:
            secret = json.loads(keyring.opener(ref, check=False).decrypt(str(token).encode("ascii")))
        except (DecryptError, InvalidToken, ValueError, KeyError):
            return out
        keyring.rows[ref] = (str(token), secret)
    for k in ROW_SEALED:
        if k in secret:
            out[k] = secret[k]
    if "override_reason" in secret and isinstance(out.get("override"), dict):
        out["override"] = {**out["override"], "reason": secret["override_reason"]}
    if "auto_reasons" in secret and isinstance(out.get("auto"), dict):
        out["auto"] = {**out["auto"], "reasons": list(secret["auto_reasons"])}
    return out


# --------------------------------------------------------- spool files


def seal_spool_for(data: bytes, keyring: Keyring, ref: str) -> bytes:
    """Raw spool bytes (envelope line and message) sealed with ``ref``'s key."""
    return INCIDENT_MAGIC + _check_ref(ref).encode("ascii") + b"\n" + keyring.sealer(ref).encrypt(data)


def spool_ref(data: bytes) -> str:
    """The incident whose key seals these spool bytes, or ""."""
    if not data.startswith(INCIDENT_MAGIC):
        return ""
    return data[len(INCIDENT_MAGIC):data.find(b"\n")].decode("ascii", "replace")


def open_spool(data: bytes, cipher: Cipher | None, root: Path, *, what: str = "a spool file") -> bytes:
    """Plain bytes of a spool file: sealed with the master key, an incident's key, or plain."""
    if data.startswith(SPOOL_MAGIC):
        if cipher is None:
            raise DecryptError(f"{what} is encrypted but no key is configured")
        return cipher.open(data, what=what)
    if data.startswith(INCIDENT_MAGIC):
        ring = keyring_for(cipher, root)
        if ring is None:
            raise DecryptError(f"{what} is encrypted but no key is configured")
        ref = spool_ref(data)
        try:
            return ring.opener(ref).decrypt(data[data.find(b"\n") + 1:])
        except InvalidToken:
            raise DecryptError(f"cannot decrypt {what} with the key of {ref}") from None
    return data


def reseal_spool_file(path: Path, keyring: Keyring, ref: str) -> bool:
    """Re-encrypt the spool file at ``path`` with ``ref``'s key (once it is filed); True if changed."""
    from breachdesk.store import atomic_write_bytes

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return False
    if spool_ref(data) == ref:
        return False
    plain = open_spool(data, keyring.cipher, keyring.root, what=f"spool file {path.stem}")
    atomic_write_bytes(path, seal_spool_for(plain, keyring, ref))
    return True


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
    """Re-encrypt everything in data directory ``root`` under ``cipher``'s first key.

    Incident keys are re-wrapped (their data stays as it is: it is under the incident
    key), master-sealed spool files re-encrypted, plaintext spool files sealed, and
    detail documents not yet sealed whole (plain, or format 1) sealed with their
    incident's key. Each file is replaced atomically, so an interrupted rotation
    leaves every file readable with the old or the new key: run it again.
    Returns counts of spool files, incident keys and detail documents rewritten.
    """
    from breachdesk.store import Store, atomic_write_bytes

    root = Path(root)
    check_key(cipher, root)
    counts = {"spool_files": 0, "incident_keys": 0, "details": 0}
    ring = keyring_for(cipher, root)
    assert ring is not None
    counts["incident_keys"] = ring.rewrap()
    for path in _spool_files(root):
        try:
            data = path.read_bytes()
        except FileNotFoundError:           # the worker moved it meanwhile; done/ is next
            continue
        if data.startswith(INCIDENT_MAGIC):
            continue
        new = (SPOOL_MAGIC + cipher.rotate_token(data[len(SPOOL_MAGIC):], what=f"spool file {path.stem}")
               if data.startswith(SPOOL_MAGIC) else cipher.seal(data))
        if path.exists():
            atomic_write_bytes(path, new)
            counts["spool_files"] += 1
    store = Store(root, cipher=cipher)
    todo = _unsealed_details(root) | _unsealed_rows(store.db_path)
    known = {i.ref for i in store.list_incidents()}
    for ref in sorted(todo):
        if ref in known:                     # the row and the detail rewritten: both sealed anew
            store.update(ref, lambda inc, detail: None, by="breachdesk", action="key_encrypt")
        else:                                # a detail without a queue row (doctor rebuilds those)
            with store.locked():
                store._write_detail(ref, store._read_detail(ref))
        counts["details"] += 1
    if todo:
        store.compact()                      # the journal and snapshot held them as they were
    write_check(cipher, root)
    return counts


def _unsealed_details(root: Path) -> set[str]:
    out = set()
    for path in sorted((root / "details").glob("*.json")):
        try:
            doc = json.loads(path.read_bytes())
        except ValueError:
            continue
        if not (is_sealed_detail(doc) or _is_stub(doc)):
            out.add(path.stem)
    return out


def _unsealed_rows(db_path: Path) -> set[str]:
    """Queue rows stored with personal fields in clear (written before encryption was on)."""
    from breachdesk.store import AtomicJSONStorage

    try:
        data = AtomicJSONStorage(str(db_path)).read() or {}
    except StoreError:
        return set()
    out = set()
    for row in (data.get("incidents") or {}).values():
        if ROW_TOKEN not in row and any(row.get(k) and row.get(k) != PURGED for k in ROW_SEALED):
            out.add(str(row.get("ref")))
    return out


def verify_primary(cipher: Cipher, root: Path) -> list[str]:
    """What could not be read with the first key alone, or is not encrypted (empty: all is well
    and old keys may be retired)."""
    primary = cipher.primary()
    ring = Keyring(primary, root)
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
                open_spool(data, primary, root) if data.startswith(SPOOL_MAGIC) else \
                    ring.opener(spool_ref(data))
        except KeyDestroyed:
            pass                            # purged: nobody can read it, as intended
        except DecryptError:
            bad.append(f"spool file {path.stem} needs an old key")
    for ref in ring.refs():
        try:
            ring.opener(ref)
        except DecryptError:
            bad.append(f"the key of {ref} needs an old master key")
    for path in sorted((Path(root) / "details").glob("*.json")):
        try:
            doc = json.loads(path.read_bytes())
        except ValueError:
            bad.append(f"detail {path.stem} is damaged")
            continue
        if _is_stub(doc):
            continue
        if not is_sealed_detail(doc):
            bad.append(f"detail {path.stem} is not encrypted")
    bad.extend(f"queue row {ref} is not encrypted" for ref in sorted(_unsealed_rows(Path(root) / "incidents.json")))
    return bad
