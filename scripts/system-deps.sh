#!/bin/sh
# Debian/Ubuntu libraries that Qt's wheels need (fonts included: without them every glyph
# is a box) and Xvfb for the real-window test. Idempotent; quiet when all is there.
set -e
PKGS="libglib2.0-0 libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3 \
xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxkbcommon-x11-0"
missing=""
# Debian splits venv out of python3; without it `python3 -m venv` fails.
python3 -c "import ensurepip" 2>/dev/null || missing=" python3-venv"
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
