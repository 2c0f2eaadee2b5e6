"""Reading tables, label–value facts and bracketed summaries into records (corpus.tables)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from corpus.chunking import Chunker
from corpus.loaders import load_document
from corpus.models import DocumentMeta, LoadedDocument
from corpus.records import TableRecord, parse_number, parse_period, records_from_jsonl, records_to_jsonl
from corpus.tables import extract_records
from evals.tables import load_gold, score_tables

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
HELDOUT = REPO / "evals" / "heldout"


def _doc(text: str, name: str = "report.txt", title: str = "テスト報告") -> LoadedDocument:
    return LoadedDocument(doc_id=name, path=name, meta=DocumentMeta(file=name, title=title), text=text,
                          content_hash="h", format="txt")


def _pdf_canvas(path: Path):
    """A reportlab canvas for a one-page A4 PDF at `path`, byte-reproducible, set in 9 pt
    HeiseiMin-W3 (a built-in CID font): tests draw words at exact positions on it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    canvas.setFont("HeiseiMin-W3", 9)
    return canvas


def _records(text: str, **kw) -> list[TableRecord]:
    doc = _doc(text, **kw)
    return extract_records(doc, Chunker().chunk(doc))


def _cells(records, kind=None):
    return [(c.row, c.column, c.value) for r in records if kind in (None, r.kind) for c in r.cells]


class TestValues:
    @pytest.mark.parametrize("value, expected", [
        ("15億 8,741万円", (158741, "万円")),
        ("７兆 3,515億8,000万円", (735158000, "万円")),
        ("475億円", (475, "億円")),
        ("3.2億円", (3.2, "億円")),
        ("24.5万人", (24.5, "万人")),
        ("（ 63件）", (63, "件")),
        ("［124件］", (124, "件")),
        ("-18人", (-18, "人")),
        ("△5", (-5, None)),
        ("100(%)", (100, "%")),
        ("90,000", (90000, None)),
        ("－", (None, None)),
        ("２分の１以内", (None, None)),
        ("令和６年度", (None, None)),
    ])
    def test_parse_number(self, value, expected):
        assert parse_number(value) == expected

    @pytest.mark.parametrize("label, expected", [
        ("令和６年度", (2024, None, True)),
        ("平成 30～令和４年度", (None, (2018, 2022), True)),
        ("令和５～９年度", (None, (2023, 2027), True)),
        ("当初(平成29年度)", (2017, None, True)),
        ("令和２年～令和６年９月末（累計）", (None, (2020, 2024), False)),
        ("令和７年３月 31日現在", (None, None, False)),
        ("大企業", (None, None, False)),
    ])
    def test_parse_period(self, label, expected):
        assert parse_period(label) == expected


KPI = """イ 数値目標と進捗状況
○ 実証実験等の実施件数(累計)      令和７年３月 31日現在(件)
第２期 第３期
平成 30～
令和４年度
令和５年度 令和６年度 令和７年度 令和８年度 令和９年度
目標値 200 60 120 180 240 300
実績値 289 55 142 - - -

ウ 令和７年度の主な取組
県内中小企業のロボット産業への参入を促進する。
"""


class TestFlattenedTables:
    def test_kpi_rows_are_paired_with_their_period_columns(self):
        [table] = [r for r in _records(KPI) if r.kind == "table"]
        assert table.title == "実証実験等の実施件数(累計)"
        assert table.note.startswith("令和７年３月")
        cells = {(c.row, c.column): c for c in table.cells}
        assert len(cells) == 12
        first = cells[("目標値", "平成 30～令和４年度")]
        assert (first.value, first.number, first.unit, first.fiscal_year_range) == ("200", 200, "件", (2018, 2022))
        actual = cells[("実績値", "令和６年度")]
        assert (actual.value, actual.fiscal_year, actual.source) == ("142", 2024, "実績値 289 55 142 - - -")
        assert KPI[actual.start:actual.end] == "142"
        assert actual.line == 8
        assert cells[("実績値", "令和９年度")].number is None  # a dash: no value yet

    @pytest.mark.parametrize("stub", ["区分", "コース", "施策"])
    def test_a_one_line_header_with_a_cell_more_than_the_values_labels_the_row_labels(self, stub):
        # the stub need not be a known word (区分): its place says what it is
        text = f"○ コース別採択状況\n{stub} 申請件数（件） 採択件数（件）\n輸出チャレンジコース 48 21\n海外拠点設立コース 12 5\n"
        [table] = [r for r in _records(text) if r.kind == "table"]
        cells = {(c.row, c.column): c.value for c in table.cells}
        assert cells == {("輸出チャレンジコース", "申請件数（件）"): "48", ("輸出チャレンジコース", "採択件数（件）"): "21",
                         ("海外拠点設立コース", "申請件数（件）"): "12", ("海外拠点設立コース", "採択件数（件）"): "5"}

    def test_estimate_columns_and_row_labels_broken_over_lines(self):
        text = """(ｵ) ベンチャー資金調達支援事業
＜実施状況＞
区分 令和６年度
令和７年度
(見込)
クラウドファンディング
掲載プロジェクト数（件）
４ (５)
資金調達相談・支援対応件数（件） ‐ (30)
"""
        [table] = [r for r in _records(text) if r.kind == "table"]
        assert table.title == "ベンチャー資金調達支援事業"
        assert _cells([table]) == [
            ("クラウドファンディング掲載プロジェクト数（件）", "令和６年度", "４"),
            ("クラウドファンディング掲載プロジェクト数（件）", "令和７年度(見込)", "(５)"),
            ("資金調達相談・支援対応件数（件）", "令和６年度", "‐"),
            ("資金調達相談・支援対応件数（件）", "令和７年度(見込)", "(30)"),
        ]
        assert {c.unit for c in table.cells} == {"件"}

    def test_bracketed_breakdown_columns_and_amounts_over_two_lines(self):
        text = """(ｲ) 助成額
区 分
認定事業所数
(うち撤退数)
助成額等
インベスト
神奈川
80件
(２件)
７兆 3,515億
8,000万円
合  計
99件
１兆  758億
4,000万円
"""
        [table] = [r for r in _records(text) if r.kind == "table"]
        assert table.columns == ("認定事業所数", "(うち撤退数)", "助成額等")
        cells = {(c.row, c.column): c for c in table.cells}
        assert cells[("インベスト神奈川", "(うち撤退数)")].number == 2
        assert cells[("インベスト神奈川", "助成額等")].number == 735158000
        assert cells[("インベスト神奈川", "助成額等")].unit == "万円"
        assert cells[("合 計", "助成額等")].value == "１兆  758億\n4,000万円"

    def test_a_numbered_list_is_not_a_table(self):
        text = "（参考）商品化したロボット\n\n１ パワーアシストハンド【平成 26年６月】\n\n２ 遠隔建機操縦ロボット【平成 27年４月】\n\n３ 心の健康計測システム【平成 27年５月】\n"
        assert [r for r in _records(text) if r.kind == "table"] == []

    def test_inconsistent_tab_grid_is_read_as_a_stream_with_label_cells(self):
        text = ("■ 目標に向けた取組の進捗に関する評価\n"
                "\t\t当初(平成29年度)\t平成30年度\t令和元年度\t令和2年度\n"
                "評価指標(1)\t数値目標(1) 特区関連事業による投資額 475億円(累計)\t目標値\t115億円\t81億円\t87億円\t93億円\t\n"
                "\t\t実績値\t119億円\t141億円\t116億円\t135億円\t\n"
                "\t寄与度(※): 100(%)\t進捗度(%)\t104%\t174%\t138%\t145%\t\n")
        [table] = [r for r in _records(text) if r.kind == "table"]
        assert table.title == "特区関連事業による投資額"
        cells = {(c.row, c.column): c for c in table.cells}
        assert cells[("目標値", "当初(平成29年度)")].value == "115億円"
        assert cells[("進捗度(%)", "令和2年度")].value == "145%"
        assert cells[("目標値", "(累計)")].value == "475億円"
        assert cells[("目標値", "(累計)")].fiscal_year_range == (2017, 2020)
        assert cells[("寄与度(※)", None)].value == "100(%)"


class TestFactsAndSummaries:
    def test_label_value_lines_become_facts(self):
        text = ("＜MOU概要＞\n\n組織名 中華人民共和国 遼寧省\n\nMOU締結時期 2018年5月8日\n\n"
                "関連URL https://www.pref.kanagawa.jp/\n\n＜お問合せ先＞\nTEL︓（045）210-2720 メール︓hcnf-gs@pref.kanagawa.lg.jp\n")
        facts = {c.row: c.value for r in _records(text) if r.kind == "facts" for c in r.cells}
        assert facts["MOU締結時期"] == "2018年5月8日"
        assert facts["組織名"] == "中華人民共和国 遼寧省"
        assert facts["TEL"] == "（045）210-2720"

    def test_a_label_holding_a_bracketed_list_is_read_whole(self):
        # 「受入環境の整備（シャトルバス、臨時案内所）：830万円」: the 、 inside the brackets ends no label
        text = ("５ 誘致活動と事業費\n事業費の内訳は次のとおりである。\n○ 船社への誘致活動（訪問、視察の招へい）：960万円\n"
                "○ 歓迎行事・おもてなし：1,140万円\n○ 受入環境の整備（シャトルバス、臨時案内所）：830万円\n")
        facts = {c.row: c.value for r in _records(text) if r.kind == "facts" for c in r.cells}
        assert facts == {"船社への誘致活動（訪問、視察の招へい）": "960万円", "歓迎行事・おもてなし": "1,140万円",
                         "受入環境の整備（シャトルバス、臨時案内所）": "830万円"}

    def test_a_figure_with_a_named_figure_in_brackets_is_two_facts(self):
        # 「回答数：186者（回答率60.0％）」: 回答数 is 186者, and 回答率 a fact of its own, quoted verbatim
        text = ("１ 調査の概要\n調査対象：県内の刃物製造事業者 310者\n回答数：186者（回答率60.0％）\n"
                "予算額：48,500千円（決算額 47,260千円）\n事業費：3,280万円（うち県費2,460万円）\n"
                "投資額：8,000万円（令和４年度）\n割合：52.3％（前回調査から3.1ポイント増）\n")
        cells = {c.row: c for r in _records(text) if r.kind == "facts" for c in r.cells}
        assert (cells["回答数"].value, cells["回答数"].number, cells["回答数"].unit) == ("186者", 186, "者")
        assert (cells["回答率"].value, cells["回答率"].number, cells["回答率"].unit) == ("60.0％", 60.0, "%")
        assert text[cells["回答率"].start:cells["回答率"].end] == "60.0％"
        assert (cells["決算額"].number, cells["決算額"].unit) == (47260, "千円")
        # (a part of the figure, 「うち県費」, is no measure of its own: the line stays one fact)
        assert cells["事業費"].value == "3,280万円（うち県費2,460万円）" and not any("県費" in row for row in cells)
        assert (cells["投資額"].number, cells["投資額"].fiscal_year) == (8000, 2022)
        # (a change in brackets is no measure of its own: the line stays one fact, as printed)
        assert cells["割合"].value == "52.3％（前回調査から3.1ポイント増）"
        assert "前回調査から" not in cells

    def test_a_sentence_after_the_notes_giving_the_dash_legend_is_the_last_note(self):
        text = ("○ 交付の実績\n年度\t交付件数（件）\t輸出成約額（万円）\n令和５年度\t11\t9,640\n令和６年度\t12\t－\n"
                "※１ 輸出成約額は、事業者の報告により集計したものです。\n"
                "令和６年度の分は集計中のため「－」とし、令和７年９月に公表する予定です。\n\n"
                "７ 問い合わせ先\n橅県産業振興課\n")
        table = next(r for r in _records(text) if r.kind == "table")
        assert [f.text.splitlines()[-1] for f in table.footnotes] == ["令和６年度の分は集計中のため「－」とし、令和７年９月に公表する予定です。"]

    def test_bracketed_summary_under_an_indicator(self):
        text = ("数値目標（1）－①：特区関連事業による投資額\n\n5年間（平成29～令和3年度）累計：475億円\n\n"
                "【当該年度目標値52,000人、当該年度実績値41,942人、進捗度81%、寄与度33%】\n")
        records = _records(text, title="令和2年度 国際戦略総合特別区域評価書")
        summary = [r for r in records if r.kind == "summary"]
        cells = {(c.row, c.column): c for r in summary for c in r.cells}
        assert cells[("目標値", "当該年度")].value == "52,000人"
        assert cells[("目標値", "当該年度")].fiscal_year == 2020
        assert cells[("実績値", "当該年度")].number == 41942
        assert cells[("目標値", "5年間（平成29～令和3年度）累計")].fiscal_year_range == (2017, 2021)
        assert {r.title for r in summary} == {"特区関連事業による投資額"}


class TestFormats:
    def test_html_spans_keep_columns_aligned(self, tmp_path):
        html = tmp_path / "kpi.html"
        html.write_text("""<html><head><title>KPI</title></head><body><main><h1>特区評価</h1>
<p>○ 新規立地件数（単年度）（件）</p>
<table><tr><th rowspan="2">区分</th><th colspan="2">第１期</th><th>第２期</th></tr>
<tr><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th></tr>
<tr><td>目標値</td><td>10</td><td>12</td><td>15</td></tr>
<tr><td>実績値</td><td>11</td><td>9</td><td>17</td></tr></table>
<p>本文です。説明が続きます。</p>
<table><tr><th>分野</th><th>指標</th><th>令和６年度</th></tr>
<tr><td rowspan="2">観光</td><td>来訪者数（人）</td><td>1,200</td></tr>
<tr><td>宿泊者数（人）</td><td>800</td></tr></table>
</main></body></html>""", encoding="utf-8")
        doc = load_document(html)
        records = [r for r in extract_records(doc, Chunker().chunk(doc)) if r.kind == "table"]
        kpi = {(c.row, c.column): c for c in records[0].cells}
        assert records[0].title == "新規立地件数（単年度）"
        assert kpi[("実績値", "令和６年度")].value == "17"
        assert kpi[("実績値", "令和６年度")].column_group == "第２期"
        assert kpi[("目標値", "令和５年度")].unit == "件"
        rows = {(c.row_group, c.row, c.value) for c in records[1].cells}
        assert rows == {("観光", "来訪者数（人）", "1,200"), ("観光", "宿泊者数（人）", "800")}

    def test_docx_merged_cells(self, tmp_path):
        import docx

        document = docx.Document()
        document.add_paragraph("○ 補助率及び補助上限額")
        table = document.add_table(rows=4, cols=3)
        for r, row in enumerate([["区分", "補助率", "補助上限額"], ["創業期", "２分の１以内", "1,500万円"],
                                 ["大学発", "", "2,000万円"], ["県外移転", "", "1,000万円"]]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        table.cell(1, 1).merge(table.cell(3, 1))  # 補助率 merged down three rows
        path = tmp_path / "guide.docx"
        document.save(path)
        doc = load_document(path)
        [record] = [r for r in extract_records(doc, Chunker().chunk(doc)) if r.kind == "table"]
        cells = {(c.row, c.column): c.value for c in record.cells}
        assert cells[("大学発", "補助率")] == "２分の１以内"  # a merged cell holds for each row
        assert cells[("県外移転", "補助上限額")] == "1,000万円"

    def test_pdf_tables_by_layout_with_running_headers_dropped(self, tmp_path):
        path = _make_pdf(tmp_path / "report.pdf")
        doc = load_document(path)
        assert "桜川県 テスト報告書" not in doc.text  # the running header of every page
        assert "－ 2 －" not in doc.text
        records = extract_records(doc, Chunker().chunk(doc))
        assert [r.title for r in records if r.kind == "table"] == ["事業化サービス数（累計）", "プロジェクト一覧"]
        table = records[0]
        cells = {(c.row, c.column): c for c in table.cells}
        assert cells[("実績値", "令和６年度")].value == "53"
        assert cells[("実績値", "令和６年度")].page == 1
        projects = [r for r in records if r.title == "プロジェクト一覧"]
        assert projects, [r.title for r in records]
        amounts = {c.row: c.value for c in projects[0].cells if c.column == "補助額（万円）"}
        assert amounts["プロジェクト40"] == "400" and len(amounts) == 40  # continued on page 2, header repeated
        assert {c.page for c in projects[0].cells} == {1, 2}

    def test_a_first_column_of_bracketed_running_numbers_is_no_label_under_a_two_level_header(self, tmp_path):
        # （１）…（４） left of the names, the label header 「市場」 spanning both columns and two header
        # lines: the names are the rows and each figure stays under its own leaf label
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
        head = [["市場", "", "助成単価", "", "上限額（万円）"], ["", "", "宿泊ツアー（円）", "日帰りツアー（円）", ""]]
        body = [["（１）", "東アジア", "2,000", "1,000", "300"], ["（２）", "東南アジア", "3,000", "1,500", "400"],
                ["（３）", "欧米", "5,000", "2,500", "600"], ["（４）", "その他", "4,000", "2,000", "500"]]
        table = Table(head + body)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "HeiseiMin-W3", 9), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                   ("SPAN", (0, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (4, 1))]))
        style = ParagraphStyle("b", fontName="HeiseiMin-W3", fontSize=10.5, leading=16)
        path = tmp_path / "grant.pdf"
        SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(
            [Paragraph("○ 市場別の助成単価と上限額", style), table])
        doc = load_document(path)
        [record] = [r for r in extract_records(doc, Chunker().chunk(doc)) if r.kind == "table"]
        cells = {(c.row, c.column): c.value for c in record.cells}
        assert cells[("東アジア", "宿泊ツアー（円）")] == "2,000"
        assert cells[("欧米", "日帰りツアー（円）")] == "2,500"
        assert cells[("その他", "上限額（万円）")] == "500"
        assert len(cells) == 12  # (the running numbers are no cells)

    def test_unruled_table_header_labels_closer_than_a_cell_gap_get_a_column_each(self, tmp_path):
        # no ruling lines, long header labels set close together (as the heldout5 office report
        # does): each label stands over its own column of figures, so each is its own column
        path = tmp_path / "offices.pdf"
        canvas = _pdf_canvas(path)
        xs = [60, 170, 262, 338, 414]  # the header labels end 2-4 pt before the next one starts
        rows = [["事務所", "企業相談件数（件）", "商談件数（件）", "成約件数（件）", "新規進出企業数（社）"],
                ["北事務所", "1,512", "806", "71", "14"], ["南事務所", "1,689", "1,037", "118", "17"]]
        canvas.drawString(60, 760, "○ 事務所別の支援実績")
        for k, row in enumerate(rows):
            for x, text in zip(xs, row):
                canvas.drawString(x, 740 - 16 * k, text)
        canvas.showPage()
        canvas.save()
        doc = load_document(path)
        assert "企業相談件数（件）\t商談件数（件）\t成約件数（件）" in doc.text
        records = extract_records(doc, Chunker().chunk(doc))
        cells = {(c.row, c.column): c.value for r in records for c in r.cells}
        assert cells[("南事務所", "成約件数（件）")] == "118"
        assert cells[("北事務所", "企業相談件数（件）")] == "1,512"

    def test_unruled_table_header_wrapped_over_lines_is_placed_over_its_columns(self, tmp_path):
        # 「令和３年度」 over 「（基準値）」 and 「令和８年度」 over 「（目標）」 take two lines; the years
        # between take the middle line: each label belongs to the column of figures under it
        path = tmp_path / "kpi.pdf"
        canvas = _pdf_canvas(path)
        canvas.drawString(60, 770, "○ 参考指標の推移")
        xs = [60, 230, 290, 350, 410, 470]
        canvas.drawString(xs[1], 752, "令和３年度")
        canvas.drawString(xs[5], 752, "令和８年度")
        for x, text in zip(xs, ["参考指標", "", "令和４年度", "令和５年度", "令和６年度", ""]):
            canvas.drawString(x, 741, text)
        canvas.drawString(xs[1], 730, "（基準値）")
        canvas.drawString(xs[5], 730, "（目標）")
        for k, row in enumerate([["海外見本市への出展企業数（社）", "24", "31", "38", "45", "50"],
                                 ["越境ＥＣに取り組む県内企業数（社）", "17", "25", "36", "48", "60"]]):
            for x, text in zip(xs, row):
                canvas.drawString(x + (20 if x > 200 else 0), 714 - 14 * k, text)
        canvas.showPage()
        canvas.save()
        doc = load_document(path)
        records = extract_records(doc, Chunker().chunk(doc))
        cells = {(c.row, c.column): c for r in records for c in r.cells}
        base = cells[("越境ＥＣに取り組む県内企業数（社）", "令和３年度（基準値）")]
        assert base.value == "17" and base.fiscal_year == 2021
        target = cells[("越境ＥＣに取り組む県内企業数（社）", "令和８年度（目標）")]
        assert target.value == "60" and target.fiscal_year == 2026
        middle = cells[("海外見本市への出展企業数（社）", "令和５年度")]
        assert middle.value == "38" and middle.column_group is None

    def test_unruled_table_row_label_header_between_two_header_lines_heads_the_label_column(self, tmp_path):
        # 「国・地域」 set at the height of both header lines (「商談件数」 over 「（件）」), alone on
        # its own line by position: it heads the row labels, and each column keeps its label
        path = tmp_path / "deals.pdf"
        canvas = _pdf_canvas(path)
        canvas.drawString(60, 770, "○ 国・地域別の商談実績 （令和６年度）")
        xs = [60, 200, 280, 360]
        for x, text in zip(xs[1:], ["商談件数", "成約件数", "成約金額"]):
            canvas.drawString(x, 752, text)
        canvas.drawString(xs[0], 746, "国・地域")
        for x, text in zip(xs[1:], ["（件）", "（件）", "（百万円）"]):
            canvas.drawString(x, 740, text)
        for k, row in enumerate([["台湾", "214", "31", "128"], ["香港", "163", "19", "74"], ["合計", "377", "50", "202"]]):
            for x, text in zip(xs, row):
                canvas.drawString(x, 724 - 14 * k, text)
        canvas.showPage()
        canvas.save()
        doc = load_document(path)
        records = extract_records(doc, Chunker().chunk(doc))
        [table] = [r for r in records if r.kind == "table"]
        assert table.title.startswith("国・地域別の商談実績")
        cells = {(c.row, c.column): c for c in table.cells}
        assert cells[("香港", "成約件数（件）")].value == "19"
        assert cells[("台湾", "成約金額（百万円）")].unit == "百万円"
        assert cells[("合計", "商談件数（件）")].fiscal_year == 2024

    def test_unruled_table_cells_set_close_and_a_label_stacked_over_and_under_the_header_line(self, tmp_path):
        # 「15」 right-aligned in the 配点 column and 「書類」 left-aligned in the next stand closer
        # than a cell gap; 「配点」 and 「（点）」 stand over and under the line that holds 評価項目
        # and 審査の方法: one column each, 「配点（点）」 over the figures
        path = tmp_path / "call.pdf"
        canvas = _pdf_canvas(path)
        canvas.drawString(60, 780, "○ 評価項目と配点")
        canvas.drawString(328, 764, "配点")
        canvas.drawString(203, 758, "評価項目")
        canvas.drawString(391, 758, "審査の方法")
        canvas.drawString(324, 752, "（点）")
        for k, (label, points, how) in enumerate([("業務の目的と課題の理解", "15", "書類"),
                                                  ("出店支援と販売促進の企画", "30", "書類・プレゼン"),
                                                  ("見積額の妥当性", "10", "書類")]):
            canvas.drawString(137, 736 - 17 * k, label)
            canvas.drawRightString(361.7, 736 - 17 * k, points)
            canvas.drawString(369.7, 736 - 17 * k, how)
        canvas.drawString(60, 680, "令和６年 11月 13日に開催した。")
        canvas.showPage()
        canvas.save()
        doc = load_document(path)
        assert "令和６年 11月 13日" in doc.text  # a figure and its unit stay together
        records = extract_records(doc, Chunker().chunk(doc))
        [table] = [r for r in records if r.kind == "table"]
        cells = {(c.row, c.column): c.value for c in table.cells}
        assert cells[("出店支援と販売促進の企画", "配点（点）")] == "30"
        assert cells[("出店支援と販売促進の企画", "審査の方法")] == "書類・プレゼン"
        assert cells[("見積額の妥当性", "配点（点）")] == "10"

    def test_a_declared_unit_and_the_year_before_column(self):
        # 「単位：TEU」 is the cells' unit though no list knows it; 「前年度」 of a table of 令和６年度 is
        # 令和５年度, 「当年度」 令和６年度; the 増減率（％） column keeps its own unit
        text = ("○ 航路別の外貿コンテナ取扱量 （令和６年度、単位：TEU）\n"
                "航路\t前年度\t当年度\t増減\t増減率（％）\n"
                "韓国航路\t18,420\t19,860\t1,440\t7.8\n"
                "台湾航路\t4,820\t5,630\t810\t16.8\n")
        [table] = [r for r in _records(text, name="port.txt", title="事業報告") if r.kind == "table"]
        cells = {(c.row, c.column): c for c in table.cells}
        assert (cells[("韓国航路", "前年度")].fiscal_year, cells[("韓国航路", "当年度")].fiscal_year) == (2023, 2024)
        assert cells[("台湾航路", "当年度")].unit == "TEU" and cells[("台湾航路", "増減率（％）")].unit == "%"

    def test_a_title_that_counts_gives_the_unit_its_header_does_not(self):
        # 「国・地域別の監査件数 （令和６年度）」 over columns that name no unit: the cells count 件
        text = ("○ 国・地域別の監査件数 （令和６年度）\n"
                "国・地域\t品質監査\t社会監査\t計\n"
                "中国\t18\t９\t27\n"
                "ベトナム\t14\t11\t25\n")
        [table] = [r for r in _records(text, name="audit.txt", title="利用案内") if r.kind == "table"]
        assert {c.unit for c in table.cells} == {"件"}

    def test_two_tables_set_side_by_side_keep_their_own_row_labels(self):
        # 資金使途 | 件数 | 融資額 | 進出先 | 件数 | 融資額: the right half's rows are the 進出先, and the
        # right half may run a row longer than the left
        text = ("○ 令和６年度の融資実績の内訳 （単位：件、万円）\n"
                "資金使途\t件数\t融資額\t進出先\t件数\t融資額\n"
                "海外拠点の設立\t８\t29,600\tベトナム\t11\t33,800\n"
                "海外での販路開拓\t５\t7,400\t台湾\t５\t9,600\n"
                "\t\t\tその他\t５\t10,400\n")
        [table] = [r for r in _records(text, name="loan.txt", title="融資制度のご案内") if r.kind == "table"]
        cells = {(c.row_group, c.row, c.column): c.value for c in table.cells}
        assert cells[("進出先", "ベトナム", "融資額")] == "33,800"
        assert cells[("資金使途", "海外拠点の設立", "融資額")] == "29,600"
        assert cells[("進出先", "その他", "件数")] == "５"
        assert not any(row == "海外拠点の設立" and value == "33,800" for (_, row, _), value in cells.items())

    def test_rows_labelled_by_a_bound_under_a_two_level_header(self):
        # 「1,000人以上」 names a class of rows, no figure: the label column is still text, so the
        # header's two levels (国際会議 over 基本額・加算額) are read; the caption's note
        # 「（令和７年度、単位：千円）」 gives year and unit and is no 「単位：…」 fact
        text = ("○ 参加者数別の補助額 （令和７年度、単位：千円）\n"
                "参加者総数\t国際会議\t\t企業ミーティング等\n参加者総数\t基本額\t加算額\t基本額\t加算額\n"
                "50人以上100人未満\t300\t100\t200\t－\n1,000人以上\t2,000\t600\t1,200\t300\n")
        records = _records(text, name="guide.txt", title="補助金のご案内")
        assert [r.kind for r in records] == ["table"]
        cells = {(c.row, c.column_group, c.column): c for c in records[0].cells}
        big = cells[("1,000人以上", "企業ミーティング等", "基本額")]
        assert big.value == "1,200" and big.unit == "千円" and big.fiscal_year == 2025
        assert cells[("50人以上100人未満", "国際会議", "加算額")].value == "100"

    def test_a_header_line_of_bands_labels_the_columns_under_its_groups(self):
        # 「２時間以内」 holds a figure, but a whole line of such bands is the header's lower level
        # (訪問 over ２時間以内・４時間以内), not the first row of figures
        text = ("○ 派遣１回当たりの自己負担額 （令和７年度、単位：円）\n"
                "区分\t訪問\t\tオンライン\n区分\t２時間以内\t４時間以内\t１時間以内\t２時間以内\n"
                "一般分野\t3,000\t5,000\t1,000\t2,000\n専門分野\t6,000\t10,000\t2,000\t4,000\n")
        [table] = [r for r in _records(text, name="guide.txt", title="派遣制度のご案内") if r.kind == "table"]
        assert table.rows == ("一般分野", "専門分野")
        cells = {(c.row, c.column_group, c.column): c.value for c in table.cells}
        assert cells[("専門分野", "訪問", "４時間以内")] == "10,000"
        assert cells[("一般分野", "オンライン", "１時間以内")] == "1,000"
        assert cells[("一般分野", "オンライン", "２時間以内")] == "2,000"

    def test_fraction_rates_are_cells_and_a_merged_first_column_groups_rows_of_like_labels(self):
        # 補助率 and 上限額 each span three rows of the same three kinds of applicant; the rates are
        # written as fractions (２分の１以内), which are values, not header labels
        text = ("○ 補助率及び補助上限額\n区分\t\t単独出展\t県ブースへの共同出展\n"
                "補助率\t中小企業者\t２分の１以内\t３分の２以内\n\t小規模事業者\t３分の２以内\t４分の３以内\n"
                "上限額\t中小企業者\t150万円\t100万円\n\t小規模事業者\t100万円\t80万円\n")
        [table] = [r for r in _records(text, name="guide.txt", title="公募要領") if r.kind == "table"]
        cells = {(c.row_group, c.row, c.column): c for c in table.cells}
        assert cells[("補助率", "小規模事業者", "県ブースへの共同出展")].value == "４分の３以内"
        assert cells[("補助率", "中小企業者", "単独出展")].number is None
        assert cells[("上限額", "小規模事業者", "県ブースへの共同出展")].value == "80万円"
        assert len(table.cells) == 8


    def test_rows_grouped_under_a_spanning_cell_and_rows_labelled_across_both_label_columns(self):
        # 地域 | 国籍・地域: アジア spans the rows below it (printed once), and その他 and 合計 are
        # written across both label columns, so their own label cell is empty
        text = ("○ 国籍・地域別の回答者数 （令和６年度）\n"
                "地域\t国籍・地域\t回答者数（人）\t１人当たり消費額（円）\n"
                "アジア\t台湾\t412\t24,850\n\t香港\t186\t29,420\n北米\t米国\t157\t18,640\n\tカナダ\t41\t16,920\n"
                "その他\t\t39\t17,560\n合計\t\t835\t22,000\n")
        [table] = [r for r in _records(text, name="survey.txt", title="調査結果報告書") if r.kind == "table"]
        assert table.rows == ("台湾", "香港", "米国", "カナダ", "その他", "合計")
        assert table.columns == ("回答者数（人）", "１人当たり消費額（円）")
        cells = {(c.row_group, c.row, c.column): c.value for c in table.cells}
        assert cells[("アジア", "香港", "回答者数（人）")] == "186"
        assert cells[("北米", "カナダ", "１人当たり消費額（円）")] == "16,920"
        assert cells[(None, "その他", "回答者数（人）")] == "39"
        assert cells[(None, "合計", "回答者数（人）")] == "835"
        assert len(table.cells) == 12

def _make_pdf(path: Path) -> Path:
    """A two-page report: a KPI table, a 40-row table that continues on page 2 with its header
    repeated, and a running header and page number on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    style = ParagraphStyle("b", fontName="HeiseiMin-W3", fontSize=10.5, leading=16)
    grid = TableStyle([("FONT", (0, 0), (-1, -1), "HeiseiMin-W3", 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])

    def page(canvas, doc):
        canvas.setFont("HeiseiMin-W3", 8.5)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, "桜川県 テスト報告書")
        canvas.drawString(A4[0] / 2, 10 * mm, f"－ {doc.page} －")

    kpi = Table([["区分", "令和４年度", "令和５年度", "令和６年度"], ["目標値", "15", "30", "45"],
                 ["実績値", "17", "28", "53"]])
    kpi.setStyle(grid)
    rows = [["No.", "プロジェクト名", "補助額（万円）"]] + [[str(i), f"プロジェクト{i}", str(i * 10)] for i in range(1, 41)]
    projects = Table(rows, repeatRows=1)
    projects.setStyle(grid)
    story = [Paragraph("○ 事業化サービス数（累計）", style), kpi, Spacer(1, 8 * mm),
             Paragraph("○ プロジェクト一覧", style), projects]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(story, onFirstPage=page, onLaterPages=page)
    return path


class TestRecordsRoundTrip:
    def test_jsonl_round_trip(self):
        records = _records(KPI)
        assert records_from_jsonl(records_to_jsonl(records)) == records


class TestGoldCells:
    """Recall and precision against hand-checked gold cells (target: both >= 0.95)."""

    def _score(self, gold_path: Path, folders: list[Path]):
        gold = load_gold(gold_path)
        records = []
        for name in sorted({g["doc"] for g in gold}):
            path = next(f / name for f in folders if (f / name).is_file())
            doc = load_document(path)
            records.extend(extract_records(doc, Chunker().chunk(doc)))
        return score_tables(records, gold)

    def test_heldout_documents(self):
        score = self._score(HELDOUT / "tables.jsonl", [HELDOUT / "docs"])
        assert score.recall >= 0.95 and score.precision >= 0.95, json.dumps(score.misses[:5], ensure_ascii=False)

    @pytest.mark.parametrize("gold, folder", [("evals/tables.jsonl", "corpus"), ("pdfdev/tables.jsonl", "pdfdev")])
    def test_shared_gold(self, gold, folder):
        if not (SHARED / gold).is_file():
            pytest.skip("../shared is not present")
        score = self._score(SHARED / gold, [SHARED / folder])
        assert score.recall >= 0.95 and score.precision >= 0.95, json.dumps(score.misses[:5], ensure_ascii=False)


    def test_a_record_column_that_names_several_gold_columns_matches_none(self):
        # the header of four labels read as one column: every cell of the row carries all four
        from corpus.records import Cell

        merged = "企業相談件数（件） 商談件数（件） 成約件数（件）"
        at = dict(fiscal_year=None, fiscal_year_range=(2022, 2024), start=0, end=1, page=2, source="", line=3)
        cells = tuple(Cell(row="北事務所", column=merged, value=v, number=float(v), unit="件", **at)
                      for v in ("1512", "806", "71"))
        record = TableRecord(doc_id="o.pdf", file="o.pdf", title="事務所別の支援実績", section="", kind="table",
                             columns=(merged,), rows=("北事務所",), cells=cells, start=0, end=1, line_start=3, line_end=3)
        gold = [{"doc": "o.pdf", "table": "事務所別の支援実績", "row": "北事務所", "column": column, "value": value,
                 "number": float(value), "unit": "件", "fiscal_year": None, "fiscal_year_range": [2022, 2024]}
                for column, value in (("企業相談件数（件）", "1512"), ("商談件数（件）", "806"), ("成約件数（件）", "71"))]
        assert score_tables([record], gold).recall == 0.0
        split = TableRecord(doc_id="o.pdf", file="o.pdf", title="事務所別の支援実績", section="", kind="table",
                            columns=tuple(g["column"] for g in gold), rows=("北事務所",), start=0, end=1, line_start=3, line_end=3,
                            cells=tuple(Cell(row="北事務所", column=g["column"], value=g["value"], number=g["number"],
                                             unit="件", **at) for g in gold))
        assert score_tables([split], gold).recall == 1.0

    def test_a_cell_found_in_another_unit_is_counted_as_a_unit_miss(self):
        from corpus.records import Cell

        at = dict(fiscal_year=2024, fiscal_year_range=None, start=0, end=1, page=2, source="", line=3)
        gold = [{"doc": "s.pdf", "table": "倉庫別の利用状況", "row": "香港倉庫", "column": "入庫量（パレット）", "value": "71",
                 "number": 71.0, "unit": "パレット", "fiscal_year": 2024, "fiscal_year_range": None}]

        def record(unit):
            cells = (Cell(row="香港倉庫", column="入庫量（パレット）", value="71", number=71.0, unit=unit, **at),)
            return TableRecord(doc_id="s.pdf", file="s.pdf", title="倉庫別の利用状況", section="", kind="table",
                               columns=("入庫量（パレット）",), rows=("香港倉庫",), cells=cells, start=0, end=1,
                               line_start=3, line_end=3)

        missed = score_tables([record(None)], gold)
        assert missed.recall == 1.0 and (missed.unit_checked, missed.unit_correct) == (1, 0)
        assert missed.unit_misses[0]["record_unit"] is None
        right = score_tables([record("パレット")], gold)
        assert (right.unit_checked, right.unit_correct) == (1, 1)

    def test_a_record_column_that_is_the_unit_part_of_several_gold_columns_matches_none(self):
        # 「商談件数」 over 「（件）」 read as 「（件）」 alone: the unit names neither 商談件数（件） nor
        # 成約件数（件）; a group joined to its leaf (本県からの派遣 over 令和５年度) still matches 「…／…」
        from corpus.records import Cell

        at = dict(fiscal_year=2024, fiscal_year_range=None, start=0, end=1, page=2, source="", line=3)
        gold = [{"doc": "r.pdf", "table": "国・地域別の商談実績", "row": "台湾", "column": column, "value": value,
                 "number": float(value), "unit": "件", "fiscal_year": 2024, "fiscal_year_range": None}
                for column, value in (("商談件数（件）", "214"), ("成約件数（件）", "31"))]

        def record(columns, groups=(None, None)):
            cells = tuple(Cell(row="台湾", column=c, column_group=gr, value=g["value"], number=g["number"], unit="件", **at)
                          for c, gr, g in zip(columns, groups, gold))
            return TableRecord(doc_id="r.pdf", file="r.pdf", title="国・地域別の商談実績", section="", kind="table",
                               columns=tuple(columns), rows=("台湾",), cells=cells, start=0, end=1, line_start=3, line_end=3)

        assert score_tables([record(("（件）", "（件）"))], gold).recall == 0.0
        assert score_tables([record(("商談件数（件）", "成約件数（件）"))], gold).recall == 1.0
        visits = [dict(g, table="分野別の相互訪問者数", column=f"{grp}／令和６年度") for g, grp in zip(gold, ("本県からの派遣", "州からの受入れ"))]
        grouped = dataclasses.replace(record(("令和６年度", "令和６年度"), ("本県からの派遣", "州からの受入れ")), title="分野別の相互訪問者数")
        assert score_tables([grouped], visits).recall == 1.0

    def test_a_table_of_the_sibling_sections_after_the_last_one_belongs_to_their_parent(self):
        # heldout8's airport plan: 「○ 路線別の国際線旅客数の推移」 follows 「（３）上海線」, and its rows are
        # the three sibling routes; the 「計画の成果指標」 table of another section keeps its own
        doc = load_document(REPO / "evals" / "heldout8" / "docs" / "hibari_kuko_kokusaisen_riyo_sokushin_keikaku.pdf")
        tables = {r.title: r for r in extract_records(doc, Chunker().chunk(doc)) if r.kind == "table"}
        routes = tables["路線別の国際線旅客数の推移"]
        assert {"ソウル線", "台北線", "上海線"} <= set(routes.rows)
        assert "上海線" not in routes.section and routes.section.startswith("３ 国際線の現状")
        assert tables["計画の成果指標"].section.startswith("４ 計画の成果指標")


class TestSpanningGroupsInFlattenedText:
    TEXT = (
        "○ 生活支援ロボットを体験する取組に参加した人数(累計)\n"
        "令和７年３月 31日現在(人)\n"
        " 第２期 第３期\n"
        "平成 30～令和４年度 令和５年度 令和６年度 令和７年度\n"
        "目標値 90,000 10,000 25,000 40,000\n"
        "実績値 82,435 23,404 97,447 -\n"
    )

    def test_group_labels_follow_the_runs_of_column_kinds(self):
        cells = {(c.row, c.column): c for r in _records(self.TEXT) for c in r.cells}
        assert cells[("実績値", "平成 30～令和４年度")].column_group == "第２期"
        assert {cells[("実績値", f"令和{y}年度")].column_group for y in "５６７"} == {"第３期"}

    def test_without_matching_runs_no_group_is_guessed(self):
        text = self.TEXT.replace("平成 30～令和４年度", "令和４年度")  # one run of single years, two groups
        assert {c.column_group for r in _records(text) for c in r.cells} == {None}


def test_a_note_wrapped_after_a_closing_bracket_goes_on_and_the_notes_after_it_are_kept():
    # 「…「中小企業者」」 ends on a bracket, and the next line opens on の: the note goes on there,
    # and ※２, ※３ under it are the table's notes too
    text = ("○ 経費区分別の補助率 （令和７年度）\n"
            "経費区分\t中小企業者\t小規模企業者\n"
            "試飲会の開催\t50\t60\n"
            "成分分析\t50\t70\n"
            "※１ 補助率は、小規模企業者である場合は「小規模企業者」の欄を、それ以外の場合は「中小企業者」\n"
            "の欄を適用します。\n"
            "※２ 「－」は、補助の対象にならない経費です。\n"
            "※３ 千円未満の端数は切り捨てます。\n")
    [table] = [r for r in _records(text) if r.kind == "table"]
    notes = [n.text for n in table.footnotes]
    assert len(notes) == 3 and notes[0].endswith("の欄を適用します。") and notes[1].startswith("※２")
