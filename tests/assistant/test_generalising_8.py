"""Answers grounded in the documents' structure, found on the eighth session's blind sets
(probe15, heldout5): a label–value line the question names by its words, a follow-up's asked
part naming the line, a place asked of a card, a list asked by 「…を教えて」, a section whose
heading the question names, and contact lines asked by 電話."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer
from assistant.glossary import BUNDLED_GLOSSARY, Glossary
from assistant.normalize import expand_query
from assistant.retrieval import RetrievalResult, _heading_words_named, _question_words
from assistant.types import Passage
from corpus.chunking import Chunker
from corpus.models import DocumentMeta, LoadedDocument
from corpus.tables import extract_records
from index.tokenizer import get_tokenizer

GUIDE = """夕凪県研究開発拠点設置支援補助金 募集要項

１．覚書の概要
名称：夕凪県とベランタ市との経済交流に関する覚書
締結日：令和２年２月７日
締結場所：ベランタ市庁舎
署名者：夕凪県知事及びベランタ市長

２．協力分野
(1) 投資及び貿易の促進
(2) 高度人材・技術研修生の交流
(3) 港湾物流及び食品分野の技術協力

３．今後の予定
覚書は令和８年２月に延長の時期を迎える。延長に合わせて、協力分野に脱炭素を加えることをベランタ市と協議している。

４．募集の日程
① 申請受付開始：令和７年６月２日（月）
② 申請締切：令和７年７月31日（木）17時（必着）
③ 交付決定：令和７年10月中旬（予定）

５．問い合わせ先
夕凪県 商工労働部 国際経済課
電話：099-050-2261（受付時間：平日９時から17時まで）
英語での相談：099-050-2265
"""


@pytest.fixture(scope="module")
def doc():
    return LoadedDocument(doc_id="g.txt", path="g.txt", meta=DocumentMeta(file="g.txt", title="夕凪県研究開発拠点設置支援補助金 募集要項"),
                          text=GUIDE, content_hash="g", format="txt")


@pytest.fixture(scope="module")
def chunks(doc):
    return Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)


@pytest.fixture(scope="module")
def records(doc, chunks):
    return extract_records(doc, chunks)


def _value(found):
    return found.cells[0][1].value if found else None


def test_a_line_the_question_names_by_its_words_beats_the_line_named_by_the_kind(lookup, records):
    # 「電話」 names the kind asked; 「英語での相談」 names which of the two phone lines
    found = lookup.find("この補助金のことを英語で相談したいのですが、電話番号はありますか？", records)
    assert _value(found) == "099-050-2265"
    assert _value(lookup.find("この補助金の問い合わせの電話番号は？", records)).startswith("099-050-2261")


def test_a_follow_ups_asked_part_names_the_line_not_its_carried_topic(lookup, records):
    found = lookup.find("研究開発拠点の補助金の申請締切について、その後、交付決定はいつごろになりますか？", records)
    assert _value(found) == "令和７年10月中旬（予定）"


def test_where_it_was_signed_is_the_place_line_not_the_signers(lookup, records):
    found = lookup.find("ベランタ市との覚書について、それはどこで署名されたのですか？", records)
    assert _value(found) == "ベランタ市庁舎"


def test_a_list_asked_by_its_kind_noun_is_quoted_whole(chunks, records):
    question = "ベランタ市と協力していくことになっている分野を教えてください。"
    listed = [c for c in chunks if "協力分野" in c.section]
    others = [c for c in chunks if c not in listed]
    # the prose that mentions 協力分野 and ベランタ市 first, as the retriever ranked it before
    passages = [Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(
        sorted(others, key=lambda c: "今後の予定" not in c.section)[:1] + listed + others)]
    result = RetrievalResult(passages, expand_query(question), confidence=0.9, records=records,
                             chunks={c.id: c for c in chunks})
    answer = ExtractiveAnswerer().answer(question, result)
    lead = answer.text.split("\n")[0]
    assert "投資及び貿易の促進" in lead and "港湾物流及び食品分野の技術協力" in lead


def test_a_heading_of_two_words_the_question_names_is_matched_word_by_word():
    asked = _question_words("ベランタ市と協力していくことになっている分野を教えてください。")
    assert _heading_words_named("覚書の概要 > ２．協力分野", asked)
    assert not _heading_words_named("３．今後の予定", asked)
    assert not _heading_words_named("１．概要", _question_words("概要を教えて"))  # one word: no heading match


def test_a_phone_asked_reaches_the_contact_lines_written_tel():
    glossary = Glossary.load(BUNDLED_GLOSSARY)
    terms = expand_query("県の担当に電話で相談したいのですが、番号を教えて", glossary).terms
    assert "TEL" in terms and "問合せ先" in terms


SUBSIDY = """研究開発拠点設置支援補助金 募集要項

３ 補助対象経費
(1) 施設・設備整備費：研究開発拠点の建物の取得費、改修費及び賃借料並びに研究開発用の機器の購入費
(2) 研究開発人材の雇用経費：新たに雇用する研究員の給与（１人当たり最大12か月分）

４ 補助率及び補助上限額
○ 企業規模別・経費区分別の補助率及び補助上限額
企業規模\t施設・設備整備費\t\t研究開発人材の雇用経費
企業規模\t補助率\t補助上限額（万円）\t補助率\t補助上限額（万円）
中小企業\t２分の１以内\t5,000\t３分の２以内\t1,200
大企業\t４分の１以内\t10,000\t３分の１以内\t2,000
"""


def test_a_label_is_named_by_what_its_definition_line_says_it_covers(lookup):
    doc = LoadedDocument(doc_id="s.txt", path="s.txt", meta=DocumentMeta(file="s.txt", title="募集要項"),
                         text=SUBSIDY, content_hash="s", format="txt")
    records = extract_records(doc, Chunker().chunk(doc))
    found = lookup.find("中小企業が研究開発拠点の改修や機器の購入をする場合、補助率はどれくらいですか？", records)
    assert _value(found) == "２分の１以内"  # 施設・設備整備費 covers 改修費 and 機器の購入費
    found = lookup.find("中小企業が研究員を新たに雇う場合、補助率はどれくらいですか？", records)
    assert _value(found) == "３分の２以内"


def test_now_is_not_what_a_question_is_about():
    from assistant.lookup import read_intent

    intent = read_intent("企業立地支援件数の2025年度の目標と、いま出ている実績を教えてください。",
                         get_tokenizer().content_words)
    assert "いま" not in intent.topic.split() and "いま" not in (intent.attribute or "")


def test_seats_worth_is_counted_in_seats():
    from assistant.extractive import _answer_types

    wanted = _answer_types("県専用スペースは何席分ありますか？")
    assert any(p.search("県専用スペース（33席）") for p in wanted)


KPI_AND_GRANTS = """京浜臨海部ライフイノベーション国際戦略総合特区 評価書

○ 財政支援措置の状況
措置\t概要\t実績
中小企業設備投資等助成\t設備の導入を助成する\t令和2年度交付実績 29件
新技術開発促進事業\t新製品の開発を助成する\t令和2年度交付実績 12件

○ 特区関連事業による投資額
区分\t令和元年度\t令和2年度\t令和3年度
目標値\t87億円\t93億円\t99億円
実績値\t116億円\t135億円\t
"""


def test_the_table_that_names_the_questions_most_specific_word_is_asked_about(lookup):
    # the grants' 実績 column fits the kind asked, but only the KPI table names 投資額: its empty
    # 令和3年度 actual is the answer (not given), not a grant count
    title = "京浜臨海部ライフイノベーション国際戦略総合特区 評価書"
    doc = LoadedDocument(doc_id="k.txt", path="k.txt", meta=DocumentMeta(file="k.txt", title=title),
                         text=KPI_AND_GRANTS, content_hash="k", format="txt")
    records = extract_records(doc, Chunker().chunk(doc))
    found = lookup.find("京浜臨海部ライフイノベーション特区で、2021年度の特区関連事業による投資額の実績はどうなっていますか？",
                        records)
    assert found is not None and found.refused
    assert found.cells[0][0].title == "特区関連事業による投資額"


ROBOTS = """特区の数値目標

○ 特区発ロボットの商品化状況(累計)
区分\t第２期\t第３期\t\t\t\t
区分\t令和４年度\t令和５年度\t令和６年度\t令和７年度\t令和８年度\t令和９年度
目標値\t25\t６\t12\t18\t24\t30
実績値\t27\t12\t33\t-\t-\t-
"""


def test_two_cells_asked_in_one_question_are_each_answered(lookup):
    doc = LoadedDocument(doc_id="n.txt", path="n.txt", meta=DocumentMeta(file="n.txt", title="特区の数値目標"),
                         text=ROBOTS, content_hash="n", format="txt")
    records = extract_records(doc, Chunker().chunk(doc))
    found = lookup.find("特区発ロボットの商品化件数について、第3期の最終年度の目標件数と、令和6年度の実績を教えてください。",
                        records)
    values = [cell.value for _, cell in found.cells]
    assert "30" in values and "33" in values  # 第３期's last year's target, and 令和６年度's actual
    assert found.statement.index("30") < found.statement.index("33")


def test_a_span_of_time_and_a_kind_of_row_are_no_asked_detail():
    from assistant.lookup import read_intent

    words = get_tokenizer().content_words
    assert read_intent("事業数について、2021年度の単年度目標は？", words).attribute == ""
    assert read_intent("商品化件数について、第3期の最終年度の目標件数は？", words).attribute == ""


MISSION = """令和６年度 北米経済ミッション 実施報告書

○ 訪問都市別の商談の成果
訪問都市\t商談件数（件）\t成約見込み件数（件）\t成約見込み額（万円）
シアトル市\t146\t23\t8,450
バンクーバー市\t118\t19\t9,120

○ 業種別の参加者数
業種\t団体数\t参加者数
食品製造業\t５\t11
酒類製造業\t３\t６
機械製造業\t２\t４

○ 国籍別の認定件数の推移 （単位：件）
年度\t中国\t米国\tベトナム\t計
令和４年度\t３\t２\t２\t７
令和５年度\t４\t１\t３\t８
令和６年度\t５\t３\t４\t12
"""


@pytest.fixture(scope="module")
def mission_records():
    doc = LoadedDocument(doc_id="m.txt", path="m.txt", meta=DocumentMeta(file="m.txt", title="令和６年度 北米経済ミッション 実施報告書"),
                         text=MISSION, content_hash="m", format="txt")
    return extract_records(doc, Chunker().chunk(doc))


def test_a_table_without_years_belongs_to_the_year_its_document_names(lookup, mission_records):
    found = lookup.find("令和６年度の北米経済ミッションで、シアトルでの成約見込みは何件でしたか？", mission_records)
    assert _value(found) == "23"


def test_a_sum_down_the_years_of_a_table_with_years_as_rows(lookup, mission_records):
    found = lookup.find("中国籍の認定件数を、2022年度から2024年度までの３年間で合計すると何件ですか？", mission_records)
    assert found is not None and found.computed and "12件" in found.statement
    assert sorted(cell.value for _, cell in found.cells) == ["３", "４", "５"]


def test_the_column_the_question_names_is_summed_not_its_neighbour(lookup, mission_records):
    found = lookup.find("食品製造業と酒類製造業の参加者を合わせると、何人になりますか？", mission_records)
    assert found is not None and "17人" in found.statement  # 参加者数 11 + 6, not 団体数 5 + 3


STRATEGY = """国際経済戦略 中間評価報告書

３ 柱ごとの取組状況
柱１ 県内企業の海外展開の促進
主な取組：海外見本市への出展支援
担当課：商工観光部 国際経済戦略課
柱３ 海外からの投資と人材の呼び込み
主な取組：外資系企業の誘致活動、留学生と県内企業の就職マッチング
担当課：商工観光部 企業誘致課

４ 成果指標の達成状況
○ 成果指標の達成状況
成果指標\t基準値\t実績\t\t\t目標
成果指標\t令和３年度\t令和４年度\t令和５年度\t令和６年度\t令和８年度
海外展開に取り組む県内企業数（社）\t268\t295\t331\t362\t420
海外商談会での成約件数（件）\t86\t97\t112\t128\t150
"""


@pytest.fixture(scope="module")
def strategy():
    doc = LoadedDocument(doc_id="t.txt", path="t.txt", meta=DocumentMeta(file="t.txt", title="国際経済戦略 中間評価報告書"),
                         text=STRATEGY, content_hash="t", format="txt")
    chunks = Chunker(max_tokens=200, overlap_tokens=0).chunk(doc)
    return chunks, extract_records(doc, chunks)


def test_the_kind_of_a_cell_is_read_from_the_group_over_its_column(strategy):
    from assistant.lookup import cell_kind

    _, records = strategy
    kinds = {c.column: cell_kind(c) for r in records for c in r.cells if c.row.startswith("海外展開")}
    assert kinds["令和５年度"] == "実績" and kinds["令和８年度"] == "目標"


def test_how_far_the_last_target_is_from_the_asked_years_actual(lookup, strategy):
    _, records = strategy
    found = lookup.find("海外展開に取り組む県内企業の数ですが、2024年度の実績から見て、最終目標まであと何社足りないのでしょうか。",
                        records)
    assert found is not None and found.computed and "58社" in found.statement  # 420 − 362


def test_a_plans_numbered_pillars_are_sections_of_their_own(strategy):
    chunks, _ = strategy
    sections = {c.section for c in chunks}
    assert "３ 柱ごとの取組状況 > 柱３ 海外からの投資と人材の呼び込み" in sections
    pillar = next(c for c in chunks if c.section.endswith("柱３ 海外からの投資と人材の呼び込み"))
    assert "企業誘致課" in pillar.text and "国際経済戦略課" not in pillar.text


def test_the_latest_figure_of_the_asked_kind_answers_when_no_year_is_asked(lookup, strategy):
    _, records = strategy
    found = lookup.find("外資系企業ではなく、海外商談会での成約件数について、実績は？", records)
    assert _value(found) == "128"  # 令和６年度's actual, not the row's 令和８年度 target year


def test_a_deadline_year_keeps_its_made_in_a_carried_topic():
    from assistant.followup import rewrite_followup

    history = [{"role": "user", "content": "外資系企業の立地件数は、令和８年度までに何件を目指していますか？"},
               {"role": "assistant", "content": "令和８年度の目標は累計25件です。[1]"}]
    assert "年度まについて" not in rewrite_followup("実績は？", history)


GUIDE_FAQ = """外国人創業活動促進事業のご案内

２ 支援の内容
特例の内容：在留資格に必要な事業所の確保等の要件を、入国後１年以内に満たせばよいこととする
主な取組：創業計画の確認、事業所の紹介

６ よくある質問
Ｑ１ 法人を設立する前でも申請できますか。
Ａ できます。法人の設立は、入国後に行うことを想定しています。
Ｑ２ １年以内に要件を満たせなかった場合はどうなりますか。
Ａ 在留期間の更新は認められないため、出国していただくことになります。
"""


def test_the_documents_own_answer_to_its_question_is_quoted_with_it():
    doc = LoadedDocument(doc_id="q.txt", path="q.txt", meta=DocumentMeta(file="q.txt", title="外国人創業活動促進事業のご案内"),
                         text=GUIDE_FAQ, content_hash="q", format="txt")
    chunks = Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)
    question = "もし１年のうちに要件を満たせなかったら、どうなるんでしょうか？"
    faq = sorted(chunks, key=lambda c: "よくある質問" not in c.section)
    passages = [Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(faq)]
    result = RetrievalResult(passages, expand_query(question), confidence=0.9, records=[], chunks={c.id: c for c in chunks})
    answer = ExtractiveAnswerer().answer(question, result)
    assert "在留期間の更新は認められない" in answer.text.split("\n")[0]


def test_actually_asks_for_the_actual_and_a_rate_pairs_each_kind_with_its_year(lookup):
    from assistant.lookup import read_intent

    assert read_intent("2021年度の国際共同治験は実際に何件実施されましたか？", get_tokenizer().content_words).kinds == ["実績"]
    text = ("企業立地支援の計画\n\n○ 企業立地支援件数（計画期間中の累計）\n"
            "区分\t令和６年度\t令和７年度\t令和８年度\t令和９年度\n目標\t50\t100\t150\t200\n実績\t51\t63\t―\t―\n")
    doc = LoadedDocument(doc_id="r.txt", path="r.txt", meta=DocumentMeta(file="r.txt", title="企業立地支援の計画"),
                         text=text, content_hash="r", format="txt")
    records = extract_records(doc, Chunker().chunk(doc))
    found = lookup.find("企業立地支援件数は、令和7年度の実績で最終年度（2027年度）の目標の何％まで来ていますか？", records)
    assert found is not None and found.computed and "31.5%" in found.statement  # 63 of 200


def test_a_planned_figure_is_no_actual(lookup):
    text = ("立地状況\n\n○ 業種別の外資系企業立地状況\n業種\t立地件数（件）\t新規雇用予定数（人）\n"
            "半導体・電子部品\t４\t320\n医療機器\t２\t85\n")
    doc = LoadedDocument(doc_id="p.txt", path="p.txt", meta=DocumentMeta(file="p.txt", title="立地状況"),
                         text=text, content_hash="p", format="txt")
    records = extract_records(doc, Chunker().chunk(doc))
    found = lookup.find("半導体・電子部品の新規雇用予定数について、実際にはそのうち何人が雇用されたんですか？", records)
    assert found is None or found.refused or "320" not in found.statement


def test_a_share_of_two_columns_of_one_unit_when_a_stem_names_a_third(lookup, mission_records):
    # 成約見込み names 成約見込み件数 and 成約見込み額; the share is of the two counted in 件
    found = lookup.find("バンクーバーでは、商談のうち何％くらいが成約見込みにつながったのでしょうか。", mission_records)
    assert found is not None and found.computed and "16%" in found.statement  # 19 ÷ 118


def test_the_other_one_after_one_of_a_two_row_table_is_its_other_row(mission_records):
    from assistant.followup import OTHER_MARK
    from assistant.retrieval import other_row

    rewritten = "北米ミッションでの、シアトルの成約見込み額はいくらでしたか？" + OTHER_MARK
    assert other_row(rewritten, mission_records).startswith("北米ミッションでの、バンクーバー市の成約見込み額")
    assert other_row("シアトルの成約見込み額は？", mission_records) is None  # no 「もう一つ」 asked
