#!/usr/bin/env bash
# tests/fuzz/build.sh: builds the libFuzzer targets (tests/fuzz/fuzz_*.c) with clang under ASan and
# UBSan into build/fuzz/. The engine files come from engine/core and engine/lua, whatever is there:
# neither needs SDL. An object is rebuilt when its source, or any header it could include, is newer.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=build/fuzz
mkdir -p "$out/obj"

cc=${FUZZ_CC:-clang}
flags=(-std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -D_XOPEN_SOURCE=700
       -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
       "-DFUZZ_ROOT=\"$root\"")
read -r -a lua_cflags <<<"$(pkg-config --cflags lua5.4)"
read -r -a lua_libs <<<"$(pkg-config --libs lua5.4)"

newest_header=$(stat -c %Y engine/core/*.h engine/lua/*.h tests/fuzz/*.h | sort -n | tail -1)

# compile SOURCE OBJECT: coverage instrumentation (fuzzer-no-link) without libFuzzer's main.
compile() {
  if [[ -f $2 && $(stat -c %Y "$2") -ge $(stat -c %Y "$1") && $(stat -c %Y "$2") -ge $newest_header ]]; then
    return 0
  fi
  "$cc" "${flags[@]}" -fsanitize=fuzzer-no-link "${lua_cflags[@]}" -c "$1" -o "$2"
}

objects=()
for source in engine/core/*.c engine/lua/*.c tests/fuzz/support.c; do
  object=$out/obj/$(echo "${source%.c}" | tr / _).o
  compile "$source" "$object"
  objects+=("$object")
done

for source in tests/fuzz/fuzz_*.c; do
  name=$(basename "${source%.c}")
  compile "$source" "$out/obj/$name.o"
  "$cc" "${flags[@]}" -fsanitize=fuzzer "$out/obj/$name.o" "${objects[@]}" "${lua_libs[@]}" -lm -o "$out/$name"
done
