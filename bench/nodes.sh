#!/usr/bin/env bash
# One game across three `quizbox serve` processes on 127.0.0.1 sharing a
# fresh Postgres database and a Redis key prefix of their own, loaded by
# `quizbox bench` with the players spread round-robin over the three (the
# game and its host on the first). Prints the bench's figures and each
# server's CPU time and memory, then stops its servers (by PID), drops its
# database and deletes its Redis keys.
#
#   bench/nodes.sh [PLAYERS] [QUESTIONS]        (defaults 3000 and 5)
#
# Environment: QUIZBOX (binary, default target/release/quizbox), PGURL
# (default postgres://postgres@127.0.0.1:5432), REDIS (default
# redis://127.0.0.1:6379), OUT (directory kept for the figures and the
# servers' logs, default a fresh one under /tmp), PROCESSES (the bench's
# --processes, default: as the open-file limit requires).
set -euo pipefail

PLAYERS=${1:-3000}
QUESTIONS=${2:-5}
QUIZBOX=${QUIZBOX:-target/release/quizbox}
PGURL=${PGURL:-postgres://postgres@127.0.0.1:5432}
REDIS=${REDIS:-redis://127.0.0.1:6379}
OUT=${OUT:-$(mktemp -d /tmp/quizbox-nodes-XXXXXX)}
RUN="nodes_$$_$(date +%s)"
DB="quizbox_bench_$RUN"
PREFIX="bench-$RUN:"
# Bounds the whole run: joins at 100 a second at worst, then the questions.
LIMIT=$((120 + PLAYERS / 100 + QUESTIONS * 30))

QUIZBOX=$(realpath "$QUIZBOX")
mkdir -p "$OUT"
PIDS=()
DIRS=()
SAMPLER=

# shellcheck disable=SC2317 # called by the trap below
cleanup() {
    set +e
    [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null && wait "$SAMPLER" 2>/dev/null
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    dropdb --if-exists --maintenance-db="$PGURL/postgres" "$DB" 2>/dev/null ||
        psql "$PGURL/postgres" -qc "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null
    redis-cli -u "$REDIS" --scan --pattern "$PREFIX*" |
        xargs -r -n 500 redis-cli -u "$REDIS" DEL >/dev/null
    for dir in "${DIRS[@]}"; do rm -rf "$dir"; done
}
trap cleanup EXIT INT TERM

# One descriptor per connection, in the bench and in each server. Without
# CAP_SYS_RESOURCE the soft limit can only go up to the hard one; past it
# the bench shares its players out over load processes of its own
# (PROCESSES=N sets how many, default as few as the limit allows).
ulimit -n "$(ulimit -Hn)"
echo "open files: $(ulimit -n) per process (hard limit $(ulimit -Hn))"

createdb --maintenance-db="$PGURL/postgres" "$DB" 2>/dev/null ||
    psql "$PGURL/postgres" -qc "CREATE DATABASE \"$DB\"" >/dev/null

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

URLS=()
for n in 1 2 3; do
    dir=$(mktemp -d /tmp/quizbox-node-XXXXXX)
    DIRS+=("$dir")
    port=$(free_port)
    env -u QUIZBOX_SERVER -u QUIZBOX_TOKEN \
        QUIZBOX_DATABASE="$PGURL/$DB" \
        QUIZBOX_LIVE="$REDIS/?prefix=$PREFIX" \
        QUIZBOX_LIMIT_JOINS_PER_ADDRESS=0 \
        NO_COLOR=1 \
        "$QUIZBOX" --data "$dir" -q serve --listen "127.0.0.1:$port" \
        --max-players "$((PLAYERS > 10000 ? PLAYERS : 10000))" \
        </dev/null >/dev/null 2>"$OUT/node$n.log" &
    PIDS+=($!)
    URLS+=("http://127.0.0.1:$port")
    # One at a time: the first creates the database's tables and the admin.
    for _ in $(seq 300); do
        curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
        kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$OUT/node$n.log"; exit 1; }
        sleep 0.1
    done
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "node $n not serving"; exit 1; }
done
# Each node's start issues the admin token again, revoking the one before:
# the last node's is the one that works.
TOKEN=$(cat "${DIRS[2]}/admin.token")
echo "nodes: ${URLS[*]} (PIDs ${PIDS[*]}), database $DB, Redis prefix $PREFIX"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

declare -A CPU0 RSS0
for pid in "${PIDS[@]}"; do CPU0[$pid]=$(cpu_ticks "$pid"); RSS0[$pid]=$(rss_kib "$pid"); done
# Highest RSS of each server while the bench runs, every half second.
(
    declare -A top
    while true; do
        for pid in "${PIDS[@]}"; do
            r=$(rss_kib "$pid" 2>/dev/null || echo 0)
            [ "${r:-0}" -gt "${top[$pid]:-0}" ] && top[$pid]=$r
            echo "$pid ${top[$pid]:-0}"
        done >"$OUT/rss.tmp"
        mv "$OUT/rss.tmp" "$OUT/rss"
        sleep 0.5
    done
) &
SAMPLER=$!

args=()
for url in "${URLS[@]}"; do args+=(--server "$url"); done
[ -n "${PROCESSES:-}" ] && args+=(--processes "$PROCESSES")
status=0
started=$(date +%s.%N)
QUIZBOX_TOKEN=$TOKEN timeout --signal=INT --kill-after=30 "$LIMIT" \
    "$QUIZBOX" bench "${args[@]}" --players "$PLAYERS" --questions "$QUESTIONS" \
    --json >"$OUT/report.json" 2>"$OUT/bench.log" || status=$?
ended=$(date +%s.%N)
cat "$OUT/bench.log"
if [ -s "$OUT/report.json" ]; then
    jq -r '
      def pct: "p50 \(.p50) ms  p99 \(.p99) ms  max \(.max) ms (\(.samples) samples)";
      "\(.players) players, \(.questions) questions: joined \(.joined) in \(.join_secs) s (\(.joins_per_sec) joins/s), \(.join_failures) failed",
      "fan-out     \(.fanout_ms | pct)",
      "answer ack  \(.ack_ms | pct)",
      "answers     \(.answers_sent) sent, \(.answers_acked) acknowledged, \(.answers_refused) refused, \(.lost_answers) lost; \(.dropped_connections) dropped connections",
      "game        \(.game_secs) s; load generator (\(.processes) load process\(if .processes == 1 then "" else "es" end)) CPU \(.bench_process.cpu_secs) s, peak RSS \(.bench_process.peak_rss_bytes / 1048576 | floor) MiB",
      (.servers[] | "  \(.url)\(if .host then " (host)" else "" end): \(.joined)/\(.players) joined, \(.dropped_connections) dropped; fan-out p50 \(.fanout_ms.p50) p99 \(.fanout_ms.p99) ms; ack p50 \(.ack_ms.p50) p99 \(.ack_ms.p99) ms")
    ' "$OUT/report.json"
fi

echo "servers (CPU from before the first join to the end of the run, $(
    awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", b - a }') s of wall time):"
n=0
for pid in "${PIDS[@]}"; do
    n=$((n + 1))
    cpu=$(( $(cpu_ticks "$pid") - CPU0[$pid] ))
    highest=$(awk -v p="$pid" '$1 == p { print $2 }' "$OUT/rss" 2>/dev/null || echo 0)
    printf '  node %d %s  CPU %d.%02d s  RSS before %.1f MiB, highest %.1f MiB, peak (VmHWM) %.1f MiB\n' \
        "$n" "${URLS[$((n - 1))]}" $((cpu / 100)) $((cpu % 100)) \
        "$(echo "${RSS0[$pid]} / 1024" | bc -l)" "$(echo "${highest:-0} / 1024" | bc -l)" \
        "$(echo "$(hwm_kib "$pid") / 1024" | bc -l)"
done
echo "figures and logs in $OUT"
exit "$status"
