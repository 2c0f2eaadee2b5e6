"""Answers grounded in the documents' structure, found on the twenty-seventh session's sets."""

from __future__ import annotations

from assistant.lookup import Lookup
from index.tokenizer import get_tokenizer
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


MEETINGS = """海外バイヤー商談会 実施報告

１ 商談会の結果
令和７年１月に県内で海外のバイヤーを招いた商談会を開いた。

○ バイヤーの業態別の商談結果 （令和６年度）
業態\t商談件数（件）\t成約件数（件）\t成約額（万円）
百貨店\t40\t9\t420
セレクトショップ\t52\t14\t610
合計\t92\t23\t1,030
"""

SUPPORT = """海外展開支援事業 実績

○ 支援の実績
年度\t支援企業数（件）\t相談件数（件）
令和５年度\t31\t88
令和６年度\t36\t97
"""


def _find(text: str, question: str):
    from assistant.extractive import required_names

    records = records_of("doc.txt", text.split("\n", 1)[0], text)
    return Lookup(lambda g: 1.0, words=get_tokenizer().content_words, names=required_names).find(question, records)


def test_a_count_of_cases_is_no_answer_to_how_many_firms():
    # 商談件数 counts meetings, not the buyers who held them: no record answers 何社
    found = _find(MEETINGS, "商談会には、海外のバイヤーが何社参加しましたか？")
    assert found is None or "商談件数" not in found.statement
    # a count in 件 of firms (支援企業数) still answers it, and 件数 answers 何件
    assert "36件" in _first(SUPPORT, "令和６年度に支援した企業は何社ですか？")
    assert "52件" in _first(MEETINGS, "セレクトショップとの商談は何件でしたか？")
