#!/usr/bin/env bash
# tests/install/deb_test.sh: build the Debian package from a copy of the tree with Debian's
# hardening flags, check the compiler printed no warning, run lintian (no errors), and play
# the packaged game from its unpacked tree (and, as root on a machine without it, installed).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "deb_test: $*" >&2
  exit 1
}

version=$(sed -n '1s/.*(\(.*\)).*/\1/p' debian/changelog)
tree=$work/heartlines-$version
mkdir -p "$tree"
# The tree as it is, committed or not, without build output.
git ls-files -co --exclude-standard | grep -v '^build' | tar -cf - -T - | tar -xf - -C "$tree"
(cd "$tree" && dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1) ||
  { tail -30 "$work/build.log"; fail "dpkg-buildpackage failed"; }
if grep -E '(warning|error):' "$work/build.log"; then fail "the hardened build printed warnings"; fi
grep -- '-fstack-protector-strong' "$work/build.log" | grep -q -- '-D_FORTIFY_SOURCE=2' ||
  fail "Debian's hardening flags did not reach the compiler"
deb=$(ls "$work"/heartlines_"$version"_*.deb)

lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log"; fail "lintian found errors"; }

dpkg-deb -x "$deb" "$work/root"
play() {
  printf '1\n%.0s' {1..80} | (cd / && "$1" text "$2/scenarios/cancelled_plans.lua" --seed 7)
}
export XDG_DATA_HOME=$work/data HOME=$work/home
play "$work/root/usr/games/heartlines" "$work/root/usr/share/heartlines/scripts" | grep -q "The end" ||
  fail "the unpacked package does not play"

if ((EUID == 0)) && ! dpkg-query -W heartlines >/dev/null 2>&1; then
  apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "the package does not install"; }
  play /usr/games/heartlines /usr/share/heartlines/scripts | grep -q "The end" || fail "the installed package does not play"
  apt-get purge -y -qq heartlines >/dev/null 2>&1 || fail "the package does not remove"
  [[ ! -e /usr/share/heartlines ]] || fail "removing the package left /usr/share/heartlines"
fi
echo "deb_test: $(basename "$deb") built with hardening and no warnings, lintian clean of errors, plays"
