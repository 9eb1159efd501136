-- match_errors: bad queries and bad values for ttg.match_placements and ttg.placement_failure.
SET DateStyle = 'ISO, YMD';
-- err(q) runs q and shows SQLSTATE, message and hint on one line (copy of errors.sql's helper).
\i sql/include/err.sql
CREATE TEMP VIEW pe AS SELECT 1::bigint AS person_id, 52.0 AS lat, -1.0 AS lon, 'male'::text AS sex,
  false AS avoid_all_male, false AS ete_eligible, 'low'::text AS rosh, NULL::int AS available_days;
CREATE TEMP VIEW pl AS SELECT 2::bigint AS placement_id, 52.0 AS lat, -1.0 AS lon, 1 AS capacity,
  'mixed'::text AS environment, false AS provides_ete, false AS accepts_high_rosh, NULL::int AS session_days;
-- The good pair first, so every line below fails for the one reason it shows.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'')');
-- A missing column: 42703 naming it, listing the columns wanted.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, lat, lon FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'', ''SELECT 1 AS person_id, 2 AS placement_id'')');
-- A mistyped column: 42804 naming it and its type.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id::text AS person_id, lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, lat::text AS lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, capacity::numeric AS capacity, environment, provides_ete, accepts_high_rosh, session_days FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, capacity, environment, 1 AS provides_ete, accepts_high_rosh, session_days FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'', ''SELECT 1 AS person_id, 2 AS placement_id, ''''10''''::text AS minutes'')');
-- Not a query, or one that returns nothing: 22023; a syntax error is PostgreSQL's own 42601.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''CREATE TEMP TABLE zz (a int)'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELEC 1'', ''SELECT * FROM pl'')');
-- Duplicate ids: 22023 naming the id.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe UNION ALL SELECT * FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl UNION ALL SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'', ''SELECT 1 AS person_id, 2 AS placement_id, 10 AS minutes UNION ALL SELECT 1, 2, 11'')');
-- NULL where a value is needed: 22004 naming the row.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT NULL::bigint AS person_id, lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, NULL::float8 AS lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, NULL::int AS capacity, environment, provides_ete, accepts_high_rosh, session_days FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, capacity, NULL::text AS environment, provides_ete, accepts_high_rosh, session_days FROM pl'')');
-- Unknown words: 22023 with the accepted list.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, lat, lon, ''''F''''::text AS sex, avoid_all_male, ete_eligible, rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, lat, lon, sex, avoid_all_male, ete_eligible, ''''very_hi''''::text AS rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, capacity, ''''men only''''::text AS environment, provides_ete, accepts_high_rosh, session_days FROM pl'')');
-- Values out of range: 22023.
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, lat, lon, sex, avoid_all_male, ete_eligible, rosh, 128 AS available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, -1 AS session_days FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, lon, -1 AS capacity, environment, provides_ete, accepts_high_rosh, session_days FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT person_id, 91 AS lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days FROM pe'', ''SELECT * FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT placement_id, lat, 181 AS lon, capacity, environment, provides_ete, accepts_high_rosh, session_days FROM pl'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'', ''SELECT 1 AS person_id, 2 AS placement_id, -5 AS minutes'')');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'', NULL, -1)');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT * FROM pe'', ''SELECT * FROM pl'', NULL, 1441)');
-- placement_failure.
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''F'', true, ''low'', 1, 52.1, -1, 2, ''mixed'', false, 1)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''female'', true, ''severe'', 1, 52.1, -1, 2, ''mixed'', false, 1)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''female'', true, ''low'', 1, 52.1, -1, 2, ''outdoor'', false, 1)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''female'', true, ''low'', 200, 52.1, -1, 2, ''mixed'', false, 1)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''female'', true, ''low'', 1, 52.1, -1, 2, ''mixed'', false, -3)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''female'', true, ''low'', 1, 52.1, -1, -2, ''mixed'', false, 1)');
SELECT pg_temp.err('SELECT ttg.placement_failure(95, -1, ''female'', true, ''low'', 1, 52.1, -1, 2, ''mixed'', false, 1)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''female'', true, ''low'', 1, 52.1, -1, 2, ''mixed'', false, 1, -1)');
