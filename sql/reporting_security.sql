-- reporting_security: row-level security for two roles, CSV loading that keeps nothing on a bad row.
SET DateStyle = 'ISO, YMD';
SELECT ttg.create_reporting_model('rs', row_security => true);
UPDATE rs.settings SET as_of = '2026-11-23';
INSERT INTO rs.cases (case_id, region, team, sex, order_type, requirements, isp_completed_on, supervision_start) VALUES
  (1, 'DLNR', 'Derby 1', 'male', 'community_order', '{rar,unpaid_work}', '2026-01-12', '2026-01-05'),
  (2, 'Wales', 'Cardiff 1', 'female', 'community_order', '{rar,unpaid_work}', '2026-02-02', '2026-01-26'),
  (3, 'DLNR', 'Derby 2', 'male', 'licence', '{}', '2026-03-09', '2026-03-02');
INSERT INTO rs.upw_orders (order_id, case_id, sentence_date, order_start, hours_ordered) VALUES
  (1, 1, '2026-01-05', '2026-01-05', 60), (2, 2, '2026-01-26', '2026-01-26', 80);
-- Order 1 (DLNR) waits for a placement in Derby, where it lives.
INSERT INTO rs.placements VALUES (500, 'DLNR', 'Derby community garden', 'Derby', 52.92, -1.48, 5, 'mixed', false, false, 127);
UPDATE rs.upw_orders SET awaiting_placement = true, home_lat = 52.92, home_lon = -1.48 WHERE order_id = 1;
INSERT INTO rs.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, crd, rosh, tier) VALUES
  (1, 'DLNR', 'DLNR', 'NMI', 24, '2025-12-01', '2027-01-15', 'low', 'c'),
  (2, 'Wales', 'Wales', 'CFI', 24, '2025-12-01', '2027-02-15', 'low', 'c');
CREATE ROLE ttg_regress_dlnr;
CREATE ROLE ttg_regress_wales;
GRANT USAGE ON SCHEMA rs TO ttg_regress_dlnr, ttg_regress_wales;
GRANT SELECT ON ALL TABLES IN SCHEMA rs TO ttg_regress_dlnr, ttg_regress_wales;
INSERT INTO rs.region_access VALUES ('ttg_regress_dlnr', 'DLNR'), ('ttg_regress_wales', 'Wales');

SET ROLE ttg_regress_dlnr;
SELECT order_id, region FROM rs.upw_timeliness ORDER BY order_id;
SELECT person_id, region FROM rs.ttg_pipeline ORDER BY person_id;
SELECT count(*) AS cases_seen, (SELECT count(*) FROM rs.upw_orders) AS orders_seen FROM rs.cases;
SELECT * FROM rs.region_access;
RESET ROLE;
SET ROLE ttg_regress_wales;
SELECT order_id, region FROM rs.upw_timeliness ORDER BY order_id;
SELECT person_id, region FROM rs.om_responsibility ORDER BY person_id;
-- Even a direct filter on the other region finds nothing.
SELECT count(*) AS dlnr_rows_seen_by_wales FROM rs.cases WHERE region = 'DLNR';
RESET ROLE;
-- The owner sees both.
SELECT count(*) AS owner_sees FROM rs.upw_timeliness;

-- A reader who can create objects cannot widen the policy: the policy's function
-- and the views were parsed when the model was built, so an always-true "=" of the
-- reader's own, first on the search_path, changes nothing.
CREATE SCHEMA ttg_regress_scratch AUTHORIZATION ttg_regress_dlnr;
SET ROLE ttg_regress_dlnr;
CREATE FUNCTION ttg_regress_scratch.always(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR ttg_regress_scratch.= (LEFTARG = text, RIGHTARG = text, FUNCTION = ttg_regress_scratch.always);
CREATE FUNCTION ttg_regress_scratch.always(bigint, bigint) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR ttg_regress_scratch.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = ttg_regress_scratch.always);
SET search_path = ttg_regress_scratch, pg_catalog;
SELECT 'x'::text = 'y'::text AS hijacked_equals;                 -- the reader's operator is in force
SELECT count(*) AS cases_seen FROM rs.cases;                       -- still only DLNR's two: 2
SELECT count(*) AS custody_seen FROM rs.custody;                   -- 1
SELECT count(*) AS orders_seen FROM rs.upw_orders;                 -- 1 (child rows follow the case)
SELECT count(*) AS pipeline_rows FROM rs.ttg_pipeline;             -- 1
-- The matcher's inner queries are text parsed now, under this search_path: with a
-- hijacked bigint "=" order 1 would join both DLNR cases and appear twice.
SELECT order_id, case_id, placed FROM rs.placement_plan;            -- order 1, once, placed
RESET search_path;
RESET ROLE;
DROP SCHEMA ttg_regress_scratch CASCADE;

-- A rebuild refuses a model schema holding a function named like a built-in: the
-- model's SQL runs with the schema first, so it would be bound into the views.
CREATE FUNCTION rs.coalesce_days(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';   -- harmless name: kept
CREATE FUNCTION rs.date_trunc(text, timestamp) RETURNS timestamp LANGUAGE sql AS 'SELECT $2';
\set SHOW_CONTEXT never
SELECT ttg.rebuild_reporting_model('rs');
\set SHOW_CONTEXT errors
DROP FUNCTION rs.date_trunc(text, timestamp);
-- Without it the rebuild goes through, keeping row security and the readers' grants.
GRANT SELECT ON rs.upw_timeliness TO ttg_regress_wales;
SELECT ttg.rebuild_reporting_model('rs');
SELECT has_table_privilege('ttg_regress_wales', 'rs.upw_timeliness', 'SELECT') AS grant_kept,
       (SELECT relrowsecurity FROM pg_class WHERE oid = 'rs.cases'::regclass) AS row_security_kept,
       (SELECT count(*) FROM pg_policy WHERE polrelid = 'rs.cases'::regclass) AS case_policies,
       (SELECT cardinality(objects) FROM ttg.reporting_model WHERE schema_name = 'rs') AS objects_tracked;
SET ROLE ttg_regress_wales;
SELECT order_id, region FROM rs.upw_timeliness ORDER BY order_id;  -- Wales only, after the rebuild
RESET ROLE;

-- Loading from CSV (the \copy path in the README): a constraint error names the row and keeps nothing.
COPY rs.cases (case_id, region, team, sex, order_type, requirements, isp_completed_on, supervision_start) FROM STDIN WITH (FORMAT csv, HEADER true);
case_id,region,team,sex,order_type,requirements,isp_completed_on,supervision_start
10,DLNR,Derby 2,male,licence,{},2026-03-09,2026-03-02
11,DLNR,Derby 2,unknown,licence,{},2026-03-09,2026-03-02
\.
SELECT count(*) AS cases_after_failed_load FROM rs.cases;
COPY rs.cases (case_id, region, team, sex, order_type, requirements, isp_completed_on, supervision_start) FROM STDIN WITH (FORMAT csv, HEADER true);
case_id,region,team,sex,order_type,requirements,isp_completed_on,supervision_start
10,DLNR,Derby 2,male,licence,{},2026-03-09,2026-03-02
11,DLNR,Derby 2,female,licence,{},2026-03-10,2026-03-02
\.
SELECT count(*) AS cases_after_good_load FROM rs.cases;

-- A second model in the same schema is refused.
\set SHOW_CONTEXT never
SELECT ttg.create_reporting_model('rs');
SELECT ttg.create_reporting_model('ttg');
\set SHOW_CONTEXT errors

SET client_min_messages = warning;
DROP SCHEMA rs CASCADE;
RESET client_min_messages;
DROP ROLE ttg_regress_dlnr;
DROP ROLE ttg_regress_wales;
