"""Answers grounded in the documents' structure, found on the twenty-third session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


CALL = """海外クラウドファンディング活用支援補助金 募集要領

５ これまでの実績
○ 募集と交付の実績
年度\t申請件数（件）\t採択件数（件）\t交付額（万円）
令和５年度\t30\t18\t1,200
令和６年度\t38\t21\t1,512

○ 業種別の回答企業 （令和６年度）
業種\t回答企業数（社）\tうち輸出あり（社）
食料品\t40\t31
化学\t29\t21
"""


def test_firms_named_by_what_they_did_are_counted_by_its_count_in_ken():
    # 「申請した事業者」 are counted by 申請件数（件）; the share asked is 採択 ÷ 申請 of the year's row,
    # not a column of the table that counts firms in 社
    line = _first(CALL, "令和６年度は、申請した事業者のうち何パーセントが採択されたことになりますか？")
    assert "55.3" in line and "21" in line and "38" in line


def test_a_count_in_ken_of_another_deed_does_not_count_the_firms():
    from assistant.lookup import _FIRMS_BY_DEED

    assert [m.group(1) for m in _FIRMS_BY_DEED.finditer("申請した事業者のうち採択された企業は")] == ["申請", "採択"]
    assert not list(_FIRMS_BY_DEED.finditer("県内の事業者のうち"))


VISITS = """教育旅行 受入実績報告書

２ 受入の状況
○ 月別の受入状況 （令和６年度）
月\t受入団体数（団体）\t生徒・教員数（人）
１月\t３\t96
２月\t５\t158
３月\t４\t120
合計\t12\t374

３ 受入の事例
（１）台湾・台中市の高級中学
受入時期：令和６年７月
生徒・教員数：38人
"""


def test_a_month_of_a_calendar_year_summed_is_read_in_its_fiscal_year():
    # 2025年２月 is in 令和６年度 (the table's year) for a sum too (合わせて), and 先生 is the
    # column's 教員 in the document's words: not the card of one visit
    line = _first(VISITS, "2025年２月に県内に泊まった教育旅行の生徒と先生は、合わせて何人でしたか？")
    assert "158" in line and "38人" not in line


def test_a_month_asked_for_a_sum_keeps_its_fiscal_year():
    from assistant.lookup import read_intent

    intent = read_intent("2025年２月に県内に泊まった教育旅行の生徒と先生は、合わせて何人でしたか？")
    assert intent.op == "sum" and intent.years == {2024} and intent.months == {2}


def test_a_word_read_in_the_documents_terms_may_name_the_answers_column():
    from assistant.extractive import _reworded_into_answer
    from assistant.lookup import Found
    from assistant.wording import Rewording
    from structure_docs import records_of

    table = next(r for r in records_of("doc.txt", "教育旅行 受入実績報告書", VISITS) if r.kind == "table")
    cell = next(c for c in table.cells if c.row == "２月" and "生徒" in (c.column or ""))
    found = Found("", [(table, cell)])
    teacher = [Rewording(asked="先生", written="教員", doc_id="doc.txt")]
    # 先生 read as the document's 教員 names the column 生徒・教員数（人）, though no detail is asked
    assert _reworded_into_answer(teacher, "", found)
    # (a word read around the answer, not on it, does not: 日程 of 「実施する予定ですか」)
    assert not _reworded_into_answer([Rewording(asked="予定", written="日程", doc_id="doc.txt")], "", found)
