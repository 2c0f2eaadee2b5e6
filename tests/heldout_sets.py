"""Setup shared by tests/evals/test_heldout.py and tests/evals/test_heldout_pdf_sets.py: load a held-out
set's generator script as a module, read the files it generates, copy a committed set."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

GENERATED = ["tables.jsonl", "questions.jsonl", "docs", "text"]


def load_generator(path: Path):
    """The generator script at `path` as a module named after the file (make_heldout, …)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def generated_files(root: Path) -> dict[str, bytes]:
    """Every generated file under `root` (relative path -> bytes)."""
    out = {}
    for name in GENERATED:
        path = root / name
        for f in sorted(path.rglob("*") if path.is_dir() else [path]):
            if f.is_file():
                out[str(f.relative_to(root))] = f.read_bytes()
    return out


def copy_set(src: Path, dst: Path) -> Path:
    """Copy the generated files of the set in `src` into `dst`; return `dst`."""
    for name in GENERATED:
        if (src / name).is_dir():
            shutil.copytree(src / name, dst / name)
        else:
            shutil.copy2(src / name, dst / name)
    return dst
