#!/usr/bin/env bash
# Create .venv and install BewustWerven with its test extras (idempotent), then build
# deduce's lookup cache once, so no user's first click pays for it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.bewustwerven-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  touch "$stamp"
fi
.venv/bin/python -c "from bewustwerven.core.redact import warm_up; warm_up()" >/dev/null
