"""What the product starts never depends on the current folder.

From a checkout, ``python -m breachdesk`` would import the source tree in the current folder
(which has no ``breachdesk.defaults``) instead of the installed package. The demo starts its
daemon with ``-P``, which keeps the current folder off ``sys.path`` and is inherited by the
worker the daemon spawns. Here a decoy ``breachdesk`` package in the current folder stands
in for the checkout.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from breachdesk import __version__
from breachdesk.demo import daemon_command


@pytest.fixture
def decoy(tmp_path: Path) -> Path:
    pkg = tmp_path / "breachdesk"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("raise ImportError('the decoy in the current folder was imported')\n")
    (pkg / "__main__.py").write_text("")
    return tmp_path


def test_daemon_command_ignores_the_current_folder(decoy: Path) -> None:
    out = subprocess.run([*daemon_command(), "--version"], cwd=decoy, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"breachdesk {__version__}"


def test_without_it_the_decoy_would_win(decoy: Path) -> None:
    cmd = [c for c in daemon_command() if c != "-P"]
    out = subprocess.run([*cmd, "--version"], cwd=decoy, capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and "decoy in the current folder" in out.stderr


def test_spawned_children_inherit_it(decoy: Path) -> None:
    code = ("import multiprocessing as mp, sys\n"
            "def where(q):\n"
            "    import breachdesk.settings\n"
            "    q.put(breachdesk.settings.__file__)\n"
            "if __name__ == '__main__':\n"
            "    ctx = mp.get_context('spawn'); q = ctx.Queue()\n"
            "    p = ctx.Process(target=where, args=(q,)); p.start(); print(q.get(timeout=60)); p.join()\n")
    script = decoy / "spawn_check.py"
    script.write_text(code)
    python = daemon_command()[0]
    out = subprocess.run([python, "-P", str(script)], cwd=decoy, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not out.stdout.strip().startswith(str(decoy))
