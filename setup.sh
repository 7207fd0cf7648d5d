#!/usr/bin/env bash
# setup.sh: install what is missing (Debian 12 packages), generate the build with premake, compile.
# Usage: ./setup.sh [--for-tests]    (--for-tests also installs clang, its fuzzing runtime, valgrind,
# and for the phone page's browser test Debian's chromium, Node with npm when node is missing, and
# the test's pinned npm packages with npm ci)
# play.sh and test.sh run it first; running it again only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential pkg-config premake4 liblua5.4-dev libsdl2-dev libsdl2-ttf-dev libcmocka-dev
          libmicrohttpd-dev libqrencode-dev)
if [[ "${1:-}" == "--for-tests" ]]; then
  packages+=(clang libclang-rt-14-dev valgrind chromium)
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
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

premake4 --file=premake5.lua gmake >/dev/null
jobs=$(nproc 2>/dev/null || echo 2)
make -C build config=release -j"$jobs" --no-print-directory >/dev/null
if [[ "${1:-}" == "--for-tests" ]]; then
  make -C build config=debug -j"$jobs" --no-print-directory >/dev/null
  # The browser test's packages, exactly as package-lock.json pins them (no browser is downloaded).
  if [[ ! -d tests/browser/node_modules ]] || [[ tests/browser/package-lock.json -nt tests/browser/node_modules ]]; then
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
exit 0
