#!/usr/bin/env bash
# Build the one-folder application with PyInstaller (build.spec) and smoke-test the built
# binary from OUTSIDE the source checkout: copy dist/ to a temporary folder, make a demo
# database with the bundled program, open the main window (--smoke) and verify the trail.
#
#   packaging/build_and_smoke.sh            # uses .venv/bin/python
#   OUT=/tmp/bw-pack packaging/build_and_smoke.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
OUT=${OUT:-$(mktemp -d /tmp/bw-pack.XXXXXX)}
SMOKE=$(mktemp -d /tmp/bw-smoke.XXXXXX)
t0=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/build.spec"
# PyInstaller gives copied files a new mtime; deduce then thinks its word lists are newer than
# its prebuilt lookup cache and rebuilds it (~90 s, 900 MB) on first use. Date them back.
find "$OUT/dist/bewustwerven/_internal/deduce/data/lookup/src" -exec touch -d 2000-01-01 {} +
t1=$(date +%s)
cp -a "$OUT/dist/bewustwerven" "$SMOKE/app"
# Qt's own Dutch texts (Annuleren/Sluiten on standard buttons) must be in the bundle.
test -s "$SMOKE/app/_internal/PySide6/Qt/translations/qtbase_nl.qm"
cd "$SMOKE"  # nothing of the checkout is reachable from here
run() {
    env -i PATH=/usr/bin:/bin HOME="$SMOKE/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        XDG_DATA_HOME="$SMOKE/home/data" XDG_CONFIG_HOME="$SMOKE/home/config" \
        XDG_STATE_HOME="$SMOKE/home/state" XDG_CACHE_HOME="$SMOKE/home/cache" \
        BEWUSTWERVEN_PASSPHRASE=smoke-passphrase-2024 "$SMOKE/app/bewustwerven" "$@"
}
run --version
run --db "$SMOKE/demo.db" demo >/dev/null
run --db "$SMOKE/demo.db" --smoke
run --db "$SMOKE/demo.db" audit verify
t2=$(date +%s)
echo "build: $((t1 - t0)) s, smoke (demo + --smoke + verify): $((t2 - t1)) s," \
     "bundle: $(du -sh "$OUT/dist/bewustwerven" | cut -f1)"
rm -rf "$SMOKE"
