#!/usr/bin/env bash
# System packages the app and its tests need on Debian/Ubuntu: Qt's xcb libraries (the offscreen
# and desktop platforms), fonts for Japanese (IPA) and Korean (Nanum) that reportlab can embed,
# poppler-utils (pdftotext/pdffonts for the PDF tests), Xvfb for screenshots, binutils (PyInstaller's
# `make package` reads libraries with objdump), desktop-file-utils, appstream and shared-mime-info
# (tests/test_packaging.py validates the desktop entry, metainfo and MIME type with them), strace
# (make package-check sees which translation files the frozen program opens), and the PostgreSQL
# server the tests run against (tests/postgres_server.py).
# Runs only as root on a Debian-like system and only installs what is missing.
set -eu
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system: not root on Debian; skipping system packages (see README)." >&2
  exit 0
fi
pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
libdbus-1-3 libfontconfig1 libglib2.0-0 fonts-ipafont-gothic fonts-ipafont-mincho fonts-nanum
fonts-dejavu-core poppler-utils xvfb xauth binutils desktop-file-utils appstream shared-mime-info strace"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# The PostgreSQL server the tests start for themselves (initdb, pg_ctl): Debian's `postgresql`,
# unless a server is there already (in PATH or Debian's /usr/lib/postgresql/<version>/bin).
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing="$missing postgresql"
fi
if [ -n "$missing" ]; then
  echo "install-system: installing$missing" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
