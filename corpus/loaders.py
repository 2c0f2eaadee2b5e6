"""Reading documents from disk (.txt, .md, .pdf, .html, .docx) into cleaned LoadedDocument values.

Every failure a user can cause (unsupported type, unreadable, too large, empty, binary noise,
unknown encoding, corrupt or scanned PDF, HTML without main text, corrupt docx) raises
corpus.errors.LoadError with a Japanese `ja` message naming the file, so an ingest can list
the file as skipped and go on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path

from corpus.cleaning import ESCAPE_SEQUENCE, clean_pages, clean_text, safe_line, strip_control_chars
from corpus.errors import LoadError
from corpus.models import DocumentMeta, LoadedDocument

logger = logging.getLogger(__name__)

__all__ = ["SUPPORTED_SUFFIXES", "DEFAULT_MAX_BYTES", "iter_files", "load_document", "decode_text"]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".pdf", ".html", ".htm", ".docx"})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_FORMATS = {".txt": "txt", ".md": "md", ".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx"}
_SKIPPED_NAMES = {"manifest.json"}
_SHORT_TITLE = 60  # a first line longer than this is prose, not a title
# Japanese legacy encodings tried, in order, when the bytes are not UTF-8.
_LEGACY_ENCODINGS = ("cp932", "euc_jp")
_BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form",
                     "template", "iframe", "svg", "button", "select")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "caption", "figure",
    "figcaption", "address", "hr", "head", "list", "item", "quote", "code", "doc", "tbody",
    "thead", "tfoot",
}
_ROW_TAGS = {"tr", "row"}
_CELL_TAGS = {"td", "th", "cell"}
_BREAK_TAGS = {"br", "lb"}
_CHARSET_DECL = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# Zip-based formats (.docx) are checked from the zip directory before any part is inflated.
# A real docx expands 3-10x (its XML compresses well); 100x means a crafted archive (zip bomb).
# python's zipfile never yields more than a member's declared size, so declared sizes are a bound.
ZIP_MAX_TOTAL_BYTES = 256 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_RATIO_MIN_BYTES = 1024 * 1024  # parts smaller than this are never a threat, whatever their ratio
ZIP_MAX_MEMBERS = 10000


def iter_files(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders (recursively, sorted) into the files to ingest.

    manifest.json and hidden files or folders (name starting with ".") are skipped; files of
    any other suffix are returned so that load_document can report unsupported ones.
    Duplicates are removed, order is kept.
    """
    seen: set[Path] = set()
    result: list[Path] = []

    def add(file: Path) -> None:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            result.append(file)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                relative = file.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not file.is_file():
                    continue
                if file.name in _SKIPPED_NAMES:
                    continue
                add(file)
        elif path.name in _SKIPPED_NAMES or path.name.startswith("."):
            continue
        else:
            add(path)  # a missing file is reported by load_document
    return result


def load_document(
    path: Path, meta: DocumentMeta | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> LoadedDocument:
    """Read one file, extract and clean its text.

    Args:
        path: the file (.txt, .md, .pdf, .html, .htm or .docx).
        meta: what the manifest says about it; derived from the file when None.
        max_bytes: larger files are refused.

    Returns:
        LoadedDocument with doc_id = file name, content_hash = sha256 of the raw bytes,
        cleaned text and (for PDF) page_starts.

    Raises:
        LoadError: the file cannot be used; `ja` says why in Japanese.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be > 0, got {max_bytes}")
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if not path.exists():
        raise LoadError(str(path), "file not found", ja=f"{name} が見つかりません。")
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "拡張子なし"
        raise LoadError(
            str(path),
            f"unsupported file type {suffix or '(none)'}",
            ja=f"{name}: 対応していないファイル形式です（{shown}）。"
            f"対応形式は {', '.join(sorted(SUPPORTED_SUFFIXES))} です。",
        )
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise _empty(path)
    fmt = _FORMATS[suffix]
    page_starts: tuple[int, ...] = ()
    if fmt == "pdf":
        pages, found_title = _extract_pdf(path, data)
        pages = [strip_control_chars(page) for page in pages]
        text, page_starts = clean_pages(pages)
    elif fmt == "html":
        raw, found_title = _extract_html(path, data)
        text = clean_text(strip_control_chars(raw), reflow=False)
    elif fmt == "docx":
        raw, found_title = _extract_docx(path, data)
        text = clean_text(strip_control_chars(raw), reflow=False)
    else:
        raw = decode_text(data, path)
        text = clean_text(strip_control_chars(raw))
        found_title = _markdown_title(text) if fmt == "md" else ""
    if not text.strip():
        if fmt == "html":
            raise LoadError(
                str(path), "no main text found in HTML",
                ja=f"{name} から本文を抽出できませんでした（本文のない HTML です）。",
            )
        raise _empty(path)
    found_title = safe_line(found_title)
    if meta is None:
        meta = DocumentMeta(file=name, title=found_title or safe_line(_first_line_title(text)) or safe_line(path.stem))
    elif meta.title != safe_line(meta.title):
        meta = dataclasses.replace(meta, title=safe_line(meta.title))
    logger.info("loaded %s (%s, %d chars)", name, fmt, len(text))
    return LoadedDocument(
        doc_id=name,
        path=str(path),
        meta=meta,
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
        format=fmt,
        page_starts=page_starts,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
        if size > max_bytes:
            raise LoadError(
                str(path), f"file is {size} bytes, over the limit of {max_bytes}",
                ja=f"{name} はファイルサイズが大きすぎます（{_mb(size)}、上限 {_mb(max_bytes)}）。",
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise LoadError(str(path), "file not found", ja=f"{name} が見つかりません。") from exc
    except PermissionError as exc:
        raise LoadError(
            str(path), "permission denied",
            ja=f"{name} を読み取る権限がありません。ファイルのアクセス権を確認してください。",
        ) from exc
    except IsADirectoryError as exc:
        raise LoadError(str(path), "not a regular file", ja=f"{name} は通常のファイルではありません。") from exc
    except OSError as exc:
        raise LoadError(
            str(path), f"cannot read: {exc}", ja=f"{name} を読み取れませんでした（{exc.strerror or 'I/O エラー'}）。"
        ) from exc
    if len(data) > max_bytes:  # grew while we looked
        raise LoadError(
            str(path), f"file is over the limit of {max_bytes} bytes",
            ja=f"{name} はファイルサイズが大きすぎます（上限 {_mb(max_bytes)}）。",
        )
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _empty(path: Path) -> LoadError:
    return LoadError(str(path), "empty file (no text)", ja=f"{path.name} は空です（本文がありません）。")


# --- plain text ---------------------------------------------------------------------------


def decode_text(data: bytes, path: Path | str = "<bytes>") -> str:
    """Decode the bytes of a text file: UTF-8 (BOM stripped), UTF-16 with BOM, CP932/Shift_JIS, EUC-JP.

    Legacy encodings are decoded strictly and the candidate that reads as sensible Japanese
    wins (share of kana/kanji, no half-width-katakana or private-use noise); nothing is
    guessed when no candidate is convincing.

    Raises:
        LoadError: binary data, or no encoding gives sensible text.
    """
    name = Path(str(path)).name
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        return _checked(_strict(data, "utf-8", path), path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(_strict(data, "utf-16", path), path)
    if b"\x00" in data or _control_share(data) > 0.05:
        raise _binary(path)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    scored = []
    for encoding in _LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((_japanese_score(text), encoding, text))
    if scored:
        score, encoding, text = max(scored)
        logger.debug("%s: decoded as %s (score %.2f)", name, encoding, score)
        if score >= 0.5:
            return _checked(text, path)
    raise LoadError(
        str(path), "cannot detect the text encoding",
        ja=f"{name} の文字コードを判定できませんでした。UTF-8 で保存し直してから追加してください。",
    )


def _strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(
            str(path), f"invalid {encoding} despite its byte-order mark",
            ja=f"{Path(str(path)).name} の文字コードが正しくありません（{encoding} として読めません）。",
        ) from exc


def _checked(text: str, path: Path | str) -> str:
    """Refuse decoded text that is mostly control characters (binary data with a text name)."""
    text = text.lstrip("\ufeff")
    # terminal escape sequences are removed later; they do not make a text binary
    visible = [ch for ch in ESCAPE_SEQUENCE.sub("", text) if not ch.isspace()]
    if not visible:
        return text
    controls = sum(1 for ch in visible if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    if controls / len(visible) > 0.05:
        raise _binary(path)
    return text


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for byte in data if byte < 0x20 and byte not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls / len(data)


def _binary(path: Path | str) -> LoadError:
    return LoadError(
        str(path), "binary data, not text",
        ja=f"{Path(str(path)).name} はテキストとして読めません（バイナリデータのようです）。",
    )


def _japanese_score(text: str) -> float:
    """How much `text` looks like Japanese: (good - 3*bad) / non-ASCII characters.

    Good: kana, kanji, Japanese punctuation, full-width forms, circled numbers/units.
    Bad: half-width katakana and private-use or unassigned characters, which is what EUC-JP
    bytes read as CP932 (and vice versa) mostly turn into.
    """
    good = bad = total = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            continue
        total += 1
        if (
            0x3040 <= code <= 0x30FF  # kana
            or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
            or 0x3000 <= code <= 0x303F  # CJK punctuation
            or 0xFF01 <= code <= 0xFF5E  # full-width ASCII
            or 0x2460 <= code <= 0x24FF  # circled numbers
            or 0x3200 <= code <= 0x33FF  # enclosed CJK, units
            or 0x2010 <= code <= 0x2312  # dashes, quotes, arrows, math
            or 0x25A0 <= code <= 0x266F  # shapes, stars
            or 0x2160 <= code <= 0x217F  # roman numerals
        ):
            good += 1
        elif 0xFF61 <= code <= 0xFF9F or unicodedata.category(ch) in ("Co", "Cn", "Cc"):
            bad += 1
    if total == 0:
        return 1.0
    return (good - 3 * bad) / total


def _markdown_title(text: str) -> str:
    for line in text.splitlines():
        match = re.match(r"^#{1,6}\s+(.+?)\s*#*\s*$", line)
        if match:
            return match.group(1)
    return ""


def _first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _SHORT_TITLE else ""
    return ""


# --- PDF ----------------------------------------------------------------------------------


def _refuse_encrypted_pdf(path: Path, data: bytes) -> None:
    """Raise LoadError for a PDF that cannot be read without a password.

    PDFs protected only by an owner password (permissions) open with the empty user password
    and are accepted. Anything else is refused, including AES-encrypted files that pypdf could
    only open with the optional `cryptography` package (it raises DependencyError without it).
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    encrypted = LoadError(
        str(path), "encrypted PDF",
        ja=f"{path.name}: 暗号化されたPDFは取り込めません。パスワード保護を解除してから追加してください。",
    )
    try:
        reader = PdfReader(io.BytesIO(data))  # tries the empty password already
        if not reader.is_encrypted:
            return
    except DependencyError as exc:  # AES without `cryptography`: only an encrypted file needs it
        raise encrypted from exc
    except Exception:  # not readable at all: the extractor reports it as corrupt
        return
    try:
        readable = bool(reader.decrypt("")) and bool(reader.pages) and reader.pages[0].extract_text() is not None
    except (PyPdfError, DependencyError, NotImplementedError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, OSError):
        readable = False
    if not readable:
        raise encrypted


def _extract_pdf(path: Path, data: bytes) -> tuple[list[str], str]:
    """Text of each page (pypdf text layer) and the metadata title."""
    _refuse_encrypted_pdf(path, data)
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = path.name
    corrupt = LoadError(
        str(path), "corrupt PDF",
        ja=f"{name} は PDF として読み込めませんでした（ファイルが壊れている可能性があります）。",
    )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # an owner-password-only PDF (checked by _refuse_encrypted_pdf)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title).strip()
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, zipfile.BadZipFile) as exc:
        raise corrupt from exc
    if not pages:
        raise corrupt
    pages = _layout_pages(path, data, pages)
    visible = sum(len("".join(page.split())) for page in pages)
    if visible < 10 * len(pages) and visible < 200:
        raise LoadError(
            str(path), "PDF has no text layer (scanned?)",
            ja=f"{name} には文字情報がありません（スキャン画像の PDF の可能性があります）。"
            "OCR でテキスト化してから追加してください。",
        )
    return pages, title


def _layout_pages(path: Path, data: bytes, stream_pages: list[str]) -> list[str]:
    """Each page read by layout (tables as tab-separated rows, running headers/footers dropped);
    the text stream of pypdf is kept for a page the layout reader could not read."""
    from corpus.pdf import PdfLayoutError, read_pdf_layout

    try:
        layout = read_pdf_layout(data)
    except PdfLayoutError as exc:
        logger.warning("%s: reading the layout failed (%s); using the text stream", path.name, exc)
        return stream_pages
    if len(layout) != len(stream_pages):
        return stream_pages
    out = []
    for by_layout, stream in zip(layout, stream_pages):
        seen, expected = len("".join(by_layout.split())), len("".join(stream.split()))
        # a page whose layout text lost most characters (unusual fonts, rotated text): keep pypdf's
        out.append(_same_glyphs(by_layout, stream) if seen >= 0.6 * expected else stream)
    return out


# Characters pdfminer may return for a glyph that the file encodes as the other one of the pair
# (it maps Unicode-encoded CID fonts through CIDs and back); pypdf reads such text as encoded.
_CONFUSABLE = (("−", "－"), ("〜", "～"), ("∥", "‖"), ("—", "―"), ("¥", "￥"), ("¬", "￢"), ("¢", "￠"), ("£", "￡"))


def _same_glyphs(layout: str, stream: str) -> str:
    """Use the text stream's character where layout and stream disagree on one of a confusable
    pair on the same page (U+2212 MINUS SIGN where the file says U+FF0D FULLWIDTH HYPHEN-MINUS)."""
    for a, b in _CONFUSABLE:
        for x, y in ((a, b), (b, a)):
            if x in layout and x not in stream and y in stream and y not in layout:
                layout = layout.replace(x, y)
    return layout


# --- HTML ---------------------------------------------------------------------------------


def _decode_html(path: Path, data: bytes) -> str:
    match = _CHARSET_DECL.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        encoding = match.group(1).decode("ascii").lower()
        encoding = {"shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932"}.get(
            encoding, encoding
        )
        try:
            return _checked(data.decode(encoding), path)
        except (LookupError, UnicodeDecodeError):
            logger.debug("%s: declared charset %s does not decode; detecting", path.name, encoding)
    return decode_text(data, path)


def _extract_html(path: Path, data: bytes) -> tuple[str, str]:
    """Main text of an HTML page (trafilatura, falling back to the body without boilerplate)."""
    import lxml.etree
    import lxml.html

    html = _XML_DECL.sub("", _decode_html(path, data))
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise LoadError(
            str(path), f"cannot parse HTML: {exc}", ja=f"{path.name} を HTML として解析できませんでした。"
        ) from exc
    title = ""
    for xpath in ("//title", "//h1"):
        found = tree.xpath(xpath)
        if found:
            title = " ".join(found[0].text_content().split())
            if title:
                break
    for element in tree.xpath("|".join(f"//{tag}" for tag in _BOILERPLATE_TAGS)):
        element.drop_tree()
    fallback = _element_text(tree.find("body") if tree.find("body") is not None else tree)
    main = _trafilatura_text(lxml.html.tostring(tree, encoding="unicode"))
    # trafilatura may drop most of a short or unusual page; then the stripped body is better.
    text = main if main and len(_visible(main)) >= 0.5 * len(_visible(fallback)) else fallback
    return text, title


def _trafilatura_text(html: str) -> str:
    import lxml.etree
    import trafilatura

    try:
        xml = trafilatura.extract(
            html, include_tables=True, include_comments=False, output_format="xml", favor_recall=True
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many internal types; fall back
        logger.warning("trafilatura failed (%s); using the plain body text", exc)
        return ""
    if not xml:
        return ""
    try:
        root = lxml.etree.fromstring(xml.encode("utf-8"))
    except lxml.etree.XMLSyntaxError:
        return ""
    main = root.find("main")
    return _element_text(main if main is not None else root)


def _visible(text: str) -> str:
    return "".join(text.split())


def _element_text(element) -> str:
    """Text of an (X)HTML element: blocks as paragraphs, table rows as tab-separated lines."""
    out: list[str] = []
    _walk(element, out)
    text = "".join(out)
    lines = [" ".join(line.split()) if "\t" not in line else line.strip(" ") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _local(element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.split("}")[-1].lower()


def _span(cell, name: str) -> int:
    try:
        return max(1, min(50, int(cell.get(name) or cell.get(name.replace("span", "s")) or 1)))
    except ValueError:
        return 1


def _table_rows(table) -> list[str]:
    """A table's rows as tab-separated lines with its cells at their grid positions: a cell
    spanning columns or rows leaves empty cells where it spans, so columns stay aligned."""
    rows = [el for el in table.iter() if _local(el) in _ROW_TAGS and _nearest_table(el) is table]
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still covered by a rowspan, its text)
    out = []
    for row in rows:
        cells = [c for c in row if _local(c) in _CELL_TAGS]
        line: list[str] = []
        col = 0
        for cell in cells:
            while pending.get(col, (0, ""))[0] > 0:
                left, text = pending[col]
                pending[col] = (left - 1, text)
                line.append(text)  # a cell merged down rows holds for each of them
                col += 1
            text = " ".join(_element_text(cell).split())
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            line.append(text)
            line.extend([""] * (colspan - 1))
            for c in range(col, col + colspan):
                if rowspan > 1:
                    pending[c] = (rowspan - 1, text if c == col else "")
            col += colspan
        while pending.get(col, (0, ""))[0] > 0:
            left, text = pending[col]
            pending[col] = (left - 1, text)
            line.append(text)
            col += 1
        if any(line):
            out.append("\t".join(line))
    return out


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and _local(parent) != "table":
        parent = parent.getparent()
    return parent


def _walk(element, out: list[str]) -> None:
    tag = _local(element)
    if tag == "table" and any(_local(el) in _CELL_TAGS for el in element.iter()):
        out.append("\n\n" + "\n".join(_table_rows(element)) + "\n\n")
        if element.tail:
            out.append(element.tail)
        return
    if tag in _ROW_TAGS:
        cells = [
            " ".join(_element_text(cell).split())
            for cell in element
            if isinstance(cell.tag, str) and cell.tag.split("}")[-1].lower() in _CELL_TAGS
        ]
        if any(cells):
            out.append("\n" + "\t".join(cells) + "\n")
        if element.tail:
            out.append(element.tail)
        return
    if tag in _BREAK_TAGS:
        out.append("\n")
    elif tag in _BLOCK_TAGS:
        out.append("\n\n")
    if element.text and tag:
        out.append(element.text)
    for child in element:
        _walk(child, out)
    if tag in _BLOCK_TAGS:
        out.append("\n\n")
    if element.tail:
        out.append(element.tail)


# --- docx ---------------------------------------------------------------------------------


def _extract_docx(path: Path, data: bytes) -> tuple[str, str]:
    """Paragraphs and tables of a .docx in document order; tables as tab-separated rows."""
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_zip(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for child in document.element.body.iterchildren():
            local = child.tag.split("}")[-1]
            if local == "p":
                blocks.append(Paragraph(child, document).text)
            elif local == "tbl":
                blocks.append(_docx_table(Table(child, document)))
        title = (document.core_properties.title or "").strip()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError,
            TypeError, IndexError) as exc:
        raise LoadError(
            str(path), f"corrupt docx: {exc}",
            ja=f"{path.name} は Word（.docx）ファイルとして読み込めませんでした（ファイルが壊れている可能性があります）。",
        ) from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends from a damaged package
        if exc.__class__.__module__.startswith("lxml"):
            raise LoadError(
                str(path), f"corrupt docx: {exc}",
                ja=f"{path.name} は Word（.docx）ファイルとして読み込めませんでした（ファイルが壊れている可能性があります）。",
            ) from exc
        raise
    return "\n\n".join(block for block in blocks if block.strip()), title


def _check_zip(path: Path, data: bytes) -> None:
    """Refuse a zip whose parts would inflate too far (total size, ratio, member count).

    Raises:
        LoadError: a zip bomb, or not a zip at all.
    """
    bomb = LoadError(
        str(path), "zip parts inflate too far (zip bomb?)",
        ja=f"{path.name} は展開後のサイズが大きすぎるため取り込めません（圧縮爆弾の可能性があります）。",
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise LoadError(
            str(path), f"not a zip package: {exc}",
            ja=f"{path.name} は Word（.docx）ファイルとして読み込めませんでした（ファイルが壊れている可能性があります）。",
        ) from exc
    if len(members) > ZIP_MAX_MEMBERS:
        raise bomb
    total = 0
    for member in members:
        total += member.file_size
        if total > ZIP_MAX_TOTAL_BYTES:
            raise bomb
        if member.file_size > ZIP_RATIO_MIN_BYTES and member.file_size > ZIP_MAX_RATIO * max(1, member.compress_size):
            raise bomb
    if total > ZIP_RATIO_MIN_BYTES and total > ZIP_MAX_RATIO * max(1, len(data)):
        raise bomb


def _docx_table(table) -> str:
    """Rows as tab-separated lines; a cell merged across columns is written once and leaves empty
    cells where it spans, one merged down rows is repeated in each, so the columns stay aligned."""
    rows = []
    for row in table.rows:
        cells = []
        previous = None
        for cell in row.cells:
            # merged across columns: written once; merged down rows: repeated (it holds for each)
            spanned = previous is not None and cell._tc is previous
            previous = cell._tc
            cells.append("" if spanned else " ".join(cell.text.split()))
        if any(cells):
            rows.append("\t".join(cells))
    return "\n".join(rows)
