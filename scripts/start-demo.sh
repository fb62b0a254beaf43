#!/usr/bin/env bash
# Install BewustWerven, fill an embedded (SQLite) database with the demo organisation the
# first time, and open the desktop app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
# Qt's window plugin needs system libraries: check them first (seconds), not after the install.
bash scripts/qt-system-libs.sh
bash scripts/setup-env.sh
bash scripts/qt-system-libs.sh  # now with ldd on the installed plugin itself
DB=${BEWUSTWERVEN_DB:-$PWD/demo/bewustwerven-demo.db}
mkdir -p "$(dirname "$DB")"
if ! .venv/bin/python -c "import sys; from bewustwerven.store.keys import keyring_available as k; sys.exit(0 if k() else 1)"; then
  if [ -z "${BEWUSTWERVEN_PASSPHRASE:-}" ]; then
    if [ ! -f "$DB" ]; then
      echo "Er is geen sleutelbos (keyring) op deze computer. Kies een wachtwoordzin voor de"
      echo "sleutel van de demodatabase (minstens 8 tekens); hij wordt nergens opgeslagen."
      echo "No keyring on this computer: choose a passphrase (8 characters or more) for the"
      echo "demo database key; it is stored nowhere."
      for _try in 1 2 3; do
        read -r -s -p "Kies een wachtwoordzin / choose a passphrase: " BEWUSTWERVEN_PASSPHRASE; echo
        read -r -s -p "Typ hem nog een keer / type it again: " again; echo
        if [ "${#BEWUSTWERVEN_PASSPHRASE}" -lt 8 ]; then
          echo "Te kort: minstens 8 tekens. / Too short: at least 8 characters."
        elif [ "$BEWUSTWERVEN_PASSPHRASE" != "$again" ]; then
          echo "De twee zijn niet gelijk; probeer het opnieuw. / They differ; try again."
        else
          break
        fi
        BEWUSTWERVEN_PASSPHRASE=""
      done
      [ -n "$BEWUSTWERVEN_PASSPHRASE" ] || { echo "Gestopt. / Stopped." >&2; exit 1; }
    else
      read -r -s -p "Typ de wachtwoordzin van de demodatabase / type the demo database passphrase: " BEWUSTWERVEN_PASSPHRASE; echo
    fi
    export BEWUSTWERVEN_PASSPHRASE
    echo "(Op de opdrachtregel: export BEWUSTWERVEN_PASSPHRASE=... of --passphrase-stdin."
    echo " On the command line: export BEWUSTWERVEN_PASSPHRASE=... or --passphrase-stdin.)"
  fi
fi
if [ ! -f "$DB" ]; then
  .venv/bin/bewustwerven --db "$DB" demo
fi
exec .venv/bin/bewustwerven --db "$DB" "$@"
