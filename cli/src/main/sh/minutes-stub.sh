#!/bin/sh
# minutes: the Minutes command line in one file, this shell stub followed by the executable jar (java reads the jar at
# the end of the file). Copy or link it anywhere, for example onto the PATH. Needs Java 17 or later: JAVA_HOME/bin/java
# when JAVA_HOME is set, else java on the PATH. JAVA_TOOL_OPTIONS passes options to the JVM (-Xmx2g).
#
# Class-data sharing: the first run trains the JVM on the commands (org.minutes.cli.Training runs them in-process over
# sample notes the jar carries, printing nothing) and keeps what it learnt in the user's cache
# (${XDG_CACHE_HOME:-~/.cache}/minutes); every later run maps it instead of loading, linking and warming the classes
# again, which starts it several times faster. convert, check and fmt each have a cache of their own, trained on that
# command alone (JDK 25 loads every class of the cache at start: a smaller one starts sooner); the other commands
# share one. On JDK 24 and later that is an AOT cache (-XX:AOTMode=record, then -XX:AOTMode=create; JDK 25 adds method
# profiles); on JDK 17 to 23, where those options are unknown, a dynamic AppCDS archive. The cache belongs to this very file and Java: another build or another Java makes a new one, and
# one the JVM cannot use is ignored. Training and archiving print nothing, so the command's output is the same with
# or without them. MINUTES_CDS=off turns it all off.
#
# The JIT stops at its first tier (C1): a run of the command is over before the optimising compiler's work pays off,
# and that work took the CPU the run needed (issue 12 point 3: a third less CPU for one note, no slower for a thousand).
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
fi
# This file's absolute path, links followed, with the shell's own means: every program started before java is part
# of every run's time (issue 12 point 3).
self=$0
while [ -L "$self" ]; do
    link=$(readlink "$self")
    case $link in
        /*) self=$link ;;
        *) case $self in */*) self=${self%/*}/$link ;; *) self=$link ;; esac ;;
    esac
done
case $self in
    /*) ;;
    */*) self=$(cd "${self%/*}" && pwd)/${self##*/} ;;
    *) self=$(pwd)/$self ;;
esac
jit="-XX:TieredStopAtLevel=1 -XX:-UsePerfData"
if [ "${MINUTES_CDS:-on}" = off ]; then
    exec "$java" $jit -jar "$self" "$@"
fi
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/minutes
key=$( { ls -lnL "$self"; echo "$self $java ${JAVA_HOME:-}"; } | cksum)
case ${1:-} in
    convert | check | fmt) group=$1 ;;
    *) group=all ;;
esac
base=$cache/minutes-${key%% *}-$group
# The JVM's class-data messages (a cache it cannot use, say) would go to standard output, which belongs to the
# command's output. JDK 17 knows no aot tag.
quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
run() {
    if [ -f "$base.aot" ]; then
        exec "$java" $jit -XX:AOTCache="$base.aot" $quiet -Xlog:aot=off -jar "$self" "$@"
    elif [ -f "$base.jsa" ]; then
        exec "$java" $jit -XX:SharedArchiveFile="$base.jsa" $quiet -jar "$self" "$@"
    fi
    exec "$java" $jit -jar "$self" "$@"
}
if [ -f "$base.aot" ] || [ -f "$base.jsa" ] || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
    run "$@"
fi
# The first run: train, then archive. Temporary names end in the process id, so that runs started together (a
# pre-commit hook over many files) each write their own and the last rename wins.
part=$base.$$
train() {
    "$java" $jit "$@" -cp "$self" org.minutes.cli.Training "$group" >/dev/null 2>&1 || true
}
train -XX:AOTMode=record -XX:AOTConfiguration="$part.aotconf"
if [ -s "$part.aotconf" ]; then
    "$java" $jit -XX:AOTMode=create -XX:AOTConfiguration="$part.aotconf" -XX:AOTCache="$part.aot" -cp "$self" \
        >/dev/null 2>&1 || true
    [ -s "$part.aot" ] && mv -f "$part.aot" "$base.aot" 2>/dev/null
else
    # JDK 17 to 23: no AOT cache (the JVM refused the option and recorded nothing).
    train -XX:ArchiveClassesAtExit="$part.jsa"
    [ -s "$part.jsa" ] && mv -f "$part.jsa" "$base.jsa" 2>/dev/null
fi
rm -f "$part.aotconf" "$part.aot" "$part.jsa"
run "$@"
