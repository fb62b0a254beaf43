"""What both PDF reports share: A4 pages, the running header, page numbers, tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bewustwerven.reports import i18n as L
from bewustwerven.reports.model import ReportHeader
from bewustwerven.reports.tables import FigureTable

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("t", parent=_base["Title"], fontSize=18, leading=22, spaceAfter=6),
    "h1": ParagraphStyle(
        "h1", parent=_base["Heading1"], fontSize=14, leading=17, spaceBefore=10, spaceAfter=4
    ),
    "h2": ParagraphStyle(
        "h2", parent=_base["Heading2"], fontSize=11, leading=14, spaceBefore=8, spaceAfter=3
    ),
    "body": ParagraphStyle("b", parent=_base["BodyText"], fontSize=9, leading=12),
    "note": ParagraphStyle(
        "n",
        parent=_base["BodyText"],
        fontSize=7.5,
        leading=9.5,
        textColor=colors.HexColor("#444444"),
    ),
    "cell": ParagraphStyle("c", parent=_base["BodyText"], fontSize=7.5, leading=9),
    "cellr": ParagraphStyle(
        "cr", parent=_base["BodyText"], fontSize=7.5, leading=9, alignment=TA_RIGHT
    ),
    "head": ParagraphStyle(
        "h", parent=_base["BodyText"], fontSize=7.5, leading=9, fontName="Helvetica-Bold"
    ),
    "hash": ParagraphStyle("hash", parent=_base["Code"], fontSize=7, leading=9),
}
HEAD_BG = colors.HexColor("#dfe7f2")
ZEBRA = colors.HexColor("#f5f7fa")
ACCENT = colors.HexColor("#004699")  # Amsterdam blue


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(esc(text).replace("\n", "<br/>"), STYLES[style])


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab: no types
    """Draws "page X of Y" once the number of pages is known."""

    header_lines: tuple[str, str] = ("", "")
    lang = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        w, h = A4
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.8)
        self.line(MARGIN, h - 12 * mm, w - MARGIN, h - 12 * mm)
        self.setFont("Helvetica-Bold", 8)
        self.setFillColor(ACCENT)
        self.drawString(MARGIN, h - 10 * mm, self.header_lines[0])
        self.setFont("Helvetica", 7.5)
        self.setFillColor(colors.black)
        self.drawRightString(w - MARGIN, h - 10 * mm, self.header_lines[1])
        self.line(MARGIN, 11 * mm, w - MARGIN, 11 * mm)
        word = L.t("page", self.lang)
        of = "of" if self.lang == "en" else "van"
        self.drawRightString(w - MARGIN, 7 * mm, f"{word} {self._pageNumber} {of} {total}")


def build(path: Path, story: list[Flowable], header: ReportHeader, title: str, lang: str) -> None:
    period = f"{L.when(header.period_from)} – {L.when(header.period_to)}"
    left = f"{header.organisation} · {title}"
    right = f"{L.t('period', lang)}: {period} · {L.t('profile', lang)}: {header.profile}"

    class Canvas(_NumberedCanvas):
        pass

    Canvas.header_lines = (left, right)
    Canvas.lang = lang
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=17 * mm,
        bottomMargin=15 * mm,
        title=title,
        author=header.organisation,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=Canvas)


def audit_block(header: ReportHeader, lang: str) -> list[Flowable]:
    if header.audit is None:
        return [para(L.t("no_audit", lang), "note")]
    a = header.audit
    return [
        Paragraph(f"<b>{esc(L.t('audit_head', lang))}</b>", STYLES["body"]),
        para(L.t("audit_proof", lang, seq=a.seq, hash=a.hash, at=L.when(a.taken_at)), "note"),
        Paragraph(f"bewustwerven audit verify --head {a.hash}", STYLES["hash"]),
        para(
            L.t("audit_key_proof", lang, fp=a.key_id) if a.key_id else L.t("audit_unsigned", lang),
            "note",
        ),
    ]


def meta_block(header: ReportHeader, lang: str) -> list[Flowable]:
    period = f"{L.when(header.period_from)} – {L.when(header.period_to)}"
    rows = [
        [L.t("period", lang), period],
        [L.t("profile", lang), header.profile],
        [
            L.t("made", lang),
            f"{L.when(header.generated_at)} {L.t('by', lang)} {header.generated_by}",
        ],
    ]
    t = Table([[para(a, "head"), para(b, "cell")] for a, b in rows], colWidths=[35 * mm, None])
    t.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    return [t, Spacer(1, 4)]


def figure_table(
    ft: FigureTable,
    lang: str,
    widths: list[float] | None = None,
    *,
    title: bool = True,
    style: str = "h2",
) -> list[Flowable]:
    out: list[Flowable] = []
    if title:
        out.append(para(ft.title, style))
    if not ft.rows:
        out.append(para(L.t("no_findings", lang), "note"))
        return out
    header = any(ft.columns)  # key/value tables have no header row
    data = [[para(c, "head") for c in ft.columns]] if header else []
    for row in ft.formatted(lang):
        data.append(
            [
                para(v, "cellr" if f not in ("text",) else "cell")
                for v, f in zip(row, ft.formats, strict=True)
            ]
        )
    if widths is None:
        widths = _auto_widths(ft)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    first = 1 if header else 0
    t.setStyle(
        TableStyle(
            [
                *(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ]
                    if header
                    else [("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT)]
                ),
                ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out.append(t)
    if ft.note:
        out.append(Spacer(1, 2))
        out.append(para(ft.note, "note"))
    return out


def _auto_widths(ft: FigureTable) -> list[float]:
    """Share the width by the longest text per column (numbers get a narrow column)."""
    lengths = []
    for j, col in enumerate(ft.columns):
        longest = max([len(col) * 0.8] + [len(str(r[j] or "")) for r in ft.rows])
        if ft.formats[j] != "text":
            longest = min(max(longest, 6), 12)
        lengths.append(min(max(longest, 4), 60))
    total = sum(lengths)
    return [WIDTH * x / total for x in lengths]
