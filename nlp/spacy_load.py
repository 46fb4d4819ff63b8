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
"""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_EMPTY_TOKENIZER = "breachdesk.empty_tokenizer.v1"
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
