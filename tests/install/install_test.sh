#!/usr/bin/env bash
# tests/install/install_test.sh: stage ./install.sh under a temporary DESTDIR, validate what it
# put there, play the staged game from another folder, and check --uninstall leaves nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/stage
fail() {
  echo "install_test: $*" >&2
  exit 1
}

PREFIX=/opt/heartlines DESTDIR=$stage ./install.sh >/dev/null
root=$stage/opt/heartlines
for file in bin/heartlines share/heartlines/scripts/lib/scenario_api.lua \
  share/heartlines/scripts/scenarios/cancelled_plans.lua share/heartlines/fonts/NotoSans-Regular.ttf \
  share/heartlines/fonts/NotoSans-LICENSE.txt share/heartlines/fonts/OpenDyslexic-LICENSE.txt \
  share/doc/heartlines/LICENSE share/man/man6/heartlines.6.gz \
  share/icons/hicolor/scalable/apps/org.heartlines.Heartlines.svg \
  share/icons/hicolor/48x48/apps/org.heartlines.Heartlines.png \
  share/icons/hicolor/256x256/apps/org.heartlines.Heartlines.png; do
  [[ -f $root/$file ]] || fail "missing $file"
done
desktop-file-validate "$root/share/applications/org.heartlines.Heartlines.desktop"
appstreamcli validate --no-net "$root/share/metainfo/org.heartlines.Heartlines.metainfo.xml" >/dev/null

# The man page is made from --help: every line of the usage must reach it.
man=$(zcat "$root/share/man/man6/heartlines.6.gz" | MANWIDTH=200 man -l - 2>/dev/null)
for line in "heartlines check" "--exit-after-frames N" "Exit status: 0 success"; do
  grep -qF -- "$line" <<<"$man" || fail "the man page lacks '$line' from --help"
done

# The staged game finds its data beside itself, from any folder.
export XDG_DATA_HOME=$work/data HOME=$work/home
(cd / && "$root/bin/heartlines" check >/dev/null) || fail "check of the bundled scenarios failed"
played=$(cd / && printf '1\n%.0s' {1..80} | "$root/bin/heartlines" text \
  "$root/share/heartlines/scripts/scenarios/cancelled_plans.lua" --seed 7)
grep -q "The end" <<<"$played" || fail "the staged game did not play to an ending"

# A moved install still plays.
mv "$stage/opt/heartlines" "$stage/moved"
(cd / && "$stage/moved/bin/heartlines" check >/dev/null) || fail "a moved install lost its data"
mv "$stage/moved" "$stage/opt/heartlines"

PREFIX=/opt/heartlines DESTDIR=$stage ./install.sh --uninstall >/dev/null
left=$(find "$stage" -mindepth 0 2>/dev/null || true)
[[ -z $left ]] || fail "uninstall left: $left"

# A folder that held something before installing keeps it.
mkdir -p "$stage/usr/share/icons"
PREFIX=/usr DESTDIR=$stage ./install.sh >/dev/null
PREFIX=/usr DESTDIR=$stage ./install.sh --uninstall >/dev/null
[[ -d $stage/usr/share/icons ]] || fail "uninstall removed a folder it did not make"
[[ $(find "$stage" -type f | wc -l) == 0 ]] || fail "uninstall left files"
echo "install_test: staged, validated, played from / and when moved, uninstalled cleanly"
