"""The fault drills of benchmarks/drills.py at a small size: every fault held, nothing lost.

Timings are reported by the drills, never asserted here.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _drills():
    spec = importlib.util.spec_from_file_location("drills", REPO / "benchmarks" / "drills.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["drills"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


drills = _drills()


@pytest.mark.parametrize("name", list(drills.DRILLS))
def test_drill_holds_and_loses_nothing(name, capsys):
    if name in ("chroma", "concurrent") and not ((Path(sys.executable).parent / "chroma").exists() or shutil.which("chroma")):
        pytest.skip("the chroma CLI is not installed")
    rows = drills.run([name], small=True)
    with capsys.disabled():
        print("\n" + drills.table(rows))
    assert rows, "the drill produced no result"
    failed = [(r.fault, r.observed) for r in rows if not r.ok]
    assert failed == []
    assert all(r.lost == "nothing" for r in rows)


def test_kill_points_match_the_ingest_hooks():
    from index.ingest import CRASH_POINTS

    assert drills.KILL_POINTS == CRASH_POINTS
    source = (REPO / "index" / "ingest.py").read_text(encoding="utf-8")
    assert all(f'_crash_point("{p}")' in source for p in CRASH_POINTS)
