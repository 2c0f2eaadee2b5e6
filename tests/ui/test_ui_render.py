"""Rendering of answers and sources: corpus text is shown as text, never as live markup."""

from __future__ import annotations

import pytest

from assistant.types import Citation, Passage
from corpus.models import Chunk
from ui import render


def _passage(n: int, text: str, *, title="文書<b>A</b>", source=None, page=None) -> Passage:
    chunk = Chunk(id=f"c{n}", doc_id="d", file="a.txt", title=title, section="一 > (1) 概要", text=text, kind="text",
                  start=0, end=len(text), line_start=3, line_end=5, page=page, source=source)
    return Passage(chunk=chunk, rank=n, score=1.0)


class TestEscapeMarkdown:
    @pytest.mark.parametrize("raw, expected", [
        ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;\\/script&gt;"),
        ("![x](http://127.0.0.1:9/evil.png)", "\\!\\[x\\]\\(http\\:\\/\\/127\\.0\\.0\\.1\\:9\\/evil\\.png\\)"),
        ("www.example.com", "www\\.example\\.com"),
        ("**太字** と $$x$$", "\\*\\*太字\\*\\* と \\$\\$x\\$\\$"),
        ("    字下げ\n次の行", "字下げ\n次の行"),
        ("a & 'b' \"c\"", "a &amp; &#x27;b&#x27; &quot;c&quot;"),
        ("全角［１］と、。", "全角［１］と、。"),
    ])
    def test_table(self, raw, expected):
        assert render.escape_markdown(raw) == expected


class TestAnswerMarkdown:
    def test_markers_become_anchors_and_text_is_escaped(self):
        out = render.render_answer_markdown("交付額は<b>300万円</b>です。[1][2]")
        assert out == ('交付額は&lt;b&gt;300万円&lt;\\/b&gt;です。'
                       '<a href="#src-1" class="pa-cite" title="出典 1 を表示">[1]</a>'
                       '<a href="#src-2" class="pa-cite" title="出典 2 を表示">[2]</a>')

    def test_markers_beyond_the_passages_stay_text(self):
        assert render.render_answer_markdown("年[3]", n_passages=2) == "年\\[3\\]"


class TestSafeUrl:
    @pytest.mark.parametrize("url, ok", [
        ("https://www.pref.kanagawa.jp/docs/a.html", True),
        ("http://example.jp/x?y=1&z=2", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ("https://", False),
        ('https://x.jp/" onmouseover="alert(1)', False),
        ("", False),
        (None, False),
    ])
    def test_table(self, url, ok):
        assert render.safe_url(url) == (url if ok else None)


class TestSources:
    def test_card_escapes_and_highlights_the_quote(self):
        text = "前文。<script>window.__xss=1</script>交付額は300万円です。後文。"
        p = _passage(1, text, source="https://example.jp/a?b=1&c=2")
        html = render.render_sources([p], [Citation(1, p, "交付額は300万円です。")])
        assert "<script>" not in html
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
        assert "<mark>交付額は300万円です。</mark>" in html
        assert 'id="src-1"' in html and "pa-cited" in html and "引用" in html
        assert "文書&lt;b&gt;A&lt;/b&gt;" in html
        assert ('<a href="https://example.jp/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">'
                in html)
        assert "3〜5行" in html and "一 &gt; (1) 概要" in html

    def test_unsafe_source_is_not_linked_and_page_is_shown(self):
        p = _passage(2, "本文", source="javascript:alert(1)", page=7)
        html = render.render_sources([p])
        assert "<a " not in html and "javascript" not in html
        assert "p.7" in html and "pa-cited" not in html

    def test_quote_not_in_text_is_not_marked(self):
        p = _passage(1, "本文です。")
        assert "<mark>" not in render.render_sources([p], [Citation(1, p, "別の文")])

    def test_no_passages(self):
        assert "見つかりませんでした" in render.render_sources([])


def test_documents_table_escapes_titles():
    html = render.render_documents([{"title": "<img src=x onerror=alert(1)>", "file": "a.txt", "kind": "report",
                                     "chunks": 3, "ingested_at": "2025-01-02T03:04:05+00:00"}])
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "2025-01-02 03:04:05" in html
    assert "まだ文書が取り込まれていません" in render.render_documents([])


def test_notice_and_ingest_report():
    assert render.render_notice() == ""
    notice = render.render_notice(["低い<確信>", "低い<確信>"], error="失敗")
    assert notice.count("pa-warning") == 1 and "低い&lt;確信&gt;" in notice and "⛔ 失敗" in notice
    report = render.render_ingest_report({
        "documents": [{"path": "/x/up/a.txt", "title": "A", "chunks": 2, "status": "added"}],
        "skipped": [{"path": "/x/up/b.xyz", "reason": "対応していない形式です。"}],
    })
    assert "追加: A（a.txt, 2 チャンク）" in report
    assert "取り込めませんでした: b.xyz — 対応していない形式です。" in report
