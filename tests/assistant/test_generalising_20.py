"""Answers grounded in the documents' structure, found on the twentieth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, records_of


CALLS = """海外向けデジタルマーケティング支援補助金 募集要領

５ これまでの実績
○ 申請件数と採択件数の推移
年度\t申請件数（件）\t採択件数（件）\t交付額（万円）
令和３年度\t38\t21\t1,046
令和４年度\t52\t28\t1,392
令和５年度\t61\t33\t1,718
令和６年度\t74\t39\t2,031

○ 主な対象国・地域別の採択状況 （令和６年度）
国・地域\t採択件数（件）\t交付額（万円）
米国\t12\t655
台湾\t９\t468
その他\t18\t908
合計\t39\t2,031
"""


def test_a_sum_over_a_span_of_year_rows_is_not_another_tables_total():
    # 合計 says how to add; the 合計 row of the table by country (令和６年度 only) is no answer
    first = _over(CALLS, "採択件数は令和３年度から令和６年度までで合計何件ですか？").text.splitlines()[0]
    assert "21件 + 28件 + 33件 + 39件 = 121件" in first
    first = _over(CALLS, "採択件数は令和４年度から令和５年度までで合計何件ですか？").text.splitlines()[0]
    assert "28件 + 33件 = 61件" in first
    # (the best table's own 合計 is still read when it is what is asked)
    first = _over(CALLS, "令和６年度の国・地域別の採択件数の合計は何件ですか？").text.splitlines()[0]
    assert "39件" in first


TOWNS = """やさしい日本語普及推進事業 実施報告書

３ 市町村別の集合研修の開催状況
○ 市町村別の集合研修の開催状況 （令和６年度）
市町村\t開催回数（回）\t受講者数（人）\tうち民間・地域（人）
梓市\t７\t168\t81
東野市\t４\t92\t38

５ 主な研修会
（１）梓市 医療機関向け研修会
開催日：令和６年７月18日（木）
受講者：46人
研修の内容：問診票をやさしい日本語に書き換える演習
（２）東野市 宿泊施設向け研修会
開催日：令和６年10月９日（水）
受講者：27人
研修の内容：チェックインの説明をやさしい日本語で行う演習
"""


def test_an_average_per_unit_reads_the_table_row_not_a_card_of_one_event():
    first = _over(TOWNS, "梓市の研修会は、１回あたり平均で何人が受講しましたか？").text.splitlines()[0]
    assert "168人 ÷ ７回 = 24人" in first
    # (a card's own figure is still what a plain count of it asks)
    first = _over(TOWNS, "東野市の宿泊施設向け研修会の受講者は何人でしたか？").text.splitlines()[0]
    assert "27人" in first


EPA = """ＥＰＡ活用動向調査報告書

２ 回答企業の状況
○ 業種別の回答企業とＥＰＡの利用 （令和６年度）
業種\t回答企業数（社）\tうち輸出あり（社）\tうちＥＰＡ利用（社）
食料品\t58\t31\t26
化学\t29\t21\t14
機械\t71\t52\t33

４ 原産地証明書
○ 協定別の原産地証明書の発給件数 （単位：件）
協定\t令和４年度\t令和５年度\t令和６年度
ＲＣＥＰ協定\t412\t688\t905
日インドネシアＥＰＡ\t287\t301\t316
日インドＥＰＡ\t76\t92\t118
"""


def test_a_row_the_question_says_word_for_word_comes_before_one_holding_its_words():
    first = _over(EPA, "日インドEPAの原産地証明書について、令和5年度は何件でしたか？").text.splitlines()[0]
    assert "92件" in first and "301" not in first


def test_a_maker_of_a_kind_is_the_firms_of_that_row():
    from assistant.extractive import _without_generic_head

    assert _without_generic_head("機械メーカー") == "機械"
    first = _over(EPA, "調査に答えた機械メーカーは何社ありましたか？").text.splitlines()[0]
    assert "71社" in first


CROWDFUNDING = """海外クラウドファンディング活用支援補助金 募集要領

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（万円）
海外ＣＦサイトの掲載手数料\t50\t30
多言語の紹介動画の制作\t50\t40

７ よくある質問
Ｑ１ 国内のクラウドファンディングのサイトに英語のページを作る場合も対象になりますか。
Ａ 対象になりません。海外の事業者が運営する海外ＣＦサイトへの掲載に限ります。
Ｑ２ 目標額に届かなかった場合、補助金を返さなければなりませんか。
Ａ 返還の必要はありません。実績報告には、集まった支援額と支援者への対応を記載してください。
"""


def test_a_yes_or_no_question_is_answered_by_a_sentence_not_by_a_row_it_does_not_name():
    from assistant.lookup import asks_yes_or_no

    assert asks_yes_or_no("受け取った補助金は返さなければいけませんか？")
    assert not asks_yes_or_no("補助率は何％ですか？") and not asks_yes_or_no("返還が必要か教えてくれますか？")
    answer = _over(CROWDFUNDING, "目標額まで支援が集まらなかった場合、受け取った補助金は返さなければいけませんか？")
    assert "返還の必要はありません" in answer.text.splitlines()[0]
    # (a row the question names is still read from the table)
    first = _over(CROWDFUNDING, "海外ＣＦサイトの掲載手数料の補助率は何％ですか？").text.splitlines()[0]
    assert "50%" in first


GUIDES = """通訳案内士育成・活用事業 事業報告書

２ 研修と登録
○ 言語別の研修と登録 （令和６年度）
言語\t受講者数（人）\t修了者数（人）\t新規登録者数（人）
英語\t42\t36\t33
中国語\t25\t21\t19
韓国語\t14\t11\t11
"""


def test_a_part_of_a_row_without_a_total_column_is_a_share_of_the_column_that_holds_it():
    from assistant.lookup import _counted_stem

    assert _counted_stem("修了者数（人）") == "修了" and _counted_stem("受講者数（人）") == "受講"
    first = _over(GUIDES, "英語の研修を受けた人のうち、修了までたどり着いたのは何％ですか？").text.splitlines()[0]
    assert "36人 ÷ 42人 × 100 = 85.7%" in first
    # (the whole is a column no row's part exceeds, left of the part: a later column is no whole)
    first = _over(GUIDES, "中国語の研修を受けた人のうち、新規登録まで進んだのは何％ですか？").text.splitlines()[0]
    assert "19人 ÷ 25人" in first


TOURISTS = """通訳案内士育成・活用事業 事業報告書

４ 旅行者の状況
○ 国・地域別の旅行者数 （令和６年度）
地域\t国・地域\t旅行者数（人）\tうち個人旅行（人）
アジア\t台湾\t612\t248
\t香港\t402\t190
\tタイ\t226\t97
\tインドネシア\t80\t31
欧米・豪州\t米国\t298\t187
\tオーストラリア\t241\t158
\tフランス\t176\t121
\t英国\t122\t83
\tドイツ\t95\t66
"""


def test_a_sum_over_the_countries_of_a_world_region_the_question_names():
    from assistant.regions import region_member

    assert region_member("欧米", "ドイツ") and region_member("豪州", "オーストラリア")
    assert not region_member("南アジア", "インドネシア") and not region_member("台湾", "台湾")
    first = _over(TOURISTS, "欧米やオーストラリアから来た旅行者は、全部で何人いましたか？").text.splitlines()[0]
    assert "298人 + 241人 + 176人 + 122人 + 95人 = 932人" in first
    first = _over(TOURISTS, "東南アジアからの旅行者は、合わせて何人でしたか？").text.splitlines()[0]
    assert "226人 + 80人 = 306人" in first


REASONS = """ＥＰＡ活用動向調査報告書

５ ＥＰＡを利用していない理由
○ ＥＰＡを利用していない理由（複数回答） （単位：％）
理由\t全体\t中小企業\t大企業
原産地証明の手続が煩雑\t45.2\t46.4\t36.0
関税の差が小さく効果が少ない\t20.8\t18.4\t40.0
ＥＰＡの仕組みがよく分からない\t38.9\t41.3\t20.0
※３ ＥＰＡを利用していない企業（全体221社、中小企業196社、大企業25社）が回答した。
"""


def test_a_share_of_those_who_gave_a_reason_is_read_from_the_table_of_reasons():
    first = _over(REASONS, "大企業がEPAを使わない理由として、関税の差が小さく効果が少ないと答えた割合はどれくらいですか？").text.splitlines()[0]
    assert "40.0%" in first
    # (why a figure is what it is is still no table's answer)
    assert "%" not in _over(REASONS, "なぜ大企業は関税の差が小さいと考えるのですか？").text.splitlines()[0]


SEASONS = """通訳案内士育成・活用事業 事業報告書

３ ツアーの実施状況
○ 季節別のツアーの実施状況 （令和６年度）
季節\tツアー数（件）\t旅行者数（人）\t報酬総額（万円）
春\t96\t688\t238
夏\t74\t521\t181
秋\t142\t1,105\t356
冬\t88\t757\t214
合計\t400\t3,071\t989
※２ 春は令和６年４月から６月、夏は７月から９月、秋は10月から12月、冬は令和７年１月から３月である。
"""


def test_a_month_asked_picks_the_row_a_note_defines_by_its_months():
    from assistant.lookup import row_months
    from structure_docs import records_of

    record = next(r for r in records_of("doc.txt", "t", SEASONS) if "季節別" in r.title)
    assert row_months(record) == {"春": {4, 5, 6}, "夏": {7, 8, 9}, "秋": {10, 11, 12}, "冬": {1, 2, 3}}
    first = _over(SEASONS, "2025年２月ごろの時期に、案内士のツアーは何件行われましたか？").text.splitlines()[0]
    assert "冬" in first and "88件" in first
    first = _over(SEASONS, "2024年8月のツアーは何件でしたか？").text.splitlines()[0]
    assert "夏" in first and "74件" in first
