"""A rotating log file in the platform's log directory (platformdirs.user_log_dir)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("BewustWerven", appauthor=False))


def log_file() -> Path:
    return log_dir() / "bewustwerven.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Add the rotating file handler once (1 MB, 5 old files). Returns the file's path."""
    path = log_file()
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path:
            return path
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    path.chmod(0o600)  # the log may name people; rotated files follow the process umask
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path


def remove_logging() -> None:
    """Close our file handler (tests; the app keeps it until exit)."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == log_file():
            root.removeHandler(h)
            h.close()
