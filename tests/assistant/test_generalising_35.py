"""Answers grounded in the documents' structure, found on the thirty-fifth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


GRANTS = """杉原県海外見本市出展支援補助金 募集要領

５ 交付の実績
○ 出展先の国・地域別の交付件数 （単位：件）
国・地域\t令和５年度\t令和６年度\t増減
中国\t４\t３\t▲１
台湾\t２\t５\t３
タイ\t３\t３\t０
合計\t９\t11\t２
※１ 「増減」は令和６年度の件数から令和５年度の件数を引いたもので、「▲」は減少を示します。
"""


def test_a_place_of_two_characters_is_the_row_compared_over_years():
    # 台湾 names its row as well as a longer label would: not the 合計 row
    line = _first(GRANTS, "令和６年度、台湾の見本市に出展した案件への交付は、前の年度と比べて増えましたか、減りましたか？")
    assert "台湾" in line and "５件" in line and "２件" in line
    assert "11件" not in line


KPI = """杉原県海外市場情報提供事業 報告書

４ 事業の目標と実績
○ 県の海外市場情報提供事業の目標と実績 （令和６年度）
指標\t目標\t実績\t達成率（％）\t評価
メールマガジンの登録企業数（社）\t500\t540\t108.0\t◎
市場セミナーの参加者数（人）\t600\t522\t87.0\t○
個別相談の件数（件）\t300\t201\t67.0\t△
情報提供に満足した企業の割合（％）\t85.0\t80.5\t94.7\t○
※３ 評価は、達成率が100％以上を「◎」、80％以上100％未満を「○」、80％未満を「△」とした。
"""


def test_a_gap_between_two_percentages_is_in_points():
    line = _first(KPI, "情報提供に満足した企業の割合は、県の目標に何ポイント届きませんでしたか？")
    assert "4.5ポイント下回って" in line


def test_the_meaning_of_a_mark_is_its_legend():
    # 「Xを「△」とした」: the legend written the other way round, what first, then the mark
    answer = _over(KPI, "個別相談の件数には「△」が付いていますが、これはどういう意味ですか？")
    assert "80%未満" in answer.text.splitlines()[0]
    assert "※３ 評価は" in answer.text  # (the note that says it, quoted)


FEES = """杉原県ビザ手続相談サービス 利用案内

２ 相談の種類
（１）窓口相談
 内容：ビザの要否、必要書類についての相談
 申込み：前日までに電話で予約
（２）オンライン面談
 内容：窓口相談と同じ内容をビデオ通話で行います
 申込み：５営業日前までにウェブで予約
３ 利用料金
○ 手続の種類別の料金 （令和７年度）
手続の種類\t県内中小企業（円）\t その他の事業者（円）
ビザの書類確認（１件）\t3,000\t6,000
申請書・推薦書の作成支援（１件）\t4,000\t8,000
通訳等の手配（１件）\t5,000\t－
※１ 「県内中小企業」は、県内に事業所を有する中小企業者をいい、それ以外の利用者には「その他の事業者」の欄を適用します。
※２ 「－」は、その他の事業者は利用できないことを示します。
※３ 同じ申請について、作成支援と書類確認を合わせて申し込む場合は、料金の合計から500円を差し引きます。
"""


def test_a_dash_a_note_tells_answers_whether_the_asker_may_use_it():
    # 県外の大企業 is no 県内中小企業: its column is その他の事業者, whose 「－」 the note explains;
    # 「通訳の手配」 names 通訳等の手配 without its 等
    answer = _over(FEES, "県外の大企業から、通訳の手配を頼みたいと言われました。利用できますか？")
    first = answer.text.splitlines()[0]
    assert "「－」" in first and "利用できない" in first
    assert answer.text.count("「－」は、その他の事業者は利用できない") == 1  # (the legend quoted once)


def test_business_days_are_days_before_a_deadline():
    answer = _over(FEES, "ビデオ通話で相談したいという会社があります。何日前までに予約が必要ですか？")
    assert not answer.refused
    assert "５営業日前まで" in answer.text


def test_a_row_named_by_one_of_its_joined_names_and_a_note_taking_an_amount_off():
    # 「推薦書の作成支援」 names 申請書・推薦書の作成支援; the two asked together are 500円 less
    answer = _over(FEES, "県内の中小企業が、同じ申請について推薦書の作成支援とビザの書類確認を一緒に頼むと、料金は合わせていくらですか？")
    assert "7,000円" in answer.text
    assert "500円が差し引かれ、6,500円" in answer.text


COSTS = """杉原県海外経済団体加入支援補助金 募集要領

２ 補助対象者
「商工会議所等」とは、商工会議所、日本人商工会議所その他の地域の企業を広く会員とするものをいいます。
３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t業界団体\t商工会議所等
入会金・登録料\t50\t70\t300\t200
会員向け冊子・ウェブサイトへの広告料\t40\t50\t150\t－
※３ 「－」は、その経費が補助の対象にならないことを示します。
"""


def test_whether_a_cost_is_covered_is_read_off_its_dash():
    # 「費用は、補助の対象になりますか」 asks whether; the row by one of its joined names (会員向け冊子),
    # the column as the asker writes it (日本人商工会議所: 商工会議所等)
    line = _first(COSTS, "日本人商工会議所の会員向け冊子に自社の広告を載せる費用は、補助の対象になりますか？")
    assert "「－」" in line and "補助の対象にならない" in line


SHIPMENTS = """杉原県共同混載便 利用案内

４ 利用の状況
○ 仕向地別・温度帯別の出荷件数 （令和６年度）
仕向地\t常温\t冷蔵\t冷凍\t計
台湾\t20\t８\t５\t33
タイ\t31\t－\t－\t31
※３ 「－」は該当がないもの（タイ便は常温の貨物のみを取り扱う。）、「…」は集計していないものである。
"""


def test_a_legend_keeps_the_bracket_its_note_closes_after_the_full_stop():
    line = _first(SHIPMENTS, "タイ向けの混載便では、冷蔵の貨物も扱ってもらえますか？")
    assert "常温の貨物のみ" in line
    assert line.count("(") + line.count("（") == line.count(")") + line.count("）")


MEMBERS = """杉原県海外経済団体加入支援補助金 募集要領

５ 交付の実績
○ 加入先の国・地域別の交付件数 （単位：件）
加入先の国・地域\t令和５年度\t令和６年度\t増減
中国\t３\t２\t▲１
タイ\t３\t４\t１
ベトナム\t２\t４\t２
インドネシア\t１\t２\t１
米国\t３\t３\t０
合計\t12\t15\t３
"""


def test_rows_named_together_are_a_share_of_the_total():
    # an acronym the documents never write, spelled out by the rows it lists in brackets: their sum
    # over the total row (10 of 15)
    line = _first(MEMBERS, "2024年度の交付のうち、ＡＳＥＡＮの国（タイ、ベトナム、インドネシア）の団体への加入は何％を占めますか？")
    assert "10件" in line and "15件" in line and "66.7%" in line


RECORD = """杉原県国際調停費用補助金 交付要綱

（参考）交付の実績
○ 交付の実績
年度\t申請件数（件）\t交付件数（件）\t交付額（千円）
令和２年度\t４\t３\t1,580
令和３年度\t６\t４\t2,140
令和４年度\t９\t７\t4,385
"""


def test_an_average_in_thousands_of_yen_is_said_in_man_yen_too():
    # 8,105千円 ÷ 14件 = 578.9千円: people speak of 約57.9万円
    line = _first(RECORD, "令和２年度から令和４年度までに交付した補助金は、１件当たり平均でいくらになりますか？")
    assert "578.9千円（約57.9万円）" in line


EMPLOYERS = """杉原県外国人材雇用事業所実態調査 結果概要

２ 回答事業所
○ 業種別の回答事業所数と外国人労働者数 （令和６年度調査）
業種\t回答事業所数（所）\t雇用事業所数（所）\t外国人労働者数（人）
製造業\t420\t210\t3,120
宿泊業・飲食サービス業\t104\t46\t538
サービス業（他に分類されないもの）\t63\t24\t1,063
合計\t587\t280\t4,721
"""


def test_a_name_inside_another_is_no_second_row_of_a_share():
    # サービス業 inside 宿泊業・飲食サービス業 names no second row to add to it
    line = _first(EMPLOYERS, "宿泊業・飲食サービス業の事業所は、回答した事業所全体の何％ですか？")
    assert "104" in line and "167" not in line


def test_a_ratio_of_rows_with_a_bracket_after_their_names_keeps_the_question_order():
    # 「AはBの何倍」: A over B, though neither label is said with its 「（１件）」
    line = _first(FEES, "県内の中小企業の場合、通訳等の手配の料金は、ビザの書類確認の何倍ですか？")
    assert "5,000円 ÷ 3,000円" in line
    line = _first(FEES, "県内の中小企業の場合、推薦書の作成支援の料金は、ビザの書類確認の何倍ですか？")
    assert "4,000円 ÷ 3,000円" in line


def test_a_note_taking_an_amount_off_a_sum_does_not_change_a_difference():
    answer = _over(FEES, "同じ申請について、推薦書の作成支援はビザの書類確認よりいくら高いですか？")
    assert "差は1,000円" in answer.text and "差し引かれ" not in answer.text


def test_a_yes_or_no_question_of_marks_begins_with_its_answer():
    # the legend says no plainly (利用できない), or yes (対象となる): the answer comes first; a grade
    # (80％以上100％未満) says neither
    assert _first(FEES, "県外の大企業から、通訳の手配を頼みたいと言われました。利用できますか？").startswith("いいえ。")
    assert _first(SHIPMENTS, "タイ向けの混載便では、冷蔵の貨物も扱ってもらえますか？").startswith("いいえ。")
    assert not _first(KPI, "個別相談の件数には「△」が付いていますが、これはどういう意味ですか？").startswith(("はい", "いいえ"))


def test_the_terms_of_several_documents_come_in_the_order_their_passages_rank():
    # lead documents are gathered as a set; the terms read into a question (and so the answer) must
    # not depend on the order a set of strings iterates in, which changes with the process's hashing
    from assistant.extractive import _glossary
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult, _document_texts
    from assistant.types import Passage
    from assistant.wording import DocumentWording
    from corpus.chunking import Chunker
    from structure_docs import text_doc

    first = "甲県補助金 要領\n\n１ 用語\n「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。\n"
    second = "乙県調査 報告書\n\n１ 用語\n「海外展開企業」とは、海外に拠点を持つ企業をいう。\n"
    chunks = Chunker().chunk(text_doc("b.txt", "甲県補助金 要領", first)) + Chunker().chunk(text_doc("a.txt", "乙県調査 報告書", second))
    passages = [Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(chunks)]
    result = RetrievalResult(passages, expand_query("質問"), confidence=0.9, records=[], chunks={c.id: c for c in chunks},
                             wording=DocumentWording(_document_texts(chunks)))
    terms = [t for _, t in _glossary(result, ["a.txt", "b.txt"], [])]
    assert terms == [t for _, t in _glossary(result, ["b.txt", "a.txt"], [])]
    assert terms.index("小規模企業者") < terms.index("海外展開企業")
