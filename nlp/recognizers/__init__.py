"""One recogniser per kind; :func:`build_recognizer` turns a config entry into one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.recognizers.address import AddressRecognizer
from nlp.recognizers.base import Recognizer
from nlp.recognizers.chi_number import ChiNumberRecognizer
from nlp.recognizers.date_of_birth import DateOfBirthRecognizer
from nlp.recognizers.email_address import EmailAddressRecognizer
from nlp.recognizers.hc_number import HcNumberRecognizer
from nlp.recognizers.hospital_number import HospitalNumberRecognizer
from nlp.recognizers.nhs_number import NhsNumberRecognizer
from nlp.recognizers.ni_number import NiNumberRecognizer
from nlp.recognizers.person_name import PersonNameRecognizer
from nlp.recognizers.phone_number import PhoneNumberRecognizer
from nlp.recognizers.postcode import PostcodeRecognizer

if TYPE_CHECKING:
    from nlp.patterns import PatternConfig, RecognizerSpec

BY_KIND: dict[str, type[Recognizer]] = {cls.KIND: cls for cls in (
    NhsNumberRecognizer, ChiNumberRecognizer, HcNumberRecognizer, DateOfBirthRecognizer,
    PersonNameRecognizer, PostcodeRecognizer, PhoneNumberRecognizer, EmailAddressRecognizer,
    NiNumberRecognizer, AddressRecognizer, HospitalNumberRecognizer)}


def build_recognizer(spec: RecognizerSpec, cfg: PatternConfig) -> Recognizer:
    return BY_KIND[spec.kind](spec, cfg)


__all__ = ["BY_KIND", "Recognizer", "build_recognizer"]
