
-- Views of a reporting model. Every view is security_invoker (row-level security
-- of the caller applies) and exposes plain column types only (text, date,
-- integer, numeric, boolean), which BI tools read as they are. @s@ is the schema.
CREATE FUNCTION ttg._reporting_views_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
CREATE VIEW @s@.report_date WITH (security_invoker = true) AS
  SELECT coalesce(st.as_of, current_date) AS as_of FROM @s@.settings st;
COMMENT ON VIEW @s@.report_date IS 'The date the views report as of: settings.as_of, or today when it is NULL.';
COMMENT ON COLUMN @s@.report_date.as_of IS 'Reporting date.';

-- Unpaid Work timeliness (R-UPW-3, R-UPW-4, R-UPW-5, R-UPW-6).
CREATE VIEW @s@.upw_timeliness WITH (security_invoker = true) AS
  SELECT o.order_id, o.case_id, c.region, c.team, o.sentence_date,
         d.assessment_due, o.assessed_on,
         CASE WHEN o.assessed_on IS NOT NULL THEN CASE WHEN o.assessed_on <= d.assessment_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.assessment_due THEN 'overdue' ELSE 'pending' END AS assessment_status,
         d.start_due, o.first_session_on,
         CASE WHEN o.first_session_on IS NOT NULL THEN CASE WHEN o.first_session_on <= d.start_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.start_due THEN 'overdue' ELSE 'pending' END AS start_status,
         o.order_start,
         (ttg.upw_review_dates(o.order_start))[1] AS review_6_months_due,
         (ttg.upw_review_dates(o.order_start))[2] AS review_9_months_due,
         ttg.upw_completion_due(o.order_start) AS completion_due,
         o.hours_ordered, o.hours_completed,
         CASE WHEN o.order_start IS NULL OR r.as_of < o.order_start THEN 'not_started'
              ELSE ttg.upw_progress(o.hours_ordered, o.hours_completed, o.order_start, r.as_of) END AS progress,
         o.ete_eligible, o.ete_minutes,
         ttg.upw_ete_cap_minutes(o.hours_ordered, st.ete_cap) AS ete_cap_minutes,
         ttg.upw_ete_ok(o.hours_ordered, o.ete_minutes, st.ete_cap) AS ete_within_cap
    FROM @s@.upw_orders o
    JOIN @s@.cases c ON c.case_id = o.case_id
    CROSS JOIN @s@.settings st
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL (SELECT ttg.upw_assessment_due(o.sentence_date) AS assessment_due,
                               ttg.upw_start_due(o.sentence_date) AS start_due) d;
COMMENT ON VIEW @s@.upw_timeliness IS 'Unpaid Work orders against their timescales: assessment in 10 business days (R-UPW-3), first session in 7 or 15 business days by date (R-UPW-4), reviews at 6 and 9 months and completion in 12 (R-UPW-5), progress at an even pace, ETE within the cap (R-UPW-6).';
COMMENT ON COLUMN @s@.upw_timeliness.order_id IS 'The order.';
COMMENT ON COLUMN @s@.upw_timeliness.case_id IS 'The case.';
COMMENT ON COLUMN @s@.upw_timeliness.region IS 'Region of the case.';
COMMENT ON COLUMN @s@.upw_timeliness.team IS 'Team of the case.';
COMMENT ON COLUMN @s@.upw_timeliness.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN @s@.upw_timeliness.assessment_due IS 'Assessment due: 10 business days after sentence (R-UPW-3).';
COMMENT ON COLUMN @s@.upw_timeliness.assessed_on IS 'Date the assessment was completed.';
COMMENT ON COLUMN @s@.upw_timeliness.assessment_status IS 'on_time, late, overdue (not done and past due) or pending.';
COMMENT ON COLUMN @s@.upw_timeliness.start_due IS 'First session due: 7 business days for orders before 26 June 2021, 15 from then (R-UPW-4).';
COMMENT ON COLUMN @s@.upw_timeliness.first_session_on IS 'Date of the first work session.';
COMMENT ON COLUMN @s@.upw_timeliness.start_status IS 'on_time, late, overdue (no session and past due) or pending.';
COMMENT ON COLUMN @s@.upw_timeliness.order_start IS 'Start of the order.';
COMMENT ON COLUMN @s@.upw_timeliness.review_6_months_due IS '6-month review date (R-UPW-5).';
COMMENT ON COLUMN @s@.upw_timeliness.review_9_months_due IS '9-month review date (R-UPW-5).';
COMMENT ON COLUMN @s@.upw_timeliness.completion_due IS 'All hours due: 12 months from the start (R-UPW-5).';
COMMENT ON COLUMN @s@.upw_timeliness.hours_ordered IS 'Hours ordered.';
COMMENT ON COLUMN @s@.upw_timeliness.hours_completed IS 'Hours completed.';
COMMENT ON COLUMN @s@.upw_timeliness.progress IS 'complete, on_track, behind, overdue (past 12 months with hours left) or not_started.';
COMMENT ON COLUMN @s@.upw_timeliness.ete_eligible IS 'Eligible for ETE activity.';
COMMENT ON COLUMN @s@.upw_timeliness.ete_minutes IS 'ETE minutes counted so far.';
COMMENT ON COLUMN @s@.upw_timeliness.ete_cap_minutes IS 'Most ETE minutes that may count, at settings.ete_cap (R-UPW-6).';
COMMENT ON COLUMN @s@.upw_timeliness.ete_within_cap IS 'True while ETE minutes are within the cap.';

-- Unpaid Work travel (R-UPW-1).
CREATE VIEW @s@.upw_travel WITH (security_invoker = true) AS
  SELECT s.session_id, s.order_id, o.case_id, c.region, c.team, s.placement_id, p.name AS placement,
         s.session_on, s.work_minutes, s.outbound_minutes, s.return_minutes, s.supervised,
         NOT (ttg.within_travel_limit(s.outbound_minutes) AND ttg.within_travel_limit(s.return_minutes)) AS over_limit,
         ttg.credited_travel_minutes(s.outbound_minutes, s.supervised) AS credited_outbound_minutes,
         ttg.credited_travel_minutes(s.return_minutes, s.supervised) AS credited_return_minutes,
         ttg.upw_session_credit(s.work_minutes, s.outbound_minutes, s.return_minutes, s.supervised) AS credited_minutes
    FROM @s@.upw_sessions s
    JOIN @s@.upw_orders o ON o.order_id = s.order_id
    JOIN @s@.cases c ON c.case_id = o.case_id
    LEFT JOIN @s@.placements p ON p.placement_id = s.placement_id;
COMMENT ON VIEW @s@.upw_travel IS 'Unpaid Work sessions with their travel: over the 90-minute limit either way, and the travel credited (supervised, at most 60 minutes each way), R-UPW-1. NULL travel minutes give NULL flags and credits.';
COMMENT ON COLUMN @s@.upw_travel.session_id IS 'The session.';
COMMENT ON COLUMN @s@.upw_travel.order_id IS 'The order.';
COMMENT ON COLUMN @s@.upw_travel.case_id IS 'The case.';
COMMENT ON COLUMN @s@.upw_travel.region IS 'Region of the case.';
COMMENT ON COLUMN @s@.upw_travel.team IS 'Team of the case.';
COMMENT ON COLUMN @s@.upw_travel.placement_id IS 'The placement.';
COMMENT ON COLUMN @s@.upw_travel.placement IS 'Placement name.';
COMMENT ON COLUMN @s@.upw_travel.session_on IS 'Date of the session.';
COMMENT ON COLUMN @s@.upw_travel.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN @s@.upw_travel.outbound_minutes IS 'Travel to the placement, minutes.';
COMMENT ON COLUMN @s@.upw_travel.return_minutes IS 'Travel back, minutes.';
COMMENT ON COLUMN @s@.upw_travel.supervised IS 'Supervised travel.';
COMMENT ON COLUMN @s@.upw_travel.over_limit IS 'True when either journey is over 90 minutes (R-UPW-1).';
COMMENT ON COLUMN @s@.upw_travel.credited_outbound_minutes IS 'Outbound minutes credited against the hours.';
COMMENT ON COLUMN @s@.upw_travel.credited_return_minutes IS 'Return minutes credited against the hours.';
COMMENT ON COLUMN @s@.upw_travel.credited_minutes IS 'Work plus credited travel for the session.';

-- Through the Gate pipeline (R-TTG-1, R-TTG-2, R-TTG-4).
CREATE VIEW @s@.ttg_pipeline WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, coalesce(rp.prison, k.prison_code) AS prison,
         rp.prison_code IS NOT NULL AS resettlement_prison, k.home_area,
         rel.release_date, ttg.ttg_referral_due(rel.release_date) AS referral_due,
         lower(ttg.ttg_window(rel.release_date)) AS window_start, rel.release_date AS window_end,
         ttg.ttg_stage(rel.release_date, r.as_of, rp.prison_code IS NOT NULL) AS stage,
         rel.release_date - r.as_of AS days_to_release
    FROM @s@.custody k
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    LEFT JOIN ttg.resettlement_prison rp ON rp.prison_code = k.prison_code;
COMMENT ON VIEW @s@.ttg_pipeline IS 'Every person in custody with their release date (confirmed, actual parole, HDC actual, CRD, ARD in that order), the referral date for non-resettlement prisons (release - 15 weeks, R-TTG-2), the 12-week TTG window (R-TTG-1) and their stage today.';
COMMENT ON COLUMN @s@.ttg_pipeline.person_id IS 'The person.';
COMMENT ON COLUMN @s@.ttg_pipeline.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN @s@.ttg_pipeline.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN @s@.ttg_pipeline.prison IS 'Prison name when it is a resettlement prison, else its code.';
COMMENT ON COLUMN @s@.ttg_pipeline.resettlement_prison IS 'True when the prison is in ttg.resettlement_prison.';
COMMENT ON COLUMN @s@.ttg_pipeline.home_area IS 'Contract Package Area the person is released to.';
COMMENT ON COLUMN @s@.ttg_pipeline.release_date IS 'Release date (ttg.release_date); NULL when no date is known (indeterminate).';
COMMENT ON COLUMN @s@.ttg_pipeline.referral_due IS 'Release - 105 days: the NPS RO notifies the CRC (non-resettlement prisons, R-TTG-2).';
COMMENT ON COLUMN @s@.ttg_pipeline.window_start IS 'First day of the TTG window, release - 84 days (R-TTG-1).';
COMMENT ON COLUMN @s@.ttg_pipeline.window_end IS 'Last day of the TTG window, the release day.';
COMMENT ON COLUMN @s@.ttg_pipeline.stage IS 'before_referral, referral_due, in_window or released, as of the report date.';
COMMENT ON COLUMN @s@.ttg_pipeline.days_to_release IS 'Days from the report date to release (negative once released).';

-- Releases ahead, per prison, area and month (R-TTG-3; the forecast volumes of source 000).
CREATE VIEW @s@.release_forecast WITH (security_invoker = true) AS
  SELECT date_trunc('month', p.release_date)::date AS month, p.region, p.prison_code, p.prison,
         p.resettlement_prison, p.home_area,
         count(*)::integer AS releases,
         count(*) FILTER (WHERE rp.cpa = p.home_area)::integer AS own_area_resettlement_releases
    FROM @s@.ttg_pipeline p
    CROSS JOIN @s@.report_date r
    CROSS JOIN @s@.settings st
    LEFT JOIN ttg.resettlement_prison rp ON rp.prison_code = p.prison_code
   WHERE p.release_date >= date_trunc('month', r.as_of)::date
     AND p.release_date < (date_trunc('month', r.as_of) + make_interval(months => st.forecast_months))::date
   GROUP BY 1, 2, 3, 4, 5, 6;
COMMENT ON VIEW @s@.release_forecast IS 'Forecast releases per month (from the report month, settings.forecast_months ahead), prison and home area: the volumes by prison and CPA that source 000 plans TTG services from, and those released from a resettlement prison into their own area (R-TTG-3).';
COMMENT ON COLUMN @s@.release_forecast.month IS 'First day of the release month.';
COMMENT ON COLUMN @s@.release_forecast.region IS 'Region that will supervise.';
COMMENT ON COLUMN @s@.release_forecast.prison_code IS 'Releasing prison, NOMIS code.';
COMMENT ON COLUMN @s@.release_forecast.prison IS 'Releasing prison.';
COMMENT ON COLUMN @s@.release_forecast.resettlement_prison IS 'True for a resettlement prison.';
COMMENT ON COLUMN @s@.release_forecast.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN @s@.release_forecast.releases IS 'People to be released.';
COMMENT ON COLUMN @s@.release_forecast.own_area_resettlement_releases IS 'Of them, released from a resettlement prison of their own CPA (R-TTG-3).';

CREATE VIEW @s@.resettlement_share WITH (security_invoker = true) AS
  SELECT month, home_area, sum(releases)::integer AS releases,
         sum(own_area_resettlement_releases)::integer AS own_area_resettlement_releases,
         round(100.0 * sum(own_area_resettlement_releases) / sum(releases), 1) AS share_percent,
         80::numeric AS target_percent,
         100.0 * sum(own_area_resettlement_releases) / sum(releases) >= 80 AS target_met
    FROM @s@.release_forecast
   GROUP BY month, home_area;
COMMENT ON VIEW @s@.resettlement_share IS 'R-TTG-3: the share of releases to each area that come from a resettlement prison in that area, per month, against the 80% aim.';
COMMENT ON COLUMN @s@.resettlement_share.month IS 'First day of the release month.';
COMMENT ON COLUMN @s@.resettlement_share.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN @s@.resettlement_share.releases IS 'People to be released to the area.';
COMMENT ON COLUMN @s@.resettlement_share.own_area_resettlement_releases IS 'Of them, from a resettlement prison of the area.';
COMMENT ON COLUMN @s@.resettlement_share.share_percent IS 'Percentage from a resettlement prison of the area.';
COMMENT ON COLUMN @s@.resettlement_share.target_percent IS 'The aim, 80% (R-TTG-3).';
COMMENT ON COLUMN @s@.resettlement_share.target_met IS 'True when the share reaches 80%.';

-- Who holds each case today (R-OM-1 to R-OM-4, OMiC).
CREATE VIEW @s@.om_responsibility WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, k.tier, k.rosh, k.mappa_level,
         ttg.om_in_scope(k.sentence_months, k.rosh, k.ipp, k.ppo, k.sentenced_on) AS in_scope,
         rel.release_date,
         ttg.om_handover_date(rel.release_date, k.parole_process_start) AS handover_date_2013,
         ttg.om_responsibility(r.as_of, rel.release_date, k.parole_process_start,
                               k.parole_refused_on, k.next_review_start) AS responsibility_2013,
         o.handover_date AS omic_handover_date,
         CASE WHEN o.handover_date IS NULL THEN NULL
              WHEN r.as_of >= o.handover_date THEN 'community' ELSE 'prison' END AS omic_responsibility,
         CASE WHEN o.handover_date IS NULL OR r.as_of < o.handover_date THEN ttg.pom_grade(k.tier) END AS pom_grade
    FROM @s@.custody k
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    CROSS JOIN LATERAL (SELECT ttg.omic_handover_date(k.sentenced_on, k.crd, k.ard, k.ped, NULL, k.hdc_actual,
                                                      k.hdc_eligibility, k.indeterminate, k.early_allocation,
                                                      CASE WHEN k.nps_case THEN 'nps' ELSE 'crc' END, k.mappa_level,
                                                      k.home_area = 'Wales', 'auto', k.parole_process_start) AS handover_date) o;
COMMENT ON VIEW @s@.om_responsibility IS 'Who holds offender-management responsibility for each person in custody on the report date: under the 2013 model (handover at release - 6 months or the start of parole, back to prison after a refusal until the next review, R-OM-2, R-OM-3) and under the OMiC rule in force on the handover day (2019 or 2023), with the POM grade while the prison holds the case (R-OM-4).';
COMMENT ON COLUMN @s@.om_responsibility.person_id IS 'The person.';
COMMENT ON COLUMN @s@.om_responsibility.region IS 'Region that will supervise.';
COMMENT ON COLUMN @s@.om_responsibility.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN @s@.om_responsibility.tier IS 'Case tier.';
COMMENT ON COLUMN @s@.om_responsibility.rosh IS 'Risk of Serious Harm.';
COMMENT ON COLUMN @s@.om_responsibility.mappa_level IS 'MAPPA level.';
COMMENT ON COLUMN @s@.om_responsibility.in_scope IS 'In scope of offender management (R-OM-1).';
COMMENT ON COLUMN @s@.om_responsibility.release_date IS 'Release date.';
COMMENT ON COLUMN @s@.om_responsibility.handover_date_2013 IS 'Handover under the 2013 model: release - 6 months or the start of parole, whichever first (R-OM-2).';
COMMENT ON COLUMN @s@.om_responsibility.responsibility_2013 IS 'prison or community under the 2013 model, refusals included (R-OM-2, R-OM-3).';
COMMENT ON COLUMN @s@.om_responsibility.omic_handover_date IS 'Handover under the OMiC rule in force (ttg.omic_handover_date, era auto).';
COMMENT ON COLUMN @s@.om_responsibility.omic_responsibility IS 'prison or community under OMiC on the report date.';
COMMENT ON COLUMN @s@.om_responsibility.pom_grade IS 'probation_officer (tiers A, B) or prison_officer while the prison holds the case under OMiC (R-OM-4); NULL once the community holds it.';

-- The optimal Unpaid Work placement for everyone waiting (R-UPW-1, R-UPW-6, R-UPW-7, R-UPW-8).
CREATE VIEW @s@.placement_plan WITH (security_invoker = true) AS
  SELECT m.person_id AS order_id, o.case_id, c.region, c.team, m.placement_id IS NOT NULL AS placed,
         m.placement_id, p.name AS placement, p.town, m.travel_minutes, m.reason
    FROM ttg.match_placements(
           'SELECT o.order_id AS person_id, o.home_lat AS lat, o.home_lon AS lon, c.sex, o.avoid_all_male,
                   o.ete_eligible, o.rosh, o.available_days
              FROM @s@.upw_orders o JOIN @s@.cases c ON c.case_id = o.case_id
             WHERE o.awaiting_placement',
           'SELECT placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days
              FROM @s@.placements',
           'SELECT order_id AS person_id, placement_id, minutes FROM @s@.travel_times',
           (SELECT st.ete_bonus_minutes FROM @s@.settings st)) m
    JOIN @s@.upw_orders o ON o.order_id = m.person_id
    JOIN @s@.cases c ON c.case_id = o.case_id
    LEFT JOIN @s@.placements p ON p.placement_id = m.placement_id;
COMMENT ON VIEW @s@.placement_plan IS 'The optimal match (ttg.match_placements: most people placed, then least travel with the ETE bonus) of everyone awaiting an Unpaid Work placement, under the 90-minute limit, the all-male choice, female-only places, ROSH, days and capacity; routed times from travel_times replace estimates. Every waiting person appears once, with the reason when unplaced. Solved afresh on each read.';
COMMENT ON COLUMN @s@.placement_plan.order_id IS 'The order (person) waiting.';
COMMENT ON COLUMN @s@.placement_plan.case_id IS 'The case.';
COMMENT ON COLUMN @s@.placement_plan.region IS 'Region of the case.';
COMMENT ON COLUMN @s@.placement_plan.team IS 'Team of the case.';
COMMENT ON COLUMN @s@.placement_plan.placed IS 'True when the plan places the person.';
COMMENT ON COLUMN @s@.placement_plan.placement_id IS 'The placement; NULL when unplaced.';
COMMENT ON COLUMN @s@.placement_plan.placement IS 'Placement name.';
COMMENT ON COLUMN @s@.placement_plan.town IS 'Placement town.';
COMMENT ON COLUMN @s@.placement_plan.travel_minutes IS 'Travel each way, minutes (routed when known, else estimated).';
COMMENT ON COLUMN @s@.placement_plan.reason IS 'Why an unplaced person could not be placed: no_placement_in_travel_limit, no_placement_fits_rules (with the rule and the nearest placement) or capacity_taken.';

-- Contact compliance, case by case and month by month (R-MCS-1 to R-MCS-7).
CREATE VIEW @s@.mcs_case_month WITH (security_invoker = true) AS
  SELECT c.case_id, c.region, c.team, c.brag, m.month,
         j.mcs_met, j.brag_met, j.contacts, j.valid_contacts, j.reason, j.failure AS commonest_failure
    FROM @s@.cases c
    CROSS JOIN @s@.settings st
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL ttg.mcs_months(c.isp_completed_on, least(coalesce(c.supervision_end, r.as_of), r.as_of),
                                      st.partial_month) AS m(month)
    LEFT JOIN (SELECT k.case_id, date_trunc('month', k.appointment_at)::date AS month,
                      ttg.mcs_tally(k.contact_type, k.appointment_at, k.notified_at, k.outcome, k.available_minutes,
                                    k.other_activity, k.next_offered_on, k.next_appointment_on, s2.reoffer_rule) AS tally
                 FROM @s@.contacts k CROSS JOIN @s@.settings s2
                GROUP BY 1, 2) t ON t.case_id = c.case_id AND t.month = m.month
    CROSS JOIN LATERAL ttg.mcs_month(t.tally, CASE c.brag WHEN 'red' THEN st.brag_red WHEN 'amber' THEN st.brag_amber
                                                          WHEN 'blue' THEN st.brag_blue ELSE st.brag_green END) j
   WHERE c.isp_completed_on IS NOT NULL
     AND c.isp_completed_on <= least(coalesce(c.supervision_end, r.as_of), r.as_of)
     AND ttg.mcs_in_scope(c.requirements);
COMMENT ON VIEW @s@.mcs_case_month IS 'One row per case in scope (R-MCS-5) per month it must be seen in, from ISP completion to the end of supervision or the report date (settings.partial_month decides the part months, R-MCS-1): whether the month holds a valid face-to-face case-manager contact (R-MCS-2, R-MCS-3) attended or missed and re-offered in time (R-MCS-4, settings.reoffer_rule), whether the BRAG frequency is met (R-MCS-6), and why not.';
COMMENT ON COLUMN @s@.mcs_case_month.case_id IS 'The case.';
COMMENT ON COLUMN @s@.mcs_case_month.region IS 'Region.';
COMMENT ON COLUMN @s@.mcs_case_month.team IS 'Team.';
COMMENT ON COLUMN @s@.mcs_case_month.brag IS 'BRAG status of the case.';
COMMENT ON COLUMN @s@.mcs_case_month.month IS 'First day of the month.';
COMMENT ON COLUMN @s@.mcs_case_month.mcs_met IS 'True when the Minimum Contact Specification is met this month (R-MCS-1).';
COMMENT ON COLUMN @s@.mcs_case_month.brag_met IS 'True when the BRAG frequency of settings is met (R-MCS-6).';
COMMENT ON COLUMN @s@.mcs_case_month.contacts IS 'Contacts recorded in the month.';
COMMENT ON COLUMN @s@.mcs_case_month.valid_contacts IS 'Valid case-manager contacts in the month (R-MCS-2, R-MCS-3).';
COMMENT ON COLUMN @s@.mcs_case_month.reason IS 'Why not met: no_contact, no_valid_contact, missed_without_reoffer or no_attended_contact; NULL when met.';
COMMENT ON COLUMN @s@.mcs_case_month.commonest_failure IS 'The commonest reason contacts of the month were not valid (ttg.mcs_contact_failure); NULL when none failed.';

CREATE VIEW @s@.mcs_team_month WITH (security_invoker = true) AS
  SELECT cm.region, cm.team, cm.month, count(*)::integer AS cases,
         count(*) FILTER (WHERE cm.mcs_met)::integer AS cases_met,
         round(ttg.mcs_rate(cm.mcs_met), 1) AS rate_percent,
         ttg.mcs_band(ttg.mcs_rate(cm.mcs_met), cm.month, st.mcs_target, st.mcs_trigger) AS band,
         round(ttg.mcs_rate(cm.brag_met), 1) AS brag_rate_percent,
         count(*) FILTER (WHERE cm.reason = 'no_contact')::integer AS no_contact,
         count(*) FILTER (WHERE cm.reason = 'no_valid_contact')::integer AS no_valid_contact,
         count(*) FILTER (WHERE cm.reason = 'missed_without_reoffer')::integer AS missed_without_reoffer,
         count(*) FILTER (WHERE cm.reason = 'no_attended_contact')::integer AS no_attended_contact
    FROM @s@.mcs_case_month cm
    CROSS JOIN @s@.settings st
   GROUP BY cm.region, cm.team, cm.month, st.mcs_target, st.mcs_trigger;
COMMENT ON VIEW @s@.mcs_team_month IS 'Contact compliance per region, team and month: the share of case-months met and its band against the target and trigger of settings (R-MCS-7: 95% and 85% by default; ramp-up to December 2018), with the reasons counted.';
COMMENT ON COLUMN @s@.mcs_team_month.region IS 'Region.';
COMMENT ON COLUMN @s@.mcs_team_month.team IS 'Team.';
COMMENT ON COLUMN @s@.mcs_team_month.month IS 'First day of the month.';
COMMENT ON COLUMN @s@.mcs_team_month.cases IS 'Cases in scope that month.';
COMMENT ON COLUMN @s@.mcs_team_month.cases_met IS 'Of them, met.';
COMMENT ON COLUMN @s@.mcs_team_month.rate_percent IS 'Percentage met (R-MCS-7), one decimal.';
COMMENT ON COLUMN @s@.mcs_team_month.band IS 'met, below_target, improvement, ramp_up or not_applicable (ttg.mcs_band on the exact rate).';
COMMENT ON COLUMN @s@.mcs_team_month.brag_rate_percent IS 'Percentage meeting their BRAG frequency (R-MCS-6).';
COMMENT ON COLUMN @s@.mcs_team_month.no_contact IS 'Case-months with no contact at all.';
COMMENT ON COLUMN @s@.mcs_team_month.no_valid_contact IS 'Case-months with contacts, none valid.';
COMMENT ON COLUMN @s@.mcs_team_month.missed_without_reoffer IS 'Case-months whose valid contact was missed and not re-offered within 5 business days.';
COMMENT ON COLUMN @s@.mcs_team_month.no_attended_contact IS 'Case-months with valid contacts none of which was attended or missed (not yet recorded, or moved by the service user).';
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_views_ddl() IS 'Internal: the views of a reporting model, with @s@ for the schema.';
