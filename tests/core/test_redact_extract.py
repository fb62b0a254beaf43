"""Text extraction from plain text, DOCX and PDF (files generated here)."""

from __future__ import annotations

import io

import pytest

from bewustwerven.core.redact import DocumentError, extract_text


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (200, 100, 50)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_plain_text_utf8_and_bom() -> None:
    doc = extract_text("\ufeffNaam: Ayşe Demir\r\nE-mail: a@b.nl".encode(), "brief.txt")
    assert doc.kind == "text"
    assert doc.text == "Naam: Ayşe Demir\nE-mail: a@b.nl"
    assert doc.dropped_images == 0


def test_plain_text_in_windows_1252_is_read_with_a_warning() -> None:
    doc = extract_text("Café Zoë".encode("cp1252"), "brief.txt")
    assert doc.text == "Café Zoë"
    assert doc.warnings


def test_docx_paragraphs_tables_and_dropped_photo() -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    document.add_picture(io.BytesIO(_png()), width=Cm(2))
    document.add_paragraph("Naam: Piotr Zieliński")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Telefoon"
    table.rows[0].cells[1].text = "06-12345678"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = extract_text(buffer.getvalue(), "cv.docx")
    assert doc.kind == "docx"
    assert "Naam: Piotr Zieliński" in doc.text
    assert "Telefoon\t06-12345678" in doc.text
    assert doc.dropped_images == 1


def test_pdf_text_and_dropped_photo() -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(io.BytesIO(_png())), 400, 700, 40, 40)
    pdf.drawString(72, 720, "Naam: Emily Clarke")
    pdf.drawString(72, 700, "Telefoon: +44 20 7946 0321")
    pdf.save()
    doc = extract_text(buffer.getvalue(), "cv.pdf")
    assert doc.kind == "pdf"
    assert "Naam: Emily Clarke" in doc.text
    assert "+44 20 7946 0321" in doc.text
    assert doc.dropped_images == 1


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"not a pdf at all", "cv.pdf"),
        (b"PK\x03\x04broken zip", "cv.docx"),
        (b"plain", "photo.jpg"),
        (b"\x00\x01\x02binary", "notes.txt"),
    ],
)
def test_unreadable_files_raise_document_error(data: bytes, name: str) -> None:
    with pytest.raises(DocumentError) as info:
        extract_text(data, name)
    assert isinstance(info.value, ValueError)
    assert info.value.message_nl and info.value.message_en
