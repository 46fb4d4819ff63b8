"""National Insurance number: two letters, six digits, suffix A-D, with the prefix rules.

D F I Q U V are never used as either letter, O never second; BG GB KN NK NT TN ZZ are
never allocated. Lower-case matches need an "NI" label.
"""

from __future__ import annotations

from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer


class NiNumberRecognizer(Recognizer):
    KIND = "ni_number"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("NI number", r"(?i)\b[A-Z]{2}\s?(?:\d{2}\s?\d{2}\s?\d{2}|\d{3}\s\d{3})\s?[A-D]\b")]
    CONTEXT: ClassVar[list[str]] = ["ni", "ni no", "ni number", "national insurance", "nino"]
    SCORE = 0.75
    CONTEXT_BOOST = 0.2
    VALIDATOR = "ni_number"

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        if not ident.text[:2].isupper() and "context" not in ident.evidence:
            return None
        return ident
