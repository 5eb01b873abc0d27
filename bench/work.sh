#!/usr/bin/env bash
# Counts the work a server does for one bench game, in units that do not
# depend on what else the machine is doing: the instructions it executes
# (valgrind's callgrind) or the system calls it makes (perf's syscall
# tracepoints). Timing figures on a shared 2-core machine move by 10 to 20%
# from run to run; these move by about 1%.
#
#   bench/work.sh instructions BINARY PLAYERS QUESTIONS
#   bench/work.sh syscalls BINARY PLAYERS QUESTIONS
#
# The server runs on a temporary data directory and a free 127.0.0.1 port;
# `BINARY bench --server` plays the game against it. Instructions include
# the server's start (about 130 million, most of it hashing the first
# admin's password) but not the kernel's work; syscalls and CPU time count
# from just before the first join to the end of the bench (its read of the
# results included). Needs valgrind (instructions) or perf with
# tracefs (syscalls), curl and python3. The instructions are listed for the
# 15 functions of quizbox that execute most themselves (callees excluded).
set -euo pipefail

mode=${1:-}
binary=${2:-}
players=${3:-}
questions=${4:-}
if [[ -z "$mode" || -z "$binary" || -z "$players" || -z "$questions" ]]; then
  echo "usage: $0 instructions|syscalls BINARY PLAYERS QUESTIONS" >&2
  exit 2
fi
binary=$(realpath "$binary")

data=$(mktemp -d)
server=""
counter=""
cleanup() {
  if [[ -n "$counter" ]]; then kill -INT "$counter" 2>/dev/null || true; fi
  if [[ -n "$server" ]]; then kill -INT "$server" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run_server() {
  env -u QUIZBOX_SERVER NO_COLOR=1 QUIZBOX_LIMIT_JOINS_PER_ADDRESS=0 "$@" \
    "$binary" --data "$data/server" serve --listen "127.0.0.1:$port" --max-players 20000 \
    >"$data/server.log" 2>&1 </dev/null &
  server=$!
}

case "$mode" in
  instructions)
    run_server valgrind --tool=callgrind --callgrind-out-file="$data/callgrind.out"
    ;;
  syscalls)
    run_server
    ;;
  *)
    echo "unknown mode $mode (instructions or syscalls)" >&2
    exit 2
    ;;
esac

for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || {
  echo "the server did not start; its log:" >&2
  cat "$data/server.log" >&2
  exit 1
}

if [[ "$mode" == syscalls ]]; then
  events=task-clock,context-switches,raw_syscalls:sys_enter
  for call in sendto recvfrom write writev fdatasync fsync epoll_wait futex; do
    events="$events,syscalls:sys_enter_$call"
  done
  perf stat -x, -e "$events" -p "$server" -o "$data/perf.csv" &
  counter=$!
  sleep 0.3
fi

"$binary" bench --server "http://127.0.0.1:$port" --token "$(cat "$data/server/admin.token")" \
  --players "$players" --questions "$questions" --json >"$data/bench.json" 2>"$data/bench.err" || {
  echo "the bench failed:" >&2
  cat "$data/bench.err" >&2
  exit 1
}
python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print("players %d, answers acknowledged %d, lost %d, dropped %d" % (r["joined"], r["answers_acked"], r["lost_answers"], r["dropped_connections"]))
' "$data/bench.json"

if [[ "$mode" == syscalls ]]; then
  kill -INT "$counter"
  wait "$counter" 2>/dev/null || true
  counter=""
  awk -F, -v pq="$((players * questions))" '
    $3 ~ /task-clock/ { printf "CPU %.0f ms, %.1f us per player-question\n", $1, $1 * 1000 / pq }
    $3 !~ /task-clock/ && $1 ~ /^[0-9]+$/ { printf "%-36s %10d  %.2f per player-question\n", $3, $1, $1 / pq }
  ' "$data/perf.csv"
else
  kill -INT "$server"
  wait "$server" 2>/dev/null || true
  server=""
  callgrind_annotate --threshold=100 "$data/callgrind.out" 2>/dev/null |
    awk -v pq="$((players * questions))" '
      /PROGRAM TOTALS/ { gsub(",", "", $1); printf "instructions %d, %.0f per player-question (start included)\n", $1, $1 / pq }
      /quizbox::/ && shown < 15 { print; shown++ }'
fi
