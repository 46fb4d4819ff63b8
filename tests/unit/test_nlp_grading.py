"""Table-driven tests of the DSPT grading rules (likelihood, containment, severity)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.categories import CategoryFinder
from nlp.grading import GradeInput, grade
from nlp.patterns import load_patterns

CFG = load_patterns()
FINDER = CategoryFinder(CFG)
TRUSTED = ["nhs.net", "example.nhs.uk"]


def _grade(cover: str, *, to: str = "", subjects: int = 1, cats: tuple[str, ...] = ("health",),
           text: str = "", child: bool = False):  # noqa: ANN202
    fwd = MessageHeaders(sender=Party("Clerk", "clerk@nhs.net"), to=[Party("", to)] if to else [])
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Rep", "rep@nhs.net"),
                                               to=[Party("", "breach@example.nhs.uk")]),
                        sections=[TextSection("body", cover, "cover")], forwarded=[fwd] if to else [])
    g = GradeInput(subjects=subjects, categories=list(cats), category_evidence={}, cover_text=cover,
                   all_text=cover + "\n" + text, has_health_number=True, child=child)
    return grade(g, msg, CFG, TRUSTED, FINDER)


LIKELIHOOD = [
    # (cover note, forwarded To, expected likelihood)
    ("The clinic letter went to the patient's old address by mistake.", "", 3),
    ("Discharge summary emailed to a hotmail account instead of the GP.", "", 3),
    ("Results were sent to the wrong GP practice.", "", 2),
    ("Referral went to another trust's mailbox on NHSmail.", "", 2),
    ("Letter emailed in error, see below.", "someone@btinternet.com", 3),
    ("Letter emailed in error, see below.", "wrong.practice@nhs.net", 2),
    ("Sent to the school office by mistake.", "", 3),
    ("Appointment list sent to the council's housing team.", "office@leeds.gov.uk", 3),
    ("Sorry, this went somewhere it should not have.", "", 3),           # undetermined: the safer grade
    ("A photo of the handover sheet was posted in a Facebook group.", "", 4),
    ("The recipient has contacted the patient's employer and used the information against her.", "", 5),
    ("The neighbour cold-called the family about the diagnosis.", "", 5),
    ("We contacted the patient to apologise; the letter went to a neighbour.", "", 3),
    ("Email recalled before anyone opened it - near miss.", "", 1),
    # containment: confirmed lowers by one, a promise or an unverified claim does not
    ("Sent to a gmail address. The recipient confirmed in writing that they have deleted it.", "", 2),
    ("Sent to a gmail address. She says she will delete it.", "", 3),
    ("Sent to his personal yahoo address; he says he has deleted it but we cannot verify that.", "", 3),
    ("Posted on Twitter; the post was removed after 40 minutes.", "", 3),
    ("Sent to the wrong GP practice, who have deleted it.", "", 2),      # never below 2 without proof
    # a publication taken down, in the words people use
    ("A porter filmed the clinic list for Snapchat; he removed the video an hour later.", "", 3),
    ("The rota with patients' names was on our website until IT took the page down at noon.", "", 3),
    ("The photo was shared on social media; we have removed it from the trust's account.", "", 3),
    ("Posted on Facebook and still up this morning.", "", 4),
    ("It was on Facebook; she took the post down at noon - it had 30 reactions and some shares by then.", "", 4),
    # the recipient turned on the patient
    ("The wrong recipient found her on Instagram and sent her a screenshot of the letter.", "", 5),
    ("Her ex-partner received the results and has harassed her since.", "", 5),
    # a publication denied or doubted anywhere in its clause; a platform named "X" only as written, after posting
    ("Sent to his sister, who says it has not been posted anywhere, not on Instagram or anywhere else.", "", 3),
    ("Sent to a neighbour; there is no evidence that it was put on social media.", "", 3),
    ("Sent to a neighbour, who put it on Facebook, but there is no sign it was shared any further.", "", 4),
    ("The neighbour shared a photo of the letter on X this morning.", "", 4),
    ("The neighbour says she put it on Threads.", "", 4),
    ("The letter was posted on x-ray day to his old address.", "", 3),
    ("Sent to his old address, we are worried it could be posted on X.", "", 3),
    # a member of staff looking at records with no reason to: the access is the misuse
    ("One of my HCAs has admitted looking at the electronic record of her next-door neighbour.", "", 5),
    ("The audit flagged that an admin opened the records of two people she knows personally.", "", 5),
    ("A porter accessed the maternity record 9 times, no care relationship.", "", 5),
    ("I opened the records of the patient to check the address and saw the letter went to the old one.", "", 3),
    # taken down after people saw or copied it: deleting the post does not recall the copies
    ("A support worker's TikTok showed the ward board; it had about 2,300 views. She has deleted it.", "", 4),
    ("The carer put the photo on her public Facebook page (40 odd likes and some shares). She has deleted it.", "", 4),
    ("A relative posted the letter on Facebook and we have screenshots. She has deleted it now.", "", 4),
]


@pytest.mark.parametrize(("cover", "to", "want"), LIKELIHOOD)
def test_likelihood(cover: str, to: str, want: int) -> None:
    a = _grade(cover, to=to)
    assert a.likelihood == want, a.reasons
    assert a.reasons and a.reportable == (want >= 3)


def test_bare_forward_with_no_words_is_not_guessed_external() -> None:
    a = _grade("", subjects=1)
    assert a.likelihood == 2 and any("no words" in r for r in a.reasons)


def test_vulnerable_floor_and_no_personal_data() -> None:
    assert _grade("Fine.", subjects=1, cats=(), child=True).severity >= 2
    a = _grade("Phishing email, please block the sender.", subjects=0, cats=())
    assert (a.likelihood, a.severity, a.reportable) == (1, 1, False)


SEVERITY = [
    ((), "", 2),
    (("health",), "", 3),
    (("health", "mental_health"), "", 4),
    (("health", "sexual_health"), "", 4),
    ((), "Her direct payments statement with the sort code was attached.", 4),
    ((), "Staff member's bank details were included.", 4),
    # the values say it when the header is short ("Sort | Acc") or a cell beside says "NI No"
    ((), "Name | Sort | Acc | Amount\nGlyn Rees | 20-11-35 | 40227781 | £12.00", 4),
    ((), "Employee | NI No | Sort code\nGlyn Rees | AB123456C | 20-11-35", 4),
    ((), "Clinic 20-11-35 room 40227781", 2),   # not a bank row: identifiable only
]


@pytest.mark.parametrize(("cats", "text", "want"), SEVERITY)
def test_severity(cats: tuple[str, ...], text: str, want: int) -> None:
    a = _grade("Sent to a gmail address.", cats=cats, text=text)
    assert a.severity == want, a.reasons
    assert a.severity < 5
