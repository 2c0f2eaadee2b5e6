"""Answers grounded in the documents' structure, found on the forty-ninth session's sets."""

from __future__ import annotations

import pytest

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

FIRMS = """令和６年度 楓県漆器製造業の輸出実態調査 報告書

７ 回答事業者の状況
○ 業種別の回答事業者 （令和６年度）
業種\t事業者数（社）\t平均の従業者数（人）\t代表者の平均年齢（歳）
木地製造業\t12\t8\t61.5
塗装業\t20\t5\t66.0
"""


@pytest.mark.parametrize("question", ["筆の職人の平均年齢は何歳くらいですか？",
                                      # (fiftieth session: asked by how much, not by its counter)
                                      "提灯や和ろうそくの職人の平均年齢はどのくらいですか？"])
def test_an_age_asked_is_read_only_from_a_cell_in_years_of_age(question):
    # 「職人の平均年齢は何歳」: the per cent of firms naming 職人の高齢化と後継者の不足 is no age
    from assistant.lookup import looks_like, read_intent
    from corpus.records import Cell

    def cell(row, column, value, number, unit):
        return Cell(row=row, column=column, value=value, number=number, unit=unit, fiscal_year=None,
                    fiscal_year_range=None, start=0, end=1, line=1, page=None, source=value)

    wants = read_intent(question).wants
    assert not looks_like(cell("職人の高齢化と後継者の不足", "全体", "43.7", 43.7, "%"), wants)
    assert looks_like(cell("塗装業", "代表者の平均年齢（歳）", "66.0", 66.0, "歳"), wants)


def test_an_age_printed_in_a_column_of_years_of_age_answers():
    first = _first(FIRMS, "塗装業の代表者は平均で何歳ですか？")
    assert "66.0" in first


RESULTS = """令和７年度 楓県産海苔輸出促進事業費補助金交付要綱

（参考３）交付実績
○ 交付実績の推移
年度\t交付件数（件）\t交付額（千円）\t県産海苔の輸出量（トン）
令和４年度\t８\t6,120\t42
令和５年度\t９\t7,050\t47
令和６年度\t11\t8,340\t55
※ 輸出量は、県内の加工業者から聞き取った県産海苔の輸出量の合計です。
"""

BY_COUNTRY = """令和７年度 楓県産海苔輸出促進事業費補助金交付要綱

（参考３）交付実績
○ 輸出先別の輸出量 （令和６年度、単位：トン）
輸出先\t輸出量
台湾\t21
米国\t18
タイ\t16
"""


def test_a_breakdown_asked_by_country_needs_figures_by_country():
    # 「輸出先の国別に教えてください」: the table gives the exports by year only
    answer = answer_over_text(RESULTS, "県産海苔の輸出量を、輸出先の国別に教えてください。")
    assert answer.refused and "国別" in answer.text


def test_a_breakdown_asked_by_country_is_given_by_a_table_of_countries():
    answer = answer_over_text(BY_COUNTRY, "県産海苔の輸出量を、輸出先の国別に教えてください。")
    assert not answer.refused and "台湾" in answer.text


PAYMENT = """令和７年度 楓県産味噌輸出促進事業費補助金交付要綱

（補助対象外経費）
第５条 次に掲げる経費は、補助の対象としない。
一 交付決定の日より前に発注し、又は支払った経費
二 補助事業者の従業員の人件費

（参考２）手続の流れ
① 交付申請書の提出
② 交付決定の通知
③ 補助事業の実施
④ 実績報告書の提出（事業の完了から30日以内）
⑤ 補助金の額の確定と支払
"""


def test_a_grant_received_in_advance_needs_the_document_to_speak_of_advance_payment():
    # 「前払いで受け取れますか」: the guideline pays after the 実績報告 and says nothing of paying in
    # advance; 第５条 (costs paid before the 交付決定) is of the applicant's own paying, no answer
    answer = answer_over_text(PAYMENT, "味噌の輸出補助金は、事業を始める前に前払いで受け取ることはできますか？")
    assert answer.refused and "前払い" in answer.text


def test_an_advance_payment_the_document_writes_is_answered():
    text = PAYMENT + "※ 補助事業の実施に必要と認めるときは、補助金の一部を概算払により交付することができる。\n"
    answer = answer_over_text(text, "味噌の輸出補助金は、事業を始める前に前払いで受け取ることはできますか？")
    assert not answer.refused


CASES = """令和７年度 楓県産海苔輸出拡大支援補助金 募集要項

６ 活用事例
（１）焼海苔製造業Ａ社（潮見町）
輸出先：米国（検査強化市場）
活用した経費：残留農薬と重金属の検査
交付額：58万円
（２）味付海苔製造業Ｂ社（汐凪町）
輸出先：マレーシア（その他の市場）
活用した経費：ハラール認証の取得
交付額：45万円
（３）海苔加工・卸売業Ｃ社（磯辺町）
輸出先：台湾（その他の市場）
活用した経費：台北で開かれた食品見本市への出展
交付額：60万円
"""


def test_a_grant_asked_by_its_name_is_the_amount_granted_of_the_case():
    # 「補助金はいくら交付されましたか」: the line 交付額 gives the grant, though it does not say 補助金
    answer = answer_over_text(CASES, "ハラール認証を取った活用事例では、補助金はいくら交付されましたか？")
    assert not answer.refused and "45万円" in answer.text.split("\n")[0]


EXPORTS = """令和６年度 楓県鋳物・鉄器製造業の輸出実態調査 報告書

４ 輸出先別の状況
○ 輸出先別の輸出額 （単位：百万円）
輸出先\t令和４年度\t令和５年度\t増減
米国\t351\t402\t51
中国\t259\t236\t▲23
台湾\t190\t218\t28
ドイツ\t112\t146\t34
合計\t912\t1,002\t90
"""


def test_the_row_that_grew_most_is_asked_though_the_table_prints_each_change():
    # 「最も増えた輸出先はどこ」: every row's change compared (米国 51), not the 合計 row's printed 増減
    first = _first(EXPORTS, "2022年度から2023年度にかけて、金額で見て輸出額が最も増えた輸出先はどこですか？")
    assert "米国" in first and "90" not in first



CLINIC = """令和７年度 楓県輸出価格算定クリニック 利用案内

３ 料金
○ 相談の種類別の料金 （令和７年度）
相談の種類\t県内中小企業（円）\tその他の事業者（円）
基本相談（１コマ）\t2,000\t4,000
現地小売価格の試算（１コマ）\t5,000\t10,000
※１ 「県内中小企業」は、県内に事業所を有する中小企業者をいい、それ以外の利用者には「その他の事業者」の欄を適用します。
※２ 小規模企業者（常時使用する従業員の数が20人（商業又はサービス業は５人）以下の県内中小企業）の料金は、「県内中小企業」の欄の料金の半額とします。
"""


def test_a_class_glossed_by_its_bound_in_a_note_is_read_with_its_exception():
    # the note's case is one class glossed in brackets (its 又は inside them splits no alternative):
    # an 8-person maker is within 20人, an 8-person shop is not within the 5人 of 商業
    question = "従業員８人の県内の{}が、輸出先の店頭での売値の試算を１コマ頼むと、料金はいくらですか？"
    maker = answer_over_text(CLINIC, question.format("雑貨メーカー")).text
    assert "2,500円" in maker
    shop = answer_over_text(CLINIC, question.format("雑貨店")).text
    assert "2,500円" not in shop and "5,000円" in shop.split("\n")[0]
