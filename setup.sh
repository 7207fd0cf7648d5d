#!/usr/bin/env bash
# setup.sh: install what is missing (Debian 12 packages), generate the build with premake, compile.
# Usage: ./setup.sh [--for-tests]
#   --for-tests also installs cmocka, clang and its fuzzing runtime, valgrind, speech-dispatcher
#   (the speech test starts it with its dummy voice), and the packaging
#   tools the install tests use, and for the phone page's browser test Debian's chromium, Node
#   with npm when node is missing, and the test's pinned npm packages (npm ci); it builds the
#   debug configuration and makes warnings errors (a user's build never fails on a warning).
# play.sh and test.sh run it first; running it again only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

for_tests=false
[[ "${1:-}" == "--for-tests" ]] && for_tests=true
packages=(build-essential pkg-config premake4 liblua5.4-dev libsdl2-dev libsdl2-ttf-dev help2man
          libmicrohttpd-dev libqrencode-dev libspeechd-dev)
if $for_tests; then
  packages+=(libcmocka-dev clang libclang-rt-14-dev valgrind speech-dispatcher
    desktop-file-utils appstream dpkg-dev debhelper lintian fakeroot chromium)
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "setup: run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  apt=(apt-get -o DPkg::Lock::Timeout=300)
  $sudo "${apt[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $sudo "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

werror=()
$for_tests && werror=(--werror)
premake4 --file=premake5.lua "${werror[@]}" gmake >/dev/null
# The archives are made again from this build's objects: `ar` would keep the object of a
# source file that was renamed or deleted, and the stale copy breaks the link.
rm -f build/debug/lib*.a build/release/lib*.a
jobs=$(nproc 2>/dev/null || echo 2)
make -C build config=release -j"$jobs" --no-print-directory >/dev/null
if $for_tests; then
  make -C build config=debug -j"$jobs" --no-print-directory >/dev/null
  # The browser test's packages, exactly as package-lock.json pins them (no browser is downloaded).
  if [[ ! -d tests/browser/node_modules ]] || [[ tests/browser/package-lock.json -nt tests/browser/node_modules ]]; then
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
exit 0
