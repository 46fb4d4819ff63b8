"""Importing spaCy and loading a model for less CPU: what a one-shot ``breachdesk scan`` pays before its first email.

Two pieces of spaCy's start-up do work the analyser never uses:

* ``import spacy`` imports ``spacy.cli`` (for ``spacy.info``): every command-line verb with typer,
  weasel, httpx, requests and rich — about 0.4 CPU s. :func:`import_spacy` imports spaCy with a
  stand-in for ``spacy.cli.info`` whose ``info`` imports the real one when called, then takes the
  stand-in out of ``sys.modules``, so a later ``import spacy.cli`` gets the real package.
* ``spacy.load`` first builds a tokenizer from the language's defaults (thousands of special
  cases, the affix regexes compiled) and then replaces every part of it from the model's own
  ``tokenizer`` file. :func:`load_pipeline` builds an empty tokenizer instead, which the same file
  then fills (``Tokenizer.from_bytes`` resets every field before setting it). A model whose
  tokenizer file lacks a field would differ: it is checked, and such a model is loaded the usual way.
* catalogue's registry look-ups each filter all installed entry points: grouped once during the load.

And one piece of its run time: thinc multiplies the NER's matrices with ``blis``, whose wheel falls
back to its generic C kernels on CPUs it does not recognise (AMD Zen 4 among them): three times
slower than numpy's OpenBLAS on the NER's 288-wide layers. :func:`numpy_matmul` hands the layers
numpy's product once numpy's OpenBLAS is set to one thread (the analysis runs on one core: more
threads spin, costing CPU seconds rather than saving them).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_EMPTY_TOKENIZER = "breachdesk.empty_tokenizer.v1"
# OpenBLAS's thread-count calls, by the symbol prefixes and suffixes its builds use (numpy's wheels: scipy_openblas…64_)
_OPENBLAS_NAMES = [(f"{p}_set_num_threads{s}", f"{p}_get_num_threads{s}")
                   for p in ("scipy_openblas", "openblas") for s in ("64_", "_64_", "")]
# what Tokenizer.from_bytes reads from the model's tokenizer file: with all of them there, the
# tokenizer built first is fully replaced
_TOKENIZER_FIELDS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match", "exceptions",
                     "faster_heuristics")


def import_spacy() -> Any:
    """``import spacy``, without importing ``spacy.cli`` (see the module's docstring)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if "spacy.cli" in sys.modules or "spacy.cli.info" in sys.modules:
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []       # a package, to hold the submodule
    info_mod = types.ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real  # the stand-in is gone by then: the real command

        return real(*args, **kwargs)

    info_mod.info = info    # type: ignore[attr-defined]
    cli.info = info_mod     # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info_mod
    try:
        import spacy
    finally:
        for name, mod in (("spacy.cli", cli), ("spacy.cli.info", info_mod)):
            if sys.modules.get(name) is mod:
                del sys.modules[name]
    return spacy


def numpy_matmul(nlp: Any) -> bool:
    """Give the pipeline's layers numpy's matrix product instead of blis's, when numpy's OpenBLAS runs one thread.

    The same products, summed in another order by another library: a score may differ in its last
    bits, not enough to change an entity on any corpus (bench/accuracy.py, every prediction the same).
    Left to blis when numpy's BLAS is not an OpenBLAS this can set to one thread. Returns whether it switched.
    """
    if not one_blas_thread():
        return False
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return True


def one_blas_thread() -> bool:
    """numpy's OpenBLAS set to one thread for the process; False when no OpenBLAS of numpy's is found."""
    import numpy  # noqa: F401 - its BLAS is loaded with it

    done = False
    for path in _loaded_openblas():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for set_name, get_name in _OPENBLAS_NAMES:
            setter, getter = getattr(lib, set_name, None), getattr(lib, get_name, None)
            if setter is not None and getter is not None:
                setter(1)
                if getter() != 1:
                    return False
                done = True
                break
    return done


def _loaded_openblas() -> list[str]:
    """The OpenBLAS libraries mapped into this process (Linux's /proc/self/maps; none elsewhere)."""
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return []
    paths = {line.split(None, 5)[5] for line in maps.splitlines() if line.count(" ") >= 5 and "openblas" in line.lower()}
    return sorted(p for p in paths if ".so" in p)


def _register_empty_tokenizer(spacy: Any) -> None:
    if _EMPTY_TOKENIZER in spacy.util.registry.tokenizers:
        return

    @spacy.util.registry.tokenizers(_EMPTY_TOKENIZER)
    def empty_tokenizer() -> Any:
        from spacy.tokenizer import Tokenizer

        return lambda nlp: Tokenizer(nlp.vocab)


def _tokenizer_file_complete(name: str, spacy: Any) -> bool:
    """Whether the installed model's tokenizer file sets every field the default tokenizer would."""
    try:
        path = Path(spacy.util.get_package_path(name)) if spacy.util.is_package(name) else Path(name)
        if not (path / "config.cfg").exists():
            path = next((p.parent for p in path.glob("*/config.cfg")), path)
        data = spacy.util.srsly.msgpack_loads((path / "tokenizer").read_bytes())
    except (OSError, ValueError, ImportError, StopIteration):
        return False
    return isinstance(data, dict) and all(k in data for k in _TOKENIZER_FIELDS)


def load_pipeline(name: str, exclude: list[str]) -> Any:
    """``spacy.load(name, exclude=exclude)``; with an empty first tokenizer when the model's file fills all of it."""
    spacy = import_spacy()
    with _entry_points_by_group():
        if not _tokenizer_file_complete(name, spacy):
            return spacy.load(name, exclude=exclude)
        _register_empty_tokenizer(spacy)
        return spacy.load(name, exclude=exclude, config={"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}})


@contextlib.contextmanager
def _entry_points_by_group() -> Iterator[None]:
    """While the model loads, catalogue's entry points grouped once: each of its ~130 registry look-ups
    otherwise filters every installed package's entry points (``SelectableGroups.select``). catalogue
    reads a plain dict of group -> entry points the same way (its ``.get``); put back afterwards."""
    try:
        import catalogue
    except ImportError:
        yield
        return
    eps = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    groups = getattr(eps, "groups", None)
    if eps is None or not hasattr(eps, "select") or not isinstance(groups, (set, frozenset)):
        yield
        return
    catalogue.AVAILABLE_ENTRY_POINTS = {g: eps.select(group=g) for g in groups}
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = eps
