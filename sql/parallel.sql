-- parallel: the calendar functions run in parallel workers (national and local
-- calendars; the local one is read and cached inside each worker) and give the
-- same answers as a serial plan.
SET DateStyle = 'ISO, YMD';
SELECT ttg.load_calendar('par_office', E'date,title\n2026-12-29,Closed\n2026-12-30,Closed\n2027-04-01,Stocktake\n');
CREATE TABLE par_days AS
  SELECT ('2020-01-01'::date + (g * 7919) % 3000) AS d FROM generate_series(1, 60000) g;
ANALYZE par_days;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;   -- the workers do all the work (when any start)
-- The plan, not the workers launched: a busy server may start fewer, and then the
-- leader runs the plan itself; the answers must be the same either way.
EXPLAIN (COSTS OFF)
SELECT sum(ttg.add_business_days(d, 5, 'par_office') - d) FROM par_days;
SELECT sum(ttg.add_business_days(d, 5, 'par_office') - d) AS local_add,
       sum(ttg.business_days_between(d, d + 30, 'par_office')) AS local_between,
       sum(ttg.add_business_days(d, -7) - d) AS national_add,
       count(*) FILTER (WHERE ttg.is_business_day(d, 'par_office')) AS local_open
  FROM par_days \gset par_
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF)
SELECT sum(ttg.add_business_days(d, 5, 'par_office') - d) FROM par_days;
SELECT :par_local_add = sum(ttg.add_business_days(d, 5, 'par_office') - d) AS add_same,
       :par_local_between = sum(ttg.business_days_between(d, d + 30, 'par_office')) AS between_same,
       :par_national_add = sum(ttg.add_business_days(d, -7) - d) AS national_same,
       :par_local_open = count(*) FILTER (WHERE ttg.is_business_day(d, 'par_office')) AS open_same
  FROM par_days;
-- The local calendar changes the answer (so the check above could fail).
SELECT :par_local_add <> sum(ttg.add_business_days(d, 5) - d) AS local_differs FROM par_days;
DROP TABLE par_days;
DELETE FROM ttg.calendar WHERE name = 'par_office';
