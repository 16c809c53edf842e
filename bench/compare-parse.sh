#!/usr/bin/env bash
# Compares parse throughput before and after a change, as a ratio to commonmark-java in the same run.
#
# Usage: bench/compare-parse.sh [--before REV] [--rounds N] [--out DIR] [-- JMH_OPTION...]
#
#   --before REV  the revision to compare with (default b1d2f6e, main before issue 6)
#   --rounds N    rounds of (before, after) runs, alternating (default 3)
#   --out DIR     where the jars, JMH logs and JSON results go (default bench/target/compare-parse-UTC_TIME)
#   JMH_OPTION    options for each JMH run (default: -f 1 -wi 5 -w 3s -i 5 -r 2s)
#
# It builds the bench jar of REV in a temporary git worktree (under /tmp, removed afterwards) and the bench jar of
# the working tree, copies both corpora once (samples/ and ../shared/examples/) so that both builds parse the same
# files (GENERATED, when both builds have it, is the same text as long as NoteGenerator is unchanged), then runs ParseBenchmark of the two jars alternately, pinned to CPU 1 with taskset where there is one, and
# prints per corpus the Minutes/commonmark ratio of every run, the mean ± standard deviation of each build and
# after/before of the means (org.minutes.bench.ParseComparison). It checks that all runs parsed the same bytes.
set -euo pipefail

before=b1d2f6e
rounds=3
out=
jmh=(-f 1 -wi 5 -w 3s -i 5 -r 2s)
while (($#)); do
    case $1 in
        --before) before=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --) shift; (($#)) && jmh=("$@"); break ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare-parse.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "compare-parse.sh: --rounds takes a whole number above 0" >&2; exit 2; }

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
rev=$(git -C "$root" rev-parse --verify "$before^{commit}")
shared=$root/../shared
[[ -d $shared/examples ]] || { echo "compare-parse.sh: no $shared/examples" >&2; exit 1; }
out=${out:-$root/bench/target/compare-parse-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

tmp=$(mktemp -d /tmp/minutes-compare.XXXXXX)
cleanup() {
    git -C "$root" worktree remove --force "$tmp/before" 2>/dev/null || true
    git -C "$root" worktree prune
    rm -rf "$tmp"
}
trap cleanup EXIT

echo "before: $before ($rev), after: the working tree of $root; results in $out"
git -C "$root" worktree add --quiet --detach "$tmp/before" "$rev"
echo "building the bench jar of $before ..."
(cd "$tmp/before" && mvn -B -o -q -pl bench -am package -DskipTests) > "$out/build-before.log" 2>&1 \
    || { echo "build of $before failed, see $out/build-before.log" >&2; exit 1; }
cp "$tmp/before/bench/target/benchmarks.jar" "$out/before.jar"
echo "building the bench jar of the working tree ..."
(cd "$root" && mvn -B -o -q -pl bench -am package -DskipTests) > "$out/build-after.log" 2>&1 \
    || { echo "build of the working tree failed, see $out/build-after.log" >&2; exit 1; }
cp "$root/bench/target/benchmarks.jar" "$out/after.jar"

# One copy of the corpora for both builds: -Dminutes.root finds samples/, -Dminutes.shared finds examples/.
corpus=$tmp/corpus
mkdir -p "$corpus/samples" "$corpus/shared/examples"
cp "$root"/samples/*.md "$corpus/samples/"
cp "$shared"/examples/*.md "$corpus/shared/examples/"
declare -A expected=(
    [SAMPLES]=$(cat "$corpus"/samples/*.md | wc -c)
    [EXAMPLES]=$(cat "$corpus"/shared/examples/*.md | wc -c)
)
echo "corpora: SAMPLES $(ls "$corpus"/samples/*.md | wc -l) files, ${expected[SAMPLES]} bytes;" \
     "EXAMPLES $(ls "$corpus"/shared/examples/*.md | wc -l) files, ${expected[EXAMPLES]} bytes"

# GENERATED (NoteGenerator, in memory) is a corpus of builds since issue 12: compare it only when both builds have it,
# unless the JMH options choose the corpora themselves.
if [[ " ${jmh[*]} " != *corpus=* ]] && ! jar tf "$out/before.jar" | grep -qx 'org/minutes/bench/NoteGenerator.class'; then
    echo "$before has no GENERATED corpus: comparing SAMPLES and EXAMPLES"
    jmh+=(-p corpus=SAMPLES,EXAMPLES)
fi

pin=()
if command -v taskset >/dev/null && taskset -c 1 true 2>/dev/null; then
    pin=(taskset -c 1)
else
    echo "taskset or CPU 1 not available: the runs are not pinned" >&2
fi
echo "JMH options: ${jmh[*]}; pinned: ${pin[*]:-no}"

befores=()
afters=()
for ((round = 1; round <= rounds; round++)); do
    for side in before after; do
        echo "round $round/$rounds, $side, started $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
        "${pin[@]}" java -Dminutes.root="$corpus" -Dminutes.shared="$corpus/shared" -jar "$out/$side.jar" \
            'ParseBenchmark' "${jmh[@]}" -rf json -rff "$out/$side-$round.json" > "$out/$side-$round.log" 2>&1 \
            || { echo "JMH run failed, see $out/$side-$round.log" >&2; exit 1; }
        if [[ $side == before ]]; then befores+=("$out/$side-$round.json"); else afters+=("$out/$side-$round.json"); fi
    done
done

report=$(java -cp "$out/after.jar" org.minutes.bench.ParseComparison --before "${befores[@]}" --after "${afters[@]}")
echo
echo "$report" | tee "$out/comparison.md"
# Every run agreed on each corpus's size (ParseComparison checks); that size must be the copied files'.
for name in "${!expected[@]}"; do
    measured=$(echo "$report" | awk -F' *[|] *' -v c="$name" '$2 == c { print $3 }')
    if [[ -n $measured && $measured != "${expected[$name]}" ]]; then
        echo "compare-parse.sh: $name was parsed as $measured bytes, the copied files have ${expected[$name]}" >&2
        exit 1
    fi
done
