"""The readable PDF of a subject access export ("inzageverzoek"): plain data in, bytes out.

The input is the JSON-ready dict that services.privacy builds; nothing here reads the
database. Bitstream Vera (shipped with reportlab) is used so names such as "Yılmaz" print
correctly, which the built-in Helvetica cannot.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_FONT, _BOLD = "BW-Vera", "BW-Vera-Bold"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN

T: dict[str, tuple[str, str]] = {
    "title": (
        "Inzage: alle gegevens over kandidaat {code}",
        "Subject access: all data on candidate {code}",
    ),
    "intro": (
        "Dit zijn alle gegevens die BewustWerven over u bewaart. U heeft ze gevraagd. De "
        "commissie kende u alleen als {code}. Uw originele documenten zitten als losse "
        "bestanden bij dit overzicht.",
        "This is all data BewustWerven keeps about you, as you asked. The committee knew you "
        "only as {code}. Your original documents come as separate files with this overview.",
    ),
    "made": ("Gemaakt op {at} door {by}.", "Made on {at} by {by}."),
    "procedure": ("Procedure", "Procedure"),
    "identity": ("Uw identiteit", "Your identity"),
    "deleted": ("verwijderd op {at}", "deleted on {at}"),
    "none": ("geen", "none"),
    "documents": ("Documenten", "Documents"),
    "selfid": ("Zelfidentificatie (vrijwillig)", "Self-identification (voluntary)"),
    "selfid_none": (
        "Er zijn geen gegevens over uzelf bewaard (niet ingevuld, of verwijderd).",
        "No self-identification data is kept (not given, or deleted).",
    ),
    "rather_not": ("zeg ik liever niet", "rather not say"),
    "consent": ("Toestemmingstekst, versie {v}", "Consent text, version {v}"),
    "objections": ("Bezwaar", "Objection"),
    "objection_line": (
        "Bezwaar ontvangen op {on}; uw gegevens over uzelf zijn toen verwijderd.",
        "Objection received on {on}; your self-identification data was then deleted.",
    ),
    "assessments": ("Beoordelingen door de commissie", "Assessments by the committee"),
    "member": ("commissielid {n}", "committee member {n}"),
    "consensus": ("Gezamenlijk oordeel", "Consensus"),
    "decision": ("Besluit", "Decision"),
    "chosen": ("U bent gekozen.", "You were chosen."),
    "not_chosen": ("U bent niet gekozen.", "You were not chosen."),
    "retention": ("Bewaren", "Retention"),
    "retention_due": (
        "Uw naam, contactgegevens, documenten en gegevens over uzelf worden verwijderd op {at}.",
        "Your name, contact data, documents and self-identification are deleted on {at}.",
    ),
    "retention_open": (
        "De procedure loopt nog. Uw gegevens worden 4 weken na het einde verwijderd "
        "(1 jaar als u daarvoor toestemming gaf).",
        "The procedure is still running. Your data is deleted 4 weeks after it ends "
        "(1 year if you consented to that).",
    ),
    "complaints": ("Klachten", "Complaints"),
    "events": ("Wat er met uw gegevens gebeurde", "What happened to your data"),
    "field": ("Gegeven", "Item"),
    "value": ("Waarde", "Value"),
}
FIELDS = {
    "name": ("Naam", "Name"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefoon", "Phone"),
    "title": ("Vacature", "Vacancy"),
    "unit": ("Afdeling", "Unit"),
    "scale": ("Schaal", "Scale"),
    "stage": ("Fase", "Stage"),
    "closed_at": ("Afgesloten", "Closed"),
    "applied_at": ("Gesolliciteerd", "Applied"),
    "channel": ("Kanaal", "Channel"),
    "country_own": ("Uw geboorteland", "Your country of birth"),
    "country_mother": ("Geboorteland moeder", "Mother's country of birth"),
    "country_father": ("Geboorteland vader", "Father's country of birth"),
    "gender": ("Gender", "Gender"),
    "birth_year": ("Geboortejaar", "Year of birth"),
    "disability": ("Beperking", "Disability"),
}


def _fonts() -> None:
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(_BOLD, "VeraBd.ttf"))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=_FONT, fontSize=9.5, leading=13)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=_BOLD, fontSize=16, leading=20, spaceAfter=6
        ),
        "h": ParagraphStyle(
            "h", parent=body, fontName=_BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
    }


def _esc(value: object) -> str:
    text = "" if value is None else str(value)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


class _Builder:
    def __init__(self, data: Mapping[str, Any], lang: str) -> None:
        self.d, self.i = data, 1 if lang == "en" else 0
        self.st = _styles()
        self.story: list[Any] = []

    def t(self, key: str, **kw: object) -> str:
        return T[key][self.i].format(**kw)

    def f(self, key: str) -> str:
        return FIELDS.get(key, (key, key))[self.i]

    def h(self, key: str) -> None:
        self.story.append(Paragraph(_esc(self.t(key)), self.st["h"]))

    def p(self, text: str) -> None:
        self.story.append(Paragraph(_esc(text), self.st["body"]))

    def table(
        self,
        rows: Sequence[Sequence[object]],
        head: Sequence[str] | None = None,
        widths: Sequence[float] | None = None,
    ) -> None:
        cell = self.st["cell"]
        body = [[Paragraph(_esc(c), cell) for c in r] for r in rows]
        if head:
            body.insert(0, [Paragraph(f"<b>{_esc(c)}</b>", cell) for c in head])
        if not body:
            return
        tbl = Table(body, colWidths=list(widths) if widths else None, repeatRows=1 if head else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b7c3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7f2")))
        tbl.setStyle(TableStyle(style))
        self.story += [tbl, Spacer(1, 3 * mm)]

    def kv(self, pairs: Sequence[tuple[str, object]]) -> None:
        self.table([(k, v) for k, v in pairs], widths=(WIDTH * 0.32, WIDTH * 0.68))

    def build(self) -> list[Any]:
        d = self.d
        code = d["candidate"]["pseudonym"]
        self.story.append(Paragraph(_esc(self.t("title", code=code)), self.st["title"]))
        self.p(self.t("intro", code=code))
        self.p(self.t("made", at=d.get("made_at", ""), by=d.get("made_by", "")))
        self.h("procedure")
        proc, cand = d["procedure"], d["candidate"]
        self.kv(
            [(self.f(k), proc.get(k)) for k in ("title", "unit", "scale", "stage", "closed_at")]
            + [(self.f(k), cand.get(k)) for k in ("applied_at", "channel")]
        )
        self.identity()
        self.documents()
        self.selfid()
        self.scores()
        self.outcome()
        self.rest()
        return self.story

    def identity(self) -> None:
        self.h("identity")
        ident, gone = self.d["identity"], self.d["candidate"].get("identity_deleted_at")
        missing = self.t("deleted", at=gone) if gone else self.t("none")
        self.kv([(self.f(k), ident.get(k) or missing) for k in ("name", "email", "phone")])

    def documents(self) -> None:
        self.h("documents")
        docs = self.d["documents"]
        if not docs:
            self.p(self.t("none"))
        for doc in docs:
            self.kv(
                [
                    ("bestandsnaam / file name", doc.get("filename") or "—"),
                    ("bestand / file", doc.get("file") or "—"),
                    (
                        "tekst voor de commissie / text for the committee",
                        doc.get("redacted_text") or "—",
                    ),
                ]
            )

    def selfid(self) -> None:
        self.h("selfid")
        sid = self.d.get("self_identification")
        if not sid:
            self.p(self.t("selfid_none"))
        else:
            rows = []
            for field, entry in sid["answers"].items():
                value = entry.get("name_en" if self.i else "name_nl") or entry.get("value")
                rows.append((self.f(field), value if value is not None else self.t("rather_not")))
            self.kv(rows)
            text = sid.get("consent_text", {}).get("en" if self.i else "nl")
            if text:
                self.story.append(
                    Paragraph(
                        f"<b>{_esc(self.t('consent', v=sid['consent_version']))}</b>",
                        self.st["body"],
                    )
                )
                self.p(text)
        for obj in self.d.get("objections", []):
            self.h("objections")
            self.p(self.t("objection_line", on=obj["received_on"]))

    def scores(self) -> None:
        sheets = self.d.get("assessments", [])
        if not sheets:
            return
        self.h("assessments")
        rows = []
        for sh in sheets:
            who = self.t("member", n=sh["member"])
            for sc in sh["scores"]:
                rows.append(
                    (sh["stage"], who, sh["status"], sc["item"], sc["value"], sc["evidence"])
                )
        head = [
            "fase / stage",
            "wie / who",
            "status",
            "vraag / item",
            "score",
            "onderbouwing / evidence",
        ]
        self.table(rows, head, [WIDTH * w for w in (0.12, 0.16, 0.12, 0.18, 0.08, 0.34)])

    def outcome(self) -> None:
        cons = self.d.get("consensus", [])
        if cons:
            self.h("consensus")
            self.table(
                [
                    (
                        c["stage"],
                        c["outcome"],
                        c.get("total"),
                        "; ".join(f"{k}: {v}" for k, v in (c.get("motivations") or {}).items()),
                    )
                    for c in cons
                ],
                ["fase / stage", "uitkomst / outcome", "totaal / total", "motivatie / motivation"],
                [WIDTH * w for w in (0.14, 0.16, 0.12, 0.58)],
            )
        dec = self.d.get("decision")
        if dec:
            self.h("decision")
            self.p(self.t("chosen") if dec["chosen"] else self.t("not_chosen"))
            if dec.get("motivation"):
                self.p(dec["motivation"])

    def rest(self) -> None:
        self.h("retention")
        due = self.d.get("retention", {}).get("due_at")
        self.p(self.t("retention_due", at=due) if due else self.t("retention_open"))
        if self.d.get("complaints"):
            self.h("complaints")
            self.table(
                [
                    (
                        c["received_on"],
                        c["status"],
                        c.get("summary") or "—",
                        c.get("outcome") or "—",
                    )
                    for c in self.d["complaints"]
                ],
                ["ontvangen / received", "status", "klacht / complaint", "antwoord / answer"],
            )
        self.h("events")
        self.table(
            [(e["at"], e["action"]) for e in self.d.get("events", [])],
            ["wanneer / when", "wat / what"],
            (WIDTH * 0.3, WIDTH * 0.7),
        )


def build_pdf(data: Mapping[str, Any], lang: str = "nl") -> bytes:
    """The export as a readable A4 PDF, in Dutch (default) or English."""
    _fonts()
    buf = io.BytesIO()
    code = data["candidate"]["pseudonym"]
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Inzage {code}",
        author="BewustWerven",
    )
    doc.build(_Builder(data, lang).build())
    return buf.getvalue()
