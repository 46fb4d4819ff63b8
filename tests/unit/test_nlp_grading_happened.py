"""Likelihood from what happened (issue 13): snooping is misuse, containment only when credible,
and a member of the public writing to us is no internal disclosure."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.categories import CategoryFinder
from nlp.grading import GradeInput, external_recipients, grade
from nlp.patterns import load_patterns

CFG = load_patterns()
FINDER = CategoryFinder(CFG)
TRUSTED = ["nhs.net", "example.nhs.uk"]


def _grade(cover: str, *, forwarded: str = "", fwd_from: str = "clerk@nhs.net", to: str = ""):  # noqa: ANN202
    fwd = MessageHeaders(sender=Party("", fwd_from), to=[Party("", to)] if to else [])
    sections = [TextSection("body", cover, "cover")]
    if forwarded:
        sections.append(TextSection("forwarded:1", forwarded, "forwarded", fwd))
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Rep", "rep@nhs.net"),
                                               to=[Party("", "breach@example.nhs.uk")]),
                        sections=sections, forwarded=[fwd] if forwarded or to else [])
    g = GradeInput(subjects=1, categories=["health"], category_evidence={}, cover_text=cover,
                   all_text=cover + "\n" + forwarded, has_health_number=True, child=False,
                   forwarded_text=forwarded)
    return grade(g, msg, CFG, TRUSTED, FINDER)


CASES = [
    # (what the reporter wrote, expected likelihood)
    ("Please treat this as a confirmed inappropriate access: a porter opened his neighbour's record.", 5),
    ("The audit shows no legitimate reason for the receptionist to open her aunt's notes.", 5),
    ("Our shared drive was open to everyone, which could lead to unauthorised access; "
     "the file went to a gmail account.", 3),
    ("The courier left the parcel at the wrong flat. We went back within the hour and got it back, "
     "still sealed.", 2),
    ("The letter went to a solicitor's firm by mistake. Their reply says it has been deleted and they "
     "have put that in writing.", 2),
    ("The update went to another resident's son at his btinternet address. According to his sister "
     "he deleted it.", 3),
    ("I left the clinic list on the train. I rang lost property, nothing handed in yet.", 3),
    ("A mum came in upset: one of our receptionists told other parents at the school gate about her son's "
     "referral.", 5),
    ("The appointment letter went to her old address; the new occupant posted it back to us opened.", 2),
    ("Our nurse emailed the caseload to her personal gmail. She has deleted it from gmail now she says.", 3),
]


@pytest.mark.parametrize("cover,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_likelihood_from_what_happened(cover: str, expected: int) -> None:
    assert _grade(cover).likelihood == expected


def test_our_own_address_on_a_letter_the_public_sent_us_is_no_internal_disclosure() -> None:
    fwd = "This letter you sent me is not mine, it is about another man with my surname."
    msg_to = "reception@surgery.nhs.net"
    a = _grade("Forwarding a patient's message: the results went to the wrong patient.",
               forwarded=fwd, fwd_from="m.lindgren@gmail.com", to=msg_to)
    assert a.likelihood == 3
    assert not any("inside the trusted domains" in r for r in a.reasons)


def test_a_colleagues_forward_to_an_nhs_mailbox_is_still_internal() -> None:
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Rep", "rep@nhs.net")),
                        sections=[TextSection("body", "see below", "cover")],
                        forwarded=[MessageHeaders(sender=Party("", "clerk@nhs.net"),
                                                  to=[Party("", "wrong.team@nhs.net")])])
    out, seen = external_recipients(msg, TRUSTED)
    assert out == [] and seen == 1


def test_the_wrong_recipients_own_reply_is_who_received_it_and_their_deletion_in_writing() -> None:
    cover = "Please see the reply below from the person who received our report."
    reply = "Hello, I think this was sent to me in error. I have deleted it and emptied my deleted folder."
    a = _grade(cover, forwarded=reply, fwd_from="morag.m@outlook.com", to="ot.team@nhs.net")
    assert any("member of the public wrote in" in r for r in a.reasons)
    assert a.likelihood == 2 and any("recipient's own reply" in r for r in a.reasons)
    # "has come to me in error" names the wrong recipient too; with no deletion it stays at 3
    b = _grade(cover, forwarded="I think this has come to me in error - we are not instructed for this client.",
               fwd_from="m.boyle@boylelaw.example.co.uk", to="mha.office@nhs.net")
    assert b.likelihood == 3
    # an external sender's disclaimer ("if you have received it in error") is no such reply
    c = _grade("Forwarding the solicitor's letter for the file.",
               forwarded="Please find our client's letter attached. If you have received it in error please "
                         "notify the sender.", fwd_from="m.boyle@boylelaw.example.co.uk", to="mha.office@nhs.net")
    assert not any("member of the public wrote in" in r for r in c.reasons)
