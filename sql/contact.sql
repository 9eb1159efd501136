-- contact: the Minimum Contact Specification, function by function (R-MCS-1 to R-MCS-7).
SET DateStyle = 'ISO, YMD';
-- Expected values were worked out by hand; dates were checked against a printed calendar.

-- err(q) runs q and shows SQLSTATE, message and hint on one line (copy of sql/errors.sql's helper).
\i sql/include/err.sql

-- R-MCS-2, R-MCS-3: one contact per reason. The base contact is a COAP on Mon 2 Mar 2026 10:00,
-- slip sent Mon 23 Feb, 30 minutes available, nothing else in that time, attended: valid.
SELECT label, ttg.mcs_contact_failure(t, a, n, o, m, x) AS failure, ttg.mcs_contact_valid(t, a, n, o, m, x) AS valid
  FROM (VALUES
    ('valid COAP',                 'COAP', '2026-03-02 10:00'::timestamp, '2026-02-23 09:00'::timestamp, 'attended', 30, false),
    ('valid COAI',                 'COAI', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 45, false),
    ('valid CHVS, outcome pending', 'CHVS', '2026-03-02 10:00', '2026-02-23 09:00', NULL, 30, false),
    ('valid, missed',              'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'failed_to_attend', 30, false),
    ('valid, moved by the user',   'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'rearranged_by_service_user', 30, false),
    ('phone call',                 'CTOA', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 30, false),
    ('lower-case code',            'coap', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 30, false),
    ('no slip',                    'COAP', '2026-03-02 10:00', NULL, 'attended', 30, false),
    ('slip at the same minute',    'COAP', '2026-03-02 10:00', '2026-03-02 10:00', 'attended', 30, false),
    ('slip a minute before',       'COAP', '2026-03-02 10:00', '2026-03-02 09:59', 'attended', 30, false),
    ('slip after',                 'COAP', '2026-03-02 10:00', '2026-03-03 09:00', 'attended', 30, false),
    ('cancelled by the CM',        'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'cancelled_by_case_manager', 30, false),
    ('rearranged by the CM',       'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'rearranged_by_case_manager', 30, false),
    ('29 minutes',                 'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 29, false),
    ('minutes not recorded',       'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', NULL, false),
    ('during a RAR session',       'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 30, true),
    ('separateness not recorded',  'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 30, NULL),
    ('all wrong but the type',     'COAP', '2026-03-02 10:00', NULL, 'cancelled_by_case_manager', 10, true),
    ('all wrong',                  'CTOA', '2026-03-02 10:00', NULL, 'cancelled_by_case_manager', 10, true)
  ) v(label, t, a, n, o, m, x);

-- Outcome codes: the shipped mapping, a lookup, and a DBA's own code.
SELECT code, outcome FROM ttg.mcs_outcome_code ORDER BY outcome NULLS FIRST, code;
SELECT ttg.mcs_outcome('ATTC') AS attc, ttg.mcs_outcome('UAAB') AS uaab,
       ttg.mcs_outcome('RSOF') AS rsof, ttg.mcs_outcome('RSSR') AS rssr, ttg.mcs_outcome(NULL) AS null_code;
INSERT INTO ttg.mcs_outcome_code (code, outcome, description) VALUES ('XCAN', 'cancelled_by_case_manager', 'Local: cancelled by officer');
SELECT ttg.mcs_outcome('XCAN') AS local_code,
       ttg.mcs_contact_failure('COAP', '2026-03-02 10:00', '2026-02-23 09:00', ttg.mcs_outcome('XCAN'), 30, false) AS via_code;
-- Only the DBA's rows are dumped with the data.
SELECT u.condition FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS u(tab, condition)
 WHERE e.extname = 'ttg' AND u.tab = 'ttg.mcs_outcome_code'::regclass;
DELETE FROM ttg.mcs_outcome_code WHERE code = 'XCAN';
-- Shipped rows are read-only (55000); local rows are the DBA's to change.
SELECT pg_temp.err('UPDATE ttg.mcs_outcome_code SET outcome = ''attended'' WHERE code = ''RSSR''');
SELECT pg_temp.err('DELETE FROM ttg.mcs_outcome_code WHERE code = ''ATTC''');
SELECT pg_temp.err('INSERT INTO ttg.mcs_outcome_code VALUES (''XSHP'', ''attended'', ''pretend shipped'', true)');
-- A local row may override a shipped code, once: a second local row of the same key (the case rule) is refused.
INSERT INTO ttg.mcs_outcome_code VALUES ('ATTC', 'attended', 'local copy');
SELECT pg_temp.err('INSERT INTO ttg.mcs_outcome_code VALUES (''attc'', ''attended'', ''duplicate'')');
DELETE FROM ttg.mcs_outcome_code WHERE NOT shipped;
SELECT count(*) AS shipped_rows FROM ttg.mcs_outcome_code WHERE shipped;

-- R-MCS-4, both readings. Missed Fri 28 Aug 2026; Mon 31 Aug is the Summer bank holiday, so the
-- 5th business day after is Mon 7 Sep (Tue 1, Wed 2, Thu 3, Fri 4, Mon 7).
SELECT label, ttg.mcs_reoffer_ok('2026-08-28', o, a) AS offer_rule, ttg.mcs_reoffer_ok('2026-08-28', o, a, 'appointment') AS appointment_rule
  FROM (VALUES
    ('offered Mon 7 Sep for Mon 7 Sep',        '2026-09-07'::date, '2026-09-07'::date),   -- t, t
    ('offered Tue 8 Sep for Wed 9 Sep',        '2026-09-08', '2026-09-09'),               -- f, f
    ('offered Tue 1 Sep for Mon 14 Sep',       '2026-09-01', '2026-09-14'),               -- t, f
    ('booked Thu 20 Aug for Mon 7 Sep',        '2026-08-20', '2026-09-07'),               -- f, t
    ('booked Thu 20 Aug for Tue 8 Sep',        '2026-08-20', '2026-09-08'),               -- f, f
    ('offered the same day for the next day',  '2026-08-28', '2026-08-29'),               -- t, t
    ('no further offer',                       NULL, NULL),                               -- f, f
    ('offer date not recorded',                NULL, '2026-09-02'),                       -- f, t
    ('appointment date not recorded',          '2026-09-02', NULL)                        -- t, f
  ) v(label, o, a);
-- Christmas 2026: missed Thu 24 Dec; Fri 25, Mon 28 (Boxing Day substitute) and Fri 1 Jan closed:
-- Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 Jan 2027.
SELECT ttg.mcs_reoffer_ok('2026-12-24', NULL, '2027-01-05', 'appointment') AS tue_5_jan,
       ttg.mcs_reoffer_ok('2026-12-24', NULL, '2027-01-06', 'appointment') AS wed_6_jan,
       ttg.mcs_reoffer_ok('2026-12-24', '2027-01-05', NULL) AS offer_tue_5_jan,
       ttg.mcs_reoffer_ok('2026-12-24', '2027-01-06', NULL) AS offer_wed_6_jan,
       ttg.mcs_reoffer_ok(NULL, '2027-01-05', NULL) AS missed_null;

-- A local calendar: the office is also closed Wed 2 Sep 2026, so from the miss of Fri 28 Aug the
-- 5th business day is Tue 8 Sep (Tue 1, Thu 3, Fri 4, Mon 7, Tue 8) instead of Mon 7 Sep.
SELECT ttg.load_calendar('mcs_office', E'date,title\n2026-09-02,Office move\n');
SELECT ttg.mcs_reoffer_ok('2026-08-28', '2026-09-08', NULL, 'offer') AS national_tue_8,
       ttg.mcs_reoffer_ok('2026-08-28', '2026-09-08', NULL, 'offer', 'mcs_office') AS office_tue_8,
       ttg.mcs_reoffer_ok('2026-08-28', '2026-09-09', NULL, 'offer', 'mcs_office') AS office_wed_9,
       ttg.mcs_reoffer_ok('2026-08-28', NULL, '2026-09-08', 'appointment', 'mcs_office') AS office_appt_tue_8,
       ttg.mcs_reoffer_ok('2026-08-28', '2026-09-08', NULL, 'offer', NULL) AS null_calendar_national;
-- The aggregate takes the calendar too: the same miss counts only with the office's closure.
SELECT cal, ttg.mcs_tally('COAP', '2026-08-28 10:00', '2026-08-20 09:00', 'failed_to_attend', 30, false,
                          '2026-09-08', NULL, 'offer', cal) AS tally
  FROM (VALUES (NULL), ('mcs_office')) v(cal) GROUP BY cal ORDER BY cal NULLS FIRST;
SELECT split_part(pg_temp.err('SELECT ttg.mcs_reoffer_ok(''2026-08-28'', NULL, NULL, ''offer'', ''nowhere'')'), ' | HINT', 1) AS err;  -- the hint lists whatever calendars are loaded
SELECT split_part(pg_temp.err('SELECT ttg.mcs_tally(''CTOA'', ''2026-08-28 10:00'', NULL, NULL, 30, false, NULL, NULL, ''offer'', ''nowhere'')'), ' | HINT', 1) AS err;  -- the hint lists whatever calendars are loaded
DELETE FROM ttg.calendar WHERE name = 'mcs_office';

-- R-MCS-5: each scope case.
SELECT label, ttg.mcs_in_scope(r) AS in_scope
  FROM (VALUES
    ('licence (no requirements)',      '{}'::text[]),
    ('unpaid work only',               '{unpaid_work}'),
    ('curfew, exclusion and residence', '{curfew,exclusion,residence}'),
    ('all five exempt ones',           '{unpaid_work,curfew,exclusion,prohibited_activity,residence}'),
    ('RAR only',                       '{rar}'),
    ('unpaid work and RAR',            '{unpaid_work,rar}'),
    ('curfew with tagging',            '{curfew,electronic_monitoring}') -- f: tagging enforces the exempt curfew
  ) v(label, r);
SELECT ttg.mcs_in_scope('{unpaid_work}', '{}') AS nothing_exempt,
       ttg.mcs_in_scope('{electronic_monitoring}', '{electronic_monitoring}') AS local_exemption,
       ttg.mcs_in_scope(NULL) IS NULL AS null_in_null_out;

-- R-MCS-1: month edges, both partial readings.
SELECT label, array(SELECT ttg.mcs_months(i, e)) AS full_months, array(SELECT ttg.mcs_months(i, e, 'any')) AS any_months
  FROM (VALUES
    ('ISP Sun 1 Mar to Mon 15 Jun 2026',   '2026-03-01'::date, '2026-06-15'::date),  -- full Mar-May; any Mar-Jun
    ('ISP Mon 2 Mar to Mon 15 Jun 2026',   '2026-03-02', '2026-06-15'),              -- full Apr-May
    ('ISP Sat 31 Jan to Thu 30 Apr 2026',  '2026-01-31', '2026-04-30'),              -- full Feb-Apr; any Jan-Apr
    ('ISP leap day 2024 to 31 May',        '2024-02-29', '2024-05-31'),              -- full Mar-May; any Feb-May
    ('1 Jan to the leap day 2024',         '2024-01-01', '2024-02-29'),              -- full Jan-Feb
    ('1 Jan to 28 Feb 2024',               '2024-01-01', '2024-02-28'),              -- full Jan only
    ('across a year end',                  '2025-11-15', '2026-02-10'),              -- full Dec-Jan; any Nov-Feb
    ('one day',                            '2026-03-10', '2026-03-10'),              -- full none; any Mar
    ('end before ISP',                     '2026-03-10', '2026-03-09')               -- none
  ) v(label, i, e);
SELECT count(*) AS no_isp_no_months FROM ttg.mcs_months(NULL, '2026-03-01');

-- R-MCS-7: bands, at exactly 95 and 85, and the date edges.
SELECT r, m, ttg.mcs_band(r, m) AS band
  FROM (VALUES (95::numeric, '2019-01-01'::date), (94.99999, '2019-01-31'), (85, '2026-06-01'),
               (84.99999, '2026-06-01'), (100, '2018-09-30'), (0, '2018-10-01'), (100, '2018-12-31')) v(r, m);
SELECT ttg.mcs_band(90, '2026-01-01', 90, 90) AS met_at_equal_thresholds,
       ttg.mcs_band(89.5, '2026-01-01', 90, 80) AS below_local_target,
       ttg.mcs_band(NULL, '2026-01-01') IS NULL AS null_rate;

-- mcs_rate: percentage of true among non-NULL; NULL when nothing counted.
SELECT ttg.mcs_rate(x) AS two_of_three FROM unnest('{t,f,t,NULL}'::boolean[]) x;
SELECT ttg.mcs_rate(x) AS nothing FROM unnest('{NULL}'::boolean[]) x;
SELECT ttg.mcs_rate(x) AS none FROM unnest('{}'::boolean[]) x;
SELECT ttg.mcs_rate(x) = 95 AS exactly_95, ttg.mcs_band(ttg.mcs_rate(x), '2026-01-01') AS band
  FROM (SELECT g <= 19 AS x FROM generate_series(1, 20) g) s;
-- The state and its text form round-trip; combine adds.
SELECT ttg.mcs_rate_step('{2,3}', true) AS step, ttg.mcs_rate_combine('{2,3}', '{1,4}') AS combined,
       ttg.mcs_rate_final(ttg.mcs_rate_combine('{2,3}', '{1,4}')::text::bigint[]) AS rate;

-- The tally: text form, accessors, and the case-month judged (R-MCS-1, R-MCS-6).
SELECT '{}'::ttg.mcs_tally AS empty,
       '{not_case_manager_contact=3,counted=2}'::ttg.mcs_tally AS reordered,
       '{counted=2,missed_without_reoffer=1,unattended=1,not_case_manager_contact=3,no_written_notice=4,cancelled_by_case_manager=5,rearranged_by_case_manager=6,available_under_30_minutes=7,shared_with_other_activity=127}'::ttg.mcs_tally::text::ttg.mcs_tally AS every_field;
SELECT t, (ttg.mcs_month(t::ttg.mcs_tally, f)).*
  FROM (VALUES ('{}', 1), ('{available_under_30_minutes=2,not_case_manager_contact=1}', 1),
               ('{no_written_notice=2,shared_with_other_activity=2}', 1),
               ('{missed_without_reoffer=1,unattended=1}', 1), ('{unattended=2}', 1),
               ('{counted=1,missed_without_reoffer=1}', 2), ('{counted=2}', 2), (NULL, NULL)) v(t, f);
SELECT ttg.mcs_met(NULL) AS met_null, ttg.mcs_reason(NULL) AS reason_null,
       ttg.mcs_brag_met('{counted=3}', 3) AS brag_3_of_3, ttg.mcs_brag_met('{counted=3}', 4) AS brag_3_of_4;
SELECT ttg.mcs_tally_combine('{counted=100,unattended=1}', '{counted=100}') AS saturates;

-- The aggregate over contacts, grouped by case and month (worked by hand beside each row).
CREATE TEMP TABLE c (case_id int, contact_type text, appointment_at timestamp, notified_at timestamp,
                     outcome text, available_minutes int, other_activity boolean,
                     next_offered_on date, next_appointment_on date);
INSERT INTO c VALUES
  -- case 1, March 2026: one attended contact: met.
  (1, 'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'attended', 30, false, NULL, NULL),
  (1, 'CTOA', '2026-03-09 10:00', '2026-02-23 09:00', 'attended', 30, false, NULL, NULL),
  -- case 1, April 2026: missed Thu 2 Apr, offer Mon 13 Apr (the 5th business day after Easter): met
  -- under 'offer'; appointment Tue 14 Apr is the 6th: not met under 'appointment'.
  (1, 'COAP', '2026-04-02 10:00', '2026-03-20 09:00', 'failed_to_attend', 30, false, '2026-04-13', '2026-04-14'),
  -- case 2, March 2026: two invalid contacts, both without a slip: no_valid_contact / no_written_notice.
  (2, 'COAP', '2026-03-05 10:00', NULL, 'attended', 30, false, NULL, NULL),
  (2, 'CHVS', '2026-03-19 10:00', NULL, 'attended', 60, false, NULL, NULL),
  (2, 'CTOA', '2026-03-20 10:00', '2026-03-01 09:00', 'attended', 30, false, NULL, NULL),
  -- case 2, April 2026: missed, never re-offered; plus one not yet recorded: missed_without_reoffer.
  (2, 'COAP', '2026-04-07 10:00', '2026-03-31 09:00', 'acceptable_absence', 30, false, NULL, NULL),
  (2, 'COAP', '2026-04-28 10:00', '2026-04-20 09:00', NULL, 30, false, NULL, NULL),
  -- case 3, March 2026: only an appointment the service user moved: no_attended_contact.
  (3, 'COAI', '2026-03-10 10:00', '2026-03-02 09:00', 'rearranged_by_service_user', 30, false, NULL, NULL);
SELECT case_id, month, tally, (ttg.mcs_month(tally)).*
  FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month,
               ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes,
                             other_activity, next_offered_on, next_appointment_on) AS tally
          FROM c GROUP BY 1, 2) s ORDER BY 1, 2;
SELECT case_id, month, ttg.mcs_met(tally) AS met_appointment_rule
  FROM (SELECT case_id, date_trunc('month', appointment_at)::date AS month,
               ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes,
                             other_activity, next_offered_on, next_appointment_on, 'appointment') AS tally
          FROM c GROUP BY 1, 2) s ORDER BY 1, 2;

-- NULL and bad-vocabulary errors: SQLSTATE, message and hint.
SELECT pg_temp.err('SELECT ttg.mcs_contact_failure(NULL, ''2026-03-02 10:00'', NULL, NULL, 30, false)');
SELECT pg_temp.err('SELECT ttg.mcs_contact_valid(''COAP'', NULL, NULL, NULL, 30, false)');
-- Outcome words follow the one case rule ('Attended' is attended); a word that is not one is refused.
SELECT pg_temp.err('SELECT ttg.mcs_contact_failure(''COAP'', ''2026-03-02 10:00'', NULL, ''attend'', 30, false)');
SELECT pg_temp.err('SELECT ttg.mcs_contact_failure(''CTOA'', ''2026-03-02 10:00'', NULL, ''no_show'', 30, false)');
SELECT pg_temp.err('SELECT ttg.mcs_outcome(''ZZZZ'')');
SELECT pg_temp.err('INSERT INTO ttg.mcs_outcome_code VALUES (''ZZZZ'', ''present'', ''bad word'')');
SELECT pg_temp.err('SELECT ttg.mcs_reoffer_ok(''2026-08-28'', NULL, NULL, ''letter'')');
SELECT pg_temp.err('SELECT ttg.mcs_reoffer_ok(''2026-08-28'', NULL, NULL, NULL)');
SELECT pg_temp.err('SELECT ttg.mcs_reoffer_ok(''1977-12-30'', ''1978-01-02'', NULL)');
SELECT pg_temp.err('SELECT ttg.mcs_reoffer_ok(''2099-12-30'', ''2099-12-30'', NULL)');
SELECT pg_temp.err('SELECT ttg.mcs_in_scope(''{unpaid_work,upw}'')');
SELECT pg_temp.err('SELECT ttg.mcs_in_scope(''{rar,NULL}'')');
SELECT pg_temp.err('SELECT ttg.mcs_in_scope(''{rar}'', ''{tagging}'')');
SELECT pg_temp.err('SELECT ttg.mcs_in_scope(''{{rar},{curfew}}'')');
SELECT pg_temp.err('SELECT ttg.mcs_months(''2026-01-01'', ''2026-06-30'', ''partial'')');
SELECT pg_temp.err('SELECT ttg.mcs_months(''2026-01-01'', ''2026-06-30'', NULL)');
SELECT pg_temp.err('SELECT ttg.mcs_months(''2026-01-01'', NULL)');
SELECT pg_temp.err('SELECT ttg.mcs_months(''1970-01-01'', ''2026-06-30'')');
SELECT pg_temp.err('SELECT ttg.mcs_band(90, ''2026-01-01'', 80, 85)');
SELECT pg_temp.err('SELECT ttg.mcs_band(''NaN'', ''2026-01-01'')');
SELECT pg_temp.err('SELECT ttg.mcs_band(90, ''infinity'')');
SELECT pg_temp.err('SELECT ttg.mcs_brag_met(''{counted=1}'', 0)');
SELECT pg_temp.err('SELECT ttg.mcs_month(''{counted=1}'', 128)');
SELECT pg_temp.err('SELECT ''{counted=128}''::ttg.mcs_tally');
SELECT pg_temp.err('SELECT ''{counted=1,counted=2}''::ttg.mcs_tally');
SELECT pg_temp.err('SELECT ''{attended=1}''::ttg.mcs_tally');
SELECT pg_temp.err('SELECT ttg.mcs_rate_final(''{1,2,3}'')');
SELECT pg_temp.err('SELECT ttg.mcs_rate_step(''{1,NULL}'', true)');
SELECT pg_temp.err('SELECT ttg.mcs_tally(contact_type, appointment_at, notified_at, ''gone'', available_minutes, other_activity, next_offered_on, next_appointment_on) FROM c');
SELECT pg_temp.err('SELECT ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes, other_activity, next_offered_on, next_appointment_on, ''soon'') FROM c');
SELECT pg_temp.err('SELECT ttg.mcs_tally(''COAP'', ''infinity'', ''2026-01-01'', ''failed_to_attend'', 30, false, ''2026-01-02'', NULL)');
SELECT ttg.mcs_tally('COAP', 'infinity', '2026-01-01', 'attended', 30, false, NULL, NULL) AS attended_at_infinity_needs_no_calendar;
SELECT pg_temp.err('SELECT ttg.mcs_tally(NULL, appointment_at, notified_at, outcome, available_minutes, other_activity, next_offered_on, next_appointment_on) FROM c');
