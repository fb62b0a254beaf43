"""The server's data key in a file that only the service account can read.

One line: the 32-byte key in URL-safe base64. Written with mode 0600 (created so, never
widened afterwards); reading refuses a file that the group or others may read.
"""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

from bewustwerven.store.keys import KeyUnavailable


def write(path: Path, key: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(base64.urlsafe_b64encode(key).decode() + "\n")


def read(path: Path) -> bytes:
    mode = path.stat().st_mode
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyUnavailable(
            f"Het sleutelbestand {path} is leesbaar voor anderen dan de eigenaar; zet het op "
            f"chmod 600.", f"The key file {path} is readable by others than its owner; "
            "chmod 600 it."
        )
    key = base64.urlsafe_b64decode(path.read_text().strip())
    if len(key) != 32:
        raise KeyUnavailable(
            f"Het sleutelbestand {path} bevat geen sleutel.", f"The key file {path} holds no key."
        )
    return key
