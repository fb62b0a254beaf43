"""Measure the redactor on the annotated corpus in tests/data/redact_corpus.

Usage: python tests/benchmarks/redact_quality.py [--no-deduce] [--errors]

Documents marked "#split: holdout" were written after the rules were tuned on the
others ("dev"), and were not used to tune them: their figures are the honest ones.

Recall of a gold span: every non-space character of it is covered by suggestions
(any category: what matters is that it is hidden). Precision of a suggestion: it
overlaps a gold span. Figures are printed per category and for the groups the
issue sets targets for (names, contact data, dates).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bewustwerven.core.redact import (  # noqa: E402
    PiiCategory,
    Span,
    extract_text,
    suggest_spans,
)

CORPUS = ROOT / "tests" / "data" / "redact_corpus"
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")
GROUPS: dict[str, tuple[PiiCategory, ...]] = {
    "names": (PiiCategory.NAME,),
    "contact": (
        PiiCategory.EMAIL, PiiCategory.PHONE, PiiCategory.ADDRESS, PiiCategory.POSTCODE,
        PiiCategory.URL, PiiCategory.HANDLE,
    ),
    "dates": (PiiCategory.DATE,),
}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    category: PiiCategory
    text: str


@dataclass(frozen=True)
class Doc:
    name: str
    lang: str
    fmt: str
    images: int
    split: str
    text: str
    gold: tuple[Gold, ...]


def parse(path: Path) -> Doc:
    """Read one annotated document: header lines, then text with [[category:text]]."""
    header: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0)[1:].partition(":")
        header[key.strip()] = value.strip()
    source = "\n".join(lines)
    out: list[str] = []
    gold: list[Gold] = []
    pos = 0
    length = 0
    for m in MARK.finditer(source):
        out.append(source[pos : m.start()])
        length += m.start() - pos
        value = m.group(2)
        gold.append(Gold(length, length + len(value), PiiCategory(m.group(1)), value))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(source[pos:])
    text = "".join(out)
    if "[[" in text:
        raise ValueError(f"{path.name}: unparsed markup")
    return Doc(path.stem, header.get("lang", "nl"), header.get("format", "txt"),
               int(header.get("images", "0")), header.get("split", "dev"), text, tuple(gold))


def load_corpus() -> list[Doc]:
    return [parse(p) for p in sorted(CORPUS.glob("*.txt"))]


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 50), (180, 140, 110)).save(buffer, format="PNG")
    return buffer.getvalue()


def build_docx(doc: Doc) -> bytes:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    if doc.images:
        document.add_picture(io.BytesIO(_png()), width=Cm(2))
    for line in doc.text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_pdf(doc: Doc) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", candidate))
            font = "DejaVu"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    y = height - 60
    if doc.images:
        pdf.drawImage(ImageReader(io.BytesIO(_png())), width - 120, height - 110, 50, 60)
    pdf.setFont(font, 10)
    for line in doc.text.split("\n"):
        for chunk in _wrap(line, 95):
            if y < 50:
                pdf.showPage()
                pdf.setFont(font, 10)
                y = height - 60
            pdf.drawString(50, y, chunk)
            y -= 14
    pdf.save()
    return buffer.getvalue()


def _wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    parts: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            parts.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    parts.append(current)
    return parts


def as_extracted(doc: Doc) -> Doc:
    """Render docx/pdf documents, extract their text again and move the gold spans."""
    if doc.fmt == "txt":
        data, name = doc.text.encode("utf-8"), f"{doc.name}.txt"
    elif doc.fmt == "docx":
        data, name = build_docx(doc), f"{doc.name}.docx"
    else:
        data, name = build_pdf(doc), f"{doc.name}.pdf"
    extracted = extract_text(data, name)
    text = extracted.text
    gold: list[Gold] = []
    cursor = 0
    for g in doc.gold:
        at = text.find(g.text, cursor)
        if at < 0:
            raise ValueError(f"{doc.name}: {g.text!r} lost in {doc.fmt} extraction")
        gold.append(Gold(at, at + len(g.text), g.category, g.text))
        cursor = at + len(g.text)
    return Doc(doc.name, doc.lang, doc.fmt, extracted.dropped_images, doc.split, text,
               tuple(gold))


@dataclass
class Scores:
    gold: Counter[PiiCategory]
    found: Counter[PiiCategory]
    predicted: Counter[PiiCategory]
    correct: Counter[PiiCategory]
    misses: list[tuple[str, Gold]]
    false_alarms: list[tuple[str, Span]]

    def recall(self, cats: Sequence[PiiCategory]) -> float:
        total = sum(self.gold[c] for c in cats)
        return sum(self.found[c] for c in cats) / total if total else 1.0

    def precision(self, cats: Sequence[PiiCategory]) -> float:
        total = sum(self.predicted[c] for c in cats)
        return sum(self.correct[c] for c in cats) / total if total else 1.0


def evaluate(docs: Sequence[Doc], use_deduce: bool = True) -> Scores:
    scores = Scores(Counter(), Counter(), Counter(), Counter(), [], [])
    for doc in docs:
        spans = suggest_spans(doc.text, doc.lang, use_deduce=use_deduce)
        covered = [False] * len(doc.text)
        for span in spans:
            for i in range(span.start, span.end):
                covered[i] = True
        for g in doc.gold:
            scores.gold[g.category] += 1
            if all(covered[i] or doc.text[i].isspace() for i in range(g.start, g.end)):
                scores.found[g.category] += 1
            else:
                scores.misses.append((doc.name, g))
        for span in spans:
            scores.predicted[span.category] += 1
            if any(span.start < g.end and g.start < span.end for g in doc.gold):
                scores.correct[span.category] += 1
            else:
                scores.false_alarms.append((doc.name, span))
    return scores


def report(scores: Scores) -> str:
    rows = [f"{'category':<12} {'gold':>5} {'recall':>7} {'pred':>5} {'precision':>9}"]
    for cat in PiiCategory:
        rows.append(
            f"{cat.value:<12} {scores.gold[cat]:>5} {scores.recall([cat]):>7.3f} "
            f"{scores.predicted[cat]:>5} {scores.precision([cat]):>9.3f}"
        )
    rows.append("-" * 42)
    for group, cats in GROUPS.items():
        rows.append(f"{group:<12} {sum(scores.gold[c] for c in cats):>5} "
                    f"{scores.recall(cats):>7.3f} {sum(scores.predicted[c] for c in cats):>5} "
                    f"{scores.precision(cats):>9.3f}")
    every = tuple(PiiCategory)
    rows.append(f"{'overall':<12} {sum(scores.gold.values()):>5} {scores.recall(every):>7.3f} "
                f"{sum(scores.predicted.values()):>5} {scores.precision(every):>9.3f}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-deduce", action="store_true", help="own rules only")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = [as_extracted(d) for d in load_corpus()]
    for split in ("dev", "holdout", "all"):
        part = [d for d in docs if split in ("all", d.split)]
        scores = evaluate(part, use_deduce=not args.no_deduce)
        print(f"\n== {split}: {len(part)} documents, deduce {'off' if args.no_deduce else 'on'}")
        print(report(scores))
    print(f"\n{time.perf_counter() - started:.1f} s")
    if args.errors:
        for name, g in scores.misses:
            print(f"MISS  {name}: {g.category.value} {g.text!r}")
        for name, s in scores.false_alarms:
            print(f"FALSE {name}: {s.category.value} {s.text!r} ({s.source})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
