#!/usr/bin/env bash
# install.sh: install the built game where a Linux desktop finds it, or remove exactly that.
#   PREFIX=/usr/local DESTDIR= ./install.sh     install (after ./setup.sh has built it)
#   PREFIX=/usr/local DESTDIR= ./install.sh --uninstall
# PREFIX is where the game will live (default /usr/local); BINDIR where the command goes
# (default $PREFIX/bin; it must be a sibling of $PREFIX/share, where the game looks for its
# data); DESTDIR stages the tree elsewhere (packaging). Every file and every folder it had to
# make is listed in $PREFIX/share/heartlines/install-manifest, which --uninstall reads back.
set -euo pipefail
cd "$(dirname "$0")"

PREFIX=${PREFIX:-/usr/local}
BINDIR=${BINDIR:-$PREFIX/bin}
DESTDIR=${DESTDIR:-}
# Where the published copies of docs/screenshots live, for software centres (AppStream wants
# web addresses for screenshots); set it when publishing the project.
SCREENSHOT_URL=${SCREENSHOT_URL:-https://heartlines.example/screenshots}
app_id=org.heartlines.Heartlines
share=$PREFIX/share/heartlines
manifest=$share/install-manifest

die() {
  echo "install.sh: $*" >&2
  exit 1
}

uninstall() {
  local list=$DESTDIR$manifest files dirs
  [[ -f $list ]] || die "nothing to uninstall: $list is missing"
  files=$(grep '^file ' "$list" | cut -c6-)
  dirs=$(grep '^dir ' "$list" | cut -c5- | sort -r)
  # Files first, then the folders install.sh made, deepest first, each only if now empty.
  while IFS= read -r path; do rm -f -- "$DESTDIR$path"; done <<<"$files"
  rm -f -- "$list"
  [[ -n $dirs ]] && while IFS= read -r path; do rmdir -- "$DESTDIR$path" 2>/dev/null || true; done <<<"$dirs"
  echo "install.sh: removed Heartlines from $DESTDIR$PREFIX"
}

declare -a made_dirs=() installed=()

# Make a folder (and its parents), remembering each one that did not exist before.
make_dir() {
  local dir=$1
  [[ -d $DESTDIR$dir ]] && return
  [[ $dir == / ]] || make_dir "$(dirname "$dir")"
  mkdir -m 755 -p -- "$DESTDIR$dir"
  made_dirs+=("$dir")
}

# put MODE SOURCE DEST: copy one file into place (DEST is under PREFIX, without DESTDIR).
put() {
  make_dir "$(dirname "$3")"
  install -m "$1" -- "$2" "$DESTDIR$3"
  installed+=("$3")
}

man_page() {
  command -v help2man >/dev/null ||
    die "help2man is needed to make the man page (Debian, Ubuntu: apt-get install help2man)"
  local page
  page=$(mktemp)
  help2man --no-info --section=6 --name="a game of conversations that matter" \
    --no-discard-stderr build/release/heartlines | gzip -9n >"$page"
  put 644 "$page" "$PREFIX/share/man/man6/heartlines.6.gz"
  rm -f -- "$page"
}

metainfo() {
  local file
  file=$(mktemp)
  sed "s|@SCREENSHOT_URL@|$SCREENSHOT_URL|g" "data/$app_id.metainfo.xml" >"$file"
  put 644 "$file" "$PREFIX/share/metainfo/$app_id.metainfo.xml"
  rm -f -- "$file"
}

install_all() {
  [[ -x build/release/heartlines ]] || die "build/release/heartlines is missing: run ./setup.sh first"
  put 755 build/release/heartlines "$BINDIR/heartlines"
  local file
  for file in scripts/lib/*.lua scripts/scenarios/*.lua scripts/scenarios/*.po scripts/lang/*.po \
    scripts/support.txt fonts/*.ttf fonts/*.otf fonts/*.txt; do
    [[ -f $file ]] && put 644 "$file" "$share/$file"
  done
  put 644 LICENSE "$PREFIX/share/doc/heartlines/LICENSE"
  put 644 "data/$app_id.desktop" "$PREFIX/share/applications/$app_id.desktop"
  metainfo
  put 644 data/icons/heartlines.svg "$PREFIX/share/icons/hicolor/scalable/apps/$app_id.svg"
  local png size
  for png in data/icons/heartlines-*.png; do
    size=${png##*-}
    size=${size%.png}
    put 644 "$png" "$PREFIX/share/icons/hicolor/${size}x$size/apps/$app_id.png"
  done
  man_page
  {
    printf 'file %s\n' "${installed[@]}"
    ((${#made_dirs[@]} == 0)) || printf 'dir %s\n' "${made_dirs[@]}"
  } >"$DESTDIR$manifest"
  echo "install.sh: installed ${#installed[@]} files under $DESTDIR$PREFIX"
}

case "${1:-}" in
  "") install_all ;;
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,9s/^# \{0,1\}//p' "$0" ;;
  *) die "unknown option '$1' (try --help)" ;;
esac
