#!/usr/bin/env bash
# release_bench.sh: time the release-window functions over a million cases.
# Run by hand from the worktree root (never from check.sh):
#   bash test/bench/release_bench.sh [rows]
# It installs the extension and runs in a throwaway cluster, holding the
# shared install lock throughout. Prints one line per query: rows, ms, ns/row.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
exec 9>/tmp/ttg-check.lock
flock 9
make -s >/dev/null
make -s install >/dev/null
pg_virtualenv bash -s "$ROWS" <<'INNER'
set -euo pipefail
ROWS=$1
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION ttg;
-- Synthetic cases: sentence start across 2015..2024, release 3 to 60 months later.
CREATE TABLE cases AS
SELECT i AS id,
       ssd,
       ssd + (90 + (i::bigint * 7919) % 1700)::int AS crd,
       CASE WHEN i % 10 = 0 THEN ssd + (200 + (i::bigint * 104729) % 1200)::int END AS ped,
       (i % 5 = 0) AS wales,
       (i % 3) AS mappa,
       (i % 4 = 0) AS res
  FROM (SELECT i, date '2015-01-01' + ((i::bigint * 31337) % 3650)::int AS ssd
          FROM generate_series(1, $ROWS) AS i) s;
ANALYZE cases;
SET max_parallel_workers_per_gather = 0;
SQL
run() {
  local label=$1 q=$2
  local ms
  ms=$(psql -X -q -At -c "SET max_parallel_workers_per_gather = 0" -c '\timing on' -c "$q" 2>&1 \
       | grep -oE 'Time: [0-9.]+' | tail -1 | grep -oE '[0-9.]+')
  awk -v l="$label" -v ms="$ms" -v n="$ROWS" 'BEGIN { printf "%-34s %9d rows %10.1f ms %8.1f ns/row\n", l, n, ms, ms * 1e6 / n }'
}
run "baseline: count(*)"              "SELECT count(*) FROM cases"
run "plain SQL window test"           "SELECT count(*) FROM cases WHERE date '2020-06-01' BETWEEN crd - 84 AND crd"
run "in_ttg_window"                   "SELECT count(*) FROM cases WHERE ttg.in_ttg_window(crd, '2020-06-01')"
run "ttg_stage"                       "SELECT ttg.ttg_stage(crd, '2020-06-01', res), count(*) FROM cases GROUP BY 1"
run "release_date"                    "SELECT count(ttg.release_date(NULL, ped, NULL, crd, NULL)) FROM cases"
run "om_responsibility"               "SELECT ttg.om_responsibility('2020-06-01', crd, ped), count(*) FROM cases GROUP BY 1"
run "omic_handover_date (auto era)"   "SELECT count(ttg.omic_handover_date(ssd, crd, ped => ped, mappa_level => mappa, wales => wales)) FROM cases"
run "omic_handover (record, auto)"    "SELECT (h).applied_era, count(*) FROM (SELECT ttg.omic_handover(ssd, crd, ped => ped, mappa_level => mappa, wales => wales) AS h FROM cases) s GROUP BY 1"
# The same with a parallel plan (2 workers): the functions are PARALLEL SAFE.
ms=$(psql -X -q -At -c "SET max_parallel_workers_per_gather = 2" -c "SET parallel_setup_cost = 0" -c "SET parallel_tuple_cost = 0" -c '\timing on' \
     -c "SELECT count(ttg.omic_handover_date(ssd, crd, ped => ped, mappa_level => mappa, wales => wales)) FROM cases" 2>&1 \
     | grep -oE 'Time: [0-9.]+' | tail -1 | grep -oE '[0-9.]+')
awk -v ms="$ms" -v n="$ROWS" 'BEGIN { printf "%-34s %9d rows %10.1f ms %8.1f ns/row\n", "omic_handover_date, 2 workers", n, ms, ms * 1e6 / n }'
INNER
