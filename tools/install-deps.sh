#!/bin/sh
# Installs everything Masar needs to build, run and test on Debian 12 (bookworm).
# Idempotent; run as root (or it re-runs itself with sudo).
set -eu

if [ "$(id -u)" != 0 ]; then
  exec sudo "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends \
  meson ninja-build pkg-config gcc clang libclang-rt-14-dev \
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev \
  libjson-glib-dev libicu-dev libxml2-dev libharfbuzz-dev libpango1.0-dev \
  gettext xvfb xauth dbus dbus-x11 at-spi2-core \
  desktop-file-utils appstream flatpak-builder \
  fonts-noto-core fonts-hosny-amiri fonts-dejavu-core \
  libgl1-mesa-dri libegl-mesa0 imagemagick locales python3 ca-certificates git

# The Arabic UI and its tests need an Arabic locale.
if ! locale -a 2>/dev/null | grep -qi '^ar_EG\.utf8$'; then
  localedef -i ar_EG -f UTF-8 ar_EG.UTF-8
fi
