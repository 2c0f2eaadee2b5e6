"""Evaluation reports: report.md and a self-contained report.html (inline CSS and SVG charts).

Both show the headline metrics, a per-category table, the failed questions with the reason
("retrieval miss" / "answer miss" / "wrong refusal" / "missed refusal"), latency, and, with a
baseline run, deltas per metric and per category plus the questions that regressed or improved.
All text that comes from questions, answers or passages is escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from corpus.errors import PolicyAssistantError
from evals.metrics import METRIC_NAMES, score_question

LOWER_IS_BETTER = {"refusal_rate_answerable"}
METRIC_LABELS = {
    "hit@1": "検索: 上位1件に根拠がすべて含まれる割合",
    "hit@3": "検索: 上位3件に根拠がすべて含まれる割合",
    "hit@5": "検索: 上位5件に根拠がすべて含まれる割合",
    "hit@10": "検索: 上位10件に根拠がすべて含まれる割合",
    "mrr": "検索: 根拠がそろう順位の逆数の平均 (MRR)",
    "ndcg@10": "検索: 根拠を含む段落の順位の良さ (nDCG@10)",
    "answer_accuracy": "回答: 正解の語句をすべて含む割合",
    "refusal_rate_unanswerable": "回答: 資料にない質問で「資料にない」と答えた割合（高いほど良い）",
    "refusal_rate_answerable": "回答: 答えられる質問で回答を拒否した割合（低いほど良い）",
    "citation_validity": "引用: 番号が対応し、引用文が原文どおりの割合",
    "citation_support": "引用: 引用した段落に根拠がすべて含まれる割合",
    "judge_faithfulness": "モデル判定: 回答文が引用で裏付けられている割合",
}
FAILURE_LABELS = {
    "retrieval miss": "retrieval miss（検索漏れ）",
    "answer miss": "answer miss（回答誤り）",
    "wrong refusal": "wrong refusal（不要な回答拒否）",
    "missed refusal": "missed refusal（拒否すべき質問に回答）",
    "error": "error（実行エラー）",
}
LATENCY_LABELS = {"retrieve": "検索", "answer": "回答生成", "total": "合計"}


class BaselineError(PolicyAssistantError):
    """The baseline directory is not a previous evaluation output."""

    ja = "比較対象（ベースライン）の評価結果を読み込めませんでした。"


# ---------------------------------------------------------------------------------------------
# Baseline comparison


def check_baseline_dir(path: Path) -> None:
    """Raise BaselineError unless `path` holds a readable summary.json and results.jsonl."""
    for name in ("summary.json", "results.jsonl"):
        if not (path / name).is_file():
            raise BaselineError(
                f"{path}: no {name} (not an evaluation output directory)",
                ja=f"ベースライン {path} に {name} がありません。以前の評価の出力フォルダを指定してください。",
            )


def _load_baseline(path: Path) -> tuple[dict, list[dict]]:
    check_baseline_dir(path)
    try:
        summary = json.loads((path / "summary.json").read_text(encoding="utf-8"))
        with (path / "results.jsonl").open(encoding="utf-8") as fh:
            results = [json.loads(line) for line in fh if line.strip()]
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: unreadable ({exc})", ja=f"ベースライン {path} の評価結果が壊れています。") from None
    return summary, results


def _delta(name: str, before, after) -> dict:
    both = isinstance(before, (int, float)) and isinstance(after, (int, float))
    delta = round(after - before, 4) if both else None
    better = None
    if delta:
        better = delta < 0 if (name in LOWER_IS_BETTER or name.startswith("latency")) else delta > 0
    return {"before": before, "after": after, "delta": delta, "better": better}


def _metric_names(a: Mapping, b: Mapping) -> list[str]:
    names = list(METRIC_NAMES)
    if a.get("judge_faithfulness") is not None or b.get("judge_faithfulness") is not None:
        names.append("judge_faithfulness")
    return names


def compare_runs(summary: Mapping, results: Sequence[Mapping], records: Sequence[Mapping], baseline_dir: Path) -> dict:
    """Deltas against a previous run and the questions that regressed or improved.

    A question is "correct" when an answerable one contains every gold answer string, or an
    unanswerable one was refused. Both runs are scored against the current set's gold
    (matched by id), so a changed gold does not show up as a regression.
    """
    before, before_results = _load_baseline(baseline_dir)
    out: dict = {"path": str(baseline_dir), "metrics": {}, "latency_ms": {}, "per_category": {}}
    for name in _metric_names(before, summary):
        out["metrics"][name] = _delta(name, before.get(name), summary.get(name))
    for part in ("retrieve", "answer", "total"):
        for p in ("p50", "p95"):
            b = (before.get("latency_ms") or {}).get(part, {}).get(p)
            a = (summary.get("latency_ms") or {}).get(part, {}).get(p)
            out["latency_ms"][f"{part}.{p}"] = _delta("latency", b, a)
    cats = list(summary.get("per_category", {}))
    cats += [c for c in before.get("per_category", {}) if c not in cats]
    for cat in cats:
        a = summary.get("per_category", {}).get(cat, {})
        b = before.get("per_category", {}).get(cat, {})
        out["per_category"][cat] = {name: _delta(name, b.get(name), a.get(name)) for name in _metric_names(b, a)}
    by_id = {r.get("id"): r for r in before_results}
    regressed, improved = [], []
    for rec, res in zip(records, results):
        old = by_id.get(rec["id"])
        if old is None:
            continue
        was = score_question(rec, old)["correct"]
        now = (res.get("scores") or score_question(rec, res))["correct"]
        if was == now:
            continue
        row = {
            "id": rec["id"],
            "category": rec["category"],
            "question": rec["question"],
            "expected": _expected_text(rec),
            "before": old.get("answer", ""),
            "after": res.get("answer", ""),
        }
        (regressed if was else improved).append(row)
    out["regressed"] = regressed
    out["improved"] = improved
    out["compared"] = sum(1 for rec in records if rec["id"] in by_id)
    return out


# ---------------------------------------------------------------------------------------------
# Shared helpers


def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "○" if value else "×"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _fmt_delta(d: Mapping, digits: int = 3) -> str:
    if d.get("delta") is None:
        return "—"
    if d["delta"] == 0:
        return f"±{0:.{digits}f}"
    return f"{d['delta']:+.{digits}f}"


def _expected_text(rec: Mapping) -> str:
    if rec.get("answer"):
        return " / ".join(rec["answer"])
    return "（資料にない → 回答拒否が正解）"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _top_passage(res: Mapping) -> str:
    passages = sorted(res.get("passages") or [], key=lambda p: p.get("rank", 0))
    if not passages:
        return "（なし）"
    p = passages[0]
    head = " ".join(x for x in (p.get("doc") or "", p.get("section") or "") if x)
    return f"{head}: {_short(p.get('text', ''), 120)}"


def failure_rows(records: Sequence[Mapping], results: Sequence[Mapping], scores: Sequence[Mapping]) -> list[dict]:
    """One row per failed question: id, category, question, expected, got, top passage, why."""
    rows = []
    for rec, res, sc in zip(records, results, scores):
        if not sc.get("failure"):
            continue
        got = res.get("error") or res.get("answer", "")
        rows.append(
            {
                "id": rec["id"],
                "category": rec["category"],
                "question": rec["question"],
                "expected": _expected_text(rec),
                "got": _short(got, 200),
                "top_passage": _top_passage(res),
                "why": sc["failure"],
            }
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Markdown


def _md(text) -> str:
    # Tables break on pipes and line breaks; angle brackets are escaped so a viewer that
    # renders HTML inside Markdown cannot run an answer's markup.
    s = " ".join(str(text).split())
    return html.escape(s, quote=False).replace("|", "\\|")


def render_markdown(summary: Mapping, records: Sequence[Mapping], results: Sequence[Mapping], scores: Sequence[Mapping]) -> str:
    """The report as GitHub-flavoured Markdown."""
    meta = summary.get("meta", {})
    base = summary.get("baseline")
    out = ["# 評価レポート", ""]
    out.append(
        f"- 評価セット: `{_md(meta.get('set', ''))}` / 質問数: {summary['n']}"
        f"（回答可能 {summary['answerable']}、回答不能 {summary['unanswerable']}）"
    )
    out.append(f"- バックエンド: {_md(meta.get('backend', '') or '—')} / 実行日時: {_md(meta.get('created', ''))}")
    if summary.get("errors"):
        out.append(f"- 実行エラー: {summary['errors']} 件")
    if not summary.get("citation_verbatim_checked", True):
        out.append("- 注意: 文書本文が渡されなかったため、引用文の原文照合は行っていません（番号の対応のみ確認）。")
    if "judge" in summary:
        out.append(f"- judge_faithfulness はモデル判定（{_md(summary['judge'].get('model', ''))}）で、決定的な指標ではありません。")
    out.append("")

    out += ["## 指標（全体）", ""]
    names = list(METRIC_NAMES) + (["judge_faithfulness"] if "judge_faithfulness" in summary else [])
    if base:
        out += ["| 指標 | 説明 | 値 | ベースライン | 差分 |", "|---|---|---:|---:|---:|"]
    else:
        out += ["| 指標 | 説明 | 値 |", "|---|---|---:|"]
    for name in names:
        label = METRIC_LABELS.get(name, "")
        shown = f"{name}（モデル判定）" if name == "judge_faithfulness" else name
        row = f"| {shown} | {label} | {_fmt(summary.get(name))} |"
        if base:
            d = base["metrics"].get(name, {})
            row += f" {_fmt(d.get('before'))} | {_md_delta(d)} |"
        out.append(row)
    out.append("")

    out += ["## カテゴリ別", ""]
    cat_names = ["hit@1", "hit@5", "hit@10", "mrr", "ndcg@10", "answer_accuracy", "refusal_rate_unanswerable",
                 "refusal_rate_answerable", "citation_validity", "citation_support"]
    out.append("| カテゴリ | n | " + " | ".join(cat_names) + " |")
    out.append("|---|---:|" + "---:|" * len(cat_names))
    for cat, m in summary.get("per_category", {}).items():
        cells = []
        for name in cat_names:
            cell = _fmt(m.get(name))
            if base and name in ("hit@5", "answer_accuracy"):
                d = base["per_category"].get(cat, {}).get(name, {})
                if d.get("delta") is not None:
                    cell += f" ({_md_delta(d)})"
            cells.append(cell)
        out.append(f"| {_md(cat)} | {m['n']} | " + " | ".join(cells) + " |")
    out.append("")

    fails = failure_rows(records, results, scores)
    out += [f"## 失敗した質問（{len(fails)} 件）", ""]
    if fails:
        out += ["| id | カテゴリ | 質問 | 期待 | 回答 | 最上位の段落 | 理由 |", "|---|---|---|---|---|---|---|"]
        for r in fails:
            out.append(
                f"| {_md(r['id'])} | {_md(r['category'])} | {_md(r['question'])} | {_md(r['expected'])} | "
                f"{_md(r['got'])} | {_md(r['top_passage'])} | {FAILURE_LABELS.get(r['why'], r['why'])} |"
            )
    else:
        out.append("失敗した質問はありません。")
    out.append("")

    out += ["## 応答時間（ミリ秒）", "", "| 区間 | p50 | p95 |", "|---|---:|---:|"]
    for part, vals in summary.get("latency_ms", {}).items():
        out.append(f"| {LATENCY_LABELS.get(part, part)} ({part}) | {_fmt(vals.get('p50'), 1)} | {_fmt(vals.get('p95'), 1)} |")
    out.append("")

    if base:
        out += [f"## ベースラインとの比較（{_md(base['path'])}、共通の質問 {base.get('compared', 0)} 件）", ""]
        out += ["| 区間 | ベースライン | 今回 | 差分 |", "|---|---:|---:|---:|"]
        for key, d in base.get("latency_ms", {}).items():
            out.append(f"| 応答時間 {key} | {_fmt(d.get('before'), 1)} | {_fmt(d.get('after'), 1)} | {_md_delta(d, 1)} |")
        out.append("")
        for title, rows in (("悪化した質問（前回正解 → 今回不正解）", base["regressed"]), ("改善した質問（前回不正解 → 今回正解）", base["improved"])):
            out += [f"### {title}: {len(rows)} 件", ""]
            if rows:
                out += ["| id | カテゴリ | 質問 | 期待 | 前回の回答 | 今回の回答 |", "|---|---|---|---|---|---|"]
                for r in rows:
                    out.append(
                        f"| {_md(r['id'])} | {_md(r['category'])} | {_md(r['question'])} | {_md(r['expected'])} | "
                        f"{_md(_short(r['before']))} | {_md(_short(r['after']))} |"
                    )
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md_delta(d: Mapping, digits: int = 3) -> str:
    # The arrow follows the sign; the word says whether that is good (latency down is).
    text = _fmt_delta(d, digits)
    if not d.get("delta"):
        return text
    arrow = "▲" if d["delta"] > 0 else "▼"
    verdict = {True: "（改善）", False: "（悪化）"}.get(d.get("better"), "")
    return f"{arrow} {text}{verdict}"


# ---------------------------------------------------------------------------------------------
# HTML and SVG

_CSS = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",sans-serif;margin:2rem;color:#222;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.text{max-width:28rem;word-break:break-all}
.better{color:#0a7a2f;font-weight:bold}.worse{color:#c0262d;font-weight:bold}
.note{color:#666;font-size:.85rem}.judged{color:#7a4b00}
svg text{font-size:11px;fill:#333}
"""


def _h(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _delta_cell(d: Mapping, digits: int = 3) -> str:
    cls = {True: "better", False: "worse"}.get(d.get("better"), "")
    return f'<td class="num {cls}">{_h(_md_delta(d, digits))}</td>'


def bar_chart_svg(per_category: Mapping[str, Mapping], series: Sequence[tuple[str, str, str]]) -> str:
    """Grouped bar chart, one group per category, values in [0, 1].

    Args:
        per_category: category -> metrics.
        series: (metric name, legend label, colour) per bar of a group.
    """
    cats = list(per_category)
    left, top, bottom, plot_h = 44, 28, 96, 200
    group_w = max(48, 14 * len(series) + 22)
    legend_w = sum(16 + 12 * len(label) + 24 for _, label, _ in series)
    width = max(left + group_w * max(1, len(cats)) + 20, left + legend_w)
    height = top + plot_h + bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="category-chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="カテゴリ別の指標">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:.2f}</text>')
    bar_w = 14
    for gi, cat in enumerate(cats):
        gx = left + gi * group_w + (group_w - bar_w * len(series)) / 2
        for si, (name, label, colour) in enumerate(series):
            value = per_category[cat].get(name)
            x = gx + si * bar_w
            if value is None:
                parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h - 3}" text-anchor="middle">–</text>')
                continue
            h = plot_h * max(0.0, min(1.0, float(value)))
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2}" height="{max(h, 0.5):.1f}" '
                f'fill="{colour}"><title>{_h(cat)} {_h(label)}: {value:.3f}</title></rect>'
            )
        cx = left + gi * group_w + group_w / 2
        cy = top + plot_h + 12
        parts.append(f'<text x="{cx:.1f}" y="{cy}" text-anchor="end" transform="rotate(-35 {cx:.1f} {cy})">{_h(cat)}</text>')
    lx = left
    for _name, label, colour in series:
        parts.append(f'<rect x="{lx}" y="6" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{lx + 16}" y="16">{_h(label)}</text>')
        lx += 16 + 12 * len(label) + 24
    parts.append("</svg>")
    return "".join(parts)


def histogram_svg(values: Sequence[float], *, bins: int = 10, p50: float | None = None, p95: float | None = None) -> str:
    """Histogram of latencies (ms) with p50/p95 markers."""
    vals = [float(v) for v in values if isinstance(v, (int, float))]
    width, height, left, top, plot_h, plot_w = 560, 240, 44, 24, 160, 490
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="latency-chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="応答時間の分布">'
    ]
    if not vals:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">データなし</text></svg>')
        return "".join(parts)
    lo, hi = min(vals), max(vals)
    n_bins = max(1, min(bins, len(vals)))
    span = (hi - lo) or 1.0
    counts = [0] * n_bins
    for v in vals:
        counts[min(n_bins - 1, int((v - lo) / span * n_bins))] += 1
    peak = max(counts)
    bw = plot_w / n_bins
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>')
    parts.append(f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>')
    parts.append(f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>')
    for i, c in enumerate(counts):
        h = plot_h * c / peak
        x0 = lo + span * i / n_bins
        parts.append(
            f'<rect class="bar" x="{left + i * bw + 1:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 2:.1f}" '
            f'height="{max(h, 0.5):.1f}" fill="#4a7fb5"><title>{x0:.0f}–{x0 + span / n_bins:.0f} ms: {c} 問</title></rect>'
        )
    for i in (0, n_bins // 2, n_bins):
        parts.append(
            f'<text x="{left + i * bw:.1f}" y="{top + plot_h + 14}" text-anchor="middle">{lo + span * i / n_bins:.0f}</text>'
        )
    for label, v, colour in (("p50", p50, "#0a7a2f"), ("p95", p95, "#c0262d")):
        if v is None:
            continue
        x = left + plot_w * (min(max(v, lo), lo + span) - lo) / span
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="{colour}" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{x + 3:.1f}" y="{top + 10}" fill="{colour}">{label} {v:.0f}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 8}" text-anchor="middle">合計応答時間（ミリ秒）</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(summary: Mapping, records: Sequence[Mapping], results: Sequence[Mapping], scores: Sequence[Mapping]) -> str:
    """The report as one self-contained HTML page."""
    meta = summary.get("meta", {})
    base = summary.get("baseline")
    o = [
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>評価レポート {_h(meta.get('set', ''))}</title><style>{_CSS}</style></head><body>",
        "<h1>評価レポート</h1>",
        f"<p>評価セット: <code>{_h(meta.get('set', ''))}</code> / 質問数 {summary['n']}"
        f"（回答可能 {summary['answerable']}、回答不能 {summary['unanswerable']}）<br>"
        f"バックエンド: {_h(meta.get('backend') or '—')} / 実行日時: {_h(meta.get('created', ''))}</p>",
    ]
    if summary.get("errors"):
        o.append(f'<p class="worse">実行エラー: {summary["errors"]} 件</p>')
    if not summary.get("citation_verbatim_checked", True):
        o.append('<p class="note">文書本文が渡されなかったため、引用文の原文照合は行っていません（番号の対応のみ確認）。</p>')

    o.append("<h2>指標（全体）</h2><table><tr><th>指標</th><th>説明</th><th>値</th>")
    if base:
        o.append("<th>ベースライン</th><th>差分</th>")
    o.append("</tr>")
    names = list(METRIC_NAMES) + (["judge_faithfulness"] if "judge_faithfulness" in summary else [])
    for name in names:
        judged = name == "judge_faithfulness"
        shown = f'{_h(name)} <span class="judged">（モデル判定）</span>' if judged else _h(name)
        o.append(f"<tr><td>{shown}</td><td>{_h(METRIC_LABELS.get(name, ''))}</td><td class=\"num\">{_h(_fmt(summary.get(name)))}</td>")
        if base:
            d = base["metrics"].get(name, {})
            o.append(f'<td class="num">{_h(_fmt(d.get("before")))}</td>{_delta_cell(d)}')
        o.append("</tr>")
    o.append("</table>")
    if "judge" in summary:
        o.append(
            f'<p class="note judged">judge_faithfulness は言語モデル（{_h(summary["judge"].get("model", ""))}）による判定値で、'
            "決定的な指標ではありません。</p>"
        )

    per_cat = summary.get("per_category", {})
    o.append("<h2>カテゴリ別</h2>")
    o.append(bar_chart_svg(per_cat, [("hit@5", "hit@5（検索）", "#4a7fb5"), ("answer_accuracy", "answer_accuracy（回答）", "#e08a2c")]))
    cat_names = ["hit@1", "hit@5", "hit@10", "mrr", "ndcg@10", "answer_accuracy", "refusal_rate_unanswerable",
                 "refusal_rate_answerable", "citation_validity", "citation_support"]
    if "judge_faithfulness" in summary:
        cat_names.append("judge_faithfulness")
    o.append("<table><tr><th>カテゴリ</th><th>n</th>" + "".join(f"<th>{_h(n)}</th>" for n in cat_names) + "</tr>")
    for cat, m in per_cat.items():
        o.append(f"<tr><td>{_h(cat)}</td><td class=\"num\">{m['n']}</td>")
        for name in cat_names:
            o.append(f'<td class="num">{_h(_fmt(m.get(name)))}</td>')
        o.append("</tr>")
    o.append("</table>")

    fails = failure_rows(records, results, scores)
    o.append(f"<h2>失敗した質問（{len(fails)} 件）</h2>")
    if fails:
        o.append('<table id="failures"><tr><th>id</th><th>カテゴリ</th><th>質問</th><th>期待</th><th>回答</th><th>最上位の段落</th><th>理由</th></tr>')
        for r in fails:
            o.append(
                f'<tr class="failure"><td>{_h(r["id"])}</td><td>{_h(r["category"])}</td><td class="text">{_h(r["question"])}</td>'
                f'<td class="text">{_h(r["expected"])}</td><td class="text">{_h(r["got"])}</td>'
                f'<td class="text">{_h(r["top_passage"])}</td><td>{_h(FAILURE_LABELS.get(r["why"], r["why"]))}</td></tr>'
            )
        o.append("</table>")
    else:
        o.append("<p>失敗した質問はありません。</p>")

    lat = summary.get("latency_ms", {})
    o.append("<h2>応答時間（ミリ秒）</h2>")
    totals = [r.get("latency_ms", {}).get("total") for r in results]
    o.append(histogram_svg(totals, p50=lat.get("total", {}).get("p50"), p95=lat.get("total", {}).get("p95")))
    o.append("<table><tr><th>区間</th><th>p50</th><th>p95</th></tr>")
    for part, vals in lat.items():
        o.append(
            f"<tr><td>{_h(LATENCY_LABELS.get(part, part))} ({_h(part)})</td>"
            f'<td class="num">{_h(_fmt(vals.get("p50"), 1))}</td><td class="num">{_h(_fmt(vals.get("p95"), 1))}</td></tr>'
        )
    o.append("</table>")

    if base:
        o.append(f"<h2>ベースラインとの比較</h2><p>{_h(base['path'])}（共通の質問 {base.get('compared', 0)} 件）</p>")
        o.append('<table id="category-deltas"><tr><th>カテゴリ</th>' + "".join(f"<th>{_h(n)}</th>" for n in cat_names if n != "judge_faithfulness") + "</tr>")
        for cat, deltas in base.get("per_category", {}).items():
            o.append(f"<tr><td>{_h(cat)}</td>")
            for name in cat_names:
                if name != "judge_faithfulness":
                    o.append(_delta_cell(deltas.get(name, {})))
            o.append("</tr>")
        o.append("</table>")
        o.append("<table><tr><th>応答時間</th><th>ベースライン</th><th>今回</th><th>差分</th></tr>")
        for key, d in base.get("latency_ms", {}).items():
            o.append(
                f'<tr><td>{_h(key)}</td><td class="num">{_h(_fmt(d.get("before"), 1))}</td>'
                f'<td class="num">{_h(_fmt(d.get("after"), 1))}</td>{_delta_cell(d, 1)}</tr>'
            )
        o.append("</table>")
        for key, title, cls in (("regressed", "悪化した質問（前回正解 → 今回不正解）", "worse"), ("improved", "改善した質問（前回不正解 → 今回正解）", "better")):
            rows = base[key]
            o.append(f'<h3 class="{cls}">{title}: {len(rows)} 件</h3>')
            if rows:
                o.append(f'<table id="{key}"><tr><th>id</th><th>カテゴリ</th><th>質問</th><th>期待</th><th>前回の回答</th><th>今回の回答</th></tr>')
                for r in rows:
                    o.append(
                        f'<tr><td>{_h(r["id"])}</td><td>{_h(r["category"])}</td><td class="text">{_h(r["question"])}</td>'
                        f'<td class="text">{_h(r["expected"])}</td><td class="text">{_h(_short(r["before"]))}</td>'
                        f'<td class="text">{_h(_short(r["after"]))}</td></tr>'
                    )
                o.append("</table>")

    o.append("<h2>全質問</h2><details><summary>一覧を表示</summary>")
    o.append("<table><tr><th>id</th><th>カテゴリ</th><th>質問</th><th>正解</th><th>hit@5</th><th>回答</th></tr>")
    for rec, res, sc in zip(records, results, scores):
        o.append(
            f'<tr><td>{_h(rec["id"])}</td><td>{_h(rec["category"])}</td><td class="text">{_h(rec["question"])}</td>'
            f'<td>{_h(_fmt(sc.get("correct")))}</td><td>{_h(_fmt(sc.get("hit@5")))}</td>'
            f'<td class="text">{_h(_short(res.get("error") or res.get("answer", ""), 240))}</td></tr>'
        )
    o.append("</table></details></body></html>")
    return "\n".join(o) + "\n"


def write_reports(
    out_dir: Path, summary: Mapping, records: Sequence[Mapping], results: Sequence[Mapping], scores: Sequence[Mapping]
) -> tuple[Path, Path]:
    """Write report.md and report.html into `out_dir`; returns their paths."""
    out_dir = Path(out_dir)
    md_path, html_path = out_dir / "report.md", out_dir / "report.html"
    md_path.write_text(render_markdown(summary, records, results, scores), encoding="utf-8")
    html_path.write_text(render_html(summary, records, results, scores), encoding="utf-8")
    return md_path, html_path


__all__ = [
    "BaselineError",
    "check_baseline_dir",
    "compare_runs",
    "failure_rows",
    "render_markdown",
    "render_html",
    "bar_chart_svg",
    "histogram_svg",
    "write_reports",
]

