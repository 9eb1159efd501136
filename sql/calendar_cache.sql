-- calendar_cache: a local calendar is never answered from data the statement
-- cannot see, and one statement never mixes two versions of it (leader and
-- parallel workers read the version under the same snapshot). Reproduces the
-- stale cache of 0.1.0: a REPEATABLE READ transaction read the old calendar
-- after the invalidation was consumed and kept it for every later statement.
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT format('host=%s port=%s dbname=%s', split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port'), current_database()) AS conn \gset
-- Swansea office: no closures yet. Mon 7 Dec 2026 is a business day.
SELECT ttg.load_calendar('cache_swansea', E'date,title\n');
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_before;   -- t

-- ---- another backend closes the day while this one is in a REPEATABLE READ transaction
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) AS snapshot_taken FROM ttg.calendar WHERE name = 'cache_swansea';
SELECT n AS closed_elsewhere FROM dblink(:'conn',
  $$SELECT ttg.load_calendar('cache_swansea', E'date,title\n2026-12-07,Flood\n')$$) AS t(n int);
-- The transaction's snapshot predates the change: still open here (correct under REPEATABLE READ).
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_in_old_snapshot;   -- t
COMMIT;
-- The next statement sees the change (0.1.0 kept answering t from its cache).
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_after_commit;      -- f
SELECT ttg.add_business_days('2026-12-04', 1, 'cache_swansea') AS next_after_fri_4;  -- Tue 8 Dec

-- ---- the same through plain DML in the other backend, READ COMMITTED here
SELECT x AS reopened_elsewhere FROM dblink(:'conn',
  $$DELETE FROM ttg.calendar_closure WHERE calendar = 'cache_swansea' RETURNING 1$$) AS t(x int);
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_again;             -- t

-- ---- one statement, one version: a forced parallel plan over 200,000 copies of the day
CREATE TABLE cache_days AS SELECT '2026-12-07'::date AS d FROM generate_series(1, 200000);
ANALYZE cache_days;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FILTER (WHERE ttg.is_business_day(d, 'cache_swansea')) FROM cache_days;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FILTER (WHERE ttg.is_business_day(d, 'cache_swansea')) AS open_copies FROM cache_days;  -- 200000
SELECT n AS closed_elsewhere FROM dblink(:'conn',
  $$SELECT ttg.load_calendar('cache_swansea', E'date,title\n2026-12-07,Flood\n')$$) AS t(n int);
-- Leader and workers both read the transaction's snapshot: every copy still open (0.1.0 mixed the two).
SELECT count(*) FILTER (WHERE ttg.is_business_day(d, 'cache_swansea')) AS open_copies_old_snapshot FROM cache_days;  -- 200000
COMMIT;
-- After the commit: every copy closed, in the leader and in every worker.
SELECT count(*) FILTER (WHERE ttg.is_business_day(d, 'cache_swansea')) AS open_copies_new FROM cache_days;  -- 0
SET parallel_leader_participation = off;
SELECT count(*) FILTER (WHERE ttg.is_business_day(d, 'cache_swansea')) AS open_copies_workers_only FROM cache_days;  -- 0
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FILTER (WHERE ttg.is_business_day(d, 'cache_swansea')) AS open_copies_serial FROM cache_days;  -- 0

-- ---- within one transaction: a change by this backend is seen by its next statement
BEGIN;
DELETE FROM ttg.calendar_closure WHERE calendar = 'cache_swansea';
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_in_txn;           -- t
INSERT INTO ttg.calendar_closure VALUES ('cache_swansea', '2026-12-07', 'Flood again');
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_in_txn_after;     -- f
ROLLBACK;
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea') AS open_after_rollback;   -- f (the load above)
-- A PL/pgSQL loop re-evaluates a simple expression under a new snapshot each time.
DO $$
DECLARE a boolean; b boolean;
BEGIN
  a := ttg.is_business_day('2026-12-07', 'cache_swansea');
  DELETE FROM ttg.calendar_closure WHERE calendar = 'cache_swansea';
  b := ttg.is_business_day('2026-12-07', 'cache_swansea');
  RAISE NOTICE 'before delete %, after delete %', a, b;   -- f, t
END $$;

-- ---- a dropped calendar is unknown at once, and its closures went with it
DELETE FROM ttg.calendar WHERE name = 'cache_swansea';
SELECT count(*) AS closures_left FROM ttg.calendar_closure WHERE calendar = 'cache_swansea';  -- 0
\set VERBOSITY terse
SELECT ttg.is_business_day('2026-12-07', 'cache_swansea');
\set VERBOSITY default
DROP TABLE cache_days;
DROP EXTENSION dblink;
