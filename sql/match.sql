-- match: optimal Unpaid Work placements (R-UPW-1, R-UPW-6, R-UPW-7, R-UPW-8).
SET DateStyle = 'ISO, YMD';
-- Expected answers were worked out by hand; the reasoning is beside each query.
-- Public transport estimate (travel core defaults): 15 + 60 * km * 1.3 / v minutes,
-- v = 110 - 85 * exp(-km / 80) km/h, km great-circle on a sphere of 6371.0088 km:
-- 0.1 degree of latitude = 11.1195 km; rounded to a tenth of a minute as
-- ttg.estimate_travel_minutes shows it.

CREATE TEMP TABLE people (person_id bigint, lat float8, lon float8, sex text,
  avoid_all_male boolean, ete_eligible boolean, rosh text, available_days integer);
CREATE TEMP TABLE placements (placement_id bigint, lat float8, lon float8, capacity integer,
  environment text, provides_ete boolean, accepts_high_rosh boolean, session_days integer);
CREATE TEMP TABLE routed (person_id bigint, placement_id bigint, minutes numeric);

-- Greedy is wrong on travel. Places 10 and 20 take one each. Person 1: 10 min to A(10),
-- 20 to B(20); person 2: 12 to A, 80 to B. Greedy by person gives 1->A, 2->B = 90 minutes;
-- the optimum is 1->B, 2->A = 32 minutes.
INSERT INTO people VALUES (1, 53.80, -1.55, 'male', false, false, 'low', NULL),
                          (2, 53.80, -1.55, 'female', false, false, 'medium', NULL);
INSERT INTO placements VALUES (10, 53.80, -1.55, 1, 'mixed', false, false, NULL),
                              (20, 53.80, -1.55, 1, 'mixed', false, false, NULL);
INSERT INTO routed VALUES (1, 10, 10), (1, 20, 20), (2, 10, 12), (2, 20, 80);
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
                                   'SELECT * FROM routed');
-- Same rows in another order, same answer (ties and order never change the result).
SELECT * FROM ttg.match_placements('SELECT * FROM people ORDER BY person_id DESC',
                                   'SELECT * FROM placements ORDER BY placement_id DESC',
                                   'SELECT * FROM routed ORDER BY minutes DESC');

-- Greedy is wrong on count: person 2 can reach only place 10 (B is 95 minutes away, over
-- R-UPW-1), so person 1 must go to 20 (50 min) for both to be placed: 50 + 5.
UPDATE routed SET minutes = 5 WHERE placement_id = 10;
UPDATE routed SET minutes = 50 WHERE (person_id, placement_id) = (1, 20);
UPDATE routed SET minutes = 95 WHERE (person_id, placement_id) = (2, 20);
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
                                   'SELECT * FROM routed');

-- Capacity short: one place, three people at 30, 10, 20 minutes; the nearest (4) is placed.
TRUNCATE people, placements, routed;
INSERT INTO people SELECT g, 53.8, -1.55, 'male', false, false, 'low', NULL FROM generate_series(3, 5) g;
INSERT INTO placements VALUES (30, 53.8, -1.55, 1, 'mixed', false, false, NULL);
INSERT INTO routed VALUES (3, 30, 30), (4, 30, 10), (5, 30, 20);
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
                                   'SELECT * FROM routed');
-- Two with equal travel for one place: the lower person_id keeps it (documented tie rule).
UPDATE routed SET minutes = 10;
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
                                   'SELECT * FROM routed');

-- ETE (R-UPW-6, R-UPW-8): person 6 is eligible; place 61 is 30 minutes without ETE,
-- 62 is 40 minutes with ETE. Bonus 15: 40 - 15 = 25 < 30, so 62. Bonus 5: 35 > 30, so 61.
-- Bonus 10: 30 = 30, a tie: the lower placement index (61) is found first.
TRUNCATE people, placements, routed;
INSERT INTO people VALUES (6, 53.8, -1.55, 'male', false, true, 'low', NULL);
INSERT INTO placements VALUES (61, 53.8, -1.55, 1, 'mixed', false, false, NULL),
                              (62, 53.8, -1.55, 1, 'mixed', true, false, NULL);
INSERT INTO routed VALUES (6, 61, 30), (6, 62, 40);
SELECT 15 AS bonus, * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', 'SELECT * FROM routed')
UNION ALL
SELECT 5, * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', 'SELECT * FROM routed', 5)
UNION ALL
SELECT 10, * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', 'SELECT * FROM routed', 10);
-- Not eligible: the bonus does not apply, 61 (30) beats 62 (40).
UPDATE people SET ete_eligible = false;
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', 'SELECT * FROM routed');

-- Every rule blocking alone. Person 7 and one placement 70 next door (routed 10 min);
-- each query changes one thing from an allowed pair.
TRUNCATE people, placements, routed;
INSERT INTO people VALUES (7, 53.8, -1.55, 'female', true, false, 'low', 1 | 4);  -- Mon, Wed
INSERT INTO placements VALUES (70, 53.8, -1.55, 2, 'mixed', false, false, 4);    -- Wed
INSERT INTO routed VALUES (7, 70, 10);
SELECT 'allowed' AS case, * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', 'SELECT * FROM routed')
UNION ALL
SELECT 'travel 90.01', * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
  'SELECT person_id, placement_id, 90.01 AS minutes FROM routed')
UNION ALL
SELECT 'travel 90', * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
  'SELECT person_id, placement_id, 90 AS minutes FROM routed')
UNION ALL
SELECT 'no route', * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
  'SELECT person_id, placement_id, NULL::numeric AS minutes FROM routed')
UNION ALL
SELECT 'all_male', * FROM ttg.match_placements('SELECT * FROM people',
  $$SELECT placement_id, lat, lon, capacity, 'all_male' AS environment, provides_ete, accepts_high_rosh, session_days FROM placements$$,
  'SELECT * FROM routed')
UNION ALL
SELECT 'all_male, no objection', * FROM ttg.match_placements(
  'SELECT person_id, lat, lon, sex, false AS avoid_all_male, ete_eligible, rosh, available_days FROM people',
  $$SELECT placement_id, lat, lon, capacity, 'all_male' AS environment, provides_ete, accepts_high_rosh, session_days FROM placements$$,
  'SELECT * FROM routed')
UNION ALL
SELECT 'female_only, male', * FROM ttg.match_placements(
  $$SELECT person_id, lat, lon, 'male' AS sex, avoid_all_male, ete_eligible, rosh, available_days FROM people$$,
  $$SELECT placement_id, lat, lon, capacity, 'female_only' AS environment, provides_ete, accepts_high_rosh, session_days FROM placements$$,
  'SELECT * FROM routed')
UNION ALL
SELECT 'female_only, female', * FROM ttg.match_placements('SELECT * FROM people',
  $$SELECT placement_id, lat, lon, capacity, 'female_only' AS environment, provides_ete, accepts_high_rosh, session_days FROM placements$$,
  'SELECT * FROM routed')
UNION ALL
SELECT 'high rosh', * FROM ttg.match_placements(
  $$SELECT person_id, lat, lon, sex, avoid_all_male, ete_eligible, 'high' AS rosh, available_days FROM people$$,
  'SELECT * FROM placements', 'SELECT * FROM routed')
UNION ALL
SELECT 'very_high rosh, accepted', * FROM ttg.match_placements(
  $$SELECT person_id, lat, lon, sex, avoid_all_male, ete_eligible, 'very_high' AS rosh, available_days FROM people$$,
  'SELECT placement_id, lat, lon, capacity, environment, provides_ete, true AS accepts_high_rosh, session_days FROM placements',
  'SELECT * FROM routed')
UNION ALL
SELECT 'unknown rosh', * FROM ttg.match_placements(
  'SELECT person_id, lat, lon, sex, avoid_all_male, ete_eligible, NULL::text AS rosh, available_days FROM people',
  'SELECT * FROM placements', 'SELECT * FROM routed')
UNION ALL
SELECT 'Tuesday only', * FROM ttg.match_placements('SELECT * FROM people',
  'SELECT placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, 2 AS session_days FROM placements',
  'SELECT * FROM routed')
UNION ALL
SELECT 'capacity 0', * FROM ttg.match_placements('SELECT * FROM people',
  'SELECT placement_id, lat, lon, 0 AS capacity, environment, provides_ete, accepts_high_rosh, session_days FROM placements',
  'SELECT * FROM routed');

-- The reason names the rule of the nearest candidate: 71 (all_male, 20 min) is nearer than
-- 72 (Tuesday only, 30 min); 73 is beyond the limit and does not count.
INSERT INTO placements VALUES (71, 53.8, -1.55, 2, 'all_male', false, false, NULL),
                              (72, 53.8, -1.55, 2, 'mixed', false, false, 2),
                              (73, 53.8, -1.55, 2, 'mixed', false, false, NULL);
DELETE FROM placements WHERE placement_id = 70;
INSERT INTO routed VALUES (7, 71, 20), (7, 72, 30), (7, 73, 91);
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', 'SELECT * FROM routed');

-- Estimates when no routed time is given. Placements due north of person 8 at 0.62 and
-- 0.68 degrees: 68.941 km, v = 74.095 -> 15 + 72.57 = 87.6 min (allowed); 75.613 km,
-- v = 76.967 -> 15 + 76.63 = 91.6 (over). 0.1 degree south: 11.1195 km, v = 36.030
-- -> 15 + 24.07 = 39.1 min.
-- Just either side of 90 minutes (72.92 km is exactly 90): 0.6554 degree (72.877 km,
-- v = 75.8185) gives 89.974 -> 90.0 (allowed), 0.6568 degree (73.033 km, v = 75.8849)
-- gives 90.069 -> 90.1 (over).
SELECT ttg.placement_failure(52, -1, 'male', false, 'low', NULL, 52.6554, -1, 1, 'mixed', false, NULL) AS at_89_974,
       ttg.placement_failure(52, -1, 'male', false, 'low', NULL, 52.6568, -1, 1, 'mixed', false, NULL) AS at_90_069,
       ttg.estimate_travel_minutes(52, -1, 52.6554, -1) AS estimate_89_974,
       ttg.estimate_travel_minutes(52, -1, 52.6568, -1) AS estimate_90_069;
TRUNCATE people, placements, routed;
INSERT INTO people VALUES (8, 52.0, -1.0, 'male', false, false, 'low', NULL),
                          (9, 52.0, -1.0, 'male', false, false, 'low', NULL),
                          (11, 52.0, -1.0, 'male', false, false, 'low', NULL);
INSERT INTO placements VALUES (80, 52.62, -1.0, 1, 'mixed', false, false, NULL),
                              (81, 52.68, -1.0, 5, 'mixed', false, false, NULL),
                              (82, 51.90, -1.0, 1, 'mixed', false, false, NULL);
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements');
-- A routed time replaces the estimate, even beyond the estimate's reach: 81 routed at 45.
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
                                   'SELECT 11 AS person_id, 81 AS placement_id, 45 AS minutes');
-- Routed pairs naming unknown people or placements are ignored.
SELECT count(*) FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements',
                                          'SELECT 999 AS person_id, 81 AS placement_id, 1 AS minutes
                                           UNION ALL SELECT 8, 999, 1');

-- Row order never matters: 300 people and 40 placements around one town, read in id order
-- and in a shuffled order, give identical rows.
SELECT setseed(0.5) IS NULL AS seeded;
CREATE TEMP TABLE mp AS
SELECT g::bigint AS person_id, 52 + (random() - 0.5) * 0.3 AS lat, -1 + (random() - 0.5) * 0.5 AS lon,
       (ARRAY['female', 'male', 'male'])[1 + g % 3] AS sex, g % 5 = 0 AS avoid_all_male,
       g % 4 = 0 AS ete_eligible, (ARRAY['low', 'medium', 'high'])[1 + g % 3] AS rosh,
       NULLIF(g % 128, 0) AS available_days
  FROM generate_series(1, 300) g;
CREATE TEMP TABLE mq AS
SELECT g::bigint AS placement_id, 52 + (random() - 0.5) * 0.3 AS lat, -1 + (random() - 0.5) * 0.5 AS lon,
       g % 7 AS capacity, (ARRAY['all_male', 'mixed', 'mixed', 'female_only', 'individual'])[1 + g % 5] AS environment,
       g % 3 = 0 AS provides_ete, g % 2 = 0 AS accepts_high_rosh, NULLIF(g * 37 % 128, 0) AS session_days
  FROM generate_series(1, 40) g;
SELECT count(*) AS rows_differing
  FROM ((SELECT * FROM ttg.match_placements('SELECT * FROM mp ORDER BY person_id', 'SELECT * FROM mq ORDER BY placement_id')
         EXCEPT
         SELECT * FROM ttg.match_placements('SELECT * FROM mp ORDER BY random()', 'SELECT * FROM mq ORDER BY random()'))
        UNION ALL
        (SELECT * FROM ttg.match_placements('SELECT * FROM mp ORDER BY random()', 'SELECT * FROM mq ORDER BY random()')
         EXCEPT
         SELECT * FROM ttg.match_placements('SELECT * FROM mp ORDER BY person_id', 'SELECT * FROM mq ORDER BY placement_id'))) d;
-- Capacity is never exceeded and every person comes back once.
SELECT count(*) = 300 AS everyone_once, count(DISTINCT person_id) = 300 AS distinct_people,
       bool_and(placement_id IS NULL OR reason IS NULL) AS placed_have_no_reason,
       bool_and(placement_id IS NOT NULL OR reason IS NOT NULL) AS unplaced_have_reason
  FROM ttg.match_placements('SELECT * FROM mp', 'SELECT * FROM mq');
SELECT count(*) AS over_capacity
  FROM (SELECT placement_id, count(*) AS n FROM ttg.match_placements('SELECT * FROM mp', 'SELECT * FROM mq')
         WHERE placement_id IS NOT NULL GROUP BY 1) f JOIN mq USING (placement_id)
 WHERE f.n > mq.capacity;
-- Every placed pair passes placement_failure, at the travel the matcher reports.
SELECT count(*) AS placed_pairs_failing_rules
  FROM ttg.match_placements('SELECT * FROM mp', 'SELECT * FROM mq') r
  JOIN mp p USING (person_id) JOIN mq q USING (placement_id)
 WHERE ttg.placement_failure(p.lat, p.lon, p.sex, p.avoid_all_male, p.rosh, p.available_days,
                             q.lat, q.lon, q.capacity, q.environment, q.accepts_high_rosh, q.session_days) IS NOT NULL
    OR r.travel_minutes <> ttg.estimate_travel_minutes(p.lat, p.lon, q.lat, q.lon);

-- Empty inputs: no people, no rows; no placements, everyone unplaced with a reason.
SELECT * FROM ttg.match_placements('SELECT * FROM people WHERE false', 'SELECT * FROM placements');
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements WHERE false');
-- NULL queries or bonus: no rows.
SELECT count(*) FROM ttg.match_placements(NULL, 'SELECT * FROM placements');
SELECT count(*) FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements', NULL, NULL);

-- A larger instance, checked against a brute force in SQL: 6 people on a line 0.02
-- degrees apart, 3 placements of capacity 1 and 2, all within reach of all.
TRUNCATE people, placements, routed;
INSERT INTO people SELECT g, 52.0 + g * 0.02, -1.0, 'male', false, g % 2 = 0, 'low', NULL FROM generate_series(1, 6) g;
INSERT INTO placements VALUES (101, 52.03, -1.0, 1, 'mixed', true, false, NULL),
                              (102, 52.09, -1.0, 2, 'mixed', false, false, NULL),
                              (103, 52.15, -1.0, 1, 'mixed', false, false, NULL);
CREATE TEMP TABLE result AS
SELECT * FROM ttg.match_placements('SELECT * FROM people', 'SELECT * FROM placements');
-- Every assignment of 4 of the 6 to the 4 places, by brute force over the estimates of
-- ttg.estimate_travel_minutes (the travel domain's function): the least cost (travel
-- less 15 for even people at 101) equals ours.
WITH cost AS (
  SELECT p.person_id, q.placement_id,
         ttg.estimate_travel_minutes(p.lat, p.lon, q.lat, q.lon)
           - CASE WHEN p.ete_eligible AND q.provides_ete THEN 15 ELSE 0 END AS c
    FROM people p, placements q),
slots(slot, placement_id) AS (VALUES (1, 101), (2, 102), (3, 102), (4, 103)),
brute AS (
  SELECT min(c1.c + c2.c + c3.c + c4.c) AS best
    FROM cost c1, cost c2, cost c3, cost c4
   WHERE c1.placement_id = 101 AND c2.placement_id = 102 AND c3.placement_id = 102
     AND c4.placement_id = 103 AND c2.person_id < c3.person_id
     AND c1.person_id NOT IN (c2.person_id, c3.person_id, c4.person_id)
     AND c4.person_id NOT IN (c2.person_id, c3.person_id))
SELECT (SELECT count(placement_id) FROM result) AS placed,
       (SELECT sum(r.travel_minutes - CASE WHEN p.ete_eligible AND q.provides_ete THEN 15 ELSE 0 END)
          FROM result r JOIN people p USING (person_id) JOIN placements q USING (placement_id)) AS ours,
       (SELECT best FROM brute) AS brute_force;
-- By hand: 2 -> 101, 4 and 5 -> 102 (0.01 degree: 1.112 km, v = 26.173 km/h, 18.3 each),
-- 6 -> 103 (0.03 degree: 3.336 km, v = 28.471, 24.1): 3 * 18.3 + 24.1 - 15 (ETE) = 64.0.
SELECT * FROM result;

-- Dashboard: placed and unplaced by reason, and travel.
SELECT coalesce(split_part(reason, ':', 1), 'placed') AS outcome, count(*) AS people,
       sum(travel_minutes) AS total_travel, max(travel_minutes) AS longest
  FROM result GROUP BY 1 ORDER BY 1;

-- placement_failure: one pair, why not. Person at (52, -1), placement 0.1 degree north (39.1 min);
-- far: 0.68 degree (91.6 min).
SELECT ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.1, -1, 2, 'mixed', false, 1) AS allowed,
       ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.68, -1, 2, 'mixed', false, 1) AS far,
       ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.68, -1, 2, 'mixed', false, 1, 89.99) AS routed_ok,
       ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.1, -1, 2, 'mixed', false, 1, 90.01) AS routed_far,
       ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.1, -1, 2, 'all_male', false, 1) AS all_male,
       ttg.placement_failure(52, -1, 'male', false, 'low', 1, 52.1, -1, 2, 'female_only', false, 1) AS female_only,
       ttg.placement_failure(52, -1, 'female', true, 'very_high', 1, 52.1, -1, 2, 'mixed', false, 1) AS rosh,
       ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.1, -1, 2, 'mixed', false, 2) AS days,
       ttg.placement_failure(52, -1, 'female', true, 'low', 1, 52.1, -1, 0, 'mixed', false, 1) AS capacity;
-- NULL handling: NULL rosh counts as high; NULL days and capacity are not checked; NULL position: NULL.
SELECT ttg.placement_failure(52, -1, NULL, NULL, NULL, NULL, 52.1, -1, NULL, 'mixed', NULL, NULL) AS null_rosh,
       ttg.placement_failure(52, -1, NULL, NULL, NULL, NULL, 52.1, -1, NULL, 'mixed', true, NULL) AS accepted,
       ttg.placement_failure(52, -1, NULL, NULL, 'low', NULL, 52.1, -1, NULL, 'female_only', NULL, NULL) AS unknown_sex,
       ttg.placement_failure(NULL, -1, 'male', false, 'low', 1, 52.1, -1, 2, 'mixed', false, 1) IS NULL AS null_position;
-- It agrees with match_placements on every pair of a small grid of cases.
SELECT count(*) AS disagreements
  FROM (VALUES ('female', true), ('male', false), ('other', true)) s(sex, avoid),
       (VALUES ('all_male'), ('mixed'), ('female_only'), ('individual')) e(env),
       (VALUES ('low'), ('high')) r(rosh),
       (VALUES (true), (false)) a(acc),
       LATERAL (SELECT reason FROM ttg.match_placements(
          format('SELECT 1 AS person_id, 52.0 AS lat, -1.0 AS lon, %L::text AS sex, %L::boolean AS avoid_all_male, false AS ete_eligible, %L::text AS rosh, NULL::int AS available_days', s.sex, s.avoid, r.rosh),
          format('SELECT 2 AS placement_id, 52.1 AS lat, -1.0 AS lon, 1 AS capacity, %L::text AS environment, false AS provides_ete, %L::boolean AS accepts_high_rosh, NULL::int AS session_days', e.env, a.acc))) m
 WHERE (m.reason IS NULL) <> (ttg.placement_failure(52, -1, s.sex, s.avoid, r.rosh, NULL, 52.1, -1, 1, e.env, a.acc, NULL) IS NULL)
    OR m.reason NOT LIKE '%' || ttg.placement_failure(52, -1, s.sex, s.avoid, r.rosh, NULL, 52.1, -1, 1, e.env, a.acc, NULL) || '%';

-- placement_candidates: the allowed pairs and their costs (travel less the ETE bonus, which
-- can go below zero). 14.5 - 15 = -0.50 at ETE place 1; place 2 is all_male and she asked
-- not to (absent); place 3 has no ETE (14.50); place 4: 15.5 - 15 = 0.50.
SELECT * FROM ttg.placement_candidates(
  $$SELECT 1::bigint AS person_id, 52.0 AS lat, -1.0 AS lon, 'female'::text AS sex, true AS avoid_all_male,
           true AS ete_eligible, 'low'::text AS rosh, NULL::int AS available_days$$,
  $$SELECT * FROM (VALUES (1::bigint, 52.0, -1.0, 1, 'mixed', true, false, NULL::int),
                          (2, 52.0, -1.0, 1, 'all_male', true, false, NULL),
                          (3, 52.0, -1.0, 1, 'mixed', false, false, NULL),
                          (4, 52.0, -1.0, 1, 'mixed', true, false, NULL))
       v(placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days)$$,
  'SELECT 1 AS person_id, p AS placement_id, m AS minutes FROM (VALUES (1, 14.5), (2, 5), (3, 14.5), (4, 15.5)) v(p, m)');

-- Dashboard queries of the README's placement matching section, on the six-person instance above (still loaded).
-- Fill per placement: 101 1 of 1, 102 2 of 2, 103 1 of 1 (from the result above).
SELECT q.placement_id, q.capacity, count(r.person_id) AS filled,
       round(100.0 * count(r.person_id) / nullif(q.capacity, 0)) AS pct_full
  FROM placements q LEFT JOIN result r USING (placement_id)
 GROUP BY q.placement_id, q.capacity ORDER BY q.placement_id;
-- ETE take-up (R-UPW-6, R-UPW-8): eligible people are 2, 4, 6; only 2 is at an ETE placement.
SELECT count(*) FILTER (WHERE p.ete_eligible) AS eligible,
       count(*) FILTER (WHERE p.ete_eligible AND q.provides_ete) AS eligible_at_ete
  FROM result r JOIN people p USING (person_id) LEFT JOIN placements q USING (placement_id);
-- Why not, for person 1 (unplaced, capacity_taken): every placement allows the pair
-- (0.01, 0.07, 0.13 degree: 1.112 km, v = 26.173: 18.3; 7.784 km, v = 32.880: 33.5;
-- 14.455 km, v = 39.051: 43.9 minutes), so capacity alone kept them out.
SELECT q.placement_id,
       ttg.placement_failure(p.lat, p.lon, p.sex, p.avoid_all_male, p.rosh, p.available_days,
                             q.lat, q.lon, q.capacity, q.environment, q.accepts_high_rosh,
                             q.session_days) AS why_not
  FROM people p, placements q WHERE p.person_id = 1 ORDER BY q.placement_id;
-- Where could person 1 go: the candidates with their travel.
SELECT placement_id, travel_minutes, cost
  FROM ttg.placement_candidates('SELECT * FROM people WHERE person_id = 1', 'SELECT * FROM placements');

-- With the reporting model (tables made by ttg.create_reporting_model, demo data): the
-- query the README's placement matching section shows. Every person awaiting placement comes back once, and no
-- placement takes more than its capacity.
SET client_min_messages = warning;
DO $$ BEGIN
  PERFORM ttg.create_reporting_model('match_demo');
  PERFORM ttg.generate_demo_data('match_demo', 500);
END $$;
RESET client_min_messages;
CREATE TEMP TABLE demo_run AS
SELECT * FROM ttg.match_placements(
  'SELECT o.order_id AS person_id, o.home_lat AS lat, o.home_lon AS lon, c.sex, o.avoid_all_male,
          o.ete_eligible, o.rosh, o.available_days
     FROM match_demo.upw_orders o JOIN match_demo.cases c USING (case_id)
    WHERE o.awaiting_placement',
  'SELECT placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days
     FROM match_demo.placements',
  ete_bonus_minutes => (SELECT ete_bonus_minutes FROM match_demo.settings));
SELECT (SELECT count(*) FROM demo_run) > 0 AS some_awaiting,
       (SELECT count(*) FROM demo_run) = (SELECT count(*) FROM match_demo.upw_orders WHERE awaiting_placement)
         AS everyone_awaiting_once,
       (SELECT count(*) FROM demo_run r JOIN match_demo.placements q USING (placement_id)
         GROUP BY q.placement_id, q.capacity HAVING count(*) > q.capacity) IS NULL AS within_capacity;
SET client_min_messages = warning;
DROP SCHEMA match_demo CASCADE;
RESET client_min_messages;
