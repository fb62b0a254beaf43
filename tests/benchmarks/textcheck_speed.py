"""Time check_text on a 2,000-word vacancy text (the editor checks while typing).

Run: .venv/bin/python tests/benchmarks/textcheck_speed.py
"""

from __future__ import annotations

import statistics
import time

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


def main() -> None:
    text = make_text(2000)
    n_words = len(text.split())
    t0 = time.perf_counter()
    check_text(text, scale=15)  # first call compiles and caches the word lists
    first = time.perf_counter() - t0
    for lang in ("nl", "en"):
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            findings = check_text(text, scale=15, lang=lang)
            times.append(time.perf_counter() - t0)
        print(
            f"{lang}: {n_words} words, {len(findings)} findings: "
            f"median {statistics.median(times) * 1000:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms (first call incl. compiling: {first * 1000:.1f} ms)"
        )


if __name__ == "__main__":
    main()
