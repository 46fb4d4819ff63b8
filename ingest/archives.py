"""ZIP attachments (and the ZIP containers inside DOCX/XLSX), in memory, with limits.

A zip is listed first: member count, declared uncompressed total and compression ratio are
checked before any member is expanded, so a zip bomb is reported, never inflated. Members
that look like documents go back through :func:`ingest.attachments.extract`, one level
deeper. Encrypted members are noted, not cracked.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from breachdesk.model import AttachmentInfo

if TYPE_CHECKING:
    from ingest.parse import ParseLimits, Walker

READ_EXT = {".txt", ".text", ".log", ".csv", ".xlsx", ".xlsm", ".docx", ".pdf", ".html", ".htm",
            ".eml", ".msg", ".rtf", ".zip", ".md", ".json", ".xml", ".dat"}


def _ratio(info: zipfile.ZipInfo) -> float:
    if info.file_size == 0:
        return 0.0
    return info.file_size / max(info.compress_size, 1)


def container_problem(data: bytes, limits: ParseLimits) -> str:
    """Why a ZIP container must not be expanded ("" when it is safe to open)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, RuntimeError):
        return ""  # not a readable zip: the caller's reader reports its own error
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if len(infos) > 10_000:
        return f"zip with {len(infos)} members"
    if total > limits.zip_max_total_bytes:
        return f"zip bomb (uncompressed {total} bytes)"
    worst = max((_ratio(i) for i in infos if i.file_size > 1_000_000), default=0.0)
    overall = total / max(packed, 1) if total > 1_000_000 else 0.0
    ratio = max(worst, overall)
    if ratio > limits.zip_max_ratio:
        return f"zip bomb (ratio {ratio:.0f})"
    return ""


def read_zip(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    """List members, expand the readable ones through the attachment dispatcher."""
    lim = w.limits
    if depth + 1 > lim.max_depth:
        w.truncate(f"nesting deeper than {lim.max_depth} levels")
        return f"skipped: nesting deeper than {lim.max_depth}"
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        w.partial(f"unparseable part: application/zip ({info.name}): {type(exc).__name__}")
        return f"error: {type(exc).__name__}"
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        problem = container_problem(data, lim)
        if problem:
            w.truncate(f"{info.name}: {problem}, not expanded")
            return f"skipped: {problem}"
        if len(infos) > lim.zip_max_members:
            w.truncate(f"{info.name} has {len(infos)} members, read {lim.zip_max_members}")
            infos = infos[:lim.zip_max_members]
        budget = lim.zip_max_total_bytes
        for m in infos:
            if w.out_of_time():
                break
            name = _member_name(m)
            label = f"{info.name}/{name}"
            ext = name.lower()[name.rfind("."):] if "." in name else ""
            if m.flag_bits & 0x1:
                w.partial(f"encrypted zip member: {label}")
                _listed(w, label, m, "skipped: encrypted")
                continue
            if ext not in READ_EXT:
                _listed(w, label, m, "none")
                continue
            if m.file_size > lim.max_attachment_bytes or m.file_size > budget:
                w.truncate(f"zip member {label} over size limit")
                _listed(w, label, m, "skipped: over size limit")
                continue
            if _ratio(m) > lim.zip_max_ratio and m.file_size > 1_000_000:
                w.truncate(f"{label}: zip bomb (ratio {_ratio(m):.0f}), not expanded")
                _listed(w, label, m, f"skipped: zip bomb (ratio {_ratio(m):.0f})")
                continue
            try:
                with zf.open(m) as fh:
                    payload = fh.read(m.file_size + 1)
            except (RuntimeError, NotImplementedError) as exc:  # encrypted / unknown method
                w.partial(f"unparseable part: zip member ({label}): {type(exc).__name__}")
                _listed(w, label, m, f"error: {type(exc).__name__}")
                continue
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                w.partial(f"unparseable part: zip member ({label}): {type(exc).__name__}")
                _listed(w, label, m, f"error: {type(exc).__name__}")
                continue
            if len(payload) > m.file_size:
                w.truncate(f"zip member {label} larger than declared, not read")
                _listed(w, label, m, "skipped: size mismatch")
                continue
            budget -= len(payload)
            w.attachment(label, "", payload, depth + 1)
    return "archive"


def _member_name(m: zipfile.ZipInfo) -> str:
    """The member's base name; names stored in a legacy code page are re-read as UTF-8 or cp866."""
    name = m.filename
    if not m.flag_bits & 0x800:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = b""
        for cs in ("utf-8", "cp866"):
            try:
                name = raw.decode(cs) if raw and not raw.isascii() else name
                break
            except UnicodeDecodeError:
                continue
    return name.replace("\\", "/").rsplit("/", 1)[-1][:200] or "member"


def _listed(w: Walker, label: str, m: zipfile.ZipInfo, extracted: str) -> None:
    w.add_attachment(AttachmentInfo(name=label, size=m.file_size, extracted=extracted,
                                    where=f"attachment:{label}"))
