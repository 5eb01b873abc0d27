#!/usr/bin/env bash
# Builds quizbox as static Linux binaries into dist/, with SHA256SUMS and a
# version stamp.
#
#   scripts/dist.sh                      both targets, release profile
#   scripts/dist.sh --target aarch64-unknown-linux-musl
#   scripts/dist.sh --profile ci         a quicker profile (see Cargo.toml)
#
# Needs the Rust targets (`rustup target add x86_64-unknown-linux-musl
# aarch64-unknown-linux-musl`) and a C compiler for each, since SQLite, ring
# and the allocator are C: cargo-zigbuild with zig (`pip install ziglang`,
# `cargo install cargo-zigbuild --locked`) for both, or Debian's musl-tools
# (musl-gcc) for x86_64 alone.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=()
profile=release
out=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --target) targets+=("$2"); shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "dist.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(x86_64-unknown-linux-musl aarch64-unknown-linux-musl)

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit-modified"
fi
# Stamped into `quizbox --version`.
export QUIZBOX_BUILD_COMMIT="$commit"
export QUIZBOX_BUILD_DATE="${SOURCE_DATE_EPOCH:+$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)}"
QUIZBOX_BUILD_DATE="${QUIZBOX_BUILD_DATE:-$(date -u +%F)}"

have_zigbuild() {
  cargo zigbuild --help >/dev/null 2>&1 \
    && { command -v zig >/dev/null 2>&1 || python3 -m ziglang version >/dev/null 2>&1; }
}

build() {
  local target=$1
  rustup target list --installed 2>/dev/null | grep -qx "$target" || {
    echo "dist.sh: the Rust target $target is missing: rustup target add $target" >&2
    exit 1
  }
  if have_zigbuild; then
    cargo zigbuild --locked --profile "$profile" --target "$target"
  elif [ "$target" = x86_64-unknown-linux-musl ] && command -v musl-gcc >/dev/null 2>&1; then
    CC_x86_64_unknown_linux_musl=musl-gcc cargo build --locked --profile "$profile" --target "$target"
  else
    echo "dist.sh: no C compiler for $target: install zig (pip install ziglang) and cargo-zigbuild (cargo install cargo-zigbuild --locked)" >&2
    exit 1
  fi
}

mkdir -p "$out"
for target in "${targets[@]}"; do
  echo "== $target ($profile)"
  build "$target"
  dir=$profile
  [ "$profile" = dev ] && dir=debug
  cp "${CARGO_TARGET_DIR:-target}/$target/$dir/quizbox" "$out/quizbox-$version-$target"
done

(
  cd "$out"
  sha256sum quizbox-*-linux-musl > SHA256SUMS
  {
    echo "version = \"$version\""
    echo "commit = \"$commit\""
    echo "date = \"$QUIZBOX_BUILD_DATE\""
    echo "profile = \"$profile\""
    echo "rustc = \"$(rustc --version)\""
  } > VERSION
)
ls -l "$out"
