#!/bin/sh
# minutes: the Minutes command line in one file, this shell stub followed by the executable jar (java reads the jar at
# the end of the file). Copy or link it anywhere, for example onto the PATH. Needs Java 17 or later: JAVA_HOME/bin/java
# when JAVA_HOME is set, else java on the PATH. JAVA_TOOL_OPTIONS passes options to the JVM (-Xmx2g).
#
# Class-data sharing: the first run archives the classes it loads into the user's cache
# (${XDG_CACHE_HOME:-~/.cache}/minutes), and later runs map them instead of loading them again, which starts them
# faster. The archive belongs to this very file and Java: another build or another Java makes a new one, and one the
# JVM cannot use is ignored. MINUTES_CDS=off turns it off. The dynamic archive works on JDK 17 to 25; JDK 24+'s AOT
# cache is not used, as JDK 25 prints its recording messages on standard output.
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
fi
self=$0
while [ -L "$self" ]; do
    link=$(readlink "$self")
    case $link in
        /*) self=$link ;;
        *) self=$(dirname "$self")/$link ;;
    esac
done
self=$(cd "$(dirname "$self")" && pwd)/$(basename "$self")
if [ "${MINUTES_CDS:-on}" = off ]; then
    exec "$java" -jar "$self" "$@"
fi
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/minutes
key=$( { ls -lnL "$self"; echo "$self $java ${JAVA_HOME:-}"; } | cksum | cut -d' ' -f1)
archive=$cache/minutes-$key.jsa
# The JVM's class-data messages would go to standard output, which belongs to the command's output.
quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
if [ -f "$archive" ]; then
    exec "$java" -XX:SharedArchiveFile="$archive" $quiet -jar "$self" "$@"
fi
if ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
    exec "$java" -jar "$self" "$@"
fi
status=0
"$java" -XX:ArchiveClassesAtExit="$archive.$$" $quiet -jar "$self" "$@" || status=$?
if [ -s "$archive.$$" ]; then
    mv -f "$archive.$$" "$archive" 2>/dev/null || rm -f "$archive.$$"
else
    rm -f "$archive.$$"
fi
exit $status
