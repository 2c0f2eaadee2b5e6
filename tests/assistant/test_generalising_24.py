"""Answers grounded in the documents' structure, found on the twenty-fourth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


SURVEY = """サプライチェーンの脱炭素化に関する調査

２ 調査の結果
○ 海外の取引先からの要請
要請元を国・地域別に見ると、欧州が延べ73社で最も多く、国別では米国とドイツが多い。
調査対象：県内に本社を置き、製品を海外へ輸出している県内企業 740社
回答企業：HACCPの認証を持つ企業 120社を含む 410社
"""


def test_an_acronym_no_document_writes_is_a_thing_they_do_not_speak_of():
    # CBAM is written nowhere: the 73社 of 欧州 are firms asked by European partners, not the firms
    # whose products the measure covers
    answer = _over(SURVEY, "欧州の国境炭素調整措置（CBAM）の対象になる製品を輸出している県内企業は何社ありますか？")
    assert answer.refused and "CBAM" in answer.text


def test_an_acronym_the_document_writes_is_asked_of_it():
    line = _first(SURVEY, "HACCPの認証を持つ回答企業は何社ですか？")
    assert "120社" in line


REPORT = """令和６年度 やさしい日本語普及事業 実施報告書

１ 事業の概要
実施期間：令和６年４月から令和７年３月まで
事業費：860万円
受託者：日本語教育推進協会

２ 研修の実施状況
市町村職員向けの研修を12回開き、延べ410人が受講した。
"""


def test_cost_said_plainly_asks_for_the_amount_a_cost_label_gives():
    # 費用 is money said plainly, as お金 is: the kind of value asked, which 事業費 is
    line = _first(REPORT, "2024年度のやさしい日本語の普及事業には、どれだけの費用をかけましたか？")
    assert line.startswith("事業費は860万円です")

