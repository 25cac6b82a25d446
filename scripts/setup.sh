#!/usr/bin/env bash
# Install what viaduct's build, tests and demo need on Debian 12, and nothing that is
# already there. Safe to run again: it returns in well under a second when all is present.
set -euo pipefail

# command -> Debian package that provides it
declare -A NEEDED=(
  [verilator]=verilator
  [yosys]=yosys
  [g++]=g++
  [make]=make
  [iverilog]=iverilog
  [qemu-nbd]=qemu-utils
  [qemu-img]=qemu-utils
  [tclsh]=tcl
  [python3]=python3
)

missing=()
for cmd in "${!NEEDED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEEDED[$cmd]}")
done

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is missing; install Rust (https://rustup.rs) first." >&2
  exit 2
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

# Unique package names.
mapfile -t packages < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "setup: installing ${packages[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "setup: need root (or sudo) to install: ${packages[*]}" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
for cmd in "${!NEEDED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || { echo "setup: $cmd is still missing after installing ${NEEDED[$cmd]}" >&2; exit 2; }
done
echo "setup: done"
