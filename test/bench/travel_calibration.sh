#!/usr/bin/env bash
# The travel estimate's error on published journeys, by mode and distance band
# (under 10 km, 10-40 km, 40 km and over), before (0.1.0's constant speeds:
# public transport 18 km/h, car 40 km/h, given as overrides) and after (the
# calibrated defaults), and what ttg.travel_verdict says about the journeys
# that really take 90 minutes or less. Run by hand:
#   bash test/bench/travel_calibration.sh [journeys.csv]
# The CSV (id, journey, mode car|pt, kind d2d|planner|iv, actual_min, source,
# crs wgs84|bng, x1, y1, x2, y2) defaults to ../shared/data/travel/journeys_calibration.csv;
# in-vehicle (iv) timetable times get 15 minutes for the ends, as the
# public-transport access time does.
set -euo pipefail
cd "$(dirname "$0")/../.."
CSV=$(realpath "${1:-../shared/data/travel/journeys_calibration.csv}")
exec 9>/tmp/ttg-check.lock
flock 9
make -s with_llvm=no >/dev/null
make -s with_llvm=no install >/dev/null
pg_virtualenv bash -c "
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION ttg;
CREATE TEMP TABLE j (id text, journey text, mode text, kind text, actual_min numeric, source text,
                     crs text, x1 float8, y1 float8, x2 float8, y2 float8);
\\\\copy j FROM '$CSV' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE e AS
SELECT id, journey, mode, kind,
       actual_min + CASE WHEN kind = 'iv' THEN 15 ELSE 0 END AS actual,
       la1, lo1, la2, lo2, ttg.great_circle_km(la1, lo1, la2, lo2) AS km,
       CASE WHEN journey ~* '(train|tram|underground)' THEN 'rail'
            WHEN journey ~* 'bus' THEN 'bus' ELSE NULL END AS pt_kind
  FROM (SELECT j.*, CASE WHEN crs = 'bng' THEN (ttg.bng_to_wgs84(x1, y1)).lat ELSE x1 END AS la1,
               CASE WHEN crs = 'bng' THEN (ttg.bng_to_wgs84(x1, y1)).lon ELSE y1 END AS lo1,
               CASE WHEN crs = 'bng' THEN (ttg.bng_to_wgs84(x2, y2)).lat ELSE x2 END AS la2,
               CASE WHEN crs = 'bng' THEN (ttg.bng_to_wgs84(x2, y2)).lon ELSE y2 END AS lo2
          FROM j) s;
CREATE TEMP TABLE r AS
SELECT e.*, CASE WHEN km < 10 THEN '1 under 10 km' WHEN km < 40 THEN '2 10-40 km' ELSE '3 40 km and over' END AS band,
       CASE mode WHEN 'car' THEN ttg.estimate_travel_minutes(la1, lo1, la2, lo2, 'car', 1.3, 40, 5)
                 ELSE ttg.estimate_travel_minutes(la1, lo1, la2, lo2, 'public_transport', 1.3, 18, 15) END AS before,
       CASE mode WHEN 'car' THEN ttg.estimate_travel_minutes(la1, lo1, la2, lo2, 'car')
                 ELSE ttg.estimate_travel_minutes(la1, lo1, la2, lo2, 'public_transport') END AS after,
       CASE WHEN pt_kind IS NOT NULL AND mode = 'pt' THEN ttg.estimate_travel_minutes(la1, lo1, la2, lo2, pt_kind) END AS after_known_mode,
       ttg.travel_verdict(la1, lo1, la2, lo2, CASE mode WHEN 'car' THEN 'car' ELSE 'public_transport' END) AS verdict
  FROM e;
\\\\echo 'Error by mode and band: median of estimate / actual, mean absolute error (%), before and after'
SELECT mode, substr(band, 3) AS band, count(*) AS n,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY before / actual)::numeric, 2) AS before_median_ratio,
       round(100 * avg(abs(before / actual - 1)), 0) AS before_mean_abs_pct,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY after / actual)::numeric, 2) AS after_median_ratio,
       round(100 * avg(abs(after / actual - 1)), 0) AS after_mean_abs_pct
  FROM r GROUP BY mode, band ORDER BY mode, band;
\\\\echo 'Public transport with the mode known (rail or bus), after'
SELECT pt_kind, substr(band, 3) AS band, count(*) AS n,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY after_known_mode / actual)::numeric, 2) AS median_ratio,
       round(100 * avg(abs(after_known_mode / actual - 1)), 0) AS mean_abs_pct
  FROM r WHERE after_known_mode IS NOT NULL GROUP BY pt_kind, band ORDER BY pt_kind, band;
\\\\echo 'Journeys of 10 km and more that really take 90 minutes or less, judged over 90 by the estimate'
SELECT mode, count(*) AS really_within, count(*) FILTER (WHERE before > 90) AS over_before,
       count(*) FILTER (WHERE after > 90) AS over_after
  FROM r WHERE km >= 10 AND actual <= 90 GROUP BY mode ORDER BY mode;
\\\\echo 'travel_verdict against the real time (90-minute limit)'
SELECT mode, CASE WHEN actual <= 90 THEN 'really within' ELSE 'really over' END AS truth, verdict, count(*)
  FROM r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
SQL
"
