"""Bounds on a TNEF stream (winmail.dat) before tnefparse is given it.

tnefparse trusts the counts in the stream: it copies the rest of the data once per
object (a million empty attributes took over 200 s), loops over a declared property
count or multi-value count even when the data has run out (up to 2**32 times), and
parses embedded messages the same way. :func:`bounded_tnef` walks the same structure
with offsets only — linear in the size, no copies — and returns a stream tnefparse can
read in bounded time: objects past :data:`MAX_OBJECTS` (or past the copy budget) are
cut off, and an object whose counts claim more than its bytes can hold is dropped.
It reports what it did, for a note.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

MAX_OBJECTS = 5_000              # top-level TNEF attributes read
MAX_PROPERTIES = 20_000          # MAPI properties in one attribute
COPY_BUDGET = 6_000_000_000      # bytes tnefparse may copy in its object loop (it slices data[offset:])
MAX_EMBED_DEPTH = 3

_SIGNATURE = 0x223E9F78
_ATTMAPIPROPS, _ATTRECIPTABLE, _ATTATTACHMENT = 0x9003, 0x9004, 0x9005
_LVL_ATTACHMENT = 2
_ATTACH_DATA_OBJ = 0x3701
_IMESSAGE_SIG = b"\x07\x03\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"
_FIXED = {0x0002: 2, 0x000B: 2, 0x0003: 4, 0x0004: 4, 0x000A: 4, 0x0005: 8, 0x0007: 8, 0x0006: 8,
          0x0014: 8, 0x0040: 8, 0x0048: 16}
_VARIABLE = {0x001E, 0x001F, 0x000D, 0x0102, 0x0000}


class _Bad(Exception):
    """The counts claim more than the bytes can hold."""


@dataclass
class Bounded:
    data: bytes
    objects: int = 0                 # top-level objects in the stream kept
    cut: bool = False                # objects past the limit were not read
    dropped: list[int] = field(default_factory=list)   # attribute ids of objects dropped


def _u16(data: bytes, off: int) -> int:
    return struct.unpack_from("<H", data, off)[0]


def _u32(data: bytes, off: int) -> int:
    return struct.unpack_from("<I", data, off)[0]


def _pad4(n: int) -> int:
    return n + (-n % 4)


def _room(data: bytes, off: int, each: int) -> int:
    return max(len(data) - off, 0) // each + 1


def _mapi_end(data: bytes, off: int, depth: int) -> int:
    """The offset after one MAPI property list, as tnefparse's decode_mapi walks it."""
    try:
        count = _u32(data, off)
    except struct.error:
        return len(data)         # tnefparse raises here and stops
    off += 4
    if count > MAX_PROPERTIES or count > _room(data, off, 4):
        raise _Bad
    for _ in range(count):
        if off >= len(data):
            return off
        try:
            kind, name = _u16(data, off), _u16(data, off + 2)
            off += 4
            if name >= 0x8000:
                off += 16
                ident = _u32(data, off)
                off += 4
                off += 4 if ident == 0 else 4 + _pad4(_u32(data, off))
            multi = None
            if kind & 0x1000:
                kind ^= 0x1000
                multi = _u32(data, off)
                off += 4
                if multi > _room(data, off, 2):
                    raise _Bad
            for _ in range(multi or 1):
                if kind in _FIXED:
                    off += _FIXED[kind]
                elif kind in _VARIABLE:
                    values = 1 if multi is not None else _u32(data, off)
                    off += 0 if multi is not None else 4
                    if values > _room(data, off, 4):
                        raise _Bad
                    for _ in range(values):
                        length = _u32(data, off)
                        if (name == _ATTACH_DATA_OBJ and depth < MAX_EMBED_DEPTH
                                and data[off + 4:off + 4 + len(_IMESSAGE_SIG)] == _IMESSAGE_SIG):
                            embedded = data[off + 4 + len(_IMESSAGE_SIG):off + 4 + length]
                            if not _stream_ok(embedded, depth + 1):
                                raise _Bad
                        off += 4 + _pad4(length)
                else:
                    return len(data)   # tnefparse raises on an unknown type and stops
                if off > len(data):
                    return len(data)
            if (multi or 1) % 2 and kind in (0x0002, 0x000B):
                off += 2
        except struct.error:
            return len(data)
    return off


def _object_ok(level: int, name: int, body: bytes, depth: int) -> bool:
    try:
        if name == _ATTMAPIPROPS or (level == _LVL_ATTACHMENT and name == _ATTATTACHMENT):
            _mapi_end(body, 0, depth)
        elif name == _ATTRECIPTABLE and len(body) >= 4:
            rows = _u32(body, 0)
            if rows > _room(body, 4, 4):
                return False
            off = 4
            for _ in range(rows):
                off = _mapi_end(body, off, depth)
                if off >= len(body):
                    break
    except _Bad:
        return False
    return True


def _objects(data: bytes) -> list[tuple[int, int, int, int]]:
    """(start, end, level, name) of each top-level object, the way tnefparse cuts them."""
    out = []
    off = 6
    while off + 12 < len(data):
        level, name = data[off], _u16(data, off + 1)
        end = off + min(len(data) - off, _u32(data, off + 5) + 11)
        out.append((off, end, level, name))
        off = end
        if len(out) > MAX_OBJECTS:
            break
    return out


def _stream_ok(data: bytes, depth: int) -> bool:
    """An embedded stream tnefparse would parse on its own: all within the limits, or rejected."""
    if len(data) < 6 or _u32(data, 0) != _SIGNATURE:
        return True   # tnefparse rejects it at once
    objs = _objects(data)
    copied = sum(len(data) - start for start, *_ in objs)
    if len(objs) > MAX_OBJECTS or copied > COPY_BUDGET:
        return False
    return all(_object_ok(level, name, data[s + 9:e - 2], depth) for s, e, level, name in objs)


def bounded_tnef(data: bytes) -> Bounded:
    """``data`` cut and filtered so that tnefparse's work on it is bounded."""
    if len(data) < 6:
        return Bounded(data)
    objs = _objects(data)
    out = Bounded(data=b"")
    kept = [data[:6]]
    copied = 0
    for start, end, level, name in objs:
        copied += len(data) - start   # an upper bound on tnefparse's copy of the rest
        if out.objects >= MAX_OBJECTS or copied > COPY_BUDGET:
            out.cut = True
            break
        if _object_ok(level, name, data[start + 9:end - 2], 0):
            kept.append(data[start:end])
            out.objects += 1
        else:
            out.dropped.append(name)
    out.data = b"".join(kept)
    return out
