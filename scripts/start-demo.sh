#!/usr/bin/env bash
# Install BewustWerven, fill an embedded (SQLite) database with the demo organisation the
# first time, and open the desktop app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-env.sh
DB=${BEWUSTWERVEN_DB:-$PWD/demo/bewustwerven-demo.db}
mkdir -p "$(dirname "$DB")"
if ! .venv/bin/python -c "import sys; from bewustwerven.store.keys import keyring_available as k; sys.exit(0 if k() else 1)"; then
  if [ -z "${BEWUSTWERVEN_PASSPHRASE:-}" ]; then
    echo "Er is geen sleutelbos (keyring) op deze computer. Kies een wachtwoordzin voor de"
    echo "sleutel van de demodatabase (minstens 8 tekens); hij wordt nergens opgeslagen."
    echo "No keyring on this computer: choose a passphrase for the demo database key."
    read -r -s -p "Wachtwoordzin / passphrase: " BEWUSTWERVEN_PASSPHRASE; echo
    export BEWUSTWERVEN_PASSPHRASE
  fi
fi
if [ ! -f "$DB" ]; then
  .venv/bin/bewustwerven --db "$DB" demo
fi
exec .venv/bin/bewustwerven --db "$DB" "$@"
