"""Values leaving the program: spreadsheet cells that cannot run, terminal text that cannot
steer the terminal.

A spreadsheet treats a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (OWASP "CSV injection"). ``csv_cell`` puts an apostrophe in
front of such text, which every spreadsheet reads as "this is text". Numbers stay numbers,
and text that is only a plain number ("-3", "-0,25") cannot run and stays as it is.
"""

from __future__ import annotations

import re
import unicodedata

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?%?$")


def is_formula_like(text: str) -> bool:
    """True if a spreadsheet could read ``text`` as a formula."""
    return text.startswith(TRIGGERS) and not _PLAIN_NUMBER.match(text)


def csv_cell(value: object) -> object:
    """The value as a CSV writer may write it: dangerous text gets a leading apostrophe."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def printable(text: str) -> str:
    """``text`` for a terminal: control characters (newline, ESC of an ANSI sequence, NUL …)
    shown as ``\\xNN`` / ``\\n`` instead of acting on the terminal."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in "\u200d":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)
