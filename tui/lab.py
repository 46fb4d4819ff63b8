"""The pattern lab's logic for the dashboard: it lives in :mod:`nlp.lab` (the guardian uses it too)."""

from nlp.lab import (
    CANDIDATE_PATTERN,
    Candidate,
    IncidentEffect,
    effect,
    problem,
    save,
    scan,
    split_words,
    toml_snippet,
)

__all__ = ["CANDIDATE_PATTERN", "Candidate", "IncidentEffect", "effect", "problem", "save", "scan",
           "split_words", "toml_snippet"]
