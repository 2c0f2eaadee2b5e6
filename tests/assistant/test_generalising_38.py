"""Answers grounded in the documents' structure, found on the thirty-eighth session's sets."""

from __future__ import annotations

from structure_docs import first_line_over as _first, records_of

from assistant.lookup import Lookup, row_said
from index.tokenizer import get_tokenizer


def test_a_western_year_does_not_name_the_era_year_row_sharing_its_last_digit():
    # 2024 writes the bigrams 4年 and 年度 of 令和４年度 (2022): a year row is named by its year
    assert not row_said("2024年度に交付を受けた件数は何件ですか？", "令和４年度")
    assert row_said("令和４年度に交付を受けた件数は何件ですか？", "令和４年度")
    assert row_said("小規模企業者の件数は？", "小規模企業者（件）")


SERVICE = """楓原県輸出書類作成代行サービス 利用案内

１ サービスの概要
このサービスは、輸出に慣れていない県内の事業者に代わって、貨物の出荷に必要な書類を作成するものです。
対象となる輸出先の国・地域に制限はありません。米国向けの書類も作成できます。

２ 実績
○ 書類の種類別の作成件数 （令和６年度）
書類の種類\t上期（件）\t下期（件）\t計（件）
インボイス・パッキングリスト\t88\t102\t190
原産地証明書の申請書類\t20\t29\t49
船積依頼書\t35\t40\t75
"""

BY_COUNTRY = SERVICE + """
○ 輸出先の国・地域別の作成件数 （令和６年度）
輸出先\t作成件数（件）
米国\t120
ベトナム\t96
台湾\t98
"""


def test_a_breakdown_by_country_no_table_or_sentence_of_the_document_gives_is_not_there():
    # 国 is written in any document of the trade (「国・地域に制限はありません」): a breakdown by
    # country is a table whose labels are countries (or a sentence naming several), which the
    # guide does not have; with one, the breakdown's largest row answers
    question = "令和６年度の作成件数を輸出先の国別に見ると、どこ向けが一番多いですか？"
    assert "国別の内訳" in _first(SERVICE, question)
    assert "最も多いのは米国（120件）" in _first(BY_COUNTRY, question)
    assert "インボイス・パッキングリスト" in _first(SERVICE, "令和６年度にこのサービスで作った書類を種類別に見ると、どれが多いですか？")


GRANT = """楓原県海外販路開拓支援補助金 募集要項

１ 補助対象者
中小企業基本法に定める中小企業者（業種ごとに資本金又は従業員数の基準があります。）

２ 交付の実績
○ 経費区分別の交付件数 （令和６年度）
経費区分\t交付件数（件）\t交付額（千円）
展示会出展費\t21\t8,400
通訳・翻訳費\t14\t2,100
"""

BY_INDUSTRY = GRANT + """
○ 業種別の交付件数 （令和６年度）
業種\t交付件数（件）
食料品製造業\t12
一般機械器具製造業\t15
卸売業\t8
"""


def test_a_breakdown_by_industry_needs_a_table_whose_labels_are_industries():
    question = "令和６年度に交付を受けた事業者を業種別に見ると、どの業種が一番多いですか？"
    assert "業種別の内訳" in _first(GRANT, question)
    assert "一般機械器具製造業" in _first(BY_INDUSTRY, question)


FIELDS = """楓原県輸出製品排出量算定支援補助金 交付要綱

（参考）製品分野別の交付件数
○ 製品分野別の交付件数 （単位：件）
製品分野\t令和５年度\t令和６年度\t増減
食品・飲料\t４\t６\t２
繊維製品\t２\t１\t▲１
機械部品\t５\t８\t３
※ ▲は減少を示す。

○ 利用の目的別の個別集計の提供件数
利用の目的\t令和５年度（件）\t令和６年度（件）\t前年度比（％）
新たな輸出先の検討\t165\t214\t129.7
価格・競合の分析\t88\t97\t110.2
"""


def test_a_change_over_the_year_before_is_read_from_the_change_column_the_table_prints():
    # 「前の年度と比べてどう変わりましたか」 names no year: the 増減 column answers (▲１), and a
    # percentage asked reads 前年度比 (110.2%), whether the year before is named or not
    line = _first(FIELDS, "繊維製品の交付件数は、前の年度と比べてどう変わりましたか？")
    assert "増減は▲１件" in line and "1件減っています" in line
    assert "3件増えています" in _first(FIELDS, "機械部品の交付件数は、前の年度と比べて増えましたか、減りましたか？")
    assert "110.2%" in _first(FIELDS, "令和６年度の価格・競合の分析の件数は、前の年度と比べると何％でしたか？")
    assert "110.2%" in _first(FIELDS, "令和６年度の価格・競合の分析の件数は、令和５年度と比べると何％でしたか？")


KPI = """楓原県貿易統計データサービス 利用案内

○ 成果指標の達成状況 （令和６年度）
指標\t目標\t実績\t達成率（％）
利用事業者数（社）\t250\t233\t93.2
利用者満足度（％）\t90.0\t84.6\t94.0
"""


def test_what_a_percentage_still_lacks_of_its_target_is_in_points():
    line = _first(KPI, "利用者満足度は、目標まであと何ポイント足りませんでしたか？")
    assert "目標まであと5.4ポイント" in line


FEES = """楓原県貿易統計データサービス 利用案内

○ 提供の種類別の料金 （令和７年度）
提供の種類\t県内中小企業（円）\tその他の利用者（円）
個別集計（１件目）\t2,000\t4,000
個別集計（２件目以降、１件当たり）\t1,000\t2,000
時系列データの追加（10年分）\t3,000\t6,000
※１ 「県内中小企業」は、県内に事業所を有する中小企業者をいい、それ以外の利用者には「その他の利用者」の欄を適用します。
"""


def test_a_price_for_the_first_one_and_for_each_after_it_adds_up_in_the_askers_column():
    # ３件: the first (4,000円) and two after it (2,000円 each), in その他の利用者: a 県外 firm is no 県内中小企業
    line = _first(FEES, "県外の商社が、１回の申込みで個別集計を３件頼むと、料金は合わせていくらですか？")
    assert "8,000円" in line and "4,000円 + 2件 × 2,000円" in line
    assert "「その他の利用者」の欄" in line
    assert "4,000円" in _first(FEES, "県内の中小企業が個別集計を３件頼むと、料金はいくらですか？")


RULES = """楓原県輸出製品排出量算定支援補助金 交付要綱

（補助の対象としない経費）
第５条 次に掲げる経費は、補助の対象としない。
一 補助事業者の役員及び従業員の人件費
二 算定の結果を用いた広告及び宣伝の経費
三 温室効果ガスの排出を削減するための設備の購入費
"""


def test_an_articles_items_numbered_in_kanji_are_the_cases_its_lead_rules_out():
    answer = _first(RULES, "算定した結果を海外向けのPR広告に使いたいのですが、その広告費は補助の対象になりますか？")
    assert answer.startswith("いいえ。") and "二 算定の結果を用いた広告及び宣伝の経費" in answer


USERS = """楓原県貿易統計データサービス 利用案内

３ 令和６年度の利用状況
個別集計の提供件数は512件で、前年度から18％増えました。利用事業者数は233社でした。
料金は、県内中小企業とその他の利用者（県外の企業等）で異なります。
"""


def test_a_count_of_firms_from_outside_the_prefecture_is_not_the_count_of_all_firms():
    assert "「県外の企業」" in _first(USERS, "令和６年度にこのサービスを使った県外の企業は何社ありましたか？")
    assert "233社" in _first(USERS, "令和６年度にこのサービスを使った企業は何社ありましたか？")


HOUSING = """楓原県外国人材受入環境整備補助金 交付要綱

○ 補助対象経費ごとの補助率と上限額 （令和７年度、外国人材１人当たり）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t中小企業者\t小規模企業者
住宅の改修費\t30\t40\t500\t600
家賃\t50\t75\t240\t300
日本語研修の受講費\t50\t70\t100\t150
"""


def test_the_words_that_describe_the_askers_own_firm_name_no_cell():
    # 「従業員80人で…金型を作っている製造業の会社が」 says which class of firm, not which row: put
    # aside, the rest names the row (改修) and the column (補助率); a row no word names is still none
    lookup = Lookup(None, words=get_tokenizer().content_words)
    records = records_of("doc.txt", "楓原県外国人材受入環境整備補助金 交付要綱", HOUSING)
    firm = "従業員80人で自動車向けの精密部品や金型を作っている製造業の会社が、"
    found = lookup.find(firm + "寮を外国人材向けに改修する場合、補助率は何％になりますか？", records)
    assert found is not None and "住宅の改修費" in found.statement and "30%" in found.statement
    assert lookup.find(firm + "海外の展示会に出展する場合、補助率は何％になりますか？", records) is None


STANDARDS = """楓原県国際標準化活動支援補助金 交付要綱

（目的）
第１条 この要綱は、県内の中小企業者がＩＳＯ、ＩＥＣ等の国際規格の策定に参加する活動を支援するため、補助金を交付することについて定める。

（補助の対象としない経費）
第５条 次に掲げる経費は、補助の対象としない。
○ 発行済みの規格の購入費
○ 国際会議に出席する者の飲食費
○ 交付決定の日より前に発注し、又は支払った経費
"""


def test_a_case_said_with_a_plain_verb_is_the_item_written_with_its_noun():
    # 「規格書を買う」 is 規格の購入: the rule's item, so no
    answer = _first(STANDARDS, "ＩＳＯの規格書を買うための費用は、この補助金の対象になりますか？")
    assert answer.startswith("いいえ。") and "発行済みの規格の購入費" in answer


GRANTED = """楓原県海外環境規制対応支援補助金 交付要綱

（参考１）交付の実績
令和６年度は25件の申請があり、19件に交付した（うち小規模企業者８件）。
○ 交付の実績
年度\t申請件数（件）\t交付件数（件）\t交付額（千円）
令和５年度\t18\t14\t8,310
令和６年度\t25\t19\t11,620
"""


def test_a_reason_for_what_was_not_done_needs_a_document_that_says_it_was_not():
    # 25 applied and 19 were granted: no line says of any case that it was not granted, so no
    # reason is given; a document that says 「交付しなかった６件は、いずれも…のためである」 answers
    question = "令和６年度に申請したのに交付されなかった６件は、どんな理由でしたか？"
    assert "「交付されなかった6件」" in _first(GRANTED, question)
    said = GRANTED + "\n（参考２）令和６年度に交付しなかった６件は、いずれも補助対象経費が要件を満たさなかったためである。\n"
    assert "補助対象経費が要件を満たさなかった" in _first(said, question)
