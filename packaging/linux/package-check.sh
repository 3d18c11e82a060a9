#!/usr/bin/env bash
# Proves that the frozen build (make package) works on its own: `make package-check`.
#
#   packaging/linux/package-check.sh [dist/missionplanner] [python-of-the-build-venv]
#
# Runs the built program offscreen on a fresh database: creates and migrates it (Alembic inside the
# bundle), loads the demo, lists missions as JSON, writes the Japanese and Korean briefing packs and
# checks their fonts are embedded (with the system's fonts hidden when this machine allows it, so
# the bundled ones must be used), opens the desktop window for a few seconds (offscreen, and on a
# real X server under xvfb-run when it is installed), and checks that unused Qt modules are absent.
set -eu

app=${1:-dist/missionplanner}
python=${2:-.venv/bin/python}
exe=$app/missionplanner
if [ ! -x "$exe" ]; then
  echo "package-check: $exe not found; run make package first" >&2
  exit 1
fi
exe=$(cd "$app" && pwd)/missionplanner
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/check.sqlite
export QT_QPA_PLATFORM=offscreen
export MISSIONPLANNER_HOME=$work/home  # nothing touches the user's own data folder
export XDG_CONFIG_HOME=$work/config    # nor the user's settings (language, window layout)
export XDG_CACHE_HOME=$work/cache
unset MISSIONPLANNER_DB MISSIONPLANNER_FONTS_DIR
failures=0
ok() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*" >&2; failures=$((failures + 1)); }

echo "package-check: $exe ($(du -sh "$app" | cut -f1))"

# 1. Version from the package metadata bundled in the program.
want=$("$python" -c 'from importlib.metadata import version; print(version("missionplanner"))')
got=$("$exe" --version 2>&1 || true)
if [ "$got" = "missionplanner $want" ]; then ok "version $want"; else fail "version: '$got', expected $want"; fi

# 2. A fresh database is created and migrated by the bundled Alembic scripts; the demo loads.
if "$exe" --db "$db" demo >"$work/demo.txt" 2>&1 && grep -q "loaded official-mission-japan-2017" "$work/demo.txt"; then
  ok "demo loaded into a new database"
else
  fail "demo: $(cat "$work/demo.txt")"
fi
head=$("$python" -c 'from missionplanner.store.migrate import alembic_head; print(alembic_head())')
rev=$("$python" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select version_num from alembic_version").fetchone()[0])' "$db" 2>&1 || true)
if [ "$rev" = "$head" ]; then ok "schema migrated to $head inside the bundle"; else fail "schema revision '$rev', expected $head"; fi

# 3. missions --json: UTF-8 JSON on stdout, the three demo missions.
if "$exe" --db "$db" missions --json >"$work/missions.json" 2>"$work/missions.err" && "$python" - "$work/missions.json" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
slugs = {m["slug"] for m in rows}
assert {"official-mission-japan-2017", "economic-mission-korea-2017"} <= slugs, slugs
assert all({"id", "slug", "title", "start", "end", "status"} <= m.keys() for m in rows)
EOF
then ok "missions --json lists the demo missions"; else fail "missions --json: $(cat "$work/missions.err")"; fi

# 4. Briefing packs, with fonts embedded. When we may, hide the system's font folders so that only
#    the fonts inside the bundle can be used.
hide_fonts=""
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 \
    && unshare -m sh -c 'mount -t tmpfs none /usr/share/fonts' 2>/dev/null; then
  hide_fonts=1
fi
brief() {  # brief MISSION OUT.pdf
  if [ -n "$hide_fonts" ]; then
    unshare -m sh -c 'mount -t tmpfs none /usr/share/fonts && [ ! -d /usr/local/share/fonts ] \
      || mount -t tmpfs none /usr/local/share/fonts; HOME="$0" exec "$1" --db "$2" brief "$3" -o "$4"' \
      "$work/home" "$exe" "$db" "$1" "$2"
  else
    "$exe" --db "$db" brief "$1" -o "$2"
  fi
}
if [ -n "$hide_fonts" ]; then where="system fonts hidden"; else where="system fonts visible"; fi
check_pdf() {  # check_pdf FILE FONT TEXT
  local fonts
  fonts=$(pdffonts "$1" 2>/dev/null) || { fail "$1 is not a readable PDF"; return; }
  if ! echo "$fonts" | grep -E "\+$2 " | grep -qE " yes +yes +yes "; then
    fail "$(basename "$1"): $2 not embedded: $fonts"
  elif ! pdftotext "$1" - | grep -q "$3"; then
    fail "$(basename "$1"): '$3' not in the text"
  elif echo "$fonts" | awk 'NR > 2 && $(NF-4) != "yes"' | grep -q .; then
    fail "$(basename "$1"): a font is not embedded: $fonts"
  else
    ok "$(basename "$1"): $2 embedded, '$3' in the text ($where)"
  fi
}
if command -v pdffonts >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  if brief official-mission-japan-2017 "$work/japan.pdf" >"$work/brief.txt" 2>&1; then
    check_pdf "$work/japan.pdf" DejaVuSans "Aichi"
    check_pdf "$work/japan.pdf" IPAGothic "愛知"
  else
    fail "brief official-mission-japan-2017: $(cat "$work/brief.txt")"
  fi
  if brief economic-mission-korea-2017 "$work/korea.pdf" >"$work/brief.txt" 2>&1; then
    check_pdf "$work/korea.pdf" NanumGothic "서울"
  else
    fail "brief economic-mission-korea-2017: $(cat "$work/brief.txt")"
  fi
else
  fail "pdffonts/pdftotext missing (apt-get install poppler-utils)"
fi

# 5. Bundled fonts come with their licence texts.
fonts_dir=$app/_internal/missionplanner/resources/fonts
if "$python" - "$fonts_dir" <<'EOF'
import json, sys
from pathlib import Path
folder = Path(sys.argv[1])
fonts = json.loads((folder / "fonts.json").read_text(encoding="utf-8"))
assert fonts, "no fonts listed"
for f in fonts:
    assert (folder / f["file"]).is_file(), f["file"]
    assert (folder / f["license_file"]).stat().st_size > 500, f["license_file"]

EOF
then ok "bundled fonts listed in fonts.json with their licence files"; else fail "bundled fonts or licences missing in $fonts_dir"; fi

# 6. The desktop window opens and keeps running (exit 124 = still running when timeout stopped it).
set +e
timeout 8 "$exe" --db "$db" >"$work/gui.txt" 2>&1
status=$?
set -e
if [ "$status" = 124 ]; then ok "window ran 8 s offscreen"; else fail "GUI offscreen exited with $status: $(tail -5 "$work/gui.txt")"; fi
if command -v xvfb-run >/dev/null 2>&1; then
  set +e
  QT_QPA_PLATFORM=xcb xvfb-run -a timeout 8 "$exe" --db "$db" >"$work/gui-x.txt" 2>&1
  status=$?
  set -e
  if [ "$status" = 124 ]; then ok "window ran 8 s on an X server (xcb plugin)"; else fail "GUI under Xvfb exited with $status: $(tail -5 "$work/gui-x.txt")"; fi
fi

# 6b. In French, the window loads the app's and Qt's own French translations from the bundle
#     (seen by tracing which files it opens; needs strace).
if command -v strace >/dev/null 2>&1; then
  set +e
  LANG=fr_BE.UTF-8 LC_ALL=fr_BE.UTF-8 timeout 8 strace -f -qq -e trace=openat -o "$work/trace.txt" \
    "$exe" --db "$db" >/dev/null 2>&1
  set -e
  internal=$(cd "$app" && pwd)/_internal
  if grep -v ENOENT "$work/trace.txt" | grep -q "$internal/missionplanner/resources/translations/missionplanner_fr.qm" \
      && grep -v ENOENT "$work/trace.txt" | grep -q "$internal/PySide6/.*qtbase_fr.qm"; then
    ok "French: missionplanner_fr.qm and Qt's qtbase_fr.qm loaded from the bundle"
  else
    fail "French translations not loaded from the bundle: $(grep '\.qm' "$work/trace.txt" | head -5)"
  fi
fi

# 7. Qt modules the app does not use are not in the bundle.
unwanted=$(find "$app" \( -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6WebEngine*' \
  -o -name 'libQt63D*' -o -name 'libQt6Multimedia*' -o -name 'libQt6Pdf*' -o -name 'QtWebEngine*' \
  -o -name 'QtQuick*' -o -name 'QtQml*' -o -name 'libqeglfs*' -o -name 'libqvnc*' \) -print)
if [ -z "$unwanted" ]; then ok "no QtWebEngine, QtQuick, Qml, 3D, Multimedia, Pdf in the bundle"; else fail "unwanted Qt parts: $unwanted"; fi

if [ "$failures" -gt 0 ]; then
  echo "package-check: $failures check(s) failed" >&2
  exit 1
fi
echo "package-check: all checks passed; size $(du -sh "$app" | cut -f1)"
