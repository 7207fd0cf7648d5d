#!/usr/bin/env bash
# setup.sh: install what is missing (Debian 12 packages), generate the build with premake, compile.
# Usage: ./setup.sh [--for-tests]
#   --for-tests also installs cmocka, clang and its fuzzing runtime, valgrind and the packaging
#   tools the install tests use, builds the debug configuration, and makes warnings errors
#   (a user's build never fails on a warning).
# play.sh and test.sh run it first; running it again only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

for_tests=false
[[ "${1:-}" == "--for-tests" ]] && for_tests=true
packages=(build-essential pkg-config premake4 liblua5.4-dev libsdl2-dev libsdl2-ttf-dev help2man)
$for_tests && packages+=(libcmocka-dev clang libclang-rt-14-dev valgrind
  desktop-file-utils appstream dpkg-dev debhelper lintian fakeroot)

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
jobs=$(nproc 2>/dev/null || echo 2)
make -C build config=release -j"$jobs" --no-print-directory >/dev/null
$for_tests && make -C build config=debug -j"$jobs" --no-print-directory >/dev/null
exit 0
