-- road_times: filling a reporting model's travel_times for car and minibus from
-- a road network with pgRouting, as the README shows (R-UPW-1: at most 90
-- minutes each way). Skipped where pgRouting is not installed (the other
-- expected output is the skip). The network is made here by hand.
SELECT count(*) = 1 AS have_pgrouting FROM pg_available_extensions WHERE name = 'pgrouting' \gset
\if :have_pgrouting
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE;
RESET client_min_messages;
CREATE SCHEMA roads;
-- Speeds a person drives in town, not the limits: residential streets 20 km/h
-- (a 30 mph street with junctions, parked cars and crossings), an urban A road
-- 30 km/h, a trunk bypass 60 km/h, a motorway 90 km/h.
CREATE TABLE roads.speeds (highway text PRIMARY KEY, kmh float8 NOT NULL);
INSERT INTO roads.speeds VALUES ('residential', 20), ('primary', 30), ('trunk', 60), ('motorway', 90);
-- Nodes 1 - 2 - 3 - 4 along a street, 1 km apart; a trunk bypass from 1 to 4,
-- 4 km; 2 -> 3 is one way; node 5 is a cul-de-sac reached by no road.
CREATE TABLE roads.nodes (id bigint PRIMARY KEY, lat float8, lon float8);
INSERT INTO roads.nodes VALUES (1, 53.80, -1.55), (2, 53.80, -1.535), (3, 53.80, -1.52),
                               (4, 53.80, -1.505), (5, 53.85, -1.40);
CREATE TABLE roads.ways (id bigint PRIMARY KEY, source bigint, target bigint, highway text,
                         length_m float8, oneway boolean);
INSERT INTO roads.ways VALUES (1, 1, 2, 'residential', 1000, false), (2, 2, 3, 'residential', 1000, true),
                              (3, 3, 4, 'residential', 1000, false), (4, 1, 4, 'trunk', 4000, false);
-- Edge costs in seconds at those speeds (one-way: no reverse).
CREATE VIEW roads.edges AS
SELECT w.id, w.source, w.target, w.length_m / (s.kmh / 3.6) AS cost,
       CASE WHEN w.oneway THEN -1 ELSE w.length_m / (s.kmh / 3.6) END AS reverse_cost
  FROM roads.ways w JOIN roads.speeds s USING (highway);

CREATE TEMP TABLE people (order_id bigint, home_lat float8, home_lon float8);
INSERT INTO people VALUES (10, 53.8001, -1.5501), (11, 53.8001, -1.5201);
CREATE TEMP TABLE placements (placement_id bigint, lat float8, lon float8);
INSERT INTO placements VALUES (20, 53.8001, -1.5051), (21, 53.8001, -1.5201), (22, 53.8501, -1.4001);
CREATE TEMP TABLE travel_times (order_id bigint, placement_id bigint, mode text, minutes numeric,
                                PRIMARY KEY (order_id, placement_id, mode));

-- Each place at its nearest node; door to door = driving + the mode's access
-- time (car 5 minutes, minibus 10, as ttg.travel_mode_defaults() has them); the
-- minibus drives a sixth slower than a car, as its estimate does.
-- By hand, car: 10 (node 1) -> 20 (node 4): streets 3 km at 20 km/h = 9 min, the
-- bypass 4 km at 60 = 4 min: 4 + 5 = 9.0. 10 -> 21 (node 3): streets 6 min, or
-- bypass and back 4 + 3 = 7: 6 + 5 = 11.0. 11 (node 3) -> 20 (node 4): 3 + 5 = 8.0.
-- 11 -> 21: same node, 0 + 5 = 5.0. 11 (node 3) -> 10's node 1 is not asked.
-- Node 5 (placement 22) is reached by no road: no row. Minibus: 4 * 1.2 + 10 =
-- 14.8; 6 * 1.2 + 10 = 17.2; 3 * 1.2 + 10 = 13.6; 10.0.
WITH o AS (SELECT p.order_id, n.id AS node FROM people p CROSS JOIN LATERAL
             (SELECT id FROM roads.nodes ORDER BY ttg.great_circle_km(p.home_lat, p.home_lon, lat, lon) LIMIT 1) n),
     d AS (SELECT q.placement_id, n.id AS node FROM placements q CROSS JOIN LATERAL
             (SELECT id FROM roads.nodes ORDER BY ttg.great_circle_km(q.lat, q.lon, lat, lon) LIMIT 1) n),
     cost AS (SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost(
                'SELECT id, source, target, cost, reverse_cost FROM roads.edges',
                (SELECT array_agg(DISTINCT node) FROM o), (SELECT array_agg(DISTINCT node) FROM d), true)
              UNION ALL SELECT node, node, 0 FROM o WHERE node IN (SELECT node FROM d)),
     m(mode, factor, access) AS (VALUES ('car', 1.0, 5), ('minibus', 1.2, 10))
INSERT INTO travel_times (order_id, placement_id, mode, minutes)
SELECT o.order_id, d.placement_id, m.mode, round((c.agg_cost / 60 * m.factor + m.access)::numeric, 1)
  FROM o JOIN cost c ON c.start_vid = o.node JOIN d ON d.node = c.end_vid CROSS JOIN m
ON CONFLICT (order_id, placement_id, mode) DO UPDATE SET minutes = EXCLUDED.minutes;
SELECT t.*, ttg.within_travel_limit(minutes) AS within_90 FROM travel_times t ORDER BY mode, order_id, placement_id;

SET client_min_messages = warning;
DROP SCHEMA roads CASCADE;
DROP EXTENSION pgrouting;
DROP EXTENSION IF EXISTS postgis;
RESET client_min_messages;
\else
\echo 'road_times: pgRouting is not installed; skipped'
\endif
