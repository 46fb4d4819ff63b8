"""How NHS and care staff really write the people in a breach: names kept in the order written
("SURNAME Forename" as clinical systems print it), lists in tables and pasted text.
Every example here is hand-written for this file (none is copied from a corpus)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.recognizers.person_name import name_key


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def run(analyzer: Analyzer, body: str, tables: list[Table] | None = None):  # noqa: ANN201
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")],
                                          tables=tables or []))


def names(res) -> set[str]:  # noqa: ANN001
    return {i.value for i in res.identifiers if i.kind == "person_name"}


def test_surname_first_names_keep_the_order_written(analyzer: Analyzer) -> None:
    body = ("The clinic list went to the wrong practice:\n\n"
            "PRIDDLE Ansel, DOB 09/03/1951, NHS 401 023 2137\n"
            "OYEDEPO Funmilayo, DOB 22/10/1987, NHS 943 476 5919\n")
    got = names(run(analyzer, body))
    assert {"PRIDDLE Ansel", "OYEDEPO Funmilayo"} <= got
    assert "Ansel PRIDDLE" not in got


def test_a_surname_first_name_column_keeps_the_order_written(analyzer: Analyzer) -> None:
    t = Table(where="attachment:list.xlsx", header=["Patient", "NHS No", "DOB"],
              rows=[["TREVASKIS Morwenna", "4010232137", "03/04/1949"],
                    ["Idris Pugh", "9434765919", "12/12/1960"]], total_rows=2)
    res = run(analyzer, "List attached.\n", [t])
    assert {"TREVASKIS Morwenna", "Idris Pugh"} <= names(res)
    assert res.subjects == 2


def test_both_orders_of_one_person_are_one_person(analyzer: Analyzer) -> None:
    assert name_key("PRIDDLE Ansel") == name_key("Ansel Priddle") == name_key("PRIDDLE, Ansel")
    body = ("Letter for PRIDDLE Ansel, DOB 09/03/1951, went to the wrong address.\n\n"
            "Ansel Priddle has been told.\n")
    assert run(analyzer, body).subjects == 1
