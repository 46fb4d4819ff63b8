"""Every package in the tree is in the wheel.

``pyproject.toml`` lists its packages by name. An editable install finds a package left off
the list anyway, so tests pass, while ``pip install .`` — the README's first command —
installs a product that fails at its first import of it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOP = ("breachdesk", "ingest", "nlp", "tui")


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for top in TOP for init in (ROOT / top).rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    mapped = set(config["tool"]["setuptools"].get("package-dir", {}))
    assert listed - found - mapped == set(), "listed but not in the tree"


def test_the_pdf_fonts_and_their_licence_are_package_data() -> None:
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["breachdesk"]
    files = [p.relative_to(ROOT / "breachdesk").as_posix() for p in (ROOT / "breachdesk" / "fonts").iterdir()]
    assert {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE"} <= set(files)
    assert all(any(fnmatch(f, g) for g in globs) for f in files), "add breachdesk/fonts to package-data"
