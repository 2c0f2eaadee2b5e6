"""Loading .txt/.md/.pdf/.html/.docx files, encodings, manifests and every refusal reason."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest

from corpus.errors import LoadError, PolicyAssistantError
from corpus.loaders import SUPPORTED_SUFFIXES, iter_files, load_document
from corpus.manifest import ManifestError, load_manifest
from corpus.models import DocumentMeta

BUNDLED = Path(__file__).resolve().parents[2] / "corpus" / "documents"
JAPANESE = "遼寧省は撫順市など14市から構成され、日本との連携を強化しています。\n"
CP932_ONLY = "①株式会社は㈱と略します。髙橋さんの番号は№１です。\n"


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF with Japanese text drawn in reportlab's built-in CID font (no font files needed)."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    if title:
        pdf.setTitle(title)
    for lines in pages:
        pdf.setFont("HeiseiMin-W3", 10)
        for row, line in enumerate(lines):
            pdf.drawString(40, 800 - 14 * row, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class TestManifest:
    def test_bundled_manifest(self):
        manifest = load_manifest(BUNDLED)
        assert sorted(manifest) == [p.name for p in sorted(BUNDLED.glob("*.txt"))]
        meta = manifest["001_c4e80570ce684d92.txt"]
        assert meta == DocumentMeta(
            file="001_c4e80570ce684d92.txt",
            title="中日（大連）地方発展協力モデル区建設マスタープラン（仮訳）",
            issuer="大連市 (provisional Japanese translation)",
            kind="foreign_government_plan",
            date="2021",
            source=None,
        )

    def test_missing_manifest_is_empty(self, tmp_path):
        assert load_manifest(tmp_path) == {}

    def test_minimal_entry_gets_defaults(self, tmp_path):
        write(tmp_path, "manifest.json", '{"documents": [{"file": "a.txt"}]}')
        assert load_manifest(tmp_path) == {"a.txt": DocumentMeta(file="a.txt", title="a")}

    @pytest.mark.parametrize(
        ("content", "ja"),
        [
            ('{"documents": [', "JSON が壊れています"),
            ('{"docs": []}', "形式が正しくありません"),
            ('{"documents": [{"title": "x"}]}', "1 件目"),
        ],
    )
    def test_broken_manifest(self, tmp_path, content, ja):
        write(tmp_path, "manifest.json", content)
        with pytest.raises(ManifestError) as info:
            load_manifest(tmp_path)
        assert isinstance(info.value, PolicyAssistantError)
        assert ja in info.value.ja


class TestIterFiles:
    def test_expands_folders_sorted_and_skips_manifest_and_hidden(self, tmp_path):
        for name in ["b.txt", "a.md", "manifest.json", ".hidden.txt", "sub/c.pdf", ".git/x.txt", "d.csv"]:
            write(tmp_path, name, "x") if "/" not in name else None
            if "/" in name:
                (tmp_path / name).parent.mkdir(exist_ok=True)
                write(tmp_path, name, "x")
        single = write(tmp_path / "sub", "e.txt", "x")
        files = iter_files([tmp_path, single])
        assert [p.relative_to(tmp_path).as_posix() for p in files] == [
            "a.md", "b.txt", "d.csv", "sub/c.pdf", "sub/e.txt",
        ]

    def test_supported_suffixes(self):
        assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".pdf", ".html", ".htm", ".docx"})


class TestText:
    def test_bundled_document(self):
        path = BUNDLED / "000_80323c2b5142a8be.txt"
        meta = load_manifest(BUNDLED)[path.name]
        doc = load_document(path, meta)
        assert doc.doc_id == path.name
        assert doc.format == "txt"
        assert doc.meta is meta
        assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
        assert "撫順（ぶじゅん）市など14市" in doc.text
        assert doc.page_starts == ()

    @pytest.mark.parametrize(
        ("encoding", "text"),
        [
            ("utf-8", JAPANESE),
            ("utf-8-sig", JAPANESE),
            ("shift_jis", JAPANESE),
            ("cp932", CP932_ONLY),
            ("euc_jp", JAPANESE),
            ("utf-16", JAPANESE),
        ],
    )
    def test_encodings(self, tmp_path, encoding, text):
        path = write(tmp_path, "doc.txt", text, encoding)
        doc = load_document(path)
        assert doc.text == text.strip()
        assert not doc.text.startswith("\ufeff")

    def test_euc_jp_with_kana_only_lines_is_not_misread_as_cp932(self, tmp_path):
        text = "ひらがなとカタカナだけのぶんしょうです。\nまたつぎのぎょうもかなです。\n"
        assert load_document(write(tmp_path, "kana.txt", text, "euc_jp")).text.startswith("ひらがなと")

    def test_derived_meta_from_first_short_line(self, tmp_path):
        doc = load_document(write(tmp_path, "report.txt", "令和7年度 事業報告\n\n本文です。\n"))
        assert doc.meta == DocumentMeta(file="report.txt", title="令和7年度 事業報告")

    def test_long_first_line_falls_back_to_stem(self, tmp_path):
        doc = load_document(write(tmp_path, "long.txt", "長い本文の行です。" * 20 + "\n"))
        assert doc.meta.title == "long"

    def test_markdown_heading_is_the_title(self, tmp_path):
        doc = load_document(write(tmp_path, "notes.md", "前置きの一行\n\n# 政策メモ\n\n本文です。\n"))
        assert doc.format == "md"
        assert doc.meta.title == "政策メモ"
        assert "# 政策メモ" in doc.text


class TestRefusals:
    def refused(self, path: Path, **kwargs) -> LoadError:
        with pytest.raises(LoadError) as info:
            load_document(path, **kwargs)
        assert info.value.path == str(path)
        return info.value

    def test_unsupported_extension(self, tmp_path):
        error = self.refused(write(tmp_path, "data.csv", "a,b\n"))
        assert "対応していないファイル形式です（.csv）" in error.ja

    def test_missing_file(self, tmp_path):
        assert "見つかりません" in self.refused(tmp_path / "nothing.txt").ja

    @pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read anything")
    def test_permission_denied(self, tmp_path):
        path = write(tmp_path, "secret.txt", JAPANESE)
        path.chmod(0)
        try:
            assert "権限がありません" in self.refused(path).ja
        finally:
            path.chmod(0o644)

    def test_too_large(self, tmp_path):
        error = self.refused(write(tmp_path, "big.txt", JAPANESE * 10), max_bytes=100)
        assert "大きすぎます" in error.ja

    @pytest.mark.parametrize("content", [b"", b"   \n\t\n\r\n", "\u3000\n".encode()])
    def test_empty_or_whitespace(self, tmp_path, content):
        assert "空です" in self.refused(write(tmp_path, "empty.txt", content)).ja

    def test_random_bytes_named_txt(self, tmp_path):
        noise = bytes(range(256)) * 8
        assert "バイナリ" in self.refused(write(tmp_path, "noise.txt", noise)).ja

    def test_control_characters(self, tmp_path):
        noise = bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 50
        assert "バイナリ" in self.refused(write(tmp_path, "ctrl.txt", noise)).ja

    def test_undetectable_encoding(self, tmp_path):
        # Latin-1 accented text is neither UTF-8 nor sensible CP932/EUC-JP.
        text = "Café crème brûlée à la française, façade, naïve, déjà vu. " * 5
        error = self.refused(write(tmp_path, "latin.txt", text, "latin-1"))
        assert "文字コードを判定できませんでした" in error.ja

    def test_corrupt_pdf(self, tmp_path):
        error = self.refused(write(tmp_path, "broken.pdf", b"%PDF-1.7\nthis is not a pdf\n%%EOF"))
        assert "PDF として読み込めませんでした" in error.ja

    def test_scanned_pdf_without_text_layer(self, tmp_path):
        pytest.importorskip("reportlab")
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer)
        pdf.rect(50, 50, 400, 600, fill=1)  # an "image" of a page, no text
        pdf.showPage()
        pdf.save()
        error = self.refused(write(tmp_path, "scan.pdf", buffer.getvalue()))
        assert "文字情報がありません" in error.ja

    def test_html_without_main_text(self, tmp_path):
        html = "<html><head><script>var a = 1;</script></head><body><nav>メニュー</nav></body></html>"
        assert "本文を抽出できませんでした" in self.refused(write(tmp_path, "empty.html", html)).ja

    @pytest.mark.parametrize(
        "content",
        [b"PK\x03\x04 not really a zip", b"\x00\x01garbage" * 20, "zip-without-document"],
    )
    def test_corrupt_docx(self, tmp_path, content):
        if content == "zip-without-document":
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr("hello.txt", "not a word document")
            content = buffer.getvalue()
        error = self.refused(write(tmp_path, "broken.docx", content))
        assert "Word（.docx）ファイルとして読み込めませんでした" in error.ja


class TestPdf:
    def test_japanese_text_pages_and_page_numbers(self, tmp_path):
        data = make_pdf(
            [
                ["遼寧省は、省都の瀋陽市、大連市、撫", "順市など14市から構成されています。", "- 1 -"],
                ["二ページ目：研究開発センターを設立する。", "- 2 -"],
            ],
            title="遼寧省のご紹介",
        )
        doc = load_document(write(tmp_path, "liaoning.pdf", data))
        assert doc.format == "pdf"
        assert doc.meta.title == "遼寧省のご紹介"
        assert doc.text == (
            "遼寧省は、省都の瀋陽市、大連市、撫順市など14市から構成されています。\n"
            "二ページ目：研究開発センターを設立する。"
        )
        assert "- 1 -" not in doc.text
        assert len(doc.page_starts) == 2
        second = doc.text.index("二ページ目")
        assert doc.page_starts[1] == second
        assert doc.page_at(second) == 2
        assert doc.page_at(0) == 1

    def test_cp932_only_characters_survive_pdf(self, tmp_path):
        doc = load_document(write(tmp_path, "marks.pdf", make_pdf([["①㈱の表記と№の記号を確認します。"]])))
        assert "①㈱" in doc.text


class TestHtml:
    PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>補助金の交付状況 | 神奈川県</title>
<style>p {{ color: red; }}</style></head><body>
<header>神奈川県ホームページ サイトヘッダー</header>
<nav><a href="/">ホーム</a> <a href="/a">くらし</a> <a href="/b">産業</a></nav>
<main><h1>補助金の交付状況</h1>
<p>県では、県内経済の活性化と雇用の創出を図るため、企業誘致施策「セレクト神奈川ＮＥＸＴ」により、県内への企業立地を促進しています。交付状況は次の表のとおりです。</p>
<table><tr><th>区分</th><th>累計額</th></tr>
<tr><td>企業立地促進補助金</td><td>15億 8,741万円</td></tr>
<tr><td>企業誘致促進賃料補助金</td><td>4,071万円</td></tr></table>
<p>制度の詳細については、産業振興課までお問い合わせください。受付時間は平日の午前9時から午後5時までです。</p>
</main>
<aside>関連リンク 広告バナー</aside>
<footer>Copyright 神奈川県 フッター</footer><script>var tracking = "スクリプト";</script>
</body></html>"""

    def test_main_text_and_table_rows(self, tmp_path):
        doc = load_document(write(tmp_path, "page.html", self.PAGE))
        assert doc.format == "html"
        assert doc.meta.title == "補助金の交付状況 | 神奈川県"
        for noise in ("サイトヘッダー", "ホーム", "広告バナー", "フッター", "スクリプト", "color"):
            assert noise not in doc.text
        assert "県では、県内経済の活性化" in doc.text
        assert "お問い合わせください。" in doc.text
        lines = doc.text.split("\n")
        assert "企業立地促進補助金\t15億 8,741万円" in lines
        assert "企業誘致促進賃料補助金\t4,071万円" in lines

    def test_declared_shift_jis(self, tmp_path):
        html = self.PAGE.replace('charset="utf-8"', 'charset="Shift_JIS"')
        doc = load_document(write(tmp_path, "sjis.htm", html, "cp932"))
        assert "企業誘致施策「セレクト神奈川ＮＥＸＴ」" in doc.text

    def test_h1_title_when_no_title_tag(self, tmp_path):
        html = "<html><body><h1>事業の概要</h1><p>これは本文の段落です。十分な長さがあります。</p></body></html>"
        doc = load_document(write(tmp_path, "plain.html", html))
        assert doc.meta.title == "事業の概要"
        assert "これは本文の段落です。" in doc.text


class TestDocx:
    def make(self, tmp_path: Path, title: str = "") -> Path:
        import docx

        document = docx.Document()
        if title:
            document.core_properties.title = title
        document.add_heading("一、全体的な要求", level=1)
        document.add_paragraph("習近平新時代の中国の特色ある社会主義思想を指導理念とする。")
        table = document.add_table(rows=2, cols=3)
        for row, values in zip(table.rows, [("区分", "目標値", "実績値"), ("投資額", "93億円", "135億円")]):
            for cell, value in zip(row.cells, values):
                cell.text = value
        document.add_paragraph("表の後の段落です。")
        path = tmp_path / "plan.docx"
        document.save(path)
        return path

    def test_paragraphs_and_tables_in_order(self, tmp_path):
        doc = load_document(self.make(tmp_path, title="マスタープラン"))
        assert doc.format == "docx"
        assert doc.meta.title == "マスタープラン"
        assert doc.text == (
            "一、全体的な要求\n\n"
            "習近平新時代の中国の特色ある社会主義思想を指導理念とする。\n\n"
            "区分\t目標値\t実績値\n投資額\t93億円\t135億円\n\n"
            "表の後の段落です。"
        )

    def test_title_falls_back_to_first_line(self, tmp_path):
        assert load_document(self.make(tmp_path)).meta.title == "一、全体的な要求"


def test_missing_path_is_reported_as_missing_not_as_unsupported(tmp_path):
    from corpus.errors import LoadError
    from corpus.loaders import load_document

    with pytest.raises(LoadError, match="file not found") as err:
        load_document(tmp_path / "gone")
    assert err.value.ja == "gone が見つかりません。"
