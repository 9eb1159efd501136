#!/usr/bin/env bash
# release_ab.sh: per-row cost of omic_handover(_date) against an older build of
# the library, in one cluster over the same table, each library in its own
# backend, alternately (a fair comparison on a loaded machine). Run by hand:
#   bash test/bench/release_ab.sh /path/to/old/ttg.so [rounds]
# The old library must export ttg_omic_handover and ttg_omic_handover_date with
# the 0.1.0 arguments. Holds the shared install lock throughout.
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD=${1:?give the path of the older ttg.so}
ROUNDS=${2:-3}
exec 9>/tmp/ttg-check.lock
flock 9
make -s with_llvm=no >/dev/null
make -s with_llvm=no install >/dev/null
pg_virtualenv bash -s "$OLD" "$ROUNDS" <<'INNER'
set -euo pipefail
OLD=$1; ROUNDS=$2
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION ttg;
CREATE TABLE cases AS
SELECT i AS id, ssd,
       ssd + (90 + (i::bigint * 7919) % 1700)::int AS crd,
       CASE WHEN i % 10 = 0 THEN ssd + (200 + (i::bigint * 104729) % 1200)::int END AS ped,
       (i % 5 = 0) AS wales, (i % 3) AS mappa
  FROM (SELECT i, date '2015-01-01' + ((i::bigint * 31337) % 3650)::int AS ssd
          FROM generate_series(1, 1000000) AS i) s;
ANALYZE cases;
CREATE FUNCTION old_omic_handover(sentence_start date, crd date, ard date DEFAULT NULL,
  ped date DEFAULT NULL, tariff date DEFAULT NULL, hdc_actual date DEFAULT NULL, hdc_eligibility date DEFAULT NULL,
  indeterminate boolean DEFAULT false, early_allocation boolean DEFAULT false, provider text DEFAULT 'nps',
  mappa_level integer DEFAULT NULL, wales boolean DEFAULT false, era text DEFAULT 'auto',
  parole_process_start date DEFAULT NULL, OUT handover_date date, OUT applied_era text, OUT rule text)
  AS '$OLD', 'ttg_omic_handover' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION old_omic_handover_date(sentence_start date, crd date, ard date DEFAULT NULL,
  ped date DEFAULT NULL, tariff date DEFAULT NULL, hdc_actual date DEFAULT NULL, hdc_eligibility date DEFAULT NULL,
  indeterminate boolean DEFAULT false, early_allocation boolean DEFAULT false, provider text DEFAULT 'nps',
  mappa_level integer DEFAULT NULL, wales boolean DEFAULT false, era text DEFAULT 'auto',
  parole_process_start date DEFAULT NULL) RETURNS date
  AS '$OLD', 'ttg_omic_handover_date' LANGUAGE C IMMUTABLE PARALLEL SAFE;
SQL
t() { psql -X -q -At -c "SET max_parallel_workers_per_gather = 0" -c '\timing on' -c "$1" 2>&1 | grep -oE 'Time: [0-9.]+' | tail -1 | grep -oE '[0-9.]+'; }
for i in $(seq 1 "$ROUNDS"); do
  for v in old new; do
    if [ $v = old ]; then f=old_omic_handover; else f=ttg.omic_handover; fi
    d=$(t "SELECT count(${f}_date(ssd, crd, ped => ped, mappa_level => mappa, wales => wales)) FROM cases")
    r=$(t "SELECT (h).applied_era, count(*) FROM (SELECT ${f}(ssd, crd, ped => ped, mappa_level => mappa, wales => wales) AS h FROM cases) s GROUP BY 1")
    printf '%s round %s: omic_handover_date %8.1f ns/row, omic_handover record %8.1f ns/row\n' "$v" "$i" \
      "$(echo "$d * 1000" | bc)" "$(echo "$r * 1000" | bc)"
  done
done
INNER
