#!/usr/bin/env bash
# setup.sh: install what is missing (Debian 12 packages), generate the build with premake, compile.
# Usage: ./setup.sh [--for-tests]    (--for-tests also installs clang, its fuzzing runtime and valgrind)
# play.sh and test.sh run it first; running it again only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential pkg-config premake4 liblua5.4-dev libsdl2-dev libsdl2-ttf-dev libcmocka-dev)
[[ "${1:-}" == "--for-tests" ]] && packages+=(clang libclang-rt-14-dev valgrind)

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
[[ "${1:-}" == "--for-tests" ]] && make -C build config=debug -j"$jobs" --no-print-directory >/dev/null
exit 0
