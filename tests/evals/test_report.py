"""Reports: files written, SVG charts, escaping, baseline deltas, rendering in a real browser."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.types import Answer, Citation, Passage
from corpus.models import Chunk
from evals.report import BaselineError, bar_chart_svg, histogram_svg
from evals.runner import run_eval

DOC = "遼寧省との覚書は2019年に再締結された。ロボット関連企業の件数は目標35件に対して実績19件。"
XSS = "<script>alert('x')</script>"

RECORDS = [
    {"id": "r1", "question": "覚書の再締結はいつ？", "category": "mou", "evidence": ["覚書は2019年に再締結"], "answer": ["2019年"]},
    {"id": "r2", "question": "ロボット関連企業の実績は？", "category": "kpi", "evidence": ["目標35件に対して実績19件"], "answer": ["19件"]},
    {"id": "r3", "question": "東京都の予算総額は？", "category": "unanswerable", "evidence": [], "answer": []},
]
SENT_MOU = "遼寧省との覚書は2019年に再締結された。"
SENT_KPI = "ロボット関連企業の件数は目標35件に対して実績19件。"
FILLER = "関係のない段落です。"

# Baseline: r1 wrong (and retrieval missed), r2 right, r3 answered although unanswerable.
BASELINE_SCRIPT = {
    "覚書の再締結はいつ？": ("2018年です。", [FILLER], False, 300.0),
    "ロボット関連企業の実績は？": ("19件です[1]。", [SENT_KPI], False, 100.0),
    "東京都の予算総額は？": ("30億円です。", [FILLER], False, 200.0),
}
# Current: r1 right, r2 wrong with markup in the answer, r3 refused.
CURRENT_SCRIPT = {
    "覚書の再締結はいつ？": ("2019年です[1]。", [SENT_MOU], False, 120.0),
    "ロボット関連企業の実績は？": (f"{XSS}20件です[1]。", [SENT_KPI], False, 80.0),
    "東京都の予算総額は？": ("資料には見当たりません。", [FILLER], True, 40.0),
}


class ScriptedAssistant:
    """Deterministic stand-in for the answering pipeline (question -> scripted reply)."""

    def __init__(self, script):
        self.script = script

    def ask(self, question, *, history=(), top_k=10):
        text, texts, refused, total = self.script[question]
        passages = []
        for i, t in enumerate(texts):
            chunk = Chunk(id=f"c{i}", doc_id="d", file="000_demo.txt", title="デモ", section="第1章", text=t,
                          kind="text", start=0, end=len(t), line_start=i + 1, line_end=i + 1)
            passages.append(Passage(chunk=chunk, rank=i + 1, score=1.0))
        citations = [Citation(n=1, passage=passages[0])] if "[1]" in text else []
        return Answer(text=text, citations=citations, passages=passages, refused=refused, backend="scripted",
                      latency_ms={"retrieve": total / 4, "answer": total * 3 / 4, "total": total})


@pytest.fixture
def set_path(tmp_path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path, set_path):
    """A baseline run and a current run compared with it."""
    corpus = {"000_demo.txt": DOC}
    run_eval(set_path, tmp_path / "before", ScriptedAssistant(BASELINE_SCRIPT), corpus_texts=corpus, progress=False)
    summary = run_eval(set_path, tmp_path / "after", ScriptedAssistant(CURRENT_SCRIPT), corpus_texts=corpus,
                       baseline=tmp_path / "before", progress=False)
    return summary, tmp_path / "after"


class TestReports:
    def test_files_and_failure_table(self, tmp_path, set_path):
        out = tmp_path / "run"
        run_eval(set_path, out, ScriptedAssistant(CURRENT_SCRIPT), progress=False)
        md = (out / "report.md").read_text(encoding="utf-8")
        page = (out / "report.html").read_text(encoding="utf-8")
        assert "## 失敗した質問（1 件）" in md
        assert "| r2 | kpi | ロボット関連企業の実績は？ | 19件 |" in md
        assert "answer miss（回答誤り）" in md
        assert page.count("<svg") == 2
        assert page.count('<tr class="failure">') == 1
        assert '<rect class="bar"' in page
        # self-contained: nothing fetched from elsewhere
        assert "<link" not in page and "src=" not in page and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")

    def test_xss_answer_is_escaped(self, tmp_path, set_path):
        out = tmp_path / "run"
        run_eval(set_path, out, ScriptedAssistant(CURRENT_SCRIPT), progress=False)
        page = (out / "report.html").read_text(encoding="utf-8")
        md = (out / "report.md").read_text(encoding="utf-8")
        assert "<script" not in page
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;20件です[1]。" in page
        assert "<script" not in md and "&lt;script&gt;" in md

    def test_reasons(self, tmp_path, set_path):
        out = tmp_path / "run"
        run_eval(set_path, out, ScriptedAssistant(BASELINE_SCRIPT), progress=False)
        md = (out / "report.md").read_text(encoding="utf-8")
        assert "## 失敗した質問（2 件）" in md
        assert "| r1 | mou | 覚書の再締結はいつ？ | 2019年 | 2018年です。 | 000_demo.txt 第1章: 関係のない段落です。 | retrieval miss（検索漏れ） |" in md
        assert "| r3 | unanswerable | 東京都の予算総額は？ | （資料にない → 回答拒否が正解） | 30億円です。" in md
        assert "missed refusal（拒否すべき質問に回答）" in md


class TestBaseline:
    def test_metric_deltas(self, pair):
        summary, _ = pair
        m = summary["baseline"]["metrics"]
        # answer_accuracy: before r2 only = 1/2, after r1 only = 1/2 -> delta 0
        assert m["answer_accuracy"] == {"before": 0.5, "after": 0.5, "delta": 0.0, "better": None}
        # hit@1: before r2 only = .5, after r1 and r2 = 1.0
        assert m["hit@1"] == {"before": 0.5, "after": 1.0, "delta": 0.5, "better": True}
        # refusal on the one unanswerable question: 0 -> 1
        assert m["refusal_rate_unanswerable"] == {"before": 0.0, "after": 1.0, "delta": 1.0, "better": True}
        # total latency p50: before [100, 200, 300] -> 200; after [40, 80, 120] -> 80
        assert summary["baseline"]["latency_ms"]["total.p50"] == {"before": 200.0, "after": 80.0, "delta": -120.0, "better": True}

    def test_category_deltas(self, pair):
        summary, _ = pair
        per = summary["baseline"]["per_category"]
        assert per["mou"]["answer_accuracy"] == {"before": 0.0, "after": 1.0, "delta": 1.0, "better": True}
        assert per["kpi"]["answer_accuracy"] == {"before": 1.0, "after": 0.0, "delta": -1.0, "better": False}
        assert per["unanswerable"]["hit@5"] == {"before": None, "after": None, "delta": None, "better": None}

    def test_regressed_and_improved(self, pair):
        summary, _ = pair
        base = summary["baseline"]
        assert [r["id"] for r in base["regressed"]] == ["r2"]
        assert [r["id"] for r in base["improved"]] == ["r1", "r3"]
        assert base["regressed"][0]["before"] == "19件です[1]。"
        assert base["compared"] == 3

    def test_reports_show_deltas(self, pair):
        _, out = pair
        md = (out / "report.md").read_text(encoding="utf-8")
        page = (out / "report.html").read_text(encoding="utf-8")
        assert "| hit@1 | 検索: 上位1件に根拠がすべて含まれる割合 | 1.000 | 0.500 | ▲ +0.500（改善） |" in md
        assert "### 悪化した質問（前回正解 → 今回不正解）: 1 件" in md
        assert "### 改善した質問（前回不正解 → 今回正解）: 2 件" in md
        assert '<td class="num worse">▼ -1.000（悪化）</td>' in page  # kpi answer_accuracy
        assert '<td class="num better">▲ +1.000（改善）</td>' in page  # mou answer_accuracy
        assert '<td class="num better">▼ -120.0（改善）</td>' in page  # total.p50 latency went down
        assert '<table id="regressed">' in page and "<script" not in page

    def test_missing_baseline_dir(self, tmp_path, set_path):
        with pytest.raises(BaselineError, match="no summary.json") as info:
            run_eval(set_path, tmp_path / "x", ScriptedAssistant(CURRENT_SCRIPT), baseline=tmp_path / "nope", progress=False)
        assert "ベースライン" in info.value.ja
        assert not (tmp_path / "x").exists()  # checked before any question is asked


class TestCharts:
    def test_bar_chart_bars_and_missing_values(self):
        svg = bar_chart_svg({"mou": {"hit@5": 1.0, "answer_accuracy": 0.5}, "unanswerable": {"hit@5": None, "answer_accuracy": None}},
                            [("hit@5", "hit@5", "#00f"), ("answer_accuracy", "正答率", "#f80")])
        assert svg.count('<rect class="bar"') == 2
        assert 'height="200.0"' in svg and 'height="100.0"' in svg  # plot height 200 -> 1.0 and 0.5
        assert "<title>mou 正答率: 0.500</title>" in svg

    def test_histogram(self):
        svg = histogram_svg([10, 20, 30, 40], bins=2, p50=25, p95=38.5)
        # two bins [10, 25) and [25, 40]: two values each
        assert svg.count('<rect class="bar"') == 2
        assert "2 問" in svg and "p50 25" in svg and "p95 38" in svg
        assert "データなし" in histogram_svg([])


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.slow
def test_html_renders_in_headless_chromium(tmp_path, pair):
    """Open report.html in a real browser: the SVG charts must have a visible size."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    _, out = pair
    shot = tmp_path / "report.png"
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
        )
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto((out / "report.html").resolve().as_uri())
            assert page.locator("svg.chart").count() == 2
            box = page.locator("#category-chart").bounding_box()
            assert box is not None and box["width"] > 100 and box["height"] > 100
            bars = page.locator("#category-chart rect.bar")
            assert bars.count() >= 3
            assert page.locator("#latency-chart rect.bar").first.bounding_box()["height"] > 0
            assert page.evaluate("document.querySelectorAll('script').length") == 0
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
