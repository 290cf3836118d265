#!/bin/sh
# Install (or with --uninstall remove) the desktop entry, icon, MIME types and AppStream metainfo for
# the current user, in the XDG data folder (~/.local/share unless XDG_DATA_HOME says otherwise).
#
#   sh packaging/install-desktop.sh [PROGRAM]      PROGRAM: what the menu entry runs; default: the
#                                                  `annotator` on PATH (pipx, pip --user)
#   sh packaging/install-desktop.sh --uninstall
#
# `make install-desktop` passes the checkout's .venv/bin/annotator; in the bundle (dist/annotator/desktop/)
# the default is the bundle's own binary.
set -eu
ID=org.articleannotator.ArticleAnnotator
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../resources/icons"
data=${XDG_DATA_HOME:-$HOME/.local/share}
[ -d "$icons" ] || icons="$here/icons"  # inside the bundle, the icons sit beside this script

refresh() {
    # Each cache is optional: desktops rescan these folders anyway, only later.
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$ID.desktop" "$data/metainfo/$ID.metainfo.xml" "$data/mime/packages/$ID.xml" \
          "$data/icons/hicolor/scalable/apps/$ID.svg" "$data"/icons/hicolor/*x*/apps/"$ID".png
    refresh
    echo "removed the desktop entry of Article Annotator from $data"
    exit 0
fi

default=$(command -v annotator || true)
[ -f "$here/../annotator" ] && [ -x "$here/../annotator" ] && default="$here/../annotator"  # inside the bundle
program=${1:-$default}
if [ -z "$program" ] || [ ! -x "$program" ]; then
    echo "install-desktop: no annotator program${1:+ at $1}; install it first (pipx install .) or pass its path" >&2
    exit 2
fi
program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")"

mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
# The entry runs this very program, quoted as the Desktop Entry spec asks (paths may hold spaces).
sed "s|^Exec=annotator |Exec=\"$program\" |; s|^TryExec=annotator\$|TryExec=$program|" \
    "$here/$ID.desktop" > "$data/applications/$ID.desktop"
cp "$here/$ID.metainfo.xml" "$data/metainfo/$ID.metainfo.xml"
cp "$here/$ID.mime.xml" "$data/mime/packages/$ID.xml"
cp "$icons/$ID.svg" "$data/icons/hicolor/scalable/apps/$ID.svg"
for folder in "$icons"/*x*; do
    size=$(basename "$folder")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$folder/$ID.png" "$data/icons/hicolor/$size/apps/$ID.png"
done
refresh
echo "installed the desktop entry of Article Annotator in $data (it runs $program)"
