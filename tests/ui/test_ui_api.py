"""The public /ask endpoint over gradio_client against a real launched app."""

from __future__ import annotations

import re

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(ui_server) -> Client:
    return Client(ui_server.url, verbose=False)


class TestAskEndpoint:
    def test_round_trip_returns_ask_json(self, client):
        data = client.predict("みらい創業支援補助金の交付額は？", api_name="/ask")
        assert set(data) >= {"answer", "citations", "passages", "refused", "backend", "warnings", "mode", "question"}
        assert data["refused"] is False
        assert data["backend"] == "extractive"
        assert data["question"] == "みらい創業支援補助金の交付額は？"
        assert "300万円" in data["answer"]
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", data["answer"])}
        cited = {c["n"] for c in data["citations"]}
        assert markers and markers <= cited
        for c in data["citations"]:
            assert c["quote"] in c["text"]
            assert data["passages"][c["n"] - 1]["text"] == c["text"]

    def test_extra_parameters(self, client):
        data = client.predict("神奈川県と遼寧省がMOUを締結したのはいつですか？", "reply", 3, api_name="/ask")
        assert data["mode"] == "reply"
        assert len(data["passages"]) == 3
        assert "2018" in data["answer"]

    def test_bad_input_is_a_japanese_error(self, client):
        with pytest.raises(AppError, match="入力が正しくありません"):
            client.predict("   ", api_name="/ask")
        with pytest.raises(AppError, match="入力が正しくありません"):
            client.predict("補助金は？", "poem", 5, api_name="/ask")

    def test_only_ask_is_public(self, client):
        api = client.view_api(return_format="dict", print_info=False)
        assert list(api["named_endpoints"]) == ["/ask"]
        assert api["unnamed_endpoints"] == {}
