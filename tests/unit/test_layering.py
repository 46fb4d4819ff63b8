"""The dependency rules of DESIGN.md, checked on the source (an import-linter contract in a test)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# package -> top-level modules it must never import
FORBIDDEN = {
    "breachdesk": {"textual", "aiosmtpd", "tui"},
    "nlp": {"textual", "aiosmtpd", "ingest", "tui"},
    "ingest": {"textual", "tui"},
    "tui": {"aiosmtpd", "ingest"},
}
# the core's cli and demo wire everything together, by design
WIRING = {"breachdesk/cli.py", "breachdesk/cli_more.py", "breachdesk/demo.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_dependencies_point_one_way(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no sources under {package}/"
    bad = []
    for f in files:
        rel = f.relative_to(ROOT).as_posix()
        if rel in WIRING:
            continue
        hit = _imports(f) & FORBIDDEN[package]
        if hit:
            bad.append(f"{rel} imports {sorted(hit)}")
    assert not bad, bad
