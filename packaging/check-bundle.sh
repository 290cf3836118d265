#!/bin/sh
# Check a built bundle: --version, suggest on its own sample, an offscreen screenshot; stderr clean.
#   sh packaging/check-bundle.sh dist/annotator/annotator
set -eu
bin=$1
app=$(cd "$(dirname "$bin")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-bundle: $*" >&2; exit 1; }
# A clean user: no settings, so the first run opens the sample; nothing from a checkout on the path.
mkdir -m 700 "$tmp/runtime"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
unset PYTHONPATH PYTHONHOME
cd "$tmp"

version=$("$bin" --version 2>"$tmp/err") || fail "--version failed: $(cat "$tmp/err")"
[ ! -s "$tmp/err" ] || fail "--version wrote to stderr: $(cat "$tmp/err")"
echo "$version" | grep -Eq '^annotator [0-9]' || fail "--version printed: $version"

sample=$(find "$app" -path '*annotator/samples/*.txt' | head -n 1)
[ -n "$sample" ] || fail "no sample article inside $app"
"$bin" suggest "$sample" -o out 2>"$tmp/err" || fail "suggest failed: $(cat "$tmp/err")"
[ "$(cat "$tmp/err")" = "1 of 1 article written to out" ] || fail "suggest wrote more than its report (a suggester failed?): $(cat "$tmp/err")"
grep -q '"label": "PERSON"' out/*.json || fail "suggest found no PERSON in the sample"

QT_QPA_PLATFORM=offscreen "$bin" gui --screenshot shot.png 2>"$tmp/err" || fail "screenshot failed: $(cat "$tmp/err")"
[ ! -s "$tmp/err" ] || fail "the screenshot wrote to stderr: $(cat "$tmp/err")"
[ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "shot.png is not a PNG"
[ "$(stat -c %s shot.png)" -gt 20000 ] || fail "shot.png is suspiciously small"
echo "check-bundle: $version: --version, suggest and an offscreen screenshot work"
