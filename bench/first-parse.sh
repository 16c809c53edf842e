#!/usr/bin/env bash
# The first parse in a fresh JVM (issue 12 point 3): FirstParseBenchmark (single shot, one parse per fork) on each
# JDK, once as the JVM starts by default and once with class-data sharing trained on the samples, as the minutes
# launcher runs: an AppCDS archive (-XX:ArchiveClassesAtExit) on JDK 17-23, an AOT cache (-XX:AOTMode=record and
# create) on JDK 24 and later. Both parsers' classes are in the archive (FirstParseTraining parses with each).
#
# Usage: bench/first-parse.sh [--forks N] [--out DIR] [JAVA_HOME...]
#
#   --forks N   forks per benchmark (default 30)
#   --out DIR   where archives and JMH results go (default bench/target/first-parse-UTC_TIME)
#   JAVA_HOME   the JDKs (default: the java on the PATH, then /usr/lib/jvm/temurin-25-jdk-amd64 when present)
#
# Needs bench/target/benchmarks.jar (mvn -B -pl bench -am package -DskipTests).
set -euo pipefail

forks=30
out=
jdks=()
while (($#)); do
    case $1 in
        --forks) forks=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "first-parse.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
        *) jdks+=("$1"); shift ;;
    esac
done
[[ $forks =~ ^[1-9][0-9]*$ ]] || { echo "first-parse.sh: --forks takes a whole number above 0" >&2; exit 2; }
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
jar=$root/bench/target/benchmarks.jar
[[ -f $jar ]] || { echo "first-parse.sh: build first: mvn -B -pl bench -am package -DskipTests" >&2; exit 1; }
if ((${#jdks[@]} == 0)); then
    jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && jdks+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
out=${out:-$root/bench/target/first-parse-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

for home in "${jdks[@]}"; do
    name=$(basename "$home")
    java=$home/bin/java
    run() {
        "$java" -cp "$jar" org.openjdk.jmh.Main FirstParseBenchmark -f "$forks" -rf json -rff "$out/$name-$1.json" \
            -jvmArgsAppend "-Dminutes.root=$root $2" | grep -E '^(Benchmark|FirstParseBenchmark)'
    }
    echo "== $name, default start"
    run plain ""
    if "$java" -XX:AOTMode=record -XX:AOTConfiguration="$out/$name.aotconf" -Dminutes.root="$root" -cp "$jar" \
            org.minutes.bench.FirstParseTraining >/dev/null 2>&1 && [[ -s $out/$name.aotconf ]]; then
        "$java" -XX:AOTMode=create -XX:AOTConfiguration="$out/$name.aotconf" -XX:AOTCache="$out/$name.aot" \
            -cp "$jar" >/dev/null 2>&1
        echo "== $name, AOT cache"
        run shared "-XX:AOTCache=$out/$name.aot -Xlog:aot=off -Xlog:cds=off"
    else
        "$java" -XX:ArchiveClassesAtExit="$out/$name.jsa" -Dminutes.root="$root" -cp "$jar" \
            org.minutes.bench.FirstParseTraining >/dev/null 2>&1
        echo "== $name, AppCDS archive"
        run shared "-XX:SharedArchiveFile=$out/$name.jsa -Xlog:cds=off"
    fi
done
echo "results: $out"
