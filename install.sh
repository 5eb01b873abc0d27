#!/usr/bin/env bash
# Installs quizbox as a systemd service, upgrades it, or removes it.
# Run `./install.sh --help` for the options; docs/operations.md says more.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: install.sh [--binary PATH] [--prefix DIR] [--root DIR]
       install.sh --uninstall [--purge] [--prefix DIR] [--root DIR]

Installs quizbox as a systemd service: the binary at PREFIX/bin/quizbox, the
unit at /etc/systemd/system/quizbox.service, a `quizbox` system user, its data
in /var/lib/quizbox (mode 0750) and /etc/quizbox/quizbox.toml with the
commented defaults. Then it enables and (re)starts the service and prints the
addresses to open.

The binary comes from, in this order:
  --binary PATH   that file;
  dist/           this machine's build, dist/quizbox-VERSION-ARCH-unknown-linux-musl
                  (x86_64 or aarch64), checked against dist/SHA256SUMS;
  cargo           `cargo build --release` in this directory, when cargo is found.

Running it again with the same binary changes nothing. A different binary is
an upgrade: data and config are kept and the service restarts. An existing
/etc/quizbox/quizbox.toml is never overwritten.

Options:
  --binary PATH   install this quizbox binary
  --prefix DIR    install the binary in DIR/bin [default: /usr/local]
  --root DIR      install every file under DIR instead of / (for packages and
                  tests); no user is created and no service is started
  --uninstall     stop and disable the service, remove the binary and the unit;
                  data and config are kept
  --purge         with --uninstall: remove /var/lib/quizbox, /etc/quizbox and
                  the quizbox user too
  -h, --help      print this help
EOF
}

die() {
  echo "install.sh: error: $*" >&2
  exit 1
}

say() {
  echo "install.sh: $*"
}

root=""
prefix=/usr/local
binary=""
uninstall=0
purge=0
while [ $# -gt 0 ]; do
  case "$1" in
    --binary)
      [ $# -ge 2 ] || die "--binary needs a path"
      binary=$2
      shift 2
      ;;
    --prefix)
      [ $# -ge 2 ] || die "--prefix needs a directory"
      prefix=$2
      shift 2
      ;;
    --root)
      [ $# -ge 2 ] || die "--root needs a directory"
      root=$2
      shift 2
      ;;
    --uninstall) uninstall=1; shift ;;
    --purge) purge=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option $1 (see install.sh --help)" ;;
  esac
done

case "$prefix" in
  /*) prefix=${prefix%/} ;;
  *) die "--prefix must be an absolute path, not $prefix" ;;
esac
if [ -n "$root" ]; then
  mkdir -p "$root" || die "cannot create --root $root"
  root=$(cd "$root" && pwd)
  [ "$root" != / ] || root=""
fi
if [ $purge -eq 1 ] && [ $uninstall -eq 0 ]; then
  die "--purge goes with --uninstall"
fi
if [ $uninstall -eq 1 ] && [ -n "$binary" ]; then
  die "--binary has no use with --uninstall"
fi
if [ -z "$root" ] && [ "$(id -u)" -ne 0 ]; then
  die "installing for the whole system needs root: run it with sudo, or give --root DIR"
fi

here=$(cd "$(dirname "$0")" && pwd)
bin="$root$prefix/bin/quizbox"
unit="$root/etc/systemd/system/quizbox.service"
conf_dir="$root/etc/quizbox"
conf="$conf_dir/quizbox.toml"
state="$root/var/lib/quizbox"
user=quizbox

# Only the live system's systemd is told; a --root tree is not running.
systemd_running() {
  [ -z "$root" ] && [ -d /run/systemd/system ]
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# put SOURCE DEST MODE: writes DEST only when its content or mode differs
# (through a temporary file and a rename, so a running binary is replaced
# whole). Returns 0 when it changed DEST, 1 when DEST was already so.
put() {
  local source=$1 dest=$2 mode=$3 tmp
  if [ -f "$dest" ] && cmp -s "$source" "$dest"; then
    if [ "$(stat -c %a "$dest")" != "$mode" ]; then
      chmod "$mode" "$dest" || die "cannot set the mode of $dest"
      return 0
    fi
    return 1
  fi
  mkdir -p "$(dirname "$dest")" || die "cannot create $(dirname "$dest")"
  tmp="$dest.new.$$"
  cp "$source" "$tmp" || die "cannot write $tmp"
  chmod "$mode" "$tmp" || die "cannot set the mode of $tmp"
  mv -f "$tmp" "$dest" || die "cannot move $tmp to $dest"
  return 0
}

uninstall() {
  if systemd_running; then
    if [ -f "$unit" ]; then
      systemctl disable --now quizbox.service || die "cannot stop and disable quizbox.service"
    fi
  elif [ -n "$root" ]; then
    say "--root: no service to stop"
  fi
  for file in "$unit" "$bin"; do
    if [ -e "$file" ]; then
      rm -f "$file" || die "cannot remove $file"
      say "removed $file"
    fi
  done
  if systemd_running; then
    systemctl daemon-reload || die "systemctl daemon-reload failed"
  fi
  if [ $purge -eq 0 ]; then
    say "kept the data in $state and the config in $conf_dir (remove them with --uninstall --purge)"
    return
  fi
  for dir in "$state" "$conf_dir"; do
    if [ -e "$dir" ]; then
      rm -rf "$dir" || die "cannot remove $dir"
      say "removed $dir"
    fi
  done
  if [ -z "$root" ] && getent passwd "$user" >/dev/null; then
    userdel "$user" || die "cannot remove the user $user"
    say "removed the user $user"
  fi
}

if [ $uninstall -eq 1 ]; then
  uninstall
  exit 0
fi

# The binary to install: given, from dist/, or built here.
find_binary() {
  if [ -n "$binary" ]; then
    [ -f "$binary" ] || die "--binary $binary: no such file"
    [ -x "$binary" ] || die "--binary $binary is not executable (chmod +x it)"
    return
  fi
  local arch version name sums want have
  case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) arch="" ;;
  esac
  if [ -n "$arch" ] && [ -d "$here/dist" ]; then
    version=""
    if [ -f "$here/Cargo.toml" ]; then
      version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$here/Cargo.toml" | head -n 1)
    fi
    if [ -n "$version" ]; then
      name="quizbox-$version-$arch-unknown-linux-musl"
    else
      name=$(cd "$here/dist" && find . -maxdepth 1 -name "quizbox-*-$arch-unknown-linux-musl" | sed 's|^\./||')
      [ "$(printf '%s\n' "$name" | grep -c .)" -le 1 ] ||
        die "several $arch builds in $here/dist: name one with --binary"
    fi
    if [ -n "$name" ] && [ -f "$here/dist/$name" ]; then
      sums="$here/dist/SHA256SUMS"
      [ -f "$sums" ] || die "$sums is missing: cannot check dist/$name (rebuild with scripts/dist.sh, or give --binary)"
      want=$(awk -v f="$name" '$2 == f || $2 == "*" f { print $1; exit }' "$sums")
      [ -n "$want" ] || die "$sums has no line for $name"
      have=$(sha256sum "$here/dist/$name" | cut -d' ' -f1)
      [ "$want" = "$have" ] ||
        die "dist/$name does not match its SHA-256 in $sums (expected $want, found $have): download or build it again"
      say "dist/$name matches its SHA-256 in dist/SHA256SUMS"
      binary="$here/dist/$name"
      return
    fi
  fi
  if command -v cargo >/dev/null 2>&1 && [ -f "$here/Cargo.toml" ]; then
    say "no --binary and no $arch build in dist/: building from source with cargo (several minutes)"
    cargo build --release --locked --manifest-path "$here/Cargo.toml" ||
      die "cargo build --release failed"
    binary="$here/target/release/quizbox"
    return
  fi
  die "nothing to install: give --binary PATH, put this machine's build ($(uname -m)) in dist/ with scripts/dist.sh, or install Rust (https://rustup.rs) to build from source"
}

find_binary
"$binary" --version >/dev/null 2>&1 ||
  die "$binary does not run on this machine ($(uname -m)); is it the right architecture?"

# The user the service runs as.
if [ -n "$root" ]; then
  say "--root: not creating the user $user (the package or image must); files keep their current owner"
elif ! getent passwd "$user" >/dev/null; then
  command -v useradd >/dev/null 2>&1 ||
    die "useradd not found: create a system user and group named $user, home /var/lib/quizbox, then run this again"
  nologin=$(command -v nologin || echo /usr/sbin/nologin)
  if getent group "$user" >/dev/null; then group_option=(--gid "$user"); else group_option=(--user-group); fi
  useradd --system "${group_option[@]}" --home-dir /var/lib/quizbox --no-create-home \
    --shell "$nologin" --comment "quizbox live quiz server" "$user" ||
    die "cannot create the system user $user"
  say "created the system user $user"
fi

# The data directory (systemd's StateDirectory= would make it too, but an
# admin may want to run `sudo -u quizbox quizbox ...` before the first start).
if [ ! -d "$state" ]; then
  mkdir -p "$state" || die "cannot create $state"
  say "created $state"
fi
if [ "$(stat -c %a "$state")" != 750 ]; then
  chmod 0750 "$state" || die "cannot set the mode of $state"
fi
if [ -z "$root" ] && [ "$(stat -c %U:%G "$state")" != "$user:$user" ]; then
  chown "$user:$user" "$state" || die "cannot give $state to $user"
fi

changed=0

# The binary.
if put "$binary" "$bin" 755; then
  say "installed $bin ($("$bin" --version))"
  changed=1
else
  say "unchanged $bin"
fi

# The config: written once, never over an admin's.
if [ -e "$conf" ]; then
  say "kept $conf"
else
  "$bin" config --default >"$work/quizbox.toml" || die "$bin config --default failed"
  mkdir -p "$conf_dir" || die "cannot create $conf_dir"
  put "$work/quizbox.toml" "$conf" 640 || true
  if [ -z "$root" ]; then
    chgrp "$user" "$conf" || die "cannot give $conf to the group $user"
  fi
  say "wrote $conf with the commented defaults"
  changed=1
fi

# The unit, with the binary's path when the prefix is not /usr/local.
[ -f "$here/systemd/quizbox.service" ] || die "$here/systemd/quizbox.service is missing"
sed "s|/usr/local/bin/quizbox|$prefix/bin/quizbox|g" "$here/systemd/quizbox.service" >"$work/quizbox.service"
unit_changed=0
if put "$work/quizbox.service" "$unit" 644; then
  say "installed $unit"
  changed=1
  unit_changed=1
else
  say "unchanged $unit"
fi

if systemd_running; then
  if [ $unit_changed -eq 1 ]; then
    systemctl daemon-reload || die "systemctl daemon-reload failed"
  fi
  if ! systemctl is-enabled --quiet quizbox.service; then
    systemctl enable quizbox.service || die "cannot enable quizbox.service"
  fi
  if [ $changed -eq 1 ] || ! systemctl is-active --quiet quizbox.service; then
    systemctl restart quizbox.service ||
      die "quizbox.service did not start: see journalctl -u quizbox -n 50"
    say "(re)started quizbox.service"
  else
    say "quizbox.service is running and nothing changed"
  fi
elif [ -n "$root" ]; then
  say "--root: not starting the service"
else
  say "systemd is not running here: start it yourself, e.g. sudo -u $user $bin --data $state --config $conf serve"
fi

# Where to open it: the LAN address and the configured port.
effective=$("$bin" --data "$state" --config "$conf" config 2>/dev/null) ||
  die "$bin cannot read $conf: run $bin --config $conf config to see why"
listen=$(printf '%s\n' "$effective" | sed -n 's/^listen = "\(.*\)"$/\1/p' | head -n 1)
public_url=$(printf '%s\n' "$effective" | sed -n 's/^public_url = "\(.*\)"$/\1/p' | head -n 1)
port=${listen##*:}
host=${listen%:*}
case "$host" in
  0.0.0.0 | "[::]" | "")
    host=$(ip -4 route get 1.1.1.1 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p' | head -n 1)
    [ -n "$host" ] || host=$(hostname -I 2>/dev/null | cut -d' ' -f1)
    [ -n "$host" ] || host=127.0.0.1
    ;;
esac
base=${public_url:-http://$host:$port}
echo
echo "quizbox is installed."
echo "  players join at  $base/"
echo "  host a game at   $base/host"
echo "  admin password   shown once on the first start: sudo journalctl -u quizbox | grep -A2 'admin account'"
echo "  accounts         sudo -u $user $prefix/bin/quizbox --data /var/lib/quizbox --config /etc/quizbox/quizbox.toml user --help"
echo "  settings         /etc/quizbox/quizbox.toml, then: sudo systemctl restart quizbox"
