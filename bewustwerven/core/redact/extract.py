"""Text extraction from application documents (PDF, DOCX, plain text).

Only text is kept. Photos and other images are dropped; the result says how many.
"""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from dataclasses import dataclass, field

_TEXT_SUFFIXES = (".txt", ".text", ".md")


class DocumentError(ValueError):
    """The file cannot be read as an application document.

    ``message_nl`` and ``message_en`` are meant for the user.
    """

    def __init__(self, message_nl: str, message_en: str) -> None:
        super().__init__(f"{message_nl} / {message_en}")
        self.message_nl = message_nl
        self.message_en = message_en


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    text: str
    kind: str  # "pdf", "docx" or "text"
    dropped_images: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)


def extract_text(data: bytes, filename: str) -> ExtractedDocument:
    """Read the text of a PDF, DOCX or plain text file given as bytes."""
    name = filename.lower()
    if name.endswith(".pdf") or data.startswith(b"%PDF"):
        return _extract_pdf(data)
    if name.endswith(".docx"):
        return _extract_docx(data)
    if name.endswith(_TEXT_SUFFIXES):
        return _extract_plain(data)
    raise DocumentError(
        f"Dit soort bestand kan BewustWerven niet lezen: {filename}. "
        "Gebruik PDF, Word (.docx) of tekst (.txt).",
        f"BewustWerven cannot read this kind of file: {filename}. "
        "Use PDF, Word (.docx) or text (.txt).",
    )


def _extract_plain(data: bytes) -> ExtractedDocument:
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise DocumentError(
            "Dit bestand is geen gewone tekst.", "This file is not plain text."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        notes.append("Tekst was niet in UTF-8; gelezen als Windows-1252. / "
                        "Text was not UTF-8; read as Windows-1252.")
    return ExtractedDocument(_normalise(text), "text", 0, tuple(notes))


def _extract_pdf(data: bytes) -> ExtractedDocument:
    notes: list[str] = []
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # its warnings about sloppy PDFs are not for users
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            pages, images = _read_pdf(data)
    finally:
        pypdf_log.setLevel(level)
    if caught:
        notes.append("De PDF is niet helemaal volgens de regels; controleer de tekst. / "
                     "The PDF does not fully follow the standard; check the text.")
    text = _normalise("\n\n".join(pages))
    if pages and not text.strip():
        notes.append(
            "De PDF bevat geen tekst (misschien een scan). Controleer het document zelf. / "
            "The PDF holds no text (perhaps a scan). Check the document yourself."
        )
    return ExtractedDocument(text, "pdf", images, tuple(notes))


def _read_pdf(data: bytes) -> tuple[list[str], int]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(
                "Deze PDF is beveiligd met een wachtwoord. Vraag een open versie.",
                "This PDF is protected by a password. Ask for an open copy.",
            )
        pages: list[str] = []
        images = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            images += _count_pdf_images(page)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise DocumentError(
            "Deze PDF is kapot of onleesbaar.", "This PDF is damaged or unreadable."
        ) from exc
    return pages, images


def _count_pdf_images(page: object) -> int:
    try:
        return len(page.images)  # type: ignore[attr-defined]
    except Exception:  # a broken image must not stop text extraction
        return 0


def _extract_docx(data: bytes) -> ExtractedDocument:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(
            "Dit Word-bestand is kapot of onleesbaar.",
            "This Word file is damaged or unreadable.",
        ) from exc
    lines: list[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell.text not in cells:  # merged cells repeat their text
                    cells.append(cell.text)
            lines.append("\t".join(cells))
    for section in document.sections:
        for part in (section.header, section.footer):
            lines.extend(p.text for p in part.paragraphs if p.text.strip())
    images = sum(
        1 for rel in document.part.rels.values() if "image" in rel.reltype
    )
    return ExtractedDocument(_normalise("\n".join(lines)), "docx", images, ())


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
