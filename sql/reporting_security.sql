-- reporting_security: row-level security for two roles, CSV loading that keeps nothing on a bad row.
SET DateStyle = 'ISO, YMD';
SELECT ttg.create_reporting_model('rs', row_security => true);
UPDATE rs.settings SET as_of = '2026-11-23';
INSERT INTO rs.cases (case_id, region, team, sex, order_type, requirements, isp_completed_on, supervision_start) VALUES
  (1, 'DLNR', 'Derby 1', 'male', 'community_order', '{rar,unpaid_work}', '2026-01-12', '2026-01-05'),
  (2, 'Wales', 'Cardiff 1', 'female', 'community_order', '{rar,unpaid_work}', '2026-02-02', '2026-01-26');
INSERT INTO rs.upw_orders (order_id, case_id, sentence_date, order_start, hours_ordered) VALUES
  (1, 1, '2026-01-05', '2026-01-05', 60), (2, 2, '2026-01-26', '2026-01-26', 80);
INSERT INTO rs.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, crd, rosh, tier) VALUES
  (1, 'DLNR', 'DLNR', 'NMI', 24, '2025-12-01', '2027-01-15', 'low', 'C'),
  (2, 'Wales', 'Wales', 'CFI', 24, '2025-12-01', '2027-02-15', 'low', 'C');
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
