"""Which column of a fee table a span of clock time is, by the note that defines the columns.

A facility's fees are priced per time slot, and a note under the table says what each slot is:
※１ 午前は９時から12時まで、午後は13時から17時まで、夜間は18時から21時まで、全日は９時から21時までの
使用をいいます。 A desk officer asks with the hours the caller wants (「朝９時から夜９時まで通しで借りる
と」): the slot of exactly those hours is the column read, else the shortest slot that holds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.sizeclass import ClassReading
from corpus.records import Footnote, nfkc, squash

__all__ = ["TimeSlot", "read_slot", "slots_in"]


@dataclass(frozen=True)
class TimeSlot:
    """A column (`term`, as the table writes it) defined as the hours `start` to `end` by `note`."""

    term: str
    start: int
    end: int
    note: Footnote


# 「午前は９時から12時まで」 (NFKC, whitespace removed).
_SLOT = re.compile(r"(?P<label>[^、,。はの]{1,6})は(?P<start>[0-9]{1,2})時(?:[0-9]{1,2}分)?から(?P<end>[0-9]{1,2})時(?:[0-9]{1,2}分)?まで")
# 「朝９時から夜９時まで」「13時から17時まで」 in a question: the hours, with the words that say which half
# of the day they are in.
_ASKED = re.compile(r"(?P<sp>朝|午前|午後|昼|夕方|夜)?(?P<start>[0-9]{1,2})時(?:半|[0-9]{1,2}分)?から"
                    r"(?P<ep>朝|午前|午後|昼|夕方|夜)?(?P<end>[0-9]{1,2})時(?:半|[0-9]{1,2}分)?(?:まで)?")
_AFTERNOON = ("午後", "夕方", "夜")


def slots_in(notes: Sequence[Footnote], columns: Sequence[str]) -> list[TimeSlot]:
    """The slots the notes under a table define for its columns (`columns`)."""
    labels = {squash(c): c for c in columns if c}
    out = []
    for note in notes:
        for m in _SLOT.finditer(squash(note.text)):
            label = re.sub(r"^※[0-9]*", "", m.group("label"))
            if squash(label) in labels:
                out.append(TimeSlot(labels[squash(label)], int(m.group("start")), int(m.group("end")), note))
    return out


def _hour(hour: str, part: str | None) -> int:
    h = int(hour)
    return h + 12 if part in _AFTERNOON and h < 12 else h


def read_slot(question: str, slots: Sequence[TimeSlot]) -> ClassReading | None:
    """The slot the question's hours are (exactly, else the shortest that holds them), or None."""
    m = _ASKED.search(nfkc(question))
    if m is None or len(slots) < 2:
        return None
    start, end = _hour(m.group("start"), m.group("sp")), _hour(m.group("end"), m.group("ep") or m.group("sp"))
    holding = [s for s in slots if s.start <= start and end <= s.end]
    if not holding or start >= end:
        return None
    slot = min(holding, key=lambda s: (s.end - s.start, s.start))
    return ClassReading(slot.term, f"{start}時から{end}時までの使用は「{slot.term}」（{slot.start}時から{slot.end}時まで）に当たります", slot)
