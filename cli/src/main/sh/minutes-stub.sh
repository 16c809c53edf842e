#!/bin/sh
# minutes: the Minutes command line in one file, this shell stub followed by the executable jar (java reads the jar at
# the end of the file). Copy or link it anywhere, for example onto the PATH. Needs Java 17 or later: JAVA_HOME/bin/java
# when JAVA_HOME is set, else java on the PATH. JAVA_TOOL_OPTIONS passes options to the JVM (-Xmx2g).
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
fi
exec "$java" -jar "$0" "$@"
