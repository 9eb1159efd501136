-- Calendar benchmark: ttg's business-day arithmetic against the
-- builtin date + 10 (the floor), the best pure-SQL answer (a calendar table
-- with a running business-day number, joined) and a PL/pgSQL loop over days.
\set QUIET on
SET max_parallel_workers_per_gather = 0;   -- one core each, so the figures compare
SET work_mem = '256MB';

CREATE TEMP TABLE t AS
  SELECT ('2000-01-01'::date + (random() * 10950)::int) AS d
    FROM generate_series(1, 1000000);
ANALYZE t;

-- (b) the calendar table a careful analyst builds: every day with the number of
-- business days up to it, and each business day keyed by its number.
CREATE TEMP TABLE cal AS
  SELECT day::date AS d, ttg.is_business_day(day::date) AS open,
         count(*) FILTER (WHERE ttg.is_business_day(day::date)) OVER (ORDER BY day)::int AS bdn
    FROM generate_series('1999-01-01'::date, '2032-12-31', '1 day') day;
ALTER TABLE cal ADD PRIMARY KEY (d);
CREATE TEMP TABLE cal_bd AS SELECT bdn, d FROM cal WHERE open;
ALTER TABLE cal_bd ADD PRIMARY KEY (bdn);
ANALYZE cal; ANALYZE cal_bd;

-- (c) the loop an analyst writes first.
CREATE TEMP TABLE hol AS SELECT holiday FROM ttg.bank_holidays('1999-01-01', '2032-12-31');
ALTER TABLE hol ADD PRIMARY KEY (holiday);
CREATE FUNCTION pg_temp.loop_add(d date, n int) RETURNS date LANGUAGE plpgsql STABLE AS $$
BEGIN
  WHILE n > 0 LOOP
    d := d + 1;
    IF extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM hol WHERE holiday = d) THEN n := n - 1; END IF;
  END LOOP;
  RETURN d;
END $$;
CREATE FUNCTION pg_temp.loop_between(a date, b date) RETURNS int LANGUAGE plpgsql STABLE AS $$
DECLARE n int := 0;
BEGIN
  WHILE a < b LOOP
    a := a + 1;
    IF extract(isodow FROM a) < 6 AND NOT EXISTS (SELECT 1 FROM hol WHERE holiday = a) THEN n := n + 1; END IF;
  END LOOP;
  RETURN n;
END $$;

-- Best of three runs, in milliseconds.
CREATE FUNCTION pg_temp.best_ms(q text, reps int DEFAULT 3) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best numeric := 'Infinity'; ms numeric;
BEGIN
  FOR i IN 1..reps LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, ms);
  END LOOP;
  RETURN round(best, 1);
END $$;

-- The answers agree before anything is timed.
SELECT count(*) AS add_disagreements
  FROM (SELECT d FROM t LIMIT 20000) s JOIN cal c ON c.d = s.d
  JOIN cal_bd b ON b.bdn = c.bdn + 10
 WHERE b.d <> ttg.add_business_days(s.d, 10) OR pg_temp.loop_add(s.d, 10) <> b.d;
SELECT count(*) AS between_disagreements
  FROM (SELECT d FROM t LIMIT 20000) s JOIN cal c1 ON c1.d = s.d JOIN cal c2 ON c2.d = s.d + 30
 WHERE c2.bdn - c1.bdn <> ttg.business_days_between(s.d, s.d + 30)
    OR pg_temp.loop_between(s.d, s.d + 30) <> c2.bdn - c1.bdn;

CREATE TEMP TABLE result (task text, method text, rows int, ms numeric);
INSERT INTO result VALUES
 ('add 10', '(a) builtin d + 10 (floor)', 1000000, pg_temp.best_ms('SELECT max(d + 10) FROM t')),
 ('add 10', 'ttg.add_business_days', 1000000, pg_temp.best_ms('SELECT max(ttg.add_business_days(d, 10)) FROM t')),
 ('add 10', '(b) calendar table, joined', 1000000, pg_temp.best_ms(
    'SELECT max(b.d) FROM t JOIN cal c ON c.d = t.d JOIN cal_bd b ON b.bdn = c.bdn + 10')),
 ('add 10', '(c) PL/pgSQL loop (100k rows)', 100000, pg_temp.best_ms(
    'SELECT max(pg_temp.loop_add(d, 10)) FROM (SELECT d FROM t LIMIT 100000) s', 1)),
 ('between d, d+30', '(a) builtin (d + 30) - d (floor)', 1000000, pg_temp.best_ms('SELECT max((d + 30) - d) FROM t')),
 ('between d, d+30', 'ttg.business_days_between', 1000000, pg_temp.best_ms('SELECT max(ttg.business_days_between(d, d + 30)) FROM t')),
 ('between d, d+30', '(b) calendar table, joined', 1000000, pg_temp.best_ms(
    'SELECT max(c2.bdn - c1.bdn) FROM t JOIN cal c1 ON c1.d = t.d JOIN cal c2 ON c2.d = t.d + 30')),
 ('between d, d+30', '(c) PL/pgSQL loop (100k rows)', 100000, pg_temp.best_ms(
    'SELECT max(pg_temp.loop_between(d, d + 30)) FROM (SELECT d FROM t LIMIT 100000) s', 1));

\set QUIET off
\pset footer off
\echo 'Per million rows (the loop is timed on 100,000 rows and scaled); best of 3 (loop: 1 run).'
SELECT r.task, r.method, round(r.ms * 1000000 / r.rows) AS ms_per_million,
       round((r.ms * 1000000 / r.rows) / f.per_m, 2) AS x_floor,
       round(((r.ms * 1000000 / r.rows)) / t.per_m, 1) AS x_ttg
  FROM result r
  JOIN LATERAL (SELECT ms * 1000000 / rows AS per_m FROM result f WHERE f.task = r.task AND f.method LIKE '(a)%') f ON true
  JOIN LATERAL (SELECT ms * 1000000 / rows AS per_m FROM result t WHERE t.task = r.task AND t.method LIKE 'ttg.%') t ON true
 ORDER BY r.task DESC, ms_per_million;
