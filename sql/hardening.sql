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

-- ---- query-text arguments are read-only queries (22023, naming the argument) ----
-- 0.1.0 said "DELETE is not allowed in a non-volatile function" (0A000) of a data-modifying WITH.
CREATE TABLE hardening_people AS
  SELECT 1 AS person_id, 51.48 AS lat, -3.18 AS lon, 'male'::text AS sex, false AS avoid_all_male,
         false AS ete_eligible, 'low'::text AS rosh, NULL::int AS available_days;
SELECT pg_temp.err($q$SELECT * FROM ttg.match_placements(
  'WITH gone AS (DELETE FROM hardening_people RETURNING *) SELECT * FROM gone',
  'SELECT 7 AS placement_id, 51.48 AS lat, -3.18 AS lon, 1 AS capacity, ''mixed'' AS environment,
          false AS provides_ete, false AS accepts_high_rosh, NULL::int AS session_days')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.placement_candidates('DELETE FROM hardening_people RETURNING *', 'SELECT 1')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.match_placements('SELECT * FROM hardening_people FOR UPDATE', 'SELECT 1')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.match_placements('SELECT * FROM hardening_people; SELECT 1', 'SELECT 1')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.match_placements('', 'SELECT 1')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.mcs_evaluate(
  'WITH x AS (UPDATE hardening_people SET lat = 0 RETURNING person_id) SELECT person_id AS case_id, DATE ''2026-01-05'' AS isp_completed_on FROM x',
  'SELECT 1', '2026-01-01', '2026-03-31')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.mcs_evaluate(
  'SELECT 1::bigint AS case_id, DATE ''2026-01-05'' AS isp_completed_on',
  'INSERT INTO hardening_people SELECT * FROM hardening_people RETURNING person_id AS case_id', '2026-01-01', '2026-03-31')$q$);
-- Nothing was changed.
SELECT count(*) AS people, min(lat) AS lat FROM hardening_people;
DROP TABLE hardening_people;

-- ---- cancellation: a long match stops at statement_timeout, not seconds later ----
-- 20,000 people and 200 placements all within 90 minutes (R-UPW-1): 4 million allowed
-- pairs, several seconds of work uncancelled. Under a 200 ms timeout it stops with
-- 57014 well inside a second (0.1.0 checked for interrupts every 256 people only).
CREATE TABLE hardening_many AS
  SELECT g AS person_id, 52.48 + (g % 97) * 0.001 AS lat, -1.89 + (g % 89) * 0.001 AS lon,
         'male'::text AS sex, false AS avoid_all_male, false AS ete_eligible, 'low'::text AS rosh,
         NULL::int AS available_days FROM generate_series(1, 20000) g;
CREATE TABLE hardening_places AS
  SELECT g AS placement_id, 52.48 + (g % 37) * 0.002 AS lat, -1.89 + (g % 41) * 0.002 AS lon,
         1 AS capacity, 'mixed'::text AS environment, false AS provides_ete, false AS accepts_high_rosh,
         NULL::int AS session_days FROM generate_series(1, 200) g;
CREATE FUNCTION pg_temp.cancel_ms(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp(); st text;
BEGIN
  EXECUTE q;
  RETURN 'not cancelled';
EXCEPTION WHEN query_canceled THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
  RETURN st || CASE WHEN clock_timestamp() - t0 < interval '1 second' THEN ' within 1 s' ELSE ' late' END;
END $$;
SET statement_timeout = 200;
SELECT pg_temp.cancel_ms($q$SELECT count(*) FROM ttg.match_placements('SELECT * FROM hardening_many', 'SELECT * FROM hardening_places')$q$) AS match_cancelled;
SELECT pg_temp.cancel_ms($q$SELECT count(*) FROM ttg.placement_candidates('SELECT * FROM hardening_many', 'SELECT * FROM hardening_places')$q$) AS candidates_cancelled;
RESET statement_timeout;
DROP TABLE hardening_many, hardening_places;
-- mcs_evaluate plans its own query without LLVM optimisation or inlining (passes that
-- cannot be cancelled: about a second over 2 million contacts, test/bench/cancel_bench.sh)
-- and gives the caller's settings back. One case (ISP 5 Jan 2026) with no contacts: its
-- February is one row (R-MCS-5: a month in scope with nothing counted).
SET jit_optimize_above_cost = 1234;
SET jit_inline_above_cost = 5678;
SELECT count(*) AS months FROM ttg.mcs_evaluate(
  'SELECT 1::bigint AS case_id, DATE ''2026-01-05'' AS isp_completed_on',
  'SELECT 1::bigint AS case_id, ''COAP''::text AS contact_type, NULL::timestamp AS appointment_at,
          NULL::timestamp AS notified_at, NULL::text AS outcome, 30 AS available_minutes,
          false AS other_activity WHERE false',
  '2026-02-01', '2026-02-28');
SHOW jit_optimize_above_cost;
SHOW jit_inline_above_cost;
RESET jit_optimize_above_cost;
RESET jit_inline_above_cost;

-- The server is still up.
SELECT 'alive' AS server;
