#!/usr/bin/env bash
# Runs the release crash tests (tests/chaos.rs) RUNS times in a row (default
# 50) and prints how many runs passed. Extra arguments go to the test
# binary (e.g. a test name). Each run's output is kept in $OUT (default
# target/chaos-loop/) for the ones that fail.
#
#   bench/chaos-loop.sh 50
set -u
cd "$(dirname "$0")/.." || exit 1
runs="${1:-50}"
shift || true
out="${OUT:-target/chaos-loop}"
mkdir -p "$out"
# Built once; the binary is then run directly, so a run holds no cargo lock.
exe=$(cargo test --profile chaos --test chaos --no-run 2>&1 | sed -n 's/.*Executable tests\/chaos.rs (\(.*\))/\1/p')
if [ -z "$exe" ]; then
  echo "chaos-loop: could not build tests/chaos.rs" >&2
  exit 2
fi
passed=0
started=$(date +%s)
for i in $(seq 1 "$runs"); do
  if "$exe" --test-threads 1 --nocapture "$@" >"$out/run-$i.log" 2>&1; then
    passed=$((passed + 1))
  else
    echo "run $i failed: $(grep -m1 -E 'panicked|lost|twice' -A1 "$out/run-$i.log" | tr '\n' ' ')"
  fi
  echo "run $i: $passed of $i passed, $(( $(date +%s) - started )) s"
done
echo "chaos-loop: $passed of $runs runs passed in $(( $(date +%s) - started )) s"
[ "$passed" -eq "$runs" ]
