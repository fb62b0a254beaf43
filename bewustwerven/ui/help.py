"""Help: F1 explains the open screen (what this role does here, and the next step); the
shortcut list is read from the window's own actions and shortcuts, so it cannot go stale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def page_help(key: str | None) -> tuple[str, str]:
    """(title, text) for the screen ``key`` (a navigation key); a general page for None."""
    pages = {
        "procedures": (
            QCoreApplication.translate("Help", "Vacatures en procedures (werver)"),
            QCoreApplication.translate(
                "Help",
                "Hier maakt u een vacature en zet u de procedure klaar.\n\n"
                "Wat u doet:\n"
                "• Maak een nieuwe vacature. Vul de tekst in.\n"
                "• Kies de criteria. Geef bij elk criterium vragen en een beoordelingsschaal.\n"
                "• Stel een commissie samen en kies de kanalen waar u de vacature plaatst.\n"
                "• Zet de procedure door naar de volgende fase. BewustWerven controleert eerst "
                "of alles klopt.\n\n"
                "Volgende stap: lees de bevindingen bij de poort. Los wat blokkeert eerst op.",
            ),
        ),
        "reviews": (
            QCoreApplication.translate("Help", "Mijn beoordelingen (commissielid)"),
            QCoreApplication.translate(
                "Help",
                "Hier scoort u kandidaten. U ziet alleen een kandidaatcode en geanonimiseerde "
                "documenten.\n\n"
                "Wat u doet:\n"
                "• Kies een formulier in de lijst en druk op Enter.\n"
                "• Kies per vraag een score met de pijltjestoetsen. Tab gaat naar de "
                "onderbouwing.\n"
                "• Schrijf bij elke score wat de kandidaat zei of schreef.\n"
                "• Bewaar een concept met Ctrl+S. Dien in als alle vragen compleet zijn.\n\n"
                "Volgende stap: na het indienen ziet u de scores van de anderen. De voorzitter "
                "bespreekt de verschillen.",
            ),
        ),
        "consensus": (
            QCoreApplication.translate("Help", "Gezamenlijk oordeel (voorzitter)"),
            QCoreApplication.translate(
                "Help",
                "Hier legt u als voorzitter het oordeel van de commissie vast.\n\n"
                "Wat u doet:\n"
                "• Kies een kandidaat. U ziet waar de scores ver uit elkaar liggen.\n"
                "• Bespreek de verschillen. Kies de uitkomst, de score per criterium en een "
                "korte motivering.\n"
                "• Druk op Oordeel vastleggen.\n"
                "• Blokkeert de poort? Vraag dan P&O om een afwijking, met een reden.\n\n"
                "Volgende stap: zet de procedure door naar de volgende fase.",
            ),
        ),
        "deviations": (
            QCoreApplication.translate("Help", "Afwijkingen (P&O)"),
            QCoreApplication.translate(
                "Help",
                "Hier beslist u over een verzoek om af te wijken van de werkwijze.\n\n"
                "Wat u doet:\n"
                "• Kies een verzoek. Lees de regel en de reden.\n"
                "• Keur goed of wijs af, met een reden. Een verzoek dat u zelf deed, beslist "
                "een collega (vier ogen).\n\n"
                "Volgende stap: de aanvrager ziet uw besluit en kan verder.",
            ),
        ),
        "complaints": (
            QCoreApplication.translate("Help", "Klachten (P&O)"),
            QCoreApplication.translate(
                "Help",
                "Hier legt u klachten van kandidaten vast en handelt u ze af.\n\n"
                "Wat u doet:\n"
                "• Leg een nieuwe klacht vast met de datum van ontvangst.\n"
                "• Handel een klacht af met een besluit en een uitleg.\n\n"
                "Volgende stap: let op de termijn. Een klacht die te lang open staat, ziet u "
                "bovenaan.",
            ),
        ),
        "audit": (
            QCoreApplication.translate("Help", "Audit (P&O)"),
            QCoreApplication.translate(
                "Help",
                "Hier controleert u het spoor van een procedure en maakt u rapporten.\n\n"
                "Wat u doet:\n"
                "• Kies een procedure en controleer of het spoor heel is.\n"
                "• Maak een rapport voor de procedure of voor de hele organisatie.\n\n"
                "Volgende stap: bewaar het rapport en deel het met wie erom vraagt.",
            ),
        ),
        "admin": (
            QCoreApplication.translate("Help", "Beheer (functioneel beheerder)"),
            QCoreApplication.translate(
                "Help",
                "Hier beheert u gebruikers, rollen, afdelingen en de database.\n\n"
                "Wat u doet:\n"
                "• Voeg gebruikers toe en geef ze een rol.\n"
                "• Kies of wijzig de database.\n\n"
                "Volgende stap: laat nieuwe gebruikers inloggen en hun eigen gegevens "
                "controleren.",
            ),
        ),
    }
    general = (
        QCoreApplication.translate("Help", "BewustWerven"),
        QCoreApplication.translate(
            "Help",
            "Kies links een scherm. Met Ctrl+1 tot en met Ctrl+7 gaat u direct naar een "
            "scherm. Druk in elk scherm op F1 voor hulp bij dat scherm.",
        ),
    )
    return pages.get(key or "", general)


GENERAL_KEYS = (
    ("Tab", "Naar het volgende veld of de volgende knop"),
    ("Shift+Tab", "Naar het vorige veld"),
    ("Alt+letter", "De knop of het veld met de onderstreepte letter"),
    ("Pijltjes", "In een lijst: naar de vorige of volgende regel. Bij scores: een score kiezen"),
    ("Enter", "Een regel openen; in een venster: de hoofdknop"),
    ("Ctrl+Enter", "In een tekstvak met meer regels: de hoofdknop"),
    ("Spatie", "Een knop indrukken of een keuze aanvinken"),
    ("Esc", "Een venster sluiten zonder iets te doen"),
    ("Ctrl+Tab", "Naar het volgende tabblad"),
)


def _general_keys() -> None:  # pragma: no cover - only here so lupdate sees the texts
    QCoreApplication.translate("Help", "Pijltjes")
    QCoreApplication.translate("Help", "Alt+letter")
    QCoreApplication.translate("Help", "Spatie")
    QCoreApplication.translate("Help", "Naar het volgende veld of de volgende knop")
    QCoreApplication.translate("Help", "Naar het vorige veld")
    QCoreApplication.translate("Help", "De knop of het veld met de onderstreepte letter")
    QCoreApplication.translate(
        "Help", "In een lijst: naar de vorige of volgende regel. Bij scores: een score kiezen"
    )
    QCoreApplication.translate("Help", "Een regel openen; in een venster: de hoofdknop")
    QCoreApplication.translate("Help", "In een tekstvak met meer regels: de hoofdknop")
    QCoreApplication.translate("Help", "Een knop indrukken of een keuze aanvinken")
    QCoreApplication.translate("Help", "Een venster sluiten zonder iets te doen")
    QCoreApplication.translate("Help", "Naar het volgende tabblad")


def _plain(text: str) -> str:
    """A menu text without its Alt-marker and dots: "&Instellingen…" → "Instellingen"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action and shortcut the window defines, in its own words. Read
    from the live window: a new action shows up here without anyone editing a list."""
    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str]] = []

    def add(what: str, sequence: QKeySequence) -> None:
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if keys and (what, keys) not in seen:
            seen.add((what, keys))
            rows.append((what, keys))

    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            add(_plain(action.text()) or _plain(action.toolTip()), sequence)
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.isEnabled():
            continue
        what = shortcut.whatsThis() or QCoreApplication.translate("Help", "In dit scherm")
        add(what, shortcut.key())
    return rows


class HelpDialog(QDialog):
    """Two tabs: help for the open screen, and every shortcut of the window."""

    def __init__(self, window: QWidget, key: str | None, *, keys_first: bool = False) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Hulp"))
        title, text = page_help(key)
        self.tabs = QTabWidget()
        page = QWidget()
        play = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setAccessibleName(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setPlainText(text)
        self.text.setAccessibleName(title)
        play.addWidget(heading)
        play.addWidget(self.text, 1)
        self.tabs.addTab(page, self.tr("&Dit scherm"))
        self.keys = QTableWidget(0, 2)
        self.keys.setTabKeyNavigation(False)
        self.keys.setAccessibleName(self.tr("Sneltoetsen"))
        self.keys.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Toetsen")])
        self.keys.verticalHeader().setVisible(False)
        self.keys.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keys.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keys.setWordWrap(True)
        header = self.keys.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rows = shortcuts(window) + [(_t(what), _t(keys)) for keys, what in GENERAL_KEYS]
        for what, keys in rows:
            r = self.keys.rowCount()
            self.keys.insertRow(r)
            self.keys.setItem(r, 0, QTableWidgetItem(what))
            self.keys.setItem(r, 1, QTableWidgetItem(keys))
        self.keys.resizeRowsToContents()
        self.tabs.addTab(self.keys, self.tr("&Sneltoetsen"))
        if keys_first:
            self.tabs.setCurrentIndex(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def rows(self) -> list[tuple[str, str]]:
        """The list as shown: (what, keys) per row."""
        out = []
        for r in range(self.keys.rowCount()):
            what, keys = self.keys.item(r, 0), self.keys.item(r, 1)
            if what is not None and keys is not None:
                out.append((what.text(), keys.text()))
        return out
