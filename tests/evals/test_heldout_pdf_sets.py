"""The generated held-out PDF sets (evals/heldout2/ 白鷺県, evals/heldout3/ 翠峰県, evals/heldout4/
朝霧県, evals/heldout5/ 夕凪県,
evals/heldout6/ 月影県, evals/heldout7/ 星見県, evals/heldout8/ 雲雀県, evals/heldout9/ 紫雲県,
evals/heldout10/ 琥珀県, evals/heldout11/ 瑠璃県, evals/heldout12/ 翡翠県, evals/heldout13/ 萌黄県,
evals/heldout14/ 茜県, evals/heldout15/ 山吹県, evals/heldout16/ 藤紫県, evals/heldout17/ 浅葱県,
evals/heldout18/ 群青県, evals/heldout19/ 東雲県, evals/heldout20/ 常磐県, evals/heldout21/ 千草県,
evals/heldout22/ 花菱県, evals/heldout23/ 撫子県, evals/heldout24/ 桔梗県, evals/heldout25/ 菖蒲県, evals/heldout26/ 楓県, evals/heldout27/ 柊県,
evals/heldout28/ 萩県, evals/heldout29/ 杏県, evals/heldout30/ 槙県, evals/heldout31/ 椿県,
evals/heldout32/ 榊県, evals/heldout33/ 梓県,
evals/heldout34/ 樫県, evals/heldout35/ 桐県,
evals/heldout36/ 楠県, evals/heldout37/ 榎県,
evals/heldout38/ 栂県, evals/heldout39/ 欅県,
evals/heldout40/ 柘県, evals/heldout41/ 椋県,
evals/heldout42/ 樺県, evals/heldout43/ 柚県,
evals/heldout44/ 檜県, evals/heldout45/ 楢県,
evals/heldout46/ 柳県,
evals/heldout47/ 栗県, evals/heldout48/ 桃県,
evals/heldout49/ 梅県, evals/heldout50/ 桑県, evals/heldout51/ 椎県, evals/heldout52/ 柿県,
evals/heldout53/ 杉県, evals/heldout54/ 柏県,
evals/heldout55/ 楡県, evals/heldout56/ 桂県,
evals/heldout57/ 橘県, evals/heldout58/ 榧県,
evals/heldout59/ 槐県, evals/heldout60/ 楮県,
evals/heldout61/ 榛県, evals/heldout62/ 椚県,
evals/heldout63/ 樅県, evals/heldout64/ 椛県,
evals/heldout65/ 栃県, evals/heldout66/ 桧県,
evals/heldout67/ 椴県, evals/heldout68/ 楪県,
evals/heldout69/ 梢県, evals/heldout70/ 樗県,
evals/heldout71/ 棗県, evals/heldout72/ 樟県,
evals/heldout73/ 椹県, evals/heldout74/ 楸県,
evals/heldout75/ 樒県, evals/heldout76/ 榁県) are reproducible and pass
their checks.

Like tests/evals/test_heldout.py: each generator runs into a temporary directory and every
committed file must come out byte-identical, and a broken copy must be reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout_sets import copy_set, generated_files, load_generator

pytest.importorskip("reportlab")

REPO = Path(__file__).resolve().parents[2]
# (directory, generator, gold cells, questions)
SETS = [("heldout2", "make_heldout2.py", 168, 40), ("heldout3", "make_heldout3.py", 123, 40),
        ("heldout4", "make_heldout4.py", 144, 40), ("heldout5", "make_heldout5.py", 115, 40),
        ("heldout6", "make_heldout6.py", 138, 40), ("heldout7", "make_heldout7.py", 131, 40),
        ("heldout8", "make_heldout8.py", 151, 40), ("heldout9", "make_heldout9.py", 169, 40),
        ("heldout10", "make_heldout10.py", 145, 40), ("heldout11", "make_heldout11.py", 151, 40),
        ("heldout12", "make_heldout12.py", 145, 40), ("heldout13", "make_heldout13.py", 159, 40),
        ("heldout14", "make_heldout14.py", 148, 40), ("heldout15", "make_heldout15.py", 147, 40),
        ("heldout16", "make_heldout16.py", 138, 40), ("heldout17", "make_heldout17.py", 151, 40),
        ("heldout18", "make_heldout18.py", 158, 40), ("heldout19", "make_heldout19.py", 161, 40),
        ("heldout20", "make_heldout20.py", 161, 40), ("heldout21", "make_heldout21.py", 158, 40),
        ("heldout22", "make_heldout22.py", 165, 40), ("heldout23", "make_heldout23.py", 160, 40),
        ("heldout24", "make_heldout24.py", 162, 40), ("heldout25", "make_heldout25.py", 168, 40),
        ("heldout26", "make_heldout26.py", 176, 40), ("heldout27", "make_heldout27.py", 169, 40),
        ("heldout28", "make_heldout28.py", 158, 40), ("heldout29", "make_heldout29.py", 169, 40),
        ("heldout30", "make_heldout30.py", 177, 40), ("heldout31", "make_heldout31.py", 173, 40),
        ("heldout32", "make_heldout32.py", 165, 40), ("heldout33", "make_heldout33.py", 164, 40),
        ("heldout34", "make_heldout34.py", 165, 40), ("heldout35", "make_heldout35.py", 186, 40),
        ("heldout36", "make_heldout36.py", 168, 40), ("heldout37", "make_heldout37.py", 199, 40),
        ("heldout38", "make_heldout38.py", 195, 40), ("heldout39", "make_heldout39.py", 200, 40),
        ("heldout40", "make_heldout40.py", 208, 40), ("heldout41", "make_heldout41.py", 190, 40),
        ("heldout42", "make_heldout42.py", 207, 40), ("heldout43", "make_heldout43.py", 181, 40),
        ("heldout44", "make_heldout44.py", 216, 40), ("heldout45", "make_heldout45.py", 186, 40),
        ("heldout46", "make_heldout46.py", 200, 40),
        ("heldout47", "make_heldout47.py", 227, 40), ("heldout48", "make_heldout48.py", 179, 40),
        ("heldout49", "make_heldout49.py", 206, 40), ("heldout50", "make_heldout50.py", 191, 40),
        ("heldout51", "make_heldout51.py", 195, 40), ("heldout52", "make_heldout52.py", 178, 40),
        ("heldout53", "make_heldout53.py", 183, 40), ("heldout54", "make_heldout54.py", 196, 40),
        ("heldout55", "make_heldout55.py", 199, 40), ("heldout56", "make_heldout56.py", 199, 40),
        ("heldout57", "make_heldout57.py", 187, 40), ("heldout58", "make_heldout58.py", 191, 40),
        ("heldout59", "make_heldout59.py", 230, 40), ("heldout60", "make_heldout60.py", 189, 40),
        ("heldout61", "make_heldout61.py", 179, 40),
        ("heldout62", "make_heldout62.py", 205, 40),
        ("heldout63", "make_heldout63.py", 216, 40),
        ("heldout64", "make_heldout64.py", 202, 40),
        ("heldout65", "make_heldout65.py", 249, 40),
        ("heldout66", "make_heldout66.py", 226, 40),
        ("heldout67", "make_heldout67.py", 180, 40),
        ("heldout68", "make_heldout68.py", 228, 40),
        ("heldout69", "make_heldout69.py", 205, 40),
        ("heldout70", "make_heldout70.py", 216, 40),
        ("heldout71", "make_heldout71.py", 190, 40),
        ("heldout72", "make_heldout72.py", 221, 40),
        ("heldout73", "make_heldout73.py", 214, 40),
        ("heldout74", "make_heldout74.py", 211, 40),
        ("heldout75", "make_heldout75.py", 222, 40),
        ("heldout76", "make_heldout76.py", 224, 40),
        ("heldout77", "make_heldout77.py", 213, 40),
        ("heldout78", "make_heldout78.py", 211, 40),
        ("heldout79", "make_heldout79.py", 194, 40),
        ("heldout80", "make_heldout80.py", 208, 40),
        ("heldout81", "make_heldout81.py", 205, 40),
        ("heldout82", "make_heldout82.py", 178, 40),
        ("heldout83", "make_heldout83.py", 170, 40),
        ("heldout84", "make_heldout84.py", 196, 40),
        ("heldout85", "make_heldout85.py", 178, 40),
        ("heldout86", "make_heldout86.py", 183, 40),
        ("heldout87", "make_heldout87.py", 244, 40),
        ("heldout88", "make_heldout88.py", 206, 40),
        ("heldout89", "make_heldout89.py", 207, 40),
        ("heldout90", "make_heldout90.py", 198, 40),
        ("heldout91", "make_heldout91.py", 183, 40),
        ("heldout92", "make_heldout92.py", 193, 40),
        ("heldout93", "make_heldout93.py", 188, 40),
        ("heldout94", "make_heldout94.py", 171, 40),
        ("heldout95", "make_heldout95.py", 167, 40),
        ("heldout96", "make_heldout96.py", 163, 40),
        ("heldout97", "make_heldout97.py", 155, 40),
        ("heldout98", "make_heldout98.py", 157, 40),
        ("heldout99", "make_heldout99.py", 160, 40),
        ("heldout100", "make_heldout100.py", 156, 40),
        ("heldout101", "make_heldout101.py", 161, 40),
        ("heldout102", "make_heldout102.py", 159, 40),
        ("heldout103", "make_heldout103.py", 163, 40),
        ("heldout104", "make_heldout104.py", 164, 40)]


@pytest.fixture(scope="module", params=SETS, ids=[s[0] for s in SETS])
def generated(request):
    name, script, cells, questions = request.param
    folder = REPO / "evals" / name
    return folder, load_generator(folder / script), cells, questions


def test_committed_files_pass_the_checks(generated):
    folder, mh, _, _ = generated
    assert mh.check_files(folder) == []


def test_regenerating_gives_identical_bytes(generated, tmp_path):
    folder, mh, _, _ = generated
    assert mh.main(tmp_path) == 0
    committed, fresh = generated_files(folder), generated_files(tmp_path)
    assert sorted(fresh) == sorted(committed)
    assert [name for name in committed if committed[name] != fresh[name]] == []


def test_counts(generated):
    folder, mh, cells, questions = generated
    assert len(mh.read_jsonl(folder / "tables.jsonl")) == cells
    assert len(mh.read_jsonl(folder / "questions.jsonl")) == questions


def test_an_evidence_string_not_in_the_document_is_reported(generated, tmp_path):
    folder, mh, _, _ = generated
    copy_set(folder, tmp_path)
    rows = mh.read_jsonl(tmp_path / "questions.jsonl")
    answerable = next(r for r in rows if r["evidence"])
    answerable["evidence"] = ["この文字列は文書にありません"]
    (tmp_path / "questions.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             encoding="utf-8")
    # (heldout9's generator names its question check check_questions)
    check = getattr(mh, "check", None) or mh.check_questions
    errors = check(rows, mh.read_jsonl(tmp_path / "tables.jsonl"), mh.extract_pages(tmp_path / "docs"))
    assert any("この文字列は文書にありません" in e for e in errors)
