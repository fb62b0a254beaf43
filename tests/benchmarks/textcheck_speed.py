"""Time check_text on a 2,000-word vacancy text (the editor checks while typing).

Target: under 50 ms per check after the first. The machine may be shared and busy, so a
floor is measured in the same run: one plain pass over the same text (a regular
expression that finds every word and lower-cases it, repeated 10 times). The ratio
check/floor does not depend on the machine's load.

Run: .venv/bin/python tests/benchmarks/textcheck_speed.py
"""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

from bewustwerven.core.textcheck import check_text

PARAGRAPH = (
    "Wat ga je doen? Als beleidsadviseur werk je aan een stad waar iedereen mee kan doen. "
    "Je bent een gedreven en resultaatgerichte teamspeler in ons jonge, dynamische team. "
    "Indien nodig overleg je met bewoners, ondernemers en collega's van andere afdelingen "
    "over de plannen voor de buurt, en je schrijft daarover heldere adviezen voor het college. "
    "Wat vragen wij? Je hebt maximaal 5 jaar werkervaring en Nederlands als moedertaal. "
    "Rijbewijs B is nodig, want je rijdt naar locaties in de stad. "
    "Je hebt communicatievaardigheden en je kent de hiërarchie van de organisatie. "
)


def make_text(words: int) -> str:
    text = ""
    while len(text.split()) < words:
        text += PARAGRAPH + "\n\n"
    return " ".join(text.split(" ")[:words])


CORPUS = Path(__file__).resolve().parents[1] / "data" / "vacancies"
_WORD = re.compile(r"\w+")


def real_text(lang: str, words: int) -> str:
    """Real vacancy texts of the corpus, one after the other, up to ``words`` words."""
    parts: list[str] = []
    count = 0
    while count < words:
        for path in sorted(CORPUS.glob(f"{lang}*.txt")):
            body = path.read_text(encoding="utf-8")
            parts.append(body)
            count += len(body.split())
            if count >= words:
                break
    return " ".join("\n\n".join(parts).split(" ")[:words])


def floor_ms(text: str) -> float:
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        for _ in range(10):
            [m.group().lower() for m in _WORD.finditer(text)]
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    text = make_text(2000)
    t0 = time.perf_counter()
    check_text(text, scale=15)  # first call compiles and caches the word lists
    first = time.perf_counter() - t0
    print(f"first call (compiles the lists, reads the profile): {first * 1000:.1f} ms")
    for name, lang, sample in (
        ("synthetic", "nl", text),
        ("synthetic", "en", text),
        ("real", "nl", real_text("nl", 2000)),
        ("real", "en", real_text("en", 2000)),
    ):
        n_words = len(sample.split())
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            findings = check_text(sample, scale=15, lang=lang)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times) * 1000
        floor = floor_ms(sample)
        print(
            f"{name} {lang}: {n_words} words, {len(findings)} findings: median {median:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms; floor {floor:.1f} ms; check/floor "
            f"{median / floor:.1f}x (target: under 50 ms)"
        )


if __name__ == "__main__":
    main()
