"""Answers grounded in the documents' structure, found on the tenth session's sets (heldout8
misses, then the blind heldout9 and heldout10): a run of 「label：value」 lines is one card whose
first line names its subject, and 「どれだけの企業」 asks a count in 社."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer, _answer_types
from assistant.normalize import expand_query
from assistant.retrieval import RetrievalResult
from assistant.types import Passage
from corpus.chunking import Chunker
from corpus.models import DocumentMeta, LoadedDocument
from corpus.tables import extract_records

GUIDE = """外国人留学生等 県内就職支援事業のご案内

５ これまでの実績
就職活動が本格化する３月と、合同説明会を開いた11月に、相談が多くなっています。

６ 視察ツアー
内容：工業団地、研究機関などを案内する視察ツアーを企業の希望に応じて行った
実施時期：令和６年５月から令和７年３月まで（随時）
実績：19社（延べ47人）

７ 相談窓口
名称：星見県外国人材サポートデスク（公益財団法人星見県国際交流協会に委託）
所在地：星見市中央一丁目２番１号 ほしみ国際センター２階
開設時間：平日９時から18時まで（第２・第４土曜日は10時から16時まで）
対応言語：日本語のほか、英語、中国語及びベトナム語
"""


def _doc(name: str, title: str, text: str) -> LoadedDocument:
    return LoadedDocument(doc_id=name, path=name, meta=DocumentMeta(file=name, title=title), text=text,
                          content_hash=name, format="txt")


@pytest.fixture(scope="module")
def guide():
    doc = _doc("guide.txt", "外国人留学生等 県内就職支援事業のご案内", GUIDE)
    chunks = Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)
    return chunks, extract_records(doc, chunks)


def _answer(question, chunks, records, first=None):
    ranked = sorted(chunks, key=lambda c: first is None or first not in c.section)
    passages = [Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(ranked)]
    result = RetrievalResult(passages, expand_query(question), confidence=0.9, records=records,
                             chunks={c.id: c for c in chunks})
    return ExtractiveAnswerer().answer(question, result)


def test_a_card_line_is_about_the_subject_its_first_line_names(guide):
    # 「名称：…サポートデスク」 names what 「開設時間：…土曜日…」 is about; the sentence of another
    # section that says 開いた (and 11月) is no answer, nor the 名称 line itself
    chunks, records = guide
    answer = _answer("サポートデスクは土曜日も開いていますか？", chunks, records, first="実績")
    assert "「開設時間：平日９時から18時まで（第２・第４土曜日は10時から16時まで）」" in answer.text.split("\n")[0]


def test_how_many_companies_asked_without_a_counter_is_a_count_in_sha(guide):
    chunks, records = guide
    question = "工業団地などを見て回るツアーには、どれだけの企業が参加しましたか？"
    assert [p.pattern for p in _answer_types(question)] == [p.pattern for p in _answer_types("何社が参加しましたか？")]
    answer = _answer(question, chunks, records, first="視察")
    assert "「実績：19社（延べ47人）」" in answer.text.split("\n")[0]
