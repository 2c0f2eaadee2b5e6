"""Which class a thing the question names belongs to, by a document's list definition.

Guides set their caps and rates by what the applicant's product or place is, in a table axis
that holds a class the document defines and its complement (食品等 | 食品等以外), and define the
class by listing its members and what it leaves out:
「食品等」とは、食品、飲料及び酒類をいい、化粧品及び医薬部外品は含みません。
A desk officer asks for the caller's case as it is (「化粧品メーカーが…成分を分析してもらう場合、補助の
上限は」) and leaves the reading of the class to the reader. A thing the list leaves out reads the
complement's label (食品等以外, それ以外, その他), a member the class's own. Only a definition that is
a list of short nouns is read this way; one that describes its class in a clause (「小規模事業者」とは、
常時使用する従業員の数が…) is assistant.sizeclass's to read, or no one's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from assistant.sizeclass import ClassReading
from corpus.records import squash

__all__ = ["MemberClass", "member_classes_in", "read_member"]

# 「食品等」とは、食品、飲料及び酒類をいい、化粧品及び医薬部外品は含みません (NFKC, whitespace removed).
_LIST_DEFINITION = re.compile(
    r"「(?P<term>[^」]{1,16})」とは[、,]?(?P<members>[^。「」]{1,80}?)を(?:いい|いう|いいます|指し|指す|指します)"
    r"(?:[、,](?P<excluded>[^。「」]{1,60}?)(?:は|を)(?:含みません|含まない|含めない|含めません|除きます|除く|除いた))?")
_SEPARATORS = re.compile(r"、|,|及び|並びに|又は|または|若しくは|もしくは|や|と")
# A member is a short noun (kanji, katakana, Latin, digits): a clause makes no list.
_MEMBER = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9ー・]{1,10}")
# The complement of a class as a table axis writes it: 食品等以外, それ以外, その他.
_COMPLEMENTS = ("{term}以外", "{term}以外のもの", "それ以外", "その他")


@dataclass(frozen=True)
class MemberClass:
    """A class a document defines by listing its `members` (食品, 飲料, 酒類) and the things it
    leaves out (`excluded`: 化粧品, 医薬部外品)."""

    term: str
    members: tuple[str, ...]
    excluded: tuple[str, ...] = ()


def _nouns(phrase: str | None) -> tuple[str, ...] | None:
    """The nouns a list phrase names, or None when a part of it is no short noun."""
    if not phrase:
        return ()
    parts = [p for p in _SEPARATORS.split(phrase) if p]
    if not parts or not all(_MEMBER.fullmatch(p) for p in parts):
        return None
    return tuple(parts)


def member_classes_in(text: str) -> list[MemberClass]:
    """The classes `text` defines by a list of members."""
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    out = []
    for m in _LIST_DEFINITION.finditer(flat):
        members, excluded = _nouns(m.group("members")), _nouns(m.group("excluded"))
        if members and excluded is not None and len(members) + len(excluded) >= 2:
            out.append(MemberClass(m.group("term"), members, excluded))
    return out


def read_member(question: str, classes: Sequence[MemberClass], axes: Sequence[Sequence[str]]) -> ClassReading | None:
    """The label of a table axis (`axes`: the rows and the columns of the tables) that the thing
    `question` names is read under: the class's own label for one of its members, its
    complement's for a thing it leaves out; None when the question names neither, or both."""
    asked = squash(unicodedata.normalize("NFKC", question))
    for cls in classes:
        term = squash(cls.term)
        # (a word of two characters or more: 「米」 of a list would be in too many questions)
        member = next((w for w in cls.members if len(w) >= 2 and squash(w) in asked), None)
        left_out = next((w for w in cls.excluded if len(w) >= 2 and squash(w) in asked), None)
        if (member is None) == (left_out is None) or term in asked:
            continue  # (the question names the class itself, or nothing it lists, or both sides)
        for axis in axes:
            labels = {squash(x): x for x in axis if x}
            if term not in labels:
                continue
            if member is not None:
                return ClassReading(labels[term], f"{member}は「{cls.term}」に当たります", cls)
            other = next((labels[c.format(term=term)] for c in _COMPLEMENTS if c.format(term=term) in labels), None)
            if other is not None:
                return ClassReading(other, f"{left_out}は「{cls.term}」に当たりません（「{other}」の欄を読みます）", cls)
    return None
