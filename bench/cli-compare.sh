#!/usr/bin/env bash
# Times the minutes command as whole processes against its yardsticks, side by side in one hyperfine run per JDK
# (issue 12 points 3 and 4): a hello-world jar on the same java, `minutes convert --to json` of one sample, and the
# generated 155-note corpus to JSON against `pandoc -f gfm -t json` on the same files.
#
# Usage: bench/cli-compare.sh [--runs N] [--out DIR] [JAVA_HOME...]
#
#   --runs N     hyperfine runs per command (default 20; 3 warm-up runs each)
#   --out DIR    where the corpus, the hello-world jar and hyperfine's JSON go (default bench/target/cli-compare-UTC_TIME)
#   JAVA_HOME    the JDKs to time (default: the java on the PATH, then /usr/lib/jvm/temurin-25-jdk-amd64 when present)
#
# Needs hyperfine and pandoc (Debian packages of the same names) and a built cli/target/minutes and
# bench/target/benchmarks.jar (`mvn -B -pl cli,bench -am package -DskipTests`). The launcher's class-data cache
# (see cli/src/main/sh/minutes-stub.sh) lives in a fresh XDG_CACHE_HOME under DIR and is made by a first run of
# convert before timing, as a user's second run finds it. The ratios printed are hyperfine's, from the means of the same run.
set -euo pipefail

runs=20
out=
jdks=()
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "cli-compare.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
        *) jdks+=("$1"); shift ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "cli-compare.sh: --runs takes a whole number above 0" >&2; exit 2; }
for tool in hyperfine pandoc; do
    command -v "$tool" >/dev/null || { echo "cli-compare.sh: needs $tool (apt-get install $tool)" >&2; exit 1; }
done

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
minutes=$root/cli/target/minutes
bench=$root/bench/target/benchmarks.jar
[[ -x $minutes && -f $bench ]] || { echo "cli-compare.sh: build first: mvn -B -pl cli,bench -am package -DskipTests" >&2; exit 1; }
if ((${#jdks[@]} == 0)); then
    jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && jdks+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
out=${out:-$root/bench/target/cli-compare-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out/hello" "$out/cache"
out=$(cd "$out" && pwd)

# The yardsticks' inputs: the generated corpus (NoteGenerator's default: 155 notes, seed 12) and a hello-world jar.
rm -rf "$out/corpus"
java -cp "$bench" org.minutes.bench.NoteGenerator "$out/corpus" >/dev/null
notes=("$out"/corpus/*.md)
sample=$root/samples/2024-11-06-conda-community.md
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    > "$out/hello/Hello.java"
printf 'Main-Class: Hello\n' > "$out/hello/manifest.txt"

for home in "${jdks[@]}"; do
    name=$(basename "$home")
    "$home/bin/javac" --release 17 -d "$out/hello" "$out/hello/Hello.java"
    (cd "$out/hello" && "$home/bin/jar" cfm "hello-$name.jar" manifest.txt Hello.class)
    export JAVA_HOME=$home XDG_CACHE_HOME=$out/cache/$name
    "$minutes" convert --to json "$sample" >/dev/null   # the first run of convert trains its class-data cache
    echo "== $name: $("$home/bin/java" -version 2>&1 | head -n 1)"
    hyperfine -N -w 3 -r "$runs" --export-json "$out/$name-one.json" \
        -n hello-world "$home/bin/java -jar $out/hello/hello-$name.jar" \
        -n "minutes convert --to json (one sample)" "$minutes convert --to json $sample"
    hyperfine -N -w 3 -r "$runs" --export-json "$out/$name-batch.json" \
        -n "pandoc -f gfm -t json (155 notes)" "pandoc -f gfm -t json -o /dev/null ${notes[*]}" \
        -n "minutes convert --to json (155 notes)" "$minutes convert --to json -o /dev/null ${notes[*]}"
done
echo "results: $out"
