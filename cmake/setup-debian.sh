#!/usr/bin/env bash
# Installs every Debian bookworm package Attrition Desk needs to build, test and run.
# Idempotent: runs `apt-get update` once and installs only what is missing. Works as root or via sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6charts6-dev libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libsqlite3-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libglx-dev libxkbcommon-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libxlsxwriter-dev
  clang libclang-rt-14-dev
  postgresql
  xvfb xauth poppler-utils
  desktop-file-utils appstream dpkg-dev file
)

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  echo "setup: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
