#!/usr/bin/env bash
# StockRecon command line. Builds the application jar first when it is missing or older than the
# sources, then runs it (heap 1 GB unless JAVA_OPTS says otherwise). With no arguments: reconcile
# sample-data/ for its previous day and its date on the embedded H2 database.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/stockrecon.jar"

if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "Building StockRecon (mvn package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package) >&2
fi

export STOCKRECON_HOME="$here"
stockrecon() {
  java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx1g} -Dstockrecon.home="$here" -jar "$jar" "$@"
}

if [ $# -eq 0 ]; then
  # The whole picture of the sample: its previous day first (the QTY_JUMP baseline), then its own
  # date, on which its feeds are fresh (the dates make-sample.py writes; see README "The sample data").
  sample_date=2026-11-25
  previous_date=2026-11-24
  echo "Reconciling the sample's previous day, $previous_date (the baseline of QTY_JUMP)..."
  stockrecon reconcile --date "$previous_date" --input "$here/sample-data/previous-day" >/dev/null
  stockrecon reconcile --date "$sample_date" --input "$here/sample-data"
  exit
fi

exec java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx1g} -Dstockrecon.home="$here" -jar "$jar" "$@"
