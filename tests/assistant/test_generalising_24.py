"""Answers grounded in the documents' structure, found on the twenty-fourth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


SURVEY = """サプライチェーンの脱炭素化に関する調査

２ 調査の結果
○ 海外の取引先からの要請
要請元を国・地域別に見ると、欧州が延べ73社で最も多く、国別では米国とドイツが多い。
調査対象：県内に本社を置き、製品を海外へ輸出している県内企業 740社
回答企業：HACCPの認証を持つ企業 120社を含む 410社
"""


def test_an_acronym_no_document_writes_is_a_thing_they_do_not_speak_of():
    # CBAM is written nowhere: the 73社 of 欧州 are firms asked by European partners, not the firms
    # whose products the measure covers
    answer = _over(SURVEY, "欧州の国境炭素調整措置（CBAM）の対象になる製品を輸出している県内企業は何社ありますか？")
    assert answer.refused and "CBAM" in answer.text


def test_an_acronym_the_document_writes_is_asked_of_it():
    line = _first(SURVEY, "HACCPの認証を持つ回答企業は何社ですか？")
    assert "120社" in line


REPORT = """令和６年度 やさしい日本語普及事業 実施報告書

１ 事業の概要
実施期間：令和６年４月から令和７年３月まで
事業費：860万円
受託者：日本語教育推進協会

２ 研修の実施状況
市町村職員向けの研修を12回開き、延べ410人が受講した。
"""


def test_cost_said_plainly_asks_for_the_amount_a_cost_label_gives():
    # 費用 is money said plainly, as お金 is: the kind of value asked, which 事業費 is
    line = _first(REPORT, "2024年度のやさしい日本語の普及事業には、どれだけの費用をかけましたか？")
    assert line.startswith("事業費は860万円です")


SHIPMENTS = """共同倉庫 利用状況

○ 品目別の出荷実績 （令和６年度）
品目\t出荷件数（件）\t出荷量（パレット）\t出荷額（万円）
菓子\t112\t40\t1,200
調味料\t86\t44\t1,100
水産加工品\t64\t41\t1,560
柚加工品\t95\t33\t1,140
食品計\t357\t158\t5,000
酒類\t60\t30\t1,300
雑貨\t39\t16\t540
酒類・非食品計\t99\t46\t1,840
合計\t456\t204\t6,840
"""


def test_a_share_of_a_named_subtotal_is_of_that_subtotal_and_a_label_is_named_with_an_inserted_no():
    # 「食品の出荷額のうち」 names 食品計 by what it adds up, and 「柚の加工品」 the row 柚加工品: 1,140 ÷
    # 5,000, not 食品計 ÷ 合計 nor 柚加工品 ÷ 合計
    line = _first(SHIPMENTS, "令和６年度の食品の出荷額のうち、柚の加工品は何％を占めていますか？")
    assert "22.8" in line and "1,140" in line and "5,000" in line


def test_a_row_outside_the_named_subtotal_is_shared_of_the_total():
    from assistant.lookup import _subtotal_of

    assert _subtotal_of("酒類・非食品計") == "酒類・非食品"
    # 雑貨 is not one of the rows 食品計 adds up: its share is of 合計
    line = _first(SHIPMENTS, "令和６年度の出荷額のうち、雑貨は全体の何％でしたか？")
    assert "7.9" in line and "6,840" in line


FUND = """中小企業海外展開支援ファンド 年次報告書

１ ファンドの概要
設立：令和３年（2021年）７月１日
出資総額：30億円

２ 投資の実行状況
○ 年度別の投資の実行状況
年度\t投資件数（件）\t新規投資額（百万円）\t追加投資額（百万円）\t計（百万円）
令和３年度\t４\t210\t０\t210
令和４年度\t７\t385\t40\t425
令和５年度\t６\t342\t95\t437
令和６年度\t５\t298\t160\t458
"""


def test_a_sum_from_the_start_to_a_year_adds_every_year_up_to_it():
    # 「設立から令和６年度まで」: 令和３年度 (the table's first year) to 令和６年度, not 令和６年度 alone
    line = _first(FUND, "設立から令和６年度までの追加投資を全部合わせると、いくらになりますか？")
    assert "295" in line and "40" in line


FEES = """共同倉庫 利用のご案内

○ 共同倉庫の保管料 （単位：円、１パレット・１か月当たり）
区分\t台北倉庫\tシンガポール倉庫\t香港倉庫
常温\t3,600\t4,200\t4,800
冷蔵\t5,400\t6,300\t7,000
冷凍\t6,000\t7,200\t7,800

（２）シンガポール倉庫
保管能力：120パレット
入出庫料：１パレット当たり1,500円
"""


def test_a_unit_declared_with_what_it_is_per_is_the_cells_unit():
    from structure_docs import records_of

    cells = [c for r in records_of("doc.txt", "共同倉庫 利用のご案内", FEES) if r.kind == "table" for c in r.cells]
    assert cells and {c.unit for c in cells} == {"円"}
    # an amount asked, so the fee table answers, not a line of another fee
    line = _first(FEES, "香港の倉庫に冷蔵品を１パレット、１か月預けると、保管料はいくらですか？")
    assert "7,000円" in line


GUIDELINE = """海外アフターサービス体制構築支援補助金交付要綱

（補助率及び上限額）
第５条 補助金の額は、別表のとおりとする。

○ 補助対象経費ごとの補助率及び上限額 （令和７年度）
補助対象経費\t補助率（％）中小企業者\t補助率（％）小規模企業者\t上限額（万円）
技術者の海外派遣費\t50\t70\t250
遠隔保守システムの導入費\t40\t75\t200
※２ この補助金の交付を初めて受ける者（共同申請の場合は、代表者）は、各経費の補助率に10ポイントを加算する。ただし、加算後の補助率は80％を超えないものとする。
"""


def test_points_a_note_adds_to_a_rate_in_the_case_the_question_names():
    answer = _over(GUIDELINE, "初めてこの補助金を申請する中小企業者です。遠隔保守システムの導入費の補助率は何％ですか？").text
    assert "10ポイントが加算され、50%" in answer
    # (capped at the rate the note allows: 75 + 10 reaches 80)
    answer = _over(GUIDELINE, "初めてこの補助金を申請する小規模企業者です。遠隔保守システムの導入費の補助率は何％ですか？").text
    assert "80%となります" in answer and "85%、上限80%" in answer


def test_no_points_are_added_when_the_question_does_not_name_the_case():
    answer = _over(GUIDELINE, "この補助金で、中小企業者の遠隔保守システムの導入費の補助率は何％ですか？").text
    assert "40%" in answer and "加算され" not in answer


def test_newly_says_when_not_which_line():
    # 新た (「新たに投資を受けられるのは」) is written by no label: the line 投資期間 answers until when
    fund = FUND.replace("出資総額：30億円", "出資総額：30億円\n投資期間：設立から５年間（令和８年６月30日まで）")
    line = _first(fund, "このファンドから新たに投資を受けられるのは、いつまでですか？")
    assert line.startswith("投資期間は設立から５年間（令和８年６月30日まで）です")


STEPS = """海外アフターサービス体制構築支援補助金交付要綱

（手続の流れ）
第７条 補助金の交付の手続は、次の順に行う。
① 事前相談（随時）
② 交付申請（令和７年５月７日から６月20日まで）
③ 審査（書類審査及び面談。令和７年７月）
④ 交付決定（令和７年８月）
"""


def test_a_score_asked_needs_a_mark_in_points():
    # the steps say there is a review, not the mark that passes it
    answer = _over(STEPS, "交付申請の審査では、何点以上取れば採択されますか？")
    assert answer.refused
    scored = STEPS + "⑤ 審査の結果は、100点満点で60点以上を採択とする。\n"
    assert "60点" in _over(scored, "交付申請の審査では、何点以上取れば採択されますか？").text


DESK = """法務相談デスク 活動報告書

１ デスクの概要
相談料：無料
この報告書において「相談件数」とは、デスクが相談を受けた回数をいい、同じ企業から同じ案件について複数回の相談を受けた場合も、それぞれ１件と数える。

２ 相談の状況
○ 相談内容別の相談件数 （令和６年度）
相談内容\t件数（件）\t構成比（％）
契約書の作成・確認\t146\t30.0
代金の回収・支払\t88\t18.1
"""


def test_how_a_figure_is_counted_is_the_rule_the_text_states():
    # a rule of counting, not a row of the figures it counted
    line = _first(DESK, "同じ会社が同じ契約の件で３回相談した場合、デスクの相談件数はどう数えられますか？")
    assert "それぞれ１件と数える" in line and "146" not in line


def test_a_count_of_bases_asks_no_score():
    from assistant.extractive import _answer_types

    assert not any("点" in p.pattern for p in _answer_types("大連市の日系企業の拠点数は世界で何番目の規模ですか？"))
    assert any("点" in p.pattern for p in _answer_types("点数がいくら以上ないと選ばれないのですか？"))


def test_an_amount_of_things_asked_is_no_price():
    # 「どれくらいの量を保管できますか」: the line in パレット (a counter in katakana), not a fee in 円
    line = _first(FEES, "シンガポールの倉庫には、最大でどれくらいの量を保管できますか？")
    assert line.startswith("シンガポール倉庫の保管能力は120パレット")


def test_a_detail_ending_on_its_okurigana_is_asked_of_the_document():
    # 利回り is written nowhere in the fund's report: its overview does not answer
    answer = _over(FUND, "このファンドの運用成績、たとえば利回りはどのくらいですか？")
    assert answer.refused and "利回り" in answer.text
    held = FUND.replace("出資総額：30億円", "出資総額：30億円\n利回り：年3.2％（令和６年度）")
    assert "3.2" in _over(held, "このファンドの運用成績、たとえば利回りはどのくらいですか？").text


def test_the_deed_an_amount_is_of_must_be_written():
    # the fees are written, 補償 is not: no fee answers how much insurance pays
    answer = _over(FEES, "共同倉庫に預けた商品が破損した場合、保険でいくらまで補償されますか？")
    assert answer.refused and "補償" in answer.text


def test_an_amount_spent_is_asked_in_the_asker_s_words():
    # 支出 is written nowhere, but an amount spent is no cap of a deed: the grants' row answers
    line = _first(CALL_TABLE, "令和５年度には、この補助金で県からいくら支出されましたか？")
    assert "1,012万円" in line


CALL_TABLE = """海外拠点設立支援補助金 募集要項

○ 交付実績の推移
年度\t交付件数（件）\t交付額（万円）
令和４年度\t12\t760
令和５年度\t17\t1,012
"""
