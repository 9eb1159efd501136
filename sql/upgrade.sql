-- upgrade: a DBA who installed the oldest released version and filled a reporting
-- model walks every ALTER EXTENSION ttg UPDATE; the database must then hold exactly
-- what a fresh install holds, the model's tables, rows and grants must be kept, and
-- the upgraded model must answer exactly as a model created fresh over the same rows.
-- Runs in databases of its own, so it depends on no other test.
SET client_min_messages = warning;
SELECT current_database() AS regress_db \gset
DROP DATABASE IF EXISTS ttg_upgrade_walk;
DROP DATABASE IF EXISTS ttg_upgrade_fresh;
DROP ROLE IF EXISTS ttg_upgrade_reader;
CREATE DATABASE ttg_upgrade_walk TEMPLATE template0;
CREATE DATABASE ttg_upgrade_fresh TEMPLATE template0;
CREATE ROLE ttg_upgrade_reader;

-- ---- the catalog of a fresh install ------------------------------------------
\c ttg_upgrade_fresh
SET client_min_messages = warning;
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION ttg;
\set ECHO none
\i sql/include/catalog.sql
\set ECHO all
SELECT string_agg(line, E'\n' ORDER BY line) AS fresh_catalog FROM pg_temp.catalog(NULL) AS line \gset

-- ---- the oldest release, with a populated model -------------------------------
\c ttg_upgrade_walk
SET client_min_messages = warning;
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION ttg VERSION '0.1.0';
SELECT ttg.create_reporting_model('upgraded');
SELECT ttg.generate_demo_data('upgraded', 300, 11);
SELECT ttg.create_reporting_model('upgraded_rls', row_security => true);
UPDATE upgraded.settings SET as_of = '2026-11-23';
GRANT USAGE ON SCHEMA upgraded TO ttg_upgrade_reader;
GRANT SELECT ON upgraded.mcs_team_month, upgraded.cases TO ttg_upgrade_reader;
CREATE TEMP TABLE rows_before AS
  SELECT c.relname, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM upgraded.%I', c.relname), false, true, '')))[1]::text::bigint AS n
    FROM pg_class c WHERE c.relnamespace = 'upgraded'::regnamespace AND c.relkind = 'r';

-- every update path from the oldest version, in order
SELECT string_agg(target, ' -> ' ORDER BY target) AS update_targets
  FROM pg_extension_update_paths('ttg') WHERE source = '0.1.0' AND path IS NOT NULL;
ALTER EXTENSION ttg UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'ttg';

-- the extension's objects are those of a fresh install, property by property
\set ECHO none
\i sql/include/catalog.sql
\set ECHO all
CREATE TEMP TABLE fresh_install(line text);
INSERT INTO fresh_install SELECT unnest(string_to_array(:'fresh_catalog', E'\n'));
SELECT 'only after upgrade: ' || line AS difference FROM (SELECT * FROM pg_temp.catalog(NULL) EXCEPT SELECT * FROM fresh_install) d(line)
UNION ALL
SELECT 'only in fresh install: ' || line FROM (SELECT * FROM fresh_install EXCEPT SELECT * FROM pg_temp.catalog(NULL)) d(line)
ORDER BY 1;

-- the model kept its rows and its grants
SELECT b.relname, b.n AS rows_before,
       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM upgraded.%I', b.relname), false, true, '')))[1]::text::bigint AS rows_after
  FROM rows_before b ORDER BY b.relname;
SELECT has_table_privilege('ttg_upgrade_reader', 'upgraded.mcs_team_month', 'SELECT') AS reader_keeps_view,
       has_table_privilege('ttg_upgrade_reader', 'upgraded.cases', 'SELECT') AS reader_keeps_table;

-- the migrated model checks values as a new one does: a sex recorded as not specified loads, a
-- supervision end before its start is refused naming value and column (ttg.model_check), a sex
-- outside the vocabulary naming the accepted words (the 0.1.0 checks were plain lists)
INSERT INTO upgraded.cases (case_id, region, team, sex, order_type, supervision_start)
  VALUES (900001, 'Wales', 'Cardiff', 'not_specified', 'licence', '2026-01-05');
\set VERBOSITY terse
INSERT INTO upgraded.cases (case_id, region, team, sex, order_type, supervision_start, supervision_end)
  VALUES (900002, 'Wales', 'Cardiff', 'male', 'licence', '2026-01-05', '2025-01-01');
INSERT INTO upgraded.cases (case_id, region, team, sex, order_type, supervision_start)
  VALUES (900003, 'Wales', 'Cardiff', 'F', 'licence', '2026-01-05');
\set VERBOSITY default
DELETE FROM upgraded.cases WHERE case_id = 900001;

-- a model created fresh over the same rows has the same shape and the same answers
SELECT ttg.create_reporting_model('fresh');
GRANT USAGE ON SCHEMA fresh TO ttg_upgrade_reader;
GRANT SELECT ON fresh.mcs_team_month, fresh.cases TO ttg_upgrade_reader;
DO $$
DECLARE t record; cols text;
BEGIN
  DELETE FROM fresh.settings;
  -- parents before children
  FOR t IN SELECT unnest(ARRAY['settings', 'region_access', 'cases', 'contacts', 'custody', 'placements',
                              'upw_orders', 'upw_sessions', 'travel_times']) AS relname LOOP
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute WHERE attrelid = format('upgraded.%I', t.relname)::regclass AND attnum > 0 AND NOT attisdropped;
    EXECUTE format('INSERT INTO fresh.%I (%s) SELECT %s FROM upgraded.%I', t.relname, cols, cols, t.relname);
  END LOOP;
END $$;
SELECT 'only upgraded model: ' || line AS difference
  FROM (SELECT replace(x, 'upgraded.', 'MODEL.') FROM pg_temp.catalog('upgraded') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %'
        EXCEPT SELECT replace(x, 'fresh.', 'MODEL.') FROM pg_temp.catalog('fresh') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %') d(line)
UNION ALL
SELECT 'only fresh model: ' || line
  FROM (SELECT replace(x, 'fresh.', 'MODEL.') FROM pg_temp.catalog('fresh') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %'
        EXCEPT SELECT replace(x, 'upgraded.', 'MODEL.') FROM pg_temp.catalog('upgraded') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %') d(line)
ORDER BY 1;
-- and a model with row security has the same policies and functions as a fresh one
SELECT ttg.create_reporting_model('fresh_rls', row_security => true);
SELECT 'only upgraded model: ' || line AS difference
  FROM (SELECT replace(x, 'upgraded_rls.', 'MODEL.') FROM pg_temp.catalog('upgraded_rls') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %'
        EXCEPT SELECT replace(x, 'fresh_rls.', 'MODEL.') FROM pg_temp.catalog('fresh_rls') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %') d(line)
UNION ALL
SELECT 'only fresh model: ' || line
  FROM (SELECT replace(x, 'fresh_rls.', 'MODEL.') FROM pg_temp.catalog('fresh_rls') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %'
        EXCEPT SELECT replace(x, 'upgraded_rls.', 'MODEL.') FROM pg_temp.catalog('upgraded_rls') x WHERE x NOT LIKE 'member %' AND x NOT LIKE 'config dump %') d(line)
ORDER BY 1;
SELECT schema_name, row_security, cardinality(objects) AS objects, built_version
  FROM ttg.reporting_model ORDER BY 1;
-- the models' objects belong to the models, not to the extension
SELECT count(*) AS model_objects_in_extension
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ttg'
 WHERE d.deptype = 'e'
   AND (d.objid IN (SELECT oid FROM pg_class WHERE relnamespace IN ('upgraded'::regnamespace, 'upgraded_rls'::regnamespace))
        OR d.objid IN (SELECT oid FROM pg_proc WHERE pronamespace IN ('upgraded'::regnamespace, 'upgraded_rls'::regnamespace)));

CREATE FUNCTION pg_temp.view_differences(v name) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM ((SELECT * FROM upgraded.%1$I EXCEPT ALL SELECT * FROM fresh.%1$I)
                   UNION ALL (SELECT * FROM fresh.%1$I EXCEPT ALL SELECT * FROM upgraded.%1$I)) d', v) INTO n;
  RETURN n;
END $$;
SELECT c.relname AS view, pg_temp.view_differences(c.relname) AS differing_rows,
       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM upgraded.%I', c.relname), false, true, '')))[1]::text::bigint > 0 AS has_rows
  FROM pg_class c WHERE c.relnamespace = 'upgraded'::regnamespace AND c.relkind = 'v' AND c.relname <> 'report_date'
 ORDER BY 1;

\c :regress_db
SET client_min_messages = warning;
DROP DATABASE ttg_upgrade_walk;
DROP DATABASE ttg_upgrade_fresh;
DROP ROLE ttg_upgrade_reader;
