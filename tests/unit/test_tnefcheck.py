"""ingest.tnefcheck: TNEF streams bounded before tnefparse reads them; real ones left alone."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from tnefparse import TNEF

from ingest import tnefcheck
from ingest.tnefcheck import bounded_tnef

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "data" / "peer_mime" / "tnefparse").glob("*.tnef"))


def obj(level: int, name: int, kind: int, body: bytes) -> bytes:
    return struct.pack("<BHHI", level, name, kind, len(body)) + body + struct.pack("<H", sum(body) & 0xFFFF)


HEAD = struct.pack("<IH", 0x223E9F78, 0) + obj(1, 0x9007, 6, struct.pack("<II", 1252, 0))
SUBJECT = obj(1, 0x8004, 1, b"Discharge list\x00")


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_real_streams_pass_unchanged(path: Path) -> None:
    data = path.read_bytes()
    b = bounded_tnef(data)
    assert not b.cut and not b.dropped
    assert TNEF(b.data, do_checksum=False).attachments.__len__() == len(TNEF(data, do_checksum=False).attachments)


def test_too_many_attributes_are_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tnefcheck, "MAX_OBJECTS", 50)
    b = bounded_tnef(HEAD + SUBJECT + obj(1, 0x0006, 0, b"") * 1000)
    assert b.cut and b.objects == 50
    assert 40 < len(TNEF(b.data, do_checksum=False).objects) <= 50


@pytest.mark.parametrize("body", [
    struct.pack("<I", 0xFFFFFFFF),                                  # 2**32 properties in 4 bytes
    struct.pack("<IHHI", 1, 0x1002, 0x0E1D, 0xFFFFFFFF),            # a multi-value short with 2**32 values
    struct.pack("<IHHI", 1, 0x001E, 0x0E1D, 0xFFFFFFFF),            # a string property with 2**32 values
], ids=["properties", "multi-value", "string-values"])
def test_counts_beyond_the_bytes_drop_the_attribute(body: bytes) -> None:
    b = bounded_tnef(HEAD + SUBJECT + obj(1, 0x9003, 6, body))
    assert b.dropped == [0x9003] and not b.cut
    t = TNEF(b.data, do_checksum=False)                              # returns at once
    assert any(o.name == TNEF.ATTSUBJECT for o in t.msgprops)


def test_truncated_and_empty_streams_are_passed_through() -> None:
    assert bounded_tnef(b"").data == b""
    short = HEAD[:10]
    assert bounded_tnef(short).data == short[:6]
