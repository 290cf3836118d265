#!/bin/sh
# Debian/Ubuntu libraries that Qt's wheels need (fonts included: without them every glyph
# is a box) and Xvfb for the real-window test. Idempotent; quiet when all is there.
set -e
PKGS="libglib2.0-0 libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3 \
xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxkbcommon-x11-0"
# The desktop-integration tests check packaging/ with the freedesktop tools themselves.
PKGS="$PKGS appstream desktop-file-utils shared-mime-info"
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
# Another apt (unattended-upgrades, a second `make`) may hold the lock: wait for it, at most
# APT_LOCK_WAIT seconds (default 300), instead of failing at once. apt-get waits for the dpkg lock
# itself with DPkg::Lock::Timeout; `apt-get update`'s lists lock is retried here.
WAIT=${APT_LOCK_WAIT:-300}
apt_get() {
    deadline=$(( $(date +%s) + WAIT ))
    while :; do
        if out=$($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$WAIT" "$@" 2>&1); then return 0; fi
        case "$out" in
            *"Could not get lock"*|*"Unable to lock"*|*"is held by process"*)
                [ "$(date +%s)" -lt "$deadline" ] || { echo "$out" >&2; echo "apt is still busy after ${WAIT}s" >&2; return 1; }
                echo "waiting for another apt to finish..." >&2
                sleep 5 ;;
            *) echo "$out" >&2; return 1 ;;
        esac
    done
}
apt_get update -qq
apt_get install -y -qq --no-install-recommends $missing >/dev/null
