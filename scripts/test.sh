#!/usr/bin/env bash
# The whole check, as CI runs it: lint, layer contracts, types on core/, and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-env.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check bewustwerven tests
echo "== import-linter (layers)"; .venv/bin/lint-imports
echo "== mypy: strict outside ui/, ui/ checked (pyproject [tool.mypy])"; .venv/bin/mypy
echo "== pytest"; .venv/bin/python -m pytest "$@"
