"""Answers grounded in the documents' structure, found on the thirty-fourth session's sets."""

from __future__ import annotations

from structure_docs import first_line_over as _first


REGULATIONS = """栃県個人データ規制対応調査 報告書

２ 調査の対象
この報告書において「海外個人データ」とは、海外に住む個人に関する情報であって、特定の個人を識別できるものをいう。
「取扱企業」とは、調査基準日において海外個人データを取り扱っている企業をいい、「対応済み」とは、該当する規制が求める社内規程、契約及び手続を全て整えたことをいう。
また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
３ 業種別の状況
○ 業種別の回答企業と取扱企業
業種\t回答企業数（社）\t取扱企業（社）\tうち対応済み（社）
食料品\t64\t18\t６
情報通信業\t41\t30\t18
卸売業\t52\t21\t９
４ 該当する規制と対応の状況
○ 該当する規制と対応の状況（複数回答）
規制\t該当企業（社）\t対応済み（社）\t対応中（社）\t未着手（社）
ＥＵ（ＧＤＰＲ）\t84\t38\t29\t17
米国（州法）\t58\t19\t22\t17
韓国個人情報保護法\t41\t14\t12\t15
"""


def test_a_deed_done_is_the_column_of_it_done():
    # 「対応を終えた」 is the column 対応済み; 「韓国の個人情報保護法」 the row 韓国個人情報保護法
    line = _first(REGULATIONS, "韓国の個人情報保護法が当てはまる会社のうち、対応を終えた会社の割合は何％ですか？")
    assert "34.1%" in line
    line = _first(REGULATIONS, "米国の州法が当てはまる企業のうち、対応を全て終えた企業の割合はどのくらいですか？")
    assert "32.8%" in line


def test_a_part_named_by_its_columns_definition():
    # 「海外の個人データを扱っている会社」 is what 「取扱企業」 is defined as; IT・通信系 is 情報通信業
    line = _first(REGULATIONS, "回答したIT・通信系の企業のうち、海外の個人データを扱っている会社の割合はどのくらいですか？")
    assert "73.2%" in line


RATES = """栃県海外入札参加支援補助金 募集要領

２ 補助対象者
「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t単独応札\t共同応札
現地調査のための渡航\t50\t60\t600\t900
入札書類の作成・翻訳\t50\t60\t800\t1,200
※１ 「小規模企業者」の欄は申請者が小規模企業者である場合に適用します。
"""


def test_a_plumbing_firm_is_of_the_construction_trades():
    # 水道設備 is 設備工事業 of 建設業: the main bound (20人), not that of 商業又はサービス業 (５人)
    line = _first(RATES, "社員８人の水道設備の会社が、単独で入札に参加するための現地調査の渡航費に900千円かかる見込みです。"
                         "補助金はいくらになりますか？")
    assert "540千円" in line
