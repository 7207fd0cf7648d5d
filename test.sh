#!/usr/bin/env bash
# test.sh: set everything up (./setup.sh --for-tests), then run every test:
# unit, loader, sandbox (hostile corpus), checker and transcript tests under ASan + UBSan; the
# shipped scenarios and the docs' examples under check --strict; a clang -Werror build; valgrind;
# install.sh and the Debian package.
set -uo pipefail
cd "$(dirname "$0")"
./setup.sh --for-tests || exit 1
# Games played here keep their progress in a folder of their own, not the tester's.
XDG_DATA_HOME=$(mktemp -d) && export XDG_DATA_HOME

passed=0
failed=0
step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
  fi
}

clang_build() {
  rm -rf build-clang && mkdir build-clang && cp build/Makefile build/*.make build-clang/ &&
    make -C build-clang config=release CC=clang -j"$(nproc)" --no-print-directory >/dev/null
}

# Leaks are definite, indirect or possible losses. Memory a system library (glib, loaded with
# SDL) keeps reachable from its own initialisers until exit is not one.
valgrind_clean() {
  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=1 "$@" >/dev/null
}

# Input from printf, not yes: under pipefail, yes would end on SIGPIPE and fail the step.
valgrind_play() {
  printf '1\n%.0s' {1..100} | valgrind_clean ./build/release/heartlines text scripts/scenarios/cancelled_plans.lua --seed 7
}

rm -rf build/test_prefs_*
step "unit tests (ASan + UBSan)" ./build/debug/heartlines_tests
# The docs' examples are one scenario at five stages: read together, each would teach the word
# readers (W310) the next, and they repeat each other's sentences (W311) on purpose. So each is
# checked alone; the shipped pack is checked as one, where both warnings apply.
strict_each() {
  local file ok=0
  for file in "$1"/*.lua; do
    ./build/debug/heartlines check --strict "$file" || ok=1
  done
  return $ok
}
step "shipped scenarios: check --strict, as one pack" ./build/debug/heartlines check --strict scripts/scenarios
step "shipped scenarios: their own tests" ./build/debug/heartlines test tests/scenarios
step "command line: options before the command, --option=value, output to a full disk" tests/command_line.sh
step "docs examples: check --strict" strict_each docs/examples
step "clang build with -Werror" clang_build
step "fuzzing (30 s per target)" tests/fuzz/run.sh 30
step "valgrind: playing in the terminal leaks nothing" valgrind_play
# Valgrind runs the walk ~50 times slower than its 1 s default budget allows for.
step "valgrind: checking the scenarios leaks nothing" valgrind_clean ./build/release/heartlines check \
  --walk-seconds 3600 scripts/scenarios
step "phone page in headless chromium: a workshop voted from a phone" node tests/browser/phone_test.mjs
step "install.sh: stage, validate, play from anywhere, uninstall" tests/install/install_test.sh
step "Debian package: hardened build without warnings, lintian, plays" tests/install/deb_test.sh
step "benchmarks run (quick)" ./bench/run.sh --quick

echo "test.sh: $passed passed, $failed failed"
((failed == 0))
