#!/usr/bin/env bash
# Builds the container image from the static builds in DIR (default dist)
# and checks it: it starts, answers /healthz, and its health check passes.
# Where no container engine runs, says so and exits 0.
#
#   scripts/check-container.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}

if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
  echo "check-container: no container engine runs here; the image is not built"
  exit 0
fi
[ -f "$dir/SHA256SUMS" ] || { echo "check-container: run scripts/dist.sh first" >&2; exit 1; }

context=$(mktemp -d)
name="quizbox-check-$$"
# shellcheck disable=SC2317 # called by the trap below
cleanup() {
  docker rm -f "$name" >/dev/null 2>&1 || true
  docker rmi -f "$name" >/dev/null 2>&1 || true
  rm -rf "$context"
}
trap cleanup EXIT

cp Dockerfile .dockerignore "$context/"
mkdir "$context/dist"
cp "$dir"/quizbox-*-linux-musl "$context/dist/"
docker build -q -t "$name" "$context" >/dev/null
docker run -d --name "$name" -p 127.0.0.1::8080 "$name" >/dev/null
port=$(docker port "$name" 8080/tcp | head -n 1 | sed 's/.*://')
for _ in $(seq 1 100); do
  if [ "$(curl -fsS --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null)" = ok ]; then
    docker exec "$name" /quizbox healthcheck
    echo "check-container: the image serves /healthz and its health check passes"
    exit 0
  fi
  sleep 0.2
done
docker logs "$name" >&2 || true
echo "check-container: the container did not answer /healthz" >&2
exit 1
