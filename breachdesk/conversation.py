"""The DPO's questions to the reporter: templates, and the message that carries one.

The usual questions — who received it, was it recalled, has the recipient confirmed deletion —
go to the incident's reporter(s) through the relay (:class:`ingest.ack.Notifier`'s outbox), with
the reference in brackets in the subject (``[BD-2026-000042]``) and ``Reply-To`` the breach
mailbox, so the answer comes back to the mailbox and is threaded into the incident by its
reference. The message carries the reference and the question only — nothing from the report
(no subject, names or identifiers), as the acknowledgement does; a DPO's added text is theirs.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    "recipient": ("Who received it?",
                  "Who received the e-mail (or letter) you reported? Please give their role and "
                  "organisation, and whether they are inside the NHS."),
    "recalled": ("Was it recalled?",
                 "Has the message been recalled, or has anyone asked the recipient to delete it? "
                 "When, and with what result?"),
    "deleted": ("Has the recipient confirmed deletion?",
                "Has the recipient confirmed, in writing, that they have deleted the message and any "
                "copies, and not shared it? Please forward their confirmation."),
    "other": ("A question from the Data Protection Officer", ""),
}
MAX_TEXT = 4_000


def subject(ref: str, template: str) -> str:
    return f"[{ref}] {TEMPLATES[template][0]}"


def body(ref: str, template: str, text: str) -> str:
    question = TEMPLATES[template][1]
    parts = ["Thank you for reporting a possible data breach to the breach mailbox.",
             f"About your report {ref}:", ""]
    parts += [p for p in (question, text.strip()) if p]
    parts += ["", f"Please reply to this message, keeping [{ref}] in the subject, so that your answer "
              "is kept with the incident.", "", "The Data Protection Officer"]
    return "\n".join(parts) + "\n"
