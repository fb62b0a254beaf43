"""What the app's tables share."""

from __future__ import annotations

#: Rows a header measures for "resize to contents" (Qt's default is 1000, on every change).
SIZE_ROWS = 100
