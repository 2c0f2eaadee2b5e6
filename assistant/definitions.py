"""The terms a document defines, and the words that define them.

Documents define their terms in four forms: 「…（以下「県外移転中小企業」という。）」, 「「出店拡大」とは、
…をいい」, 「…を「新規出店」といいます」 and a note under a table, 「※５ 「国際協力の案件」は、…」.
`definitions` reads them all; the answerer reads a question that paraphrases a definition as naming
its term, and the retriever hands over the chunk that defines a term the question names.
"""

from __future__ import annotations

import re

__all__ = ["definitions"]


# 「県外に本社を有する中小企業者で、…移転するもの（以下「県外移転中小企業」という。）」: a term a
# document defines, and the words that define it.
_DEFINITION = re.compile(r"([^。\n（(]{6,100})[（(]以下[、,]?\s*「([^」]{2,24})」\s*(?:という|と称する|とする)")
# The other ways a document defines a term: 「「出店拡大」とは、…に出店することをいい」 and
# 「越境ＥＣに初めて出店する場合を「新規出店」といいます」 (body, then term, as _DEFINITION).
_TERM_IS = re.compile(r"「([^」]{2,24})」とは[、,]?([^。]{6,100}?)(?:のことをい|ことをい|をい|を指)")
# (and a note that says what a table's label covers: 「※５ 「国際協力の案件」は、開発途上国向けの
# 円借款等の資金による案件で、発注者が外国政府であってもこの区分に含めます」)
_TERM_NOTE = re.compile(r"※\s*[0-9０-９]*\s*「([^」]{2,24})」は[、,]([^。]{6,100}?)(?:で[、,]|であり|である|です|をい[うい]|を指)")
# (and a note that says what a table's measure counts, its label unquoted: 「※４ 開業店舗数は、補助を
# 受けた事業者の現地加盟者が、その年度に開いた店舗の数である」; the body ends on the measure's noun)
_MEASURE_NOTE = re.compile(r"※\s*[0-9０-９]*\s*([\u30a0-\u30ff\u4e00-\u9fff]{2,12}?(?:数|額|率|比|日数|件数|人数))は[、,]"
                           r"([^。「」]{6,100}?)の(?:数|件数|人数|日数|回数|額|金額|割合)(?:の合計|の累計)?(?:である|です)")
_CALLED = re.compile(r"([^。、,「」\n]{6,100})を「([^」]{2,24})」と(?:い[うい]|称する|呼[ぶび])")


def definitions(text: str) -> list[tuple[str, str]]:
    """(body, term) of each definition a text (NFKC) gives, in any of the four forms."""
    flat = re.sub(r"\s+", "", text)
    return ([(re.sub(r"\s+", "", m.group(1)), m.group(2)) for m in _DEFINITION.finditer(text)]
            + [(m.group(2), m.group(1)) for m in _TERM_IS.finditer(flat)]
            + [(m.group(1), m.group(2)) for m in _CALLED.finditer(flat)]
            # (not a list of what a label holds, 「「その他」は、マレーシア、カナダ等である」: its members,
            # which a question names for themselves)
            + [(m.group(2), m.group(1)) for m in _TERM_NOTE.finditer(flat) if not re.search(r"[、,・]", m.group(2))]
            + [(m.group(2), m.group(1)) for m in _MEASURE_NOTE.finditer(flat)])
