-- match_bench.sql: run by match_bench.sh inside a throwaway cluster. Prints figures only.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION ttg;
CREATE EXTENSION pgrouting CASCADE;  -- pgRouting requires PostGIS (a dependency of the Debian package)
CREATE TABLE town (town text, lat float8, lon float8, weight float8);
\copy town FROM 'test/bench/towns.csv' WITH (FORMAT csv, HEADER true)

-- Synthetic people and placements over the towns: a town drawn by weight, then a
-- Gaussian offset (sigma 6 km for people, 5 km for placements). Fixed seed.
SELECT setseed(0.42) \gset
CREATE TABLE town_cdf AS
SELECT town, lat, lon, sum(weight) OVER (ORDER BY town) / sum(weight) OVER () AS hi FROM town;
CREATE FUNCTION pick_town(u float8) RETURNS town_cdf LANGUAGE sql STABLE AS
  $$SELECT * FROM town_cdf WHERE hi >= u ORDER BY hi LIMIT 1$$;
CREATE FUNCTION gauss() RETURNS float8 LANGUAGE sql VOLATILE AS
  $$SELECT sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())$$;
-- A random day mask with each day kept with probability p (never empty), or NULL.
CREATE FUNCTION days(p float8, null_share float8) RETURNS int LANGUAGE plpgsql VOLATILE AS $$
DECLARE m int := 0;
BEGIN
  IF random() < null_share THEN RETURN NULL; END IF;
  FOR d IN 0..6 LOOP IF random() < p THEN m := m | (1 << d); END IF; END LOOP;
  RETURN CASE WHEN m = 0 THEN 1 << floor(random() * 7)::int ELSE m END;
END $$;

CREATE TABLE people AS
SELECT g::bigint AS person_id,
       t.lat + gauss() * 6 / 111.2 AS lat,
       t.lon + gauss() * 6 / (111.2 * cos(radians(t.lat))) AS lon,
       s.sex,
       s.sex = 'female' AND random() < 0.6 AS avoid_all_male,
       random() < 0.3 AS ete_eligible,
       (ARRAY['low', 'medium', 'medium', 'high'])[1 + floor(random() * 4)::int] AS rosh,
       days(0.5, 0.3) AS available_days
  FROM generate_series(1, :people) g,
       LATERAL pick_town(random() + 0 * g) t,
       LATERAL (SELECT CASE WHEN random() + 0 * g < 0.15 THEN 'female' ELSE 'male' END AS sex) s;
UPDATE people SET rosh = 'very_high' WHERE rosh = 'high' AND person_id % 7 = 0;

CREATE TABLE placements AS
SELECT g::bigint AS placement_id,
       t.lat + gauss() * 5 / 111.2 AS lat,
       t.lon + gauss() * 5 / (111.2 * cos(radians(t.lat))) AS lon,
       5 + floor(random() * 11)::int AS capacity,
       (ARRAY['all_male', 'all_male', 'mixed', 'mixed', 'mixed', 'mixed', 'mixed', 'mixed',
              'female_only', 'individual'])[1 + floor(random() * 10)::int] AS environment,
       random() < 0.25 AS provides_ete,
       random() < 0.4 AS accepts_high_rosh,
       days(0.6, 0.2) AS session_days
  FROM generate_series(1, :placements) g,
       LATERAL pick_town(random() + 0 * g) t;
ANALYZE people; ANALYZE placements;

\echo
\echo '== instance'
SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM placements) AS placements,
       (SELECT sum(capacity) FROM placements) AS total_capacity,
       (SELECT count(*) FROM people) * (SELECT count(*) FROM placements) AS all_pairs;

\set P '''SELECT * FROM people'''
\set Q '''SELECT * FROM placements'''

\echo
\echo '== ttg.match_placements: three runs (seconds, the inner queries and arc building included)'
CREATE TABLE timing (run int, seconds numeric);
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE m AS SELECT * FROM ttg.match_placements(:P, :Q);
INSERT INTO timing SELECT 1, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 3);
SELECT clock_timestamp() AS t0 \gset
CREATE TEMP TABLE m2 AS SELECT * FROM ttg.match_placements(:P, :Q);
INSERT INTO timing SELECT 2, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 3);
SELECT clock_timestamp() AS t0 \gset
CREATE TEMP TABLE m3 AS SELECT * FROM ttg.match_placements(:P, :Q);
INSERT INTO timing SELECT 3, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 3);
SELECT string_agg(seconds::text, ', ' ORDER BY run) AS ttg_seconds,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY seconds) AS median
  FROM timing;
SELECT count(*) AS runs_differing_from_first
  FROM (SELECT * FROM m2 EXCEPT SELECT * FROM m UNION ALL SELECT * FROM m3 EXCEPT SELECT * FROM m) d;

\echo
\echo '== memory: the match context at its peak (DEBUG1 line), and the backend peak RSS'
\c
SELECT pg_backend_pid() AS pid \gset
SELECT count(*) AS warm FROM people, placements WHERE false \gset
SELECT (regexp_match(pg_read_file('/proc/' || :pid || '/status'), 'VmHWM:\s+(\d+)'))[1]::bigint AS hwm_before \gset
SET client_min_messages = debug1;
SELECT count(*) AS rows_out FROM ttg.match_placements(:P, :Q);
SET client_min_messages = warning;
SELECT (regexp_match(pg_read_file('/proc/' || :pid || '/status'), 'VmHWM:\s+(\d+)'))[1]::bigint AS hwm_after \gset
SELECT :hwm_before AS backend_peak_rss_kb_before, :hwm_after AS backend_peak_rss_kb_after,
       :hwm_after - :hwm_before AS growth_kb;

\echo
\echo '== outcome'
SELECT coalesce(split_part(reason, ':', 1), 'placed') AS outcome, count(*) AS people,
       round(sum(travel_minutes), 2) AS total_travel, round(avg(travel_minutes), 2) AS mean_travel
  FROM m GROUP BY 1 ORDER BY 1;

\echo
\echo '== the same arcs solved by pgRouting pgr_maxFlowMinCost_Cost'
CREATE TABLE arcs AS SELECT * FROM ttg.placement_candidates(:P, :Q);
SELECT count(*) AS allowed_arcs,
       round(count(*)::numeric / ((SELECT count(*) FROM people) * (SELECT count(*) FROM placements)), 5) AS share_of_all_pairs
  FROM arcs;
-- pgRouting needs costs >= 0: shift every person -> placement arc by the lowest cost; each
-- placed person crosses exactly one such arc, so the shift adds placed * shift to the total.
SELECT least(min(cost), 0) * 100 AS shift FROM arcs \gset
CREATE TABLE edges AS
SELECT row_number() OVER () AS id, e.* FROM (
  SELECT 0::bigint AS source, person_id AS target, 1 AS capacity, 0::float8 AS cost FROM people
  UNION ALL
  SELECT person_id, 10000000 + placement_id, 1, (cost * 100 - :shift)::float8 FROM arcs
  UNION ALL
  SELECT 10000000 + placement_id, 99999999, capacity, 0 FROM placements) e;
SELECT count(*) AS graph_edges FROM edges;
-- pgRouting (Boost's successive shortest paths) runs one Dijkstra over the whole graph per
-- unit of flow; it does not notice a statement_timeout until it returns, so none is set.
\if :run_pgr
SELECT clock_timestamp() AS t0 \gset
SELECT pgr_maxFlowMinCost_Cost('SELECT id, source, target, capacity, cost FROM edges', 0, 99999999) AS pgr_cost \gset
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 3) AS pgr_seconds \gset
\else
\echo 'pgRouting skipped (third argument no)'
\set pgr_cost NULL
\set pgr_seconds NULL
\endif
SELECT pgr_maxFlow('SELECT id, source, target, capacity FROM edges', 0, 99999999) AS pgr_flow \gset
SELECT count(m.placement_id) AS ttg_placed, :pgr_flow AS pgr_max_flow,
       sum(a.cost * 100) - count(m.placement_id) * :shift AS ttg_cost_shifted,
       :pgr_cost::numeric AS pgr_cost_shifted,
       CASE WHEN :pgr_cost IS NULL THEN 'not compared'
            WHEN sum(a.cost * 100) - count(m.placement_id) * :shift = :pgr_cost::numeric
             AND count(m.placement_id) = :pgr_flow THEN 'equal' ELSE 'DIFFERENT' END AS optimum,
       :pgr_seconds AS pgr_seconds,
       (SELECT median FROM (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY seconds) AS median FROM timing) x) AS ttg_seconds,
       round(:pgr_seconds / (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY seconds) FROM timing), 1) AS ttg_faster_by
  FROM m LEFT JOIN arcs a USING (person_id, placement_id);

\echo
\echo '== greedy nearest-available baseline (people in person_id order, nearest placement with room)'
CREATE TABLE room AS SELECT placement_id, capacity AS left_ FROM placements;
CREATE UNIQUE INDEX ON room (placement_id);
CREATE INDEX ON arcs (person_id, travel_minutes, placement_id);
CREATE TABLE greedy (person_id bigint, placement_id bigint, travel_minutes numeric, cost numeric);
SELECT clock_timestamp() AS t0 \gset
DO $$
DECLARE p record; a record;
BEGIN
  FOR p IN SELECT person_id FROM people ORDER BY person_id LOOP
    SELECT x.placement_id, x.travel_minutes, x.cost INTO a
      FROM arcs x JOIN room r USING (placement_id)
     WHERE x.person_id = p.person_id AND r.left_ > 0
     ORDER BY x.travel_minutes, x.placement_id LIMIT 1;
    IF FOUND THEN
      UPDATE room SET left_ = left_ - 1 WHERE placement_id = a.placement_id;
      INSERT INTO greedy VALUES (p.person_id, a.placement_id, a.travel_minutes, a.cost);
    END IF;
  END LOOP;
END $$;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 3) AS greedy_seconds;
WITH o AS (SELECT count(m.placement_id) AS placed, sum(m.travel_minutes) AS travel, sum(a.cost) AS cost
             FROM m LEFT JOIN arcs a USING (person_id, placement_id)),
     g AS (SELECT count(*) AS placed, sum(travel_minutes) AS travel, sum(cost) AS cost FROM greedy)
SELECT 'optimum' AS method, placed, (SELECT count(*) FROM people) - placed AS unplaced,
       round(travel, 2) AS total_travel, round(travel / placed, 2) AS mean_travel, round(cost, 2) AS objective_cost FROM o
UNION ALL
SELECT 'greedy', placed, (SELECT count(*) FROM people) - placed, round(travel, 2), round(travel / placed, 2), round(cost, 2) FROM g;
WITH o AS (SELECT count(placement_id) AS placed, sum(travel_minutes) AS travel FROM m),
     g AS (SELECT count(*) AS placed, sum(travel_minutes) AS travel FROM greedy),
     -- Travel over the people both place: the fair like-for-like comparison.
     both_ AS (SELECT sum(m.travel_minutes) AS o_travel, sum(g.travel_minutes) AS g_travel, count(*) AS n
                 FROM m JOIN greedy g USING (person_id) WHERE m.placement_id IS NOT NULL)
SELECT o.placed - g.placed AS more_people_placed_by_optimum,
       round(g.travel / g.placed - o.travel / o.placed, 2) AS mean_travel_saved_per_person,
       round(both_.g_travel - both_.o_travel, 2) AS travel_saved_on_people_both_place,
       both_.n AS people_both_place
  FROM o, g, both_;
