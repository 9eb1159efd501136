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

-- Contact compliance at scale: the stored results (mcs_results, kept by triggers) against the
-- floor, a bare count(*) GROUP BY case, month over the same contacts. Best of three reads, ms.
CREATE FUNCTION pg_temp.best(q text) RETURNS numeric LANGUAGE sql AS $$
  SELECT least(pg_temp.ms(q), pg_temp.ms(q), pg_temp.ms(q)) $$;
CREATE FUNCTION pg_temp.peak_kb() RETURNS bigint LANGUAGE sql AS $$
  SELECT substring(pg_read_file(format('/proc/%s/status', pg_backend_pid())) FROM 'VmHWM:\s+(\d+) kB')::bigint $$;
SELECT current_setting('jit') AS jit, current_setting('jit_above_cost') AS jit_above_cost,
       (SELECT count(*) FROM bench.mcs_results) AS case_months;
SELECT min(team) AS t, min(region) AS r, max(month) AS m FROM bench.mcs_results \gset
SELECT 'floor: count(*) GROUP BY case, month' AS query,
       pg_temp.best('SELECT count(*) FROM (SELECT case_id, date_trunc(''month'', appointment_at), count(*) FROM bench.contacts GROUP BY 1, 2) s') AS ms
UNION ALL SELECT 'mcs_case_month whole', pg_temp.best('SELECT sum(length(s::text)) FROM bench.mcs_case_month s')
UNION ALL SELECT 'mcs_team_month whole', pg_temp.best('SELECT sum(length(s::text)) FROM bench.mcs_team_month s')
UNION ALL SELECT 'mcs_team_month one team-month', pg_temp.best(format('SELECT * FROM bench.mcs_team_month WHERE team = %L AND month = %L', :'t', :'m'))
UNION ALL SELECT 'mcs_team_month one region-month', pg_temp.best(format('SELECT * FROM bench.mcs_team_month WHERE region = %L AND month = %L', :'r', :'m'))
UNION ALL SELECT 'mcs_case_month one case', pg_temp.best('SELECT * FROM bench.mcs_case_month WHERE case_id = 4242')
UNION ALL SELECT 'mcs_case_month_live one case (computed now)', pg_temp.best('SELECT * FROM bench.mcs_case_month_live WHERE case_id = 4242')
UNION ALL SELECT 'contacts of 1% of cases updated (trigger recomputes them)',
       pg_temp.ms('UPDATE bench.contacts SET available_minutes = available_minutes WHERE case_id % 100 = 7')
UNION ALL SELECT 'full rebuild (ttg.refresh_reporting_model)', pg_temp.ms('SELECT ttg.refresh_reporting_model(''bench'')');
SELECT pg_temp.peak_kb() AS backend_peak_rss_kb;
\echo 'Plans: one team-month, one case'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM bench.mcs_team_month WHERE team = :'t' AND month = :'m';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM bench.mcs_case_month WHERE case_id = 4242;
