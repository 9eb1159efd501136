-- contact_extract: a realistic nDelius extract loaded through ttg.load_ndelius_extract (codes mapped,
-- rejects kept), with a transfer and a custody spell, checked against hand-worked case-months and
-- team rates (R-MCS-1 to R-MCS-7). Report date 30 Apr 2026, whole months only.
SET DateStyle = 'ISO, YMD';
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('ext') IS NOT NULL AS made;
RESET client_min_messages;
UPDATE ext.settings SET as_of = '2026-04-30';
CREATE TEMP TABLE sc (case_id text, region text, team text, sex text, register text, order_type text,
                      requirement_codes text, isp_completed_on text, supervision_start text, supervision_end text);
CREATE TEMP TABLE sk (contact_id text, case_id text, contact_type text, appointment_at text, notified_at text,
                      outcome_code text, available_minutes text, other_activity text, next_offered_on text,
                      next_appointment_on text);
\copy sc FROM 'test/data/ndelius_cases.csv' CSV HEADER
\copy sk FROM 'test/data/ndelius_contacts.csv' CSV HEADER
-- Cases 101-103 and 107 load (Red/Amber -> red_amber, Community Order -> community_order, RAR;UPW -> rar,
-- unpaid_work; sex Not recorded -> NULL);
-- 104 (register Purple), 105 (requirement XYZ), 106 (30 February) are rejected. Contacts 1-4 and 7 load
-- (coap is COAP; ATSS -> sent_home_service_issues; CO38 -> no outcome); 5 (outcome ZZZZ) and 6 (case 999)
-- are rejected: 4 + 5 loaded, 5 rejected.
SELECT * FROM ttg.load_ndelius_extract('ext', 'sc', 'sk');
SELECT source, line, split_part(reason, ':', 1) AS sqlstate, row_data->>(CASE source WHEN 'cases' THEN 'case_id' ELSE 'contact_id' END) AS id
  FROM ext.load_rejects ORDER BY source, line;
SELECT case_id, sex, brag, order_type, requirements FROM ext.cases ORDER BY case_id;
SELECT contact_id, contact_type, outcome FROM ext.contacts ORDER BY contact_id;

-- History: case 101 moves from Cardiff to Newport on Wed 11 Mar; case 102 is in custody all March.
INSERT INTO ext.case_assignments VALUES (101, 'Cardiff', 'Wales', '2026-01-05', '2026-03-10'),
                                        (101, 'Newport', 'Wales', '2026-03-11', NULL);
INSERT INTO ext.case_pauses VALUES (102, 'custody', '2026-03-01', '2026-03-31');
-- 101 (ISP Mon 5 Jan, RAR): Feb, Mar, Apr. Feb Cardiff: contact 1 attended, met. Mar Newport (month end):
--   contact 2 missed Mon 2 Mar, re-offered by the next COAP's slip of Wed 4 Mar (within 5 business days,
--   to Mon 9 Mar), and contact 3 attended: met, 2 valid. Apr: no contact.
-- 102 (ISP Fri 2 Jan, licence): Feb, Apr (March wholly in custody). Feb: sent home for service issues,
--   not counted (failure cancelled_by_case_manager): no_valid_contact. Apr: warrant code CO38 records no
--   outcome: valid but unattended, no_attended_contact.
-- 103 (curfew with electronic monitoring only): out of scope (R-MCS-5).
-- 107 (ISP Mon 2 Mar, licence, no contacts): April only (March is a part month): no_contact.
SELECT case_id, team, month, mcs_met, valid_contacts, reason, commonest_failure
  FROM ext.mcs_case_month ORDER BY case_id, month, team;
-- Cardiff Feb: 101 met, 102 not: 50.0. Cardiff Apr: 102 not: 0.0. Newport Mar: 100.0; Newport Apr: 0.0;
-- Swansea Apr (107): 0.0.
-- All 2026 months are past the ramp-up: bands met (>= 95), improvement (< 85).
SELECT team, month, cases, cases_met, rate_percent, band FROM ext.mcs_team_month ORDER BY team, month;
-- Attributed to both teams, March counts for Cardiff and Newport.
UPDATE ext.settings SET attribution = 'both';
SELECT case_id, team, month FROM ext.mcs_case_month WHERE case_id = 101 ORDER BY month, team;
UPDATE ext.settings SET attribution = 'month_end', sent_home = 'attended';
-- Sent home read as attended: 102's February is met.
SELECT case_id, month, mcs_met FROM ext.mcs_case_month WHERE case_id = 102 ORDER BY month;

-- A bad value is refused at load, naming value, column and line; the views stay readable.
\set VERBOSITY default
COPY ext.contacts (contact_id, case_id, contact_type, appointment_at, outcome) FROM stdin (FORMAT csv);
20,101,COAP,2026-04-06 10:00,attended
21,101,COAP,2026-04-07 10:00,ATTC
\.
INSERT INTO ext.cases (case_id, region, team, sex, brag, order_type, supervision_start)
  VALUES (200, 'Wales', 'Cardiff', 'male', 'Red', 'licence', '2026-01-01');
INSERT INTO ext.cases (case_id, region, team, sex, brag, order_type, requirements, supervision_start)
  VALUES (201, 'Wales', 'Cardiff', 'male', 'red', 'licence', '{drug_rehab}', '2026-01-01');
SELECT count(*) AS readable FROM ext.mcs_team_month;
SET client_min_messages = warning;
DROP SCHEMA ext CASCADE;
RESET client_min_messages;
