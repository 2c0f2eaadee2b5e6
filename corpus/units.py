"""Small structural units inside a chunk: label–value lines, list items, contact lines, table rows.

A chunk is a whole section (or a token-bounded part of one); the line a question asks about
("電話番号 099-012-3456", "・補助率：２分の１以内", "実績値 359 21 250") is a small part of it and
its words are diluted by the rest. The retriever indexes these lines on their own (with their
section's name, which says whose line it is) and maps a hit back to the chunk, so the answer
keeps the whole section as context and knows which line matched.

Units are a pure function of the chunk: the same chunk always gives the same units in the same
order, so a unit id (chunk id + "#" + ordinal) is enough to find its span again.
"""

from __future__ import annotations

import re

from corpus.models import Chunk
from corpus.rows import table_line_kind
from corpus.text import BLOCK_START, HEADING_MARK

__all__ = ["structural_units", "unit_text", "unit_id", "parent_of"]

# "label：value", "label: value" with a short label (担当課：…, 補助率：２分の１, TEL: 045-…).
_LABEL_VALUE = re.compile(r"^[^\s。、：:]{1,16}\s*[：:︓]\s*\S")
# A form line: a short label, spaces, a value (所在地 鎌倉市…, 開設年月日 令和元年…).
_FORM_LINE = re.compile(r"^[^\s、。「」（）()【】※0-9０-９]{2,10}[ \u3000]+\S")
# Contact details: a phone/fax number or a mail address on the line.
_CONTACT = re.compile(r"[0-9０-９]{2,4}[-－][0-9０-９]{2,4}[-－][0-9０-９]{3,4}|[\w.+-]+@[\w-]+\.[\w.]+")
# Shortest unit worth indexing on its own (characters, spaces excluded).
MIN_UNIT_CHARS = 6
SEPARATOR = "#"


def _is_unit(line: str) -> bool:
    s = line.strip()
    if len(re.sub(r"\s", "", s)) < MIN_UNIT_CHARS:
        return False
    if table_line_kind(s) is not None:
        return True
    if _LABEL_VALUE.match(s) or _CONTACT.search(s) or _FORM_LINE.match(s):
        return True
    # a list item or bullet that says something after its marker (not a bare heading)
    return bool(BLOCK_START.match(s)) and len(s) > 20


def structural_units(chunk: Chunk) -> list[tuple[int, int]]:
    """Spans (document offsets) of the chunk's structural units, in text order."""
    out: list[tuple[int, int]] = []
    pos = chunk.start
    for line in chunk.text.split("\n"):
        if _is_unit(line):
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _leaf(section: str) -> str:
    """The last heading of a section path, without its marker: whose line a unit is."""
    leaf = section.rsplit(" > ", 1)[-1].strip()
    return HEADING_MARK.sub("", leaf, count=1)


def unit_text(chunk: Chunk, span: tuple[int, int]) -> str:
    """What the unit index holds for a unit: its section's name and its line."""
    line = chunk.text[span[0] - chunk.start : span[1] - chunk.start]
    return f"{_leaf(chunk.section)}\n{line}"


def unit_id(chunk_id: str, ordinal: int) -> str:
    return f"{chunk_id}{SEPARATOR}{ordinal}"


def parent_of(uid: str) -> tuple[str, int]:
    """(chunk id, ordinal) of a unit id."""
    chunk_id, _, ordinal = uid.rpartition(SEPARATOR)
    return chunk_id, int(ordinal)
