"""Answers grounded in the documents' structure, found on the thirty-seventh session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


RATES = """楓原県海外規格適合支援補助金 交付要綱

（定義）
第２条 この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。

（補助対象経費）
○ 補助対象経費ごとの補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t試験認証\t書類整備
認証機関への試験委託費\t50\t70\t2,000\t－
適合書類の作成に係る専門家謝金\t50\t70\t1,200\t600
適合書類・取扱説明書の翻訳費\t60\t80\t500\t300
※１ 「－」は、その区分では補助の対象とならないことを示す。
"""


def test_a_cost_given_before_any_case_word_and_a_firm_of_no_industry_said_get_the_grant():
    # 「2,500千円で…頼む場合」 gives the cost; 12 employees and no industry said: the main bound
    # (20) makes the firm a 小規模企業者 (70 %), and the answer says it assumed away 商業・サービス業
    answer = _over(RATES, "従業員12人の会社が、試験認証のために認証機関への試験委託費を2,500千円で外部の機関に頼む場合、補助金はいくらになりますか？")
    first, second = answer.text.splitlines()[:2]
    assert "1,750千円" in first
    assert "商業又はサービス業を主たる事業とする場合を除き「小規模企業者」に当たります" in second


GRANTS = """楓原県海外環境規制対応支援補助金 交付要綱

（参考１）交付の実績
○ 交付の実績
年度\t申請件数（件）\t交付件数（件）\tうち小規模企業者（件）\t交付額（千円）
令和４年度\t12\t９\t３\t4,870
令和５年度\t18\t14\t５\t8,310
令和６年度\t25\t19\t８\t11,620
"""


def test_a_share_of_a_year_row_named_in_western_years_is_its_part_over_its_whole():
    # 「2024年度に交付を受けた事業者のうち」 names the row 令和６年度 and the column 交付件数 as the
    # whole; the 「うち小規模企業者」 column is the part
    line = _first(GRANTS, "2024年度に交付を受けた事業者のうち、小規模企業者は何％でしたか？")
    assert "42.1%" in line
    assert "19件" in line and "８件" in line


COUNTRIES = """楓原県海外業務委託実態調査 報告書

３ 主な委託先
委託実施企業に、最も多く委託している国・地域を一つ選んでもらった。ベトナムが企業数、技術者数とも最も多い。
○ 主な委託先の国・地域別の状況
主な委託先\t委託実施企業数（社）\t技術者数（人）\t１人月の平均単価（千円）
ベトナム\t52\t418\t412
インド\t18\t176\t538
フィリピン\t21\t143\t389
中国\t27\t196\t467
その他\t15\t100\t571
合計\t133\t1,033\t－

４ 企業の事例
（１）ソフトウェア開発業Ｄ社（楓原市）
主な委託先：ベトナム
委託している技術者：12人
"""


def test_a_count_column_is_named_by_what_it_counts_in_a_share_of_the_total():
    # 「技術者は…全体の何％」 names 技術者数（人）, not the firms' count
    line = _first(COUNTRIES, "主な委託先がベトナムの技術者は、委託先の技術者全体の何％を占めていますか？")
    assert "40.5%" in line  # 418 / 1,033


def test_the_second_place_is_read_off_the_table_not_the_line_that_names_the_first():
    line = _first(COUNTRIES, "主な委託先として、企業数が２番目に多い国・地域はどこですか？")
    assert "中国" in line and "27社" in line


EPR = """楓原県海外拡大生産者責任対応支援補助金 交付要綱

（定義）
第２条 この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいう。

別表（第４条関係）
○ 補助対象経費ごとの補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\tＥＵ・英国\tその他の国・地域
登録・届出の手数料\t50\t70\t300\t200
認定代理人への委託費\t50\t70\t600\t400
専門家による助言\t40\t60\t150\t100
※１ 上限額は経費区分ごとの額であり、対象市場にＥＵ加盟国又は英国を含む場合は「ＥＵ・英国」の欄を、それ以外の場合は「その他の国・地域」の欄を適用する。
"""


def test_a_member_state_is_held_by_a_column_that_joins_the_eu_and_a_country():
    # オランダ is an EU member: the column ＥＵ・英国; the row is named by most of its words
    # (「認定代理人に…任せる費用」) though the year and the case words are in no label
    line = _first(EPR, "2025年度の補助で、オランダ向けの製品について現地の認定代理人に登録を任せる費用は、上限いくらまで補助されますか？")
    assert "600千円" in line
    assert "400" not in line


def test_the_cap_of_the_region_that_holds_the_place_and_the_grant_in_the_askers_unit():
    # a 小売店 of eight is no 小規模企業者 (商業: five): 40 %; 英国 is in ＥＵ・英国 (cap 150千円);
    # the cost was given in 万円, so the grant is told in 万円 too
    answer = _over(EPR, "社員が８人いる雑貨の小売店が、英国向けの制度について専門家の助言を受けたいそうです。費用が35万円かかる場合、補助金はいくらになりますか？")
    first = answer.text.splitlines()[0]
    assert "140千円（14万円）" in first
    assert "「小規模企業者」に当たりません" in answer.text


def test_not_every_european_country_is_in_the_eu():
    from assistant.regions import label_region_holds

    assert label_region_holds("ＥＵ・英国", "オランダ") and label_region_holds("ＥＵ・英国", "ロンドン")
    assert not label_region_holds("ＥＵ", "スイス") and not label_region_holds("ＥＵ・英国", "ノルウェー")
    assert label_region_holds("欧州", "スイス")


FEES = """楓原県輸出書類作成代行サービス 利用案内

○ 区分別の料金 （令和７年度）
区分\t基本料金（円）\t１品目追加ごと（円）\t至急対応の加算（円）
インボイス・パッキングリスト\t4,000\t300\t2,000
原産地証明書の申請書類\t3,500\t200\t－
既存書類の点検\t1,500\t－\t－
※１ 基本料金には５品目までの記載を含みます。６品目以上の場合は、５品目を超える１品目ごとに追加の料金がかかります。
※２ 「１品目追加ごと」欄の「－」は追加の料金がかからないことを、「至急対応の加算」欄の「－」は至急対応を受け付けないことを示します。
"""


def test_a_dash_is_read_by_the_legend_its_own_column_is_given():
    # the note gives each column's dash its own meaning; 「至急で」 names the column 至急対応の加算
    line = _first(FEES, "原産地証明書の申請書類を、至急で作ってもらうことはできますか？")
    assert line.startswith("いいえ。")
    assert "至急対応を受け付けない" in line
    assert "追加の料金がかからない" not in line


def test_a_base_price_includes_so_many_and_each_one_beyond_is_added():
    # 基本料金 includes five items (note ※１); eight items add three at 300円 each
    answer = _over(FEES, "県内の中小企業が、８品目を載せるインボイス・パッキングリストを頼むと、料金はいくらになりますか？")
    first = answer.text.splitlines()[0]
    assert "4,900円" in first
    assert "6,400" not in first
    assert "「※１ 基本料金には５品目までの記載を含みます。" in answer.text  # the note is quoted


def test_a_card_line_named_is_not_the_figure_of_another_row_the_question_names_whole():
    # 「小売業の会社が委託している技術者」: the card of a 卸売業 firm writes 委託している技術者, but
    # 小売業 is a row of the table by industry, which answers
    line = _first(INDUSTRIES, "小売業の会社が委託している海外の技術者は、合わせて何人ですか？")
    assert "44人" in line


INDUSTRIES = """楓原県海外業務委託実態調査 報告書

２ 回答企業
○ 業種別の回答企業と委託の実施状況
業種\t回答企業数（社）\t委託実施企業（社）\t委託先の技術者数（人）
情報サービス業\t88\t41\t412
卸売業\t96\t18\t61
小売業\t57\t９\t44
合計\t241\t68\t517

４ 企業の事例
（１）卸売業Ｆ社（楓原市）
主な委託先：ベトナム
委託している技術者：５人
委託している業務：受発注データの入力
"""


SURVEY = """楓原県海外業務委託実態調査 報告書

２ 委託の実施状況
回答企業612社のうち148社が海外に業務を委託している。企業規模別では、大企業は71社のうち39社が委託を行っているが、中小企業は541社のうち109社にとどまった。

５ 委託の課題
○ 海外への業務委託の課題（複数回答） （単位：％）
課題\t全体\t大企業\t中小企業
言葉や時差によるやり取りの難しさ\t53.4\t53.8\t53.2
成果物の品質のばらつき\t45.9\t48.7\t45.0
為替（円安）による委託費の上昇\t47.3\t48.7\t46.8
ブリッジ人材の不足\t35.1\t38.5\t33.9
"""


def test_a_share_the_text_gives_answers_when_no_row_of_a_table_of_shares_is_named():
    # every row of the table of issues scores alike for 「中小企業…何％」 and none is named: the
    # table does not say which; the text gives the whole and the part of the group asked
    line = _first(SURVEY, "回答した中小企業のうち、海外に業務を委託している企業の割合は何％ですか？")
    assert "20.1%" in line
    assert line.startswith("中小企業は541社のうち109社")
    assert "53.2" not in line


DEALS = """楓原県オンライン商談サイト 実績報告書

４ 商談と成約
○ 国・地域別の商談と成約 （令和６年度）
国・地域\t商談件数（件）\t成約件数（件）\t成約金額（万円）
台湾\t120\t18\t1,540
タイ\t95\t13\t1,210
ベトナム\t90\t12\t1,110
アジア小計\t305\t43\t3,860
米国\t64\t８\t1,020
ドイツ\t58\t６\t780
その他\t45\t５\t570
合計\t472\t62\t6,230
"""


def test_a_share_of_a_subtotal_in_a_column_named_whole_is_computed_whatever_other_words():
    # 「成約金額のうち」 names the column whole and 「アジアの」 the subtotal row アジア小計; バイヤー and
    # 取引 are in no label
    line = _first(DEALS, "成約金額のうち、アジアのバイヤーとの取引は何％を占めていますか？")
    assert "62.0%" in line


STAFF = """楓原県海外拠点の人材確保に関する実態調査 報告書

１ 調査の概要
この報告書において「現地従業員」とは、海外拠点が現地で雇用する従業員をいい、日本から派遣された駐在員を除く。

２ 調査の結果
離職率は前回調査より下がった。離職率が最も高いのはベトナムの拠点である。離職率の低い拠点では、
技能に応じた手当を設けている。離職率と賃上げ率の関係は拠点によって異なる。

４ 人材の確保
現地での採用は、人材紹介会社を通じたものが最も多い。

３ 賃金と離職
○ 国・地域別の賃上げ率、離職率と労働争議等 （令和６年度）
国・地域\t回答拠点数（拠点）\t平均賃上げ率（％）\t離職率（％）\t労働争議等（件）
ベトナム\t42\t6.9\t15.3\t３
タイ\t35\t4.1\t11.2\t１
中国\t51\t5.2\t9.8\t４
"""


def _staff_cell(row, column):
    from assistant.lookup import _Scored
    from structure_docs import records_of

    [table] = [r for r in records_of("staff.txt", "楓原県海外拠点の人材確保に関する実態調査 報告書", STAFF) if r.kind == "table"]
    cell = next(c for c in table.cells if c.row == row and (c.column or "").startswith(column))
    return _Scored(table, cell, 0.3, 0.3)


def test_a_row_named_whole_answers_though_the_case_words_are_nowhere_near():
    # 「日本から派遣した駐在員を除いた現地採用の社員」 are the definition's words, not the table's: the
    # row named whole, ベトナム, holds the kind asked in the counter asked, so the most specific word's
    # guard (Lookup._lacks) does not refuse it
    from assistant.lookup import _named_row_answers, read_intent
    from index.tokenizer import get_tokenizer

    question = "ベトナムの拠点で、日本から派遣した駐在員を除いた現地採用の社員の離職率は何％でしたか？"
    intent = read_intent(question, get_tokenizer().content_words)
    assert _named_row_answers(intent, _staff_cell("ベトナム", "離職率"), "%")


def test_a_row_named_whole_is_no_answer_in_another_counter():
    from assistant.lookup import _named_row_answers, read_intent
    from index.tokenizer import get_tokenizer

    question = "ベトナムの拠点で、労働争議は何人が参加しましたか？"  # 何人 is no count of 件
    intent = read_intent(question, get_tokenizer().content_words)
    assert not _named_row_answers(intent, _staff_cell("ベトナム", "労働争議"), "人")


def test_a_legend_given_for_one_column_is_no_legend_of_the_others():
    # 「「至急対応の加算」欄の「－」は…」 says nothing of a dash in 基本料金 (the table-wide reading used
    # to take both columns' sentences as one legend)
    from assistant.lookup import _legend_of, _legends
    from corpus.records import Cell, Footnote

    note = Footnote(text="※２ 「至急対応の加算」欄の「－」は至急対応を受け付けないことを示します。", start=0, line=1)
    dash = dict(row="既存書類の点検", value="－", number=None, unit="円", fiscal_year=None, fiscal_year_range=None,
                start=0, end=1, line=1, page=None, source="既存書類の点検\t1,500\t－\t－")
    assert _legends([note]) == {}
    assert _legend_of(Cell(column="至急対応の加算（円）", **dash), [note], {}) == "至急対応を受け付けないこと"
    assert _legend_of(Cell(column="基本料金（円）", **dash), [note], {}) is None
