-- contact_evaluate: ttg.mcs_evaluate over the user's own tables, and the dashboard queries.
SET DateStyle = 'ISO, YMD';

\i sql/include/err.sql

-- The analyst's own tables, with their own column names.
CREATE TABLE cases (id int PRIMARY KEY, team text, isp date, ends date, reqs text[], brag text);
INSERT INTO cases VALUES
  (10, 'Bridgend', '2026-01-15', NULL,         '{rar}',          'red'),    -- open; months Feb, Mar, Apr
  (11, 'Bridgend', '2026-01-15', NULL,         '{unpaid_work}',  'red'),    -- out of scope (R-MCS-5)
  (12, 'Cardiff',  '2026-02-01', '2026-03-20', NULL,             'green'),  -- full: Feb; any: Feb, Mar
  (13, 'Cardiff',  NULL,         NULL,         '{rar}',          'amber'),  -- no ISP yet: no months
  (14, 'Cardiff',  '2026-01-20', '2026-02-28', '{rar,curfew}',   NULL);     -- full: Feb (ends on its last day)
CREATE TABLE contacts (case_ref int, kind text, at timestamp, slip timestamp, result text,
                       minutes int, other boolean, offer date, offer_appt date);
INSERT INTO contacts VALUES
  (10, 'COAP', '2026-01-20 10:00', '2026-01-13 09:00', 'attended', 30, false, NULL, NULL),   -- before the period
  (10, 'COAP', '2026-02-03 10:00', '2026-01-27 09:00', 'attended', 30, false, NULL, NULL),
  (10, 'CHVS', '2026-02-17 14:00', '2026-02-10 09:00', 'attended', 45, false, NULL, NULL),
  -- Missed Tue 3 Mar; 5 business days later is Tue 10 Mar (4, 5, 6, 9, 10). The next case-manager
  -- contact (11 Mar, not the phone call of 5 Mar) was offered on Wed 4 Mar: in time under 'offer';
  -- its date, Wed 11 Mar, is too late under 'appointment'.
  (10, 'COAP', '2026-03-03 10:00', '2026-02-24 09:00', 'failed_to_attend', 30, false, NULL, NULL),
  (10, 'CTOA', '2026-03-05 10:00', NULL,               'attended', 15, false, NULL, NULL),
  (10, 'COAP', '2026-03-11 10:00', '2026-03-04 11:00', 'attended', 30, false, NULL, NULL),
  (10, 'CTOA', '2026-04-01 10:00', NULL,               'attended', 10, false, NULL, NULL),
  (10, 'CTOA', '2026-04-15 10:00', NULL,               'attended', 10, false, NULL, NULL),
  (10, 'COAP', '2026-04-22 10:00', NULL,               'attended', 30, false, NULL, NULL),
  (11, 'COAP', '2026-02-03 10:00', '2026-01-27 09:00', 'attended', 30, false, NULL, NULL),
  (12, 'COAP', '2026-02-10 10:00', '2026-02-02 09:00', 'attended', 20, false, NULL, NULL),
  (14, 'COAP', '2026-02-24 10:00', '2026-02-16 09:00', NULL,       30, false, NULL, NULL),
  (99, 'COAP', '2026-02-24 10:00', '2026-02-16 09:00', 'attended', 30, false, NULL, NULL);  -- no such case

CREATE VIEW case_q AS SELECT 'SELECT id AS case_id, isp AS isp_completed_on, ends AS scope_end, reqs AS requirements, brag AS brag_status FROM cases'::text AS q;
CREATE VIEW contact_q AS SELECT 'SELECT case_ref AS case_id, kind AS contact_type, at AS appointment_at, slip AS notified_at, result AS outcome, minutes AS available_minutes, other AS other_activity FROM contacts;'::text AS q;

-- Defaults ('full', 'offer'), red cases seen twice a month. Expected, by hand:
-- 10 Feb: t t 2 2 2; 10 Mar: t t 3 2 2, failure not_case_manager_contact; 10 Apr: f f 3 0 0 no_valid_contact
-- (2 phone calls, 1 without a slip); 12 Feb: f f 1 0 0 no_valid_contact available_under_30_minutes;
-- 14 Feb: f f 1 1 0 no_attended_contact. No rows for 11 (out of scope), 13 (no ISP), 99 (no case).
SELECT e.* FROM case_q, contact_q,
  ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-10', '2026-04-05', brag_frequency => '{"red": 2}') e;

-- 'any' months and the 'appointment' reading: 10 Mar now counts only 11 Mar (brag_met false);
-- 12 gains March with no contact at all.
SELECT e.case_id, e.month, e.mcs_met, e.brag_met, e.counted_contacts, e.reason FROM case_q, contact_q,
  ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-04-30', 'any', 'appointment', '{"red": 2}') e;

-- Explicit re-offer columns are read when filled; here none was recorded, so the next case-manager
-- contact's own dates are read (R-MCS-4): the COAP of Wed 11 Mar, slip Wed 4 Mar, re-offers the miss
-- of Tue 3 Mar within 5 business days (to Tue 10 Mar): 3 Mar and 11 Mar both count, BRAG (2) met.
SELECT e.case_id, e.month, e.mcs_met, e.brag_met, e.counted_contacts FROM case_q,
  ttg.mcs_evaluate(case_q.q,
    'SELECT case_ref AS case_id, kind AS contact_type, at AS appointment_at, slip AS notified_at, result AS outcome,
            minutes AS available_minutes, other AS other_activity, offer AS next_offered_on, offer_appt AS next_appointment_on
       FROM contacts', '2026-03-01', '2026-03-31', brag_frequency => '{"red": 2}') e;

-- A local calendar in the re-offer count: the office was also closed Thu 5 Mar, so the 5th business
-- day after Tue 3 Mar is Wed 11 Mar (4, 6, 9, 10, 11) and the further appointment of 11 Mar counts
-- under 'appointment' too: case 10 has 2 counted contacts in March, enough for red.
SELECT ttg.load_calendar('mcs_office', E'date,title\n2026-03-05,Staff training\n');
SELECT e.case_id, e.month, e.brag_met, e.counted_contacts FROM case_q, contact_q,
  ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-03-01', '2026-03-31', 'full', 'appointment', '{"red": 2}',
                   calendar => 'mcs_office') e;
SELECT split_part(pg_temp.err($$SELECT * FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-03-01', '2026-03-31', calendar => 'nowhere')$$), ' | HINT', 1) AS err;  -- the hint lists whatever calendars are loaded
DELETE FROM ttg.calendar WHERE name = 'mcs_office';

-- Only the required case columns: every case is in scope and open (11 appears; 13 still has no ISP).
SELECT e.case_id, count(*) AS months FROM contact_q,
  ttg.mcs_evaluate('SELECT id::bigint AS case_id, isp AS isp_completed_on FROM cases', contact_q.q,
                   '2026-02-01', '2026-04-30') e GROUP BY 1 ORDER BY 1;

-- Dashboard: compliance rate and band per month (by hand: Feb 1 of 3 = 33.3, Mar 1 of 1, Apr 0 of 1).
SELECT month, count(*) AS cases, round(ttg.mcs_rate(mcs_met), 1) AS rate,
       ttg.mcs_band(ttg.mcs_rate(mcs_met), month) AS band
  FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-04-30') e
 GROUP BY month ORDER BY month;
-- Dashboard: by team (Bridgend: case 10's 3 months, 2 met; Cardiff: 12 Feb and 14 Feb, none met).
SELECT c.team, count(*) AS case_months, round(ttg.mcs_rate(e.mcs_met), 1) AS rate,
       round(ttg.mcs_rate(e.brag_met), 1) AS brag_rate
  FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-04-30', brag_frequency => '{"red": 2}') e
  JOIN cases c ON c.id = e.case_id
 GROUP BY c.team ORDER BY c.team;
-- Dashboard: why case-months fail, with the commonest contact failure.
SELECT reason, failure, count(*)
  FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-04-30') e
 WHERE NOT mcs_met GROUP BY 1, 2 ORDER BY 1, 2;

-- The reporting model's own tables already carry the evaluator's column names, and its settings
-- give the BRAG frequencies, the re-offer rule and the partial-month rule.
SELECT ttg.create_reporting_model('mcsrm');
UPDATE mcsrm.settings SET brag_red = 2;
INSERT INTO mcsrm.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on, supervision_start) VALUES
  (1, 'Wales', 'Bridgend', 'male',   'red',   'community_order', '{rar}', '2026-03-01', '2026-02-20'),  -- full months from March
  (2, 'Wales', 'Cardiff',  'female', 'green', 'licence',         '{}',    '2026-03-10', '2026-03-01');  -- from April
INSERT INTO mcsrm.contacts VALUES
  (1, 1, 'COAP', '2026-03-04 10:00', '2026-02-25 09:00', 'attended', 30, false, NULL, NULL),
  -- Missed Wed 18 Mar; offered Thu 19 Mar, within 5 business days (deadline Wed 25 Mar): counted.
  (2, 1, 'COAP', '2026-03-18 10:00', '2026-03-11 09:00', 'failed_to_attend', 30, false, '2026-03-19', '2026-03-23'),
  (3, 2, 'COAP', '2026-04-08 10:00', '2026-04-01 09:00', 'attended', 30, false, NULL, NULL);
-- By hand: case 1 March t t (2 counted, red needs 2); case 1 April f f no_contact; case 2 April t t.
SELECT e.case_id, e.month, e.mcs_met, e.brag_met, e.counted_contacts, e.reason, e.brag_frequency
  FROM mcsrm.settings s,
       ttg.mcs_evaluate('SELECT case_id, isp_completed_on, supervision_end AS scope_end, requirements, brag AS brag_status FROM mcsrm.cases',
                        'SELECT * FROM mcsrm.contacts', '2026-03-01', '2026-04-30', s.partial_month, s.reoffer_rule,
                        jsonb_build_object('red', s.brag_red, 'amber', s.brag_amber, 'green', s.brag_green, 'blue', s.brag_blue)) e;
SET client_min_messages = warning;   -- the list of dropped objects grows with the model
DROP SCHEMA mcsrm CASCADE;
RESET client_min_messages;

-- Column checks: missing 42703, wrong type 42804, twice 42702; the query's own errors pass through.
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id FROM cases', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, isp AS isp_completed_on FROM cases',
  'SELECT case_ref AS case_id, kind AS contact_type, at AS appointment_at, slip AS notified_at, result AS outcome, minutes AS available_minutes FROM contacts',
  '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id::text AS case_id, isp AS isp_completed_on FROM cases', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, isp::timestamp AS isp_completed_on FROM cases', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, isp AS isp_completed_on, brag AS requirements FROM cases', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, isp AS isp_completed_on FROM cases',
  'SELECT case_ref AS case_id, kind AS contact_type, at::timestamptz AS appointment_at, slip AS notified_at, result AS outcome, minutes AS available_minutes, other AS other_activity FROM contacts',
  '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, isp AS isp_completed_on FROM cases',
  'SELECT case_ref AS case_id, kind AS contact_type, at AS appointment_at, slip AS notified_at, result AS outcome, minutes::bigint AS available_minutes, other AS other_activity FROM contacts',
  '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, id AS case_id, isp AS isp_completed_on FROM cases', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT id AS case_id, isp AS isp_completed_on FROM nowhere', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('DELETE FROM cases', 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT count(*) AS cases_still_there FROM cases;
-- Arguments: NULL 22004, reversed period, bad words, bad BRAG frequencies.
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate(NULL, 'SELECT 1', '2026-02-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT 1', 'SELECT 1', '2026-02-01', NULL)$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT 1', 'SELECT 1', '2026-03-01', '2026-02-28')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT 1', 'SELECT 1', '2026-02-01', '2026-02-28', 'some')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT 1', 'SELECT 1', '2026-02-01', '2026-02-28', reoffer_rule => 'letter')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.mcs_evaluate('SELECT 1', 'SELECT 1', '2026-02-01', '2026-02-28', exempt => '{upw}')$$);
SELECT pg_temp.err($$SELECT * FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-02-28', brag_frequency => '{"red": 0}')$$);
SELECT pg_temp.err($$SELECT * FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-02-28', brag_frequency => '{"red": 1.5}')$$);
SELECT pg_temp.err($$SELECT * FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-02-28', brag_frequency => '{"red": "2"}')$$);
SELECT pg_temp.err($$SELECT * FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-02-28', brag_frequency => '[2]')$$);
-- Bad data inside the user's rows: the contact's own error.
INSERT INTO contacts VALUES (10, 'COAP', '2026-02-20 10:00', '2026-02-13 09:00', 'DNA', 30, false, NULL, NULL);
SELECT pg_temp.err($$SELECT * FROM case_q, contact_q, ttg.mcs_evaluate(case_q.q, contact_q.q, '2026-02-01', '2026-02-28')$$);

-- The months in scope and the contacts' tallies are read in (case_id, month) order and merged
-- (R-MCS-1): the answer keeps that order whatever the order of the cases query; a case given twice
-- (12) gets its rows twice, with the same tally; a NULL case_id comes last, stays NULL (not case 0) and
-- never takes the contacts of a NULL case_id; the tallies of cases not asked for (5 before the first case, 98 and
-- 99 between and after) and of months out of a case's scope (12 in April, 14 in March) are passed
-- over without shifting the rest.
DELETE FROM contacts WHERE result = 'DNA';
INSERT INTO contacts VALUES
  (NULL, 'COAP', '2026-02-24 10:00', '2026-02-16 09:00', 'attended', 30, false, NULL, NULL),
  (5,    'COAP', '2026-03-10 10:00', '2026-03-02 09:00', 'attended', 30, false, NULL, NULL),
  (98,   'COAP', '2026-04-07 10:00', '2026-03-30 09:00', 'attended', 30, false, NULL, NULL),
  (12,   'COAP', '2026-04-14 10:00', '2026-04-06 09:00', 'attended', 30, false, NULL, NULL),
  (14,   'COAP', '2026-03-17 10:00', '2026-03-09 09:00', 'attended', 30, false, NULL, NULL);
SELECT e.case_id, e.month, e.contacts, e.valid_contacts, e.counted_contacts, e.mcs_met, e.brag_status FROM contact_q,
  ttg.mcs_evaluate('SELECT * FROM (SELECT id AS case_id, isp AS isp_completed_on, ends AS scope_end, reqs AS requirements, brag AS brag_status FROM cases
                    UNION ALL SELECT 12, DATE ''2026-02-01'', DATE ''2026-03-20'', NULL, ''green''
                    UNION ALL SELECT NULL, DATE ''2026-01-15'', NULL, ''{rar}'', ''red'') AS c
                    ORDER BY case_id DESC NULLS FIRST',
                   contact_q.q, '2026-02-01', '2026-04-30', 'any') e;
