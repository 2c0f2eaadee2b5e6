"""The one table-line model (corpus.rows) that cleaning and chunking share."""

import pytest

from corpus.rows import is_table_line, is_table_row, line_cells, table_line_kind


@pytest.mark.parametrize(
    "line, kind",
    [
        ("目標値 25 ６ 12 18 24 30", "row"),
        ("実績値 842人\t312人\t136人\t-18人", "row"),
        ("区分\t令和５年度\t令和６年度", "row"),
        ("合計\t100", "row"),
        ("電話番号\t099-012-3456（直通）", "cells"),  # a label-value pair of a two-column form
        ("| 区分 | 累計額 |", "row"),
        ("80件", "cells"),
        ("(２件)", "cells"),
        ("令和４年度", "cells"),
        ("区分 令和６年度", "cells"),
        ("区  分 人  数", "cells"),
        ("一、全体的な要求", None),
        ("神奈川県と遼寧省は、1983年に友好提携を締結して以来、経済、観光、", None),
        # a numbered list item with a date in brackets is prose, whatever its figures
        ("46 インフラ点検ロボット「Float Arm」【令和５年 10月】", None),
        ("大竜頭山まで、南は廟山まで、北は渤海までとなる。大連新空港から 15", None),
    ],
)
def test_table_line_kind(line, kind):
    assert table_line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    ["目標値 25 ６ 12", "ＮＥＸＴ 53件 17件 23件 11件", "電話番号\t099-012-3456", "80件", "区  分 人  数", "ア 取組", ""],
)
def test_every_row_is_a_table_line(line):
    # cleaning protects every line the chunker reads as a row: the two stages cannot disagree
    assert not is_table_row(line) or is_table_line(line)


def test_line_cells_split_on_spaces_ideographic_spaces_and_tabs():
    assert line_cells(" 実績値 842人\u3000312人\t136人 ") == ["実績値", "842人", "312人", "136人"]
