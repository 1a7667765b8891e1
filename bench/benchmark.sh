#!/usr/bin/env bash
# Benchmark of one reconciliation run on synthetic inputs.
#
#   bench/benchmark.sh --skus 100000 [--db h2|postgres|both] [--keep]
#
# Generates the inputs into bench/work/<skus>/ unless they are there already (stockrecon generate,
# seed 1, business date $BENCH_DATE or 2026-11-24), then runs `run.sh reconcile` on them against a
# fresh database -- an H2 file database in a temporary folder, or a new schema on the PostgreSQL
# server (BENCH_PG_HOST/PORT/DB/USER, default 127.0.0.1:5432 database test user postgres) -- and
# prints wall time, peak RSS, rows read, the seconds of each step (summary.json
# timings.steps_seconds), and the parse floor: the seconds commons-csv 1.14 takes to parse every input
# file once on one thread (bench/ParseFloor.java, measured just before the run), with wall / floor.
# JAVA_OPTS is passed through to the JVM. --keep keeps the temporary folder (database, reports, log)
# and the PostgreSQL schema; without it both are removed. BENCH_H2_OPTIONS is appended to the H2 URL
# (e.g. ';CACHE_SIZE=262144').
# A line per run is appended to bench/work/results.tsv.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
skus=""
db="h2"
keep=0

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --skus) skus="${2:-}"; shift 2 ;;
    --db) db="${2:-}"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage ;;
    *) echo "benchmark: unknown option $1" >&2; usage ;;
  esac
done
if ! [[ "$skus" =~ ^[0-9]+$ ]]; then
  echo "benchmark: --skus N is required (a whole number)" >&2
  usage
fi
if [ "$db" = "both" ]; then
  rest=()
  [ "$keep" -eq 1 ] && rest+=(--keep)
  "${BASH_SOURCE[0]}" --skus "$skus" --db h2 "${rest[@]}"
  exec "${BASH_SOURCE[0]}" --skus "$skus" --db postgres "${rest[@]}"
fi
if [ "$db" != "h2" ] && [ "$db" != "postgres" ]; then
  echo "benchmark: --db must be h2, postgres or both" >&2
  exit 2
fi

pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_port="${BENCH_PG_PORT:-5432}"
pg_db="${BENCH_PG_DB:-test}"
pg_user="${BENCH_PG_USER:-postgres}"
psql_cmd() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_db" "$@"
}

# Build the jar now (run.sh does it when the sources are newer), so that no build is timed.
"$root/run.sh" --version >/dev/null

inputs="$root/bench/work/$skus"
if [ ! -f "$inputs/generated.properties" ]; then
  rm -rf "$inputs" "$root/bench/work/.$skus.partial"
  mkdir -p "$root/bench/work"
  echo "Generating inputs for $skus SKUs into bench/work/$skus ..."
  "$root/run.sh" generate --skus "$skus" --out "$inputs" --date "${BENCH_DATE:-2026-11-24}" --seed 1
fi
property() {
  sed -n "s/^$1=//p" "$inputs/generated.properties"
}
date="$(property date)"
input_rows="$(property rows)"
input_bytes="$(property bytes)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/stockrecon-bench.XXXXXX")"
schema=""
cleanup() {
  if [ "$keep" -eq 0 ]; then
    rm -rf "$tmp"
    if [ -n "$schema" ]; then
      psql_cmd -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
    fi
  fi
}
trap cleanup EXIT

unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
if [ "$db" = "postgres" ]; then
  if ! command -v psql >/dev/null; then
    echo "benchmark: --db postgres needs psql to create a fresh schema" >&2
    exit 2
  fi
  schema="bench_$(date +%s)_$$"
  psql_cmd -c "CREATE SCHEMA $schema"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_db?currentSchema=$schema"
  export SPRING_DATASOURCE_USERNAME="$pg_user"
  export SPRING_DATASOURCE_PASSWORD="${BENCH_PG_PASSWORD:-}"
else
  export SPRING_DATASOURCE_URL="jdbc:h2:file:$tmp/data/stockrecon;AUTO_SERVER=TRUE${BENCH_H2_OPTIONS:-}"
fi

# commons-csv with what it needs, as the project resolves them.
classpath="$root/target/bench-classpath.txt"
if [ ! -s "$classpath" ] || [ "$root/pom.xml" -nt "$classpath" ]; then
  (cd "$root" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath") >&2
fi
read -r floor _ < <(java -cp "$(cat "$classpath")" "$root/bench/ParseFloor.java" "$inputs")

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
command=("$root/run.sh" reconcile --input "$inputs" --reports "$tmp/reports" --date "$date")
set +e
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  (cd "$tmp" && /usr/bin/time -v -o "$tmp/time.txt" "${command[@]}" >"$tmp/stdout.txt" 2>"$tmp/stderr.txt")
  status=$?
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time.txt" \
    | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')"
  rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time.txt")"
  cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$tmp/time.txt")"
else
  # No GNU time: sample the JVM's own peak (VmHWM) until it ends; run.sh execs java in place.
  started="$(date +%s%N)"
  (cd "$tmp" && exec "${command[@]}" >"$tmp/stdout.txt" 2>"$tmp/stderr.txt") &
  pid=$!
  rss_kb=0
  cpu="?"
  while kill -0 "$pid" 2>/dev/null; do
    hwm="$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || true)"
    if [ -n "$hwm" ] && [ "$hwm" -gt "$rss_kb" ]; then rss_kb="$hwm"; fi
    sleep 0.2
  done
  wait "$pid"
  status=$?
  wall="$(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
fi
set -e
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

summary="$tmp/reports/$date/summary.json"
echo
echo "StockRecon benchmark: $skus SKUs on $db, business date $date"
echo "  inputs        bench/work/$skus ($input_rows rows, $((input_bytes / 1000000)) MB)"
echo "  machine       $(nproc 2>/dev/null || echo '?') cores; load average before $load_before, after $load_after"
echo "  JAVA_OPTS     ${JAVA_OPTS:-(run.sh default)}"
echo "  exit code     $status"
echo "  wall time     $wall s"
echo "  CPU time      $cpu s (user + system; steadier than wall time on a busy machine)"
echo "  peak RSS      $((rss_kb / 1024)) MB"
echo "  parse floor   $floor s (commons-csv 1.14.1 parsing every input file once on one thread, just before)"
ratio="$(awk -v w="$wall" -v f="$floor" 'BEGIN { printf "%.2f", (f > 0 ? w / f : 0) }')"
echo "  ratio         $ratio (wall time / parse floor)"
if [ "$status" -ne 0 ] || [ ! -f "$summary" ]; then
  echo "The run did not complete; its output:" >&2
  tail -n 20 "$tmp/stdout.txt" "$tmp/stderr.txt" >&2
  keep=1
  echo "Kept for inspection: $tmp${schema:+ (schema $schema)}" >&2
  exit 1
fi

if command -v python3 >/dev/null; then
  read -r rows_read job_seconds steps < <(python3 - "$summary" <<'EOF'
import json, sys
summary = json.load(open(sys.argv[1]))
rows = sum(source["read"] for source in summary["sources"].values())
steps = ",".join(f"{name}={seconds}" for name, seconds in summary["timings"]["steps_seconds"].items())
print(rows, summary["timings"]["duration_seconds"], steps)
EOF
)
elif command -v jq >/dev/null; then
  rows_read="$(jq '[.sources[].read] | add' "$summary")"
  job_seconds="$(jq '.timings.duration_seconds' "$summary")"
  steps="$(jq -r '.timings.steps_seconds | to_entries | map("\(.key)=\(.value)") | join(",")' "$summary")"
else
  echo "benchmark: python3 or jq is needed to read $summary" >&2
  exit 1
fi
echo "  rows read     $rows_read ($(awk -v r="$rows_read" -v w="$wall" 'BEGIN { printf "%d", (w > 0 ? r / w : 0) }') rows/s of wall time)"
echo "  job           $job_seconds s from job start to summary.json (the rest of the wall time is JVM and Spring"
echo "                start-up, migrations, run bookkeeping, the report folder rename, shutdown)"
echo "  steps (s)     from summary.json; publish is still running when summary.json is written, its time is"
echo "                Spring Batch's line in logs/stockrecon.log"
# Spring Batch logs "Step: [publish] executed in 1m2s345ms".
publish="$(sed -n 's/.*Step: \[publish\] executed in \([0-9hms]*\).*/\1/p' "$tmp/logs/stockrecon.log" 2>/dev/null | tail -n 1 \
  | awk '{ s = 0; n = ""; for (i = 1; i <= length($0); i++) { c = substr($0, i, 1);
      if (c ~ /[0-9]/) { n = n c } else if (c == "h") { s += n * 3600; n = "" }
      else if (c == "m" && substr($0, i + 1, 1) == "s") { s += n / 1000; n = ""; i++ }
      else if (c == "m") { s += n * 60; n = "" } else if (c == "s") { s += n; n = "" } }
    if (length($0) > 0) printf "%.3f", s }')"
if [ -n "$publish" ]; then
  steps="$steps,publish=$publish"
fi
echo "$steps" | tr ',' '\n' | awk -F= '{ printf "    %-18s %8.1f\n", $1, $2; total += $2 } END { printf "    %-18s %8.1f\n", "(sum)", total }'
if [ "$keep" -eq 1 ]; then
  echo "  kept          $tmp${schema:+ (schema $schema)}"
fi

results="$root/bench/work/results.tsv"
if [ ! -f "$results" ]; then
  printf 'when\tskus\tdb\twall_s\tcpu_s\tjob_s\tparse_floor_s\tratio\tpeak_rss_mb\trows_read\tload_before\tjava_opts\tsteps_seconds\n' >"$results"
fi
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$skus" "$db" "$wall" \
  "$cpu" "$job_seconds" "$floor" "$ratio" "$((rss_kb / 1024))" "$rows_read" "$load_before" "${JAVA_OPTS:-}" "$steps" >>"$results"
