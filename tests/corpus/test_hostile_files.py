"""Hostile files: zip bombs, encrypted PDFs, escape sequences - refused early or made harmless."""

from __future__ import annotations

import zipfile

import pytest

from corpus import loaders
from corpus.cleaning import safe_line, strip_control_chars
from corpus.errors import LoadError
from corpus.loaders import load_document
from hostile_files import ESC_BODY, ESC_TITLE, docx_bytes, encrypted_pdf_bytes, pdf_bytes, zip_bomb_docx


class TestControlCharacters:
    @pytest.mark.parametrize("raw, clean", [
        ("赤\x1b[31m字\x1b[0m", "赤字"),
        ("題\x1b]0;title\x07名", "題名"),
        ("リンク\x1b]8;;http://x/\x1b\\文\x1b]8;;\x1b\\字", "リンク文字"),
        ("a\x1bcb\x9b2Jc\x00d\x7fe", "abcde"),
        ("表\tの\n行\f次頁\r", "表\tの\n行\f次頁\r"),  # layout characters stay
    ])
    def test_strip(self, raw, clean):
        assert strip_control_chars(raw) == clean

    def test_safe_line(self):
        assert safe_line("題\u202e名\n二行目\t\x1b[2J") == "題名 二行目"

    def test_escapes_are_removed_from_title_and_text(self, tmp_path):
        path = tmp_path / "esc.txt"
        path.write_text(ESC_TITLE + "\n\n" + ESC_BODY, encoding="utf-8")
        doc = load_document(path)
        assert doc.meta.title == "危険な題名"
        assert "\x1b" not in doc.text and "\x07" not in doc.text
        assert "端末を操作する制御文字が含まれています" in doc.text

    def test_manifest_title_is_made_printable(self, tmp_path):
        from corpus.models import DocumentMeta

        path = tmp_path / "a.txt"
        path.write_text("本文です。\n", encoding="utf-8")
        doc = load_document(path, DocumentMeta(file="a.txt", title="題名\x1b[2J\n改行"))
        assert doc.meta.title == "題名 改行"


class TestZipBombs:
    def test_bomb_is_refused_from_the_directory_alone(self, tmp_path, monkeypatch):
        path = tmp_path / "bomb.docx"
        zip_bomb_docx(path, inflated_mb=300)
        assert path.stat().st_size < 1024 * 1024
        inflated = []
        real_open = zipfile.ZipFile.open
        monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: inflated.append(a) or real_open(self, *a, **k))
        with pytest.raises(LoadError, match="zip bomb") as info:
            load_document(path)
        assert "圧縮爆弾" in info.value.ja and inflated == []

    def test_high_ratio_part_under_the_total_limit(self, tmp_path, monkeypatch):
        monkeypatch.setattr(loaders, "ZIP_MAX_TOTAL_BYTES", 10**12)
        path = tmp_path / "ratio.docx"
        zip_bomb_docx(path, inflated_mb=5)  # 5 MB of zeros: far over 100:1
        with pytest.raises(LoadError, match="zip bomb"):
            load_document(path)

    def test_real_docx_passes(self, tmp_path):
        path = tmp_path / "ok.docx"
        path.write_bytes(docx_bytes(["かもめ研修制度の定員は20名です。" * 200], title="かもめ"))
        assert "定員は20名" in load_document(path).text


class TestEncryptedPdf:
    @pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
    def test_user_password_is_refused_as_encrypted(self, tmp_path, algorithm):
        path = tmp_path / "secret.pdf"
        path.write_bytes(encrypted_pdf_bytes(["秘密の文書です。"] * 3, algorithm=algorithm))
        with pytest.raises(LoadError, match="encrypted PDF") as info:
            load_document(path)
        assert info.value.ja == "secret.pdf: 暗号化されたPDFは取り込めません。パスワード保護を解除してから追加してください。"

    @pytest.mark.parametrize("user_password", ["secret", ""])
    def test_without_the_cryptography_package(self, tmp_path, monkeypatch, user_password):
        """pypdf raises DependencyError for AES when `cryptography` is missing: still reported as encrypted."""
        import pypdf._encryption as encryption
        from pypdf._crypt_providers import _fallback

        path = tmp_path / "aes.pdf"
        path.write_bytes(encrypted_pdf_bytes(["秘密の文書です。"] * 3, user_password=user_password))
        for name in ("aes_cbc_decrypt", "aes_cbc_encrypt", "aes_ecb_decrypt", "aes_ecb_encrypt"):
            monkeypatch.setattr(encryption, name, getattr(_fallback, name))  # what pypdf uses without it
        with pytest.raises(LoadError, match="encrypted PDF") as info:
            load_document(path)
        assert "暗号化されたPDFは取り込めません" in info.value.ja

    def test_owner_password_only_pdf_is_read(self, tmp_path):
        path = tmp_path / "owner.pdf"
        path.write_bytes(encrypted_pdf_bytes(["みなと物流支援事業の補助率は3分の2です。"] * 4, user_password=""))
        assert "補助率は3分の2" in load_document(path).text

    def test_plain_pdf_is_read(self, tmp_path):
        path = tmp_path / "plain.pdf"
        path.write_bytes(pdf_bytes(["みなと物流支援事業の補助率は3分の2です。"] * 4))
        assert "補助率は3分の2" in load_document(path).text
