-- reporting: the reporting model's views over a small hand-made dataset.
-- Every expected figure below was computed by hand; the working is beside it.
SET DateStyle = 'ISO, YMD';
SELECT ttg.create_reporting_model('rm');
UPDATE rm.settings SET as_of = '2026-11-23';   -- a Monday
-- The tables are not members of the extension; the views are plain column types only.
SELECT count(*) AS model_objects_in_extension
  FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
 WHERE d.deptype = 'e' AND c.relnamespace = 'rm'::regnamespace;
SELECT c.relname AS view, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'rm'::regnamespace AND c.relkind = 'v'
   AND format_type(a.atttypid, NULL) NOT IN ('text', 'date', 'integer', 'numeric', 'boolean', 'bigint');
SELECT c.relname AS undocumented
  FROM pg_class c WHERE c.relnamespace = 'rm'::regnamespace AND c.relkind IN ('r', 'v')
   AND (obj_description(c.oid, 'pg_class') IS NULL
        OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                    AND col_description(c.oid, a.attnum) IS NULL));

INSERT INTO rm.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on, supervision_start) VALUES
  (1, 'DLNR', 'Derby 1', 'female', 'green', 'community_order', '{unpaid_work}', '2026-01-12', '2026-01-05'),
  (2, 'Wales', 'Cardiff 1', 'male', 'amber', 'community_order', '{unpaid_work}', '2021-07-01', '2021-06-25');

-- ---- Unpaid Work -------------------------------------------------------------
INSERT INTO rm.placements VALUES (500, 'DLNR', 'Derby community garden', 'Derby', 52.92, -1.48, 6, 'mixed', true, false, 31);
INSERT INTO rm.upw_orders (order_id, case_id, sentence_date, order_start, assessed_on, first_session_on,
                           hours_ordered, hours_completed, ete_eligible, ete_minutes) VALUES
  -- Sentenced Mon 5 Jan 2026: assessment due 10 business days on = Mon 19 Jan; first session
  -- due 15 business days on = Mon 26 Jan (rule from 26 June 2021). Reviews 5 July and 5 Oct
  -- 2026; completion 5 Jan 2027. On 23 Nov, 322 of 365 days gone: 88.2 hours expected,
  -- 50 done: behind. ETE cap: settings.ete_cap is NULL, so the policy on 23 Nov 2026, 30% of
  -- 100 h = 1800 minutes (20% before 1 April 2024); 1300 used: within.
  (10, 1, '2026-01-05', '2026-01-05', '2026-01-19', '2026-01-26', 100, 50, true, 1300),
  -- Sentenced Fri 25 June 2021, the day before the unified service: 7 business days, so
  -- the first session was due Tue 6 July (28 Jun..2 Jul, 5, 6); it came on 7 July: late.
  -- Assessment due Fri 9 July, never recorded: overdue. All 40 hours done: complete.
  -- Not eligible for ETE: cap 0, none used: within.
  (11, 2, '2021-06-25', '2021-06-25', NULL, '2021-07-07', 40, 40, false, 0);
INSERT INTO rm.upw_sessions VALUES
  (100, 10, 500, '2026-11-16', 420, 90, 91, true, false),    -- 91 back: over; 60 + 60 credited
  (101, 10, 500, '2026-11-17', 420, 45, 60, false, false),   -- unsupervised: nothing credited
  (102, 10, 500, '2026-11-18', 420, 90, 60, true, false),    -- exactly 90: within; 60 + 60
  (103, 10, 500, '2026-11-19', 420, NULL, 30, true, false);  -- outbound unknown: NULL flag
SELECT order_id, assessment_due, assessment_status, start_due, start_status, review_6_months_due,
       review_9_months_due, completion_due, progress, ete_cap_minutes, ete_within_cap
  FROM rm.upw_timeliness ORDER BY order_id;
SELECT session_id, over_limit, credited_outbound_minutes, credited_return_minutes, credited_minutes
  FROM rm.upw_travel ORDER BY session_id;

-- Placement plan. Order 12 (case 1, a woman who declines all-male groups) lives at the
-- Derby garden itself: public-transport estimate = 15 minutes of access, 0 km: placed.
-- Order 13 (case 2, very high ROSH) lives in Cardiff, 180 km away; a routed time of 80
-- minutes replaces the estimate, so the travel rule passes and the ROSH rule blocks.
INSERT INTO rm.upw_orders (order_id, case_id, sentence_date, order_start, hours_ordered, home_lat, home_lon,
                           avoid_all_male, rosh, awaiting_placement) VALUES
  (12, 1, '2026-11-02', '2026-11-02', 60, 52.92, -1.48, true, 'low', true),
  (13, 2, '2026-11-02', '2026-11-02', 60, 51.48, -3.18, false, 'very_high', true);
INSERT INTO rm.travel_times VALUES (13, 500, 80);
SELECT order_id, region, placed, placement_id, placement, travel_minutes, reason
  FROM rm.placement_plan ORDER BY order_id;
DELETE FROM rm.travel_times;
SELECT order_id, placed, reason FROM rm.placement_plan WHERE order_id = 13;  -- estimate: too far
-- A pair the routing engine cannot serve is a row with NULL minutes: order 12's only
-- allowed placement (the Derby garden, 15 minutes by the estimate) is then blocked, and
-- the estimate is not used for it. Without the row it is placed again.
INSERT INTO rm.travel_times VALUES (12, 500, NULL);
SELECT order_id, placed, placement_id, travel_minutes, reason FROM rm.placement_plan WHERE order_id = 12;
DELETE FROM rm.travel_times;
SELECT order_id, placed, placement_id, travel_minutes FROM rm.placement_plan WHERE order_id = 12;

-- ---- Contact compliance ----------------------------------------------------------
-- Cases 1 and 2 hold only unpaid work: out of scope (R-MCS-5). Case 6 too (unpaid work
-- and curfew). Cases 3, 4 and 5 are in scope; with partial_month 'full' and the report
-- date 23 Nov, the months wholly inside are September and October 2026 (case 3's ISP on
-- 31 August leaves August part-covered).
INSERT INTO rm.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on, supervision_start) VALUES
  (3, 'DLNR', 'Derby 1', 'male', 'red', 'community_order', '{rar,unpaid_work}', '2026-08-31', '2026-08-24'),
  (4, 'Wales', 'Cardiff 1', 'male', 'green', 'licence', '{}', '2026-09-01', '2026-09-01'),
  (5, 'Wales', 'Cardiff 1', 'female', 'amber', 'licence', '{}', '2026-09-01', '2026-09-01'),
  (6, 'DLNR', 'Derby 1', 'male', 'green', 'community_order', '{unpaid_work,curfew}', '2026-09-01', '2026-09-01');
INSERT INTO rm.contacts VALUES
  -- case 3, Sep: an attended office visit with notice, 45 minutes: met.
  (301, 3, 'COAP', '2026-09-10 10:00', '2026-09-01 12:00', 'attended', 45, false, NULL, NULL),
  -- case 3, Oct: missed Thu 8 Oct; 5 business days run to Thu 15 Oct; offered on the 15th: met.
  (302, 3, 'COAP', '2026-10-08 10:00', '2026-10-01 12:00', 'failed_to_attend', 60, false, '2026-10-15', '2026-10-20'),
  -- case 4, Sep: only a RAR session, not a case-manager contact: no_valid_contact. Oct: nothing: no_contact.
  (401, 4, 'CRAR', '2026-09-14 14:00', '2026-09-07 12:00', 'attended', 60, false, NULL, NULL),
  -- case 5, Sep: missed Thu 17 Sep; 5 business days run to Thu 24 Sep; offered Fri 25th: missed_without_reoffer.
  (501, 5, 'COAP', '2026-09-17 11:00', '2026-09-10 12:00', 'failed_to_attend', 30, false, '2026-09-25', '2026-09-29'),
  -- case 5, Oct: one visit without written notice (invalid), one home visit of exactly 30 minutes: met.
  (502, 5, 'COAP', '2026-10-05 11:00', NULL, 'attended', 45, false, NULL, NULL),
  (503, 5, 'CHVS', '2026-10-20 15:00', '2026-10-13 12:00', 'attended', 30, false, NULL, NULL);
-- Amber cases must have two counted contacts a month (local BRAG policy, R-MCS-6).
UPDATE rm.settings SET brag_amber = 2;
SELECT case_id, month, mcs_met, brag_met, contacts, valid_contacts, reason, commonest_failure
  FROM rm.mcs_case_month ORDER BY case_id, month;
-- Derby 1: 1 of 1 both months, 100%: met. Cardiff 1: Sep 0 of 2 (0%), Oct 1 of 2 (50%): improvement.
SELECT region, team, month, cases, cases_met, rate_percent, band, brag_rate_percent,
       no_contact, no_valid_contact, missed_without_reoffer
  FROM rm.mcs_team_month ORDER BY region, team, month;
-- The 'appointment' reading: case 3's further appointment (20 Oct) is outside the five
-- days, so October fails; case 5's September stays failed.
UPDATE rm.settings SET reoffer_rule = 'appointment';
SELECT case_id, month, mcs_met, reason FROM rm.mcs_case_month WHERE NOT mcs_met ORDER BY case_id, month;
-- 'any': the part months count too (August for case 3, November for all three).
UPDATE rm.settings SET reoffer_rule = 'offer', partial_month = 'any';
SELECT case_id, min(month) AS first_month, max(month) AS last_month, count(*) AS months
  FROM rm.mcs_case_month GROUP BY case_id ORDER BY case_id;
UPDATE rm.settings SET partial_month = 'full', brag_amber = 1;

-- ---- Custody and release -----------------------------------------------------
INSERT INTO rm.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on,
                        ped, crd, parole_process_start, rosh, tier, nps_case) VALUES
  -- CRD Fri 15 Jan 2027 from Nottingham (resettlement, DLNR): window from 23 Oct 2026
  -- (84 days back), referral 2 Oct 2026 (105 back): in_window, 53 days to go.
  -- 2013 handover 15 July 2026: community. OMiC 2023: 8 months 14 days before the
  -- earliest release date = 1 May 2026: community.
  (1, 'DLNR', 'DLNR', 'NMI', 24, '2025-12-01', NULL, '2027-01-15', NULL, 'medium', 'b', true),
  -- CRD 1 March 2027 from Cardiff (not a resettlement prison): referral due 16 Nov 2026,
  -- window from 7 Dec 2026: referral_due today. OMiC 2023 handover 17 June 2026.
  (2, 'Wales', 'Wales', 'CFI', 36, '2025-06-01', NULL, '2027-03-01', NULL, 'high', 'a', true),
  -- Long sentence from Birmingham (SWM) to DLNR; parole eligibility 1 June 2027, parole
  -- process from 1 Dec 2026. 2013 model: handover at the parole start, so prison today.
  -- OMiC 2023 with parole: 12 months before the PED = 1 June 2026: community.
  (3, 'DLNR', 'DLNR', 'BMI', 120, '2024-01-10', '2027-06-01', '2029-01-10', '2026-12-01', 'low', 'c', true),
  -- CRD 1 Sept 2027 from Oakwood, tier A: OMiC 2023 handover 8 months 14 days before,
  -- 18 Dec 2026 (sentence + 10 months is 1 July 2027, before the CRD): the prison holds
  -- the case today with a probation-officer POM. Referral 19 May 2027, window from 9 June
  -- 2027, 282 days to go; outside the six-month forecast.
  (4, 'SWM', 'SWM', 'OWI', 24, '2026-09-01', NULL, '2027-09-01', NULL, 'high', 'a', true);
SELECT person_id, prison, resettlement_prison, release_date, referral_due, window_start, window_end, stage, days_to_release
  FROM rm.ttg_pipeline ORDER BY person_id;
SELECT person_id, in_scope, handover_date_2013, responsibility_2013, omic_handover_date, omic_responsibility, pom_grade
  FROM rm.om_responsibility ORDER BY person_id;
-- Six months from November 2026: persons 1 (Jan 2027, own area) and 2 (Mar 2027) count; 3 is 2029.
SELECT * FROM rm.release_forecast ORDER BY month, prison_code;
SELECT * FROM rm.resettlement_share ORDER BY month, home_area;
