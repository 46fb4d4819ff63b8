"""``BreachSMTP._getaddr`` (ours, without the class aiosmtpd builds on every call) reads every
MAIL FROM / RCPT TO argument exactly as aiosmtpd's own does, refusals included."""

from __future__ import annotations

import pytest
from aiosmtpd.smtp import SMTP

from ingest.smtp import BreachSMTP

ARGS = [
    "<nurse@nhs.net>", "<nurse@nhs.net> SIZE=1000", " <nurse@nhs.net> BODY=8BITMIME", "nurse@nhs.net",
    "nurse@nhs.net SIZE=1", "", "<>", "<> SIZE=5", "<unterminated", '<"quoted local"@nhs.net>',
    "<@relay.example:nurse@nhs.net>", "<" + "x" * 64 + "@nhs.net>", "<" + "x" * 65 + "@nhs.net>",
    "<nurse@[127.0.0.1]>", "<nurs\u00e9@nhs.net>", "<a@b@c>", "(comment) <nurse@nhs.net>", "<<nurse@nhs.net>>",
]


@pytest.mark.parametrize("arg", ARGS)
@pytest.mark.parametrize("limit", [64, 0])
def test_same_as_aiosmtpd(arg: str, limit: int) -> None:
    theirs = SMTP.__new__(SMTP)
    ours = BreachSMTP.__new__(BreachSMTP)
    theirs.local_part_limit = ours.local_part_limit = limit
    assert ours._getaddr(arg) == SMTP._getaddr(theirs, arg)
