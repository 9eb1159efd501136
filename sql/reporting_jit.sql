-- reporting_jit: no planner traps in the reporting model. Over a small model (2,000
-- synthetic cases) with PostgreSQL's default costs: the one-row settings table, never
-- analysed, does not multiply estimates; no view costs enough to wake JIT
-- (jit_above_cost 100000); and every view answers the same with JIT forced on every
-- query (jit_above_cost = 0, inlining and optimisation too) as with JIT off.
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('bj');
UPDATE bj.settings SET as_of = '2026-11-23';
SELECT count(*) > 0 AS loaded FROM ttg.generate_demo_data('bj', 2000, 1, 12);
RESET client_min_messages;

CREATE FUNCTION pg_temp.plan(q text) RETURNS json LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j; RETURN j->0->'Plan'; END $$;
CREATE TEMP TABLE views AS
  SELECT unnest(ARRAY['report_date', 'mcs_case_month', 'mcs_team_month', 'ttg_pipeline', 'release_forecast',
                      'resettlement_share', 'om_responsibility', 'upw_timeliness', 'upw_travel', 'placement_plan',
                      'data_dictionary']) AS v;

-- The settings table is as a load leaves it: never analysed (reltuples -1), so the
-- planner would guess hundreds of rows if a view joined it. Views read it through
-- current_settings(): report_date is estimated at 1 row, and ttg_pipeline (one row per
-- person in custody) at exactly the custody table's estimate.
SELECT c.reltuples AS settings_reltuples FROM pg_class c WHERE c.oid = 'bj.settings'::regclass;
SELECT (pg_temp.plan('SELECT * FROM bj.report_date')->>'Plan Rows')::float8 AS report_date_rows,
       (pg_temp.plan('SELECT * FROM bj.ttg_pipeline')->>'Plan Rows')::float8
         = (pg_temp.plan('SELECT * FROM bj.custody')->>'Plan Rows')::float8 AS pipeline_rows_as_custody;

-- With default costs no view of the small model is costed above jit_above_cost.
SHOW jit;
SELECT v AS view, (pg_temp.plan(format('SELECT * FROM bj.%I', v))->>'Total Cost')::float8
                    > current_setting('jit_above_cost')::float8 AS would_jit
  FROM views WHERE (pg_temp.plan(format('SELECT * FROM bj.%I', v))->>'Total Cost')::float8
                    > current_setting('jit_above_cost')::float8 / 10
 ORDER BY 1;

-- Every view read whole (its rows as text, sorted) with JIT forced, then with JIT off.
CREATE FUNCTION pg_temp.digest(v text) RETURNS TABLE (row_count bigint, digest text) LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('SELECT count(*), md5(coalesce(string_agg(s::text, E''\n'' ORDER BY s::text), ''''))
                                 FROM bj.%I s', v);
END $$;
SET jit = on;
SET jit_above_cost = 0;
SET jit_inline_above_cost = 0;
SET jit_optimize_above_cost = 0;
-- JIT does compile here (the server has LLVM): the plan of a whole view reports functions.
SELECT pg_jit_available() AS jit_available;
CREATE FUNCTION pg_temp.jit_functions(q text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || q INTO j; RETURN coalesce((j->0->'JIT'->>'Functions')::integer, 0); END $$;
SELECT pg_temp.jit_functions('SELECT * FROM bj.mcs_team_month') > 0 AS jit_compiled;
CREATE TEMP TABLE forced AS SELECT v, d.* FROM views, pg_temp.digest(v) d;
SET jit = off;
CREATE TEMP TABLE plain AS SELECT v, d.* FROM views, pg_temp.digest(v) d;
RESET jit; RESET jit_above_cost; RESET jit_inline_above_cost; RESET jit_optimize_above_cost;
SELECT f.v AS view, f.row_count > 0 AS has_rows, f.row_count = p.row_count AND f.digest = p.digest AS same_answer
  FROM forced f JOIN plain p USING (v) ORDER BY 1;

SET client_min_messages = warning;
DROP SCHEMA bj CASCADE;
RESET client_min_messages;
