#!/usr/bin/env bash
# Benchmark of the travel and Unpaid Work functions: per-call cost
# over N rows in a throwaway cluster. Run by hand, never from check.sh:
#   bash test/bench/travel_upw.sh [rows]      (default 1000000; about a minute)
# Holds the shared install lock while it installs and runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
exec 9>/tmp/ttg-check.lock
flock 9
make -s >/dev/null
make -s install >/dev/null
pg_virtualenv bash -c "
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION ttg;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE pts AS
  SELECT i, 50 + (i % 1000) / 250.0 AS la1, -3 + (i % 997) / 250.0 AS lo1,
            50 + (i % 991) / 250.0 AS la2, -3 + (i % 983) / 250.0 AS lo2,
            100000 + (i % 5000) * 100.0 AS e1, 100000 + (i % 7919) * 100.0 AS n1,
            (i % 120)::numeric AS minutes,
            DATE '2015-01-01' + (i % 3650) AS d,
            40 + (i % 261)::numeric AS hours
    FROM generate_series(1, $N) i;
ANALYZE pts;
\\timing on
\\echo baseline: count(*)
SELECT count(*) FROM pts;
\\echo great_circle_km
SELECT sum(ttg.great_circle_km(la1, lo1, la2, lo2)) > 0 FROM pts;
\\echo estimate_travel_minutes (public_transport defaults)
SELECT sum(ttg.estimate_travel_minutes(la1, lo1, la2, lo2)) > 0 FROM pts;
\\echo estimate_travel_minutes_bng
SELECT sum(ttg.estimate_travel_minutes_bng(e1, n1, n1 / 2, e1, 'car')) > 0 FROM pts;
\\echo within_travel_limit + credited_travel_minutes
SELECT count(*) FILTER (WHERE ttg.within_travel_limit(minutes)), sum(ttg.credited_travel_minutes(minutes)) FROM pts;
\\echo upw_start_due
SELECT count(DISTINCT ttg.upw_start_due(d)) FROM pts;
\\echo upw_review_dates + upw_completion_due
SELECT count(*) FILTER (WHERE (ttg.upw_review_dates(d))[2] < ttg.upw_completion_due(d)) FROM pts;
\\echo upw_progress
SELECT count(*) FILTER (WHERE ttg.upw_progress(hours, hours / 3, d, d + 200) = 'behind') FROM pts;
\\echo upw_ete_cap_minutes
SELECT sum(ttg.upw_ete_cap_minutes(hours, 0.30)) FROM pts;
SQL
"
