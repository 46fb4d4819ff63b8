"""Table-driven tests of the special-category keyword rules (negation, hypotheticals, service names)."""

from __future__ import annotations

import pytest

from nlp.categories import CategoryFinder
from nlp.patterns import load_patterns

FINDER = CategoryFinder(load_patterns())

CASES = [
    # (text, is the reporter's cover note, category, expected present)
    ("Known HIV, on antiretroviral therapy, CD4 count 540.", False, "sexual_health", True),
    ("Chlamydia screen negative.", False, "sexual_health", False),
    ("Safeguarding: none", False, "safeguarding", False),
    ("Safeguarding concerns - nil", False, "safeguarding", False),
    ("There are no safeguarding concerns at present.", False, "safeguarding", False),
    ("Child subject to a child protection plan since March.", False, "safeguarding", True),
    ("If you have any safeguarding concerns please contact the duty desk.", False, "safeguarding", False),
    ("I have let our Safeguarding Lead know about this.", True, "safeguarding", False),
    ("Ward 4, Mental Health Unit, Hope Road, Leeds LS6 2AB", False, "mental_health", False),
    ("Not known to mental health services.", False, "mental_health", False),
    ("Detained under Section 2 of the Mental Health Act on 3 May.", False, "mental_health", True),
    ("See section 3 of the attached form for the dates.", False, "mental_health", False),
    ("Presented after an intentional overdose with suicidal ideation.", False, "mental_health", True),
    ("Is there any chance you could be pregnant? No", False, "reproductive_health", False),
    ("She is 12 weeks pregnant and attending the early pregnancy unit.", False, "reproductive_health", True),
    ("On methadone 60ml daily via the recovery service.", False, "substance_misuse", True),
    ("IV drug use - denies", False, "substance_misuse", False),
    ("HPV vaccination given in school, Year 8.", False, "sexual_health", False),
    ("BRCA2 pathogenic variant confirmed by genetic testing.", False, "genetic", True),
    ("Uses walking aids at home.", False, "sexual_health", False),
    # hand-written for issue 13's fresh7 causes: depot antipsychotics and the ward's shorthand
    ("Mr K  12 Elm Rd  depot zuclopenthixol q3/52  due Fri", False, "mental_health", True),
    ("bay 4 - took 20 tabs, psych liaison asked to see", False, "mental_health", True),
    ("Sertraline 50mg od for menopausal flushes", False, "mental_health", False),
    # sentence rules: an antidepressant, a depot, a benzodiazepine sold ([[categories.sentence_rules]])
    ("Current meds: citalopram 20mg, omeprazole.", False, "mental_health", True),
    ("Takes mirtazapine 15mg for sleep.", False, "mental_health", False),
    ("She has never taken fluoxetine.", False, "mental_health", False),
    ("Depot injection given today, next due in 2 weeks.", False, "mental_health", True),
    ("Depot injection (Depo-Provera) for contraception given today.", False, "mental_health", False),
    ("Zoladex depot injection for his prostate due next month.", False, "mental_health", False),
    ("Police say he has been dealing lorazepam from the flat.", False, "criminal", True),
    ("Police say he has been dealing lorazepam from the flat.", False, "substance_misuse", True),
    ("Lorazepam 1mg prescribed before the MRI.", False, "substance_misuse", False),
    ("No evidence he has been selling his diazepam.", False, "criminal", False),
    # a "?" alone in a table cell is an unknown value, not a question about the keyword
    ("4 | Dennis Ward | opiate withdrawal, alcohol withdrawal, on chlordiazepoxide | ?", False, "substance_misuse", True),
    ("Any history of alcohol withdrawal?", False, "substance_misuse", False),
    ("Cannabis smelt strongly in the flat at the home visit.", False, "substance_misuse", True),
    ("Wound care, IVDU, hep C positive.", False, "substance_misuse", True),
    ("ECG: ST depression in V4-6, ?ACS, troponin sent.", False, "mental_health", False),
    ("Treated for depression by her GP since 2019.", False, "mental_health", True),
    ("Declined the vaccine on religious grounds; the family are Catholic.", False, "religion", True),
    ("Wishes the priest called for the last rites.", False, "religion", True),
    # a GP practice's name is no operation; a kind of surgery is
    ("Sent by the reception team, Hollin Lane Surgery", False, "health", False),
    ("Listed for Day Surgery on 4 March.", False, "health", True),
    ("Booked for surgery on his knee next week.", False, "health", True),
    # words of fertility units, the Mental Health Act office, the cardiac and endoscopy lists
    ("Embryo storage renewal and HFEA consent forms for the couple.", False, "reproductive_health", True),
    ("List of detained patients and their section expiry dates.", False, "mental_health", True),
    ("Echo report: mild LV impairment.", False, "health", True),
    ("Gastroscopy result filed in his notes.", False, "health", True),
    ("On PrEP since May, attends the peer group.", False, "sexual_health", True),
]


@pytest.mark.parametrize(("text", "cover", "cat", "want"), CASES)
def test_category(text: str, cover: bool, cat: str, want: bool) -> None:
    found = FINDER.find([text], [cover])
    assert (cat in found.categories) == want, (found.evidence, found.negated)


def test_specific_category_implies_health() -> None:
    assert FINDER.find(["Attending the GUM clinic for syphilis treatment."]).categories[:2] == \
        ["health", "sexual_health"]


def test_cover_note_service_name_but_content_counts() -> None:
    texts = ["Forwarded to me by our Mental Health Liaison Team.", "Seen for psychosis review on the ward."]
    assert "mental_health" in FINDER.find(texts, [True, False]).categories


def test_ward_shorthand_for_alcohol_withdrawal_is_substance_misuse() -> None:
    for text in ("Bed 2 Rex Tannock 67y ETOH withdrawal, pabrinex", "on CIWA scoring 4 hourly"):
        assert "substance_misuse" in FINDER.find([text]).categories, text


def test_perinatal_mental_health_and_a_newborns_abstinence_watch() -> None:
    assert "mental_health" in FINDER.find(["Mum known to perinatal MH, FNP referral"]).categories
    assert "substance_misuse" in FINDER.find(["Baby on the neonatal abstinence watch for 72 hours"]).categories
