#!/usr/bin/env bash
# Scale-out benchmark: one reconciliation run on PostgreSQL with the partitioned steps on local threads
# (--workers 0) or on W worker processes of this machine over RabbitMQ (--workers W, run.sh worker).
#
#   bench/scale-out.sh --skus 1000000 [--workers W] [--jar PATH]
#
# Inputs come from bench/work/<skus>/ (made by bench/benchmark.sh or run.sh generate). A fresh schema
# on BENCH_PG_HOST/PORT/DB/USER (default 127.0.0.1:5432 test postgres) and a fresh RabbitMQ vhost
# (rabbitmqctl; the broker from SPRING_RABBITMQ_HOST, default 127.0.0.1:5672 guest) are removed after.
# --jar runs another build (e.g. one made before partitions, for comparison). Prints wall time, the
# steps' seconds from summary.json, the load average before and after, and the workers' partition lines.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
skus=""
workers=0
jar="$root/target/stockrecon.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --skus) skus="${2:-}"; shift 2 ;;
    --workers) workers="${2:-}"; shift 2 ;;
    --jar) jar="${2:-}"; shift 2 ;;
    *) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
inputs="$root/bench/work/$skus"
if [ ! -f "$inputs/generated.properties" ]; then
  echo "scale-out: no inputs in bench/work/$skus: run bench/benchmark.sh --skus $skus first" >&2
  exit 2
fi
date="$(sed -n 's/^date=//p' "$inputs/generated.properties")"
"$root/run.sh" --version >/dev/null

pg="-h ${BENCH_PG_HOST:-127.0.0.1} -p ${BENCH_PG_PORT:-5432} -U ${BENCH_PG_USER:-postgres} -d ${BENCH_PG_DB:-test}"
schema="scale_$(date +%s)_$$"
vhost="stockrecon-bench-$$"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/stockrecon-scale.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -X -q $pg -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rabbitmqctl -q delete_vhost "$vhost" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
psql -X -q $pg -c "CREATE SCHEMA $schema"
rabbitmqctl -q add_vhost "$vhost" && rabbitmqctl -q set_permissions -p "$vhost" "${SPRING_RABBITMQ_USERNAME:-guest}" '.*' '.*' '.*'
export SPRING_DATASOURCE_URL="jdbc:postgresql://${BENCH_PG_HOST:-127.0.0.1}:${BENCH_PG_PORT:-5432}/${BENCH_PG_DB:-test}?currentSchema=$schema"
export SPRING_DATASOURCE_USERNAME="${BENCH_PG_USER:-postgres}" SPRING_DATASOURCE_PASSWORD="${BENCH_PG_PASSWORD:-}"
export SPRING_RABBITMQ_VIRTUAL_HOST="$vhost"
java_opts=(${JAVA_OPTS:--XX:+UseParallelGC -Xmx1g} -Dstockrecon.home="$root")

remote=()
if [ "$workers" -gt 0 ]; then
  remote=(--remote)
  # the schema is migrated by the first process; workers start once it is there
  (cd "$tmp" && java "${java_opts[@]}" -jar "$jar" status --date "$date" >/dev/null 2>&1 || true)
  for i in $(seq 1 "$workers"); do
    mkdir -p "$tmp/worker-$i"
    (cd "$tmp/worker-$i" && exec java "${java_opts[@]}" -jar "$jar" worker >"$tmp/worker-$i/stdout.txt" 2>&1) &
    pids+=($!)
  done
  for i in $(seq 1 "$workers"); do
    until grep -q "worker ready" "$tmp/worker-$i/stdout.txt" 2>/dev/null; do sleep 0.2; done
  done
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
start="$(date +%s%N)"
(cd "$tmp" && java "${java_opts[@]}" -jar "$jar" reconcile "${remote[@]}" --input "$inputs" --reports "$tmp/reports" \
  --date "$date" >"$tmp/stdout.txt" 2>"$tmp/stderr.txt") || { tail -n 20 "$tmp/stdout.txt" "$tmp/stderr.txt" >&2; exit 1; }
wall="$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "scale-out: $skus SKUs on PostgreSQL, $([ "$workers" -gt 0 ] && echo "$workers remote worker(s)" || echo "local partitions")"
echo "  jar           $jar"
echo "  load average  before $load_before, after $load_after ($(nproc) cores)"
echo "  wall time     $wall s"
python3 - "$tmp/reports/$date/summary.json" <<'PY'
import json, sys
steps = json.load(open(sys.argv[1]))["timings"]["steps_seconds"]
print("  steps (s)     " + ", ".join(f"{name} {seconds}" for name, seconds in steps.items()))
PY
for i in $(seq 1 "$workers"); do
  sed -n 's/^.* partition /    worker '"$i"': partition /p' "$tmp/worker-$i/stdout.txt"
done
printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$skus" "$workers" "$wall" "$load_before" \
  >>"$root/bench/work/scale-out.tsv"
