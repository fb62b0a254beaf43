"""Gate 1 and the vacancy-text check: the law's blocks stop the vacancy, the form counts."""

from __future__ import annotations

from datetime import date, timedelta

from bewustwerven.core.procedure import Stage
from bewustwerven.services.dto import VacancyInput

from .conftest import TEXT, make_procedure

UNLAWFUL = TEXT.format(scale=11, pref="") + (
    "Je bent maximaal 35 jaar oud. Je bent native speaker Nederlands.\n"
)


def _vacancy(text: str, hours: int = 36, location: str = "Amsterdam") -> VacancyInput:
    return VacancyInput(
        "Beleidsadviseur", "WPI", 11, hours, location, text, date.today() - timedelta(days=1)
    )


def test_age_limit_and_native_speaker_block_gate_1(org):
    pid = make_procedure(org)
    rita = org.as_user("rita")
    rita.setup.update_vacancy(pid, _vacancy(UNLAWFUL))
    result = rita.procedures.advance(pid, acknowledge_warnings=True)
    assert not result.advanced
    blocks = {f.code for f in result.report.blocks}
    assert {"TEXT-AGE-LIMIT", "TEXT-NATIVE"} <= blocks
    native = next(f for f in result.report.blocks if f.code == "TEXT-NATIVE")
    assert native.facts["rewrite"] == "Je spreekt en schrijft Nederlands op niveau B2."
    # Acknowledging warnings does not pass a block; taking the requirements out does.
    rita.setup.update_vacancy(pid, _vacancy(TEXT.format(scale=11, pref="")))
    result = rita.procedures.advance(pid, acknowledge_warnings=True)
    assert result.advanced and result.stage is Stage.OPEN


def test_the_form_fields_count_as_elements_of_the_text(org):
    pid = make_procedure(org)
    rita = org.as_user("rita")
    bare = (
        "Beleidsadviseur\n\nDe functie\nJe schrijft plannen en je praat met bewoners.\n"
        "Wat vragen wij\nJe hebt hbo-niveau.\nSolliciteer via de knop.\n"
    )
    rita.setup.update_vacancy(pid, _vacancy(bare))
    report = rita.procedures.gate(pid)
    missing = {f.code for f in report.findings if f.code.startswith("TEXT-MISSING")}
    # Hours, place of work, scale and closing date are on the form: not missing.
    assert missing == set()
    rita.setup.update_vacancy(pid, _vacancy(bare, location=""))
    report = rita.procedures.gate(pid)
    missing = {f.code for f in report.findings if f.code.startswith("TEXT-MISSING")}
    assert missing == {"TEXT-MISSING-LOCATION"}
