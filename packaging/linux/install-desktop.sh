#!/usr/bin/env bash
# Desktop integration for Linux: the menu entry, the AppStream metainfo (software centres), the icons
# in every hicolor size and the mission-file MIME type; optionally the frozen program itself.
#
#   packaging/linux/install-desktop.sh                        per user, into ~/.local/share
#   packaging/linux/install-desktop.sh --app dist/missionplanner
#                                                             ... and the frozen build into
#                                                             ~/.local/lib/missionplanner, linked
#                                                             from ~/.local/bin/missionplanner
#   sudo packaging/linux/install-desktop.sh --system [--app DIR]
#                                                             for everyone: /usr/share, /opt, /usr/bin
#   packaging/linux/install-desktop.sh --prefix DIR           into DIR/share, DIR/lib, DIR/bin
#                                                             (a staging folder for packagers)
#   packaging/linux/install-desktop.sh --uninstall [--system | --prefix DIR]
#
# Without --app the menu entry runs `missionplanner` from PATH (e.g. a pip install).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=user app="" uninstall=0 prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --user) mode=user ;;
    --prefix) prefix=${2:?--prefix needs a folder}; mode=prefix; shift ;;
    --app) app=${2:?--app needs the frozen build folder (dist/missionplanner)}; shift ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$mode" in
  user)
    share=${XDG_DATA_HOME:-$HOME/.local/share}
    libdir=$HOME/.local/lib/missionplanner
    bindir=$HOME/.local/bin ;;
  system)
    if [ "$(id -u)" != 0 ]; then echo "install-desktop: --system needs root" >&2; exit 2; fi
    share=/usr/share
    libdir=/opt/missionplanner
    bindir=/usr/bin ;;
  prefix)
    mkdir -p "$prefix"
    prefix=$(cd "$prefix" && pwd)
    share=$prefix/share
    libdir=$prefix/lib/missionplanner
    bindir=$prefix/bin ;;
esac

desktop_id=missionplanner.desktop
metainfo=io.github.missionplanner.MissionPlanner.metainfo.xml
sizes="16 24 32 48 64 128 256"

refresh() {
  # Caches are rebuilt only where the tools exist; a missing tool only delays the menu update.
  if [ "$mode" = prefix ]; then return 0; fi
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
  return 0
}

if [ "$uninstall" = 1 ]; then
  rm -f "$share/applications/$desktop_id" "$share/metainfo/$metainfo" \
        "$share/mime/packages/missionplanner.xml" \
        "$share/icons/hicolor/scalable/apps/missionplanner.svg"
  for s in $sizes; do rm -f "$share/icons/hicolor/${s}x${s}/apps/missionplanner.png"; done
  if [ -L "$bindir/missionplanner" ] && [ "$(readlink "$bindir/missionplanner")" = "$libdir/missionplanner" ]; then
    rm -f "$bindir/missionplanner"
  fi
  if [ -x "$libdir/missionplanner" ]; then rm -rf "$libdir"; fi
  refresh
  echo "install-desktop: removed Mission Planner from $share"
  exit 0
fi

if [ -n "$app" ]; then
  if [ ! -x "$app/missionplanner" ]; then
    echo "install-desktop: $app/missionplanner is not a built program (run: make package)" >&2
    exit 2
  fi
  app=$(cd "$app" && pwd)
  rm -rf "$libdir.new"
  mkdir -p "$(dirname "$libdir")" "$bindir"
  cp -a "$app" "$libdir.new"
  rm -rf "$libdir"
  mv "$libdir.new" "$libdir"
  ln -sfn "$libdir/missionplanner" "$bindir/missionplanner"
  echo "install-desktop: program in $libdir, command $bindir/missionplanner"
fi

install -D -m 644 "$here/missionplanner.desktop" "$share/applications/$desktop_id"
install -D -m 644 "$here/$metainfo" "$share/metainfo/$metainfo"
install -D -m 644 "$here/missionplanner-mime.xml" "$share/mime/packages/missionplanner.xml"
icons=$root/resources/icons/hicolor
install -D -m 644 "$icons/scalable/apps/missionplanner.svg" "$share/icons/hicolor/scalable/apps/missionplanner.svg"
for s in $sizes; do
  install -D -m 644 "$icons/${s}x${s}/apps/missionplanner.png" "$share/icons/hicolor/${s}x${s}/apps/missionplanner.png"
done
refresh
echo "install-desktop: menu entry, metainfo, icons and MIME type installed under $share"
case ":$PATH:" in
  *":$bindir:"*) ;;
  *) if [ -n "$app" ]; then echo "install-desktop: note: $bindir is not on PATH; the menu entry needs it there" >&2; fi ;;
esac
