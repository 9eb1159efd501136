-- reporting_summary: aggregate-only access. A role granted the summary views
-- (ttg.grant_reporting_summaries) and nothing else reads aggregates for the regions
-- granted to it in region_access, and no row of a case, person or contact: tested
-- with two such roles over a row-security model, against what the model's owner
-- reads in the row-level views for the same region.
\set SHOW_CONTEXT never
\i sql/include/err.sql
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('rsum', row_security => true);
UPDATE rsum.settings SET as_of = '2026-11-23';
SELECT count(*) > 0 AS loaded FROM ttg.generate_demo_data('rsum', 600, 1, 12);
RESET client_min_messages;
CREATE ROLE ttg_regress_agg_dlnr LOGIN;
CREATE ROLE ttg_regress_agg_wales LOGIN;
INSERT INTO rsum.region_access VALUES ('ttg_regress_agg_dlnr', 'DLNR'), ('ttg_regress_agg_wales', 'Wales');
SELECT ttg.grant_reporting_summaries('rsum', 'ttg_regress_agg_dlnr') AS granted;
SELECT count(*) AS granted FROM ttg.grant_reporting_summaries('rsum', 'ttg_regress_agg_wales');

-- What each role may do, per object: the summaries and the dictionary only.
SELECT c.relname AS object, has_table_privilege('ttg_regress_agg_dlnr', c.oid, 'SELECT') AS dlnr_may_select
  FROM pg_class c WHERE c.relnamespace = 'rsum'::regnamespace AND c.relkind IN ('r', 'v')
   AND has_table_privilege('ttg_regress_agg_dlnr', c.oid, 'SELECT') ORDER BY 1;

-- The owner's answers per region, from the row-level views (the owner reads every row).
CREATE TEMP TABLE owner_mcs AS SELECT * FROM rsum.mcs_team_month;
CREATE TEMP TABLE owner_pipeline AS
  SELECT region, stage, count(*) AS people FROM rsum.ttg_pipeline GROUP BY 1, 2;
CREATE TEMP TABLE owner_upw AS
  SELECT region, count(*) AS orders, sum(hours_completed) AS hours FROM rsum.upw_timeliness GROUP BY 1;
CREATE TEMP TABLE owner_travel AS
  SELECT region, count(*) AS sessions, count(*) FILTER (WHERE over_limit) AS over FROM rsum.upw_travel GROUP BY 1;
CREATE TEMP TABLE owner_placement AS SELECT region, count(*) AS people FROM rsum.placement_plan GROUP BY 1;
CREATE TEMP TABLE owner_forecast AS SELECT * FROM rsum.release_forecast;
GRANT SELECT ON owner_mcs, owner_pipeline, owner_upw, owner_travel, owner_placement, owner_forecast
  TO ttg_regress_agg_dlnr, ttg_regress_agg_wales;

-- As each role's own login (session_user is the role, as when it connects).
SET SESSION AUTHORIZATION ttg_regress_agg_dlnr;
SELECT current_user, session_user;
-- Its regions only, in every summary.
SELECT 'mcs_team_month_summary' AS summary, array_agg(DISTINCT region) AS regions FROM rsum.mcs_team_month_summary
UNION ALL SELECT 'ttg_pipeline_summary', array_agg(DISTINCT region) FROM rsum.ttg_pipeline_summary
UNION ALL SELECT 'release_forecast_summary', array_agg(DISTINCT region) FROM rsum.release_forecast_summary
UNION ALL SELECT 'om_responsibility_summary', array_agg(DISTINCT region) FROM rsum.om_responsibility_summary
UNION ALL SELECT 'upw_timeliness_summary', array_agg(DISTINCT region) FROM rsum.upw_timeliness_summary
UNION ALL SELECT 'upw_travel_summary', array_agg(DISTINCT region) FROM rsum.upw_travel_summary
UNION ALL SELECT 'placement_plan_summary', array_agg(DISTINCT region) FROM rsum.placement_plan_summary;
-- The same figures the owner reads for DLNR (differences counted both ways: 0).
SELECT (SELECT count(*) FROM (SELECT * FROM rsum.mcs_team_month_summary
                              EXCEPT SELECT * FROM owner_mcs WHERE region = 'DLNR') d) AS mcs_extra,
       (SELECT count(*) FROM (SELECT * FROM owner_mcs WHERE region = 'DLNR'
                              EXCEPT SELECT * FROM rsum.mcs_team_month_summary) d) AS mcs_missing,
       (SELECT count(*) FROM owner_mcs WHERE region = 'DLNR') > 0 AS dlnr_has_rows;
SELECT (SELECT array_agg(stage || ':' || people ORDER BY stage) FROM owner_pipeline WHERE region = 'DLNR')
     = (SELECT array_agg(stage || ':' || people ORDER BY stage)
          FROM (SELECT stage, sum(people) AS people FROM rsum.ttg_pipeline_summary GROUP BY 1) s) AS pipeline_same,
       (SELECT (orders, hours) FROM owner_upw WHERE region = 'DLNR')
     = (SELECT (sum(orders), sum(hours_completed)) FROM rsum.upw_timeliness_summary) AS upw_same,
       (SELECT (sessions, over) FROM owner_travel WHERE region = 'DLNR')
     = (SELECT (sum(sessions), sum(over_limit_sessions)) FROM rsum.upw_travel_summary) AS travel_same,
       (SELECT people FROM owner_placement WHERE region = 'DLNR')
     = (SELECT sum(people) FROM rsum.placement_plan_summary) AS placement_same,
       (SELECT count(*) FROM (SELECT region, month, prison_code, prison, resettlement_prison, home_area, releases,
                                     own_area_resettlement_releases FROM rsum.release_forecast_summary
                              EXCEPT SELECT region, month, prison_code, prison, resettlement_prison, home_area, releases,
                                     own_area_resettlement_releases FROM owner_forecast WHERE region = 'DLNR') d) AS forecast_extra;
-- resettlement_share_summary: the share over DLNR's releases, per month and home area.
SELECT (SELECT count(*) FROM (
          SELECT month, home_area, releases, own_area_resettlement_releases FROM rsum.resettlement_share_summary
          EXCEPT
          SELECT month, home_area, sum(releases)::integer, sum(own_area_resettlement_releases)::integer
            FROM owner_forecast WHERE region = 'DLNR' GROUP BY 1, 2) d) AS share_differences;
-- A filter on the summary view reaches the function: one team-month.
SELECT count(*) AS one_team_month FROM rsum.mcs_team_month_summary
 WHERE region = 'DLNR' AND team = (SELECT min(team) FROM owner_mcs WHERE region = 'DLNR')
   AND month = '2026-10-01';
-- No row-level data: the tables and row-level views are refused (42501).
SELECT pg_temp.err('SELECT count(*) FROM rsum.contacts');
SELECT pg_temp.err('SELECT count(*) FROM rsum.cases');
SELECT pg_temp.err('SELECT count(*) FROM rsum.mcs_case_month');
SELECT pg_temp.err('SELECT count(*) FROM rsum.mcs_team_month');
SELECT pg_temp.err('SELECT count(*) FROM rsum.upw_travel');
-- Calling a summary function directly for another region gives nothing.
SELECT count(*) AS wales_rows_for_dlnr FROM rsum.summary_mcs_team_month('Wales');
SELECT count(*) > 0 AS own_rows_direct FROM rsum.summary_mcs_team_month('DLNR');
RESET SESSION AUTHORIZATION;

-- The second role reads Wales only, with the owner's figures.
SET SESSION AUTHORIZATION ttg_regress_agg_wales;
SELECT array_agg(DISTINCT region) AS regions FROM rsum.mcs_team_month_summary;
SELECT (SELECT count(*) FROM (SELECT * FROM rsum.mcs_team_month_summary
                              EXCEPT SELECT * FROM owner_mcs WHERE region = 'Wales') d) AS mcs_extra,
       (SELECT count(*) FROM (SELECT * FROM owner_mcs WHERE region = 'Wales'
                              EXCEPT SELECT * FROM rsum.mcs_team_month_summary) d) AS mcs_missing;
SELECT pg_temp.err('SELECT count(*) FROM rsum.contacts');
RESET SESSION AUTHORIZATION;

-- The grants survive a rebuild of the model's views.
SELECT ttg.rebuild_reporting_model('rsum') IS NOT NULL AS rebuilt;
SELECT has_table_privilege('ttg_regress_agg_dlnr', 'rsum.mcs_team_month_summary', 'SELECT') AS still_granted,
       has_table_privilege('ttg_regress_agg_dlnr', 'rsum.contacts', 'SELECT') AS contacts_granted;

-- Without row security, every region (the model does not limit readers).
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('rsum_open');
SELECT count(*) > 0 AS loaded FROM ttg.generate_demo_data('rsum_open', 300, 1, 12);
RESET client_min_messages;
SELECT count(*) AS granted FROM ttg.grant_reporting_summaries('rsum_open', 'ttg_regress_agg_dlnr');
SET SESSION AUTHORIZATION ttg_regress_agg_dlnr;
SELECT array_agg(DISTINCT region ORDER BY region) AS regions FROM rsum_open.mcs_team_month_summary;
RESET SESSION AUTHORIZATION;

-- Bad calls.
SELECT pg_temp.err($$SELECT * FROM ttg.grant_reporting_summaries('no_such_schema', 'ttg_regress_agg_dlnr')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.grant_reporting_summaries('rsum', 'no_such_role')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.grant_reporting_summaries('rsum', NULL)$$);

SET client_min_messages = warning;
DROP SCHEMA rsum CASCADE;
DROP SCHEMA rsum_open CASCADE;
DROP OWNED BY ttg_regress_agg_dlnr, ttg_regress_agg_wales;
RESET client_min_messages;
DROP ROLE ttg_regress_agg_dlnr;
DROP ROLE ttg_regress_agg_wales;
