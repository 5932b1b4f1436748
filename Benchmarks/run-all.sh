#!/usr/bin/env bash
# `make bench`: builds the app in release and the benchmark package, runs every comparison and
# writes the tables to Benchmarks/results/<date>.md (pasted into BENCHMARKS.md by hand, with
# notes). Each comparison alternates its programs run by run; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
ROUNDS=${BENCH_ROUNDS:-5}
RUNS=${BENCH_RUNS:-15}
VIDEO_RUNS=${BENCH_VIDEO_RUNS:-5}

./scripts/install-deps.sh
# What the app is compared with (dialog, whiptail, curl) and the drivers' python3.
./scripts/install-deps.sh dialog whiptail curl python3
# The preview's comparison: chafa's own command-line tool, and cjpeg to make the test photo.
./scripts/install-deps.sh chafa libjpeg-turbo-progs
# The Swift runtime and Foundation linked in: the composer reaches its first frame about a
# quarter sooner (26 against 35 ms, BENCHMARKS.md).
$SWIFT build -c release --static-swift-stdlib --product status-composer
app="$PWD/.build/release/status-composer"

mkdir -p Benchmarks/results
out="Benchmarks/results/$(date +%Y-%m-%d-%H%M).md"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  echo "# make bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $($SWIFT --version 2>/dev/null | head -1)"
  echo
} > "$out"

echo "== 1. Keystroke cost (package-benchmark)"
(cd Benchmarks && $SWIFT package --allow-writing-to-package-directory benchmark \
  --format markdown --no-progress) | grep -v -e $'\e' -e '^Note: ' > "$work/keystroke.md"
{ echo "## 1. Keystroke cost: reducer + render of one typed character"; echo; cat "$work/keystroke.md"; echo; } >> "$out"

# The composer reads a config with one account; it posts nothing during the measurement.
token="$work/bench.token"
( umask 077; head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$token" )
cat > "$work/composer.toml" <<TOML
[[account]]
name = "shop"
provider = "green-api"
base_url = "http://127.0.0.1:9"
media_url = "http://127.0.0.1:9"
instance = "1101"
token_file = "$token"
TOML

echo "== 2 and 3. Bytes per typed character, startup, idle memory (pseudo-terminal, 100x30)"
# The floor: what a Swift program with Foundation costs before any code of ours runs.
floor="$work/foundation-floor"
"${SWIFTC:-swiftc}" -O -static-stdlib Benchmarks/floor/FoundationFloor.swift -o "$floor"
python3 Benchmarks/drivers/terminal_bench.py --composer "$app" --config "$work/composer.toml" \
  --floor "$floor" --rounds "$ROUNDS" > "$work/terminal.md"
{ echo "## 2 and 3. Terminal"; echo; cat "$work/terminal.md"; echo; } >> "$out"

echo "== 4 and 5. Posting overhead and a 10 MB video (sandbox in its own process)"
python3 Benchmarks/drivers/posting_bench.py --composer "$app" --runs "$RUNS" --video-runs "$VIDEO_RUNS" > "$work/posting.md"
{ echo "## 4 and 5. Posting"; echo; cat "$work/posting.md"; echo; } >> "$out"

echo "== 7. Image preview of a 4000x3000 JPEG, against chafa"
python3 Benchmarks/drivers/preview_bench.py --composer "$app" --config "$work/composer.toml" --rounds "$ROUNDS" > "$work/preview.md"
{ echo "## 7. Image preview"; echo; cat "$work/preview.md"; echo; } >> "$out"

echo "== 8. schedule list with 10,000 items"
python3 Benchmarks/drivers/schedule_bench.py --composer "$app" --runs "$RUNS" > "$work/schedule.md"
{ echo "## 8. schedule list with 10,000 items"; echo; cat "$work/schedule.md"; echo; } >> "$out"

echo "== 9. The schedule runner: idle processor use, memory after 1,000 posts"
python3 Benchmarks/drivers/runner_bench.py --composer "$app" --idle-seconds "${BENCH_IDLE_SECONDS:-60}" \
  --posts "${BENCH_RUNNER_POSTS:-1000}" > "$work/runner.md"
{ echo "## 9. The schedule runner"; echo; cat "$work/runner.md"; echo; } >> "$out"

echo "== 10. campaign import of a 500-row plan"
python3 Benchmarks/drivers/campaign_bench.py --composer "$app" --runs "$RUNS" > "$work/campaign.md"
{ echo "## 10. campaign import of a 500-row plan"; echo; cat "$work/campaign.md"; echo; } >> "$out"

cat "$out"
echo
echo "Written to $out"
