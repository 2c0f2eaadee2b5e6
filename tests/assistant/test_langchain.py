"""The LangChain adapters: the standard retriever suite of langchain-tests, metadata, LCEL."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("langchain_tests")
from langchain_core.documents import Document  # noqa: E402
from langchain_core.runnables import RunnableLambda  # noqa: E402
from langchain_tests.integration_tests import RetrieversIntegrationTests  # noqa: E402

from assistant.langchain import PolicyRetriever, answer_runnable  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
MOU_DOC = REPO / "corpus" / "documents" / "000_80323c2b5142a8be.txt"

_HOME: dict[str, str] = {}


def _home() -> str:
    """One small real index (the bundled MOU profile) shared by this module's tests."""
    if "home" not in _HOME:
        import tempfile

        from assistant.service import Assistant
        from assistant.settings import Settings

        home = Path(tempfile.mkdtemp(prefix="pa-langchain-"))
        Assistant(Settings.from_env(env={}, dotenv=None).with_(home=home)).ingest([MOU_DOC], progress=False)
        _HOME["home"] = str(home)
    return _HOME["home"]


class TestPolicyRetrieverStandard(RetrieversIntegrationTests):
    """langchain-tests' RetrieversIntegrationTests, as every LangChain retriever must pass."""

    @property
    def retriever_constructor(self) -> type[PolicyRetriever]:
        return PolicyRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"home": _home(), "k": 5}

    @property
    def retriever_query_example(self) -> str:
        return "神奈川県と遼寧省がMOUを締結したのはいつですか？"


def test_documents_carry_citation_metadata():
    docs = PolicyRetriever(home=_home(), k=2).invoke("MOU締結時期は？")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    meta = docs[0].metadata
    assert meta["doc"] == "000_80323c2b5142a8be.txt"
    assert set(meta) >= {"doc", "title", "section", "lines", "page", "score", "rank", "chunk_id"}
    assert meta["rank"] == 1 and meta["lines"][0] <= meta["lines"][1]
    assert docs[0].page_content in MOU_DOC.read_text(encoding="utf-8") or "\n" in docs[0].page_content


def test_bad_k_is_refused():
    with pytest.raises(ValueError, match="k must be > 0, got 0"):
        PolicyRetriever(home=_home()).invoke("遼寧省", k=0)


def test_lcel_composition_and_the_answer_runnable():
    retriever = PolicyRetriever(home=_home(), k=3)
    titles = retriever | RunnableLambda(lambda docs: [d.metadata["title"] for d in docs])
    assert titles.invoke("遼寧省の概要") == ["遼寧省（中国）― 神奈川県MOU締結先機関のご紹介"] * 3
    qa = answer_runnable(home=_home())
    data = qa.invoke("神奈川県と遼寧省がMOUを締結したのはいつですか？")
    assert "2018年5月8日" in data["answer"] and data["citations"] and data["computed"] is False
    streamed = "".join(qa.stream({"question": "神奈川県と遼寧省がMOUを締結したのはいつですか？", "mode": "answer"}))
    assert streamed == data["answer"]
    with pytest.raises(ValueError, match="expected a question string"):
        qa.invoke(42)
