"""Scottish CHI number: DDMMYY + 4 digits, a real date, Modulus 11, 010-311m.

The ninth digit is even for women and odd for men (kept in the evidence). Without a
"CHI" label a CHI-shaped number scores below the reporting threshold. In Scotland the CHI
number *is* the patient's NHS number, so an "NHS No" label counts as a CHI label when the
text is Scottish (a health board, a Scottish city or postcode area, "Scotland"); written
6+4 or 3-3-4. Placeholders ("1111111111") are refused by the validator.
"""

from __future__ import annotations

import re
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer
from nlp.text import Layout, fold_rx, folded_lower

# Scottish context: the health boards, the country, the cities, and Scottish postcode areas. Scotland
# named after England or Wales ("NHSmail ... for all NHS staff in England and Scotland", in every NHSmail
# disclaimer) says nothing about where the mail is from.
SCOTTISH = re.compile(
    r"\b(?:(?<!england and )(?<!england & )(?<!wales and )scotland|scottish|nhs\s+(?:lothian|tayside|grampian|highland|fife|lanarkshire|borders|orkney|shetland"
    r"|western\s+isles|forth\s+valley|ayrshire(?:\s+(?:and|&)\s+arran)?|greater\s+glasgow(?:\s+(?:and|&)\s+clyde)?"
    r"|dumfries(?:\s+(?:and|&)\s+galloway)?|24|inform|education\s+for\s+scotland)|nhsggc|edinburgh|glasgow"
    r"|aberdeen|dundee|inverness|perth|stirling|paisley|kirkcaldy|dunfermline|ayr|kilmarnock|falkirk"
    r"|(?:AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d{1,2}\s?\d[A-Z]{2})\b", re.I)
_SCOTTISH_FOLDED = fold_rx(SCOTTISH)


def scottish(text: str) -> bool:
    """Whether a text reads as Scottish (its first 400,000 characters)."""
    head = text[:400_000]
    low = folded_lower(head)
    return bool(_SCOTTISH_FOLDED.search(low) if low is not None and _SCOTTISH_FOLDED is not None
                else SCOTTISH.search(head))


class ChiNumberRecognizer(Recognizer):
    KIND = "chi_number"
    HEADER_CONTEXT = True
    PATTERNS: ClassVar[list[tuple[str, str]]] = [("10 digits (6+4)", r"(?<![\d-])\d{6}[ -]?\d{4}(?![\d-])"),
                                                 ("3-3-4 digits", r"(?<![\d-])\d{3}([ -])\d{3}\1\d{4}(?![\d-])")]
    CONTEXT: ClassVar[list[str]] = ["chi", "chi no", "chi number", "community health index"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["ref", "order", "invoice", "datix", "tel", "phone", "account", "nhs"]
    SCORE = 0.45
    CONTEXT_BOOST = 0.5
    VALIDATOR = "chi"
    NHS_LABEL = ("nhs", "nhs no", "nhs number", "nhs num")

    # the text being scanned, and whether it reads as Scottish once asked (None: not yet): most texts hold no
    # "NHS No" label before a CHI-shaped number, and the Scottish cues are dear to look for in a long text
    _text: str | None = None
    _scottish: bool | None = None

    def scan_text(self, text: str, where: str = "body", layout: Layout | None = None) -> list[Identifier]:
        self._text, self._scottish = text, None
        try:
            return super().scan_text(text, where, layout)
        finally:
            self._text, self._scottish = None, None

    def context_of(self, label: str) -> tuple[str | None, str | None]:
        pos, neg = super().context_of(label)
        if neg in self.NHS_LABEL and self._is_scottish():
            return "nhs number (Scotland: the CHI number)", None
        return pos, neg

    def _is_scottish(self) -> bool:
        if self._text is None:
            return False
        if self._scottish is None:
            self._scottish = scottish(self._text)
        return self._scottish
