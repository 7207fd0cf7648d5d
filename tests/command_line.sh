#!/usr/bin/env bash
# tests/command_line.sh: the command line's conventions, on the built binary: options before the
# command, --option=value, a --choices pick that is not on offer (the open ones are listed), and
# standard output that cannot be written (a full disk) failing.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:-./build/debug/heartlines}
file=tests/fixtures/valid.lua
failures=0
XDG_DATA_HOME=$(mktemp -d) && export XDG_DATA_HOME   # where the terminal keeps progress here
expect() {   # expect DESCRIPTION WANTED_STATUS COMMAND...: the status, and a line when it differs
  local what=$1 wanted=$2
  shift 2
  "$@" >/dev/null 2>&1
  local got=$?
  if ((got != wanted)); then echo "command_line: $what: status $got, wanted $wanted"; failures=$((failures + 1)); fi
}
same() {   # same DESCRIPTION "ARGS A" "ARGS B": both print the same
  local a b
  a=$(eval "$bin $2" 2>&1)
  b=$(eval "$bin $3" 2>&1)
  if [[ "$a" != "$b" || -z "$a" ]]; then echo "command_line: $1: the two outputs differ"; failures=$((failures + 1)); fi
}
same "--seed=7 is --seed 7" "text --seed=7 --choices=1,2 $file" "text --seed 7 --choices 1,2 $file"
same "options before the command" "--seed 7 --choices 1,2 text $file" "text $file --seed 7 --choices 1,2"
same "--lang before the command" "--lang xx text --seed 3 --choices 2,2 $file" "text --seed 3 --choices 2,2 $file --lang xx"
expect "an unknown command" 2 "$bin" nonsense
expect "--help" 0 "$bin" --help
expect "check --explain a code" 0 "$bin" check --explain E105
expect "check --explain not a code" 2 "$bin" check --explain E999
[[ $("$bin" check --explain W301) == "W301 (warning): no path from the start reaches this node"* ]] ||
  { echo "command_line: check --explain W301 does not give the code's meaning"; failures=$((failures + 1)); }
expect "a --choices pick not on offer" 2 "$bin" text --in-order --choices 9 "$file"
expect "--side in a scenario with one side to play" 2 "$bin" text --side 2 --choices 1 "$file"
expect "--side that is not 1, 2 or both" 2 "$bin" text --side 3 tests/fixtures/two_roles.lua
expect "--side 2 in a two-role scenario" 0 "$bin" text --side 2 --choices 1 tests/fixtures/two_roles.lua
told=$("$bin" text --in-order --choices 9 "$file" 2>&1 >/dev/null)
first=$("$bin" text --in-order --choices 1 "$file" 2>/dev/null | grep -m1 '^1\. ' | cut -c4-)
if [[ -z $first || $told != *"open there: 1 (\"$first\")"* ]]; then
  echo "command_line: a bad --choices pick does not list the open options: $told"
  failures=$((failures + 1))
fi
if [[ -w /dev/full ]]; then
  "$bin" --help >/dev/full 2>/dev/null && { echo "command_line: --help >/dev/full exited 0"; failures=$((failures + 1)); }
  "$bin" text --choices 1,2 "$file" >/dev/full 2>/dev/null && { echo "command_line: text >/dev/full exited 0"; failures=$((failures + 1)); }
fi
# The presenter view (headless): --presenter saves the facilitator's window beside the projector's;
# --one-window keeps one window.
shots=$(mktemp -d)
SDL_VIDEODRIVER=dummy "$bin" workshop --presenter --report-dir "$shots" "$file" --keys "Return 4" \
  --screenshot "$shots/a.bmp" >/dev/null 2>&1
SDL_VIDEODRIVER=dummy "$bin" workshop --one-window --report-dir "$shots" "$file" \
  --screenshot "$shots/b.bmp" >/dev/null 2>&1
if [[ ! -s $shots/a.bmp || ! -s $shots/a-facilitator.bmp || ! -s $shots/b.bmp || -e $shots/b-facilitator.bmp ]]; then
  echo "command_line: --presenter or --one-window: $(ls "$shots" | tr '\n' ' ')"
  failures=$((failures + 1))
fi
rm -rf "$shots"
# The choices of tests/transcripts/cancelled_plans_repair.txt, which reach an ending.
"$bin" text scripts/scenarios/cancelled_plans.lua --seed 11 --in-order \
  --choices 2,2,1,1,1,1,1,1,2,3,3,1,2,2 >/dev/null 2>&1
grep -q '^ending.cancelled-plans = ' "$XDG_DATA_HOME/heartlines/progress.txt" 2>/dev/null ||
  { echo "command_line: text did not keep its ending in the progress file"; failures=$((failures + 1)); }
rm -rf "$XDG_DATA_HOME"
echo "command_line: $failures failed"
((failures == 0))
