#!/usr/bin/env bash
# Installs Delegation Desk for the current user (no root needed), or removes it.
#
#   ./install.sh              from the unpacked bundle folder (dist/delegation-desk/)
#   ./install.sh --uninstall  removes the program, its menu entry and icons; your trips are kept
#
# Where things go:
#   ~/.local/opt/delegation-desk/            the bundle
#   ~/.local/bin/delegation-desk             a link to the program (command line)
#   ~/.local/share/applications/             delegation-desk.desktop (the menu entry)
#   ~/.local/share/metainfo/                 AppStream metadata (software centres)
#   ~/.local/share/icons/hicolor/*/apps/     delegation-desk.png / .svg
set -euo pipefail

APP=delegation-desk
APP_ID=io.github.delegationdesk.DelegationDesk
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=${DELEGATION_DESK_HOME:-$HOME/.local/opt/$APP}
BIN_DIR=$HOME/.local/bin
SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

is_bundle() { [ -x "$1/$APP" ] && [ -d "$1/_internal" ]; }

installed_icons() {
  [ -d "$DATA_HOME/icons/hicolor" ] || return 0
  find "$DATA_HOME/icons/hicolor" -path "*/apps/$APP.*" \( -name "$APP.png" -o -name "$APP.svg" \)
}

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  if [ -e "$TARGET" ]; then
    if ! is_bundle "$TARGET"; then
      echo "install.sh: $TARGET does not look like a Delegation Desk bundle; not removing it" >&2
      exit 1
    fi
    rm -rf "$TARGET"
  fi
  if [ -L "$BIN_DIR/$APP" ]; then rm -f "$BIN_DIR/$APP"; fi
  rm -f "$DATA_HOME/applications/$APP.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
  installed_icons | while read -r icon; do rm -f "$icon"; done
  refresh_caches
  echo "Delegation Desk removed. Your trips (the database in your data folder) are kept."
}

install() {
  if ! is_bundle "$SOURCE"; then
    echo "install.sh: run the copy inside the built bundle (dist/$APP/install.sh); $SOURCE holds no program" >&2
    exit 1
  fi
  if [ "$SOURCE" != "$TARGET" ]; then
    # Copy beside the old version, then swap: an interrupted copy never leaves a half-installed program.
    mkdir -p "$(dirname "$TARGET")"
    staging="$TARGET.new.$$"
    rm -rf "$staging"
    cp -a "$SOURCE" "$staging"
    if [ -e "$TARGET" ]; then
      is_bundle "$TARGET" || { echo "install.sh: $TARGET exists and is not a Delegation Desk bundle" >&2; rm -rf "$staging"; exit 1; }
      rm -rf "$TARGET"
    fi
    mv "$staging" "$TARGET"
  fi

  mkdir -p "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
  ln -sfn "$TARGET/$APP" "$BIN_DIR/$APP"
  # The menu must find the program even when ~/.local/bin is not on the desktop session's PATH.
  exec_path="$TARGET/$APP"
  case "$exec_path" in *" "*) exec_path="\"$exec_path\"" ;; esac # the Exec key quotes paths with spaces
  sed -e "s|^Exec=$APP|Exec=$exec_path|" -e "s|^TryExec=$APP|TryExec=$TARGET/$APP|" \
    "$TARGET/share/applications/$APP.desktop" >"$DATA_HOME/applications/$APP.desktop"
  cp "$TARGET/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
  (cd "$TARGET/share/icons" && find hicolor -path "*/apps/*" -type f) | while read -r icon; do
    mkdir -p "$DATA_HOME/icons/$(dirname "$icon")"
    cp "$TARGET/share/icons/$icon" "$DATA_HOME/icons/$icon"
  done
  refresh_caches
  echo "Delegation Desk installed in $TARGET"
  echo "Start it from your applications menu, or run: $BIN_DIR/$APP"
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
  *) echo "install.sh: unknown option $1 (use --uninstall or --help)" >&2; exit 2 ;;
esac
