"""Answers grounded in the documents' structure, found on blind question sets (seventh session):
label–value cards, notes under a table, total rows, shares, multiples and counted lists."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer
from assistant.lookup import read_intent
from assistant.normalize import expand_query
from assistant.retrieval import RetrievalResult
from assistant.types import Passage
from corpus.chunking import Chunker
from corpus.models import DocumentMeta, LoadedDocument
from corpus.tables import extract_records
from index.tokenizer import get_tokenizer

REPORT = """ひかり県スタートアップ支援事業 実施報告書

１．支援拠点の概要
ａ ひかり鎌倉
所在地 鎌倉市大町１丁目９－22
開設年月日 令和元年 11月 26日
施設の機能 シェアオフィス、会議室
施設運営者 株式会社あゆみ企画

ｂ みどり厚木
所在地 厚木市泉町１-１ 本厚木ビル（６階）
開設年月日 令和４年７月 15日
施設の機能 シェアオフィス、会議室
施設運営者 株式会社厚木まちづくり

２．プログラム別の実績
プログラム別の資金調達額は、次のとおりである。
○ プログラム別の資金調達額 （単位：百万円）
プログラム 令和５年度 令和６年度
アクセラレーション前期 412 655
グローバル展開支援 520 1,180
合計 932 1,835
※１ 資金調達額は、出資及び融資の額の合計である。
※２ グローバル展開支援の令和６年度の資金調達額には、契約が解除された１社分の
150百万円が含まれている。これを除いた額は1,030百万円である。

３．支援メニューの利用状況
オンライン相談は、県外からの利用が全体の約３割を占めている。
○ 支援メニュー別の利用件数 （単位：件）
支援メニュー 令和５年度 令和６年度
起業相談窓口 468 503
オンライン相談 96 142
合計 564 645

４．規制の特例措置の活用状況
○ 令和６年度の特例措置別の活用状況
特例措置 認定事業数（件） 関連投資額（百万円）
外国人創業活動促進事業 ５ 180
農地転用の特例 １ 2,650
計 ６ 2,830

５．グローバル展開支援プログラム
対象：海外市場への展開を目指す県内のスタートアップ
期間：約６か月
定員：５社程度
"""


@pytest.fixture(scope="module")
def doc():
    return LoadedDocument(doc_id="r.txt", path="r.txt", meta=DocumentMeta(file="r.txt", title="実施報告書"),
                          text=REPORT, content_hash="h", format="txt")


@pytest.fixture(scope="module")
def chunks(doc):
    return Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)


@pytest.fixture(scope="module")
def records(doc, chunks):
    return extract_records(doc, chunks)


def _answer(question, chunks, records):
    """The offline answer, with every chunk shown (best: the chunks holding the question's words)."""
    ranked = sorted(chunks, key=lambda c: -sum(w in c.text for w in get_tokenizer().content_words(question)))
    passages = [Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(ranked)]
    result = RetrievalResult(passages, expand_query(question), confidence=0.9, records=records,
                             chunks={c.id: c for c in chunks})
    return ExtractiveAnswerer().answer(question, result)


def _value(found):
    return found.cells[0][1].value if found else None


class TestCards:
    def test_a_card_is_found_by_any_of_its_lines(self, lookup, records):
        # 本厚木 is only in the card's 所在地; どこの会社 asks for an organisation, not a place
        found = lookup.find("本厚木にある拠点は、どこの会社が運営していますか？", records)
        assert _value(found) == "株式会社厚木まちづくり"

    def test_each_kind_asked_of_one_card_gets_its_line(self, lookup, records):
        found = lookup.find("みどり厚木は、いつオープンしてどこが運営しているんですか？", records)
        assert {c.value for _, c in found.cells} >= {"株式会社厚木まちづくり", "令和４年７月 15日"}

    def test_how_many_can_take_part_is_the_capacity(self, lookup, records):
        found = lookup.find("グローバル展開支援プログラムは、何社くらい参加できるんですか？", records)
        assert found.cells[0][1].row == "定員"


class TestNotesUnderTables:
    def test_a_units_note_is_no_label_value_line(self, records):
        assert not [r for r in records if r.kind == "facts" and r.title.startswith("プログラム別")]

    def test_a_note_wrapped_onto_the_next_line_is_read_whole(self, records):
        table = next(r for r in records if r.kind == "table" and r.title.startswith("プログラム別の資金調達額"))
        assert [n.text.split()[0] for n in table.footnotes] == ["※１", "※２"]
        assert table.footnotes[1].text.endswith("これを除いた額は1,030百万円である。")

    def test_a_note_on_the_answers_cell_is_quoted_with_it(self, chunks, records):
        answer = _answer("グローバル展開支援の採択企業が2024年度に調達した資金は、最終的にいくらになりましたか？",
                         chunks, records)
        assert "1,180百万円" in answer.text.split("\n")[0]
        assert "表の注記「※２ グローバル展開支援の令和６年度の資金調達額には" in answer.text
        assert "1,030百万円" in answer.text and not answer.refused

    def test_a_note_on_another_row_is_not_quoted(self, chunks, records):
        answer = _answer("アクセラレーション前期の2024年度の資金調達額は？", chunks, records)
        assert "655百万円" in answer.text and "表の注記" not in answer.text


class TestTotalsSharesAndMultiples:
    def test_the_total_row_is_the_whole_a_question_asks_for(self, chunks, records):
        # a sentence elsewhere says 全体; the table's 合計 row is the whole asked for
        answer = _answer("2024年度の支援メニュー全体の利用件数は、合計で何件でしたか？", chunks, records)
        assert answer.text.startswith("支援メニュー別の利用件数の合計の令和6年度（2024年度）は645件です")

    def test_a_rows_share_of_the_total_in_a_column_named_by_its_parts(self, lookup, records):
        found = lookup.find("令和６年度の特例措置に関連する投資額のうち、農地転用の特例はどのくらいの割合を占めていますか？",
                            records)
        assert found.computed and "約94%" in found.statement  # 2,650 ÷ 2,830

    def test_a_multiple_between_two_years(self, lookup, records):
        found = lookup.find("アクセラレーション前期の資金調達額は、令和５年度から令和６年度にかけて何倍になりましたか？",
                            records)
        assert found.computed and "約1.6倍" in found.statement and "655百万円 ÷ 412百万円" in found.statement


class TestIntent:
    def test_a_point_of_the_year_is_no_topic_word(self):
        intent = read_intent("商品化件数は、2024年度末時点の累計実績でいくつですか？", get_tokenizer().content_words)
        assert intent.years == {2024}
        assert "末" not in intent.topic and "時点" not in intent.topic

    @pytest.mark.parametrize("question, wants", [
        ("どこの会社が運営していますか？", ["who"]),
        ("どこにありますか？", ["place"]),
        ("ペルマタ州の人口はどのくらいですか？", ["count", "quantity"]),
    ])
    def test_the_kind_of_value_asked(self, question, wants):
        assert read_intent(question).wants == wants


def test_a_count_is_not_answered_by_a_rate(lookup):
    records = extract_records(*_doc_and_chunks("評価\n○ 評価指標\n指標 令和２年度\n進捗度 75%\n"))
    assert lookup.find("国の評価で何点でしたか？", records) is None


def _doc_and_chunks(text):
    doc = LoadedDocument(doc_id="e.txt", path="e.txt", meta=DocumentMeta(file="e.txt", title="評価"), text=text,
                         content_hash="e", format="txt")
    return doc, Chunker().chunk(doc)


def test_a_counted_kind_of_listed_items_is_not_a_missing_detail():
    text = ("②理由と背景:\n地方政府は、設備投資を後押しする「設備更新補助金」と、地域内で産業チェーンを完結させる"
            "企業への「産業チェーン完備奨励金」を組み合わせて投入。\n")
    doc, chunks = _doc_and_chunks(text)
    answer = _answer("地方政府が組み合わせて投入した2つの支援策は何ですか？", chunks, [])
    assert not answer.refused
    assert "設備更新補助金" in answer.text and "産業チェーン完備奨励金" in answer.text


def test_each_of_two_parts_is_quoted_when_それぞれ_is_asked():
    text = ("（四）花園口エリア\n花園口エリアは東西にわたる二つの区域からなり、面積が 5㎢である。東部区域の面積は 3.8㎢で、"
            "北は玫瑰街までとなる。西部区域の面積は 1.2㎢で、北は玉蘭街までとなる。\n")
    doc, chunks = _doc_and_chunks(text)
    answer = _answer("花園口エリアの東西二つの区域、それぞれの面積は？", chunks, [])
    assert "3.8㎢" in answer.text and "1.2㎢" in answer.text


class TestFollowUps:
    def test_それ_after_a_question_about_a_prefecture_points_at_the_reply(self):
        from assistant.followup import rewrite_followup

        history = [{"role": "user", "content": "神奈川県では国家戦略特区にどの範囲が指定されていますか？"},
                   {"role": "assistant", "content": "神奈川県は全県域が東京圏の国家戦略特区として指定されています[1]。"}]
        rewritten = rewrite_followup("それはいつからですか？", history)
        assert "全県域" in rewritten and "国家戦略特区" in rewritten

    def test_the_other_one_alone_asks_the_previous_question_of_it(self):
        from assistant.followup import rewrite_followup

        history = [{"role": "user", "content": "大連のモデル区では、2025年までに産業協力でどんな目標を掲げていますか？"},
                   {"role": "assistant", "content": "1千億人民元級のハイエンド設備製造産業環境を構築することなどです[1]。"}]
        rewritten = rewrite_followup("新材料のほうは？", history)
        assert "新材料" in rewritten and "2025年" in rewritten and "目標" in rewritten


    def test_another_measure_alone_is_no_other_subject(self):
        from assistant.followup import rewrite_followup

        history = [{"role": "user", "content": "令和６年度の実証フィールド支援プログラムでは、何社が採択されましたか？"},
                   {"role": "assistant", "content": "令和６年度の採択企業数は11社でした[1]。"}]
        rewritten = rewrite_followup("調達額のほうは？", history)
        assert "実証フィールド支援プログラム" in rewritten and "調達額" in rewritten


def test_until_when_wants_a_deadline_not_any_year():
    text = "５．特区立地促進補助金\n補助率：投資額の10分の１以内\n令和６年度の交付実績：６件\n"
    doc, chunks = _doc_and_chunks(text)
    assert _answer("特区立地促進補助金の申請はいつまでにすればいいですか？", chunks, []).refused
    doc, chunks = _doc_and_chunks(text + "申請期限：令和７年６月30日まで\n")
    answer = _answer("特区立地促進補助金の申請はいつまでにすればいいですか？", chunks, [])
    assert not answer.refused and "令和７年６月30日" in answer.text


def test_a_part_of_a_whole_the_question_states_is_not_the_whole():
    text = "（１）朝霧港エリア\n区域名：朝霧港国際ビジネス区域\n事業者数：38社\n"
    doc, chunks = _doc_and_chunks(text)
    answer = _answer("朝霧港エリアの38社のうち、外資系の企業は何社ありますか？", chunks, [])
    assert answer.refused and "外資系の企業" in answer.text


def test_a_detail_asked_by_yes_or_no_must_be_in_the_document():
    text = "（１）アクセラレーションプログラム\n対象：創業からおおむね５年以内のスタートアップ\n期間：約４か月\n定員：10社程度\n"
    doc, chunks = _doc_and_chunks(text)
    answer = _answer("アクセラレーションプログラムに参加する場合、参加費はかかりますか？", chunks, [])
    assert answer.refused and "参加費" in answer.text



def test_a_sum_of_single_year_targets(lookup):
    # 単年度 (each year's own, as against 累計) is how the figures are asked for, not a word the
    # table must hold
    question = "投資額で、令和元年度から令和2年度までの単年度目標を足すといくらになりますか？"
    assert "単年度" not in read_intent(question, get_tokenizer().content_words).topic
    text = ("○ 特区関連事業による投資額\n区分 令和元年度 令和２年度 令和３年度\n目標値 87億円 93億円 99億円\n"
            "実績値 120億円 135億円 -\n")
    found = lookup.find(question, extract_records(*_doc_and_chunks(text)))
    assert found is not None and found.computed and "180億円" in found.statement


OFFICES = """翠山県 海外事務所の概要

５．海外事務所の活動
（１）シンガポール事務所
所在地：シンガポール市 ラッフルズプレイス１
開設日：平成28年４月１日
担当者数：４名

（２）ハノイ事務所
所在地：ハノイ市 キムマー通り７
開設日：令和２年10月１日
担当者数：３名

（３）ロサンゼルス事務所
所在地：ロサンゼルス市 ウィルシャー通り９
開設日：令和５年７月３日
担当者数：２名
"""


def test_the_other_one_is_the_sibling_the_conversation_has_not_named():
    from assistant.retrieval import other_sibling

    siblings = {"シンガポール事務所": frozenset({"ハノイ事務所", "ロサンゼルス事務所"}),
                "ハノイ事務所": frozenset({"シンガポール事務所", "ロサンゼルス事務所"}),
                "ロサンゼルス事務所": frozenset({"シンガポール事務所", "ハノイ事務所"}),
                "事業の概要": frozenset({"事業の実績"}), "事業の実績": frozenset({"事業の概要"})}
    question = "海外事務所のうち、シンガポールとハノイはそれぞれいつ開設されましたか？（もう一つ）"
    assert other_sibling(question, siblings) == "海外事務所のうち、ロサンゼルス事務所はいつ開設されましたか?"
    assert other_sibling("シンガポール事務所の担当者数は？（もう一つ）", siblings) is None  # one named: two are left
    assert other_sibling("シンガポールとハノイの開設日は？", siblings) is None  # no もう一つ asked


def test_もう一つのほうは_after_two_of_three_siblings_is_answered_of_the_third(tmp_path):
    from assistant.service import Assistant
    from assistant.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "offices.txt").write_text(OFFICES, encoding="utf-8")
    assistant = Assistant(Settings.from_env(env={}, dotenv=None).with_(home=tmp_path / "state", corpus_dir=docs))
    assistant.ingest(progress=False)
    history = [{"role": "user", "content": "海外事務所のうち、シンガポールとハノイはそれぞれいつ開設されましたか？"},
               {"role": "assistant", "content": "シンガポール事務所は平成28年４月１日、ハノイ事務所は令和２年10月１日です[1]。"}]
    assert "ロサンゼルス事務所" in assistant.standalone_question("もう一つの拠点の方は？", history)
    answer = assistant.ask("もう一つの拠点の方は？", history=history)
    assert "令和５年７月３日" in answer.text and "平成28年" not in answer.text.split("\n")[0]
