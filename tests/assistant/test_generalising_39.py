"""Answers grounded in the documents' structure, found on the thirty-ninth session's sets."""

from __future__ import annotations

from structure_docs import first_line_over as _first

from assistant.lookup import read_intent
from index.tokenizer import get_tokenizer

CONSULTING = """楓原県ビザ・招へい相談サービス 利用案内

１ サービスの概要
海外への出張や海外からの招へいに必要な査証（ビザ）の手続について、専門の相談員が助言します。

２ 利用の状況
令和６年度の相談件数は322件（出張182件、招へい140件）で、前年度の265件から57件増えました。

○ 国・地域別の相談件数 （令和６年度）
国・地域\t出張（件）\t招へい（件）\t計（件）
中国\t52\t30\t82
ベトナム\t31\t44\t75
インド\t38\t12\t50
タイ\t61\t54\t115
"""


def test_a_named_row_adds_the_columns_named_not_a_sentence_of_every_country():
    # 「出張と招へいを合わせて」 names two columns; 「インド」 the row they are added along: not the
    # sentence that gives 出張 and 招へい for every country together (182 + 140)
    line = _first(CONSULTING, "令和６年度のインド関係の相談は、出張と招へいを合わせて何件でしたか？")
    assert "50件" in line and "322" not in line


AUDIT = """楓原県サプライチェーン監査支援事業 実施報告書

１ 事業の概要
県内企業の海外の調達先について、専門機関による社会監査を実施した。

２ 監査の結果
○ 監査項目別の是正事項と改善の状況 （令和６年度）
監査項目\t指摘件数（件）\t改善を確認（件）\t改善率（％）
労働時間\t19\t8\t42.1
賃金の支払\t7\t5\t71.4
安全衛生\t15\t11\t73.3
環境管理\t10\t9\t90.0
"""


def test_a_share_over_several_named_rows_adds_each_column_over_them():
    # the rows named together are pooled: (8 + 5 + 11) ÷ (19 + 7 + 15), not the first row's 42.1
    line = _first(AUDIT, "労働時間、賃金の支払、安全衛生をまとめると、指摘された是正事項のうち改善が確認できたのは何％ですか？")
    assert "58.5%" in line and "24件" in line and "41件" in line
    # (one row named: its own share)
    assert "42.1" in _first(AUDIT, "労働時間について、指摘された是正事項のうち改善が確認できたのは何％ですか？")


QUARANTINE = """楓原県農産物輸出検疫実態調査 報告書

１ 調査の概要
県内の生産者と輸出事業者に、輸出先国の植物検疫への対応を尋ねた。

２ 調査の結果
○ 品目別の回答者と輸出検疫の状況 （令和６年度）
品目\t回答者数（者）\t検疫が必要な輸出あり（者）\t割合（％）
果実\t48\t41\t85.4
野菜\t37\t22\t59.5
水産物\t30\t12\t40.0
花き\t21\t15\t71.4
"""


def test_goods_named_in_everyday_words_are_read_as_the_row_of_their_kind():
    # 果物 is the row 果実, 魚や海産物 the row 水産物: the words of the trade's statistics
    assert "85.4" in _first(QUARANTINE, "果物を主に輸出している回答者のうち、検疫が必要な輸出をしているのは何％ですか？")
    assert "40.0" in _first(QUARANTINE, "魚や海産物を輸出している回答者のうち、検疫が必要な輸出をしているのは何％ですか？")


RECALLS = """楓原県輸出製品リコール実態調査 報告書

１ 調査の概要
県内の製造業者に、令和元年度から令和５年度までの５年間の輸出製品のリコールを尋ねた。

２ 輸出とリコールの状況
回答企業612社のうち輸出企業は295社で、このうちリコール経験企業は50社であった。

○ 業種別の輸出企業とリコールの状況
業種\t回答企業数（社）\t輸出企業数（社）\tリコール経験企業（社）\tリコール件数（件）
食料品\t84\t41\t9\t14
電気機器\t70\t52\t12\t22
一般機械\t95\t60\t11\t15

○ 輸出先別のリコール件数
輸出先\t令和４年度（件）\t令和５年度（件）\t増減（件）
米国\t10\t12\t2
欧州\t8\t9\t1
アジア\t5\t5\t0
合計\t23\t26\t3

○ リコールの原因（複数回答） （単位：％）
原因\t全体\t食品・飲料等\t工業製品
部品・材料の不具合\t34.0\t0.0\t45.9
表示の不備\t30.0\t84.6\t10.8
設計上の誤り\t20.0\t0.0\t27.0
"""


def test_a_clause_on_the_firms_counted_names_the_column_that_runs_its_nouns_together():
    # 「輸出している企業」 is the column 輸出企業数, 「リコールを経験した企業」 リコール経験企業: 9 ÷ 41
    line = _first(RECALLS, "食料品の会社では、輸出している企業のうち、リコールを経験した企業の割合はどのくらいですか？")
    assert "22.0%" in line


def test_a_percentage_change_of_the_total_is_a_change_not_a_sum():
    # 「合計」 names the total row here; 「何％増えましたか」 asks its change: (26 − 23) ÷ 23
    line = _first(RECALLS, "2022年度から2023年度にかけて、リコール件数の合計は何％増えましたか？")
    assert "13.0%" in line and "49件" not in line


def test_firms_whose_cause_was_named_are_counted_by_the_table_of_causes():
    # 「…が原因だった企業の割合」 asks a figure of the table of causes, not why
    assert "45.9" in _first(RECALLS, "工業製品のメーカーで、部品や材料の不具合が原因だった企業の割合はどのくらいですか？")


def test_firms_in_something_no_document_writes_are_not_counted():
    # 「保険に入っている企業」: no document writes 保険, so no figure of it
    line = _first(RECALLS, "リコールに備えて保険に入っている企業はどのくらいありますか？")
    assert "保険" in line and "記載が見当たりません" in line


MATCHING = """楓原県海外ブランドＯＥＭマッチング 利用案内

１ サービスの概要
県内の製造業者と、製造を委託したい海外ブランドを引き合わせます。

２ 支援の内容
（１）ブランドへの紹介
内容：登録企業の情報をブランドに紹介します
（２）商談の支援
内容：オンライン商談の日程調整と通訳の手配
利用の上限：１ブランドにつき３回まで

３ 実績
○ ブランドの国・地域別の紹介と成約 （令和６年度）
国・地域\t紹介件数（件）\t商談件数（件）\t成約件数（件）
米国\t60\t22\t6
フランス\t48\t19\t5
韓国\t35\t12\t4
合計\t143\t53\t15
"""


def test_a_limit_asked_is_the_line_of_the_cap_not_a_count_of_what_was_done():
    line = _first(MATCHING, "海外ブランドとのオンライン商談を手伝ってもらえるのは、何回までですか？")
    assert "３回まで" in line and "53" not in line


def test_an_amount_asked_how_much_wants_money_not_a_count():
    # 「成約した契約の金額は…どのくらい」: money; a count of deals (15件) is no amount
    words = get_tokenizer().content_words
    assert read_intent("このサービスで成約した契約の金額は、合計でどのくらいになっていますか？", words).wants == ["money"]
    assert "15件" not in _first(MATCHING, "令和６年度にこのサービスで成約した契約の金額は、合計でどのくらいになっていますか？")
    # (how much, of a count or of an area, stays a quantity)
    assert "quantity" in read_intent("令和６年度の成約は、合計でどのくらいになっていますか？", words).wants
    assert "quantity" in read_intent("倉庫の面積と賃料はどのくらいですか？", words).wants
    assert "15件" in _first(MATCHING, "令和６年度の成約は、合計でどのくらいになっていますか？")


def test_a_counter_in_thousands_is_the_unit_not_the_counter_alone():
    from corpus.records import unit_from_label

    # 千点 was no unit, and 万件 read as 件: a figure 10,000 times too small
    assert unit_from_label("処理数量（千点）") == "千点"
    assert unit_from_label("取扱件数（万件）") == "万件"
    assert unit_from_label("来場者数（千人）") == "千人" and unit_from_label("申請件数（件）") == "件"


CERTIFICATES = """楓原県輸出証明書 発行の手引

１ 証明書の種類
（１）産地証明書
内容：輸出する産品が県内で生産されたことを証明します
標準処理日数：２日
（２）放射性物質検査証明書
内容：輸出先国が求める検査の結果を証明します
標準処理日数：５日
"""


def test_a_state_no_document_writes_is_not_answered_by_a_length_it_gives():
    # 「何か月有効」: no document writes 有効; the days a certificate takes to issue are no validity
    line = _first(CERTIFICATES, "県が発行した産地証明書は、発行してから何か月有効ですか？")
    assert "有効" in line and "記載が見当たりません" in line


def test_the_days_taken_are_a_figure_its_label_says_are_days_taken():
    # 「何日かかりますか」 asks a span; 「標準処理日数：２日」 is one though it writes no 以内 or 程度
    assert "２日" in _first(CERTIFICATES, "産地証明書は、発行まで何日かかりますか？")
    assert "５日" in _first(CERTIFICATES, "放射性物質検査証明書は、申請してからどのくらいで発行されますか？")



FEES = """楓原県海外ブランドマッチング 利用案内

１ 利用料金
○ メニュー別の利用料金 （令和７年度）
メニュー\t県内中小企業（円）\tその他の事業者（円）
企業情報の登録（年額）\t6,000\t12,000
技術資料の英訳（１件）\t8,000\t－
契約書の専門家確認（１回）\t10,000\t－
※１ 「県内中小企業」は、県内に工場又は事業所を有する中小企業基本法に定める中小企業者をいい、それ以外の利用者には「その他の事業者」の欄を適用します。
※２ 表中「－」のメニューは、県内中小企業に限り利用できます。
"""


def test_a_dash_told_as_only_for_others_says_no_of_a_row_named_in_other_words():
    # the row named in the asker's words (契約書を専門家に確認), the asker no 県内中小企業: the dash
    # of その他の事業者, which the note says is only for 県内中小企業: no
    line = _first(FEES, "県内に工場がある大企業が、ブランドとの契約書を専門家に確認してもらいたいそうです。利用できますか？")
    assert line.startswith("いいえ") and "県内中小企業に限り" in line
