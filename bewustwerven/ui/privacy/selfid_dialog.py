"""The self-identification form: countries of birth (own, mother, father), gender in the
person's own words, birth year and disability; every question can be "Zeg ik liever niet".
The consent text is shown with its version. The committee never sees this form or its
answers; only the procedure's recruiter fills it in for a candidate (the service checks)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core import consent as C
from bewustwerven.core.origin import countries
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.widgets.buttons import main_action_keys

RATHER_NOT = None  # the stored value for "zeg ik liever niet"
NO_YEAR = 0  # the spin box's special value


class SelfIdentificationDialog(QDialog):
    def __init__(
        self,
        pseudonym: str,
        current: dict[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        lang = current_language()
        self.consent = C.current()
        self.setWindowTitle(self.tr("Zelfidentificatie van %1").replace("%1", pseudonym))
        layout = QVBoxLayout(self)
        text = QTextBrowser()
        text.setPlainText(self.consent.self_identification(lang).replace("\n", "\n\n"))
        text.setAccessibleName(self.tr("Toestemmingstekst"))
        text.setMinimumHeight(220)
        self.setMinimumWidth(520)
        self.resize(580, 720)
        layout.addWidget(text)
        version = QLabel(self.tr("Versie van de tekst: %1").replace("%1", self.consent.version))
        layout.addWidget(version)
        form = QFormLayout()
        layout.addLayout(form)
        self.countries: dict[str, QComboBox] = {}
        for field in ("country_own", "country_mother", "country_father"):
            box = QComboBox()
            box.addItem(C.rather_not(lang), RATHER_NOT)
            for c in countries("nl" if lang != "en" else "en"):
                box.addItem(c.name(lang), c.code)
            box.setAccessibleName(C.field_label(field, lang))
            form.addRow(C.field_label(field, lang) + ":", box)
            self.countries[field] = box
        self.gender = QLineEdit()
        self.gender.setPlaceholderText(self.tr("In uw eigen woorden"))
        self.gender.setAccessibleName(C.field_label("gender", lang))
        self.gender_rather_not = QCheckBox(C.rather_not(lang))
        self.gender_rather_not.setChecked(True)
        self.gender_rather_not.toggled.connect(lambda on: self.gender.setEnabled(not on))
        self.gender.setEnabled(False)
        form.addRow(C.field_label("gender", lang) + ":", self.gender)
        form.addRow("", self.gender_rather_not)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1929, 2015)
        self.birth_year.setSpecialValueText(C.rather_not(lang))
        self.birth_year.setMinimum(1929)  # 1929 shows as "zeg ik liever niet"
        self.birth_year.setValue(1929)
        self.birth_year.setAccessibleName(C.field_label("birth_year", lang))
        form.addRow(C.field_label("birth_year", lang) + ":", self.birth_year)
        self.disability = QComboBox()
        self.disability.addItem(C.rather_not(lang), RATHER_NOT)
        self.disability.addItem(self.tr("Nee"), "nee")
        self.disability.addItem(self.tr("Ja"), "ja")
        self.disability.setAccessibleName(C.field_label("disability", lang))
        form.addRow(C.field_label("disability", lang), self.disability)
        self.retention = QCheckBox(self.tr("Ja, bewaar de sollicitatie 1 jaar"))
        self.retention.setToolTip(self.consent.retention(lang))
        retention_text = QLabel(self.consent.retention(lang))
        retention_text.setWordWrap(True)
        layout.addWidget(retention_text)
        layout.addWidget(self.retention)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        main_action_keys(self, buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if current:
            self.set_values(current)

    def set_values(self, data: dict[str, object]) -> None:
        for field, box in self.countries.items():
            idx = box.findData(data.get(field))
            box.setCurrentIndex(max(idx, 0))
        gender = data.get("gender")
        self.gender_rather_not.setChecked(gender is None)
        self.gender.setText("" if gender is None else str(gender))
        year = data.get("birth_year")
        self.birth_year.setValue(int(str(year)) if year is not None else 1929)
        idx = self.disability.findData(data.get("disability"))
        self.disability.setCurrentIndex(max(idx, 0))

    def values(self) -> dict[str, object]:
        """The answers as the service takes them: None for "zeg ik liever niet"."""
        gender = self.gender.text().strip()
        year = self.birth_year.value()
        return {
            **{f: box.currentData() for f, box in self.countries.items()},
            "gender": None if self.gender_rather_not.isChecked() or not gender else gender,
            "birth_year": None if year == self.birth_year.minimum() else year,
            "disability": self.disability.currentData(),
        }

    def retention_consent(self) -> bool:
        return self.retention.isChecked()
