"""Answers grounded in the documents' structure, found on the sixteenth session's sets: rows
grouped under a label spanning them are asked by their group, and a label written without the
okurigana the question writes (買物代 for 買い物) is still named."""

from __future__ import annotations

import pytest

from structure_docs import records_of

SURVEY = """クルーズ船旅客消費動向調査 結果報告書

３ 回答者の国籍・地域
○ 国籍・地域別の回答者数と消費額 （令和６年度）
地域\t国籍・地域\t回答者数（人）\tうちツアー参加者（人）\t１人当たり消費額（円）
アジア\t台湾\t412\t188\t24,850
\t香港\t186\t71\t29,420
北米\t米国\t157\t118\t18,640
\tカナダ\t41\t30\t16,920
その他\t\t39\t21\t17,560
合計\t\t835\t428\t22,000

４ 費目別の消費額
○ 費目別の１人当たり消費額 （単位：円）
費目\t全体\tツアー参加者\t個人行動客
飲食費\t6,270\t4,820\t7,960
買物代\t12,306\t11,350\t13,420
交通費\t2,304\t960\t3,870
合計\t24,158\t20,640\t28,256
"""


@pytest.fixture(scope="module")
def survey():
    return records_of("survey.txt", "クルーズ船旅客消費動向調査 結果報告書", SURVEY)


def test_a_group_of_rows_asked_by_its_spanning_label_sums_its_rows(lookup, survey):
    found = lookup.find("北米の回答者数は合わせて何人ですか？", survey)
    assert found is not None and not found.refused and found.computed
    assert sorted(cell.row for _, cell in found.cells) == ["カナダ", "米国"]
    assert "198" in found.statement


def test_a_row_of_the_group_keeps_its_own_label(lookup, survey):
    found = lookup.find("香港の乗客の回答者数は何人でしたか？", survey)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("香港", "186")


@pytest.mark.parametrize("question, value", [
    ("ツアー参加者の買い物代はいくらですか？", "11,350"),
    ("個人行動客は買い物にいくら使いましたか？", "13,420"),
])
def test_a_label_without_okurigana_is_named_by_the_question_that_writes_it(lookup, survey, question, value):
    found = lookup.find(question, survey)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("買物代", value)
