"""The KPI explorer tab: indicators of a document (or special zone) with target vs actual per
fiscal year as a chart and a table, shortfalls marked, CSV download, each figure linked to the
verbatim row it was read from."""

from __future__ import annotations

import html
import logging
import tempfile
from pathlib import Path

import gradio as gr

from assistant.kpi import SHORTFALL, Indicator, indicators, to_csv
from assistant.lookup import format_number
from corpus.errors import IndexNotBuiltError

log = logging.getLogger(__name__)

ALL = "（すべて）"
_SERIES = {"target": "目標値", "actual": "実績値"}


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


class KpiView:
    """Handlers of the KPI tab, reading indicators from the assistant's live index."""

    def __init__(self, assistant):
        self.assistant = assistant

    # -- data ---------------------------------------------------------------------------------
    def _all(self) -> list[Indicator]:
        try:
            if self.assistant.index.is_empty():
                return []
            return indicators(self.assistant.index.records())
        except IndexNotBuiltError:
            return []

    def _select(self, doc: str | None, zone: str | None) -> list[Indicator]:
        items = [i for i in self._all() if not doc or i.doc == doc]
        if zone and zone != ALL:
            items = [i for i in items if zone in _zones_of(i)]
        return items

    def documents(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for i in self._all():
            seen.setdefault(i.doc, i.doc_title or i.doc)
        return [(title, doc) for doc, title in seen.items()]

    # -- handlers -------------------------------------------------------------------------------
    def on_load(self):
        docs = self.documents()
        first = docs[0][1] if docs else None
        return (gr.update(choices=docs, value=first), *self.on_doc(first))

    def on_doc(self, doc: str | None):
        items = self._select(doc, None)
        zones = sorted({z for i in items for z in _zones_of(i)})
        return (gr.update(choices=[ALL, *zones], value=ALL), *self.on_zone(doc, ALL))

    def on_zone(self, doc: str | None, zone: str | None):
        items = self._select(doc, zone)
        names = [i.title for i in items]
        first = names[0] if names else None
        return (gr.update(choices=names, value=first), render_table(items), self._csv(items),
                *self.on_indicator(doc, zone, first))

    def on_indicator(self, doc: str | None, zone: str | None, name: str | None):
        import pandas as pd

        item = next((i for i in self._select(doc, zone) if i.title == name), None)
        rows = []
        if item is not None:
            for p in item.points:
                for slot, series in _SERIES.items():
                    cell = getattr(p, slot)
                    if cell is not None and cell.number is not None:
                        rows.append({"年度": p.label, "系列": series, "値": float(cell.number)})
        df = pd.DataFrame(rows, columns=["年度", "系列", "値"])
        title = f"{item.title}（{item.unit}）" if item and item.unit else (item.title if item else "")
        return gr.update(value=df, title=title), render_sources(item)

    def _csv(self, items: list[Indicator]):
        if not items:
            return gr.update(value=None, interactive=False)
        folder = Path(tempfile.gettempdir()) / "policy-assistant-kpi"
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8-sig", suffix=".csv", prefix="kpi-", dir=folder,
                                         delete=False) as f:
            f.write(to_csv(items))
        return gr.update(value=f.name, interactive=True)


def _zones_of(ind: Indicator) -> list[str]:
    """The headings an indicator sits under (its section path), for the zone filter."""
    return [p.strip() for p in ind.section.split(" > ")[:2] if p.strip()]


def _anchor(ind_no: int, fy: int, slot: str) -> str:
    return f"kpi-src-{ind_no}-{fy}-{slot}"


def _figure(ind_no: int, p, slot: str) -> str:
    cell = getattr(p, slot)
    if cell is None:
        return "—"
    text = format_number(float(cell.number)) if cell.number is not None else cell.value.strip()
    where = f"p.{cell.page}" if cell.page else f"{cell.line}行"
    return (f'<a class="pa-kpi-fig" href="#{_anchor(ind_no, p.fiscal_year, slot)}" '
            f'title="{_esc(cell.source)}（{where}）">{_esc(text)}</a>')


def render_table(items: list[Indicator]) -> str:
    """All indicators as an HTML table: target / actual per fiscal year, shortfalls marked."""
    if not items:
        return '<p class="pa-kpi-empty">この文書には目標値・実績値の表が見つかりませんでした。</p>'
    out = ['<table class="pa-kpi-table"><thead><tr><th>指標</th><th>単位</th><th>年度</th><th>目標値</th>'
           '<th>実績値</th><th>進捗度</th><th>達成状況</th></tr></thead><tbody>']
    for n, ind in enumerate(items):
        for k, p in enumerate(ind.points):
            name = f'<td rowspan="{len(ind.points)}">{_esc(ind.title)}</td><td rowspan="{len(ind.points)}">' \
                   f'{_esc(ind.unit or "")}</td>' if k == 0 else ""
            status = f'<span class="pa-kpi-short">{SHORTFALL} 未達</span>' if p.shortfall else ""
            out.append(f'<tr class="{"pa-kpi-shortfall" if p.shortfall else ""}">{name}<td>{_esc(p.label)}</td>'
                       f'<td>{_figure(n, p, "target")}</td><td>{_figure(n, p, "actual")}</td>'
                       f'<td>{_figure(n, p, "progress")}</td><td>{status}</td></tr>')
    out.append("</tbody></table>")
    out.append(_sources_html(items))
    return "".join(out)


def _sources_html(items: list[Indicator]) -> str:
    """The verbatim rows behind every figure, each with the anchor its figure links to."""
    out = ['<details class="pa-kpi-sources" open><summary>出典（表の行）</summary><ul>']
    for n, ind in enumerate(items):
        for p in ind.points:
            for slot in ("target", "actual", "progress"):
                cell = getattr(p, slot)
                if cell is None:
                    continue
                where = f"p.{cell.page}" if cell.page else f"{cell.line}行"
                out.append(f'<li id="{_anchor(n, p.fiscal_year, slot)}"><b>{_esc(ind.title)}</b> {_esc(p.label)}'
                           f'（{_esc(ind.doc)} {where}）: <q>{_esc(cell.source)}</q></li>')
    out.append("</ul></details>")
    return "".join(out)


def render_sources(item: Indicator | None) -> str:
    """The source rows of the charted indicator."""
    if item is None:
        return ""
    rows = []
    for p in item.points:
        for cell in p.cells():
            where = f"p.{cell.page}" if cell.page else f"{cell.line}行"
            rows.append(f"<li><q>{_esc(cell.source)}</q>（{_esc(item.doc)} {where}）</li>")
    unique = list(dict.fromkeys(rows))
    return f'<div class="pa-kpi-chart-sources"><b>{_esc(item.title)}</b> の出典<ul>{"".join(unique)}</ul></div>'


def build_kpi_tab(view: KpiView, private: dict):
    """The tab's components and events; returns (load event target, outputs) for demo.load."""
    gr.Markdown("文書（または特区・区分）を選ぶと、指標ごとの目標値と実績値の推移を表示します。"
                f"実績値が目標値に届かない年度には {SHORTFALL} を付けます。数値をクリックすると出典の行に移動します。")
    with gr.Row():
        doc = gr.Dropdown(choices=[], label="文書", elem_id="pa-kpi-doc", scale=2)
        zone = gr.Dropdown(choices=[], label="特区・区分", elem_id="pa-kpi-zone", scale=2)
        name = gr.Dropdown(choices=[], label="グラフの指標", elem_id="pa-kpi-indicator", scale=3)
    gr.HTML('<div class="pa-kpi-legend"><span style="color:#868e96">━ 目標値</span>　'
            '<span style="color:#e8590c">━ 実績値</span></div>')
    plot = gr.LinePlot(x="年度", y="値", color="系列", x_title="年度", y_title="値", label="目標値と実績値",
                       color_title="系列", color_map={"目標値": "#868e96", "実績値": "#e8590c"},
                       elem_id="pa-kpi-plot", height=360, sort=None)
    chart_sources = gr.HTML("", elem_id="pa-kpi-chart-sources")
    with gr.Row():
        download = gr.DownloadButton("CSV をダウンロード", value=None, elem_id="pa-kpi-csv", size="sm", interactive=False)
    table = gr.HTML("", elem_id="pa-kpi-table")

    zone_outputs = [name, table, download, plot, chart_sources]
    doc.change(view.on_doc, [doc], [zone, *zone_outputs], **private)
    zone.change(view.on_zone, [doc, zone], zone_outputs, **private)
    name.change(view.on_indicator, [doc, zone, name], [plot, chart_sources], **private)
    return [doc, zone, *zone_outputs]
