"""Answers grounded in the documents' structure, found on the twelfth session's sets: a total
label that carries its unit (計（トン）) and a multiple over two year rows."""

from __future__ import annotations

import re

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


# --- the document's own word for a word of the question it never writes (assistant.wording) ------

BUYERS = """海外バイヤー招へい支援助成金交付要綱

（助成額）
第５条 助成金の額は、別表第１に定める助成限度額を限度とする。

別表第１
○ 海外バイヤーの数に応じた助成限度額
招へいする海外バイヤーの数\t助成限度額（万円）\t視察を行う場合の加算額（万円）
３人以上５人未満\t80\t10
５人以上10人未満\t150\t20
10人以上20人未満\t250\t30
20人以上\t400\t50

○ 助成の実績
（１）日本酒輸出商談会
開催期間：令和６年10月15日から17日まで
海外バイヤー数：12人（米国、台湾、シンガポール）
助成額：270万円
"""


def _wording(**docs: str):
    from assistant.wording import DocumentWording

    return DocumentWording(lambda doc_id: docs.get(doc_id, ""))


def test_a_noun_no_document_writes_is_read_as_the_lead_document_writes_it():
    wording = _wording(a="別表に定める助成限度額を限度とする。", b="融資の利率は年1.0%とする。")
    question, changes = wording.reword("助成の上限額はいくらですか？", ["a", "b"])
    assert question == "助成の限度額はいくらですか？"
    assert [(c.asked, c.written, c.doc_id) for c in changes] == [("上限額", "限度額", "a")]
    # (of two documents, the lead one's word; a word the other writes is its own)
    assert wording.reword("金利は何％ですか？", ["a", "b"])[0] == "利率は何％ですか？"


def test_a_word_a_document_writes_is_never_replaced():
    wording = _wording(a="助成限度額は別表のとおり。上限額を超える部分は自己負担とする。")
    assert wording.reword("助成の上限額はいくらですか？", ["a"]) == ("助成の上限額はいくらですか？", [])
    # (nor one no document has a synonym for)
    assert wording.reword("定休日はいつですか？", ["a"]) == ("定休日はいつですか？", [])


def test_a_band_table_answers_a_question_that_names_its_limit_in_other_words():
    from corpus.chunking import Chunker
    from structure_docs import answer_over, text_doc

    doc = text_doc("buyers.txt", "海外バイヤー招へい支援助成金交付要綱", BUYERS)
    chunks = Chunker().chunk(doc)
    records = records_of("buyers.txt", "海外バイヤー招へい支援助成金交付要綱", BUYERS)
    answer = answer_over("海外のバイヤーを７人招いて商談会を開く場合、助成の上限額はいくらですか？", chunks, records,
                         first="助成限度額")
    assert not answer.refused and "150万円" in answer.text.split("。")[0]
    assert answer.question == "海外のバイヤーを７人招いて商談会を開く場合、助成の上限額はいくらですか？"


# --- a grant worked out of a percentage rate and the cap of the kind the question names ---------

EC = """越境ＥＣ出店支援補助金のご案内

１ 補助金の概要
補助事業名：越境ＥＣ出店支援補助金
予算額：3,600万円
この案内において「越境ＥＣ」とは、インターネット上の販売サイトを通じて、海外の消費者に商品を直接販売することをいいます。また、「出店拡大」とは、既に越境ＥＣで販売している事業者が新たな国・地域向けの販売サイトに出店することをいい、越境ＥＣに初めて出店する場合を「新規出店」といいます。

２ 補助対象経費と補助率
○ 補助対象経費と補助率 （令和７年度）
経費区分\t補助率（％）\t補助上限額（万円）\t
経費区分\t補助率（％）\t新規出店\t出店拡大
出店料・モール利用料\t50\t30\t20
翻訳費\t50\t40\t25
商品ページ制作費\t50\t60\t40
"""


def test_the_three_forms_of_a_definition_are_read():
    from assistant.extractive import _definitions

    text = ("この案内において「越境ＥＣ」とは、インターネット上の販売サイトを通じて商品を直接販売することをいいます。"
            "越境ＥＣに初めて出店する場合を「新規出店」といいます。"
            "県外に本社を有する中小企業（以下「県外企業」という。）")
    found = {term: body for body, term in _definitions(text)}
    assert found["越境ＥＣ"].startswith("インターネット上の販売サイト")
    assert found["新規出店"] == "越境ＥＣに初めて出店する場合"
    assert found["県外企業"] == "県外に本社を有する中小企業"


def test_a_cost_given_is_granted_at_the_rate_up_to_the_cap_of_the_defined_kind():
    from corpus.chunking import Chunker
    from structure_docs import answer_over, text_doc

    doc = text_doc("ec.txt", "越境ＥＣ出店支援補助金のご案内", EC)
    chunks = Chunker().chunk(doc)
    records = records_of("ec.txt", "越境ＥＣ出店支援補助金のご案内", EC)
    # 「初めて出店する」 is the document's 「新規出店」, whose cap (40万円) bounds 100万円 × 50%
    answer = answer_over("越境ECに初めて出店する会社が、商品説明の翻訳に100万円かけた場合、補助金はいくら受け取れますか？",
                         chunks, records, first="補助対象経費と補助率")
    first = answer.text.split("。")[0] + answer.text.split("。")[1]
    assert "50%" in first and "40万円" in first and "出店拡大" not in answer.text.split("[")[0]
    assert "上限の40万円" in answer.text


def test_a_cap_asked_as_the_most_is_no_largest_row():
    from assistant.lookup import read_intent

    assert read_intent("商品ページを作る費用は最大いくらまで補助してもらえますか？").op is None
    assert read_intent("補助金は最大で何万円ですか？").op is None
    assert read_intent("売上高が最大の月はどれですか？").op == "max"


# --- a follow-up's carried subject names the table; the cell is what is asked now ---------------

ACTIVITY = """草の根技術協力事業 実施報告書

○ 年度別の活動実績
年度\t本邦研修の受入れ（人）\t専門家の派遣（人）\t現地セミナーの参加者（人）\t事業費（万円）
令和４年度\t６\t８\t85\t1,620
令和５年度\t８\t７\t132\t2,100
令和６年度\t８\t９\t176\t2,140
合計\t22\t24\t393\t5,860
"""

GRANTS = """補助事業の交付実績

○ 令和６年度 補助事業の交付実績
補助金\t件数\t交付額（万円）
中小企業モビリティ参入促進補助金\t27\t4,215
次世代モビリティ実証支援補助金\t12\t8,300
海外展開支援補助金\t94\t8,427
合計\t133\t20,942
"""


def test_a_carried_column_names_the_table_of_the_column_asked_now(lookup):
    records = records_of("activity.txt", "草の根技術協力事業 実施報告書", ACTIVITY)
    found = lookup.find("令和６年度に日本から現地へ派遣した専門家について、令和６年度の事業費はいくらでしたか？", records)
    assert found is not None and "2,140万円" in found.statement


def test_a_carried_row_stays_the_row_read(lookup):
    records = records_of("grants.txt", "補助事業の交付実績", GRANTS)
    found = lookup.find("中小企業モビリティ参入促進補助金について、2024年度は全部でいくら交付されたんですか？", records)
    assert found is not None and "4,215万円" in found.statement and "20,942" not in found.statement


def test_a_word_reworded_around_the_detail_asked_finds_no_record():
    from assistant.extractive import ExtractiveAnswerer
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult, _document_texts
    from assistant.types import Passage
    from assistant.wording import DocumentWording
    from corpus.chunking import Chunker
    from structure_docs import text_doc

    text = """スタートアップ支援事業の概要

１．事業の概要
事業期間：令和２年度～令和８年度

２．日程
募集開始：令和７年４月14日（月）
"""
    doc = text_doc("startup.txt", "スタートアップ支援事業の概要", text)
    chunks = Chunker().chunk(doc)
    records = records_of("startup.txt", "スタートアップ支援事業の概要", text)
    question = "スタートアップ支援事業は、何年度まで実施する予定ですか？"
    result = RetrievalResult([Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(chunks)], expand_query(question),
                             confidence=0.9, records=records, chunks={c.id: c for c in chunks},
                             wording=DocumentWording(_document_texts(chunks)))
    # 予定 is read as the document's 日程 (one synonym group), but 「実施する予定」 asks no 日程: the
    # 日程 line's 募集開始 is no answer
    assert result.wording.reword(question, ["startup.txt"])[0] != question
    found = ExtractiveAnswerer().find_record(question, result)
    assert found is None or "４月14日" not in found.statement


# --- an internship report: its subject, rows qualified by country, a bilingual survey header -----

INTERNS = """海外連携大学インターンシップ受入事業 実施報告書

１ 事業の概要
令和６年度は、連携大学の学生59人を受け入れた。学生は県内企業で４週間の研修を行い、学生の
満足度は高かった。受入企業からは、学生の意欲を評価する声が多く、来年度も学生を受け入れたい
との回答が多かった。

２ 受入れの状況
○ 連携大学別・受入企業の業種別の受入人数 （令和６年度、単位：人）
連携大学\t製造業\t情報通信業\t観光・サービス業\t計
ハノイ国際商科大学（ベトナム）\t３\t１\t４\t８
ダナン工業技術大学（ベトナム）\t４\t２\t０\t６
チェンマイ国際大学（タイ）\t２\t１\t３\t６
バンコク産業技術大学（タイ）\t３\t２\t０\t５
合計\t12\t６\t７\t25

３ アンケートの結果
○ インターンシップ生アンケートの結果 （回答者25人、単位：人）
項目\tとても満足\t満足\tやや不満\t不満
研修の内容\t14\t８\t２\t１
日本語学習の支援\t５\t９\t７\t４
"""


@pytest.fixture(scope="module")
def interns():
    return records_of("interns.txt", "海外連携大学インターンシップ受入事業 実施報告書", INTERNS)


@pytest.fixture(scope="module")
def report_lookup():
    from assistant.lookup import Lookup
    from index.tokenizer import get_tokenizer

    tokenizer = get_tokenizer()
    return Lookup(words=tokenizer.content_words, names=tokenizer.proper_nouns,
                  document_text=lambda doc_id: re.sub(r"\s+", "", INTERNS) if doc_id == "interns.txt" else "")


def test_the_documents_subject_need_not_be_on_the_cell(report_lookup, interns):
    question = "バンコク産業技術大学から来た学生のうち、製造業の会社で受け入れたのは何人ですか？"
    found = report_lookup.find(question, interns)
    assert found is not None and "３人" in found.statement


def test_rows_qualified_by_the_country_named_are_added(report_lookup, interns):
    found = report_lookup.find("タイの大学から受け入れた学生は、合わせて何人ですか？", interns)
    assert found is not None and found.computed
    assert {c.row for _, c in found.cells} == {"チェンマイ国際大学（タイ）", "バンコク産業技術大学（タイ）"}
    assert "11人" in found.statement


def test_the_largest_row_is_read_off_the_total_column(report_lookup, interns):
    found = report_lookup.find("受け入れた学生の数が最も多かった連携大学はどこですか？", interns)
    assert found is not None and found.computed
    assert "ハノイ国際商科大学（ベトナム）（８人）" in found.statement


def test_a_label_quoted_whole_is_that_label(report_lookup, interns):
    found = report_lookup.find("日本語学習の支援に「とても満足」と答えた学生は何人でしたか？", interns)
    assert found is not None and [c.column for _, c in found.cells][0] == "とても満足"
    assert "５人" in found.statement


def test_a_formal_noun_of_relation_is_no_detail(report_lookup, interns):
    found = report_lookup.find("観光やサービス関係の企業が受け入れたインターン生は全部で何人でしたか？", interns)
    assert found is not None and "７人" in found.statement


BUYER_RECORD = """海外バイヤー招へい支援助成金交付要綱

○ 助成実績の推移
年度\t交付件数（件）\t海外バイヤー数（人）\t商談件数（件）
令和２年度\t３\t14\t96
令和３年度\t５\t27\t188
令和４年度\t９\t61\t402
"""


def test_a_count_over_years_asked_as_nobe_is_a_sum(lookup):
    from assistant.lookup import read_intent

    records = records_of("buyer.txt", "海外バイヤー招へい支援助成金交付要綱", BUYER_RECORD)
    found = lookup.find("2020年度から2022年度までの海外バイヤー数は延べ何人ですか？", records)
    assert found is not None and found.computed and "102人" in found.statement
    # (the label 延べ宿泊者数 is no sum)
    assert read_intent("令和６年度の延べ宿泊者数は何人泊ですか？").op is None


def test_the_definition_the_question_says_most_of_names_its_term():
    from assistant.extractive import _definitions, defined_terms

    question = "すでに越境ECで販売している事業者が、別の国向けのサイトにも出店する場合、翻訳にかかる費用の補助上限はいくらですか？"
    # both bodies share words with the question (越境EC, 出店する, 場合); 出店拡大's the most
    assert defined_terms(question, [], _definitions(EC)) == ("出店拡大",)
    assert defined_terms("越境ECに初めて出店する会社の翻訳費の上限は？", [], _definitions(EC)) == ("新規出店",)



def test_that_month_is_the_month_the_conversation_spoke_of():
    from assistant.followup import rewrite_followup

    history = [{"role": "user", "content": "令和６年10月には、店に何人が来ましたか？"},
               {"role": "assistant", "content": "令和６年10月の来店者数は4,120人でした[1]。"}]
    standalone = rewrite_followup("その月の売上はいくらでしたか？", history)
    assert "令和6年10月の売上" in standalone and "その月" not in standalone
    # (from the reply when the question gave none)
    history = [{"role": "user", "content": "来店者数が一番多かったのは何月ですか？"},
               {"role": "assistant", "content": "12月で、5,860人でした[1]。"}]
    assert "12月の売上" in rewrite_followup("その月の売上はいくらでしたか？", history)


def test_a_noun_written_in_half_width_kana_is_reworded_too():
    wording = _wording(a="米国向けの輸出額は前年度より増えた。")
    # (the question's nouns are read in NFKC: ｱﾒﾘｶ is アメリカ, and the replacement must still land)
    question, changes = wording.reword("ｱﾒﾘｶ向けの輸出額は？", ["a"])
    assert [c.written for c in changes] == ["米国"] and question.startswith("米国向けの輸出額")
