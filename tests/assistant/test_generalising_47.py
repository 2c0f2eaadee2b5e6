"""Answers grounded in the documents' structure, found on the forty-seventh session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

CALL = """令和７年度 楠県産陶磁器輸出支援補助金 募集要項

２ 用語の定義
この要項において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）
食品接触材料試験\t50\t120
海外見本市への出展\t50\t1,200
外国語カタログの作成\t50\t300
※１ 食品接触材料試験の上限額は１品目当たりの額です（１事業者当たり４品目まで）。
※２ 過去にこの補助金を受けて出展した見本市に再び出展する場合は、海外見本市への出展の上限額を上表の２分の１とします。
※３ 小規模企業者は、外国語カタログの作成の上限額を上表の1.5倍とします。
"""


def test_a_cap_a_note_gives_per_item_is_multiplied_by_the_items_asked():
    # 「皿を３品目」: the note makes 120千円 a cap per 品目, so three are 360千円
    answer = answer_over_text(CALL, "米国向けに皿を３品目輸出する予定で、それぞれ食品接触材料試験を受けます。試験の上限額は合わせていくらですか？")
    first = answer.text.splitlines()[0]
    assert "120千円" in first
    assert "360千円" in answer.text and "120千円 × 3" in answer.text
    assert "１品目当たりの額です" in answer.text


def test_kinds_of_a_product_are_its_items():
    answer = answer_over_text(CALL, "皿を２種類輸出する予定で、それぞれ食品接触材料試験を受けます。上限額は合わせていくらですか？")
    assert "240千円" in answer.text


def test_items_beyond_the_notes_limit_are_capped_at_it():
    # (six items asked, four at most: 120千円 × 4)
    answer = answer_over_text(CALL, "皿や鉢など６品目について食品接触材料試験を受けます。上限額は合わせていくらですか？")
    assert "480千円" in answer.text and "720千円" not in answer.text


def test_a_cap_per_item_is_not_multiplied_for_another_row():
    answer = answer_over_text(CALL, "外国語カタログを３品目分作ります。カタログ作成の上限額はいくらですか？")
    assert "300千円" in answer.text.splitlines()[0] and "900千円" not in answer.text


def test_a_note_halving_a_cap_of_the_table_applies_to_a_fair_attended_before():
    # 「以前この補助金を使って…同じ見本市に」: the note's case 「過去に…再び出展する」, 上表の２分の１
    answer = answer_over_text(CALL, "以前この補助金を使ってパリの見本市に出展した会社が、今年も同じ見本市に出たいそうです。見本市出展の上限額はいくらですか？")
    assert "600千円" in answer.text and "1,200千円 × 0.5" in answer.text


def test_a_first_fair_keeps_the_cap_of_the_table():
    answer = answer_over_text(CALL, "初めて海外の見本市に出展する会社の、出展の上限額はいくらですか？")
    assert "1,200千円" in answer.text.splitlines()[0] and "600千円" not in answer.text


def test_a_note_multiplying_a_cap_by_the_tables_amount_for_a_class():
    # 「上表の1.5倍とします」 of a class the question's firm is in (従業員８人: 小規模企業者)
    answer = answer_over_text(CALL, "従業員８人の会社が外国語カタログを作る場合、上限額はいくらですか？")
    assert "450千円" in answer.text


SERVICE = """令和７年度 楠県貿易実務ｅラーニング 利用案内

３ 料金
○ プラン別の料金 （令和７年度）
プラン\t月額（円）\t年額（円）
ライトプラン\t1,100\t11,000
スタンダードプラン\t2,750\t27,500
※１ 県内中小企業は、年額料金を２分の１とします（月額料金は除きます）。
"""


def test_a_note_halving_one_column_halves_that_column():
    answer = answer_over_text(SERVICE, "県内の中小企業がスタンダードプランを年額で申し込むと、料金はいくらですか？")
    assert "13,750円" in answer.text


def test_a_note_halving_one_column_leaves_the_column_it_excludes():
    answer = answer_over_text(SERVICE, "県内の中小企業がスタンダードプランを月額で申し込むと、料金はいくらですか？")
    assert "2,750円" in answer.text.splitlines()[0] and "1,375円" not in answer.text


SURVEY = """令和６年度 楠県自転車製造業の輸出実態調査 報告書

３ 製品区分別の輸出
この報告書において「完成車」とは、自社で組み立てた自転車をいう。
○ 製品区分別の輸出の状況 （令和５年度）
製品区分\t回答企業数（社）\t輸出企業数（社）\t輸出額（百万円）
一般用自転車\t14\t６\t412
電動アシスト自転車\t９\t５\t1,286
フレーム・フォーク\t18\t11\t1,438
変速機・ブレーキ\t16\t12\t2,765
その他部品\t20\t７\t274
合計\t77\t41\t6,175
※１ 完成車は「一般用自転車」から「電動アシスト自転車」までの２区分、部品はそれ以外の３区分である。
"""


def test_a_class_a_note_makes_of_the_rows_is_their_sum():
    # 「部品メーカーの輸出額は全部で」: the three rows the note calls 部品 (1,438 + 2,765 + 274)
    answer = answer_over_text(SURVEY, "部品メーカーの輸出額は、全部でいくらになりますか？")
    assert "4,477百万円" in answer.text.splitlines()[0]


def test_the_range_class_of_a_note_is_its_rows_from_first_to_last():
    answer = answer_over_text(SURVEY, "完成車の輸出企業数は合わせて何社ですか？")
    assert "11社" in answer.text.splitlines()[0]


OFFICE = """令和７年度 楠県海外拠点開設支援補助金 募集要項

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）
事務所の家賃\t50\t200
現地法人の登記費用\t50\t500
※１ 事務所の家賃の上限額は１か月当たりの額です。家賃の補助は、入居した月から最長12か月分とします。
"""


def test_a_monthly_cap_is_multiplied_by_the_months_asked_up_to_the_longest():
    answer = answer_over_text(OFFICE, "海外に事務所を借りて８か月入居する場合、家賃の補助の上限額は合わせていくらですか？")
    assert "1,600千円" in answer.text
    answer = answer_over_text(OFFICE, "海外に事務所を借りて18か月入居する場合、家賃の補助の上限額は合わせていくらですか？")
    assert "2,400千円" in answer.text and "3,600千円" not in answer.text


DESK = """令和７年度 楠県ハラール認証取得支援デスク 利用案内

３ 料金
○ サービス別の利用料金 （令和７年度）
サービス\t県内中小企業（円）\tその他の事業者（円）
個別相談（１回）\t3,000\t6,000
現地確認（１回）\t24,000\t48,000
※１ 常時使用する従業員の数が20人以下の県内中小企業は、現地確認の料金を半額とします（年度内２回まで）。
"""


def test_a_note_bounding_the_head_count_of_its_case_applies_to_a_firm_within_it():
    answer = answer_over_text(DESK, "従業員15人の県内の食品会社が、現地確認を１回頼むと料金はいくらになりますか？")
    assert "12,000円" in answer.text and "24,000円 × 0.5" in answer.text


def test_a_note_bounding_the_head_count_of_its_case_leaves_a_larger_firm():
    answer = answer_over_text(DESK, "従業員45人の県内の食品会社が、現地確認を１回頼むと料金はいくらになりますか？")
    assert "24,000円" in answer.text.splitlines()[0] and "12,000円" not in answer.text


TOWEL = """令和６年度 楠県タオル製造業の輸出実態調査 報告書

２ 製品別の状況
○ 主な製品別の回答事業者と輸出の状況 （令和５年度）
主な製品\t回答事業者数（社）\tうち輸出事業者（社）\tうち直接輸出（社）\t輸出額（百万円）
フェイスタオル\t32\t14\t６\t412
バスタオル\t24\t12\t７\t538
"""


def test_an_amount_per_firm_of_a_row_is_over_the_part_the_question_names():
    # 「輸出している会社１社当たりの輸出額」: 538 ÷ うち輸出事業者 12 (not ÷ 24 respondents)
    first = _first(TOWEL, "バスタオルが主力の会社について、輸出している会社１社当たりの輸出額はどのくらいですか？")
    assert "44.8百万円" in first


def test_an_average_per_firm_without_the_part_named_is_over_the_whole_count():
    first = _first(TOWEL, "バスタオルの回答事業者１社当たりの平均輸出額はいくらですか？")
    assert "22.4百万円" in first


def test_an_average_said_as_evened_out_is_an_average():
    # 「１社当たりにならすと」: 平均 in other words
    first = _first(TOWEL, "フェイスタオルの輸出額は、輸出している会社１社当たりにならすといくらですか？")
    assert "29.4百万円" in first


BY_DESTINATION = """令和６年度 楠県タオル製造業の輸出実態調査 報告書

４ 輸出先
○ 輸出先別の輸出額 （単位：百万円）
輸出先\t令和４年度\t令和５年度\t増減
米国\t402\t446\t44
ＥＵ\t250\t259\t9
中国\t180\t150\t▲30
その他\t98\t116\t18
合計\t930\t971\t41
※１ 「ＥＵ」はＥＵ加盟国の合計で、英国は「その他」に含む。
"""


def test_a_place_a_note_puts_in_a_row_is_answered_by_that_row():
    # 「イギリスに輸出している分」: the note puts 英国 in その他 (not ＥＵ, not the total)
    first = _first(BY_DESTINATION, "イギリスに輸出している分は、令和５年度の輸出先別の金額ではどこに含まれていて、いくらになっていますか？")
    assert "その他" in first and "116百万円" in first


def test_a_place_of_a_row_of_its_own_is_still_that_row():
    first = _first(BY_DESTINATION, "中国への輸出額は令和５年度にいくらでしたか？")
    assert "150百万円" in first


USES = """令和７年度 楠県ハラール認証取得支援デスク 利用案内

５ 利用の状況
○ 業種別・サービス別の利用件数 （令和６年度）
業種\t個別相談\t現地確認\t書類作成支援\t計
菓子・パン\t24\t６\t３\t33
水産加工品\t18\t５\t２\t25
"""


def test_a_follow_ups_part_of_the_row_the_conversation_named_is_its_share_of_the_row():
    # 「菓子・パンについて、そのうち個別相談は何％」 (a follow-up as the conversation carries it):
    # 24 of the row's 計 33
    first = _first(USES, "菓子・パンについて、そのうち個別相談は何％を占めていますか？")
    assert "72.7%" in first


KINDS = """令和７年度 楠県産陶磁器輸出支援補助金 募集要項

２ 用語の定義
この要項において「食器類」とは、茶碗、湯呑、土鍋その他の飲食物に直接触れる陶磁器をいい、それ以外の陶磁器（花瓶、置物、照明器具等）を「装飾品類」といいます。

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t食器類\t\t装飾品類\t
\t補助率（％）\t上限額（千円）\t補助率（％）\t上限額（千円）
強度試験\t50\t200\t50\t300
海外見本市への出展\t50\t500\t50\t500
"""


def test_a_thing_listed_in_brackets_before_a_class_named_after_it_reads_that_class():
    # 「花瓶」 of 「それ以外の陶磁器（花瓶、置物、照明器具等）を「装飾品類」といいます」: the 装飾品類
    # columns, a spanning header over rate and cap
    answer = answer_over_text(KINDS, "花瓶を輸出する窯元が強度試験を受ける場合、上限額はいくらですか？")
    assert "300千円" in answer.text.splitlines()[0] and "装飾品類" in answer.text


def test_an_example_of_a_class_listed_before_its_kind_reads_that_class():
    # 「土鍋」 of 「茶碗、湯呑、土鍋その他の飲食物に直接触れる陶磁器」
    answer = answer_over_text(KINDS, "土鍋を輸出する窯元が強度試験を受ける場合、上限額はいくらですか？")
    assert "200千円" in answer.text.splitlines()[0] and "土鍋は「食器類」に当たります" in answer.text


def test_the_uses_of_a_service_asked_as_requests_are_its_count():
    # 「現地確認の依頼は何件」: the column 現地確認 of a table counting uses (not refused for 依頼)
    first = _first(USES, "水産加工品の会社から現地確認の依頼は何件ありましたか？")
    assert "５件" in first


SIZES = """令和６年度 楠県タオル製造業の輸出実態調査 報告書

１ 調査の概要
この報告書において「小規模事業者」とは、常時使用する従業員の数が20人以下の事業者をいう。

２ 輸出の状況
令和５年度に輸出を行った事業者は147社のうち58社であった。事業者の規模別では、小規模事業者は98社のうち25社、それ以外の事業者は49社のうち33社が輸出を行っている。
"""


def test_a_group_asked_by_the_head_count_its_definition_bounds_is_that_group():
    # 「従業員が20人以下の…会社のうち」: the 小規模事業者 of the definition, 25 of 98
    first = _first(SIZES, "従業員が20人以下の小さなタオル会社のうち、輸出をしている会社の割合は何％ですか？")
    assert "25.5%" in first


RULES = """令和７年度 楠県産陶磁器輸出支援補助金 募集要項

３ 補助対象経費
次の経費は補助の対象になりません。
○ 見本市の会期中の飲食及び接待に要する経費
○ 交付決定の日より前に発注し、又は支払った経費

７ よくある質問
Ｑ１ 同じ年度に二つの海外見本市に出展する場合、両方とも補助を受けられますか。
Ａ 受けられません。海外見本市への出展は、１事業者につき１年度に１回に限ります。
"""


def test_the_documents_own_question_the_asker_paraphrases_answers_before_a_listed_item():
    # (「見本市の会期中の飲食…」 shares only 見本市 with the case; Ｑ１ says it)
    first = _first(RULES, "同じ年度に香港とパリの見本市の両方に出たいという会社があります。２回とも補助を受けられますか？")
    assert "１年度に１回に限ります" in first


def test_a_listed_item_the_case_is_still_answers():
    first = _first(RULES, "見本市の会期中にバイヤーと飲食する費用は補助の対象になりますか？")
    assert first.startswith("いいえ")


def test_a_row_largest_by_a_measure_no_document_writes_is_not_answered():
    answer = answer_over_text(BY_DESTINATION, "タオルの輸出で、利益率が一番高いのはどの国向けですか？")
    assert "利益率" in answer.text.splitlines()[0] and "446" not in answer.text


def test_a_row_largest_by_a_measure_written_is_answered():
    first = _first(BY_DESTINATION, "令和５年度に輸出額が一番多いのはどの国向けですか？")
    assert "米国" in first


MATCHING = """令和７年度 楠県海外ブランドＯＥＭマッチング 利用案内

３ 料金
○ メニュー別の利用料金 （令和７年度）
メニュー\t県内中小企業（円）\tその他の事業者（円）
ブランドへの紹介（１件）\t3,000\t6,000
商談の通訳（１時間）\t4,000\t8,000
※１ 初めて登録した年度は、紹介の料金を３件分まで無料とします。
"""


def test_the_first_ones_a_rule_waives_are_not_charged():
    # 「初めて登録した…６件紹介」: three of the six are free, 3,000円 × (6 − 3)
    answer = answer_over_text(MATCHING, "今年度初めて登録した県内の中小企業が、ブランドへの紹介を６件受けました。紹介の料金はいくらですか？")
    assert "9,000円となります" in answer.text and "3,000円 × (6 − 3)" in answer.text


def test_the_first_ones_are_charged_outside_the_rules_case():
    answer = answer_over_text(MATCHING, "３年前から登録している県内の中小企業が、ブランドへの紹介を６件受けました。紹介の料金はいくらですか？")
    assert "18,000円" in answer.text and "9,000円" not in answer.text and "108,000円" not in answer.text
