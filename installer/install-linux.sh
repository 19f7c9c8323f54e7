#!/usr/bin/env bash
# Install the built one-folder app (dist/villageadmin, from `make dist`) system-wide on Linux:
# /opt/villageadmin, a menu entry 村务通 and its icon. Run as root. Data stays in each user's
# ~/.local/share/VillageAdmin and is never touched by installing or removing.
#   sudo installer/install-linux.sh            # install
#   sudo installer/install-linux.sh --remove   # remove the program (data is kept)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
prefix=/opt/villageadmin
if [ "${1:-}" = "--remove" ]; then
  rm -rf "$prefix" /usr/share/applications/villageadmin.desktop /usr/share/icons/hicolor/256x256/apps/villageadmin.png
  command -v update-desktop-database >/dev/null && update-desktop-database -q || true
  echo "removed the program; data folders were left as they are"
  exit 0
fi
[ -x "$root/dist/villageadmin/villageadmin" ] || { echo "build it first: make dist" >&2; exit 1; }
rm -rf "$prefix"
cp -a "$root/dist/villageadmin" "$prefix"
install -Dm644 "$here/villageadmin.desktop" /usr/share/applications/villageadmin.desktop
install -Dm644 "$root/resources/icons/villageadmin.png" /usr/share/icons/hicolor/256x256/apps/villageadmin.png
command -v update-desktop-database >/dev/null && update-desktop-database -q || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
echo "installed in $prefix; start it from the menu (村务通) or $prefix/villageadmin"
