"""Precision and recall of the vacancy-text check on real, annotated vacancy texts.

The corpus is ``tests/data/vacancies/`` (see its ``index.toml``): public Dutch and English
vacancy texts, each with the spans a careful recruiter flags and the required elements it
lacks. The texts are split into a tuning part and a held-out part chosen before tuning.

A word finding counts as right when its span overlaps an annotated span of the same
category; each annotated span is matched once. A missing-element finding is right when the
annotation lists that element as missing.

Run: .venv/bin/python tests/benchmarks/textcheck_quality.py [--detail] [--split tune]
(``--detail`` lists every wrong finding; never tune on the heldout2 split.)
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bewustwerven.core.textcheck import check_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "vacancies"

CATEGORY_OF_CODE = {
    "TEXT-GENDER-M": "masculine",
    "TEXT-GENDER-F": "feminine",
    "TEXT-AGE": "age",
    "TEXT-AGE-LIMIT": "age",
    "TEXT-EXCLUDE": "exclusion",
    "TEXT-NATIVE": "exclusion",
    "TEXT-JARGON": "jargon",
    "TEXT-PRONOUN": "pronoun",
}
# "heldout" was chosen before the first tuning; "heldout2" ("fresh") was looked up and
# annotated later, before the check ran on it, and is never used for tuning.
SPLITS = ("tune", "heldout", "heldout2")
LABELS = {"tune": "tune", "heldout": "held-out", "heldout2": "fresh"}
WORD_CATEGORIES = ("masculine", "feminine", "age", "exclusion", "jargon")
ROWS = (*WORD_CATEGORIES, "pronoun")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: {r: Tally() for r in ROWS})
    missing: Tally = field(default_factory=Tally)
    notes: list[str] = field(default_factory=list)


def locate(text: str, needle: str, n: int) -> tuple[int, int]:
    for haystack, probe in ((text, needle), (text.lower(), needle.lower())):
        start = -1
        for _ in range(n):
            start = haystack.find(probe, start + 1)
            if start < 0:
                break
        if start >= 0:
            return start, start + len(needle)
    raise ValueError(f"annotation {needle!r} (occurrence {n}) is not in the text")


def score_text(doc_id: str, lang: str, result: Result) -> None:
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    ann = tomllib.loads((CORPUS / f"{doc_id}.toml").read_text(encoding="utf-8"))
    gold: list[tuple[str, int, int, str]] = []
    for span in ann.get("span", []):
        start, end = locate(text, span["text"], int(span.get("n", 1)))
        gold.append((span["cat"], start, end, span["text"]))
    findings = check_text(text, lang=lang)
    used: set[int] = set()
    predicted_missing: set[str] = set()
    for f in findings:
        if f.code.startswith("TEXT-MISSING-"):
            predicted_missing.add(f.code.removeprefix("TEXT-MISSING-"))
            continue
        category = CATEGORY_OF_CODE.get(f.code)
        if category is None or f.span is None:
            continue
        s, e = f.span
        hit = next(
            (
                k
                for k, (cat, gs, ge, _) in enumerate(gold)
                if k not in used and cat == category and s < ge and gs < e
            ),
            None,
        )
        if hit is None:
            result.tallies[category].fp += 1
            result.notes.append(f"{doc_id} FP {category:9} {text[s:e]!r}")
        else:
            used.add(hit)
            result.tallies[category].tp += 1
    for k, (cat, _, _, word) in enumerate(gold):
        if k not in used:
            result.tallies[cat].fn += 1
            result.notes.append(f"{doc_id} FN {cat:9} {word!r}")
    gold_missing = set(ann.get("missing", []))
    result.missing.tp += len(predicted_missing & gold_missing)
    result.missing.fp += len(predicted_missing - gold_missing)
    result.missing.fn += len(gold_missing - predicted_missing)
    for element in sorted(predicted_missing - gold_missing):
        result.notes.append(f"{doc_id} FP missing   {element}")
    for element in sorted(gold_missing - predicted_missing):
        result.notes.append(f"{doc_id} FN missing   {element}")


def run() -> dict[str, Result]:
    index = tomllib.loads((CORPUS / "index.toml").read_text(encoding="utf-8"))
    results = {split: Result() for split in SPLITS}
    for entry in index["text"]:
        score_text(entry["id"], entry["lang"], results[entry["split"]])
    return results


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def table(results: dict[str, Result]) -> str:
    head = f"{'category':18}"
    for split in SPLITS:
        head += f"  {LABELS[split] + ' P':>10} {'R':>5} {'tp/fp/fn':>9}"
    lines = [head]

    def row(name: str, tallies: dict[str, Tally]) -> str:
        out = f"{name:18}"
        for split in SPLITS:
            t = tallies[split]
            out += f"  {_fmt(t.precision()):>10} {_fmt(t.recall()):>5} {f'{t.tp}/{t.fp}/{t.fn}':>9}"
        return out

    for category in ROWS:
        lines.append(row(category, {s: r.tallies[category] for s, r in results.items()}))
    words: dict[str, Tally] = {}
    overall: dict[str, Tally] = {}
    for split, result in results.items():
        words[split] = Tally()
        overall[split] = Tally()
        for category in WORD_CATEGORIES:
            words[split].add(result.tallies[category])
        overall[split].add(words[split])
        overall[split].add(result.tallies["pronoun"])
        overall[split].add(result.missing)
    lines.append(row("word findings", words))
    lines.append(row("missing elements", {s: r.missing for s, r in results.items()}))
    lines.append(row("overall", overall))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detail", action="store_true", help="list every wrong finding")
    parser.add_argument("--split", choices=SPLITS, help="details of one split only")
    args = parser.parse_args()
    results = run()
    index = tomllib.loads((CORPUS / "index.toml").read_text(encoding="utf-8"))
    counts = {s: sum(1 for t in index["text"] if t["split"] == s) for s in results}
    parts = ", ".join(f"{LABELS[s]} {counts[s]}" for s in SPLITS)
    print(f"corpus: {len(index['text'])} texts; {parts}")
    print(table(results))
    if args.detail:
        for split, result in results.items():
            if args.split and split != args.split:
                continue
            print(f"\n{split}:")
            print("\n".join(result.notes) or "(none)")


if __name__ == "__main__":
    main()
