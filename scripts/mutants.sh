#!/usr/bin/env bash
# Mutation testing of the rule, reference, unit, profile, assessment and knowledge code with
# cargo-mutants (issue 17; results and how to read them in TESTING.md).
#
#   scripts/mutants.sh                 every shard in turn (4 shards), each with -j 2 (the
#                                      first build of each job compiles the dependencies)
#   scripts/mutants.sh 2/4             one shard, numbered from 0 (run the others elsewhere)
#   JOBS=1 SHARDS=8 scripts/mutants.sh
#   FAST=1 scripts/mutants.sh          mutate a trimmed copy: no example targets, no debug info
#                                      for this package, only the test files that exercise these
#                                      layers and need no example, merged into one test binary,
#                                      no unit tests of the library, no doctests (a fraction of the time per mutant; a mutant
#                                      only the skipped tests would catch shows as missed: rerun
#                                      those without FAST). With JOBS=1 it builds in ./target.
#   FAST=1 SHARDS=1 TIMEOUT=30 scripts/mutants.sh   the full run of TESTING.md
#   RE='LifeStage::describe' scripts/mutants.sh   only the mutants whose name matches
#   ITERATE=1 scripts/mutants.sh       continue: keep earlier results, skip what they caught
#   LIBTESTS=1 FAST=1 ...              also the library's unit tests (FAST leaves them out)
#   RUN=rerun RE='...' scripts/mutants.sh 0/1   results in target/mutants/rerun-0-of-1, beside
#                                      the shards' (the summary reads every directory)
#
# Needs `cargo install cargo-mutants --locked`. The files to mutate and the exclusions (each
# with the reason it cannot change observable behaviour) are in .cargo/mutants.toml. Results
# go to target/mutants/shard-K-of-N/mutants.out; a per-file summary is printed at the end and
# written to target/mutants/summary.txt.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shards="${SHARDS:-4}"
jobs="${JOBS:-2}"
timeout="${TIMEOUT:-240}"
out="$root/target/mutants"
mkdir -p "$out"

command -v cargo-mutants >/dev/null || {
    echo "cargo-mutants is not installed: cargo install cargo-mutants --locked" >&2
    exit 1
}

tree="$root"
test_args=()
if [[ "${FAST:-0}" == 1 ]]; then
    # A copy of HEAD without example targets and with only the tests of these layers.
    tree="$out/tree"
    rm -rf "$tree" && mkdir -p "$tree"
    git -C "$root" archive HEAD | tar -x -C "$tree"
    python3 - "$tree/Cargo.toml" <<'PY'
import re, sys
path = sys.argv[1]
s = open(path).read()
s = re.sub(r'\[\[example\]\]\n(?:[^\[\n][^\n]*\n)*\n?', '', s)
s = re.sub(r'\[\[test\]\]\nname = "cohort"\n(?:[^\[\n][^\n]*\n)*\n?', '', s)
s = s.replace('[package]\n', '[package]\nautoexamples = false\n', 1)
s += '\n[profile.dev.package.calcification]\ndebug = 0\n'
open(path, 'w').write(s)
PY
    for t in "$tree"/tests/*.rs; do
        case "$(basename "$t" .rs)" in
            # Not the tests that build or run an example (assess_example, query_example, targets,
            # ...): the trimmed copy has no example targets, so they would fail for every mutant.
            mutants_* | rules | boundaries | batch | assessment_properties | supplements | bad_input | drivers | \
                vocabulary | corrections | zero_alloc | knowledge | schemas) ;;
            *) rm "$t" ;;
        esac
    done
    # One test binary instead of twelve: every mutant relinks each binary, and one binary runs
    # its tests on every core. (zero_alloc's counting allocator counts per thread, so it can
    # share the binary.)
    {
        echo "// The test files of the trimmed copy as modules of one binary (scripts/mutants.sh)."
        for t in "$tree"/tests/*.rs; do
            n="$(basename "$t" .rs)"
            echo "#[path = \"$n.rs\"] mod $n;"
        done
    } > "$tree/tests/all.rs.new"
    mv "$tree/tests/all.rs.new" "$tree/tests/all.rs"
    sed -i 's/^autoexamples = false$/autoexamples = false\nautotests = false/' "$tree/Cargo.toml"
    printf '\n[[test]]\nname = "all"\npath = "tests/all.rs"\n' >> "$tree/Cargo.toml"
    if [[ "$jobs" != 1 ]]; then
        # Dependencies optimised, built once per job (about 6 minutes): the tests spend much of
        # their time in serde_json and proptest. One job reuses the real tree's instead.
        printf '\n[profile.dev.package."*"]\nopt-level = 2\n' >> "$tree/Cargo.toml"
    fi
    # Not the library's own unit tests (crate-private number formatting) unless LIBTESTS=1:
    # they compile the library a second time for every mutant.
    # tests/schemas.rs compares the schemas with the committed files itself; its one test
    # that runs the export example is skipped.
    skip=(-- --skip export_example_writes_the_committed_files)
    if [[ "${LIBTESTS:-0}" == 1 ]]; then
        test_args=(-- --lib --test all "${skip[@]}")
    else
        test_args=(-- --test all "${skip[@]}")
    fi
    if [[ "$jobs" == 1 ]]; then
        # One job reuses the dependencies already built for the real tree. Every scratch copy
        # then builds into the same directory under the same artifact names, so this is only
        # safe with one job (cargo still uses every core).
        export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
    else
        # Parallel jobs each build in their own scratch copy (the first build of each job
        # compiles the dependencies): a shared CARGO_TARGET_DIR would mix their binaries.
        unset CARGO_TARGET_DIR
    fi
else
    # Each scratch copy builds in its own target directory (the first build of each job
    # compiles the dependencies). A CARGO_TARGET_DIR shared by parallel jobs mixes their
    # binaries, so it is not passed on.
    unset CARGO_TARGET_DIR
fi

filter=()
if [[ -n "${RE:-}" ]]; then
    filter=(--re "$RE")
fi

run_shard() {
    local shard="$1" dir="$out/${RUN:-shard}-${1%/*}-of-${1#*/}"
    local start
    start=$(date +%s)
    # ITERATE=1 keeps the shard's results and skips what they caught (cargo mutants --iterate).
    if [[ "${ITERATE:-0}" == 1 ]]; then
        iterate=(--iterate)
    else
        iterate=()
        rm -rf "$dir"
    fi
    mkdir -p "$dir"
    echo "== shard $shard ($(date -u +%H:%M:%S) UTC)"
    # Exit status 2 means some mutants were missed: that is a result, not a failure here.
    (cd "$tree" && cargo mutants --config "$root/.cargo/mutants.toml" --shard "$shard" --sharding round-robin \
        -j "$jobs" --timeout "$timeout" --output "$dir" "${iterate[@]}" "${filter[@]}" "${test_args[@]}") || [[ $? == 2 ]]
    echo "== shard $shard took $(($(date +%s) - start)) s"
}

if [[ $# -ge 1 ]]; then
    run_shard "$1"
else
    for k in $(seq 0 $((shards - 1))); do
        run_shard "$k/$shards"
    done
fi

# Caught / missed / unviable / timeout per file, over every result directory under
# target/mutants (shards, runs continued with ITERATE=1 in mutants.out.old, reruns of
# survivors): the newest outcome of each mutant counts.
python3 - "$out" "$root/.cargo/mutants.toml" <<'PY' | tee "$out/summary.txt"
import glob, json, os, re, sys, tomllib
from collections import defaultdict
paths = glob.glob(os.path.join(sys.argv[1], "*", "mutants.out*", "outcomes.json"))
# Mutants excluded since their run are not counted, as a new run would not generate them.
excluded = [re.compile(p) for p in tomllib.load(open(sys.argv[2], "rb"))["exclude_re"]]
latest = {}
for path in sorted(paths, key=os.path.getmtime):
    for o in json.load(open(path))["outcomes"]:
        if o.get("scenario") == "Baseline":
            continue
        mutant = o["scenario"]["Mutant"]
        if any(p.search(mutant["name"]) for p in excluded):
            continue
        latest[mutant["name"]] = (mutant["file"], o["summary"])
counts = defaultdict(lambda: defaultdict(int))
for file, summary in latest.values():
    kind = {"CaughtMutant": "caught", "MissedMutant": "missed", "Unviable": "unviable",
            "Timeout": "timeout"}.get(summary, summary.lower())
    counts[file][kind] += 1
total = defaultdict(int)
print(f"{'file':32} {'caught':>6} {'missed':>6} {'unviable':>8} {'timeout':>7} {'score':>6}")
for f in sorted(counts):
    c = counts[f]
    for k, v in c.items():
        total[k] += v
    decided = c["caught"] + c["missed"]
    score = f"{100 * c['caught'] / decided:.0f}%" if decided else "-"
    print(f"{f:32} {c['caught']:6} {c['missed']:6} {c['unviable']:8} {c['timeout']:7} {score:>6}")
decided = total["caught"] + total["missed"]
score = f"{100 * total['caught'] / decided:.1f}%" if decided else "-"
print(f"{'total':32} {total['caught']:6} {total['missed']:6} {total['unviable']:8} {total['timeout']:7} {score:>6}")
PY
