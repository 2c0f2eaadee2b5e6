"""Answers grounded in the documents' structure, found on the twenty-second session's sets."""

from __future__ import annotations

from structure_docs import answer_over, records_of, text_doc


def _over(text: str, question: str, first: str | None = None):
    """The extractive answer over one small document, titled by its first line."""
    from corpus.chunking import Chunker

    title = text.split("\n", 1)[0]
    return answer_over(question, Chunker().chunk(text_doc("doc.txt", title, text)), records_of("doc.txt", title, text),
                       first=first)


def _first(text: str, question: str) -> str:
    return _over(text, question).text.splitlines()[0]


CARGO = """空港活性化プラン

２ 現状
令和６年度の国際航空貨物取扱量は3,410トンで、５年続けて前年度を上回った。このうち輸出が2,130トンを占め、主な仕向地は香港、台湾及びシンガポールである。
県内の外国人住民は23,780人で、国籍別ではベトナムが最も多く、中国、フィリピン、ネパールの順となっている。
"""


def test_a_name_listed_among_peers_has_no_count_of_its_own():
    # 香港 is one of three destinations; 3,410トン and 2,130トン are of all of them
    answer = _over(CARGO, "令和６年度に香港へ運んだ貨物は何トンでしたか？")
    assert answer.refused and "香港" in answer.text and "3,410" not in answer.text.splitlines()[0]
    answer = _over(CARGO, "ネパール国籍の県民は、今何人くらいいますか？")
    assert answer.refused and "23,780" not in answer.text.splitlines()[0]
    # (the whole, asked as a whole, is still answered)
    assert "3,410" in _first(CARGO, "令和６年度の国際航空貨物の取扱量は何トンでしたか？")


def test_a_name_with_a_figure_of_its_own_or_outside_a_list_is_answered():
    from assistant.extractive import _listed_among_peers

    assert _listed_among_peers("香港", "主な仕向地は香港、台湾及びシンガポールである。")
    assert not _listed_among_peers("香港", "香港(120トン)、台湾(80トン)及びシンガポール")
    assert not _listed_among_peers("ニューヨーク", "・場所：米国・ニューヨーク\n・参加企業：７社")
    assert not _listed_among_peers("米国", "米国とドイツが多い。")
    assert not _listed_among_peers("香港", "香港への輸出は120トンで、台湾、シンガポールが続く。")


GRANTS = """越境ＥＣ出店支援補助金のご案内

１ 制度の概要
県内の中小企業が海外の消費者に直接商品を届けられるよう、越境ＥＣの販売サイトへの出店に要する経費の一部を補助します。
令和４年度から令和６年度までの３年間に、延べ81件、7,137万円を交付しました。

２ 出店した企業の状況
出店した企業の海外での売上高は、令和６年度に前年度比で18％増加しました。
"""


def test_a_change_asked_of_a_measure_is_answered_only_where_it_is_said_to_change():
    # the grants (81件、7,137万円) tell nothing of the export sales they brought
    answer = _over(GRANTS.split("２ 出店")[0], "この補助金で出店した会社は、海外での売上高がどれくらい伸びましたか？")
    assert answer.refused and "売上高" in answer.text and "7,137" not in answer.text.splitlines()[0]
    # (a passage that says the measure changed answers)
    assert "18％" in _first(GRANTS, "この補助金で出店した会社は、海外での売上高がどれくらい伸びましたか？")
