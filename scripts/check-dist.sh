#!/usr/bin/env bash
# Checks the static builds in dist/ (see scripts/dist.sh): each is a static
# executable for its architecture, the x86_64 one is at most 25 MB, and each
# one runs (the aarch64 one under qemu-user on other machines): it prints its
# version, checks the sample quizzes, and serves /healthz from an empty data
# directory.
#
#   scripts/check-dist.sh [DIR]          DIR defaults to dist
#   QUIZBOX_MAX_SIZE=0 scripts/check-dist.sh   skip the size check (a
#                                        quicker build profile than release)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
max_size=${QUIZBOX_MAX_SIZE:-25000000}

fail() { echo "check-dist: $*" >&2; exit 1; }

[ -f "$dir/SHA256SUMS" ] || fail "$dir/SHA256SUMS is missing: run scripts/dist.sh first"
(cd "$dir" && sha256sum --check --quiet SHA256SUMS) || fail "checksums in $dir/SHA256SUMS do not match"

found=0
for bin in "$dir"/quizbox-*-linux-musl; do
  [ -f "$bin" ] || continue
  found=$((found + 1))
  name=$(basename "$bin")
  desc=$(file -b "$bin")
  case "$name" in
    *x86_64-*) arch_word="x86-64"; run=() ;;
    *aarch64-*) arch_word="ARM aarch64"; run=(qemu-aarch64) ;;
    *) fail "$name: unknown architecture" ;;
  esac
  case "$desc" in
    *"$arch_word"*) ;;
    *) fail "$name is not an $arch_word executable: $desc" ;;
  esac
  case "$desc" in
    *"statically linked"*|*"static-pie linked"*) ;;
    *) fail "$name is not static: $desc" ;;
  esac
  # ldd fails on a static executable ("not a dynamic executable"); when it
  # succeeds it must not list a library.
  if ldd_out=$(ldd "$bin" 2>&1); then
    case "$ldd_out" in
      *"statically linked"*) ;;
      *) fail "ldd lists libraries for $name: $ldd_out" ;;
    esac
  fi
  echo "$name: ldd: $(echo "$ldd_out" | head -n 1 | sed 's/^[[:space:]]*//')"
  size=$(stat -c %s "$bin")
  echo "$name: $desc; $size bytes"
  if [ "$max_size" -gt 0 ] && [ "$arch_word" = x86-64 ] && [ "$size" -gt "$max_size" ]; then
    fail "$name is $size bytes, over $max_size"
  fi
  if [ ${#run[@]} -gt 0 ] && ! command -v "${run[0]}" >/dev/null 2>&1; then
    fail "${run[0]} is needed to run $name (Debian: apt-get install qemu-user)"
  fi

  "${run[@]}" "$bin" --version
  if ! checked=$("${run[@]}" "$bin" import --check quizzes/ 2>&1); then
    echo "$checked" >&2
    fail "$name could not check the sample quizzes"
  fi
  echo "$name: ${checked##*$'\n'}"

  data=$(mktemp -d)
  port=$(( 20000 + RANDOM % 20000 ))
  "${run[@]}" "$bin" serve --data "$data" --listen "127.0.0.1:$port" >"$data/serve.log" 2>&1 &
  pid=$!
  ok=""
  for _ in $(seq 1 300); do
    if body=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null); then
      ok=$body
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$ok" != ok ]; then
    cat "$data/serve.log" >&2
    rm -rf "$data"
    fail "$name did not answer /healthz"
  fi
  rm -rf "$data"
  echo "$name: /healthz answered ok"
done
[ "$found" -gt 0 ] || fail "no quizbox-*-linux-musl binaries in $dir"
