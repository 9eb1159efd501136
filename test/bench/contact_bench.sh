#!/usr/bin/env bash
# contact_bench.sh: the case-month evaluation (ttg.mcs_tally GROUP BY case, month) against a bare
# count(*) GROUP BY case, month over the same 10 million contacts (500,000 cases), parallel and serial.
#
# Run by hand from the repository root (never from check.sh):
#   bash test/bench/contact_bench.sh            # 10,000,000 contacts, 500,000 cases
#   CONTACTS=1000000 CASES=50000 bash test/bench/contact_bench.sh
# Holds /tmp/ttg-check.lock while it installs and runs; uses a throwaway cluster (pg_virtualenv).
set -euo pipefail
cd "$(dirname "$0")/../.."
CONTACTS=${CONTACTS:-10000000}
CASES=${CASES:-500000}
RUNS=${RUNS:-3}
export CONTACTS CASES RUNS

exec 9>/tmp/ttg-check.lock
flock 9
make -s >/dev/null
make -s install >/dev/null

# Inside the throwaway cluster.
run() {
  psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION ttg'
  psql -X -q -v ON_ERROR_STOP=1 -v contacts="$CONTACTS" -v cases="$CASES" <<'SQL'
\timing on
-- A realistic mix: mostly COAP, some home visits and phone calls; ~80% with a slip; ~75% attended.
-- Each case's contacts spread over 12 months of 2026; ~20 contacts per case.
CREATE UNLOGGED TABLE contacts AS
SELECT (g % :cases) + 1 AS case_id,
       (ARRAY['COAP','COAP','COAP','COAP','COAI','CHVS','CHVS','CTOA','CTOA','IVSC'])[1 + (h % 10)] AS contact_type,
       at AS appointment_at,
       CASE WHEN (h >> 4) % 10 < 8 THEN at - (1 + (h >> 8) % 14) * interval '1 day' END AS notified_at,
       (ARRAY['attended','attended','attended','attended','attended','attended','attended','attended',
              'attended','attended','attended','attended','attended','attended','attended',
              'failed_to_attend','failed_to_attend','acceptable_absence',
              'rearranged_by_service_user','cancelled_by_case_manager'])[1 + (h >> 12) % 20] AS outcome,
       (CASE WHEN (h >> 17) % 20 = 0 THEN 15 ELSE 30 + (h >> 17) % 4 * 15 END)::int AS available_minutes,
       ((h >> 22) % 25 = 0) AS other_activity,
       CASE WHEN (h >> 27) % 4 <> 0 THEN at::date + ((h >> 29) % 9)::int END AS next_offered_on,
       CASE WHEN (h >> 27) % 4 <> 0 THEN at::date + ((h >> 29) % 9)::int + 2 END AS next_appointment_on
  FROM generate_series(1, :contacts) g,
       LATERAL (SELECT (hashint8(g) & x'7fffffff'::int)::bigint AS h) hh,
       LATERAL (SELECT timestamp '2026-01-01 09:00' + ((h >> 3) % 365) * interval '1 day'
                       + (h % 8) * interval '1 hour' AS at) t;
VACUUM ANALYZE contacts;
SELECT pg_size_pretty(pg_total_relation_size('contacts')) AS table_size, count(*) AS contacts,
       count(DISTINCT case_id) AS cases FROM contacts;
SQL
  for mode in parallel serial; do
    if [ "$mode" = parallel ]; then w=2; else w=0; fi
    for i in $(seq 1 "$RUNS"); do
      psql -X -q -At -v ON_ERROR_STOP=1 -v w="$w" <<'SQL'
-- Parallel mode: two workers and no parallel cost penalty, for both queries alike. With about
-- 2 contacts per case-month, partial aggregation hardly shrinks the rows, so the planner's
-- default costs keep both queries serial; zero costs make it use both cores.
SET max_parallel_workers_per_gather = :w;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
\timing on
\o /dev/null
-- bare: count(*) per case-month
SELECT count(*), sum(n) FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month, count(*) AS n
  FROM contacts GROUP BY 1, 2) s;
-- mcs: the case-month evaluation
SELECT count(*), count(*) FILTER (WHERE ttg.mcs_met(tally)) FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month,
  ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes, other_activity,
                next_offered_on, next_appointment_on) AS tally
  FROM contacts GROUP BY 1, 2) s;
SQL
    done 2>&1 | awk -v mode="$mode" '/^Time:/ { k = (n++ % 2 == 0) ? "bare" : "mcs"; print mode, k, $2 }'
  done
  echo "--- plans"
  psql -X -q <<'SQL'
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*), sum(n) FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month, count(*) AS n
  FROM contacts GROUP BY 1, 2) s;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*), count(*) FILTER (WHERE ttg.mcs_met(tally)) FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month,
  ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes, other_activity,
                next_offered_on, next_appointment_on) AS tally
  FROM contacts GROUP BY 1, 2) s;
SELECT month, count(*) AS case_months, round(ttg.mcs_rate(ttg.mcs_met(tally)), 1) AS rate
  FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month,
               ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes,
                             other_activity, next_offered_on, next_appointment_on) AS tally
          FROM contacts GROUP BY 1, 2) s GROUP BY 1 ORDER BY 1 LIMIT 3;
SQL
}
export -f run
pg_virtualenv -o shared_buffers=2GB -o work_mem=256MB -o max_parallel_workers_per_gather=2 bash -c run | tee /dev/stderr | awk '
  $1 ~ /^(parallel|serial)$/ { key = $1 " " $2; t[key] = t[key] " " $3; if (!(key in best) || $3 < best[key]) best[key] = $3 }
  END {
    printf "\n%-10s %14s %14s %8s\n", "plan", "bare ms (best)", "mcs ms (best)", "ratio";
    split("parallel serial", ms, " ");
    for (i = 1; i <= 2; i++) { m = ms[i]; if ((m " bare") in best)
      printf "%-10s %14.0f %14.0f %7.2fx\n", m, best[m " bare"], best[m " mcs"], best[m " mcs"] / best[m " bare"] }
  }' >&2
