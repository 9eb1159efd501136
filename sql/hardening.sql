-- hardening: no role can crash the server through a ttg function, and state
-- arithmetic never wraps. Each query here crashed the backend or gave a wrong
-- answer in 0.1.0.
SET DateStyle = 'ISO, YMD';
\i sql/include/err.sql

-- ---- NULL arguments (R-MCS-7: mcs_rate's transition is STRICT) -------------
-- A NULL state: NULL out (0.1.0 read the NULL pointer and the postmaster restarted).
SELECT ttg.mcs_rate_step(NULL, true) IS NULL AS null_state_gives_null;
SELECT ttg.mcs_rate_step(NULL, NULL) IS NULL AS all_null_gives_null;
-- A NULL met with a state: NULL out when called directly (STRICT) ...
SELECT ttg.mcs_rate_step('{3,4}', NULL) IS NULL AS null_met_gives_null;
-- ... and skipped by the aggregate: 2 true of 3 non-NULL = 66.66...
SELECT round(ttg.mcs_rate(m), 4) AS rate FROM (VALUES (true), (NULL), (false), (true)) v(m);
-- Constant folding at plan time once crashed EXPLAIN.
EXPLAIN (COSTS OFF) SELECT ttg.mcs_rate_step(NULL, true);
-- So did a RETURNING list (sqlsmith's reproducer).
CREATE TEMP TABLE hardening_t (x int);
INSERT INTO hardening_t VALUES (1);
DELETE FROM hardening_t RETURNING ttg.mcs_rate_step(NULL, x = 1) IS NULL AS returned_null;
DROP TABLE hardening_t;
-- Every C function of schema ttg either is STRICT or is listed here as reading
-- its NULLs itself (each audited against its C code; a new non-strict C
-- function makes this list change, so it is audited too).
SELECT p.oid::regprocedure AS checks_its_own_nulls
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'ttg'::regnamespace AND l.lanname = 'c' AND NOT p.proisstrict
 ORDER BY p.oid::regprocedure::text COLLATE "C";

-- ---- overflow and impossible states (22003, 22023) -------------------------
-- met above total: 22023 (0.1.0 returned 350 for {7,2}).
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{7,2}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{92233720368547758,1}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{-1,2}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{0,-2}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_step(''{3,2}'', true)');
SELECT pg_temp.err('SELECT ttg.mcs_rate_combine(''{1,1}'', ''{2,1}'')');
-- A sum past bigint: 22003 (0.1.0 returned a negative count).
SELECT pg_temp.err('SELECT ttg.mcs_rate_combine(''{9223372036854775807,9223372036854775807}'', ''{1,1}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_combine(''{1,9223372036854775807}'', ''{1,1}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_step(''{0,9223372036854775807}'', false)');
SELECT pg_temp.err('SELECT ttg.mcs_rate_step(''{9223372036854775807,9223372036854775807}'', true)');
-- The largest states still give exact answers: 100 * met / total computed in numeric,
-- so {9223372036854775807, 9223372036854775807} is exactly 100 (0.1.0: 100 * met wrapped).
SELECT ttg.mcs_rate_final('{9223372036854775807,9223372036854775807}') = 100 AS full_rate_exact;
-- {1, 9223372036854775807}: 100 / 9223372036854775807 = 1.0842e-17, not 0.
SELECT ttg.mcs_rate_final('{1,9223372036854775807}') > 0 AS tiny_rate_not_zero;
-- Malformed states: 22023.
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{1,2,3}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{{1,2}}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{1,NULL}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{}'')');

-- ---- absurd routed times never look short ----------------------------------
-- R-UPW-1: 1e300 routed minutes is over the 90-minute limit (0.1.0 wrapped it negative).
SELECT ttg.placement_failure(51.48, -3.18, 'male', false, 'low', NULL,
                             51.48, -3.18, 1, 'mixed', false, NULL, 1e300) AS absurd_routed_time;
SELECT person_id, placement_id, travel_minutes
  FROM ttg.placement_candidates(
    'SELECT 1 AS person_id, 51.48 AS lat, -3.18 AS lon, ''male'' AS sex, false AS avoid_all_male,
            false AS ete_eligible, ''low'' AS rosh, NULL::int AS available_days',
    'SELECT 7 AS placement_id, 51.48 AS lat, -3.18 AS lon, 1 AS capacity, ''mixed'' AS environment,
            false AS provides_ete, false AS accepts_high_rosh, NULL::int AS session_days',
    'SELECT 1 AS person_id, 7 AS placement_id, 1e300::float8 AS minutes');
SELECT pg_temp.err('SELECT ttg.placement_failure(51.48, -3.18, NULL, NULL, NULL, NULL, 51.48, -3.18, 1, ''mixed'', NULL, NULL, ''Infinity'')');

-- The server is still up.
SELECT 'alive' AS server;
