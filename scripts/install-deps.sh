#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, when missing:
# libncurses-dev (the terminal UI links ncursesw), libsqlite3-dev (the history store), tmux (terminal tests drive the app in it),
# locales data for C.UTF-8, and curl (scripts talk to the sandbox).
# Given package names, installs those instead (make bench: dialog whiptail curl python3).
set -euo pipefail
packages=(libncurses-dev libsqlite3-dev tmux curl)
[ $# -gt 0 ] && packages=("$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
