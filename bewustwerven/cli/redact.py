"""``bewustwerven redact FILE``: suggest and apply redactions to an application document."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bewustwerven.cli.common import say

EXIT_OK = 0
EXIT_UNREADABLE = 2


def register(sub: Any) -> argparse.ArgumentParser:
    """Add ``redact`` to an argparse subparsers object."""
    p: argparse.ArgumentParser = sub.add_parser(
        "redact",
        help="anonimiseer een sollicitatie / redact a job application",
        description=(
            "Lees een sollicitatie (PDF, Word of tekst), zoek persoonsgegevens en druk de "
            "tekst af met die gegevens vervangen door [naam], [adres] enzovoort. Foto's "
            "vallen weg. Dit zijn voorstellen: controleer ze altijd. / Read an application "
            "(PDF, Word or text), find personal data and print the text with that data "
            "replaced by [naam], [adres] and so on. Photos are dropped. These are "
            "suggestions: always check them."
        ),
        epilog=(
            "Exitcode: 0 = gelukt, 2 = bestand onleesbaar. / "
            "Exit code: 0 = done, 2 = file unreadable."
        ),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="PDF-, DOCX- of tekstbestand / PDF, DOCX or text file",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="druk de gevonden stukken af als JSON / print the spans found as JSON",
    )
    p.add_argument(
        "--show-original",
        action="store_true",
        help="zet in de JSON ook de gevonden persoonsgegevens zelf (standaard niet) / "
        "also put the personal data found into the JSON (off by default)",
    )
    p.add_argument(
        "--doc-lang",
        choices=("nl", "en"),
        default=None,
        help="taal van het document (standaard: zelf bepalen) / language of the document "
        "(default: detect)",
    )
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(
            say(args, f"bewustwerven: kan {path} niet openen ({exc.strerror}).",
                f"bewustwerven: cannot open {path} ({exc.strerror})."),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    from bewustwerven.core.redact import DocumentError, extract_text

    try:
        document = extract_text(data, path.name)
    except DocumentError as exc:
        print(f"bewustwerven: {say(args, exc.message_nl, exc.message_en)}", file=sys.stderr)
        return EXIT_UNREADABLE
    from bewustwerven.core.redact import apply_redactions, detect_language, suggest_spans

    lang = args.doc_lang or detect_language(document.text)
    spans = suggest_spans(document.text, lang)
    if args.json:
        payload = {
            "file": path.name,
            "kind": document.kind,
            "lang": lang,
            "dropped_images": document.dropped_images,
            "warnings": list(document.warnings),
            # The personal data itself only when asked: the output is often kept or shared.
            "spans": [
                span.to_dict() if args.show_original else
                {k: v for k, v in span.to_dict().items() if k != "text"}
                for span in spans
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for warning in document.warnings:
        print(f"bewustwerven: {warning}", file=sys.stderr)
    if document.dropped_images:
        n = document.dropped_images
        print(
            say(args, f"bewustwerven: {n} {'afbeelding' if n == 1 else 'afbeeldingen'} "
                "weggelaten.", f"bewustwerven: {n} {'image' if n == 1 else 'images'} dropped."),
            file=sys.stderr,
        )
    sys.stdout.write(apply_redactions(document.text, spans))
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")
    return EXIT_OK
