"""Outlook containers: ``.msg`` files (extract-msg) and ``winmail.dat`` (tnefparse).

Both hold a forwarded message: its headers become a ``forwarded:N`` section's headers,
its body that section's text, and its attachments go back through the dispatcher one
level deeper. Everything is read from bytes in memory.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from breachdesk.model import AttachmentInfo, MessageHeaders, Party
from ingest.forwards import decode_text, html_to_text, parse_parties, rtf_to_text

if TYPE_CHECKING:
    from ingest.parse import Walker

MAX_MSG_ATTACHMENTS = 200


def _quiet() -> None:
    for name in ("extract_msg", "olefile", "tnefparse", "RTFDE"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _too_deep(w: Walker, depth: int) -> str:
    if depth + 1 > w.limits.max_depth:
        w.truncate(f"nesting deeper than {w.limits.max_depth} levels")
        return f"skipped: nesting deeper than {w.limits.max_depth}"
    return ""


def _first(parties: list[Party]) -> Party:
    return parties[0] if parties else Party()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_text(value)[0]
    return str(value)


# ----------------------------------------------------------------------- .msg


def read_msg(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    deep = _too_deep(w, depth)
    if deep:
        return deep
    import extract_msg
    from extract_msg.enums import ErrorBehavior

    _quiet()
    msg = extract_msg.openMsg(data, errorBehavior=ErrorBehavior.SUPPRESS_ALL)
    try:
        _msg_object(w, msg, depth + 1, info.name)
    finally:
        try:
            msg.close()
        except Exception:  # noqa: BLE001
            pass
    return "message"


def _msg_object(w: Walker, msg: Any, depth: int, name: str, *, outer: bool = False) -> None:
    """One opened MSGFile (top level or embedded): headers, body, attachments."""
    def prop(attr: str) -> str:
        try:
            return _text(getattr(msg, attr, None))
        except Exception:  # noqa: BLE001 - extract-msg raises on odd properties
            w.partial(f"unparseable part: application/vnd.ms-outlook ({name}): {attr}")
            return ""

    headers = MessageHeaders(sender=_first(parse_parties(prop("sender"))), to=parse_parties(prop("to")),
                             cc=parse_parties(prop("cc")), date=prop("date"),
                             subject=" ".join(prop("subject").split()), message_id=prop("messageId").strip())
    body = prop("body")
    if not body.strip():
        try:
            html = msg.htmlBody
        except Exception:  # noqa: BLE001
            html = None
        if html:
            body = html_to_text(_text(html))
    if outer:
        w.cover_text(body.replace("\r\n", "\n"))
    else:
        w.forwarded_text(headers, body.replace("\r\n", "\n"))
    try:
        atts = list(msg.attachments)
    except Exception as exc:  # noqa: BLE001
        w.partial(f"unparseable part: application/vnd.ms-outlook ({name}) attachments: {type(exc).__name__}")
        return
    for att in atts[:MAX_MSG_ATTACHMENTS]:
        if w.out_of_time():
            return
        try:
            aname = str(att.longFilename or att.shortFilename or att.name or "attachment")
            mime = str(getattr(att, "mimetype", "") or "")
            payload = att.data
        except Exception as exc:  # noqa: BLE001
            w.partial(f"unparseable part: .msg attachment ({name}): {type(exc).__name__}")
            continue
        if isinstance(payload, bytes):
            w.attachment(aname, mime, payload, depth)
        elif payload is not None and hasattr(payload, "attachments"):  # an embedded .msg
            label = aname if aname != "attachment" else "embedded.msg"
            w.add_attachment(AttachmentInfo(name=label, content_type="application/vnd.ms-outlook",
                                            extracted="message", where=f"attachment:{label}"))
            if depth + 1 > w.limits.max_depth:
                w.out.attachments[-1].extracted = f"skipped: nesting deeper than {w.limits.max_depth}"
                w.truncate(f"nesting deeper than {w.limits.max_depth} levels")
                continue
            _msg_object(w, payload, depth + 1, label)
        else:
            w.add_attachment(AttachmentInfo(name=aname, content_type=mime, extracted="none",
                                            where=f"attachment:{aname}"))


# ---------------------------------------------------------------------- TNEF


def read_tnef(w: Walker, info: AttachmentInfo, data: bytes, depth: int) -> str:
    deep = _too_deep(w, depth)
    if deep:
        return deep
    from tnefparse import TNEF

    from ingest.tnefcheck import MAX_OBJECTS, bounded_tnef

    _quiet()
    bounded = bounded_tnef(data)
    if bounded.cut:
        w.truncate(f"{info.name}: TNEF with more than {MAX_OBJECTS} attributes or too large to walk, "
                   f"read the first {bounded.objects}")
    if bounded.dropped:
        w.partial(f"unparseable part: application/ms-tnef ({info.name}): {len(bounded.dropped)} attribute(s) "
                  "whose counts exceed their size were skipped")
    tnef = TNEF(bounded.data, do_checksum=False)
    headers = MessageHeaders()
    for obj in tnef.msgprops:
        try:
            if obj.name == TNEF.ATTSUBJECT:
                headers.subject = " ".join(_text(obj.data).split())
            elif obj.name == TNEF.ATTDATESENT:
                headers.date = _text(obj.data)
            elif obj.name == TNEF.ATTMESSAGEID:
                headers.message_id = _text(obj.data).strip()
        except Exception:  # noqa: BLE001
            continue
    body = ""
    if tnef.body:
        body = _text(tnef.body)
    elif tnef.htmlbody:
        body = html_to_text(_text(tnef.htmlbody))
    else:
        try:
            rtf = tnef.rtfbody
        except Exception:  # noqa: BLE001
            rtf = None
        if rtf:
            body = rtf_to_text(rtf if isinstance(rtf, bytes) else str(rtf).encode("latin-1", "replace"))
    body = body.replace("\x00", "").replace("\r\n", "\n")
    if body.strip() or headers.subject:
        w.forwarded_text(headers, body)
    for att in tnef.attachments[:MAX_MSG_ATTACHMENTS]:
        if w.out_of_time():
            break
        try:
            aname = att.long_filename() or _text(att.name) or "attachment"
        except Exception:  # noqa: BLE001
            aname = "attachment"
        aname = aname.replace("\x00", "").strip() or "attachment"
        payload = getattr(att, "data", b"")
        if isinstance(payload, bytes):
            w.attachment(aname, _tnef_mime(att, aname), payload, depth + 1)
    return "message"


_ATTACH_MIME_TAG = 0x370E   # PR_ATTACH_MIME_TAG


def _tnef_mime(att: Any, name: str) -> str:
    """A TNEF attachment's MIME type: its PR_ATTACH_MIME_TAG, else a guess from the name.

    TNEF itself carries no content type; without one an attachment named without a
    known extension would not be read. ("" lets the dispatcher sniff the bytes.)
    """
    import mimetypes

    try:
        for a in getattr(att, "mapi_attrs", []):
            if a.name == _ATTACH_MIME_TAG:
                value = a.data[0] if isinstance(a.data, list) and a.data else a.data
                tag = _text(value).replace("\x00", "").strip().lower()
                if "/" in tag and len(tag) < 100:
                    return tag
    except Exception:  # noqa: BLE001 - an odd property: fall back to the name
        pass
    return mimetypes.guess_type(name, strict=False)[0] or ""


def read_outer_msg(w: Walker, raw: bytes) -> None:
    """A whole .msg given as the report: its headers are the outer ones, its body the cover."""
    import extract_msg
    from extract_msg.enums import ErrorBehavior

    _quiet()
    msg = extract_msg.openMsg(raw, errorBehavior=ErrorBehavior.SUPPRESS_ALL)
    try:
        def prop(attr: str) -> str:
            try:
                return _text(getattr(msg, attr, None))
            except Exception:  # noqa: BLE001
                return ""

        w.out.headers = MessageHeaders(
            sender=_first(parse_parties(prop("sender"))), to=parse_parties(prop("to")),
            cc=parse_parties(prop("cc")), date=prop("date"),
            subject=" ".join(prop("subject").split()), message_id=prop("messageId").strip())
        w.read_anything = True
        _msg_object(w, msg, 0, "message", outer=True)
    finally:
        try:
            msg.close()
        except Exception:  # noqa: BLE001
            pass
