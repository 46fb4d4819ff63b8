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
    r"|aberdeen|dundee|inverness|perth|stirling|paisley|kirkcaldy|dunfermline|ayr|kilmarnock|falkirk|lothian|nhs\.scot"
    r"|(?:AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d{1,2}\s?\d[A-Z]{2})\b", re.I)
_SCOTTISH_FOLDED = fold_rx(SCOTTISH)
# the number named anywhere in the note ("just names and chi numbers on it"), not "tai chi"
_CHI_WORD = re.compile(r"(?<!tai )(?<!tai-)\bchi\b", re.I)
# a name right before the number on its line ("Hamish Crawford 0304411817 - dressings"): a record row
_NAME_BEFORE = re.compile(r"(?m)(?:^|[\t|;]|[ \t]{2}|\d[.)][ \t])[ \t]*[A-Z\u00C0-\u00DE][\w'’\-]{1,30}"
                          r"(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2},?[ \t]{1,3}$")


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
    _bare_ok: bool | None = None
    BARE_SCORE = 0.5        # a bare CHI-shaped number in a Scottish note: at the threshold, like a bare NHS number
    ROW_SCORE = 0.85        # ... after a name on its line: a record row (above a bare phone reading of the digits)

    def scan_text(self, text: str, where: str = "body", layout: Layout | None = None) -> list[Identifier]:
        self._text, self._scottish, self._bare_ok = text, None, None
        try:
            return super().scan_text(text, where, layout)
        finally:
            self._text, self._scottish, self._bare_ok = None, None, None

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        """A bare CHI-shaped number (no label) in a note that is Scottish or names the CHI: a CHI number; after a
        name on its line ("Hamish Crawford 0304411817 - leg ulcer"), a record row's."""
        if "context" in ident.evidence or ident.start < 0 or not self._bare_allowed():
            return ident
        row = _NAME_BEFORE.search(text, text.rfind("\n", 0, ident.start) + 1, ident.start) is not None
        score = self.ROW_SCORE if row else self.BARE_SCORE
        if ident.confidence < score:
            ident.confidence = score
            ident.evidence["scotland"] = ("a bare CHI number after a name, in a Scottish note" if row
                                          else "a bare CHI number in a Scottish note")
        return ident

    def _bare_allowed(self) -> bool:
        """The text is Scottish or names the CHI (asked once per text, only when a bare valid number is met)."""
        if self._text is None:
            return False
        if self._bare_ok is None:
            self._bare_ok = self._is_scottish() or _CHI_WORD.search(self._text[:400_000]) is not None
        return self._bare_ok

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
