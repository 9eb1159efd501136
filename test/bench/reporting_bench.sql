-- Reporting benchmark: the demo model at scale. Run through
-- test/bench/reporting_bench.sh, which sets :cases and :months and times the views.
-- No VACUUM ANALYZE beyond what the demo loader does (it analyses the tables it
-- fills, not the one-row settings table), as a region's model stands after a load.
\set QUIET on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
RESET client_min_messages;
SELECT ttg.create_reporting_model('bench');
UPDATE bench.settings SET as_of = '2026-11-23';
\timing on
SELECT table_name, rows_loaded FROM ttg.generate_demo_data('bench', :cases, 1, :months);
\timing off
\pset footer off
\set QUIET off
SELECT (SELECT count(*) FROM bench.cases) AS cases, (SELECT count(*) FROM bench.contacts) AS contacts,
       (SELECT count(*) FROM bench.custody) AS custody, (SELECT count(*) FROM bench.upw_orders) AS upw_orders,
       (SELECT count(*) FROM bench.upw_orders WHERE awaiting_placement) AS awaiting_placement,
       (SELECT count(*) FROM bench.placements) AS placements,
       pg_size_pretty(pg_total_relation_size('bench.contacts')) AS contacts_size;
