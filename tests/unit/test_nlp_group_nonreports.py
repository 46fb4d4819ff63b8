"""Group disclosures (To instead of Bcc) and mail that is not a breach report (issue 13)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer

PATIENTS = [("Adam Price", "adam.p@gmail.com"), ("", "kt1984@hotmail.co.uk"), ("Lee Chan", "lee.chan@outlook.com"),
            ("", "mark_w@yahoo.co.uk"), ("Sam Okoro", "s.okoro@btinternet.com"), ("", "dj.r@icloud.com")]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def forwarded(cover: str, original: str, to: list[Party], *, sender: Party, subject: str) -> ParsedMessage:
    fh = MessageHeaders(sender=sender, to=to, subject=subject)
    h = MessageHeaders(sender=Party("Jo Bloggs", "jo.bloggs@nhs.net"), to=[Party("IG", "ig@nhs.net")],
                       subject=f"Fw: {subject}")
    return ParsedMessage(headers=h, forwarded=[fh], sections=[TextSection("body", cover, "cover"),
                                                              TextSection("forwarded:1", original, "forwarded", fh)])


def test_to_not_bcc_newsletter_each_recipient_is_a_subject(analyzer: Analyzer) -> None:
    msg = forwarded("Our newsletter went to patients with all the email addresses visible in the To line "
                    "instead of Bcc.\nJo",
                    "Dear all,\nOur September newsletter: new opening hours for PrEP appointments.",
                    [Party(n, e) for n, e in PATIENTS], sender=Party("Sexual Health Clinic", "shc@nhs.net"),
                    subject="Clinic newsletter - September")
    res = analyzer.analyse(msg)
    emails = {i.value for i in res.identifiers if i.kind == "email_address"}
    assert emails == {e for _, e in PATIENTS}
    assert res.subjects == len(PATIENTS)
    assert "sexual_health" in res.special_categories
    a = res.assessment
    assert a.reportable and a.likelihood >= 3 and a.severity >= 3
    assert any("visible to each other" in r for r in a.reasons)


def test_a_few_recipients_without_a_group_cue_is_not_a_group_disclosure(analyzer: Analyzer) -> None:
    msg = forwarded("FYI, see below.", "Meeting moved to 3pm.",
                    [Party("", e) for _, e in PATIENTS[:3]], sender=Party("Estates", "estates@nhs.net"),
                    subject="Meeting")
    res = analyzer.analyse(msg)
    assert res.subjects == 0 and not res.assessment.reportable


def test_internal_recipients_are_not_disclosed_subjects(analyzer: Analyzer) -> None:
    staff = [Party("", f"user{k}@nhs.net") for k in range(12)]
    msg = forwarded("This went to the whole team cc'd instead of bcc", "Rota for next week attached.", staff,
                    sender=Party("Rota", "rota@nhs.net"), subject="Rota")
    assert analyzer.analyse(msg).subjects == 0


def _cover(analyzer: Analyzer, body: str):  # noqa: ANN202
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="IG")
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))


@pytest.mark.parametrize("body", [
    "Automatic reply: Breach report\n\nI am currently out of the office until Monday with limited access to "
    "email. For urgent matters contact Sarah Green on 0113 496 0000.\n\nThanks\nTom Walsh",
    "General question for my IG training: is it ok to send a discharge summary by nhs.net to a patient's own "
    "email if they ask? Thanks, Priya Shah, Ward 7",
    "I left my laptop on the train (asset tag 4010232137). It is a fully encrypted trust laptop with BitLocker "
    "and had no patient data on it. Daniel Moss, Finance",
    "Meeting notes - IG steering group. Present: Anne Lee (Caldicott), Mark Jones. Actions: Datix 44567 closed, "
    "order number 9434765919 chased.",
])
def test_non_reports_are_severity_1_with_no_identifiers(analyzer: Analyzer, body: str) -> None:
    res = _cover(analyzer, body)
    assert res.identifiers == []
    assert res.assessment.severity == 1 and not res.assessment.reportable


def test_a_recipient_also_named_in_the_pasted_list_is_counted_once(analyzer: Analyzer) -> None:
    # the parents were the visible recipients, and each is also named beside their child in the body
    body = ("Dear Parent/Carer,\nPlease return the dental screening form.\n\n"
            "Ruby Price, DOB 03/03/2016 | Year 4 | parent: Adam Price\n"
            "Kai Chan, DOB 17/08/2016 | Year 4 | parent: Lee Chan\n"
            "Noor Okoro, DOB 09/01/2015 | Year 5 | parent: Sam Okoro\n")
    msg = forwarded("The screening reminder went to all the parents in To, not Bcc, with the list pasted in.\nJo",
                    body, [Party(n, e) for n, e in PATIENTS], sender=Party("School Nursing", "sn@nhs.net"),
                    subject="Dental screening")
    res = analyzer.analyse(msg)
    assert res.subjects == len(PATIENTS) + 3      # six recipients (three of them the named parents) and three children


def test_recipients_display_names_with_gaelic_and_romance_particles_are_names() -> None:
    from nlp.group import _personal_name

    assert _personal_name("Eilidh Nic an t-Saoir") and _personal_name("Inês de la Vega")
    assert not _personal_name("Clinic de") and not _personal_name("the Team") and not _personal_name("Ailsa")
