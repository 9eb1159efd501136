#!/usr/bin/env bash
# Cancellation latency, run by hand, never from check.sh:
#   bash test/bench/cancel_bench.sh [people] [placements] [prison rows]
# Each long ttg call runs under statement_timeout T for several T; the latency is
# the wall time past T, less that of pg_sleep under the same T (connection and
# psql overhead). Goal: under 100 ms for every call and every T. Holds the install lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${1:-20000}
PLACEMENTS=${2:-400}
PRISONS=${3:-200000}
if [ "${1:-}" != --inside ]; then
  exec 9>/tmp/ttg-check.lock
  flock 9
  make -s with_llvm=no >/dev/null
  make -s with_llvm=no install >/dev/null
  echo "ttg cancel benchmark: $PEOPLE people, $PLACEMENTS placements (all within 90 minutes), $PRISONS prison rows, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
  pg_virtualenv bash "$0" --inside "$PEOPLE" "$PLACEMENTS" "$PRISONS" 2>&1 | grep -v '^Creating new\|^Dropping cluster\|LOG: \|^Ver \|^15 '
  exit "${PIPESTATUS[0]}"
fi
PEOPLE=$2; PLACEMENTS=$3; PRISONS=$4
psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
CREATE EXTENSION ttg;
CREATE TABLE people AS
  SELECT g AS person_id, 52.48 + (g % 97) * 0.001 AS lat, -1.89 + (g % 89) * 0.001 AS lon,
         'male'::text AS sex, false AS avoid_all_male, (g % 3 = 0) AS ete_eligible,
         'low'::text AS rosh, NULL::int AS available_days
    FROM generate_series(1, $PEOPLE) g;
CREATE TABLE places AS
  SELECT g AS placement_id, 52.48 + (g % 37) * 0.002 AS lat, -1.89 + (g % 41) * 0.002 AS lon,
         (1 + g % 5) AS capacity, 'mixed'::text AS environment, (g % 4 = 0) AS provides_ete,
         false AS accepts_high_rosh, NULL::int AS session_days
    FROM generate_series(1, $PLACEMENTS) g;
CREATE TABLE prison_csv AS
  SELECT E'prison_code,prison,cpa,crc,role,live_from\n' ||
         string_agg(format('Q%s,HMP %s,XX,XX,host,', upper(lpad(to_hex(g), 7, '0')), g), E'\n') AS csv
    FROM generate_series(1, $PRISONS) g;
-- Cases and contacts in tables, so the timings are ttg's, not those of generate_series
-- (which materialises its rows without checking for interrupts).
CREATE TABLE cases AS SELECT g::bigint AS case_id, DATE '2019-01-07' AS isp_completed_on FROM generate_series(1, 200000) g;
CREATE TABLE contacts AS
  SELECT (g % 200000)::bigint AS case_id, 'COAP'::text AS contact_type,
         TIMESTAMP '2019-01-07' + (g % 2000) * interval '1 day' AS appointment_at,
         TIMESTAMP '2019-01-01' AS notified_at, 'attended'::text AS outcome, 45 AS available_minutes,
         false AS other_activity
    FROM generate_series(1, 2000000) g;
ANALYZE;
CREATE TABLE calendar_csv AS
  SELECT E'date,title\n' || string_agg(d::date::text || ',closed', E'\n') AS csv
    FROM generate_series('1978-01-01'::date, '2099-12-31', '1 day') d;
SQL
ms() { date +%s%3N; }
# run T label sql: prints the wall time of sql under statement_timeout T
run() {
  local t0 t1
  t0=$(ms)
  psql -X -q -c "SET statement_timeout = $1" -c "$2" >/dev/null 2>&1 || true
  t1=$(ms)
  echo $((t1 - t0))
}
declare -A CALLS=(
  [match_placements]="SELECT count(*) FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM places')"
  [placement_candidates]="SELECT count(*) FROM ttg.placement_candidates('SELECT * FROM people', 'SELECT * FROM places')"
  [load_resettlement_prisons]="SELECT ttg.load_resettlement_prisons(csv) FROM prison_csv"
  [load_calendar]="SELECT ttg.load_calendar('bench', csv) FROM calendar_csv"
  [mcs_evaluate]="SELECT count(*) FROM ttg.mcs_evaluate('SELECT * FROM cases', 'SELECT * FROM contacts', '2019-01-01', '2024-12-31')"
)
echo "uncancelled run times (ms):"
for name in "${!CALLS[@]}"; do printf '  %-26s %6s\n' "$name" "$(run 0 "${CALLS[$name]}")"; done
worst=0
printf '%-26s %8s %8s %8s\n' call timeout wall latency
for t in 50 200 500 1000 2000; do
  base=$(run "$t" "SELECT pg_sleep(30)")
  for name in "${!CALLS[@]}"; do
    wall=$(run "$t" "${CALLS[$name]}")
    lat=$((wall - base)); [ $lat -lt 0 ] && lat=0
    printf '%-26s %8s %8s %8s\n' "$name" "$t" "$wall" "$lat"
    [ $lat -gt $worst ] && worst=$lat
  done
done
echo "worst cancellation latency: $worst ms (a call that ends before T counts as 0)"
