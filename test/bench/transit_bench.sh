#!/usr/bin/env bash
# Benchmark of the transit router on a synthetic regional network. Run by hand,
# never from check.sh (a few minutes; holds the install lock throughout):
#   bash test/bench/transit_bench.sh [routes] [people] [placements]
# defaults 250 routes (1.37 million connections on a weekday), 10000 people,
# 1000 placements. It prints, in one run:
#  - the load, and the compile time and memory of the feed for a weekday;
#  - one transit_minutes query (mean over 500 random pairs, feed cached);
#  - the people x placements arrive-by-09:00 matrix within 90 minutes, with the
#    backend's peak memory;
#  - the same answers from a plain SQL method (direct services only: board and
#    alight the same trip) on a 100 x 100 corner, with the time ratio and a
#    check that routing is never worse than direct;
#  - growth: the matrix with 250/500/1000 placements, and on a Saturday (half
#    the trips) and a Sunday (a quarter).
# The network: 3,000 stops on a 60 x 50 grid (0.01 degree of latitude by 0.015
# of longitude, about 1.1 km by 1.0 km) around Leeds; each route runs along a
# row or a column for 25 stops (4 minutes apart, 1 minute dwell every fifth
# stop), both ways, every 10 minutes from 05:00 to 23:50. A quarter of the
# trips run daily, a quarter Monday to Saturday, half Monday to Friday.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUTES=${1:-250}
PEOPLE=${2:-10000}
PLACES=${3:-1000}
exec 9>/tmp/ttg-check.lock
flock 9
make -s with_llvm=no >/dev/null
make -s with_llvm=no install >/dev/null
pg_virtualenv bash -c "
psql -X -q -v ON_ERROR_STOP=1 -v ROUTES=$ROUTES -v PEOPLE=$PEOPLE -v PLACES=$PLACES <<'SQL'
CREATE EXTENSION ttg;
SET client_min_messages = warning;
SELECT ttg.create_gtfs_tables('bench');
\\timing on
\\echo 'load: stops, routes, trips, stop_times (INSERT ... SELECT, keys checked)'
INSERT INTO bench.stops (stop_id, stop_lat, stop_lon)
SELECT 's' || i || '_' || j, 53.5 + i * 0.01, -1.9 + j * 0.015
  FROM generate_series(0, 59) i, generate_series(0, 49) j;
INSERT INTO bench.calendar VALUES
  ('daily', true, true, true, true, true, true, true, '2020-01-01', '2020-12-31'),
  ('monsat', true, true, true, true, true, true, false, '2020-01-01', '2020-12-31'),
  ('monfri', true, true, true, true, true, false, false, '2020-01-01', '2020-12-31');
CREATE TEMP TABLE rdef AS
SELECT r, (r % 2 = 0) AS along_row,
       CASE WHEN r % 2 = 0 THEN (r * 7) % 60 ELSE (r * 11) % 50 END AS line,
       CASE WHEN r % 2 = 0 THEN (r * 13) % 26 ELSE (r * 17) % 36 END AS start
  FROM generate_series(1, :ROUTES) r;
INSERT INTO bench.routes (route_id, route_type) SELECT 'r' || r, 3 FROM rdef;
CREATE TEMP TABLE tdef AS
SELECT r, dir, k, 'r' || r || '_' || dir || '_' || k AS trip_id,
       CASE WHEN k % 4 = 0 THEN 'daily' WHEN k % 4 = 1 THEN 'monsat' ELSE 'monfri' END AS service_id,
       5 * 3600 + k * 600 + (r * 37) % 600 AS t0
  FROM rdef, generate_series(0, 1) dir, generate_series(0, 113) k;
INSERT INTO bench.trips (route_id, service_id, trip_id) SELECT 'r' || r, service_id, trip_id FROM tdef;
INSERT INTO bench.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence)
SELECT t.trip_id,
       to_char(make_interval(secs => t.t0 + s * 240 + (s / 5) * 60), 'HH24:MI:SS'),
       to_char(make_interval(secs => t.t0 + s * 240 + (s / 5) * 60 + CASE WHEN s % 5 = 4 THEN 60 ELSE 0 END), 'HH24:MI:SS'),
       CASE WHEN d.along_row THEN 's' || d.line || '_' || (d.start + CASE WHEN t.dir = 0 THEN s ELSE 24 - s END)
            ELSE 's' || (d.start + CASE WHEN t.dir = 0 THEN s ELSE 24 - s END) || '_' || d.line END,
       s + 1
  FROM tdef t JOIN rdef d USING (r), generate_series(0, 24) s;
ANALYZE bench.stops; ANALYZE bench.trips; ANALYZE bench.stop_times;
SELECT count(*) AS stop_times FROM bench.stop_times;

\\echo 'compile a weekday (Friday 20 March 2020): first call compiles, the second finds it cached'
SELECT pg_backend_pid() AS pid \\gset
\\setenv BPID :pid
SELECT stops, trips, connections, footpaths, pg_size_pretty(memory_bytes) AS memory, round(compile_ms) AS compile_ms
  FROM ttg.transit_feed_info('bench', '2020-03-20');
SELECT round(compile_ms) AS compile_ms_cached FROM ttg.transit_feed_info('bench', '2020-03-20');
\\! grep -E 'VmHWM|VmRSS' /proc/\$BPID/status

\\echo 'people and placements (random points over the network area)'
SELECT setseed(0.42);
CREATE TEMP TABLE people AS
SELECT i AS id, 53.5 + random() * 0.59 AS lat, -1.9 + random() * 0.735 AS lon FROM generate_series(1, :PEOPLE) i;
CREATE TEMP TABLE places AS
SELECT i AS id, 53.5 + random() * 0.59 AS lat, -1.9 + random() * 0.735 AS lon FROM generate_series(1, :PLACES) i;
CREATE TEMP TABLE pairs AS
SELECT p.lat AS plat, p.lon AS plon, q.lat AS qlat, q.lon AS qlon
  FROM (SELECT * FROM people ORDER BY id LIMIT 500) p
  JOIN (SELECT * FROM places ORDER BY id LIMIT 500) q ON (p.id - 1) = (q.id - 1);

\\echo 'one transit_minutes query: 500 pairs (divide by 500), arrive by 09:00, feed cached'
SELECT count(m) AS reached, round(avg(m), 1) AS mean_minutes
  FROM (SELECT ttg.transit_minutes('bench', plat, plon, qlat, qlon, '2020-03-20 09:00') AS m FROM pairs) s;

\\echo 'the matrix: all people x all placements, arrive by 09:00, within 90 minutes'
SELECT count(*) AS pairs_within_90, round(avg(minutes), 1) AS mean_minutes
  FROM ttg.transit_matrix('bench', 'SELECT id, lat, lon FROM people', 'SELECT id, lat, lon FROM places',
                          '2020-03-20 09:00', 90);
\\! grep -E 'VmHWM' /proc/\$BPID/status

\\echo 'growth with placements (destinations): 250, 500 of them'
SELECT count(*) FROM ttg.transit_matrix('bench', 'SELECT id, lat, lon FROM people',
       'SELECT id, lat, lon FROM places WHERE id <= 250', '2020-03-20 09:00', 90);
SELECT count(*) FROM ttg.transit_matrix('bench', 'SELECT id, lat, lon FROM people',
       'SELECT id, lat, lon FROM places WHERE id <= 500', '2020-03-20 09:00', 90);
\\echo 'growth with connections: Saturday 21 March (half the trips), Sunday 22 March (a quarter); each compiles first'
SELECT connections, round(compile_ms) AS compile_ms FROM ttg.transit_feed_info('bench', '2020-03-21');
SELECT count(*) FROM ttg.transit_matrix('bench', 'SELECT id, lat, lon FROM people', 'SELECT id, lat, lon FROM places',
                                        '2020-03-21 09:00', 90);
SELECT connections, round(compile_ms) AS compile_ms FROM ttg.transit_feed_info('bench', '2020-03-22');
SELECT count(*) FROM ttg.transit_matrix('bench', 'SELECT id, lat, lon FROM people', 'SELECT id, lat, lon FROM places',
                                        '2020-03-22 09:00', 90);

\\echo 'plain SQL, direct services only, 100 people x 100 placements (walks as the router measures them)'
CREATE TEMP TABLE st AS
SELECT s.trip_id, s.stop_id, s.stop_sequence,
       split_part(s.arrival_time, ':', 1)::int * 3600 + split_part(s.arrival_time, ':', 2)::int * 60
         + split_part(s.arrival_time, ':', 3)::int AS arr,
       split_part(s.departure_time, ':', 1)::int * 3600 + split_part(s.departure_time, ':', 2)::int * 60
         + split_part(s.departure_time, ':', 3)::int AS dep
  FROM bench.stop_times s JOIN bench.trips t USING (trip_id) WHERE t.service_id IN ('daily', 'monsat', 'monfri');
CREATE INDEX ON st (stop_id, dep);
CREATE INDEX ON st (trip_id, stop_sequence);
ANALYZE st;
CREATE TEMP TABLE p100 AS SELECT * FROM people ORDER BY id LIMIT 100;
CREATE TEMP TABLE q100 AS SELECT * FROM places ORDER BY id LIMIT 100;
CREATE TEMP TABLE direct AS
WITH pw AS (   -- stops within 1000 m walking (straight line x 1.25) and their walking seconds
  SELECT p.id, s.stop_id, ceil(ttg.great_circle_km(p.lat, p.lon, s.stop_lat, s.stop_lon) * 1000 * 1.25 / (4.8 / 3.6)) AS w
    FROM p100 p JOIN bench.stops s ON abs(s.stop_lat - p.lat) < 0.01 AND abs(s.stop_lon - p.lon) < 0.015
   WHERE ttg.great_circle_km(p.lat, p.lon, s.stop_lat, s.stop_lon) * 1000 <= 800),
qw AS (
  SELECT q.id, s.stop_id, ceil(ttg.great_circle_km(q.lat, q.lon, s.stop_lat, s.stop_lon) * 1000 * 1.25 / (4.8 / 3.6)) AS w
    FROM q100 q JOIN bench.stops s ON abs(s.stop_lat - q.lat) < 0.01 AND abs(s.stop_lon - q.lon) < 0.015
   WHERE ttg.great_circle_km(q.lat, q.lon, s.stop_lat, s.stop_lon) * 1000 <= 800)
SELECT pw.id AS origin_id, qw.id AS destination_id, (min(32400 - (a.dep - pw.w)) / 60.0)::numeric AS minutes
  FROM pw JOIN st a ON a.stop_id = pw.stop_id AND a.dep BETWEEN 32400 - 5400 AND 32400
  JOIN st b ON b.trip_id = a.trip_id AND b.stop_sequence > a.stop_sequence
  JOIN qw ON qw.stop_id = b.stop_id
 WHERE b.arr + qw.w <= 32400 AND 32400 - (a.dep - pw.w) <= 5400
 GROUP BY 1, 2;
\\echo 'the router on the same 100 x 100'
CREATE TEMP TABLE routed AS
SELECT origin_id::int, destination_id::int, minutes
  FROM ttg.transit_matrix('bench', 'SELECT id, lat, lon FROM p100', 'SELECT id, lat, lon FROM q100', '2020-03-20 09:00', 90);
SELECT (SELECT count(*) FROM direct) AS direct_pairs, (SELECT count(*) FROM routed) AS routed_pairs,
       (SELECT count(*) FROM direct d LEFT JOIN routed r USING (origin_id, destination_id)
         WHERE r.minutes IS NULL OR r.minutes > round(d.minutes, 1)) AS routed_worse_than_direct,
       (SELECT count(*) FROM routed r LEFT JOIN direct d USING (origin_id, destination_id)
         WHERE d.minutes IS NULL OR r.minutes < round(d.minutes, 1)) AS routed_better_changing_or_walking;
SELECT d.origin_id, d.destination_id, d.minutes AS direct, r.minutes AS routed,
       ttg.transit_minutes('bench', p.lat, p.lon, q.lat, q.lon, '2020-03-20 09:00', 90) AS single
  FROM direct d LEFT JOIN routed r USING (origin_id, destination_id)
  JOIN p100 p ON p.id = d.origin_id JOIN q100 q ON q.id = d.destination_id
 WHERE r.minutes IS NULL OR r.minutes > round(d.minutes, 1) LIMIT 5;
SQL
"
