#!/usr/bin/env bash
# Can Qt load its platform plugin (xcb) on this machine? Checks the system libraries the
# plugin needs, before and after the long install, and stops within seconds when one is
# missing.
#
#   bash scripts/qt-system-libs.sh            # check; as root (or with password-less sudo)
#                                             # install what is missing, saying what
#   BEWUSTWERVEN_NO_SYSTEM_INSTALL=1 ...      # never install; print the apt-get line and stop
#   BEWUSTWERVEN_QT_PLUGIN=/path/libqxcb.so   # check this plugin file instead of the venv's
#
# Before PySide6 is installed there is no plugin to look at: then the Debian packages below
# are checked with dpkg-query. Once it is installed, `ldd` on the plugin must find every
# library. Exit 0: Qt can start. Exit 1: something is missing (the message says what to run).
# On a machine without dpkg (not Debian/Ubuntu) or without ldd (macOS) the check says so and
# passes; Windows and macOS wheels of PySide6 carry their own libraries.
set -uo pipefail
cd "$(dirname "$0")/.."

# The Debian/Ubuntu packages of the libraries that PySide6's xcb plugin (and Qt's GUI
# libraries under it) load. README.md lists the same.
QT_PACKAGES=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-util1 libxcb-xkb1 libx11-xcb1)
if [ -n "${BEWUSTWERVEN_QT_PACKAGES:-}" ]; then
  read -r -a QT_PACKAGES <<<"$BEWUSTWERVEN_QT_PACKAGES"
fi

# A library's file name (soname) to the Debian package that has it.
package_of() {
  case "$1" in
    libGL.so.*) echo libgl1 ;;
    libEGL.so.*) echo libegl1 ;;
    libGLX.so.*) echo libglx0 ;;
    libOpenGL.so.*) echo libopengl0 ;;
    libxkbcommon.so.*) echo libxkbcommon0 ;;
    libxkbcommon-x11.so.*) echo libxkbcommon-x11-0 ;;
    libglib-2.0.so.*|libgthread-2.0.so.*|libgobject-2.0.so.*) echo libglib2.0-0 ;;
    libfontconfig.so.*) echo libfontconfig1 ;;
    libfreetype.so.*) echo libfreetype6 ;;
    libdbus-1.so.*) echo libdbus-1-3 ;;
    libX11-xcb.so.*) echo libx11-xcb1 ;;
    libX11.so.*) echo libx11-6 ;;
    libxcb.so.*) echo libxcb1 ;;
    libxcb-util.so.*) echo libxcb-util1 ;;
    libxcb-*.so.*)
      # libxcb-icccm.so.4 -> libxcb-icccm4, libxcb-render-util.so.0 -> libxcb-render-util0
      local stem=${1#lib}; stem=${stem%%.so.*}; local ver=${1##*.so.}; ver=${ver%%.*}
      echo "lib${stem}${ver}" ;;
    *) return 1 ;;
  esac
}

find_plugin() {
  if [ -n "${BEWUSTWERVEN_QT_PLUGIN:-}" ]; then echo "$BEWUSTWERVEN_QT_PLUGIN"; return; fi
  local f
  for f in .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so; do
    [ -f "$f" ] && { echo "$f"; return; }
  done
}

missing=()
unknown=()
plugin=$(find_plugin)
if [ -n "$plugin" ]; then
  if [ ! -f "$plugin" ]; then
    echo "Qt-plug-in niet gevonden / Qt plugin not found: $plugin" >&2; exit 1
  fi
  if ! command -v ldd >/dev/null; then
    echo "(geen ldd op deze computer: controle van Qt's bibliotheken overgeslagen / no ldd: Qt library check skipped)"
    exit 0
  fi
  # Lines like "	libxcb-icccm.so.4 => not found"; plugin's own Qt libraries resolve via RPATH.
  while read -r lib; do
    [ -z "$lib" ] && continue
    if pkg=$(package_of "$lib"); then
      [[ " ${missing[*]:-} " == *" $pkg "* ]] || missing+=("$pkg")
    else
      [[ " ${unknown[*]:-} " == *" $lib "* ]] || unknown+=("$lib")
    fi
  done < <(ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}')
elif command -v dpkg-query >/dev/null; then
  for pkg in "${QT_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    [[ "$status" == ii* ]] || missing+=("$pkg")
  done
else
  echo "(geen dpkg: Qt's systeembibliotheken worden na de installatie met ldd gecontroleerd /"
  echo " no dpkg: Qt's system libraries are checked with ldd after the install)"
  exit 0
fi

if [ ${#missing[@]} -eq 0 ] && [ ${#unknown[@]} -eq 0 ]; then
  exit 0
fi

if [ ${#unknown[@]} -gt 0 ]; then
  echo "Qt kan zijn venster-plug-in niet laden: deze bibliotheken ontbreken:" >&2
  echo "Qt cannot load its window plugin: these libraries are missing:" >&2
  printf '  %s\n' "${unknown[@]}" >&2
  echo "Zoek het pakket met / find the package with: apt-file search ${unknown[0]}" >&2
fi
if [ ${#missing[@]} -gt 0 ]; then
  line="apt-get install -y ${missing[*]}"
  if [ "${BEWUSTWERVEN_NO_SYSTEM_INSTALL:-0}" != 1 ] && command -v apt-get >/dev/null; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo "; else sudo=none; fi
    if [ "$sudo" != none ]; then
      echo "Qt heeft deze systeempakketten nodig; ik installeer ze nu / Qt needs these system packages; installing them now:"
      echo "  ${sudo}${line}"
      if ${sudo}apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/bewustwerven-apt.$$.log 2>&1 \
         || { ${sudo}apt-get update -qq >/dev/null 2>&1 \
              && ${sudo}apt-get install -y --no-install-recommends "${missing[@]}" >>/tmp/bewustwerven-apt.$$.log 2>&1; }; then
        rm -f /tmp/bewustwerven-apt.$$.log
        [ ${#unknown[@]} -gt 0 ] && exit 1
        echo "Geïnstalleerd / installed: ${missing[*]}"
        exit 0
      fi
      echo "Installeren mislukt; zie / install failed; see /tmp/bewustwerven-apt.$$.log" >&2
      exit 1
    fi
  fi
  echo "Qt kan zijn venster-plug-in niet laden: deze systeempakketten ontbreken." >&2
  echo "Qt cannot load its window plugin: these system packages are missing. Run:" >&2
  echo "" >&2
  echo "  sudo $line" >&2
  echo "" >&2
  echo "en start daarna opnieuw / then start again." >&2
fi
exit 1
