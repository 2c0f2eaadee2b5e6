"""Tests of assistant.reply: the formal reply template and the code-made 出典 list."""

from __future__ import annotations

import pytest

from assistant.citations import is_refusal
from assistant.reply import append_sources, compose_reply, format_source_line, format_sources, strip_model_sources
from assistant.types import Citation, Passage
from corpus.models import Chunk


def citation(n: int, *, title: str = "補助金交付要綱", section: str = "第3条", page: int | None = None,
             lines: tuple[int, int] = (10, 14), source: str | None = None) -> Citation:
    chunk = Chunk(
        id=f"c{n}", doc_id="d", file="000_test.txt", title=title, section=section, text="本文。", kind="text",
        start=0, end=3, line_start=lines[0], line_end=lines[1], page=page, source=source,
    )
    return Citation(n=n, passage=Passage(chunk=chunk, rank=n, score=1.0), quote="本文。")


class TestSourceLines:
    @pytest.mark.parametrize(
        ("cit", "expected"),
        [
            (citation(1), "[1] 補助金交付要綱／第3条（行 10-14）"),
            (citation(2, page=5), "[2] 補助金交付要綱／第3条（p.5）"),
            (citation(3, section="", lines=(7, 7)), "[3] 補助金交付要綱（行 7）"),
            (
                citation(4, source="https://example.go.jp/a.pdf", page=2),
                "[4] 補助金交付要綱／第3条（p.2） https://example.go.jp/a.pdf",
            ),
            (citation(5, source="/local/path.txt"), "[5] 補助金交付要綱／第3条（行 10-14）"),
        ],
    )
    def test_format_source_line(self, cit, expected):
        assert format_source_line(cit) == expected

    def test_format_sources_sorted_by_number(self):
        assert format_sources([citation(3), citation(1)]) == (
            "出典\n[1] 補助金交付要綱／第3条（行 10-14）\n[3] 補助金交付要綱／第3条（行 10-14）"
        )

    def test_no_citations(self):
        assert format_sources([]) == ""
        assert append_sources("本文です。\n", []) == "本文です。"


class TestComposeReply:
    def test_wraps_body_with_greeting_closing_and_sources(self):
        reply = compose_reply("補助率は2分の1です[1]。", [citation(1)], refused=False)
        assert reply == (
            "〇〇株式会社\nご担当者様\n\n"
            "平素より格別のご高配を賜り、厚く御礼申し上げます。\n\n"
            "お問い合わせいただいた件について、関係資料に基づき下記のとおりご回答いたします。\n\n"
            "補助率は2分の1です[1]。\n\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n何卒よろしくお願い申し上げます。\n\n"
            "出典\n[1] 補助金交付要綱／第3条（行 10-14）"
        )

    def test_refused_reply_is_polite_and_has_no_sources(self):
        reply = compose_reply("資料に記載が見当たりません。", [citation(1)], refused=True)
        assert reply.startswith("〇〇株式会社\nご担当者様\n\n平素より")
        assert "担当部署に確認のうえ、改めてご連絡いたします。" in reply
        assert reply.endswith("何卒よろしくお願い申し上げます。")
        assert "出典" not in reply
        assert is_refusal(reply)


class TestStripModelSources:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("本文です[1]。\n\n出典\n[1] 資料A\n[2] 資料B", "本文です[1]。"),
            ("本文です[1]。\n\n【出典】\n- [1] 資料A", "本文です[1]。"),
            ("本文です[1]。\n\n## 出典一覧：\n", "本文です[1]。"),
            ("本文です[1]。\n出典\n出典の扱いについては別途ご案内します。", "本文です[1]。\n出典\n出典の扱いについては別途ご案内します。"),
            ("本文です[1]。", "本文です[1]。"),
        ],
    )
    def test_strip(self, text, expected):
        assert strip_model_sources(text) == expected
