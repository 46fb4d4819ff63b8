"""Grading causes found on fresh23 (GP practices, adult social care, care homes) and fresh24 (acute and
mental-health trusts, children's services, the four nations): what happened after the disclosure, read from
the sentence that says it. Sentences are written for these tests, not copied from the corpora."""

from __future__ import annotations

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.categories import CategoryFinder
from nlp.grading import GradeInput, grade
from nlp.patterns import load_patterns

CFG = load_patterns()
FINDER = CategoryFinder(CFG)
TRUSTED = ["nhs.net", "example.nhs.uk"]


def _grade(cover: str, *, forwarded: str = "", fwd_from: str = "clerk@nhs.net", to: str = "",
           categories: tuple[str, ...] = ("health",), subject_text: str | None = None):  # noqa: ANN202
    fwd = MessageHeaders(sender=Party("", fwd_from), to=[Party("", to)] if to else [])
    sections = [TextSection("body", cover, "cover")]
    if forwarded:
        sections.append(TextSection("forwarded:1", forwarded, "forwarded", fwd))
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Rep", "rep@nhs.net"),
                                               to=[Party("", "breach@example.nhs.uk")]),
                        sections=sections, forwarded=[fwd] if forwarded or to else [])
    g = GradeInput(subjects=1, categories=list(categories), category_evidence={}, cover_text=cover,
                   all_text=cover + "\n" + forwarded, has_health_number=True, child=False,
                   forwarded_text=forwarded, subject_text=subject_text)
    return grade(g, msg, CFG, TRUSTED, FINDER)


# -- a messaging group is not a publication, and deleting from it contains nothing -----------------------------

def test_a_staff_whatsapp_group_is_outside_not_published() -> None:
    a = _grade("A support worker put a photo of the medicines round sheet in the night team WhatsApp group, "
               "which has agency staff and leavers in it.")
    assert a.likelihood == 3
    assert not any(r.startswith("published") for r in a.reasons)


def test_a_deletion_for_everyone_after_the_group_got_it_does_not_lower() -> None:
    a = _grade("Our nurse sent the wound photo with the patient's label to her family group chat by accident. "
               "She deleted it for everyone after twenty minutes.")
    assert a.likelihood == 3
    assert any("messaging group" in r and "not lowered" in r for r in a.reasons)


def test_a_single_recipient_on_whatsapp_who_deleted_it_is_still_contained() -> None:
    a = _grade("I sent the bay list to my sister on WhatsApp instead of the nurse in charge. "
               "My sister has deleted it.")
    assert a.likelihood == 2


# -- the recipient keeps it, or has plainly read it ------------------------------------------------------------

def test_a_requester_keeping_the_pages_is_not_contained_by_sending_a_copy_back() -> None:
    a = _grade("The solicitor found two pages about another client in the bundle; they were returned to us on "
               "Monday. He has told us he is keeping the bundle for the court hearing.")
    assert a.likelihood == 3
    assert any("is keeping the bundle" in r for r in a.reasons)


def test_a_recipient_who_has_clearly_read_it_is_not_contained() -> None:
    a = _grade("The letter went to the patient's ex-partner. He has clearly read it and sent it back to us "
               "with the envelope torn open.")
    assert a.likelihood == 3
    assert any("clearly read it" in r for r in a.reasons)


def test_we_are_keeping_the_returned_letter_is_ours_not_the_recipients() -> None:
    a = _grade("The letter went to the wrong patient, who posted it back to us. We are keeping the letter on "
               "file for the investigation.")
    assert a.likelihood == 2
