-- release_model: the release, offender-management and Unpaid Work views of a reporting model
-- (R-TTG-1 to R-TTG-3, R-OM-1 to R-OM-4, R-UPW-2, R-UPW-6 to R-UPW-8), on rows worked by hand.
-- Makes its own model and resettlement rows and drops them at the end.
SET DateStyle = 'ISO, YMD';
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('relm') IS NOT NULL AS made;
RESET client_min_messages;
UPDATE relm.settings SET as_of = '2026-11-23';   -- a Monday

-- A region's own list: Parc (PRI) resettles into Wales until 31 Dec 2026, into SWM from 1 Jan 2027.
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\n'
  'PRI,HMP Parc,Wales,Wales,host,,2015-02-01,2026-12-31\n'
  'PRI,HMP Parc,SWM,SWM,host,,2027-01-01,\n') AS loaded;

INSERT INTO relm.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, indeterminate,
                          ped, crd, parole_process_start, rosh, tier, ipp, tariff, target_hearing, recalled) VALUES
  -- k1: CRD 31 Dec 2026, the last day Parc resettles into Wales: own area.
  (1, 'Wales', 'Wales', 'PRI', 24, '2025-06-01', false, NULL, '2026-12-31', NULL, 'medium', 'c', false, NULL, NULL, false),
  -- k2: CRD 1 Jan 2027, the day after: Parc is a resettlement prison (for SWM), not of Wales.
  (2, 'Wales', 'Wales', 'PRI', 24, '2025-06-01', false, NULL, '2027-01-01', NULL, 'medium', 'c', false, NULL, NULL, false),
  -- k3: a prison code ttg does not know: 'unknown', not a resettlement prison.
  (3, 'SWM', 'SWM', 'ZZZ', 24, '2025-06-01', false, NULL, '2027-02-01', NULL, 'low', 'd', false, NULL, NULL, false),
  -- k4: a 6-month sentence from Leicester (DLNR from 1 Feb 2019): out of scope of offender
  -- management (R-OM-1), so not "community" under 2013; OMiC 2023: 1 Sep 2026 + 10 months is
  -- 1 Jul 2027, after the CRD 1 Dec 2026: determinate_short, community from the start.
  (4, 'DLNR', 'DLNR', 'LCI', 6, '2026-09-01', false, NULL, '2026-12-01', NULL, 'low', 'b', false, NULL, NULL, false),
  -- k5: IPP past tariff (1 Jun 2026), parole process from 1 Oct 2026, target hearing 1 Mar 2027.
  -- 2013: release = tariff, handover min(1 Jun 2026 - 6 months = 1 Dec 2025, 1 Oct 2026) =
  -- 1 Dec 2025: community. OMiC 2023 from May 2025: TED passed, THD in the future:
  -- 1 Mar 2027 - 12 months = 1 Mar 2026: community.
  (5, 'DLNR', 'DLNR', 'NMI', 48, '2015-01-01', true, NULL, NULL, '2026-10-01', 'high', 'a', true, '2026-06-01', '2027-03-01', false),
  -- k6: recalled: no handover date, the community holds the case.
  (6, 'SWM', 'SWM', 'BMI', 36, '2024-01-01', false, NULL, '2027-05-01', NULL, 'medium', 'a', false, NULL, NULL, true);
SELECT person_id, prison, resettlement_prison, own_area_resettlement, release_date, stage
  FROM relm.ttg_pipeline ORDER BY person_id;
SELECT person_id, prison, in_scope, release_date, handover_date_2013, responsibility_2013,
       omic_handover_date, omic_era, omic_rule, omic_responsibility, pom_grade
  FROM relm.om_responsibility ORDER BY person_id;
-- Forecast from November 2026, six months (to the end of April 2027): k1 (Dec 2026, own area),
-- k4 (Dec 2026, own area), k2 (Jan 2027, not own area), k3 (Feb 2027, unknown prison); k5 has no
-- date and k6 (1 May 2027) is outside. Wales: Dec 100%, Jan 0%.
SELECT month, prison_code, prison, resettlement_prison, home_area, releases, own_area_resettlement_releases
  FROM relm.release_forecast ORDER BY month, prison_code;
SELECT month, home_area, releases, own_area_resettlement_releases, share_percent, target_percent, target_met
  FROM relm.resettlement_share ORDER BY month, home_area;

-- ---- Unpaid Work -------------------------------------------------------------
INSERT INTO relm.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on, supervision_start) VALUES
  (1, 'DLNR', 'Derby', 'female', 'green', 'community_order', '{unpaid_work}', NULL, '2026-10-01'),
  (2, 'DLNR', 'Derby', 'male', 'green', 'community_order', '{unpaid_work}', NULL, '2026-10-01');
INSERT INTO relm.placements VALUES
  (1, 'DLNR', 'Depot crew', 'Derby', 52.92, -1.48, 6, 'all_male', false, false, 31),
  (2, 'DLNR', 'Community garden', 'Derby', 52.92, -1.48, 6, 'mixed', true, false, 31);
INSERT INTO relm.upw_orders (order_id, case_id, sentence_date, order_start, hours_ordered, hours_completed,
                             ete_eligible, ete_minutes, avoid_all_male, all_male_choice_offered) VALUES
  -- o1: 0.3333 hours = 19.998 minutes: 20 whole minutes; at 30% (the policy on 23 Nov 2026) 6: 6 used is within.
  (1, 1, '2026-10-01', '2026-10-05', 0.3333, 0, true, 6, true, true),
  -- o2: not eligible for ETE: cap 0, so 30 minutes is over it; the choice was not recorded.
  (2, 2, '2026-10-01', '2026-10-05', 40, 0, false, 30, false, NULL);
INSERT INTO relm.upw_sessions (session_id, order_id, placement_id, session_on, work_minutes, outbound_minutes,
                               return_minutes, supervised, ete, cancelled_on, cancelled_by) VALUES
  (1, 1, 1, '2026-11-16', 60, 30, 30, true, false, NULL, NULL),              -- all-male against her choice
  (2, 1, 2, '2026-11-20', 0, NULL, NULL, true, false, '2026-11-19', 'service'), -- 1 day before: short notice
  (3, 1, 2, '2026-11-27', 0, NULL, NULL, true, false, '2026-11-25', 'service'), -- 2 days before: not short (default 2)
  (4, 1, 2, '2026-12-04', 0, NULL, NULL, true, false, '2026-12-04', 'person'),  -- by her, on the day: not counted
  (5, 1, 1, '2026-12-11', 0, NULL, NULL, true, false, '2026-12-01', 'service'), -- all-male but cancelled: not against choice
  (6, 2, 1, '2026-11-16', 60, 30, 30, true, false, NULL, NULL);              -- all-male, no choice made
SELECT order_id, sex, ete_eligible, ete_minutes, ete_cap_minutes, ete_within_cap, all_male_choice_offered,
       avoid_all_male, all_male_sessions_against_choice, short_notice_cancellations
  FROM relm.upw_timeliness ORDER BY order_id;
SELECT session_id, placement_environment, cancelled_on, cancelled_by, short_notice_cancellation, all_male_against_choice
  FROM relm.upw_travel ORDER BY session_id;
-- A model's own cap overrides the dated policy: at 20%, o1's cap is 4 and 6 is over it.
-- settings.short_notice_days 3: session 3 (2 days' notice) is short notice too.
UPDATE relm.settings SET ete_cap = 0.20, short_notice_days = 3;
SELECT order_id, ete_cap_minutes, ete_within_cap, short_notice_cancellations FROM relm.upw_timeliness ORDER BY order_id;

-- Programmes and structured interventions (R-UPW-2): 90 minutes each way.
INSERT INTO relm.programme_sessions VALUES
  (1, 1, 'accredited_programme', '2026-11-17', 90, 90),      -- exactly 90: within
  (2, 2, 'structured_intervention', '2026-11-18', 91, 30),   -- 91 out: over
  (3, 2, 'accredited_programme', '2026-11-19', NULL, 30);    -- outbound unknown: NULL
SELECT session_id, activity, outbound_minutes, return_minutes, limit_minutes, over_limit
  FROM relm.programme_travel ORDER BY session_id;

-- Clean up: the model and the region's rows.
SET client_min_messages = warning;
DROP SCHEMA relm CASCADE;
RESET client_min_messages;
DELETE FROM ttg.reporting_model WHERE schema_name = 'relm';
DELETE FROM ttg.resettlement_prison WHERE NOT shipped AND prison_code = 'PRI';
