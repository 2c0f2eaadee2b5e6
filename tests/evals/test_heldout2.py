"""The second held-out document set (evals/heldout2/, 白鷺県) is reproducible and passes its checks.

Like tests/evals/test_heldout.py: the generator runs into a temporary directory and every
committed file must come out byte-identical, and a broken copy must be reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout_sets import copy_set, generated_files, load_generator

pytest.importorskip("reportlab")

REPO = Path(__file__).resolve().parents[2]
HELDOUT2 = REPO / "evals" / "heldout2"

mh = load_generator(HELDOUT2 / "make_heldout2.py")


def test_committed_files_pass_the_checks():
    assert mh.check_files(HELDOUT2) == []


def test_regenerating_gives_identical_bytes(tmp_path):
    assert mh.main(tmp_path) == 0
    committed, fresh = generated_files(HELDOUT2), generated_files(tmp_path)
    assert sorted(fresh) == sorted(committed)
    assert [name for name in committed if committed[name] != fresh[name]] == []


def test_counts():
    assert len(mh.read_jsonl(HELDOUT2 / "tables.jsonl")) == 168
    assert len(mh.read_jsonl(HELDOUT2 / "questions.jsonl")) == 40


def test_an_evidence_string_not_in_the_document_is_reported(tmp_path):
    copy_set(HELDOUT2, tmp_path)
    rows = mh.read_jsonl(tmp_path / "questions.jsonl")
    answerable = next(r for r in rows if r["evidence"])
    answerable["evidence"] = ["この文字列は文書にありません"]
    (tmp_path / "questions.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             encoding="utf-8")
    errors = mh.check(rows, mh.read_jsonl(tmp_path / "tables.jsonl"), mh.extract_pages(tmp_path / "docs"))
    assert any("この文字列は文書にありません" in e for e in errors)
