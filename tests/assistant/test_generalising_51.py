"""Answers grounded in the documents' structure, found on the fifty-first session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

LABEL_GRANT = """令和７年度 楓県はちみつ輸出促進補助金 募集要項

３ 補助対象経費、補助率及び上限額
○ 補助対象経費、補助率及び上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）
輸出用ラベルの作成\t50\t200
残留物質検査\t50\t300
海外見本市への出展\t50\t800
※１ 補助率と上限額は、申請１件当たりのものです。
※２ 「輸出用ラベルの作成」のうち、既に作成した輸出用ラベルの表示の一部を改める場合（改版）の上限額は、上表の額の２分の１とします。
※３ 本補助金を受けて出展したことのある見本市に再び出展する場合は、「海外見本市への出展」の上限額を２分の１とします。
"""


def test_a_grant_is_capped_at_the_cap_a_note_halves_in_the_askers_case():
    # 「以前作ったラベルの表示を一部だけ直したい」 is the note's 改版: 26万円 × 50% = 130千円, over 200 × 1/2
    first = _first(LABEL_GRANT, "以前作った台湾向けの輸出用ラベルの表示を一部だけ直したいそうです。費用は26万円の見込みです。"
                                "はちみつの輸出補助金はいくら出ますか？")
    assert "100千円" in first and "２分の１" in first


def test_a_new_label_keeps_the_tables_cap():
    first = _first(LABEL_GRANT, "台湾向けの輸出用ラベルを新しく作りたいそうです。費用は26万円の見込みです。はちみつの輸出補助金はいくら出ますか？")
    assert "130千円" in first and "２分の１" not in first


def test_a_case_of_doing_it_again_is_named_by_a_question_saying_it_was_done_before():
    # 本補助金 is 「この補助金」; 再び is said by 以前…同じ見本市
    again = _first(LABEL_GRANT, "以前この補助金を使って香港の見本市に出展した会社が、今年も同じ見本市に出展したいそうです。"
                                "経費は180万円の見込みです。補助金はいくらになりますか？")
    assert "400千円" in again
    first_time = _first(LABEL_GRANT, "この補助金を使って香港の見本市に出展したい会社があります。経費は180万円の見込みです。"
                                     "補助金はいくらになりますか？")
    assert "800千円" in first_time and "400千円" not in first_time


def test_a_sentence_goes_on_after_a_bracket_closing_on_its_own_full_stop():
    from corpus.text import split_sentences

    text = "「輸出事業者」とは、訪日外国人への店頭での販売（免税販売を含む。）だけの事業者は含まない。次の文。"
    assert split_sentences(text) == ["「輸出事業者」とは、訪日外国人への店頭での販売（免税販売を含む。）だけの事業者は含まない。", "次の文。"]
    assert "".join(split_sentences("「…とする。」と定める。")) == "「…とする。」と定める。"
    assert len(split_sentences("「…とする。」と定める。")) == 1


SURVEY = """令和６年度 楓県和傘製造業の輸出実態調査 報告書

１ 調査の概要
調査対象：県内の和傘の仕上げ事業者及び部品事業者 84者（全数）
調査方法：郵送によるアンケートと訪問による聞き取り
回答数：63者（回答率75.0％）

２ 回答事業者と輸出の状況
令和５年度に輸出を行った事業者は、回答事業者63者のうち23者（36.5％）であった。
"""


def test_a_closing_request_names_what_is_asked_over_the_sentence_before_it():
    first = _first(SURVEY, "和傘の輸出の実態調査には、どのくらいの事業者が答えたのでしょうか。回答率を教えてください。")
    assert "75.0" in first


PROTOTYPES = """令和７年度 楓県輸出向けパッケージデザイン相談 利用案内

３ コースの内容
（２）試作コース
内容：デザイン案に基づく試作品の製作
利用料金：試作品１点当たり8,000円（同じ年度の３点目からは１点当たり12,000円）

４ 利用の状況
令和６年度の利用件数は263件（デザイン診断145件、試作53件、多言語表示チェック65件）で、令和５年度の198件から増えました。利用した事業者は112者です。
○ 商品分野別・コース別の利用件数 （令和６年度）（単位：件）
商品分野\tデザイン診断\t試作\t多言語表示チェック\t計
菓子\t38\t14\t19\t71
調味料\t31\t12\t15\t58
水産加工品\t76\t27\t31\t134
合計\t145\t53\t65\t263
"""


def test_a_price_per_one_with_later_ones_priced_otherwise_in_the_same_line():
    answer = answer_over_text(PROTOTYPES, "今年度、パッケージデザイン相談で試作品を４点つくってもらいたいという会社があります。利用料金は合わせていくらになりますか？")
    assert "40,000円" in answer.text


CASES = """令和６年度 楓県和傘製造業の輸出実態調査 報告書

４ 事業者の事例
（１）蛇の目傘製造業Ｄ社（楓市）
主な製品：蛇の目傘、舞踊傘
主な輸出先：フランス、米国
海外向けの工夫：美術館の売店向けに、小ぶりで壁に飾れる寸法の傘を作った
（２）日傘製造業Ｅ社（葉浜市）
主な製品：絹張りの日傘
主な輸出先：シンガポール、台湾
海外向けの工夫：紫外線を防ぐ効果の試験結果を、英語と中国語で示している
（３）傘骨製造業Ｆ社（奥沢町）
主な製品：竹の傘骨とロクロ
主な輸出先：米国（和傘を作る現地の工房）
海外向けの工夫：骨を１本ずつ番号で管理し、現地で組み立てられる説明書を付けた
"""


def test_the_sibling_section_the_question_describes_answers_not_one_whose_asked_line_shares_a_word():
    # 工房 is in （３）'s 輸出先 line; 絹 and 日傘 are （２）'s own words
    answer = answer_over_text(CASES, "絹を張った日傘をつくっている工房の事例では、主にどこへ輸出していますか？")
    first = answer.text.splitlines()[0]
    assert "シンガポール" in first and "米国" not in answer.text


def test_what_a_thing_costs_is_not_a_grants_cap():
    # 「１回受けるといくらぐらいかかる」 asks a price the call never gives: not the 上限額 of its row
    answer = answer_over_text(LABEL_GRANT, "残留物質検査は、１回受けるといくらぐらいかかるものなのでしょうか？")
    assert "300千円" not in answer.text
    # a question that speaks of the grant is answered by the cap
    cap = _first(LABEL_GRANT, "残留物質検査にかかる費用の補助の上限額はいくらですか？")
    assert "300千円" in cap
