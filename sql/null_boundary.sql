-- null_boundary: every function of schema ttg, called with each argument NULL in
-- turn and with each boundary value of each argument's type (the others a plain
-- value), never fails with an internal error (XX000) and never takes the server
-- down. Boundary values: -infinity/infinity, 4713 BC and 5874897 AD dates and
-- their timestamps, the integer limits, NaN and +-Infinity, huge, empty and odd
-- strings, arrays with NULLs or two dimensions. Each call is rolled back.
SET DateStyle = 'ISO, YMD';
SET statement_timeout = '300s';
SET client_min_messages = warning;
-- try(q): 'ok', or the SQLSTATE q raised; q's effects are always rolled back.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text;
BEGIN
  EXECUTE q;
  RAISE EXCEPTION USING ERRCODE = 'TTG00';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
  RETURN CASE WHEN st = 'TTG00' THEN 'ok' ELSE st END;
END $$;
-- A plain value, and the boundary values, of each argument type.
CREATE TEMP TABLE plain(typ regtype PRIMARY KEY, v text);
INSERT INTO plain VALUES
  ('date', '2026-01-05'), ('timestamp', '2026-01-05 10:00'), ('timestamptz', '2026-01-05 10:00+00'),
  ('integer', '1'), ('bigint', '1'), ('smallint', '1'), ('numeric', '10'), ('float8', '52'), ('real', '52'),
  ('boolean', 'true'), ('text', 'unpaid_work'), ('varchar', 'x'), ('name', 'x'), ('cstring', '{}'),
  ('text[]', '{}'), ('bigint[]', '{1,2}'), ('jsonb', '{}'), ('ttg.mcs_tally', '{}'),
  ('regclass', 'ttg.calendar'), ('interval', '1 day');
CREATE TEMP TABLE edge(typ regtype, v text);
INSERT INTO edge SELECT 'date', unnest('{-infinity,infinity,4713-01-01 BC,5874897-12-31,1977-12-31,2100-01-01}'::text[]);
INSERT INTO edge SELECT t, unnest('{-infinity,infinity,4713-01-01 00:00 BC,294276-12-31 23:59:59}'::text[])
  FROM unnest('{timestamp,timestamptz}'::regtype[]) t;
INSERT INTO edge SELECT 'integer', unnest('{-2147483648,2147483647,0,-1}'::text[]);
INSERT INTO edge SELECT 'smallint', unnest('{-32768,32767,0,-1}'::text[]);
INSERT INTO edge SELECT 'bigint', unnest('{-9223372036854775808,9223372036854775807,0,-1}'::text[]);
INSERT INTO edge SELECT 'numeric', unnest('{NaN,Infinity,-Infinity,0,-0.000001,1e-1000,1e1000}'::text[]);
INSERT INTO edge SELECT t, unnest('{NaN,Infinity,-Infinity,1e308,-1e308,4.9e-324,-0}'::text[])
  FROM unnest('{float8}'::regtype[]) t;
INSERT INTO edge SELECT 'real', unnest('{NaN,Infinity,-Infinity,3e38,-0}'::text[]);
INSERT INTO edge SELECT 'boolean', 'false';
INSERT INTO edge SELECT t, v FROM unnest('{text,varchar,name,cstring}'::regtype[]) t,
  unnest(ARRAY['', '   ', E'\x01\x7f', 'ünïcödé ✓', repeat('x', 100000), 'SELECT 1', '%s%d\']) v
 WHERE NOT (t = 'name'::regtype AND length(v) > 63);
INSERT INTO edge SELECT 'text[]', unnest('{"{NULL}","{{rar,curfew},{exclusion,residence}}","{rar,NULL}","{\"\"}","[0:1]={rar,curfew}"}'::text[]);
INSERT INTO edge SELECT 'bigint[]', unnest('{"{}","{NULL,1}","{{1,2}}","{1,2,3}","{2,1}","{-1,1}","{9223372036854775807,9223372036854775807}","[0:1]={1,2}"}'::text[]);
INSERT INTO edge SELECT 'jsonb', unnest('{"[]","null","{\"red\": 1e400}","{\"red\": \"x\"}","{\"red\": 0}","{\"\": 1}"}'::text[]);
INSERT INTO edge SELECT 'ttg.mcs_tally', unnest('{"{counted=127}","{no_written_notice=127,shared_with_other_activity=127}"}'::text[]);
-- Every function of schema ttg but the demo-data generator (its row counts would run for hours).
CREATE TEMP TABLE fn AS
  SELECT p.oid, p.proname, p.proretset, p.proargtypes::regtype[] AS args
    FROM pg_proc p
   WHERE p.pronamespace = 'ttg'::regnamespace AND p.proname <> 'generate_demo_data'
     AND NOT 'internal'::regtype = ANY (p.proargtypes::regtype[]);
-- The calls: argument i NULL, or each boundary value of its type; the others plain.
CREATE TEMP TABLE calls AS
  SELECT f.proname, i AS argno, x.v AS val,
         format(CASE WHEN f.proretset THEN 'SELECT count(*) FROM ttg.%I(%s) AS r' ELSE 'SELECT ttg.%I(%s)' END,
                f.proname,
                (SELECT string_agg(CASE WHEN j = i THEN coalesce(quote_literal(x.v), 'NULL') ELSE quote_nullable(pl.v) END
                                   || '::' || a.t::text, ', ' ORDER BY j)
                   FROM unnest(f.args) WITH ORDINALITY AS a(t, j) LEFT JOIN plain pl ON pl.typ = a.t)) AS q
    FROM fn f, generate_subscripts(f.args, 1) AS i,
         LATERAL (SELECT NULL::text AS v UNION ALL SELECT e.v FROM edge e WHERE e.typ = f.args[i]) x
  UNION ALL
  SELECT f.proname, 0, NULL, format('SELECT count(*) FROM (SELECT ttg.%I()) AS r', f.proname)
    FROM fn f WHERE cardinality(f.args) = 0;
CREATE TEMP TABLE outcome AS SELECT c.*, pg_temp.try(c.q) AS got FROM calls c;
-- Enough calls were made (every function, every argument) ...
SELECT count(*) > 1500 AS many_calls, count(DISTINCT proname) > 60 AS most_functions FROM outcome;
-- ... none was an internal error or worse: XX (internal), 58 (system; 58P01, a file
-- named by an argument that does not exist, is the caller's mistake), 53 (resources).
SELECT proname, argno, left(val, 40) AS val, got FROM outcome
 WHERE (left(got, 2) IN ('XX', '58', '53') AND got <> '58P01') ORDER BY 1, 2, 3;
-- A NULL argument never reaches C code that reads it: no call with a NULL argument failed
-- for anything but a documented NULL rule (22004) or a check of another argument.
SELECT proname, argno, got FROM outcome WHERE val IS NULL AND left(got, 2) NOT IN ('ok', '22', '42', '0A', '39', '2B', '55', '3F', '25', '57') AND got <> '58P01'
 ORDER BY 1, 2;
-- The server is still up.
SELECT 'alive' AS server;
