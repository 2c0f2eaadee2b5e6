"""Answers grounded in the documents' structure, found on the twelfth session's sets: a total
label that carries its unit (計（トン）) and a multiple over two year rows."""

from __future__ import annotations

import pytest

from assistant.lookup import is_total
from corpus.records import Cell
from structure_docs import records_of


def _cell(row: str, column: str | None) -> Cell:
    return Cell(row=row, column=column, value="1", number=1, unit=None, fiscal_year=None, fiscal_year_range=None,
                start=0, end=1, line=1, page=None, source=f"{row} 1")

CARGO = """空港 国際航空貨物利用促進計画

２ 現状と課題
○ 国際航空貨物取扱量の推移
年度\t輸出（トン）\t輸入（トン）\t計（トン）
令和２年度\t620\t410\t1,030
令和３年度\t780\t450\t1,230
令和４年度\t1,140\t620\t1,760
令和５年度\t1,580\t890\t2,470
令和６年度\t2,130\t1,280\t3,410
"""


@pytest.fixture(scope="module")
def cargo():
    return records_of("cargo.txt", "空港 国際航空貨物利用促進計画", CARGO)


@pytest.mark.parametrize("label", ["計（トン）", "合計(人)", "総計（件）", "合計"])
def test_a_total_label_may_carry_its_unit(label):
    assert is_total(_cell(label, "件数"))
    assert is_total(_cell("令和６年度", label))


@pytest.mark.parametrize("label", ["会計（件）", "計画（件）", "輸出（トン）"])
def test_a_label_that_only_holds_a_total_word_is_no_total(label):
    assert not is_total(_cell(label, None))


def test_a_multiple_over_two_year_rows_divides_the_total_column(lookup, cargo):
    # the question names no column of 輸出・輸入・計: the total is the 取扱量; two year rows named are
    # the two ends of a multiple, not two rows whose difference is asked
    found = lookup.find("国際貨物の取扱量は、令和２年度から令和６年度までに何倍になりましたか？", cargo)
    assert found is not None and found.computed
    assert "3.3倍" in found.statement and "差" not in found.statement
    assert {c.column for _, c in found.cells} == {"計（トン）"}


def test_a_difference_of_two_year_rows_reads_the_total_column(lookup, cargo):
    found = lookup.find("国際貨物の取扱量は、令和２年度から令和６年度までにどれだけ増えましたか？", cargo)
    assert found is not None and found.computed
    assert "2,380トン" in found.statement
