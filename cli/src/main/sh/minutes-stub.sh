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
# profiles); on JDK 17 to 23, where those options are unknown, a dynamic AppCDS archive. The cache belongs to this
# very file and Java: its name holds this build's id (written here when the jar is built), this file's path and the
# java command's, and a cache older than this file or than the java program is made anew, so that another build,
# another path or another Java gets a new one; one the JVM cannot use anyway is ignored. Training and archiving print
# nothing, so the command's output is the same with or without them. MINUTES_CDS=off turns it all off.
#
# The JIT stops at its first tier (C1): a run of the command is over before the optimising compiler's work pays off,
# and that work took the CPU the run needed (issue 12 point 3: a third less CPU for one note, no slower for a thousand).
# It compiles on one thread (JDK 17 starts two, which took the CPU the notes needed on two cores: 5 % faster for one
# note and for 155; JDK 25 starts one already), and inlines less than by default (methods of up to 20 bytes of
# bytecode, 5 calls deep, for 35 and 9): the compiler thread took 0.27 s of the 0.85 s of CPU that 155 notes to JSON
# took on JDK 17 and now takes 0.21 s, the code it makes is no slower, the 155 notes take 5-15 % less CPU on JDK 17
# and on JDK 25, and one note no more (issue 12 point 4).
# With an AOT cache (JDK 24 and later) the JVM uses the serial collector, which sets up faster than G1 and loads the
# cache's archived objects as well (3 ms less for one note, 5 % less for 155); JDK 17 maps its archived objects with G1
# only, so it keeps G1. A collector or compiler set-up named in JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS or _JAVA_OPTIONS
# is left alone (two collectors, or one compiler thread for the optimising compiler, would stop the JVM), and so is
# inlining when an option about it is named there (the command line would override JAVA_TOOL_OPTIONS' limits).
#
# Everything before java starts is part of every run's time, so the stub starts no other program when it is run by
# its path (ls and cksum took 2 ms of each run), only readlink for each link it is run through and, the first run,
# the training and archiving: the shell's built-ins do the rest.
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
# The user's JVM options: a collector or compiler set-up named there is theirs.
user=" ${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-} ${_JAVA_OPTIONS:-}"
case $user in
    *Tiered* | *Compil*) compilers= ;;
    *) compilers=-XX:CICompilerCount=1 ;;
esac
case $user in
    *Inline*) inlining= ;;
    *) inlining="-XX:C1MaxInlineSize=20 -XX:C1MaxInlineLevel=5" ;;
esac
case $user in
    *GC*) serial= ;;
    *) serial=-XX:+UseSerialGC ;;
esac
jit="-XX:TieredStopAtLevel=1 -XX:-UsePerfData $compilers $inlining"
if [ "${MINUTES_CDS:-on}" = off ]; then
    exec "$java" $jit -jar "$self" "$@"
fi
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/minutes
case ${1:-} in
    convert | check | fmt) group=$1 ;;
    *) group=all ;;
esac
# The java program that runs: java on the PATH when JAVA_HOME gives none (the shell finds it the same way).
program=$java
case $java in
    */*) ;;
    *)
        saved=$IFS
        IFS=:
        for dir in $PATH; do
            if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
                program=${dir:-.}/java
                break
            fi
        done
        IFS=$saved
        ;;
esac
# The cache's name: this build, this file and that java, spelt as a file name (letters, digits, . _ - kept, / as +,
# anything else as @); a name too long for the file system is hashed instead.
rest="$self $program"
key=
while [ -n "$rest" ]; do
    tail=${rest#?}
    char=${rest%"$tail"}
    rest=$tail
    case $char in
        [A-Za-z0-9._-]) key=$key$char ;;
        /) key=$key+ ;;
        *) key=$key@ ;;
    esac
done
if [ ${#key} -gt 180 ]; then
    key=$(printf '%s\n' "$key" | cksum)
    key=${key%% *}
fi
base=$cache/minutes-@BUILD@-$key-$group
# The JVM's class-data messages (a cache it cannot use, say) would go to standard output, which belongs to the
# command's output. JDK 17 knows no aot tag.
quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
# A cache is used when it is newer than this file and the java program (-nt follows links).
fresh() {
    [ -f "$1" ] && [ ! "$self" -nt "$1" ] && [ ! "$program" -nt "$1" ]
}
run() {
    if fresh "$base.aot"; then
        exec "$java" $jit $serial -XX:AOTCache="$base.aot" $quiet -Xlog:aot=off -jar "$self" "$@"
    elif fresh "$base.jsa"; then
        exec "$java" $jit -XX:SharedArchiveFile="$base.jsa" $quiet -jar "$self" "$@"
    fi
    exec "$java" $jit -jar "$self" "$@"
}
if fresh "$base.aot" || fresh "$base.jsa" || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
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
    made=$base.aot
    [ -s "$part.aot" ] && mv -f "$part.aot" "$made" 2>/dev/null
else
    # JDK 17 to 23: no AOT cache (the JVM refused the option and recorded nothing).
    train -XX:ArchiveClassesAtExit="$part.jsa"
    made=$base.jsa
    [ -s "$part.jsa" ] && mv -f "$part.jsa" "$made" 2>/dev/null
fi
rm -f "$part.aotconf" "$part.aot" "$part.jsa"
# A file or java dated in the future would make every run train again: the cache takes the newer date.
for file in "$self" "$program"; do
    if [ -f "$made" ] && [ "$file" -nt "$made" ]; then
        touch -r "$file" "$made" 2>/dev/null
    fi
done
# The caches of earlier builds (their ids have 32 characters) at this path with this java go: each build would
# leave one of 10-25 MB.
id=????????????????????????????????
if [ -f "$made" ]; then
    for old in "$cache"/minutes-$id-"$key-$group".aot "$cache"/minutes-$id-"$key-$group".jsa; do
        if [ "$old" != "$made" ] && [ -f "$old" ]; then
            rm -f "$old"
        fi
    done
fi
run "$@"
