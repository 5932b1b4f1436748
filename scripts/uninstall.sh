#!/bin/sh
# `make uninstall`: removes exactly what `make install` listed in its manifest, then the folders
# it created, deepest first, when nothing else is left in them.
set -eu
: "${MANIFEST:?MANIFEST is not set}"
if [ ! -f "$MANIFEST" ]; then
    echo "$MANIFEST: not found, so nothing installed there by make install; give the same PREFIX as the install" >&2
    exit 1
fi
# Read it whole first: it lists itself.
entries=$(cat "$MANIFEST")
echo "$entries" | sed -n 's/^file //p' | while IFS= read -r path; do
    rm -f "$path" && echo "  removed $path"
done
echo "$entries" | sed -n 's/^dir //p' | sort -r | while IFS= read -r path; do
    rmdir "$path" 2>/dev/null || true
done
