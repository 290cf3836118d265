#!/bin/sh
# Build the standalone one-folder app with PyInstaller, then check it (packaging/check-bundle.sh).
#
#   sh packaging/build.sh [PYTHON]     PYTHON: an environment with the app and PyInstaller
#                                      (pip install -e '.[bundle]'); `make bundle` passes .venv's
#   DIST=… WORK=…                      where the app and PyInstaller's work files go
#                                      (default dist/ and build/pyinstaller/)
#
# The result, dist/annotator/, runs on machines like this one (same or newer glibc) without Python:
# dist/annotator/annotator is the `annotator` command, and dist/annotator/desktop/install-desktop.sh
# adds it to the desktop's menu.
set -eu
PY=${1:-python3}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
DIST=${DIST:-$repo/dist}
WORK=${WORK:-$repo/build/pyinstaller}
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is not installed in $PY: $PY -m pip install -e '.[bundle]'" >&2
    exit 2
fi
"$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath "$DIST" --workpath "$WORK" "$here/annotator.spec"
app="$DIST/annotator"
# The desktop entry, metainfo, MIME types and icons, with the script that installs them for a user.
mkdir -p "$app/desktop/icons"
cp "$here"/org.articleannotator.ArticleAnnotator.* "$here/install-desktop.sh" "$app/desktop/"
cp -R "$repo/resources/icons/." "$app/desktop/icons/"
sh "$here/check-bundle.sh" "$app/annotator"
echo "built $app ($(du -sh "$app" | cut -f1))"
