#!/usr/bin/env bash
# Instruction counts per profile for the paths of issue 11 (see BENCHMARKS.md), with
# callgrind, which counts instructions and so does not depend on the machine's load.
#
# Each path runs over 2,000 generated profiles with 1 and with 3 passes (benches/callgrind.rs);
# (instructions(3) - instructions(1)) / (2 * 2000) is the cost per profile, set-up excluded.
#
# Usage: scripts/callgrind.sh [path...]   (default: every path)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(pwd)/target}"
command -v valgrind >/dev/null || { echo "callgrind.sh: valgrind is required" >&2; exit 1; }

bin=$(cargo bench --no-run --bench callgrind --message-format=json 2>/dev/null \
  | sed -n 's/.*"executable":"\([^"]*callgrind[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bin" ] || { echo "callgrind.sh: could not build benches/callgrind.rs" >&2; exit 1; }

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(json_fired plain_parse datalogic_json prepared_fired caution_sets datalogic_prepared parse_profile explain)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

count() { # path passes -> total instructions (Ir)
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1.$2" "$bin" "$1" "$2" >/dev/null 2>"$out/log.$1.$2"
  sed -n 's/^summary: \([0-9]*\).*/\1/p' "$out/cg.$1.$2"
}

printf '%-20s %16s\n' path instructions/profile
for p in "${paths[@]}"; do
  one=$(count "$p" 1)
  three=$(count "$p" 3)
  printf '%-20s %16.0f\n' "$p" "$(echo "($three - $one) / 4000" | bc -l)"
done
