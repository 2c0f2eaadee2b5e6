from __future__ import annotations

from assistant.tables import Period, parse_periods, parse_table

ROBOT_TABLE = """○ 実証実験等の実施件数(累計)      令和７年３月 31日現在(件)
第２期 第３期
平成 30～
令和４年度
令和５年度 令和６年度 令和７年度 令和８年度 令和９年度
目標値 200 60 120 180 240 300
実績値 289 55 142 - - -"""

EVALUATION_TABLE = (
    "■ 目標に向けた取組の進捗に関する評価\n"
    "\t\t当初(平成29年度)\t平成30年度\t令和元年度\t令和2年度\t令和3年度\t令和4年度\n"
    "評価指標(1)\t数値目標(1) 特区関連事業の就業者 の増加数 1,500人 (累計)\t目標値 200人\t500人\t200人\t100人\t110人\t\n"
    "\t\t実績値 842人\t312人\t136人\t-18人\t\n"
    "\t寄与度(※): 100(%)\t進捗度(%) 421%\t62%\t68%\t-\t"
)


def test_periods_keep_a_range_as_one_column():
    assert parse_periods("平成 30～\n令和４年度 令和５年度 令和６年度") == [
        Period("平成30～令和4年度", 2018, 2022, True),
        Period("令和5年度", 2023, 2023, True),
        Period("令和6年度", 2024, 2024, True),
    ]


def test_robot_table_cells_align_with_fiscal_years():
    table = parse_table(ROBOT_TABLE)
    assert table is not None
    assert [p.label for p in table.periods] == [
        "平成30～令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度",
    ]
    target, actual = table.rows
    fy2024 = next(p for p in table.periods if p.covers(2024))
    assert (table.value(target, fy2024), table.value(actual, fy2024)) == ("120", "142")
    assert table.value(actual, table.periods[3]) == "-"
    assert actual.line == "実績値 289 55 142 - - -"


def test_evaluation_table_with_tabs_and_units():
    table = parse_table(EVALUATION_TABLE)
    assert table is not None
    assert [r.label for r in table.rows] == ["目標値", "実績値", "進捗度"]
    first = table.periods[0]
    assert (first.first, first.last) == (2017, 2017)
    assert table.value(table.rows[1], first) == "842人"
    # 令和3年度 has a target but no actual yet
    fy2021 = next(p for p in table.periods if p.covers(2021))
    assert table.value(table.rows[0], fy2021) == "110人"
    assert table.value(table.rows[1], fy2021) is None


def test_prose_is_not_a_table():
    assert parse_table("神奈川県と遼寧省は、1983年に友好提携を締結した。") is None
