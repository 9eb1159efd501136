-- Derived objects of a reporting model for BI tools: dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.

-- The column comments as a table. psqlODBC (Power BI, Excel) reports no comment
-- in SQLColumns' REMARKS, so a tool that reads through it can load this view to
-- show what each column means. security_invoker: the reader sees the views of
-- the schema it may read (pg_class and pg_attribute are readable by all).
CREATE VIEW data_dictionary WITH (security_invoker = true) AS
  SELECT c.relname::text AS view_name, a.attnum::integer AS position, a.attname::text AS column_name,
         pg_catalog.format_type(a.atttypid, a.atttypmod) AS data_type,
         pg_catalog.obj_description(c.oid, 'pg_class') AS view_comment,
         pg_catalog.col_description(c.oid, a.attnum) AS column_comment
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) c.oid
   WHERE c.relnamespace OPERATOR(pg_catalog.=) (SELECT t.relnamespace FROM pg_catalog.pg_class t
                                                 WHERE t.oid OPERATOR(pg_catalog.=) 'cases'::regclass)
     AND c.relkind OPERATOR(pg_catalog.=) 'v' AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
COMMENT ON VIEW data_dictionary IS 'Every column of the model''s views with its type and comment, for BI tools whose driver does not show comments (psqlODBC reports no REMARKS).';
COMMENT ON COLUMN data_dictionary.view_name IS 'The view.';
COMMENT ON COLUMN data_dictionary.position IS 'The column''s position in the view, from 1.';
COMMENT ON COLUMN data_dictionary.column_name IS 'The column.';
COMMENT ON COLUMN data_dictionary.data_type IS 'Its PostgreSQL type, with precision and scale (numeric(5,1): 5 digits, 1 after the point).';
COMMENT ON COLUMN data_dictionary.view_comment IS 'What the view holds, one row per what.';
COMMENT ON COLUMN data_dictionary.column_comment IS 'What the column means.';

-- Aggregate-only access: summary views a role can be granted without any grant on
-- the tables or on the row-level views (ttg.grant_reporting_summaries). The views
-- above are security_invoker, so they would need the caller to read the contacts;
-- here each summary is computed by a SECURITY DEFINER function, as the model's
-- owner, for one region at a time, and returns nothing for a region the caller may
-- not read. With row security on, the caller is the login role (session_user: a
-- function running as the owner cannot see the role that called it, and a session
-- that could SET ROLE can also RESET it) and reads the regions granted to it, or to
-- a role it belongs to, in region_access; without row security every region.

CREATE FUNCTION summary_may_read(region text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT NOT c.relrowsecurity
         OR EXISTS (SELECT 1 FROM region_access a
                     WHERE a.region OPERATOR(pg_catalog.=) summary_may_read.region
                       AND pg_catalog.pg_has_role(SESSION_USER, a.role_name, 'MEMBER'))
    FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) 'cases'::regclass;
END;
COMMENT ON FUNCTION summary_may_read(text) IS 'True when the login role may read the region''s summaries: row security off, or the region granted to it (or a role it belongs to) in region_access.';

-- The regions of the model, for the summary views to call their function once each
-- (DISTINCT first: the planner then counts the regions from the tables' statistics,
-- where a bare UNION would be guessed at one row per case).
CREATE VIEW summary_regions AS
  SELECT c.region FROM (SELECT DISTINCT region FROM cases) c
  UNION SELECT k.region FROM (SELECT DISTINCT region FROM custody) k;
COMMENT ON VIEW summary_regions IS 'Every region named in cases or custody (names only), for the summary views.';
COMMENT ON COLUMN summary_regions.region IS 'Region.';

-- The summary functions. Their bodies are text parsed at each call under a pinned
-- search_path (pg_catalog, pg_temp), so they name the model's views qualified by the
-- schema being built (@s@: current_schema() while the model SQL runs); unlike BEGIN
-- ATOMIC bodies, text bodies do not depend on the views, which a rebuild drops first.
DO $build$
DECLARE
  stmt text;
BEGIN
  FOREACH stmt IN ARRAY ARRAY[
$f$
CREATE FUNCTION summary_mcs_team_month(region text)
  RETURNS TABLE (team text, month date, cases integer, cases_met integer, rate_percent numeric(5,1), band text,
                 brag_rate_percent numeric(5,1), no_contact integer, no_valid_contact integer,
                 missed_without_reoffer integer, no_attended_contact integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT t.team, t.month, t.cases, t.cases_met, t.rate_percent::numeric(5,1), t.band, t.brag_rate_percent::numeric(5,1),
         t.no_contact, t.no_valid_contact, t.missed_without_reoffer, t.no_attended_contact
    FROM @s@.mcs_team_month t
   WHERE t.region = $1 AND @s@.summary_may_read($1)
$body$
$f$,
$f$
CREATE FUNCTION summary_ttg_pipeline(region text)
  RETURNS TABLE (prison_code text, prison text, resettlement_prison boolean, home_area text, stage text,
                 people integer, first_release date, first_referral_due date)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT p.prison_code, p.prison, p.resettlement_prison, p.home_area, p.stage, count(*)::integer,
         min(p.release_date), min(p.referral_due)
    FROM @s@.ttg_pipeline p
   WHERE p.region = $1 AND @s@.summary_may_read($1)
   GROUP BY 1, 2, 3, 4, 5
$body$
$f$,
$f$
CREATE FUNCTION summary_release_forecast(region text)
  RETURNS TABLE (month date, prison_code text, prison text, resettlement_prison boolean, home_area text,
                 releases integer, own_area_resettlement_releases integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT f.month, f.prison_code, f.prison, f.resettlement_prison, f.home_area, f.releases, f.own_area_resettlement_releases
    FROM @s@.release_forecast f
   WHERE f.region = $1 AND @s@.summary_may_read($1)
$body$
$f$,
$f$
CREATE FUNCTION summary_om_responsibility(region text)
  RETURNS TABLE (prison_code text, in_scope boolean, responsibility_2013 text, omic_responsibility text,
                 pom_grade text, people integer, omic_handovers_next_28_days integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT o.prison_code, o.in_scope, o.responsibility_2013, o.omic_responsibility, o.pom_grade, count(*)::integer,
         (count(*) FILTER (WHERE o.omic_handover_date >= r.as_of
                             AND o.omic_handover_date <= (r.as_of + 28)))::integer
    FROM @s@.om_responsibility o CROSS JOIN @s@.report_date r
   WHERE o.region = $1 AND @s@.summary_may_read($1)
   GROUP BY 1, 2, 3, 4, 5
$body$
$f$,
$f$
CREATE FUNCTION summary_upw_timeliness(region text)
  RETURNS TABLE (team text, assessment_status text, start_status text, progress text, orders integer,
                 hours_ordered numeric(8,2), hours_completed numeric(8,2), ete_over_cap integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT u.team, u.assessment_status, u.start_status, u.progress, count(*)::integer,
         sum(u.hours_ordered)::numeric(8,2), sum(u.hours_completed)::numeric(8,2),
         (count(*) FILTER (WHERE NOT u.ete_within_cap))::integer
    FROM @s@.upw_timeliness u
   WHERE u.region = $1 AND @s@.summary_may_read($1)
   GROUP BY 1, 2, 3, 4
$body$
$f$,
$f$
CREATE FUNCTION summary_upw_travel(region text)
  RETURNS TABLE (team text, month date, sessions integer, over_limit_sessions integer,
                 work_hours numeric(8,2), credited_travel_hours numeric(8,2))
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT t.team, date_trunc('month', t.session_on)::date, count(*)::integer,
         (count(*) FILTER (WHERE t.over_limit))::integer,
         (sum(t.work_minutes) / 60)::numeric(8,2),
         (sum((t.credited_outbound_minutes + t.credited_return_minutes)) / 60)::numeric(8,2)
    FROM @s@.upw_travel t
   WHERE t.region = $1 AND @s@.summary_may_read($1)
   GROUP BY 1, 2
$body$
$f$,
$f$
CREATE FUNCTION summary_placement_plan(region text)
  RETURNS TABLE (team text, outcome text, people integer, mean_travel_minutes numeric(8,1))
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $body$
  SELECT p.team, coalesce(split_part(p.reason, ':', 1), 'placed'), count(*)::integer,
         round(avg(p.travel_minutes), 1)::numeric(8,1)
    FROM @s@.placement_plan p
   WHERE p.region = $1 AND @s@.summary_may_read($1)
   GROUP BY 1, 2
$body$
$f$] LOOP
    EXECUTE replace(stmt, '@s@', quote_ident(current_schema()));
  END LOOP;
END
$build$;

-- Contact compliance per team and month (R-MCS-7), as mcs_team_month.
COMMENT ON FUNCTION summary_mcs_team_month(text) IS 'mcs_team_month for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW mcs_team_month_summary WITH (security_barrier = true) AS
  SELECT r.region, s.team, s.month, s.cases, s.cases_met, s.rate_percent::numeric(5,1) AS rate_percent, s.band,
         s.brag_rate_percent::numeric(5,1) AS brag_rate_percent, s.no_contact, s.no_valid_contact,
         s.missed_without_reoffer, s.no_attended_contact
    FROM summary_regions r CROSS JOIN LATERAL summary_mcs_team_month(r.region) s;
COMMENT ON VIEW mcs_team_month_summary IS 'Aggregate only: contact compliance per region, team and month (R-MCS-7), the rows of mcs_team_month for the regions the login role may read; needs no grant on the tables.';
COMMENT ON COLUMN mcs_team_month_summary.region IS 'Region.';
COMMENT ON COLUMN mcs_team_month_summary.team IS 'Team.';
COMMENT ON COLUMN mcs_team_month_summary.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_team_month_summary.cases IS 'Case-months in scope (R-MCS-1, R-MCS-5).';
COMMENT ON COLUMN mcs_team_month_summary.cases_met IS 'Of them, met (R-MCS-2 to R-MCS-4).';
COMMENT ON COLUMN mcs_team_month_summary.rate_percent IS 'Percentage of case-months met (R-MCS-7).';
COMMENT ON COLUMN mcs_team_month_summary.band IS 'met, below_target or improvement against the target and trigger of settings (R-MCS-7).';
COMMENT ON COLUMN mcs_team_month_summary.brag_rate_percent IS 'Percentage of case-months meeting their BRAG frequency (R-MCS-6).';
COMMENT ON COLUMN mcs_team_month_summary.no_contact IS 'Case-months with no contact at all.';
COMMENT ON COLUMN mcs_team_month_summary.no_valid_contact IS 'Case-months whose contacts were none of them valid (R-MCS-2, R-MCS-3).';
COMMENT ON COLUMN mcs_team_month_summary.missed_without_reoffer IS 'Case-months with a missed contact not re-offered in time (R-MCS-4).';
COMMENT ON COLUMN mcs_team_month_summary.no_attended_contact IS 'Case-months with valid contacts but none attended or re-offered in time.';

-- Everyone in custody, counted by prison, home area and Through-the-Gate stage.
COMMENT ON FUNCTION summary_ttg_pipeline(text) IS 'ttg_pipeline counted for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW ttg_pipeline_summary WITH (security_barrier = true) AS
  SELECT r.region, s.prison_code, s.prison, s.resettlement_prison, s.home_area, s.stage, s.people,
         s.first_release, s.first_referral_due
    FROM summary_regions r CROSS JOIN LATERAL summary_ttg_pipeline(r.region) s;
COMMENT ON VIEW ttg_pipeline_summary IS 'Aggregate only: people in custody per region, prison, home area and TTG stage (R-TTG-1, R-TTG-2, R-TTG-4), with the first release and referral dates; needs no grant on the tables.';
COMMENT ON COLUMN ttg_pipeline_summary.region IS 'Region.';
COMMENT ON COLUMN ttg_pipeline_summary.prison_code IS 'Prison code.';
COMMENT ON COLUMN ttg_pipeline_summary.prison IS 'Prison name (the code when not a resettlement prison).';
COMMENT ON COLUMN ttg_pipeline_summary.resettlement_prison IS 'True for a resettlement prison (R-TTG-1).';
COMMENT ON COLUMN ttg_pipeline_summary.home_area IS 'Contract Package Area the person is released to.';
COMMENT ON COLUMN ttg_pipeline_summary.stage IS 'Through-the-Gate stage today (R-TTG-1, R-TTG-2, R-TTG-4); NULL without a release date.';
COMMENT ON COLUMN ttg_pipeline_summary.people IS 'People counted.';
COMMENT ON COLUMN ttg_pipeline_summary.first_release IS 'Earliest release date among them.';
COMMENT ON COLUMN ttg_pipeline_summary.first_referral_due IS 'Earliest referral date among them (R-TTG-2).';

-- Releases ahead per month, prison and home area (R-TTG-3), as release_forecast.
COMMENT ON FUNCTION summary_release_forecast(text) IS 'release_forecast for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW release_forecast_summary WITH (security_barrier = true) AS
  SELECT r.region, s.month, s.prison_code, s.prison, s.resettlement_prison, s.home_area, s.releases,
         s.own_area_resettlement_releases
    FROM summary_regions r CROSS JOIN LATERAL summary_release_forecast(r.region) s;
COMMENT ON VIEW release_forecast_summary IS 'Aggregate only: forecast releases per region, month, prison and home area (R-TTG-3), the rows of release_forecast for the regions the login role may read; needs no grant on the tables.';
COMMENT ON COLUMN release_forecast_summary.region IS 'Region.';
COMMENT ON COLUMN release_forecast_summary.month IS 'First day of the month.';
COMMENT ON COLUMN release_forecast_summary.prison_code IS 'Prison code.';
COMMENT ON COLUMN release_forecast_summary.prison IS 'Prison name (the code when not a resettlement prison).';
COMMENT ON COLUMN release_forecast_summary.resettlement_prison IS 'True for a resettlement prison (R-TTG-1).';
COMMENT ON COLUMN release_forecast_summary.home_area IS 'Contract Package Area the person is released to.';
COMMENT ON COLUMN release_forecast_summary.releases IS 'Releases forecast.';
COMMENT ON COLUMN release_forecast_summary.own_area_resettlement_releases IS 'Of them, from a resettlement prison of the home area (R-TTG-3).';

-- The 80% own-area aim over the releases of the regions the caller may read.
CREATE VIEW resettlement_share_summary WITH (security_barrier = true) AS
  SELECT f.month, f.home_area, sum(f.releases)::integer AS releases,
         sum(f.own_area_resettlement_releases)::integer AS own_area_resettlement_releases,
         round(100.0 * sum(f.own_area_resettlement_releases) / sum(f.releases), 1)::numeric(5,1) AS share_percent,
         80::numeric(5,1) AS target_percent,
         100.0 * sum(f.own_area_resettlement_releases) / sum(f.releases) >= 80 AS target_met
    FROM release_forecast_summary f
   GROUP BY f.month, f.home_area;
COMMENT ON VIEW resettlement_share_summary IS 'Aggregate only: resettlement_share (R-TTG-3) over the releases from the regions the login role may read; needs no grant on the tables.';
COMMENT ON COLUMN resettlement_share_summary.month IS 'First day of the release month.';
COMMENT ON COLUMN resettlement_share_summary.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN resettlement_share_summary.releases IS 'People to be released to the area, from the regions the login role may read.';
COMMENT ON COLUMN resettlement_share_summary.own_area_resettlement_releases IS 'Of them, from a resettlement prison of the area.';
COMMENT ON COLUMN resettlement_share_summary.share_percent IS 'Percentage from a resettlement prison of the area.';
COMMENT ON COLUMN resettlement_share_summary.target_percent IS 'The aim, 80% (R-TTG-3).';
COMMENT ON COLUMN resettlement_share_summary.target_met IS 'True when the share reaches 80%.';

-- Who holds each case in custody today (R-OM-1 to R-OM-4), counted.
COMMENT ON FUNCTION summary_om_responsibility(text) IS 'om_responsibility counted for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW om_responsibility_summary WITH (security_barrier = true) AS
  SELECT r.region, s.prison_code, s.in_scope, s.responsibility_2013, s.omic_responsibility, s.pom_grade,
         s.people, s.omic_handovers_next_28_days
    FROM summary_regions r CROSS JOIN LATERAL summary_om_responsibility(r.region) s;
COMMENT ON VIEW om_responsibility_summary IS 'Aggregate only: people in custody per region, prison and holder of offender management (2013 model and OMiC, R-OM-1 to R-OM-4), with OMiC handovers in the next 28 days; needs no grant on the tables.';
COMMENT ON COLUMN om_responsibility_summary.region IS 'Region.';
COMMENT ON COLUMN om_responsibility_summary.prison_code IS 'Prison code.';
COMMENT ON COLUMN om_responsibility_summary.in_scope IS 'True when in scope of offender management in custody (R-OM-1).';
COMMENT ON COLUMN om_responsibility_summary.responsibility_2013 IS 'Holder under the 2013 model (R-OM-2, R-OM-3).';
COMMENT ON COLUMN om_responsibility_summary.omic_responsibility IS 'Holder under OMiC today: prison or community (R-OM-4).';
COMMENT ON COLUMN om_responsibility_summary.pom_grade IS 'Grade of the prison offender manager while the prison holds the case (R-OM-4).';
COMMENT ON COLUMN om_responsibility_summary.people IS 'People counted.';
COMMENT ON COLUMN om_responsibility_summary.omic_handovers_next_28_days IS 'Of them, OMiC handovers due in the next 28 days.';

-- Unpaid Work orders by timeliness and progress (R-UPW-3 to R-UPW-6).
COMMENT ON FUNCTION summary_upw_timeliness(text) IS 'upw_timeliness counted for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW upw_timeliness_summary WITH (security_barrier = true) AS
  SELECT r.region, s.team, s.assessment_status, s.start_status, s.progress, s.orders,
         s.hours_ordered::numeric(8,2) AS hours_ordered, s.hours_completed::numeric(8,2) AS hours_completed,
         s.ete_over_cap
    FROM summary_regions r CROSS JOIN LATERAL summary_upw_timeliness(r.region) s;
COMMENT ON VIEW upw_timeliness_summary IS 'Aggregate only: Unpaid Work orders per region, team, assessment and start status and progress (R-UPW-3 to R-UPW-6), with their hours and those over the ETE cap; needs no grant on the tables.';
COMMENT ON COLUMN upw_timeliness_summary.region IS 'Region.';
COMMENT ON COLUMN upw_timeliness_summary.team IS 'Team.';
COMMENT ON COLUMN upw_timeliness_summary.assessment_status IS 'Assessment against 10 business days (R-UPW-3): on_time, late, overdue or pending.';
COMMENT ON COLUMN upw_timeliness_summary.start_status IS 'First session against its due date (R-UPW-4): on_time, late, overdue or pending.';
COMMENT ON COLUMN upw_timeliness_summary.progress IS 'Hours against an even pace to 12 months (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness_summary.orders IS 'Orders counted.';
COMMENT ON COLUMN upw_timeliness_summary.hours_ordered IS 'Hours ordered, summed.';
COMMENT ON COLUMN upw_timeliness_summary.hours_completed IS 'Hours completed, summed.';
COMMENT ON COLUMN upw_timeliness_summary.ete_over_cap IS 'Orders whose ETE minutes are over the cap (R-UPW-6).';

-- Unpaid Work sessions and travel per team and month (R-UPW-1).
COMMENT ON FUNCTION summary_upw_travel(text) IS 'upw_travel counted for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW upw_travel_summary WITH (security_barrier = true) AS
  SELECT r.region, s.team, s.month, s.sessions, s.over_limit_sessions,
         s.work_hours::numeric(8,2) AS work_hours,
         s.credited_travel_hours::numeric(8,2) AS credited_travel_hours
    FROM summary_regions r CROSS JOIN LATERAL summary_upw_travel(r.region) s;
COMMENT ON VIEW upw_travel_summary IS 'Aggregate only: Unpaid Work sessions per region, team and month, those over the 90-minute travel limit (R-UPW-1), hours worked and travel hours credited; needs no grant on the tables.';
COMMENT ON COLUMN upw_travel_summary.region IS 'Region.';
COMMENT ON COLUMN upw_travel_summary.team IS 'Team.';
COMMENT ON COLUMN upw_travel_summary.month IS 'First day of the month.';
COMMENT ON COLUMN upw_travel_summary.sessions IS 'Sessions held.';
COMMENT ON COLUMN upw_travel_summary.over_limit_sessions IS 'Of them, with a journey over 90 minutes (R-UPW-1).';
COMMENT ON COLUMN upw_travel_summary.work_hours IS 'Hours worked.';
COMMENT ON COLUMN upw_travel_summary.credited_travel_hours IS 'Travel hours credited against the hours (R-UPW-1).';

-- The placement plan counted by outcome (R-UPW-1, R-UPW-6 to R-UPW-8).
COMMENT ON FUNCTION summary_placement_plan(text) IS 'placement_plan counted for one region, as the model''s owner, empty unless the login role may read the region.';

CREATE VIEW placement_plan_summary WITH (security_barrier = true) AS
  SELECT r.region, s.team, s.outcome, s.people, s.mean_travel_minutes::numeric(8,1) AS mean_travel_minutes
    FROM summary_regions r CROSS JOIN LATERAL summary_placement_plan(r.region) s;
COMMENT ON VIEW placement_plan_summary IS 'Aggregate only: people awaiting an Unpaid Work placement per region, team and outcome of the optimal plan (placed, or why not), with the mean travel; needs no grant on the tables.';
COMMENT ON COLUMN placement_plan_summary.region IS 'Region.';
COMMENT ON COLUMN placement_plan_summary.team IS 'Team.';
COMMENT ON COLUMN placement_plan_summary.outcome IS 'placed, or why no placement (the first word of the reason).';
COMMENT ON COLUMN placement_plan_summary.people IS 'People counted.';
COMMENT ON COLUMN placement_plan_summary.mean_travel_minutes IS 'Mean travel each way of those placed, minutes.';
