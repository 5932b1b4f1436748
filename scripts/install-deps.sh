#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, when missing:
# libncurses-dev (the terminal UI links ncursesw), libsqlite3-dev (the history store), tmux (terminal tests drive the app in it),
# libchafa-dev with libglib2.0-dev (its header needs glib's), libjpeg62-turbo-dev and libpng-dev (the image preview),
# locales data for C.UTF-8, and curl (scripts talk to the sandbox).
# Then the Python package the width table's generator reads Unicode 17.0 from (unicodedata2,
# pinned), into .build/unicode-tools: a test runs the generator to check the committed table.
# Given package names, installs those instead (make bench: dialog whiptail curl python3).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libncurses-dev libsqlite3-dev tmux curl libchafa-dev libglib2.0-dev libjpeg62-turbo-dev libpng-dev)
with_python_tools=yes
if [ $# -gt 0 ]; then
  packages=("$@")
  with_python_tools=no
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
updated=no
apt_install() {
  [ "$updated" = yes ] || $sudo apt-get update -qq
  updated=yes
  $sudo apt-get install -y -qq "$@"
}
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  apt_install "${missing[@]}"
fi
[ "$with_python_tools" = yes ] || exit 0
tools=.build/unicode-tools
if ! PYTHONPATH="$tools" python3 -c 'import unicodedata2, sys; sys.exit(unicodedata2.unidata_version != "17.0.0")' 2>/dev/null; then
  command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1 || apt_install python3 python3-pip
  echo "Installing: unicodedata2 17.0.0 (Python) into $tools"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target "$tools" --upgrade unicodedata2==17.0.0
fi
