"""Hostile and broken input files, made on the fly (never committed): for tests and the drills.

`make_batch(folder, big_mb=200)` writes 20 files - 5 good ones and 15 that must each be skipped
with a Japanese reason - and returns {file name: expected outcome}, where the outcome is
"ok" or a fragment of the expected reason. Big files are sparse, so they cost no disk.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

ESC_TITLE = "\x1b[2J\x1b[31m危険な題名\x1b[0m\x1b]0;pwned\x07"
ESC_BODY = "危険な題名\n\nこの文書には\x1b]8;;http://127.0.0.1:9/\x1b\\端末を操作する\x1b]8;;\x1b\\制御文字\x07が含まれています。\n"


def pdf_bytes(lines: list[str], title: str = "") -> bytes:
    """A small real PDF with Japanese text (reportlab, built-in CID font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(title or (lines[0] if lines else ""))
    c.setFont("HeiseiMin-W3", 11)
    y = 800
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf_bytes(lines: list[str], algorithm: str = "AES-256", user_password: str = "secret") -> bytes:
    """The PDF of `lines`, encrypted with a user password (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(lines))))
    writer.encrypt(user_password=user_password, owner_password="owner-" + user_password, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_bomb_docx(path: Path, inflated_mb: int = 300) -> None:
    """A .docx whose document part inflates to `inflated_mb` MB of zeros (~1000:1)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"\0" * (1024 * 1024)
            for _ in range(inflated_mb):
                part.write(block)


def docx_bytes(paragraphs: list[str], title: str = "") -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def sparse_file(path: Path, size: int, head: bytes = b"") -> None:
    """A file of `size` bytes that takes no disk space beyond `head`."""
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(size)


def make_batch(folder: Path, big_mb: int = 200, bomb_mb: int = 300) -> dict[str, str]:
    """Write the 20-file hostile batch into `folder`; return {name: "ok" | expected reason fragment}."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes | str, outcome: str) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = outcome

    # good files: they must be indexed whatever sits beside them
    put("good_subsidy.txt", "ほしぞら観測補助事業\n\n交付額は1件あたり上限45万円です。\n", "ok")
    put("good_notice.md", "# つばさ窓口のお知らせ\n\nつばさ窓口は午前9時に開きます。\n", "ok")
    put("good_report.pdf", pdf_bytes(["みなと物流支援事業の報告", "みなと物流支援事業の補助率は3分の2です。"] * 3), "ok")
    put("good_guide.docx", docx_bytes(["かもめ研修制度の手引き", "かもめ研修制度の定員は20名です。"]), "ok")
    put("escape_title.txt", ESC_TITLE + "\n\n" + ESC_BODY, "ok")  # indexed, with the escapes removed

    # hostile or broken files: each skipped with its reason
    zip_bomb_docx(folder / "zip_bomb.docx", inflated_mb=bomb_mb)
    expected["zip_bomb.docx"] = "圧縮爆弾"
    put("encrypted_aes.pdf", encrypted_pdf_bytes(["秘密の文書です。"] * 3), "暗号化されたPDFは取り込めません")
    put("encrypted_rc4.pdf", encrypted_pdf_bytes(["秘密の文書です。"] * 3, algorithm="RC4-128"), "暗号化されたPDFは取り込めません")
    good_pdf = pdf_bytes(["途中で切れた文書です。"] * 10)
    put("truncated.pdf", good_pdf[: len(good_pdf) // 3], "PDF")
    put("binary.txt", os.urandom(4096), "バイナリ")
    put("empty.txt", b"", "空です")
    sparse_file(folder / "huge.txt", big_mb * 1024 * 1024, head="巨大な文書\n".encode("utf-8"))
    expected["huge.txt"] = "大きすぎます"
    put("random.docx", os.urandom(2048), "Word")
    put("not_really.pdf", "これはPDFではありません。\n", "PDF")
    put("no_text.html", "<html><head><title>空</title></head><body><script>var x=1;</script></body></html>", "本文を抽出できません")
    put("program.exe", b"MZ\x90\x00" + os.urandom(512), "対応していないファイル形式")
    put("whitespace.md", " \n\n\t\n", "空です")
    put("bad_encoding.txt", bytes(range(0x80, 0x100)) * 8, "")  # undecodable or binary: any reason
    put("image_only.pdf", _image_only_pdf(), "文字情報がありません")
    put("escape\x1b[31m_name.txt", b"\x1b[2J" * 200, "")  # a name with an escape; nothing readable
    return expected


def _image_only_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(50, 50, 200, 200, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()
