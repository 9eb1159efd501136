-- Reporting benchmark: every view over the demo model. Run through
-- test/bench/reporting_bench.sh, which sets :cases and :months.
\set QUIET on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
RESET client_min_messages;
SELECT ttg.create_reporting_model('bench');
UPDATE bench.settings SET as_of = '2026-11-23';
\timing on
SELECT table_name, rows_loaded FROM ttg.generate_demo_data('bench', :cases, 1, :months);
\timing off
VACUUM ANALYZE;
CREATE FUNCTION pg_temp.ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN EXECUTE q; RETURN round(extract(epoch FROM clock_timestamp() - t0) * 1000); END $$;
\pset footer off
\set QUIET off
SELECT (SELECT count(*) FROM bench.cases) AS cases, (SELECT count(*) FROM bench.contacts) AS contacts,
       (SELECT count(*) FROM bench.custody) AS custody, (SELECT count(*) FROM bench.upw_orders) AS upw_orders,
       (SELECT count(*) FROM bench.upw_orders WHERE awaiting_placement) AS awaiting_placement,
       (SELECT count(*) FROM bench.placements) AS placements;
\echo 'Milliseconds to read each view whole (every column of every row turned to text), first and second read:'
SELECT v AS view, pg_temp.ms(format('SELECT sum(length(s::text)) FROM bench.%I s', v)) AS ms_first,
       pg_temp.ms(format('SELECT sum(length(s::text)) FROM bench.%I s', v)) AS ms_second
  FROM unnest(ARRAY['mcs_case_month', 'mcs_team_month', 'ttg_pipeline', 'release_forecast', 'resettlement_share',
                    'om_responsibility', 'upw_timeliness', 'upw_travel', 'placement_plan']) v;
\echo 'Plan of the heaviest view:'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM bench.mcs_team_month;
