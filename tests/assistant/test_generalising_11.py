"""Answers grounded in the documents' structure, found on the eleventh session's sets (misses of
heldout9–11 and probe18 left from the tenth session): rows picked by a text cell the question
names, 「何社かで」 as no count, and 「いつからいつまで」 as a span."""

from __future__ import annotations

import pytest

from assistant.extractive import _PERIOD_VALUE, _answer_types, _nfkc
from structure_docs import answer_over, records_of, text_doc

MEMBERS = """海外県人会連携事業 実施報告書

○ 海外県人会の会員数 （令和６年10月１日現在、単位：人）
県人会\t所在国\t一世\t二世\t三世以降\t合計
ブラジル県人会\tブラジル\t120\t860\t1,540\t2,520
パラナ県人会\tブラジル\t35\t210\t395\t640
北米県人会\t米国\t22\t185\t263\t470
ハワイ県人会\t米国\t3\t96\t301\t400
ペルー県人会\tペルー\t48\t390\t712\t1,150
合計\t\t228\t1,741\t3,211\t5,180
"""

SCORES = """越境ＥＣ支援業務 企画提案募集要項

６ 審査の方法
○ 評価項目と配点
評価項目\t配点（点）\t審査方法
業務の目的と課題の理解\t15\t書類
出店支援と販売促進の企画\t30\t書類・プレゼン
実施体制と工程の妥当性\t15\t書類
越境ＥＣの支援実績\t15\t書類・プレゼン
見積額の妥当性\t10\t書類
合計\t85\t
"""


@pytest.fixture(scope="module")
def members():
    return records_of("members.txt", "海外県人会連携事業 実施報告書", MEMBERS)


def test_rows_whose_text_cell_the_question_names_are_summed(lookup, members):
    # 米国 is no row label and no column: it is the 所在国 of two rows, whose 二世 are added
    found = lookup.find("米国にある県人会の二世の会員は、合わせて何人ですか？", members)
    assert found is not None and found.computed
    assert [c.row for _, c in found.cells] == ["北米県人会", "ハワイ県人会"] and "281人" in found.statement


def test_a_word_held_by_every_row_or_by_one_row_picks_no_rows(lookup, members):
    from assistant.lookup import _rows_valued, read_intent

    record = next(r for r in members if r.kind == "table")
    scored = lookup.score(read_intent("二世の会員は合わせて何人"), [record])
    column = [s for s in scored if s.cell.column == "二世" and s.cell.row != "合計"]
    # ペルー is one row's (a row label answers it), 県人会 every row's: neither is a group of rows
    assert _rows_valued("ペルーにある県人会の二世は合わせて", record, column) == []
    assert _rows_valued("ブラジルと米国の県人会の二世は合わせて", record, column) == []
    assert {s.cell.row for s in _rows_valued("ブラジルにある県人会の二世は合わせて", record, column)} == {
        "ブラジル県人会", "パラナ県人会"}


def test_one_item_of_a_cell_that_lists_several_picks_its_rows(lookup):
    records = records_of("scores.txt", "越境ＥＣ支援業務 企画提案募集要項", SCORES)
    found = lookup.find("プレゼンテーションでも審査される項目の配点は、合わせて何点になりますか？", records)
    assert found is not None and found.computed and "45点" in found.statement
    assert [c.row for _, c in found.cells] == ["出店支援と販売促進の企画", "越境ＥＣの支援実績"]


JOINT = """越境ＥＣ支援業務 企画提案募集要項

７ 質問と回答
Ｑ１ 複数の事業者が共同で提案することはできますか。
Ａ できます。共同企業体の場合は、代表者が参加表明書を提出し、構成員の全てが参加資格を満たしてください。
Ｑ２ 提案できる件数に上限はありますか。
Ａ １者につき１件とします。
"""


def test_some_firms_is_no_count_asked():
    from corpus.chunking import Chunker
    from corpus.tables import extract_records

    # 「何社かで組んで」 asks who, not how many firms: the document's answer is quoted, no refusal
    assert _answer_types("何社かで組んで提案する場合、参加表明書は誰が出すのですか？") == []
    doc = text_doc("joint.txt", "越境ＥＣ支援業務 企画提案募集要項", JOINT)
    chunks = Chunker().chunk(doc)
    answer = answer_over("何社かで組んで提案する場合、参加表明書は誰が出すのですか？", chunks, extract_records(doc, chunks))
    assert not answer.refused and "代表者が参加表明書を提出し" in answer.text
    # a count asked is still one
    assert _answer_types("何社が参加しましたか？") != []


def test_from_when_until_when_asks_a_span():
    wanted = _answer_types("このアンケートは、いつからいつまで行われたのですか？")
    assert _PERIOD_VALUE in wanted
    # (units are matched in NFKC)
    assert _PERIOD_VALUE.search(_nfkc("調査期間：令和６年９月２日から10月４日"))
    assert _PERIOD_VALUE.search(_nfkc("会期：2024年９月10日（火）～13日（金）"))
    assert not _PERIOD_VALUE.search(_nfkc("調査方法：アンケート調査及び聞き取り（９月に実施）"))
