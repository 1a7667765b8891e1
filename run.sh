#!/usr/bin/env bash
# StockRecon command line. Builds the application jar first when it is missing or older than the
# sources, then runs it (heap 1 GB unless JAVA_OPTS says otherwise). With no arguments: reconcile
# sample-data/ for today on the embedded H2 database.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/stockrecon.jar"

if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "Building StockRecon (mvn package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package) >&2
fi

if [ $# -eq 0 ]; then
  set -- reconcile
fi

export STOCKRECON_HOME="$here"
exec java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx1g} -Dstockrecon.home="$here" -jar "$jar" "$@"
