"""Answers grounded in the documents' structure, found on the fifty-second session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

RECORD = """令和７年度 桂県のり輸出拡大支援補助金 募集要項

１ 目的
県内で加工したのりの輸出を広げるため、令和２年度に始めた制度です。

５ これまでの実績
申請件数は毎年増えており、令和６年度は21件の申請があり、14件を採択しました（うち小規模企業者６件）。
○ 申請と交付の実績
年度\t申請件数（件）\t採択件数（件）\tうち小規模企業者（件）\t交付額（千円）
令和２年度\t９\t６\t２\t3,912
令和３年度\t12\t８\t３\t5,284
令和４年度\t15\t10\t４\t6,730
令和５年度\t17\t12\t５\t7,845
令和６年度\t21\t14\t６\t9,126
合計\t74\t50\t20\t32,897
"""


def test_a_share_up_to_the_tables_last_year_is_read_from_its_total_row():
    # 令和６年度までの５年間: every year row, which 合計 adds up (50 / 74), not 令和６年度's 14 / 21 (of
    # the row, nor of the prose that gives 令和６年度's figures alone)
    first = _first(RECORD, "令和６年度までの５年間で、申請された案件のうち採択されたのは何％ですか？")
    assert "67.6%" in first and "合計" in first


def test_a_share_of_one_year_stays_that_years():
    first = _first(RECORD, "令和６年度に申請された案件のうち、採択されたのは何％ですか？")
    assert "66.7%" in first and "合計" not in first


def test_a_sentence_of_the_last_year_alone_gives_no_share_over_the_years():
    from assistant.extractive import _one_year_of_span

    class _Unit:
        def __init__(self, text: str):
            self.text = text

    one_year = [_Unit("令和６年度は21件の申請があり、14件を採択しました。")]
    assert _one_year_of_span("令和6年度までの5年間で、申請された案件のうち採択されたのは何%ですか?", one_year)
    assert not _one_year_of_span("令和6年度に申請された案件のうち、採択されたのは何%ですか?", one_year)
    over_years = [_Unit("令和２年度から令和６年度までに74件の申請があり、50件を採択しました。")]
    assert not _one_year_of_span("令和6年度までの5年間で、申請された案件のうち採択されたのは何%ですか?", over_years)


GRANT = """令和７年度 桂県かつお節輸出促進補助金 募集要項

１ 目的
県内で製造した鰹節の輸出を広げるため、検査、海外見本市への出展等に要する経費の一部を補助します。

６ 活用事例（令和６年度）
（１）本枯節製造業Ａ社（桂市）
輸出先：フランス
補助の対象とした取組：ヒスタミン検査と海外見本市への出展
交付を受けた額：42万円
"""


def test_a_weight_asked_of_documents_that_give_no_weight_is_not_stated():
    answer = answer_over_text(GRANT, "この補助金を使った会社の鰹節は、令和６年度に合わせて何トン輸出されましたか？")
    assert answer.refused
    assert "記載が見当たりません" in answer.text and "何トン" in answer.text


def test_a_weight_the_document_gives_in_another_unit_is_not_refused():
    text = GRANT + "\n７ 輸出の状況\n補助事業者の令和６年度の鰹節の輸出量は、合わせて3,200kgであった。\n"
    answer = answer_over_text(text, "この補助金を使った会社の鰹節は、令和６年度に合わせて何トン輸出されましたか？")
    assert not answer.refused and "3,200kg" in answer.text


KETTLES = """令和６年度 桂県鉄瓶・鋳物工芸製造業の輸出実態調査 報告書

１ 調査の概要
県は、鉄瓶をはじめとする製品の海外での人気の高まりを受け、県内の製造事業者の輸出の実態を調べた。

３ 輸出先
令和５年度の輸出額は10,070万円で、前年度の8,330万円から1,740万円増えた。
○ 輸出先別の輸出額 （単位：万円）
輸出先\t令和４年度\t令和５年度\t増減
中国\t2,480\t2,150\t▲330
台湾\t1,120\t1,390\t270
米国\t1,350\t1,820\t470
フランス\t980\t1,560\t580
その他\t2,400\t3,150\t750
合計\t8,330\t10,070\t1,740
"""


def test_a_remainder_row_is_not_the_second_largest_destination():
    # その他 3,150 is the largest figure but no destination: the second largest is 米国, not 中国
    first = _first(KETTLES, "令和５年度の鋳物工芸品の輸出額が２番目に多かった輸出先はどこですか？")
    assert "2番目に多いのは米国" in first
    assert "最も多いのは中国" in _first(KETTLES, "令和５年度の鋳物工芸品の輸出額が最も多かった輸出先はどこですか？")


def test_the_goods_of_what_the_title_names_are_the_documents_subject():
    from assistant.lookup import Lookup
    from index.tokenizer import get_tokenizer
    from structure_docs import records_of

    # 鋳物工芸品 of a report on 鋳物工芸製造業, its rarest word 工芸品: the table need not write it
    tokenizer = get_tokenizer()
    rare = {"工芸", "芸品"}
    lookup = Lookup(lambda g: 4.0 if g in rare else 1.0, words=tokenizer.content_words, names=tokenizer.proper_nouns,
                    document_text=lambda doc: KETTLES)
    records = records_of("kettles.txt", KETTLES.split("\n", 1)[0], KETTLES)
    found = lookup.find("2023年度の鋳物工芸品の輸出額全体のうち、フランス向けは何％を占めていますか？", records)
    assert found is not None and "15.5%" in found.statement


ITEMS = """令和７年度 桂県輸出価格算定相談のご案内

１ 相談の概要
この案内において「品目」とは、見積書を作る商品の単位をいい、内容量や色だけが異なるものは同じ１品目と数えます。

２ 相談のコース
（２）見積書作成コース
相談の内容：輸出先ごとの見積書を作成します。
利用料金：１品目当たり6,000円
"""


def test_a_quantity_of_the_askers_case_is_no_name_the_document_must_write():
    # 200ml is the size of the asker's goods, not a name like BioJapan2021: the definition answers
    first = _first(ITEMS, "同じ味のドレッシングで200ml入りと500ml入りの２種類がある会社です。見積書作成コースでは、何品目として数えますか？")
    assert "同じ１品目" in first and "200ml" not in first
    # (a name in letters and digits the document does not write is still not stated)
    named = answer_over_text(ITEMS, "見積書作成コースは、FOODEX2026の出展者も使えますか？")
    assert named.refused and "FOODEX2026" in named.text


CRATES = """令和７年度 桂県輸出用木箱製作サービスのご案内

２ 木箱の種類と料金
（１）すかし箱
用途：機械部品等の重い貨物
料金：三辺合計１cm当たり40円（最低料金4,000円）
（２）密閉箱
用途：湿気を避ける精密機器等の貨物
料金：三辺合計１cm当たり70円（最低料金7,000円）
（３）合板箱
用途：軽い貨物
料金：三辺合計１cm当たり50円（最低料金5,000円）
※１ 料金は１箱当たりの額で、上の額は県内の中小企業者の料金です。それ以外の事業者の料金は、上の額に５割を加えた額とします。
"""


def test_a_price_per_one_of_a_measure_is_computed_for_the_askers_amount():
    from structure_docs import answer_naming_siblings

    # 密閉箱 named: its 70円 per cm times 220cm, the note under the last kind no detail of （３）
    answer = answer_naming_siblings("県内の中小企業が、外のりの縦・横・高さを足すと220cmになる密閉箱を１つ頼むと、料金はいくらになりますか？",
                                    "crates.txt", "令和７年度 桂県輸出用木箱製作サービスのご案内", CRATES)
    first = answer.text.splitlines()[0]
    assert "15,400円" in first and "密閉箱" in first
    # (the least price when the product falls short of it)
    small = answer_naming_siblings("外のりの三辺を足すと80cmの密閉箱を頼むと、料金はいくらですか？",
                                   "crates.txt", "令和７年度 桂県輸出用木箱製作サービスのご案内", CRATES)
    assert "7,000円" in small.text.splitlines()[0]


def test_a_follow_up_limiting_the_question_to_a_part_asks_it_again_of_the_part():
    from assistant.followup import rewrite_followup

    history = [{"role": "user", "content": "鋳物工芸の事業者で、原材料の値上がりを輸出の課題に挙げたのは全体で何％ですか？"},
               {"role": "assistant", "content": "全体では52.6％です[1]。"}]
    rewritten = rewrite_followup("それを分業事業者に限るとどうなりますか？", history)
    # the previous question, of the part: its 「全体で」 no longer asked
    assert rewritten.startswith("分業事業者に限ると、") and "原材料の値上がり" in rewritten and "何%" in rewritten
    assert "全体" not in rewritten
