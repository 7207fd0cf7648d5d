#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS: builds the fuzz targets, then runs each for SECONDS under ASan + UBSan,
# one after another. Prints per target the inputs run, the coverage reached (libFuzzer's cov: edges
# and ft: features) and whether it found a crash; exits non-zero when any did. What each target
# found is kept in build/fuzz/crashes/, its log in build/fuzz/logs/, and the inputs it learnt in
# build/fuzz/corpus/ (the next run starts from them). See docs/fuzzing.md.
set -uo pipefail
seconds=${1:?usage: tests/fuzz/run.sh SECONDS (per target)}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tests/fuzz/build.sh || exit 1
out=build/fuzz
mkdir -p "$out/logs" "$out/crashes"

# Per target: the options beyond the common ones. A scenario may be as large as the shipped ones.
declare -A options=(
  [fuzz_scenario]="-dict=tests/fuzz/scenario.dict"
  [fuzz_saves]="-dict=tests/fuzz/saves.dict -max_len=4096"
  [fuzz_runtime]="-max_len=256"
  [fuzz_translations]="-max_len=8192"
  [fuzz_reports]="-max_len=4096"
)
# Where each target's first inputs come from. Scenarios are seeded from the folders that hold them
# (shipped, tutorial, checker fixtures, hostile), so the seeds follow every edit; saves and session
# scripts have seeds of their own.
declare -A seeds=(
  [fuzz_scenario]="scripts/scenarios docs/examples tests/check tests/hostile tests/fixtures"
  [fuzz_saves]="tests/fuzz/corpus/saves"
  [fuzz_runtime]="tests/fuzz/corpus/runtime"
  [fuzz_translations]="tests/fuzz/corpus/translations"
  [fuzz_reports]="tests/fuzz/corpus/reports"
)

found=0
for target in fuzz_scenario fuzz_saves fuzz_runtime fuzz_translations fuzz_reports; do
  corpus=$out/corpus/$target
  log=$out/logs/$target.log
  mkdir -p "$corpus"
  # shellcheck disable=SC2086 # the per-target options and seed folders are words
  "$out/$target" ${options[$target]} -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 \
    -print_final_stats=1 -artifact_prefix="$out/crashes/$target-" "$corpus" ${seeds[$target]} >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -1)
  if ((status == 0)) && [[ -z $artifact ]]; then
    result="no crash"
  else
    found=1
    # A crash, leak, timeout or memory blow-up leaves the input that caused it; anything else
    # (the fuzzer could not start, say) is in the log.
    result=$([[ -n $artifact ]] && echo "CRASH: $artifact" || echo "FAILED (exit $status): see $log")
    grep -m1 -E 'ERROR: |runtime error|invariant failed|SUMMARY' "$log" | sed 's/^/    /'
  fi
  printf '%-14s %8s runs  %-22s %s\n' "$target" "${runs:-?}" "${coverage:-cov: ?}" "$result"
done
exit "$found"
