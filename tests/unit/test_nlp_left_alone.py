"""Misses the earlier rounds left alone (issue nlp10): medicines that say a category, publication cues, dates
after an organisation's name, an initial standing for a full name, and a name wrapped across a line break.

Hand-written sentences as staff write them, run through the real analyser (real spaCy model)."""

from __future__ import annotations

import pytest

from breachdesk.model import Analysis, MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def analyse(analyzer: Analyzer, text: str) -> Analysis:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg)


def values(res: Analysis, kind: str) -> set[str]:
    return {i.value for i in res.identifiers if i.kind == kind}


# -- 1. special categories from medicines ---------------------------------------------------------------

def test_lithium_says_mental_health(analyzer: Analyzer) -> None:
    """Lithium is given for bipolar disorder: a letter listing it says mental health."""
    res = analyse(analyzer, "The discharge summary for Kwame Boateng, DOB 02/03/1971, went to an external address. "
                            "Medication: lithium carbonate 400mg nocte.")
    assert "mental_health" in res.special_categories


@pytest.mark.parametrize("body", [
    "I sent the clinic letter for Mrs Dorota Wisniewska (NHS 943 476 5919) to the wrong GP practice. It lists her "
    "sertraline 100mg and her mirtazapine at night.",
    "Results for Anna Nowak, DOB 02/03/1960, were sent to a personal email. She takes citalopram 20mg and venlafaxine.",
    "The depot clinic list was left in reception. It shows Gareth Pryce, DOB 04/05/1980, due his depot injection "
    "on Friday.",
    "Repeat slip for Ruth Ellison, DOB 09/09/1979, handed to another patient: fluoxetine 20mg capsules.",
])
def test_a_named_psychiatric_medicine_says_mental_health(analyzer: Analyzer, body: str) -> None:
    res = analyse(analyzer, body)
    assert "mental_health" in res.special_categories
    assert res.assessment.severity == 4


@pytest.mark.parametrize("body", [
    "Patient Tom Reid, DOB 02/03/1955, on amitriptyline 10mg for neuropathic pain, letter sent to wrong address.",
    "Letter for Jean Carter, DOB 02/03/1950, went to the wrong address: sertraline 50mg for menopausal flushes.",
])
def test_an_antidepressant_given_for_something_else_is_not_mental_health(analyzer: Analyzer, body: str) -> None:
    res = analyse(analyzer, body)
    assert "mental_health" not in res.special_categories
    assert "health" in res.special_categories


def test_diazepam_sold_illegally_is_substance_misuse_and_criminal(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "The letter about Leon Harte, DOB 01/02/1990, went to his old address. It says he was "
                            "found to have been selling his diazepam and supplying it to others on the estate.")
    assert {"substance_misuse", "criminal"} <= set(res.special_categories)


def test_opioid_substitution_named_by_product_is_substance_misuse(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "The pharmacy collection sheet for Leon Harte, DOB 01/02/1990, was given to another "
                            "patient. It shows his daily supervised Espranor and his Buvidal injection date.")
    assert "substance_misuse" in res.special_categories


def test_diazepam_prescribed_is_health_not_misuse(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "Leon Harte, DOB 01/02/1990, had his diazepam 5mg reviewed by his GP for back spasm. "
                            "The letter went to the wrong address.")
    assert "substance_misuse" not in res.special_categories
    assert "criminal" not in res.special_categories


@pytest.mark.xfail(strict=True, reason="known miss: a child's self-harm gives mental health but not safeguarding")
def test_a_childs_self_harm_is_safeguarding(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "The school nurse referral for Ellie Brown, DOB 03/04/2011, went to the wrong parent. "
                            "It says Ellie has been self-harming, cutting her arms.")
    assert {"mental_health", "safeguarding"} <= set(res.special_categories)


def test_an_adults_self_harm_is_not_safeguarding(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "The A&E card for Mark Dunn, DOB 03/04/1971, went to his employer. It records "
                            "self-harm, cuts to his forearm.")
    assert "mental_health" in res.special_categories
    assert "safeguarding" not in res.special_categories


def test_a_training_email_mentioning_medicines_is_not_a_breach(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "Reminder for all staff: mandatory training on prescribing sertraline, olanzapine and "
                            "diazepam safely is due this month. Please book via ESR.\n\nThanks\nPharmacy team\n")
    assert res.subjects == 0
    assert res.special_categories == []
    assert not res.assessment.reportable


# -- 2. publication cues --------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "cue"), [
    ("A photo of the ward whiteboard showing Mrs Jean Carter, DOB 02/03/1950, was posted on TikTok by a visitor.",
     "tiktok"),
    ("A student posted the handover sheet with Mr Tom Reid, DOB 02/03/1955, on her Instagram.", "instagram"),
    ("Someone put the letter about Mr Tom Reid, DOB 02/03/1955, on their Snapchat story.", "snapchat"),
    ("A relative posted a picture of the list with Mr Tom Reid, DOB 02/03/1955, on X yesterday.", "X"),
    ("His results letter (Mr Tom Reid, DOB 02/03/1955) was tweeted by his neighbour.", "tweeted"),
    ("The letter about Mr Tom Reid, DOB 02/03/1955, was shared in a public Facebook group for the village.",
     "facebook group"),
    ("The spreadsheet with Mr Tom Reid, DOB 02/03/1955, was shared on Google Drive with anyone with the link.",
     "anyone with the link"),
    ("Our OneDrive folder with the referral for Mr Tom Reid, DOB 02/03/1955, was set so anyone who has the link "
     "can view it.", "anyone who has the link"),
    ("The clinic list including Mr Tom Reid, DOB 02/03/1955, was uploaded to a public web page on the practice site.",
     "public web page"),
    ("A Dropbox link to the scan report for Mr Tom Reid, DOB 02/03/1955, was public, so anyone with the link could "
     "open it.", "anyone with the link"),
])
def test_a_publication_cue_is_likelihood_four(analyzer: Analyzer, body: str, cue: str) -> None:
    res = analyse(analyzer, body)
    assert res.assessment.likelihood == 4
    assert any(r.startswith("published") and cue.lower() in r.lower() for r in res.assessment.reasons)


@pytest.mark.parametrize("body", [
    "The letter for Mr Tom Reid, DOB 02/03/1955, went to the wrong address. The neighbour assures us it "
    "has not been posted anywhere, not on Facebook or any social media.",
    "The letter for Mr Tom Reid, DOB 02/03/1955, went to the wrong address. It was not posted on Facebook.",
    "The letter for Mr Tom Reid, DOB 02/03/1955, was emailed to his ex-partner; there is no sign it was "
    "shared online or on social media.",
    "The clinic letter for Mr Tom Reid, DOB 02/03/1955, went to the wrong address. He asked us to box off his X-ray "
    "results next time.",
])
def test_a_denied_publication_does_not_count(analyzer: Analyzer, body: str) -> None:
    res = analyse(analyzer, body)
    assert res.assessment.likelihood == 3
    assert not any(r.startswith("published") for r in res.assessment.reasons)


# -- 3. a date after an organisation or a place is not a DOB ---------------------------------------------

@pytest.mark.parametrize("body", [
    "The referral for Mrs Jean Carter from Brook Lane Surgery (12/03/2024) was faxed to the wrong number.",
    "Letter from Riverside Medical Centre (03/01/2024) for Mrs Jean Carter was sent to the wrong address.",
    "Mrs Jean Carter was seen at Ward 5 on 12/03/2024 and her discharge letter went to her neighbour.",
    "Mrs Jean Carter was reviewed at St Mary's Hospital, 12/03/2024, and the letter went to the wrong address.",
])
def test_a_date_after_an_organisation_or_place_is_not_a_dob(analyzer: Analyzer, body: str) -> None:
    res = analyse(analyzer, body)
    assert values(res, "date_of_birth") == set()
    assert "Jean Carter" in values(res, "person_name")


@pytest.mark.parametrize("body", [
    "Results for SMITH, Jane (14/07/1962) were sent to the wrong GP.",
    "The letter from Brook Lane Surgery for Jane Smith (DOB 14/07/1962) was sent to the wrong GP.",
    "Brook Lane Surgery sent the results for Jane Smith (14/07/1962) to the wrong GP.",
])
def test_a_dob_after_a_name_or_with_its_cue_still_counts(analyzer: Analyzer, body: str) -> None:
    assert values(analyse(analyzer, body), "date_of_birth") == {"1962-07-14"}


# -- 4. an initial and a surname is the full name found in the same e-mail ----------------------------------

@pytest.mark.parametrize("later", [
    "Mrs J Patel had asked for them by post.",
    "Mrs J. Patel had asked for them.",
                                   "J. Patel had asked for them by post."])
def test_an_initial_and_surname_is_the_one_full_name_with_it(analyzer: Analyzer, later: str) -> None:
    res = analyse(analyzer, "The results for Jaswinder Patel, NHS 943 476 5919, were sent to a personal email. "
                            + later)
    assert res.subjects == 1
    assert "Jaswinder Patel" in values(res, "person_name")


def test_a_different_initial_is_a_different_person(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "The results for Jaswinder Patel, NHS 943 476 5919, and for Mrs K Patel, NHS "
                            "401 023 2137, were sent to a personal email.")
    assert res.subjects == 2


def test_an_initial_shared_by_two_full_names_is_not_merged(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "The letters for Jaswinder Patel (NHS 943 476 5919) and Jasmine Patel (DOB "
                            "04/05/1988) went to the wrong house. The third letter, for Mrs J Patel, DOB 01/01/1960, "
                            "was also in the bundle.")
    assert res.subjects == 3


# -- 5. a name wrapped across a line break in prose ----------------------------------------------------------

@pytest.mark.parametrize(("body", "name"), [
    ("Hello, I am reporting that this morning the clinic letter for Margaret\nOyelaran-Hughes was sent to her "
     "previous address, NHS 943 476 5919.\n", "Margaret Oyelaran-Hughes"),
    ("Hi team, the outpatient clinic letter intended for Mr Desmond\nAchterberg went to another patient with the "
     "same surname, DOB 04/05/1948.\n", "Desmond Achterberg"),
])
def test_a_name_wrapped_across_a_line_break_is_one_name(analyzer: Analyzer, body: str, name: str) -> None:
    res = analyse(analyzer, body)
    assert name in values(res, "person_name")
    assert res.subjects == 1


def test_a_short_label_line_does_not_join_the_next_line(analyzer: Analyzer) -> None:
    res = analyse(analyzer, "Patient: Jane Smith\nDOB: 14/07/1962\nAddress: 4 Mill Lane, Bala\n")
    assert values(res, "person_name") == {"Jane Smith"}
