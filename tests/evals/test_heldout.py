"""The held-out document set in evals/heldout/ is reproducible and passes its own checks.

The generator is run into a temporary directory and every committed file must come out
byte-identical (reportlab `invariant=True`, the docx re-zipped with fixed timestamps), so the
committed documents, their extracted text and the gold files can never drift apart. The
checks are also run on a deliberately broken copy to show they can fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout_sets import copy_set, generated_files, load_generator

pytest.importorskip("reportlab")
pytest.importorskip("docx")

REPO = Path(__file__).resolve().parents[2]
HELDOUT = REPO / "evals" / "heldout"

mh = load_generator(HELDOUT / "make_heldout.py")


def _rewrite_jsonl(path: Path, edit) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    edit(rows)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


class TestCommittedSet:
    def test_committed_files_pass_the_checks(self):
        assert mh.check_files(HELDOUT) == []

    def test_regenerating_gives_identical_bytes(self, tmp_path):
        assert mh.main(tmp_path) == 0
        committed, fresh = generated_files(HELDOUT), generated_files(tmp_path)
        assert sorted(fresh) == sorted(committed)
        changed = [name for name in committed if committed[name] != fresh[name]]
        assert changed == []

    def test_documents_are_the_only_files_in_docs(self):
        assert sorted(p.name for p in (HELDOUT / "docs").iterdir()) == [
            "sakuragawa_grant.docx", "sakuragawa_mou_profile.pdf", "sakuragawa_zone_eval.pdf",
        ]

    def test_counts(self):
        gold = mh.read_jsonl(HELDOUT / "tables.jsonl")
        questions = mh.read_jsonl(HELDOUT / "questions.jsonl")
        assert len(gold) == 166
        assert len(questions) == 35
        assert sum(bool(q.get("computed")) for q in questions) == 5
        split = sorted({g["page"] for g in gold if g["table"] == "特区内の食品関連産業の推移"})
        assert split == [2, 3]


@pytest.fixture(scope="module")
def pages():
    return mh.extract_pages(HELDOUT / "docs")


def _check_copy(out: Path, pages) -> list[str]:
    return mh.check(mh.read_jsonl(out / "questions.jsonl"), mh.read_jsonl(out / "tables.jsonl"), pages)


class TestChecksCatchErrors:
    """Each broken copy must be reported, or the checks above prove nothing."""

    def test_a_wrong_gold_value(self, tmp_path, pages):
        out = copy_set(HELDOUT, tmp_path)

        def edit(rows):
            cell = next(r for r in rows if r["row"] == "県費" and r["column"] == "令和６年度")
            cell["value"], cell["number"] = "356", 356

        _rewrite_jsonl(out / "tables.jsonl", edit)
        errors = _check_copy(out, pages)
        assert any("'356' not on page 3" in e for e in errors)
        assert any(e.endswith(": value '356' != '355', number 356 != 355") for e in errors)

    def test_a_total_that_does_not_add_up(self, tmp_path, pages):
        out = copy_set(HELDOUT, tmp_path)

        def edit(rows):
            cell = next(r for r in rows if r["table"] == "特区の支援措置の活用件数" and r["row"] == "合計"
                        and r["column"] == "令和５年度")
            cell["number"] = 33

        _rewrite_jsonl(out / "tables.jsonl", edit)
        errors = _check_copy(out, pages)
        assert "特区の支援措置の活用件数: 合計 of 令和５年度 is 33, rows add up to 32" in errors

    def test_an_evidence_string_not_in_the_document(self, tmp_path, pages):
        out = copy_set(HELDOUT, tmp_path)

        def edit(rows):
            rows[0]["evidence"] = ["MOU締結日 令和元年11月13日"]

        _rewrite_jsonl(out / "questions.jsonl", edit)
        errors = _check_copy(out, pages)
        assert "h01: evidence not in text: MOU締結日 令和元年11月13日" in errors
        assert "h01: answer '11月12日' is in no evidence string" in errors

    def test_a_stale_text_file(self, tmp_path):
        out = copy_set(HELDOUT, tmp_path)
        stale = out / "text" / "sakuragawa_zone_eval.pdf.pypdf.txt"
        stale.write_text(stale.read_text(encoding="utf-8").replace("10,794", "10,795"), encoding="utf-8")
        errors = mh.check_files(out)
        assert "text/sakuragawa_zone_eval.pdf.pypdf.txt differs from the text extracted from sakuragawa_zone_eval.pdf" in errors


@pytest.mark.parametrize(
    ("label", "year", "period"),
    [
        ("令和６年度", 2024, None),
        ("令和元年度", 2019, None),
        ("平成27年度", 2015, None),
        ("第１期実績（平成30～令和４年度）", None, [2018, 2022]),
        ("第２期目標（令和５～９年度）", None, [2023, 2027]),
        ("5年間（令和５～９年度）累計", None, [2023, 2027]),
        ("当該年度", None, None),
    ],
)
def test_fiscal_year_labels(label, year, period):
    assert (mh.fiscal_year(label), mh.fiscal_year_range(label)) == (year, period)
