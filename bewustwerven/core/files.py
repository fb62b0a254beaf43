"""Files the program creates hold personal data: readable by their owner only.

``private_open`` creates a file with mode 0600 (whatever the umask), ``private_dir`` a
folder with 0700; ``restrict_umask`` makes everything else this process creates (SQLite's
-wal/-shm files, logs, copies) owner-only too.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
DIR_MODE = 0o700


def restrict_umask() -> None:
    """From now on files are created 0600 and folders 0700 unless asked otherwise."""
    os.umask(0o077)


def _opener(path: str, flags: int) -> int:
    return os.open(path, flags, FILE_MODE)


def private_open(path: Path | str, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """``open`` for a new or replaced file, with mode 0600 (also when it already existed)."""
    fh = open(path, mode, opener=_opener, **kwargs)  # noqa: SIM115 - the caller closes it
    with contextlib.suppress(OSError):  # e.g. a file system without modes
        os.chmod(fh.fileno(), FILE_MODE)
    return fh


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) with mode 0700; an existing folder keeps its mode."""
    if not path.exists():
        path.mkdir(parents=True, mode=DIR_MODE, exist_ok=True)
        os.chmod(path, DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Set an existing file to 0600 (a copy made by shutil, a file SQLite made)."""
    if path.exists():
        os.chmod(path, FILE_MODE)
