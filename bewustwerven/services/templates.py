"""Reusable question-set templates: criteria with their questions and rubric anchors.

A template holds no personal data, only the method's content, so it is kept as a small JSON
file in the user's data directory (``.../BewustWerven/templates/``), one file per template.
Loading a template gives ``CriterionInput`` values for ``SetupService.set_criteria``.
"""

from __future__ import annotations

import builtins
import json
import re
from pathlib import Path
from typing import Any

import platformdirs

from bewustwerven.services.dto import CriterionInput, QuestionInput
from bewustwerven.services.errors import InvalidInput, NotFound

FORMAT = 1


def default_directory() -> Path:
    return Path(platformdirs.user_data_dir("BewustWerven", appauthor=False)) / "templates"


def _file_name(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    if not slug:
        raise InvalidInput("Geef het sjabloon een naam.", "Give the template a name.")
    return f"{slug[:60]}.json"


def to_json(name: str, criteria: tuple[CriterionInput, ...] | list[CriterionInput]) -> str:
    data = {
        "format": FORMAT,
        "name": name.strip(),
        "criteria": [
            {
                "name": c.name,
                "description": c.description,
                "knockout": c.knockout,
                "weight": c.weight,
                "questions": [
                    {"text": q.text, "anchors": {str(k): v for k, v in sorted(q.anchors.items())}}
                    for q in c.questions
                ],
            }
            for c in criteria
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def from_json(text: str) -> tuple[str, tuple[CriterionInput, ...]]:
    try:
        data: Any = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("format")
        criteria = tuple(
            CriterionInput(
                name=str(c["name"]),
                description=str(c.get("description", "")),
                knockout=bool(c.get("knockout", False)),
                weight=float(c.get("weight", 1.0)),
                questions=tuple(
                    QuestionInput(
                        str(q["text"]), {int(k): str(v) for k, v in q.get("anchors", {}).items()}
                    )
                    for q in c.get("questions", [])
                ),
            )
            for c in data["criteria"]
        )
        return str(data["name"]), criteria
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(
            "Dit sjabloon is beschadigd of van een onbekende soort.",
            "This template is damaged or of an unknown kind.",
        ) from exc


class TemplateService:
    """Save, list, load and delete question-set templates in one directory."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_directory()

    def list(self) -> list[str]:
        if not self.directory.is_dir():
            return []
        names = []
        for path in sorted(self.directory.glob("*.json")):
            try:
                names.append(from_json(path.read_text(encoding="utf-8"))[0])
            except InvalidInput:
                continue
        return sorted(names, key=str.lower)

    def save(
        self, name: str, criteria: tuple[CriterionInput, ...] | builtins.list[CriterionInput]
    ) -> Path:
        if not criteria:
            raise InvalidInput(
                "Er zijn nog geen criteria om op te slaan.", "There are no criteria to save yet."
            )
        path = self.directory / _file_name(name)
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(to_json(name, criteria), encoding="utf-8")
        tmp.replace(path)
        return path

    def load(self, name: str) -> tuple[CriterionInput, ...]:
        path = self.directory / _file_name(name)
        if not path.is_file():
            raise NotFound(f"Sjabloon '{name}' bestaat niet.", f"Template '{name}' does not exist.")
        return from_json(path.read_text(encoding="utf-8"))[1]

    def delete(self, name: str) -> None:
        path = self.directory / _file_name(name)
        if path.is_file():
            path.unlink()
