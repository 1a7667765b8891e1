#!/usr/bin/env bash
# Single-SKU inventory lookup latency of the supplier API: reconciles a generated input set of N SKUs
# on a fresh PostgreSQL schema, starts `run.sh serve` on loopback and runs bench/InventoryLookupBench.java
# at a fixed rate. Usage: bench/api-lookup.sh [--skus 1000000] [--rate 200] [--seconds 60] [--keep] [--schema S]
# --keep keeps the reconciled schema (and prints it); --schema S measures again on a kept one, without reconciling.
# PostgreSQL as bench/benchmark.sh: BENCH_PG_HOST/PORT/DB/USER (127.0.0.1:5432, test, postgres); needs psql.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
skus=1000000 rate=200 seconds=60 keep="" reuse=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skus) skus=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --schema) reuse=$2; keep=1; shift 2 ;;
    *) echo "api-lookup: unknown option $1" >&2; exit 2 ;;
  esac
done
pg_host=${BENCH_PG_HOST:-127.0.0.1} pg_port=${BENCH_PG_PORT:-5432} pg_db=${BENCH_PG_DB:-test} pg_user=${BENCH_PG_USER:-postgres}
date=${BENCH_DATE:-2026-11-24}
inputs="$root/bench/work/$skus"
if [ ! -f "$inputs/generated.properties" ]; then
  "$root/run.sh" generate --skus "$skus" --out "$inputs" --date "$date" --seed 1
fi
work="$(mktemp -d)"
schema="${reuse:-api_bench_$$}"
psql_cmd() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_db" "$@"; }
serve_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  if [ -z "$keep" ]; then psql_cmd -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; else echo "kept schema $schema"; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -n "$reuse" ] || psql_cmd -c "CREATE SCHEMA $schema"
export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_db?currentSchema=$schema"
export SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD="${BENCH_PG_PASSWORD:-}"
mkdir -p "$work/jobs"
printf 'input: %s\nreports: %s\n' "$inputs" "$work/reports" > "$work/jobs/reconciliation.yml"
cd "$work"
[ -n "$reuse" ] || "$root/run.sh" reconcile --jobs "$work/jobs" --date "$date" > "$work/reconcile.txt"
key="$("$root/run.sh" keys create --reader --days 1 | tail -1)"
"$root/run.sh" serve --jobs "$work/jobs" --port 0 --rate-limit 1000000 > "$work/serve.txt" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  grep -q "serving the supplier API" "$work/serve.txt" && break
  sleep 1
done
port="$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.txt" | head -1)"
echo "skus $skus, rate $rate/s for $seconds s on PostgreSQL; load before: $(uptime | sed 's/.*load average: //')"
java "$root/bench/InventoryLookupBench.java" "http://127.0.0.1:$port" "$key" "$rate" "$seconds" "$skus"
echo "load after: $(uptime | sed 's/.*load average: //')"
