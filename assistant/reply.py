"""Formal reply drafts to a company inquiry, and the code-made 出典 list.

Reply mode is applied in one place, `assistant.answering.answer_events`: every backend writes
only the answer body, and `compose_reply` wraps it in the letter (address, greeting, closing)
with the 出典 list. The 出典 list is always generated here from the citations, never by a
model (`strip_model_sources` drops one a model wrote anyway).
"""

from __future__ import annotations

import re

from assistant.types import Citation

__all__ = ["compose_reply", "reply_opening", "format_sources", "format_source_line", "append_sources",
           "strip_model_sources"]

SOURCES_HEADING = "出典"

_ADDRESS = "〇〇株式会社\nご担当者様"
_GREETING = "平素より格別のご高配を賜り、厚く御礼申し上げます。"
_INTRO = "お問い合わせいただいた件について、関係資料に基づき下記のとおりご回答いたします。"
_CLOSING = "ご不明な点がございましたら、お気軽にお問い合わせください。\n何卒よろしくお願い申し上げます。"
_REFUSED_BODY = (
    "お問い合わせいただいた件について、現在当窓口で参照できる資料を確認いたしましたが、"
    "お問い合わせの内容については資料に記載が見当たりませんでした。\n"
    "恐れ入りますが、担当部署に確認のうえ、改めてご連絡いたします。\n"
    "今しばらくお待ちくださいますようお願い申し上げます。"
)
_REFUSED_CLOSING = "何卒よろしくお願い申し上げます。"

# A heading line such as "出典", "【出典】", "## 出典一覧", "出典：" written by a model.
_SOURCES_HEADING_RE = re.compile(r"^[ \t　#*■●◆【\[]*(?:出典|参考資料|参照資料)(?:一覧)?[】\]]?[ \t　]*[:：]?[ \t　]*$")


def format_source_line(citation: Citation) -> str:
    """One line of the 出典 list: "[n] 文書タイトル／セクション（p.X or 行 a-b） URL"."""
    c = citation.passage.chunk
    label = c.title or c.file
    if c.section:
        label += f"／{c.section}"
    if c.page is not None:
        label += f"（p.{c.page}）"
    elif c.line_start:
        span = str(c.line_start) if c.line_end in (None, c.line_start) else f"{c.line_start}-{c.line_end}"
        label += f"（行 {span}）"
    line = f"[{citation.n}] {label}"
    if c.source and re.match(r"https?://", c.source):
        line += f" {c.source}"
    return line


def format_sources(citations: list[Citation]) -> str:
    """The 出典 block (heading + one line per citation, sorted by n); "" when there are none."""
    if not citations:
        return ""
    lines = [format_source_line(c) for c in sorted(citations, key=lambda c: c.n)]
    return SOURCES_HEADING + "\n" + "\n".join(lines)


def append_sources(text: str, citations: list[Citation]) -> str:
    """`text` followed by a blank line and the 出典 block (unchanged when no citations)."""
    block = format_sources(citations)
    return f"{text.rstrip()}\n\n{block}" if block else text.rstrip()


def strip_model_sources(text: str) -> str:
    """Drop a trailing source list a model wrote despite the prompt (the code adds its own)."""
    lines = text.rstrip().split("\n")
    for i in range(len(lines) - 1, -1, -1):
        if _SOURCES_HEADING_RE.match(lines[i]):
            tail = [ln for ln in lines[i + 1 :] if ln.strip()]
            # Only a heading followed by source-like lines ([n] ...) or nothing is removed.
            if all(re.match(r"^\s*[-・*]?\s*[\[［]", ln) for ln in tail):
                return "\n".join(lines[:i]).rstrip()
            break
    return text.rstrip()


def reply_opening() -> str:
    """The start of every reply that answers (address, greeting, lead-in), streamed first."""
    return "\n\n".join([_ADDRESS, _GREETING, _INTRO]) + "\n\n"


def compose_reply(body: str, citations: list[Citation], *, refused: bool) -> str:
    """Wrap an answer body into a formal reply to a company, with the code-made 出典 list.

    Args:
        body: the answer text with [n] markers (ignored when `refused`).
        citations: the validated citations of `body`.
        refused: the materials do not contain the answer; the reply says the desk will check
            and get back instead.

    Returns:
        The reply draft: address, greeting, body, closing, then the 出典 list (if any).
    """
    if refused:
        return "\n\n".join([_ADDRESS, _GREETING, _REFUSED_BODY, _REFUSED_CLOSING])
    letter = reply_opening() + "\n\n".join([body.strip(), _CLOSING])
    return append_sources(letter, citations)
