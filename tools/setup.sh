#!/usr/bin/env bash
# Installs everything wiremap needs to build, run and test on Debian 12, as root (or via sudo).
# Idempotent: packages already present are left alone.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git python3 python3-glad
  libglfw3-dev libimgui-dev libstb-dev nlohmann-json3-dev libfmt-dev zlib1g-dev
  libfreetype-dev libglu1-mesa-dev libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri libgles-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth x11-utils
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core
  clang libclang-rt-14-dev
  wamerican
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: all packages present" >&2
