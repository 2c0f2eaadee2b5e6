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
