from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SJIS_TEXT = "一、概要\n神奈川県は遼寧省と2018年5月8日にMOUを締結した。\n（一）分野\nライフサイエンス、ロボット産業、環境保護、公衆衛生の分野で交流する。\n"


def _run(*args: str, check_code: int | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          timeout=600, env=dict(os.environ))
    if check_code is not None:
        assert proc.returncode == check_code, proc.stderr
    return proc


def test_ingest_json_contract_with_bad_files(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "mou.txt").write_bytes(SJIS_TEXT.encode("cp932"))
    (docs / "empty.txt").write_text("", encoding="utf-8")
    (docs / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "slides.pptx").write_bytes(b"PK\x03\x04")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")

    first = _run("ingest", str(docs), "--json", check_code=0)
    data = json.loads(first.stdout.strip().splitlines()[-1])
    assert set(data) >= {"documents", "chunks", "embedded", "skipped", "seconds"}
    assert [(Path(d["path"]).name, d["status"]) for d in data["documents"]] == [("mou.txt", "added")]
    assert data["embedded"] == data["chunks"] > 0
    skipped = {Path(s["path"]).name: s["reason"] for s in data["skipped"]}
    assert set(skipped) == {"empty.txt", "noise.txt", "slides.pptx", "broken.pdf"}
    assert all(reason for reason in skipped.values())

    again = json.loads(_run("ingest", str(docs), "--json", check_code=0).stdout.strip().splitlines()[-1])
    assert again["embedded"] == 0
    assert [d["status"] for d in again["documents"]] == ["unchanged"]

    answer = json.loads(_run("ask", "MOUを締結したのはいつですか？", "--json", check_code=0).stdout)
    assert "2018年5月8日" in answer["answer"]
    assert answer["citations"][0]["doc"] == "mou.txt"
    assert answer["backend"] == "extractive"

    plain = _run("ask", "MOUを締結したのはいつですか？", check_code=0).stdout
    assert "出典:" in plain and "[1]" in plain


def test_ingest_exits_1_when_nothing_can_be_ingested(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    proc = _run("ingest", str(tmp_path / "empty.txt"), "--json", check_code=1)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert data["documents"] == [] and len(data["skipped"]) == 1


def test_ask_before_ingest_prints_a_japanese_error():
    proc = _run("ask", "遼寧省とは？", check_code=1)
    assert "索引がまだ作成されていません" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_history_file_is_a_japanese_error(tmp_path):
    proc = _run("ask", "遼寧省とは？", "--history", str(tmp_path / "nope.json"), check_code=1)
    assert "ファイルを読み書きできませんでした" in proc.stderr and "nope.json" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_eval_tables_reports_the_units_of_the_cells_it_found():
    # the held-out gold (repo files): every cell found, and of those with a unit, the unit the
    # record gives is reported beside recall and precision
    heldout = Path(__file__).resolve().parents[2] / "evals" / "heldout"
    out = _run("eval-tables", str(heldout / "tables.jsonl"), "--corpus", str(heldout / "docs"), check_code=0).stdout
    assert "recall=1.000 precision=1.000" in out
    assert "単位: 単位のある正解セル 142 件中 142 件が同じ単位" in out
