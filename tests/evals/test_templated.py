"""Questions generated from gold table cells (evals.templated)."""

from __future__ import annotations

import json

from evals.templated import main

DOC = "報告書\n○ 導入施設数(累計)\n区分 令和５年度 令和６年度\n目標値 100 200\n実績値 21 250\n"
GOLD = [
    {"id": "t1", "doc": "r.txt", "table": "導入施設数(累計)", "row": "目標値", "column": "令和５年度", "fiscal_year": 2023,
     "fiscal_year_range": None, "value": "100", "line": 4},
    {"id": "t2", "doc": "r.txt", "table": "導入施設数(累計)", "row": "実績値", "column": "令和６年度", "fiscal_year": 2024,
     "fiscal_year_range": None, "value": "250", "line": 5},
    {"id": "t3", "doc": "r.txt", "table": "導入施設数(累計)", "row": "実績値", "column": "令和５年度", "fiscal_year": 2023,
     "fiscal_year_range": None, "value": "21", "line": 5},
]


def test_one_question_per_cell_with_its_value_and_line_and_asked_facts_skipped(tmp_path):
    (tmp_path / "r.txt").write_text(DOC, encoding="utf-8")
    gold = tmp_path / "tables.jsonl"
    gold.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in GOLD), encoding="utf-8")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x001", "doc": "r.txt", "answer": ["21"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "templated.jsonl"
    assert main([str(gold), "--corpus", str(tmp_path), "--out", str(out), "--exclude", str(other)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["g001", "g002"]
    assert records[0]["question"] == "導入施設数(累計)の令和５年度の目標値はいくつですか？"
    assert records[1]["question"] == "導入施設数(累計)の2024年度の実績値はいくつですか？"  # every other year in Western form
    assert [r["answer"] for r in records] == [["100"], ["250"]]
    assert [r["evidence"] for r in records] == [["目標値 100 200"], ["実績値 21 250"]]
