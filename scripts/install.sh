#!/bin/sh
# `make install`: puts status-composer under $PREFIX (see the Makefile) and lists every file it
# writes, and every folder it had to create, in $PREFIX/share/status-composer/install-manifest
# for `make uninstall`.
set -eu
cd "$(dirname "$0")/.."
: "${PREFIX:?PREFIX is not set}"
CONFIGURATION=${CONFIGURATION:-release}
BUILD=${BUILD:-1}
SWIFT=${SWIFT:-swift}

case "$CONFIGURATION" in
release | debug) ;;
*) echo "CONFIGURATION: '$CONFIGURATION' is not a build configuration; use release (the default) or debug" >&2; exit 2 ;;
esac
case "$PREFIX" in
/*) ;;
*) echo "PREFIX: '$PREFIX' is not an absolute path; give one, e.g. PREFIX=\$HOME/.local" >&2; exit 2 ;;
esac

if [ "$BUILD" = 1 ]; then
    if [ "$CONFIGURATION" = release ]; then
        # The Swift runtime and Foundation linked in: the server needs no Swift toolchain.
        "$SWIFT" build -c release --static-swift-stdlib --product status-composer
    else
        "$SWIFT" build --product status-composer
    fi
    # The tool behind swift-argument-parser's generate-manual plugin, run below on the binary
    # being installed (the plugin itself would build the whole program again).
    "$SWIFT" build --product generate-manual
fi
binary=.build/$CONFIGURATION/status-composer
manual_tool=.build/debug/generate-manual
[ -x "$binary" ] || { echo "$binary is not built; run make install without BUILD=0" >&2; exit 1; }
[ -x "$manual_tool" ] || { echo "$manual_tool is not built; run: $SWIFT build --product generate-manual" >&2; exit 1; }

share=$PREFIX/share/status-composer
manifest=$share/install-manifest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Folders created by an earlier install stay ours.
if [ -f "$manifest" ]; then grep '^dir ' "$manifest" >"$work/dirs" || true; else : >"$work/dirs"; fi
: >"$work/files"

ensure_dir() {
    if [ ! -d "$1" ]; then
        ensure_dir "$(dirname "$1")"
        mkdir "$1"
        echo "dir $1" >>"$work/dirs"
    fi
}

# put SOURCE DESTINATION MODE
put() {
    ensure_dir "$(dirname "$2")"
    install -m "$3" "$1" "$2"
    echo "file $2" >>"$work/files"
    echo "  $2"
}

echo "Installing status-composer ($CONFIGURATION) into $PREFIX:"
put "$binary" "$PREFIX/bin/status-composer" 755
for theme in themes/*.toml; do
    put "$theme" "$share/themes/$(basename "$theme")" 644
done

mkdir "$work/man"
"$manual_tool" "$binary" --output-directory "$work/man"
put "$work/man/status-composer.1" "$PREFIX/share/man/man1/status-composer.1" 644

"$binary" --generate-completion-script bash >"$work/bash"
"$binary" --generate-completion-script zsh >"$work/zsh"
"$binary" --generate-completion-script fish >"$work/fish"
put "$work/bash" "$PREFIX/share/bash-completion/completions/status-composer" 644
put "$work/zsh" "$PREFIX/share/zsh/site-functions/_status-composer" 644
put "$work/fish" "$PREFIX/share/fish/vendor_completions.d/status-composer.fish" 644

ensure_dir "$share"
{
    echo "# Written by make install; make uninstall removes these files, then these folders when empty."
    cat "$work/files"
    echo "file $manifest"
    sort -u "$work/dirs"
} >"$manifest.new"
mv "$manifest.new" "$manifest"
echo "  $manifest"
case ":$PATH:" in
*":$PREFIX/bin:"*) ;;
*) echo "$PREFIX/bin is not on PATH: add it, e.g. in ~/.profile: export PATH=\"$PREFIX/bin:\$PATH\"" ;;
esac
