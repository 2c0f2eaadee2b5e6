"""Structural units of a chunk: the lines a question can ask about on their own."""

from corpus.models import Chunk
from corpus.units import parent_of, structural_units, unit_id, unit_text

TEXT = (
    "本県では、県内企業の海外展開を支援するため、各種の事業を実施している。\n"
    "所在地 厚木市泉町１-１ 本厚木ミロード１（６階）\n"
    "開設年月日 令和４年７月 15日\n"
    "・補助率：対象経費の２分の１以内（上限 200万円）\n"
    "電話番号 045-210-5561\n"
    "実績値 359 21 250\n"
    "ア 取組\n"
    "80件\n"
)


def _chunk(text: str = TEXT, start: int = 100) -> Chunk:
    return Chunk(id="c1", doc_id="d", file="a.txt", title="T", section="１ 概要 > ｂ AGORA Hon-atsugi", text=text,
                 kind="text", start=start, end=start + len(text), line_start=1, line_end=8)


def test_units_are_the_label_value_list_contact_and_table_lines():
    doc = " " * 100 + TEXT
    units = [doc[a:b] for a, b in structural_units(_chunk())]
    assert units == [
        "所在地 厚木市泉町１-１ 本厚木ミロード１（６階）",
        "開設年月日 令和４年７月 15日",
        "・補助率：対象経費の２分の１以内（上限 200万円）",
        "電話番号 045-210-5561",
        "実績値 359 21 250",
    ]  # the prose sentence, the bare heading "ア 取組" and the lone cell "80件" are not units


def test_unit_text_names_the_section_the_line_belongs_to():
    chunk = _chunk()
    span = structural_units(chunk)[3]
    assert unit_text(chunk, span) == "AGORA Hon-atsugi\n電話番号 045-210-5561"


def test_a_chunk_of_prose_has_no_units():
    assert structural_units(_chunk("県は、企業誘致を進めるため、補助金制度を設けている。\nその成果は大きい。\n")) == []


def test_unit_ids_name_their_chunk():
    assert parent_of(unit_id("abc#1", 7)) == ("abc#1", 7)
