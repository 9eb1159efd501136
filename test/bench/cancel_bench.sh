#!/usr/bin/env bash
# Cancellation latency, run by hand, never from check.sh:
#   bash test/bench/cancel_bench.sh [people] [placements] [prison rows]
# Each long ttg call runs under statement_timeout T for several T; the latency is
# the wall time past T, less that of pg_sleep under the same T (connection and
# psql overhead). Goal: under 100 ms for every call and every T. Runs on a private
# server (test/scripts/private_pg.sh); hold the install lock for a quiet machine:
#   flock -o /tmp/ttg-check.lock bash test/bench/cancel_bench.sh
# TTG_CANCEL_ONLY=name runs one call. What a cancel waits for past its interrupt check is
# PostgreSQL unlinking the statement's temporary files (about 60 ms per GB here).
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${1:-20000}
PLACEMENTS=${2:-400}
PRISONS=${3:-200000}
if [ "${1:-}" != --inside ]; then
  echo "ttg cancel benchmark: $PEOPLE people, $PLACEMENTS placements (all within 90 minutes), $PRISONS prison rows, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
  bash test/scripts/private_pg.sh bash "$0" --inside "$PEOPLE" "$PLACEMENTS" "$PRISONS" 2>&1 | grep -v 'LOG: '
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
# run T sql: the time psql measures for sql (one session: no connection cost) under
# statement_timeout T, in whole ms
run() {
  { psql -X -q -c "SET statement_timeout = $1" -c '\timing on' -c "$2" 2>&1 || true; } |
    sed -n 's/^Time: \([0-9]*\)\..*/\1/p' | tail -1
}
declare -A CALLS=(
  [match_placements]="SELECT count(*) FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM places')"
  [placement_candidates]="SELECT count(*) FROM ttg.placement_candidates('SELECT * FROM people', 'SELECT * FROM places')"
  [load_resettlement_prisons]="SELECT ttg.load_resettlement_prisons(csv) FROM prison_csv"
  [load_calendar]="SELECT ttg.load_calendar('bench', csv) FROM calendar_csv"
  [mcs_evaluate]="SELECT count(*) FROM ttg.mcs_evaluate('SELECT * FROM cases', 'SELECT * FROM contacts', '2019-01-01', '2024-12-31')"
)
# Each call is cancelled at 50 ms and at eight points spread over its uncancelled run
# time U (U/9 .. 8U/9), so that every phase of its work is hit.
worst=0
printf '%-26s %8s %8s %8s\n' call timeout took latency
for name in ${TTG_CANCEL_ONLY:-${!CALLS[@]}}; do
  u=$(run 0 "${CALLS[$name]}")
  printf '%-26s %8s %8s %8s\n' "$name" none "$u" -
  fworst=0
  for t in 50 $(for k in 1 2 3 4 5 6 7 8; do echo $(( u * k / 9 )); done); do
    [ "$t" -ge 50 ] || continue
    took=$(run "$t" "${CALLS[$name]}")
    lat=$((took - t)); [ $lat -lt 0 ] && lat=0
    printf '%-26s %8s %8s %8s\n' "$name" "$t" "$took" "$lat"
    [ $lat -gt $fworst ] && fworst=$lat
  done
  echo "worst: $name $fworst ms"
  [ $fworst -gt $worst ] && worst=$fworst
done
echo "worst cancellation latency: $worst ms"
