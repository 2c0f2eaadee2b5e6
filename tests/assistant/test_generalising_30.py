"""Answers grounded in the documents' structure, found on the thirtieth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


STEPS = """港県海外倉庫利用補助金交付要綱

第５条（補助対象者）
県内に本社を有する中小企業者で、海外の倉庫を利用して輸出を行うものとする。

第６条（申請の手続）
補助金の申請から支払までの手続は、次のとおりとする。
① 事前相談（海外ビジネス課）
② 交付申請書の提出（申請期間内に事業計画書を添えて提出）
③ 審査（書類審査及び面談。令和７年７月）
④ 交付決定の通知（令和７年８月上旬）
⑤ 実績報告（事業完了の日から30日以内）

第７条（広報）
県は、補助事業の成果を県のホームページの「新着情報」欄（毎月１日更新）で紹介する。
"""


def test_a_noun_no_document_writes_is_weighed_as_the_document_writes_it():
    # 「知らせ」 is 「通知」 in the document's words (a Sudachi synonym group): the step that says
    # 通知 answers, not the step before it, which says 申請 (「② 交付申請書の提出」 and ③ 審査)
    line = _first(STEPS, "申請してから、交付が決まったという知らせはいつごろ届きますか？")
    assert "８月上旬" in line and "７月" not in line
