"""The editor's copy of a letter: private, and gone afterwards without touching anything it links to."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from breachdesk.editor import edit_text, editor_command, private_root, shred_tree
from breachdesk.errors import BadRequest


def test_the_editor_is_visual_then_editor_then_vi(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    assert editor_command() == ["vi"]
    monkeypatch.setenv("EDITOR", "nano -R")
    assert editor_command() == ["nano", "-R"]
    monkeypatch.setenv("VISUAL", "'/opt/my editor/code' --wait")
    assert editor_command() == ["/opt/my editor/code", "--wait"]
    monkeypatch.setenv("VISUAL", "unbalanced 'quote")
    with pytest.raises(BadRequest, match="cannot be read as a command line"):
        editor_command()


def test_a_private_runtime_dir_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert private_root() == str(runtime)
    runtime.chmod(0o755)                                   # readable by others: not private
    assert private_root() != str(runtime)


def test_shredding_removes_the_tree_and_follows_no_link(tmp_path: Path) -> None:
    outside = tmp_path / "keep.txt"
    outside.write_text("not the editor's")
    folder = tmp_path / "edit"
    (folder / "sub").mkdir(parents=True)
    (folder / "letter.txt").write_text("Dear Peter Rabbit")
    (folder / "sub" / ".letter.txt.swp").write_bytes(b"\x00swap Peter Rabbit")
    os.symlink(outside, folder / "link.txt")
    shred_tree(folder)
    assert not folder.exists() and outside.read_text() == "not the editor's"


def test_the_edited_text_comes_back_and_the_copy_does_not_stay(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "ed.py"
    script.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[-1])\n"
                      "pathlib.Path(sys.argv[-2]).write_text(str(p))\np.write_text(p.read_text().upper())\n")
    seen = tmp_path / "seen"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script} {seen}")
    assert edit_text("dear sir,\n", name="../../escape.txt") == "DEAR SIR,\n"
    copy = Path(seen.read_text())
    assert copy.name == "escape.txt" and copy.parent.name.startswith("breachdesk-edit-") and not copy.parent.exists()
    script.write_text("import sys, pathlib\npathlib.Path(sys.argv[-1]).write_bytes(b'\\xff\\xfe')\n")
    with pytest.raises(BadRequest, match="not UTF-8"):
        edit_text("x")
