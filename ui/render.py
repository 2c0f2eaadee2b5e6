"""HTML/markdown rendering for the chat UI. Corpus text is always shown as text, never as markup.

Two sinks, two escapers:

* `gr.HTML` panels (sources, documents, notices) get HTML built here with every piece of corpus
  text passed through `html.escape`.
* The chat bubble is rendered by Gradio as markdown. `escape_markdown` HTML-escapes `& < > " '`
  and backslash-escapes every other ASCII punctuation character, so no markdown construct
  (image, link, autolink, emphasis, code, LaTeX `$$`) can form from answer text; the only live
  markup in a bubble is the `[n]` citation anchors added by `render_answer_markdown`.
"""

from __future__ import annotations

import html
import re
import string
from typing import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from assistant.types import Answer, Citation, Passage

__all__ = [
    "escape_markdown",
    "render_answer_markdown",
    "safe_url",
    "highlight",
    "render_sources",
    "render_documents",
    "render_status",
    "render_notice",
    "render_ingest_report",
    "SOURCES_PLACEHOLDER",
]

_MARKER_RE = re.compile(r"\[(\d{1,3})\]")
_HTML_CHARS = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_MD_PUNCT = set(string.punctuation) - set(_HTML_CHARS)
_LEADING_WS_RE = re.compile(r"^[ \t]+", re.MULTILINE)

SOURCES_PLACEHOLDER = '<div class="pa-empty">質問すると、回答の根拠となった資料の箇所がここに表示されます。</div>'


def escape_markdown(text: str) -> str:
    """Make `text` render literally in a markdown+HTML sink.

    Leading spaces/tabs of each line are dropped, so indentation cannot open a code block.
    """
    text = _LEADING_WS_RE.sub("", text or "")
    out = []
    for ch in text:
        if ch in _HTML_CHARS:
            out.append(_HTML_CHARS[ch])
        elif ch in _MD_PUNCT:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def render_answer_markdown(text: str, n_passages: int | None = None) -> str:
    """The answer for the chat bubble: escaped text with `[n]` turned into links to source n.

    Args:
        text: answer text with canonical `[n]` markers.
        n_passages: when given, only markers 1..n_passages become links (others stay text).
    """
    parts = []
    pos = 0
    for m in _MARKER_RE.finditer(text or ""):
        n = int(m.group(1))
        if n < 1 or (n_passages is not None and n > n_passages):
            continue
        parts.append(escape_markdown(text[pos:m.start()]))
        parts.append(f'<a href="#src-{n}" class="pa-cite" title="出典 {n} を表示">[{n}]</a>')
        pos = m.end()
    parts.append(escape_markdown(text[pos:]))
    return "".join(parts)


def safe_url(url: str | None) -> str | None:
    """`url` when it is a plain http(s) URL with a host, else None (javascript:, data:, relative...)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ch in "<>\"'`\\" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def highlight(text: str, quote: str | None) -> str:
    """Escaped `text` with the first occurrence of `quote` wrapped in <mark>."""
    text = text or ""
    quote = (quote or "").strip()
    i = text.find(quote) if quote else -1
    if i < 0:
        return _esc(text)
    return f"{_esc(text[:i])}<mark>{_esc(quote)}</mark>{_esc(text[i + len(quote):])}"


def _where(page, line_start, line_end) -> str:
    if page:
        return f"p.{page}"
    if line_start and line_end and line_end != line_start:
        return f"{line_start}〜{line_end}行"
    if line_start:
        return f"{line_start}行"
    return ""


def render_sources(passages: Sequence[Passage], citations: Iterable[Citation] = ()) -> str:
    """The sources panel: one card per passage, numbered as the answer's [n] markers.

    Cited passages carry a 引用 badge and their quote highlighted with <mark>.
    """
    if not passages:
        return '<div class="pa-empty">該当する資料の箇所は見つかりませんでした。</div>'
    quotes = {c.n: c.quote for c in citations}
    cards = []
    for i, p in enumerate(passages, 1):
        c = p.chunk
        n = p.rank or i
        cited = n in quotes
        meta = [x for x in (c.section, _where(c.page, c.line_start, c.line_end), c.file) if x]
        url = safe_url(c.source)
        link = (
            f'<div class="pa-src-link">出典: <a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">{_esc(url)}</a></div>'
            if url else ""
        )
        badge = '<span class="pa-badge">引用</span>' if cited else ""
        cards.append(
            f'<div class="pa-src{" pa-cited" if cited else ""}" id="src-{n}" data-n="{n}">'
            f'<div class="pa-src-head"><span class="pa-num">[{n}]</span> <span class="pa-title">{_esc(c.title)}</span>{badge}</div>'
            f'<div class="pa-src-meta">{" ／ ".join(_esc(x) for x in meta)}</div>'
            f'<div class="pa-src-text">{highlight(c.text, quotes.get(n))}</div>'
            f"{link}</div>"
        )
    return '<div class="pa-sources">' + "".join(cards) + "</div>"


def render_answer_sources(answer: Answer) -> str:
    """Sources panel for a final answer."""
    return render_sources(answer.passages, answer.citations)


def render_documents(documents: Sequence[Mapping]) -> str:
    """Table of indexed documents: title, file, kind, chunks, last ingested."""
    if not documents:
        return '<div class="pa-empty">まだ文書が取り込まれていません。</div>'
    rows = []
    for d in sorted(documents, key=lambda d: str(d.get("title") or d.get("file") or "")):
        when = str(d.get("ingested_at") or "").replace("T", " ")[:19]
        rows.append(
            "<tr>"
            f"<td>{_esc(d.get('title'))}</td>"
            f"<td>{_esc(d.get('file') or d.get('path'))}</td>"
            f"<td>{_esc(d.get('kind'))}</td>"
            f'<td class="pa-num-cell">{_esc(d.get("chunks"))}</td>'
            f"<td>{_esc(when)}</td>"
            "</tr>"
        )
    return (
        '<table class="pa-docs"><thead><tr><th>タイトル</th><th>ファイル</th><th>種別</th><th>チャンク数</th>'
        "<th>最終取り込み</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def render_status(status: Mapping) -> str:
    """One line about the index: documents, chunks, last ingest."""
    if not status or not status.get("generation"):
        return '<div class="pa-status">索引はまだ作成されていません。</div>'
    when = str(status.get("last_ingest") or "").replace("T", " ")[:19]
    return (
        f'<div class="pa-status">文書数: {_esc(status.get("documents"))}／チャンク数: {_esc(status.get("chunks"))}'
        f'／最終取り込み: {_esc(when)}／世代: {_esc(status.get("generation"))}</div>'
    )


def render_notice(warnings: Sequence[str] = (), error: str | None = None) -> str:
    """The notice area under the chat: the error (if any) and each warning, or nothing."""
    items = []
    if error:
        items.append(f'<div class="pa-error" role="alert">⛔ {_esc(error)}</div>')
    seen = set()
    for w in warnings:
        if w and w not in seen:
            seen.add(w)
            items.append(f'<div class="pa-warning" role="status">⚠ {_esc(w)}</div>')
    return '<div class="pa-notice">' + "".join(items) + "</div>" if items else ""


_STATUS_JA = {"added": "追加", "updated": "更新", "unchanged": "変更なし"}


def render_ingest_report(report: Mapping, *, error: str | None = None) -> str:
    """Result of an upload: per file added/updated/unchanged, and skipped files with the reason."""
    items = []
    if error:
        items.append(f'<li class="pa-error">⛔ {_esc(error)}</li>')
    for d in report.get("documents", []) if report else []:
        name = str(d.get("path", "")).rsplit("/", 1)[-1]
        items.append(
            f'<li class="pa-ok">✅ {_esc(_STATUS_JA.get(d.get("status"), d.get("status")))}: {_esc(d.get("title"))}'
            f'（{_esc(name)}, {_esc(d.get("chunks"))} チャンク）</li>'
        )
    for s in report.get("skipped", []) if report else []:
        name = str(s.get("path", "")).rsplit("/", 1)[-1]
        items.append(f'<li class="pa-error">⛔ 取り込めませんでした: {_esc(name)} — {_esc(s.get("reason"))}</li>')
    if not items:
        return ""
    return '<ul class="pa-ingest">' + "".join(items) + "</ul>"
