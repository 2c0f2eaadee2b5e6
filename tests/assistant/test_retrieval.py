from __future__ import annotations

import pytest

from assistant.retrieval import HybridRetriever, char_bigrams

KPI_FILE = "002_499f8bf04f33f950.txt"
MOU_FILE = "000_80323c2b5142a8be.txt"


def test_char_bigrams_normalise_width_and_drop_punctuation():
    assert char_bigrams("ｼｰﾄﾞ編、１１社") == ["シー", "ード", "ド編", "11", "1社"]


class TestHybridRetrieval:
    def test_western_fiscal_year_finds_the_era_table(self, small_assistant):
        result = small_assistant.retrieve("実証実験等の実施件数の2024年度の実績は？", top_k=3)
        top = result.passages[0]
        assert top.chunk.file == KPI_FILE
        assert top.chunk.kind == "table"
        assert "実績値 289 55 142" in top.text
        assert "令和6年度" in result.query.lexical

    def test_alias_from_the_glossary_reaches_the_canonical_name(self, small_assistant):
        result = small_assistant.retrieve("ロボット特区の取組の概要は？", top_k=3)
        assert "さがみロボット産業特区" in result.query.lexical
        assert result.passages[0].chunk.file == KPI_FILE

    def test_document_filter_restricts_every_passage(self, small_assistant):
        result = small_assistant.retrieve("ロボット産業", top_k=5, docs=[MOU_FILE])
        assert result.passages
        assert {p.chunk.file for p in result.passages} == {MOU_FILE}

    def test_ranks_are_consecutive_and_passages_distinct(self, small_assistant):
        result = small_assistant.retrieve("遼寧省との MOU の締結時期", top_k=8)
        assert [p.rank for p in result.passages] == list(range(1, len(result.passages) + 1))
        assert len({p.chunk.id for p in result.passages}) == len(result.passages)
        assert "2018年5月8日" in result.passages[0].text or "2018年5月8日" in result.passages[1].text

    def test_confidence_separates_covered_from_foreign_questions(self, small_assistant):
        covered = small_assistant.retrieve("遼寧省とのMOU締結時期はいつですか？")
        foreign = small_assistant.retrieve("北海道の漁獲量の推移を教えてください")
        assert covered.confidence > 0.6
        assert foreign.confidence < covered.confidence - 0.3

    def test_bad_top_k(self, small_assistant):
        with pytest.raises(ValueError, match="top_k must be > 0, got 0"):
            small_assistant.retrieve("遼寧省", top_k=0)


def test_retriever_rejects_bad_candidates(small_assistant):
    with pytest.raises(ValueError, match="candidates must be > 0"):
        HybridRetriever(small_assistant.index, candidates=0)


def test_reciprocal_rank_fusion_by_hand():
    from assistant.retrieval import reciprocal_rank_fusion

    scores, ranks = reciprocal_rank_fusion([["a", "b"], ["b", "c"]], (2.0, 1.0), k=10)
    # a: 2/11; b: 2/12 + 1/11; c: 1/12
    assert scores == pytest.approx({"a": 2 / 11, "b": 2 / 12 + 1 / 11, "c": 1 / 12})
    assert ranks == {"a": [1, None], "b": [2, 1], "c": [None, 2]}
    assert max(scores, key=scores.get) == "b"
    with pytest.raises(ValueError, match="one weight per ranking"):
        reciprocal_rank_fusion([["a"]], (1.0, 1.0))


class TestSiblingSections:
    def _chunk(self, cid, section, text):
        from corpus.models import Chunk

        return Chunk(id=cid, doc_id="plan.txt", file="plan.txt", title="計画", section=section, text=text, kind="text",
                     start=0, end=len(text), line_start=1, line_end=1)

    def test_a_named_sibling_section_is_preferred(self):
        from assistant.retrieval import SIBLING_FACTOR, _scope_factors, sibling_headings

        chunks = [
            self._chunk("a", "二、空間の分布 > （1）新日本工業団地エリア", "新空港から15キロに位置する。"),
            self._chunk("b", "二、空間の分布 > （2）松木島エリア", "新空港から35キロに位置する。"),
            self._chunk("c", "二、空間の分布", "四つのエリアからなる。"),
        ]
        siblings = sibling_headings(chunks)
        assert siblings["松木島エリア"] == frozenset({"新日本工業団地エリア"})
        factors = _scope_factors("松木島エリアは新空港からどのくらい離れていますか？", chunks, siblings)
        assert factors == {"a": SIBLING_FACTOR, "c": 0.85}
        assert _scope_factors("新空港からの距離は？", chunks, siblings) == {}


def test_a_filtered_question_gets_its_documents_best_even_when_others_crowd_every_ranker(tmp_path):
    """Filters are applied inside each ranker: with 2 candidates per ranker and 40 chunks of
    another document that match better, the filtered document's chunk is still found."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    crowd = "\n\n".join(f"第{i}章 遼寧省との経済交流\n遼寧省との経済交流の第{i}回会合を開催した。遼寧省と神奈川県の交流は続く。"
                        for i in range(1, 41))
    (docs / "crowd.txt").write_text(crowd, encoding="utf-8")
    (docs / "memo.txt").write_text("連絡メモ\n経済交流の担当は国際課です。\n", encoding="utf-8")
    settings = Settings.from_env(env={"POLICY_ASSISTANT_HOME": str(tmp_path / "home")}, dotenv=None)
    assistant = Assistant(settings)
    assistant.ingest([docs], progress=False)
    retriever = HybridRetriever(assistant.index, candidates=2)
    unfiltered = retriever.retrieve("遼寧省との経済交流", top_k=2)
    assert {p.chunk.file for p in unfiltered.passages} == {"crowd.txt"}
    filtered = retriever.retrieve("遼寧省との経済交流", top_k=2, docs=["memo.txt"])
    assert [p.chunk.file for p in filtered.passages] == ["memo.txt"]
    assert retriever.retrieve("遼寧省との経済交流", top_k=2, docs=["none.txt"]).passages == []
    # each ranker takes the filter itself: one result asked, the allowed chunk comes back
    index = assistant.index
    memo = {c.id for c in index.chunks() if c.file == "memo.txt"}
    for ranked in (index.dense_search("遼寧省との経済交流", 1, allowed=memo),
                   index.lexical_search("遼寧省との経済交流", 1, allowed=memo),
                   index.bigrams().search("遼寧省との経済交流", 1, allowed=memo)):
        assert [cid for cid, _ in ranked] == sorted(memo)[:1] and len(memo) == 1
    assert index.lexical_search("遼寧省との経済交流", 1)[0][0] not in memo


def test_note_lines_map_each_footnote_number_to_its_chunk():
    from assistant.retrieval import _note_lines
    from corpus.models import Chunk

    def chunk(cid, doc, text):
        return Chunk(id=cid, doc_id=doc, file=doc, title="t", section="s", text=text, kind="text",
                     start=0, end=len(text), line_start=1, line_end=1)

    notes = _note_lines([chunk("a", "m.txt", "日本語人材も豊富*4です。"), chunk("b", "m.txt", "*4 日本貿易振興機構より\n※１ 集計中"),
                         chunk("c", "n.txt", "*4 別の文書の注")])
    assert notes == {("m.txt", "4"): "b", ("m.txt", "1"): "b", ("n.txt", "4"): "c"}


def test_every_calls_application_period_is_offered_to_a_deadline_question(tmp_path):
    """A deadline asked of applying names no programme: the label–value block with the call's
    application period is offered with the records even when the call's passages do not rank."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    crowd = "\n\n".join(f"第{i}章 2025年の募集の申請書\n2025年の募集の申請書は第{i}回の説明会で配布した。申請書の様式は変わらない。"
                        for i in range(1, 41))
    (docs / "crowd.txt").write_text(crowd, encoding="utf-8")
    (docs / "call.txt").write_text("認証取得支援補助金 公募要領\n\n１ 公募の概要\n"
                                   "公募期間：令和７年５月12日（月）から令和７年７月18日（金）午後５時まで\n"
                                   "予算額：3,000万円\n", encoding="utf-8")
    settings = Settings.from_env(env={"POLICY_ASSISTANT_HOME": str(tmp_path / "home")}, dotenv=None)
    assistant = Assistant(settings)
    assistant.ingest([docs], progress=False)
    retriever = HybridRetriever(assistant.index)
    asked = retriever.retrieve("2025年の募集では、申請書はいつまでに出せばいいですか？", top_k=5)
    assert {p.chunk.file for p in asked.passages[:5]} == {"crowd.txt"}  # (the call does not rank)
    assert any(r.doc_id == "call.txt" and r.kind == "facts" for r in asked.records)
    answer = assistant.ask("2025年の募集では、申請書はいつまでに出せばいいですか？")
    assert not answer.refused and "７月18日" in answer.text.split("\n")[0]
    assert "「認証取得支援補助金 公募要領」の公募期間" in answer.text
    # (a question that asks no deadline of applying is offered no records of documents it did not reach)
    other = retriever.retrieve("2025年の募集の申請書の様式は変わりますか？", top_k=5)
    assert not any(r.doc_id == "call.txt" for r in other.records) or any(p.chunk.file == "call.txt" for p in other.passages)


def test_a_class_of_firm_labelling_a_table_comes_with_its_definition(tmp_path):
    """A table labelled 小規模事業者 is handed over with the chunk that defines the class by head
    count, however far from the table it stands, so the answer can quote the definition that
    decides which cell a firm of 12 employees gets (assistant.sizeclass)."""
    from assistant.retrieval import _class_definitions
    from assistant.service import Assistant
    from assistant.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    filler = "\n".join(f"（{i}）第{i}回の説明会では、申請書の書き方と審査の観点を説明した。参加者は{i * 7}人であった。"
                       for i in range(1, 30))
    (docs / "guide.txt").write_text(
        "輸出向け認証取得支援補助金 公募要領\n\n１ 補助対象者\n"
        "県内に事業所を有する中小企業者。また、「小規模事業者」とは、常時使用する従業員の数が20人以下"
        "（商業又はサービス業に属する事業者は５人以下）の事業者をいう。\n\n"
        f"２ 説明会\n{filler}\n\n"
        "３ 補助率\n○ 認証の種類別の補助率 （令和７年度、単位：％）\n"
        "認証の種類\t中小企業者\t小規模事業者\nＨＡＣＣＰ\t50\t75\nハラール\t60\t80\n", encoding="utf-8")
    settings = Settings.from_env(env={"POLICY_ASSISTANT_HOME": str(tmp_path / "home")}, dotenv=None)
    assistant = Assistant(settings)
    assistant.ingest([docs], progress=False)
    question = "従業員12人の菓子メーカーがハラール認証を取る場合、補助率は何％ですか？"
    result = HybridRetriever(assistant.index).retrieve(question, top_k=3)
    defining = [c for c in result.chunks.values() if "常時使用する従業員" in c.text]
    assert defining and all("ハラール" not in c.text for c in defining)  # (a chunk of its own)
    assert _class_definitions(defining) == {("guide.txt", "小規模事業者"): defining[0].id}
    answer = assistant.ask(question)
    assert "80%" in answer.text.split("\n")[0]
    assert any("「小規模事業者」とは" in c.quote for c in answer.citations)


def test_a_class_defined_by_beds_is_found_for_its_table():
    """The chunk defining a class counted by beds (「小規模医療機関」とは、病床数が99床以下の…) is
    the one handed over with a table labelled 小規模医療機関, as for a head count."""
    from assistant.retrieval import _class_definitions
    from corpus.chunking import Chunker
    from structure_docs import text_doc

    text = ("医療通訳導入支援補助金のご案内\n\n１ 補助金の概要\nこの案内において「小規模医療機関」とは、病床数が99床以下の"
            "病院及び診療所（病床を持たない診療所を含む。）をいいます。\n")
    chunks = Chunker().chunk(text_doc("guide.txt", "医療通訳導入支援補助金のご案内", text))
    defining = [c for c in chunks if "病床数が99床以下" in c.text]
    assert defining and _class_definitions(chunks) == {("guide.txt", "小規模医療機関"): defining[0].id}
